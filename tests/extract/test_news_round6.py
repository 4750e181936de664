"""Kinds of error found on benchmarks/news-dev4 (long news, round six), each held by passages written for these
tests (never the set's own sentences): two kinds of act on one day and place, a date set by the sentence before
the act, toll statements dated by the day they were given. Also the set's own shape.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import EVENT_TYPE_OF, Article, EventDraft

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-dev4"
PUBLISHED = datetime(2024, 5, 15, 9, tzinfo=timezone.utc)  # a Wednesday
MONDAY, SUNDAY, SATURDAY = date(2024, 5, 13), date(2024, 5, 12), date(2024, 5, 11)


def _events(text: str, kit: ExtractionKit) -> list[EventDraft]:
    return extract_events(Article(id="round6", title="", text=text, published_at=PUBLISHED), kit)


# --------------------------------------------------------------------------- two acts on one day

TWO_ACTS_ONE_DAY = [
    ("Militants shot dead three traders at a market in Mora on Sunday morning, and in the evening of the same day "
     "soldiers fought a band of fighters outside the town, a local official said.", SUNDAY),
    ("Gunmen abducted four teachers from a school in Kajuru on Saturday morning, and later that day troops clashed "
     "with bandits near the school, residents said.", SATURDAY),
    ("Rebels fired on a patrol boat off Kalemie on Monday evening, killing two sailors, the navy said. "
     "In the early hours of Monday, government jets bombed rebel camps near Moba, the army said.", MONDAY),
]


@pytest.mark.parametrize("text, day", TWO_ACTS_ONE_DAY)
def test_another_kind_of_act_at_another_time_of_the_day_is_another_event(kit, text, day) -> None:
    events = _events(text, kit)
    assert [e.event_date for e in events] == [day, day]
    assert len({e.sub_event_type for e in events}) == 2


ONE_ACT_ONE_DAY = [
    "Fighters attacked an army post in Kidal on Saturday morning, and in the afternoon of the same day they "
    "attacked it again, the army said.",
    "Jets struck rebel positions near Kalemie on Monday evening, killing six fighters. In the early hours of Monday "
    "the jets had struck the same positions near Kalemie, the army said.",
]


@pytest.mark.parametrize("text", ONE_ACT_ONE_DAY)
def test_the_same_kind_of_act_later_that_day_stays_one_event(kit, text) -> None:
    assert len(_events(text, kit)) == 1


# --------------------------------------------------------------------------- a date set by the sentence before

SCENE_THEN_ACT = [
    ("Six truck drivers were killed when gunmen attacked a convoy in northern Burkina Faso, the transport union "
     "said. On Saturday morning, the convoy left Djibo under army escort. Near the village of Namssiguia, gunmen "
     "opened fire on the trucks and burned two of them. Last month, an attack on another convoy near Titao killed "
     "four soldiers.", [SATURDAY, date(2024, 4, 15)]),
    ("Five police officers died when their truck hit a landmine in Lamu county, police said. On Sunday, the "
     "officers left Mokowe for a patrol. Outside the village of Bargoni, the truck struck a buried mine. "
     "Last month, a bomb on the same road killed two soldiers near Hindi.", [SUNDAY, date(2024, 4, 15)]),
]


@pytest.mark.parametrize("text, days", SCENE_THEN_ACT)
def test_an_act_takes_the_day_the_sentence_before_sets(kit, text, days) -> None:
    assert sorted(e.event_date for e in _events(text, kit)) == sorted(days)


def test_an_act_after_a_scene_of_history_is_history(kit) -> None:
    text = ("The movement split into two factions after a quarrel over money, analysts say. In 2016 the smaller "
            "faction moved its camps to the forest near Gao. Its fighters then attacked the town and killed 20 "
            "soldiers.")
    assert _events(text, kit) == []


def test_an_act_with_its_own_day_after_a_scene_of_history_stays(kit) -> None:
    text = ("In 2016 the smaller faction moved its camps to the forest near Gao. On Sunday its fighters attacked "
            "the town and killed 20 soldiers.")
    assert [e.event_date for e in _events(text, kit)] == [SUNDAY]


# --------------------------------------------------------------------------- toll statements with their own day

TOLL_STATEMENTS = [
    "A rocket hit a market in Tal Afar on Sunday, killing nine people, police said. A tenth victim died of his "
    "wounds on Monday, a hospital official said.",
    "Gunmen killed at least 30 villagers in Kukawa on Sunday, officials said. The figure given on Monday by a local "
    "chief was 12 killed.",
    "A suicide bomber killed 11 people at a mosque in Konduga on Sunday, police said. On Monday a health official "
    "said 11 people had died, and that several of the 20 wounded were in a critical condition at the hospital in "
    "Maiduguri.",
    "Bandits killed seven farmers near Tsafe on Sunday, residents said. The first report from the district head on "
    "Monday afternoon spoke of five farmers killed.",
]


@pytest.mark.parametrize("text", TOLL_STATEMENTS)
def test_a_toll_given_on_a_later_day_is_the_events_toll(kit, text) -> None:
    events = _events(text, kit)
    assert [e.event_date for e in events] == [SUNDAY]


# --------------------------------------------------------------------------- the set itself

def _gold() -> list[dict]:
    return [json.loads(line) for line in (SET_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines()]


def test_every_gold_article_exists_and_every_type_is_acleds() -> None:
    for row in _gold():
        assert (SET_DIR / row["path"]).is_file()
        for event in row["events"]:
            if "sub_event_type" in event:
                assert EVENT_TYPE_OF[event["sub_event_type"]] == event["event_type"]


def test_the_set_has_a_story_without_events_and_long_stories() -> None:
    rows = _gold()
    assert any(not row["events"] for row in rows)
    words = [len((SET_DIR / row["path"]).read_text(encoding="utf-8").split()) for row in rows]
    assert min(words) >= 300


# --------------------------------------------------------------------------- counts, dates and datelines that are no event's

def test_a_toll_told_per_year_makes_no_event(kit) -> None:
    text = ("The government postponed the census to next year, the minister said on Tuesday. Raids between rival "
            "herding communities still kill hundreds of people each year in Jonglei.")
    assert _events(text, kit) == []


def test_a_founding_date_in_an_appositive_does_not_date_the_act(kit) -> None:
    text = ("Rebels attacked an army base in Bria at dawn on Sunday, the army said. The fighters of the Union for "
            "Peace, an alliance of militias formed in March, struck the base from three sides and killed four "
            "soldiers.")
    assert [e.event_date for e in _events(text, kit)] == [SUNDAY]


@pytest.mark.parametrize("occasion", ["the April 28 elections", "the April 28 vote", "the April 28 deadline"])
def test_a_date_that_names_a_vote_or_a_deadline_dates_no_event(kit, occasion) -> None:
    text = (f"Gunmen attacked a polling station in Bouar on Sunday, killing two guards. The attack was the first in "
            f"Bouar since the rebels launched their offensive ahead of {occasion}, officials said.")
    assert [e.event_date for e in _events(text, kit)] == [SUNDAY]


def test_a_release_opening_on_its_place_and_date_in_brackets_dates_nothing(kit) -> None:
    text = ("(Nairobi, May 15, 2024) – Police shot dead three protesters in Kisumu on Saturday, a rights group said "
            "today.")
    assert [e.event_date for e in _events(text, kit)] == [SATURDAY]


def test_the_number_of_dead_raised_on_a_later_day_updates_the_toll(kit) -> None:
    text = ("Militias fought in the streets of Zawiya on Monday evening, killing five people, medics said. On "
            "Wednesday the health ministry raised the number of dead from the fighting to nine.")
    events = _events(text, kit)
    assert [(e.event_date, e.fatalities.fatalities) for e in events] == [(MONDAY, 9)]


# --------------------------------------------------------------------------- arrests on their own, a weapon named again

def test_arrests_reported_the_same_day_as_a_fight_are_their_own_event(kit) -> None:
    text = ("Militiamen overran an army post in Akobo on Sunday after two days of fighting, officials said. Police in "
            "the capital on Sunday night arrested a deputy minister and two generals accused of backing the militia.")
    events = _events(text, kit)
    assert len(events) == 2 and "Arrests" in {e.sub_event_type for e in events}


def test_attackers_arrested_after_the_fight_stay_with_it(kit) -> None:
    text = ("Gunmen attacked a police station in Kati on Sunday, and soldiers fought them for three hours. State "
            "television showed images of 12 men it said had been arrested on Sunday.")
    assert len(_events(text, kit)) == 1


def test_the_events_weapon_named_again_in_another_place_is_the_same_act(kit) -> None:
    text = ("Missiles fired from across the border struck houses in Dohuk late on Sunday, killing three people, "
            "officials said. The regional council said the missiles hit a farm near Zakho, killing two people.")
    assert len(_events(text, kit)) == 1


def test_an_operations_own_arrests_stay_with_it(kit) -> None:
    text = ("On Sunday, in Kano, police raided a hideout of kidnappers and shot dead one suspect. The police arrested "
            "two suspects and seized three rifles.")
    assert len(_events(text, kit)) == 1


# --------------------------------------------------------------------------- the article's country

def _country(text: str, title: str = "t") -> str | None:
    from eventwire.countries import country_by_name
    from eventwire.extract.context import article_context
    from eventwire.extract.kit import NoClassifier
    from eventwire.ingest.dateline import parse_dateline

    bare = ExtractionKit(classifier=NoClassifier(), actors=None, find_dates=None, find_casualties=None,
                         combine_fatalities=None, assign_roles=None, find_claims=None, country_by_name=country_by_name)
    article = Article(id="t", title=title, text=text, published_at=PUBLISHED,
                      dateline=parse_dateline(text, PUBLISHED.date()))
    return article_context(article, bare).country


@pytest.mark.parametrize("text, expected", [
    # a bureau's country named now and then, the story's country far more often
    ("JERUSALEM – Israeli troops raided the Palestinian town of Qabatiya on Tuesday, killing two Palestinian "
     "gunmen, the Palestinian health ministry said. Palestinian officials called it a massacre. Palestinian "
     "youths threw stones at the jeeps, and Israel said its forces had come under fire.", "Palestine"),
    # named about as often: the dateline stands
    ("JERUSALEM – Israeli police arrested two Palestinian men in the Old City on Tuesday. Israeli officials said "
     "they had planned an attack.", "Israel"),
])
def test_the_datelines_country_stands_only_when_the_body_names_it_enough(text, expected) -> None:
    assert _country(text) == expected


# --------------------------------------------------------------------------- the war around one act

def test_a_clause_describing_a_group_is_no_act(kit) -> None:
    text = ("The Kamwina Nsapu, a militia that fought the army for two years in Kasai, said in April it would lay "
            "down its arms, the governor told reporters.")
    assert _events(text, kit) == []


def test_a_clause_describing_a_group_with_its_own_day_stays_an_act(kit) -> None:
    text = ("Residents fled the militia, a group that killed 12 villagers near Tshikapa on Sunday, the governor said.")
    assert [e.event_date for e in _events(text, kit)] == [SUNDAY]


WAR_AROUND_A_STRIKE = [
    "A drone strike killed 14 people at a market in Debre Tabor on Sunday, as fighting between the army and the "
    "militia entered its third week, a nurse said. The fighting spread to new districts this month.",
    "An air strike killed nine people at a bus station in Kobo on Sunday, as the war entered its second year, "
    "residents said. Residents of Woldia said shops had reopened after clashes there last week.",
]


@pytest.mark.parametrize("text", WAR_AROUND_A_STRIKE)
def test_the_war_around_a_strike_does_not_type_it(kit, text) -> None:
    strike = [e for e in _events(text, kit) if e.event_date == SUNDAY]
    assert [e.sub_event_type for e in strike] == ["Air/drone strike"]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed six herders near Abeche on Sunday, officials said. Chad closed its border with Sudan in May, and "
     "traders said lorries carrying goods from Sudan had stopped.", "Chad"),
    ("Gunmen killed six herders near Abeche on Sunday, officials said. Thousands fled into Sudan and the border with "
     "Sudan was closed, Chad said.", "Chad"),
    # named as the place itself, a country stays the story's
    ("Gunmen killed six herders near Geneina on Sunday, officials said. Sudan's army and Sudan's police sent troops, "
     "and Chad said it would help.", "Sudan"),
])
def test_a_country_named_across_a_border_is_the_neighbour(text, expected) -> None:
    assert _country(text) == expected
