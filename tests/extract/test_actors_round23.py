"""Round twenty-three of actor quality: how the sides of a story are read when the story's country and the acts it
sets apart are read right: a foreign force beside the state's ("their Russian allies", "Russian instructors") and a
group's backer or a country inside a group's name ("which Rwanda backs", "the Liberation of Rwanda") are not where the
story happens, a two-word country after a capitalised word ("In South Sudan") is that country, and "separate"
sets an act apart only before an act's noun. Sentences written for these tests (modelled on real events; none taken
from a data set), with near-twins that must keep their reading."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.context import article_context
from eventwire.extract.event_actors import _SEPARATE_EVENT
from eventwire.extract.places import demonym_countries
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article


def article(text: str) -> Article:
    published = datetime(2024, 5, 6, 9, tzinfo=timezone.utc)
    return Article(id="r23", title="t", text=text, published_at=published,
                   dateline=parse_dateline(text, published.date()))


def sides(text: str, kit: ExtractionKit) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in extract_events(article(text), kit)]


# ------------------------------------------------- a foreign force beside the state's names no story country
# (text, the story's country)
FOREIGN_FORCES = [
    ("BANGUI, May 5 - FACA soldiers and Russian instructors clashed with CPC rebels near Bambari on Sunday, the "
     "army said.", "Central African Republic"),
    ("BANGUI, May 5 - Government troops and their Russian allies came under attack from 3R fighters near Bocaranga "
     "on Sunday, a local official said.", "Central African Republic"),
    ("BAMAKO, May 5 - Russian paramilitaries and Malian soldiers killed 14 herders near Diafarabe on Sunday, "
     "relatives said.", "Mali"),
    ("GOMA, May 5 - Burundian advisers and Congolese troops fought M23 rebels near Sake on Sunday.",
     "Democratic Republic of Congo"),
    # near twins: a country named as where it happened, or by its people, still counts
    ("NAIROBI, May 5 - Gunmen killed six Russian tourists at a hotel in Egypt on Sunday, Egyptian officials said.",
     "Egypt"),
    ("BAMAKO, May 5 - Russian citizens were among those evacuated from Niamey in Niger on Sunday, Nigerien "
     "officials said.", "Niger"),
]


@pytest.mark.parametrize("text,country", FOREIGN_FORCES)
def test_a_foreign_force_beside_the_state_names_no_story_country(kit, text, country):
    assert article_context(article(text), kit).country == country


def test_an_allied_foreign_force_is_no_foe(kit):
    text = ("BANGUI, May 5 - Government troops and their Russian allies came under attack from 3R fighters near "
            "Bocaranga on Sunday, a local official said.")
    assert sides(text, kit) == [("3R: Return, Reclamation, Rehabilitation",
                                 "Military Forces of the Central African Republic")]


# ------------------------------------------- a backer, or a country inside a group's name, is not the place
BACKERS = [
    ("The M23, which Rwanda backs, shot dozens of men in Kishishe, Congolese officials said. Rwanda denies it. The "
     "rebels later clashed with the Democratic Forces for the Liberation of Rwanda near Kitshanga, Congo's army "
     "said.", "Democratic Republic of Congo"),
    ("Rebels backed by Uganda attacked Bunia, Congolese officials said. Uganda denied it. The attack killed eight "
     "in Congo.", "Democratic Republic of Congo"),
    # near twins: a country that is the place, named as often, keeps the story
    ("Rwanda's army clashed with rebels near Gisenyi in Rwanda, Rwandan officials said. Congo denied it.", "Rwanda"),
    ("Ugandan troops attacked a camp in Uganda, officials in Uganda said; Congo backed the rebels.", "Uganda"),
]


@pytest.mark.parametrize("text,country", BACKERS)
def test_a_backer_or_a_groups_name_is_not_the_story_country(kit, text, country):
    assert article_context(article(text), kit).country == country


# ------------------------------------- a two-word country after a capitalised word ("In South Sudan, ...")
# (text, the countries named)
TWO_WORD_COUNTRIES = [
    ("In South Sudan, gunmen killed five cattle keepers.", ["South Sudan"]),
    ("The Central African Republic has been at war since 2013.", ["Central African Republic"]),
    ("Meanwhile South Africa recalled its envoy.", ["South Africa"]),
    ("In Burkina Faso, the junta suspended two radio stations.", ["Burkina Faso"]),
    # near twins: what was read before is read the same
    ("Troops of South Sudan said.", ["South Sudan"]),
    ("Said Sudan's army was not involved.", ["Sudan"]),
    ("In Mali, the junta dissolved the parties.", ["Mali"]),
    ("Fishermen on Lake Chad Basin islands fled.", []),
    ("The Sudanese army said.", []),
]


@pytest.mark.parametrize("text,countries", TWO_WORD_COUNTRIES)
def test_a_two_word_country_after_a_capitalised_word(kit, text, countries):
    assert [name for name, _ in demonym_countries(text, 0, len(text), kit.country_by_name)] == countries


# ------------------------------------------------------- "separate" sets apart an act, not a figure or a word
SEPARATE = [
    ("In a separate attack, gunmen killed four farmers near Jere.", True),
    ("Separately, police said two officers were wounded.", True),
    ("A separate roadside blast hit a bus in Kalat.", True),
    ("In another separate bombing, two soldiers died.", True),
    ("Elsewhere, militants burned a school.", True),
    # twins: nothing set apart
    ("Several soldiers and most of the attackers died, it said, without giving a separate figure for the camp.", False),
    ("The two groups issued separate statements on Monday.", False),
    ("Police fired tear gas to separate the crowds.", False),
    ("The army gave a separate toll for the wounded.", False),
]


@pytest.mark.parametrize("text,sets_apart", SEPARATE)
def test_separate_sets_apart_only_an_act(text, sets_apart):
    assert bool(_SEPARATE_EVENT.search(text)) is sets_apart


def test_a_separate_figure_leaves_the_claimed_group_named(kit):
    text = ("QUETTA, May 5 - The Balochistan Liberation Army claimed a wave of attacks across Balochistan on Sunday. "
            "In Lasbela, fighters stormed a paramilitary camp at Bela, the military said. The attack was repelled "
            "after hours of fighting in which several soldiers and most of the attackers died, it said, without "
            "giving a separate figure for the camp.")
    assert ("BLA: Balochistan Liberation Army", "Military Forces of Pakistan") in sides(text, kit)


def test_a_separate_attack_keeps_its_attackers_unnamed(kit):
    text = ("QUETTA, May 5 - The Balochistan Liberation Army claimed an attack on a bus in Kalat on Sunday that "
            "killed six passengers. In a separate attack in Lasbela, fighters stormed a paramilitary camp at Bela "
            "and killed three soldiers, the military said.")
    actor1s = [a1 for a1, _ in sides(text, kit)]
    assert "Unidentified Armed Group (Pakistan)" in actor1s
