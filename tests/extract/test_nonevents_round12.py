"""Non-event news, round twelve: a year's tally in a lead, wars counted, a campaign's rally, places of a kind
taken in the perfect, a week of fighting, and opinion columns. A lead that counts an
earlier year's acts ("killed more than 4,000 civilians across Nigeria in 2023", "throughout 2024") tells a tally, so
below a frame (a rights group's report) the stale acts are its background; "fought in two rebellions" is a career, not
a fight; "His campaign held its first rally" is canvassing, not a demonstration; "have pushed the gangs out of forests"
sums up a campaign; "Fighting continued this week" tells a state, not a day's act; an opinion column is a frame.
Each table has near twins that must stay events.

Every passage was written for these tests, modelled on real coverage; none comes from a benchmark story. The set
behind the kinds is benchmarks/news-nonevent12 (22 stories with gold `[]` and 8 twins, half with the event in the lead
and half only in the body, split into a dev and a held part); its shape is checked at the end of this file.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from nonevent_sets import check_copies_nothing, check_lengths_and_days, check_stories_twins_and_held_third
from test_nonevents_round7 import FRESH_ACT, STALE_ACT, _story, _with

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.detect import find_triggers
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SET = REPO / "benchmarks" / "news-nonevent12"
PUBLISHED = datetime(2024, 7, 17, 9, tzinfo=timezone.utc)  # a Wednesday


def _events(kit: ExtractionKit, text: str):
    return extract_events(Article("nonevent12", "", text, PUBLISHED), kit)


def _live_acts(text: str) -> list[str]:
    return [t.span.text for t in find_triggers(text, 0, len(text), PUBLISHED.date()) if t.live and t.kind == "report"]


# --------------------------------------------------------------------------- wars counted

WARS_COUNTED = [
    "He was a Tuareg commander who fought in two rebellions against the state before signing the peace.",
    "Born in Masisi, he fought in three successive wars in the east before joining the new rebellion.",
    "Her father, a veteran, had fought in both wars as a young conscript.",
    "Many of the recruits had fought in several insurgencies across the region.",
]
FIGHTS_FOUGHT = [
    ("Soldiers fought rebels for three hours near the town of Kamba on Tuesday, killing four of them.",
     "Armed clash"),
    ("Militiamen and soldiers fought on Tuesday in the conflict-hit town of Kamba, leaving three dead.",
     "Armed clash"),
    ("Rebels and soldiers fought in two villages near Kamba on Tuesday, killing five people, officials said.",
     "Armed clash"),
]


@pytest.mark.parametrize("text", WARS_COUNTED)
def test_wars_counted_name_no_live_act(text) -> None:
    assert _live_acts(text) == []


@pytest.mark.parametrize(("text", "sub_event_type"), FIGHTS_FOUGHT)
def test_a_fight_fought_stays_an_event(kit, text, sub_event_type) -> None:
    assert [e.sub_event_type for e in _events(kit, text)] == [sub_event_type]


# --------------------------------------------------------------------------- a campaign's rally

CAMPAIGN_RALLIES = [
    "His campaign held its first rally in Maroua on Monday, in the far north, where it expects strong support.",
    "Thousands of supporters attended a campaign rally for the ruling party's candidate in Nampula on Tuesday.",
    "The president addressed an election rally in the stadium on Tuesday, promising new roads.",
]
RALLIES_OF_PROTEST = [
    ("Opposition supporters held a rally in Maputo on Tuesday to protest against the election results.",
     "Peaceful protest"),
    ("Two grenades were thrown at an election rally in the town of Kamba on Tuesday, injuring three people.",
     "Grenade"),
]


@pytest.mark.parametrize("text", CAMPAIGN_RALLIES)
def test_a_campaign_rally_reports_no_event(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize(("text", "sub_event_type"), RALLIES_OF_PROTEST)
def test_a_rally_of_protest_or_an_attack_on_a_rally_stays_an_event(kit, text, sub_event_type) -> None:
    assert [e.sub_event_type for e in _events(kit, text)] == [sub_event_type]


# --------------------------------------------------------------------------- places of a kind, a week of fighting

RECORDS_AND_STATES = [
    "Some of those operations have pushed the gangs out of forests for a while, but none has lasted.",
    "Fighting continued this week around Kamba and in the hills above Rubare, residents said by telephone.",
]
ACTS_OF_A_DAY = [
    ("Soldiers pushed the gangs out of the Kamba forest on Tuesday after a day of fighting, the army said.",
     "Government regains territory"),
    ("Fighting continued on Tuesday around the town of Kamba, where rebels and soldiers exchanged fire for hours.",
     "Armed clash"),
]


@pytest.mark.parametrize("text", RECORDS_AND_STATES)
def test_a_record_or_a_weeks_state_reports_no_event(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize(("text", "sub_event_type"), ACTS_OF_A_DAY)
def test_an_act_of_a_day_stays_an_event(kit, text, sub_event_type) -> None:
    assert [e.sub_event_type for e in _events(kit, text)] == [sub_event_type]


# --------------------------------------------------------------------------- round twelve's frames

# (title, lead): a rights group's year (its lead counting an earlier year's acts) and an opinion column. Round seven's story (published 13 March 2024) and body, with round twelve's leads.
FRAME_LEADS = [
    ("Killings rose again last year, rights group says",
     "Armed groups and soldiers killed more than 4,000 civilians across the country in 2023, a rights group said in "
     "its annual report on Wednesday."),
    ("Rights group counts another year of killings",
     "Both the army and the separatists killed civilians throughout 2023, the rights group said in its yearly "
     "survey."),
    ("Opinion: The villages cannot wait for another summit",
     "Every week armed men ride into a village somewhere in the north and leave with cattle and captives."),
]
# A year of the story's own (2024) or a lead with a day of its act is news: the stale act below is read as before.
NOT_FRAME_LEADS = [
    ("Gunmen kill 12 as rights group publishes report",
     "Gunmen killed 12 villagers in the north on Wednesday, a day after a rights group published its yearly report."),
]


@pytest.mark.parametrize(("title", "lead"), FRAME_LEADS)
def test_a_stale_act_below_round_twelves_frames_reports_no_event(kit, title, lead) -> None:
    assert _story(kit, title, lead, _with(STALE_ACT)) == []


@pytest.mark.parametrize(("title", "lead"), FRAME_LEADS)
def test_a_fresh_act_below_round_twelves_frames_stays_an_event(kit, title, lead) -> None:
    assert [e.sub_event_type for e in _story(kit, title, lead, _with(FRESH_ACT))] == ["Attack"]


@pytest.mark.parametrize(("title", "lead"), NOT_FRAME_LEADS)
def test_a_lead_with_an_act_of_its_day_keeps_its_event(kit, title, lead) -> None:
    assert "Attack" in [e.sub_event_type for e in _story(kit, title, lead, _with(STALE_ACT))]


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
