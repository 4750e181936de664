"""Non-event news, round thirteen: days that are no day of the week before publication, plans, figures of speech,
habits, and an anchor that closes a clause. "The siege began on a Tuesday afternoon" and "the Pentecost Sunday
attack" name no weekday of the story's week; "protests ... were also due to begin on Thursday" tell a schedule; "a
raid on the constitution, and we have repelled it" and "shot down a proposal" are said of laws and votes; "hold the
airport and answer with air strikes" tells a habit; "on Thursday told its citizens not to travel ..., two days after
gunmen opened fire" counts the act's day back from Thursday. Each table has near twins that must stay as they were.

Every passage was written for these tests, modelled on real coverage; none comes from a benchmark story. The set
behind the kinds is benchmarks/news-nonevent13 (22 stories with gold `[]` and 8 twins, half with the event in the lead
and half only in the body, split into a dev and a held part); its shape is checked at the end of this file.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from nonevent_sets import check_copies_nothing, check_lengths_and_days, check_stories_twins_and_held_third
from test_nonevents_round7 import FRESH_ACT, STALE_ACT, _story, _with

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.dates import find_dates
from eventwire.extract.detect import find_triggers
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SET = REPO / "benchmarks" / "news-nonevent13"
PUBLISHED = datetime(2025, 1, 9, 9, tzinfo=timezone.utc)  # a Thursday


def _events(kit: ExtractionKit, text: str):
    return extract_events(Article("nonevent13", "", text, PUBLISHED), kit)


def _live_acts(text: str) -> list[str]:
    return [t.span.text for t in find_triggers(text, 0, len(text), PUBLISHED.date()) if t.live]


def _days(text: str) -> list[date]:
    return [m.day for m in find_dates(text, PUBLISHED.date())]


# --------------------------------------------------------------------------- days of no week

NO_WEEK_DAYS = [
    "The siege began on a Tuesday afternoon when a suicide bomber blew himself up at a restaurant.",
    "One Friday night in the rainy season, the rebels came down from the hills.",
    "The men face 13 counts of terrorism over the Pentecost Sunday attack on the church.",
    "Survivors of the Easter Sunday bombings still wait for compensation.",
]
WEEK_DAYS = [
    ("Gunmen stormed the restaurant on Tuesday afternoon, killing four people.", date(2025, 1, 7)),
    ("Gunmen attacked a church on Easter Sunday, killing five worshippers.", date(2025, 1, 5)),
    ("Police said the Sunday attack on the church was carried out by six men.", date(2025, 1, 5)),
    ("Rebels raided the village last Friday night.", date(2025, 1, 3)),
]


@pytest.mark.parametrize("text", NO_WEEK_DAYS)
def test_an_indefinite_or_a_feasts_weekday_is_no_day_of_the_week(text) -> None:
    assert _days(text) == []


@pytest.mark.parametrize(("text", "day"), WEEK_DAYS)
def test_a_weekday_told_plainly_stays_the_last_one(text, day) -> None:
    assert _days(text) == [day]


# --------------------------------------------------------------------------- a schedule

SCHEDULES = [
    "Nationwide protests against the cost of living were also due to begin on Thursday.",
    "A general strike called by the unions is scheduled to start on Monday in the capital.",
    "Demonstrations by teachers were expected to take place in several towns on Friday.",
]
HELD = [
    ("Protesters against the cost of living marched through the capital on Tuesday, blocking roads.",
     "Peaceful protest"),
    ("Protests against the tax bill began in Nairobi on Tuesday, with thousands marching to parliament.",
     "Peaceful protest"),
]


@pytest.mark.parametrize("text", SCHEDULES)
def test_an_act_on_a_schedule_is_no_event(kit, text) -> None:
    assert _live_acts(text) == []
    assert _events(kit, text) == []


@pytest.mark.parametrize(("text", "sub_event_type"), HELD)
def test_an_act_held_stays_an_event(kit, text, sub_event_type) -> None:
    assert [e.sub_event_type for e in _events(kit, text)] == [sub_event_type]


# --------------------------------------------------------------------------- figures of speech

FIGURES = [
    '"This was a raid on the constitution, and we have repelled it," said a senator from western Kenya.',
    "Critics called the new levy an assault on democracy and on press freedom.",
    "The opposition described the bill as a raid on the public purse.",
    "Kenya's Senate on Thursday shot down a proposal to extend the terms of county governors.",
    "The committee shot down the budget amendments tabled by the minister.",
]
NOT_FIGURES = [
    "Gunmen carried out a raid on the treasury building in Kamba on Tuesday, killing two guards.",
    "Militants launched an attack on the army base near Kamba on Tuesday, but soldiers repelled it.",
    "Rebels shot down an army helicopter near Kamba on Tuesday, killing its crew.",
]


@pytest.mark.parametrize("text", FIGURES)
def test_force_said_of_a_law_or_a_vote_names_no_act(text) -> None:
    assert _live_acts(text) == []


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_force_said_of_a_building_a_base_or_an_aircraft_stays_live(text) -> None:
    assert _live_acts(text) != []


# --------------------------------------------------------------------------- a trial's part, a match's score, a firm bought

NOT_ACTS = [
    "He was sentenced for his role in the bombing of a bus station in Nyanya.",
    "A court jailed three men over their part in the killing of a village chief.",
    "Our strikers tore the defence apart and the visitors were massacred 5-0.",
    "The champions were crushed 3-0 at home on Sunday.",
    "The company launched a hostile takeover bid for its rival on Monday.",
    "Shareholders approved the takeover offer from the Gulf investor.",
]
STILL_ACTS = [
    "Police arrested a man for his role in the attack on the church on Sunday.",
    "Soldiers destroyed 10-15 houses in the village on Monday.",
    "Rebels completed their takeover of the town on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_ACTS)
def test_a_part_tried_a_score_or_a_firm_bought_names_no_act(text) -> None:
    assert _live_acts(text) == []


@pytest.mark.parametrize("text", STILL_ACTS)
def test_an_arrest_a_range_of_houses_or_a_town_taken_stays_live(text) -> None:
    assert _live_acts(text) != []


# --------------------------------------------------------------------------- a month's year, weapons shown, accidents

OLD_OR_SHOWN_OR_ACCIDENTS = [
    # a trial's relative clause dated by "in March 2015", and its ", killing" participle with it
    "A court on Thursday jailed a man for helping the gunmen who attacked the museum in March 2015, killing 22 people.",
    "The army paraded dozens of new armoured vehicles and artillery pieces in Kaduna on Thursday.",
    "Twenty people were killed when a bus collided with a lorry on the northern highway on Thursday.",
    "At least 30 miners died when the pit caved in after heavy rain on Wednesday.",
    "Twelve people died in a road accident near Kano on Thursday.",
]
STILL_LIVE = [
    "Gunmen attacked the village in January 2025, killing 12 people.",
    "Rebels fired artillery at the town on Thursday, killing four people.",
    "Three soldiers were killed when their vehicle hit a landmine on Thursday.",
    "Gunmen killed 12 people when a bus stopped at a checkpoint near Kano on Thursday.",
]


@pytest.mark.parametrize("text", OLD_OR_SHOWN_OR_ACCIDENTS)
def test_an_old_month_a_parade_or_an_accident_names_no_live_act(text) -> None:
    assert _live_acts(text) == []


@pytest.mark.parametrize("text", STILL_LIVE)
def test_this_years_month_fired_artillery_a_mine_or_a_gunmans_bus_stay_live(text) -> None:
    assert _live_acts(text) != []


# --------------------------------------------------------------------------- round thirteen's frames

FRAME_LEADS = [
    ("Timeline: key moments in the northern insurgency",
     "Here are the key moments in the insurgency in the north since it began."),
    ("Britain warns against travel to the north",
     "Britain on Wednesday advised against all travel to the northern provinces, citing the threat of terrorism."),
    ("Army parades new drones on Independence Day",
     "The army paraded new drones and armoured vehicles in the capital on Wednesday to mark Independence Day."),
    ("Aid group suspends work in the north",
     "A medical charity said on Wednesday it had suspended its work in the north, citing insecurity."),
    ("Bus crash kills 20 on northern highway",
     "Twenty people were killed when a bus collided with a lorry on the northern highway on Wednesday, police said."),
]


@pytest.mark.parametrize(("title", "lead"), FRAME_LEADS)
def test_a_stale_act_below_round_thirteens_frames_reports_no_event(kit, title, lead) -> None:
    assert _story(kit, title, lead, _with(STALE_ACT)) == []


@pytest.mark.parametrize(("title", "lead"), FRAME_LEADS)
def test_a_fresh_act_below_round_thirteens_frames_stays_an_event(kit, title, lead) -> None:
    assert [e.sub_event_type for e in _story(kit, title, lead, _with(FRESH_ACT))] == ["Attack"]


# --------------------------------------------------------------------------- a habit in the present

HABITS = [
    "The army and allied former rebel groups hold the centre and the airport, and answer with air strikes.",
    "Each time the rebels advance, the army responds with shelling of their positions.",
]
ONE_TIME = [
    "The army responded with air strikes on rebel positions near Kamba on Tuesday.",
    "Militants attacked the base with two suicide car bombs on Monday.",
]


@pytest.mark.parametrize("text", HABITS)
def test_a_present_habit_of_fighting_names_no_act(text) -> None:
    assert _live_acts(text) == []


@pytest.mark.parametrize("text", ONE_TIME)
def test_a_past_response_stays_an_act(text) -> None:
    assert _live_acts(text) != []


# --------------------------------------------------------------------------- an anchor closing the day's clause

COUNTED_BACK = [
    ("The United States on Thursday told its citizens not to travel to Lamu county, two days after suspected "
     "al-Shabaab gunmen opened fire on a passenger bus near Witu.", date(2025, 1, 7)),
    ("Aid agencies on Thursday suspended their work in the district, three days after gunmen attacked a clinic.",
     date(2025, 1, 6)),
]
NOT_COUNTED_BACK = [
    # an act of the day's own clause: the day is its day
    ("Gunmen attacked Kamba on Thursday and killed five people, two days after soldiers raided the village.",
     date(2025, 1, 9)),
    # no act after the anchor
    ("Mourners gathered in Kamba on Thursday to bury the dead, two days after the ceasefire.", date(2025, 1, 9)),
]


@pytest.mark.parametrize(("text", "day"), COUNTED_BACK)
def test_an_anchor_closing_an_aftermath_clause_counts_the_act_back(text, day) -> None:
    assert _days(text) == [day]


@pytest.mark.parametrize(("text", "day"), NOT_COUNTED_BACK)
def test_a_day_with_an_act_of_its_own_or_no_act_after_stays(text, day) -> None:
    assert _days(text) == [day]


# --------------------------------------------------------------------------- the set itself

NON_EVENT_STORIES, TWINS = 22, 8
MIN_WORDS, MAX_WORDS = 200, 500


def test_the_set_has_non_event_stories_twins_and_a_held_third() -> None:
    check_stories_twins_and_held_third(SET, NON_EVENT_STORIES, TWINS)


def test_the_set_holds_stories_of_its_length_each_read_with_its_day() -> None:
    check_lengths_and_days(SET, MIN_WORDS, MAX_WORDS)


def test_the_set_copies_nothing_from_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    check_copies_nothing(SET, SHARED)
