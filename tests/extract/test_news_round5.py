"""Kinds of error found on benchmarks/news-dev3 (long news, round five), each held by passages written for these
tests (never the set's own sentences): an aftermath day told before the act, towns with their own counts of the
dead, one act told across midnight, a later toll told on its own day. Also the set's own shape and the copy check.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import EVENT_TYPE_OF, Article, EventDraft

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-dev3"
SHARED = REPO / ".." / "shared"
PUBLISHED = datetime(2024, 5, 15, 9, tzinfo=timezone.utc)  # a Wednesday
MONDAY, SUNDAY, SATURDAY, FRIDAY = date(2024, 5, 13), date(2024, 5, 12), date(2024, 5, 11), date(2024, 5, 10)


def _events(text: str, kit: ExtractionKit) -> list[EventDraft]:
    return extract_events(Article(id="round5", title="", text=text, published_at=PUBLISHED), kit)


# --------------------------------------------------------------------------- an aftermath's day told before the act

AFTERMATH_LEADS = [
    ("Niger began two days of mourning on Monday after gunmen killed 21 villagers in the "
     "Tillaberi region.\nThe attackers arrived on motorbikes on Saturday afternoon and shot people at a market in "
     "Anzourou, officials said.", SATURDAY, 21),
    ("The state governor vowed revenge on Monday after insurgents killed nine farmers near "
     "Gwoza.\nThe farmers were attacked in their fields on Sunday morning, residents said.", SUNDAY, 9),
    ("Funerals were held on Monday after bandits killed 14 worshippers at a church in Kauru.\n"
     "The gunmen stormed the service on Saturday and fired on the congregation, a pastor said.", SATURDAY, 14),
]


@pytest.mark.parametrize("text, day, toll", AFTERMATH_LEADS)
def test_a_lead_dated_by_its_aftermath_is_one_event_on_the_acts_day(kit, text, day, toll) -> None:
    events = _events(text, kit)
    assert [(e.event_date, e.fatalities.fatalities) for e in events] == [(day, toll)]


def test_an_act_with_its_own_day_in_the_lead_keeps_it(kit) -> None:
    text = ("Calm returned to the city on Monday after clashes between rival militias killed 12 "
            "people on Saturday, the health ministry said.\nShops reopened and traffic returned to the main roads.")
    assert [e.event_date for e in _events(text, kit)] == [SATURDAY]


# --------------------------------------------------------------------------- towns with their own counts

COUNTED_TOWNS = [
    ("Gunmen attacked two villages in western Niger on Saturday. The mayor said 41 people were "
     "killed in Tondikiwindi and 17 in Ouallam.", {"Tondikiwindi": 41, "Ouallam": 17}),
    ("Militiamen raided villages in Djugu territory on Sunday, killing 12 in Drodro and nine "
     "in Largu, local officials said.", {"Drodro": 12, "Largu": 9}),
]


@pytest.mark.parametrize("text, tolls", COUNTED_TOWNS)
def test_towns_with_their_own_counts_are_one_event_each(kit, text, tolls) -> None:
    events = _events(text, kit)
    assert {e.place_mentions[0].name: e.fatalities.fatalities for e in events} == tolls


@pytest.mark.parametrize("text", [
    "On 3 May 2024, in Uruapan, Michoacan, gunmen shot dead a taxi driver in the Morelos neighbourhood.",
    "On Sunday, a man was killed in Gao and the army sent troops in Mopti after protests.",
])
def test_a_year_or_an_article_before_in_is_no_count(kit, text) -> None:
    assert len(_events(text, kit)) == 1


def test_one_count_in_one_town_stays_one_event(kit) -> None:
    text = ("Gunmen killed 41 people in Tondikiwindi on Saturday, and residents fled to Ouallam, "
            "the mayor said.")
    events = _events(text, kit)
    assert [(e.place_mentions[0].name, e.fatalities.fatalities) for e in events] == [("Tondikiwindi", 41)]


# --------------------------------------------------------------------------- one act told across midnight

ACROSS_MIDNIGHT = [
    ("Gunmen stormed a hotel in Kismayo late on Friday, killing at least nine guests.\nThe attack began when a car "
     "bomb exploded at the hotel's gate.\nSoldiers ended the siege in the early hours of Saturday.", FRIDAY, 9),
    ("Militants attacked an army base outside Diffa on Saturday night, killing 11 soldiers.\nThe fighting lasted "
     "until dawn on Sunday, when reinforcements arrived from Diffa.", SATURDAY, 11),
    ("Armed men raided the village of Kuru at about 11 p.m. on Friday, shooting 14 residents dead.\nSurvivors hid "
     "in the bush until Saturday morning, when police arrived.", FRIDAY, 14),
]


@pytest.mark.parametrize("text, day, toll", ACROSS_MIDNIGHT)
def test_one_act_told_across_midnight_is_one_event(kit, text, day, toll) -> None:
    events = _events(text, kit)
    assert [(e.event_date, e.fatalities.fatalities) for e in events] == [(day, toll)]


NEXT_DAY_ACTS = [
    # a new act with its own dead the next morning is another event
    ("Gunmen stormed a hotel in Kismayo late on Friday, killing at least nine guests.\nIn the early hours of "
     "Saturday, a roadside bomb killed four soldiers near Afmadow.", {FRIDAY, SATURDAY}),
    # a day-time act is not told at night: its next morning is another day
    ("Soldiers clashed with militants near Diffa on Friday afternoon, killing six.\nOn Saturday morning, militants "
     "attacked a police post in Bosso.", {FRIDAY, SATURDAY}),
]


@pytest.mark.parametrize("text, days", NEXT_DAY_ACTS)
def test_a_new_act_the_next_morning_is_another_event(kit, text, days) -> None:
    assert {e.event_date for e in _events(text, kit)} == days


# --------------------------------------------------------------------------- bodies found the next day

def test_bodies_recovered_the_next_day_are_the_night_attacks_toll(kit) -> None:
    text = ("Gunmen attacked the village of Kwata late on Friday, shooting residents and burning homes.\nSurvivors "
            "fled into the bush.\n\nOn Saturday, rescuers recovered 40 bodies from the burnt houses, the police said.")
    assert [(e.event_date, e.fatalities.fatalities) for e in _events(text, kit)] == [(FRIDAY, 40)]


# --------------------------------------------------------------------------- a later count told on its own day

LATER_COUNTS = [
    ("Rebels attacked the village of Lubero on Saturday night, killing at least 15 people.\nBy Sunday evening the "
     "Red Cross said at least 20 people had died, and on Monday a local official said 26 bodies had been buried.",
     SATURDAY, 26),
    ("Gunmen attacked a market in Bawku on Friday, killing at least 11 traders.\nBy Saturday the police said at "
     "least 14 people had died, and on Sunday a nurse said 16 bodies had been recovered.", FRIDAY, 16),
]


@pytest.mark.parametrize("text, day, toll", LATER_COUNTS)
def test_a_later_count_of_buried_dead_is_the_acts_toll(kit, text, day, toll) -> None:
    events = _events(text, kit)
    assert [(e.event_date, e.fatalities.fatalities) for e in events] == [(day, toll)]


# --------------------------------------------------------------------------- successive tolls of one strike

SUCCESSIVE_TOLLS = [
    ("An air strike flattened a building in Tyre on Friday, killing at least eight people.\nAbout 12 fighters "
     "were killed, the army said.\nThe health ministry said on Friday night that 10 people had died. It raised "
     "the toll to 19 on Saturday, and to 27 on Sunday.", 27),
    ("A strike hit the port of Ras Isa on Saturday, killing workers.\nThe ministry put the toll at three. It raised "
     "the toll to six on Sunday, and to nine on Monday.", 9),
]


@pytest.mark.parametrize("text, toll", SUCCESSIVE_TOLLS)
def test_the_last_of_successive_tolls_stands(kit, text, toll) -> None:
    assert [e.fatalities.fatalities for e in _events(text, kit)] == [toll]


def test_a_running_toll_over_days_does_not_replace_a_days_own_dead(kit) -> None:
    text = ("Troops raided Jenin on Monday, killing eight Palestinians.\nFighting continued on Tuesday. Four more "
            "Palestinians were killed during the day, bringing the toll to 12.")
    assert {(e.event_date, e.fatalities.fatalities) for e in _events(text, kit)} == {(MONDAY, 8), (date(2024, 5, 14), 4)}


# --------------------------------------------------------------------------- an earlier event that sets the time

def test_the_event_a_came_after_frame_names_does_not_type_this_one(kit) -> None:
    text = ("Gunmen shot dead 12 worshippers at a church in Kauru on Sunday.\nThe church killings came days after "
            "soldiers clashed with bandits near Kauru.")
    types = [e.sub_event_type for e in _events(text, kit)]
    assert types and types[0] == "Attack"


def test_a_came_after_frame_with_its_own_date_is_that_events(kit) -> None:
    text = ("A US drone struck a car in Baghdad on Wednesday, killing a militia commander.\nThe strike came ten "
            "days after a drone attack on a US base in Jordan killed three soldiers on May 5.")
    assert "Air/drone strike" in {e.sub_event_type for e in _events(text, kit) if e.event_date == date(2024, 5, 5)}


# --------------------------------------------------------------------------- an undated report of a later paragraph

def test_an_undated_report_takes_its_paragraphs_day_not_the_leads_town(kit) -> None:
    text = ("Police fired tear gas at protesters in Khartoum on Monday, killing one man.\n"
            "Marches resumed on Tuesday in several cities. In Khartoum, security forces again fired live rounds "
            "near the palace, killing two protesters.")
    events = {(e.event_date, e.fatalities.fatalities) for e in _events(text, kit)}
    assert (date(2024, 5, 14), 2) in events and (MONDAY, 1) in events


def test_an_undated_toll_of_a_later_paragraph_still_joins_its_event(kit) -> None:
    text = ("A drone strike hit a market in El Fasher on Monday, killing eight people.\n"
            "Fighting has raged since the war began on April 15 last year. Doctors in El Fasher said the strike had "
            "killed 11 people.")
    assert [e.event_date for e in _events(text, kit)] == [MONDAY]


# --------------------------------------------------------------------------- a time counted from the told event

@pytest.mark.parametrize("text", [
    "Gunmen stormed a prison in Kuje on Tuesday night, freeing hundreds of inmates.\nHours before the jailbreak, "
    "bandits ambushed a police convoy near Funtua.",
    "Militants attacked an army base in Diffa on Monday, killing six soldiers.\nA day after the raid, insurgents "
    "burned a school near Bosso.",
])
def test_a_report_opening_on_a_time_counted_from_the_event_in_its_own_place_is_another_event(kit, text) -> None:
    assert len(_events(text, kit)) == 2


def test_a_detail_counted_from_the_event_without_a_place_stays_with_it(kit) -> None:
    text = ("Militants attacked an army base in Diffa on Monday, killing six soldiers.\nHours later, the attackers "
            "set fire to the base's fuel depot.")
    assert len(_events(text, kit)) == 1


# --------------------------------------------------------------------------- "..., a day after <another act>"

DAY_AFTER_LEADS = [
    ("Warplanes struck the port of Salif on Saturday, killing at least seven workers, a day after a drone launched "
     "from Yemen exploded in Eilat and killed a guard.\nThe drone hit a hotel in Eilat on Friday, killing a guard "
     "at the gate.", {(SATURDAY, 7), (FRIDAY, 1)}),
    ("Troops shelled the town of Kidal on Sunday, killing four civilians, two days after rebels ambushed a convoy "
     "near Anefis and killed nine soldiers.", {(SUNDAY, 4), (FRIDAY, 9)}),
]


@pytest.mark.parametrize("text, found", DAY_AFTER_LEADS)
def test_an_act_a_day_before_the_lead_is_its_own_event_on_its_day(kit, text, found) -> None:
    assert {(e.event_date, e.fatalities.fatalities) for e in _events(text, kit)} == found


# --------------------------------------------------------------------------- a count spread over days

@pytest.mark.parametrize("text", [
    "The president imposed a curfew on Tuesday after three days of protests in which police killed at least nine "
    "people in the capital and the south.",
    "Officials said two days of clashes had killed 14 people across the region.",
])
def test_a_count_over_days_of_unrest_is_no_events_toll(kit, text) -> None:
    assert all(e.fatalities.fatalities == 0 for e in _events(text, kit))


# --------------------------------------------------------------------------- the set itself

MIN_WORDS, MAX_WORDS = 300, 800


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    lines = (SET_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_twenty_long_stories_two_without_an_event(rows) -> None:
    assert len(rows) == 20
    assert sum(not row["events"] for row in rows) == 2
    for row in rows:
        words = len((SET_DIR / row["path"]).read_text(encoding="utf-8").split())
        assert MIN_WORDS <= words <= MAX_WORDS, (row["article_id"], words)


def test_gold_types_dates_and_tolls_are_well_formed(rows) -> None:
    for row in rows:
        for event in row["events"]:
            if "sub_event_type" in event:
                assert EVENT_TYPE_OF[event["sub_event_type"]] == event["event_type"], row["article_id"]
            assert event["event_date"] <= row["published_at"], row["article_id"]
            assert event["time_precision"] in (1, 2, 3)
            lo, hi = event.get("fatalities_ok", [event["fatalities"], event["fatalities"]])
            assert lo <= event["fatalities"] <= hi, row["article_id"]


def test_no_story_copies_text_from_shared(rows) -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
    from benchmark_sets import copied_from

    texts = {row["article_id"]: (SET_DIR / row["path"]).read_text(encoding="utf-8") for row in rows}
    assert copied_from(SHARED, texts) == []
