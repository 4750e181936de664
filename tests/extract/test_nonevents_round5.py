"""Non-event news, round five: words of force in a comparison or an idiom, in a simulation, in a debunked post, in a
match result; a death the story says was an illness's (an obituary, an outbreak's toll); an arrest over an ordinary
crime.
Each table has near twins that are real events and must stay events.

Every passage was written for these tests, modelled on real coverage (disasters, obituaries, fact checks, war-game
analyses, robberies); none comes from a benchmark story. The set behind these kinds is benchmarks/news-nonevent5
(24 long stories with gold `[]` and 6 twins with one event each, split into a dev and a held part); its shape and
originality are checked at the end of this file.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from nonevent_sets import check_copies_nothing, check_lengths_and_days, check_stories_twins_and_held_third
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.detect import FIGURATIVE, find_triggers
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SET = REPO / "benchmarks" / "news-nonevent5"
PUBLISHED = datetime(2024, 3, 13, 9, tzinfo=timezone.utc)  # a Wednesday


def _events(kit: ExtractionKit, text: str):
    return extract_events(Article("nonevent5-test", "", text, PUBLISHED), kit)


def _story(kit: ExtractionKit, dateline: str, paragraphs: list[str]):
    text = f"{dateline}, March 13 – " + "\n".join(paragraphs)
    article = Article("nonevent5-story", "", text, PUBLISHED, dateline=parse_dateline(text, PUBLISHED.date()))
    assert article.dateline is not None
    return extract_events(article, kit)


def _blocker_of(text: str, word: str) -> str | None:
    triggers = [t for t in find_triggers(text, 0, len(text)) if t.span.text.lower() == word]
    assert triggers, f"no trigger {word!r} in {text!r}"
    return triggers[0].blocked_by


# --------------------------------------------------------------------------- comparisons, idioms, simulations, fakes

SAID_OF_SOMETHING_ELSE = [
    # a comparison or an idiom
    ('"The scene at the depot was like a bomb blast," a firefighter said of the chemical fire.', "blast"),
    ("Engineers said the old tailings dam was an explosion waiting to happen.", "explosion"),
    ("Aid workers warned that the overcrowded camp outside Cox's Bazar was a ticking time bomb.", "bomb"),
    ("The riverbank looked like a massacre after the flood, with carcasses of cattle everywhere.", "massacre"),
    # a simulation or an analyst's scenario
    ("In the simulations, enemy missiles first struck the island's air bases and radar stations.", "struck"),
    ("In most scenarios, the invading troops stormed the beaches and shelled the northern ports.", "stormed"),
    ("The think tank's simulation had rebels storming the port and shelling the airport.", "storming"),
    # a match won by a score
    ("Supporters danced in the streets of Abidjan after the Elephants beat Senegal 2-1 on penalties.", "beat"),
    ("Simba SC beat Young Africans 1-0 in Dar es Salaam, ending a run of five derby defeats.", "beat"),
    # a post or a video called fake in the same sentence
    ("The army said posts circulating online claiming that soldiers had clashed with police in Kano were fake.",
     "clashed"),
    ("Officials dismissed as doctored a video purporting to show troops killing villagers near Kidal.", "killing"),
]


@pytest.mark.parametrize(("text", "word"), SAID_OF_SOMETHING_ELSE)
def test_words_of_force_in_comparisons_simulations_and_fakes_are_said_of_something_else(text, word) -> None:
    assert _blocker_of(text, word) == FIGURATIVE


SAID_OF_AN_ACT = [
    ("A time bomb planted under a bus exploded in Quetta on Monday, killing three passengers.", "exploded"),
    ("Residents heard what sounded like an explosion before gunmen stormed the hotel in Mogadishu on Monday.",
     "stormed"),
    ("Gunmen, like those who raided the village last year, attacked a church in Kwall on Monday.", "attacked"),
    ("Rebels shelled the port of Hodeidah on Monday, a scenario aid agencies had long feared.", "shelled"),
    ("Police beat supporters of the losing team with batons outside the stadium in Abidjan on Sunday.", "beat"),
    ("Residents posted videos on Monday claiming that soldiers had shot dead two protesters in Kisumu.",
     "shot dead"),
    ("Police shot dead two protesters in Kisumu on Monday, dismissing as false claims that the march was violent.",
     "shot dead"),
]


@pytest.mark.parametrize(("text", "word"), SAID_OF_AN_ACT)
def test_the_same_words_said_of_an_act_stay_live(text, word) -> None:
    assert _blocker_of(text, word) is None


@pytest.mark.parametrize("text", [text for text, _ in SAID_OF_AN_ACT if "posted videos" not in text])
def test_the_near_twins_stay_events(kit, text) -> None:
    assert _events(kit, text), text


@settings(max_examples=30, deadline=None)
@given(likened=st.sampled_from(["was like a", "looked like a", "seemed like a", "felt like a", "looks exactly like a"]),
       noun=st.sampled_from(["bomb", "massacre", "bombing", "explosion"]),
       subject=st.sampled_from(["The scene", "The street", "The market", "It"]))
def test_any_copula_comparison_blocks_the_noun(likened, noun, subject) -> None:
    text = f"{subject} {likened} {noun} had hit it, residents said."
    assert _blocker_of(text, noun) == FIGURATIVE


# --------------------------------------------------------------------------- deaths of an illness

OF_ILLNESS = [
    ("Maputo", [
        "Ibrahim Salah, who commanded the movement's northern brigades for two decades and later led it in "
        "parliament, has died at his farm outside the capital.",
        "His party said he died of cancer on Sunday after months of treatment abroad.",
    ]),
    ("Juba", [
        "The health ministry said on Tuesday that a cholera outbreak has killed 40 people in camps for the "
        "displaced around Malakal.",
    ]),
]
OF_FORCE = [
    ("Maputo", [
        "Ibrahim Salah, who commanded the movement's northern brigades for two decades, died on Sunday when an "
        "air strike hit his convoy near Mueda.",
        "His party said he had been treated for cancer abroad, and that he died of his wounds.",
    ]),
    ("Juba", [
        "Two soldiers died when rebels attacked their post near Malakal on Monday, the army said.",
        "Separately, health officials said a child had died of cholera in the camps.",
    ]),
]


@pytest.mark.parametrize(("dateline", "paragraphs"), OF_ILLNESS)
def test_a_death_the_story_gives_to_an_illness_is_no_event(kit, dateline, paragraphs) -> None:
    assert _story(kit, dateline, paragraphs) == []


@pytest.mark.parametrize(("dateline", "paragraphs"), OF_FORCE)
def test_a_death_dealt_by_force_beside_an_illness_stays(kit, dateline, paragraphs) -> None:
    assert _story(kit, dateline, paragraphs)


# --------------------------------------------------------------------------- arrests over an ordinary crime

ORDINARY_CRIME_STORIES = [
    ("Lima", [
        "Peruvian police were searching on Wednesday for four men who tied up the guards of a jewellery store in "
        "Miraflores and escaped with gems worth $2 million, a robbery carried out without a shot being fired.",
        "Police arrested a taxi driver on Tuesday night who is suspected of having driven the men to the store.",
    ]),
    ("Nairobi", [
        "Kenyan detectives said on Wednesday they had broken up a gang behind a wave of mobile-money fraud that "
        "cost customers millions of shillings.",
        "Officers arrested five men on Tuesday in Eastleigh and seized dozens of SIM cards.",
    ]),
]
PUBLIC_FIGURES_HELD = [
    ("Harare", [
        "Zimbabwe's opposition said on Wednesday that a robbery case against its officials had been invented.",
        "Police arrested three opposition activists in Harare on Tuesday, accusing them of the robbery.",
    ]),
    ("Baghdad", [
        "Iraq's anti-corruption commission said on Wednesday it had uncovered the theft of millions of dollars from "
        "a provincial reconstruction fund.",
        "Police arrested the former governor of the province in Mosul on Tuesday over the theft.",
    ]),
]


@pytest.mark.parametrize(("dateline", "paragraphs"), ORDINARY_CRIME_STORIES)
def test_an_arrest_below_a_lead_about_an_ordinary_crime_is_no_event(kit, dateline, paragraphs) -> None:
    assert _story(kit, dateline, paragraphs) == []


@pytest.mark.parametrize(("dateline", "paragraphs"), PUBLIC_FIGURES_HELD)
def test_an_arrest_of_a_public_figure_over_the_same_crime_stays(kit, dateline, paragraphs) -> None:
    assert any(e.sub_event_type == "Arrests" for e in _story(kit, dateline, paragraphs))


# --------------------------------------------------------------------------- the set itself

NON_EVENT_STORIES, TWINS = 24, 6
MIN_WORDS, MAX_WORDS = 300, 600


def test_the_set_has_long_non_event_stories_twins_and_a_held_third() -> None:
    check_stories_twins_and_held_third(SET, NON_EVENT_STORIES, TWINS)


def test_every_story_is_long_and_read_with_the_day_of_its_gold() -> None:
    check_lengths_and_days(SET, MIN_WORDS, MAX_WORDS)


def test_the_set_copies_nothing_from_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    check_copies_nothing(SET, SHARED)
