"""Long news round twenty-two: kinds of error read on the new-voice set news-check14 (a radio transcript, a
humanitarian flash update, a translated state bulletin), each held by sentences written for these tests, with near
twins that must keep their reading: an act's day swallowed by a verb of burial or of saying before the act's own
participle, a bulletin's "incident was reported on <day>", a report's source read as its place."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.dates import find_dates
from eventwire.extract.mentions import is_speech_date
from eventwire.extract.places import find_places

PUBLISHED = date(2024, 8, 5)  # a Monday


def _speech_reading(sentence: str, day_text: str) -> bool:
    """Whether the date written as ``day_text`` in ``sentence`` is read as the day of a statement or an aftermath."""
    found = [d for d in find_dates(sentence, PUBLISHED) if d.span.text == day_text]
    assert found, f"{day_text!r} not read as a date in {sentence!r}"
    return is_speech_date(found[0], sentence)


# ------------------------------------------------------- the act's participle or "was reported" right before the day
ACT_DAYS = [
    ("Families in Mogadishu are still burying the people killed on Friday night at Lido beach.", "on Friday night"),
    ("Mourners buried the 12 villagers slain on Saturday in the raid on the market.", "on Saturday"),
    ("Relatives said they were still waiting for news of the traders abducted on Thursday near Gwoza.", "on Thursday"),
    ("A second, separate incident was reported on 4 August in Mayo-Sava, where armed men abducted three farmers.",
     "4 August"),
    ("Another attack was reported on Sunday in the village of Tillia, residents said.", "on Sunday"),
]


@pytest.mark.parametrize("sentence, day_text", ACT_DAYS)
def test_a_day_right_after_the_acts_participle_or_a_reported_act_is_the_acts(sentence, day_text) -> None:
    assert not _speech_reading(sentence, day_text)


STATEMENT_DAYS = [
    # twins: the day right after the burial itself, after a verb of saying, after "reported" with no act before it
    ("The people killed at the beach were buried on Saturday.", "on Saturday"),
    ("Mourners on Monday buried 12 people killed in the bombing.", "on Monday"),
    ("The police spokesman told reporters on Saturday that three gunmen were killed.", "on Saturday"),
    ("The state broadcaster reported on Sunday that the army had retaken the town.", "on Sunday"),
]


@pytest.mark.parametrize("sentence, day_text", STATEMENT_DAYS)
def test_a_day_after_a_burial_or_a_saying_stays_the_statements(sentence, day_text) -> None:
    assert _speech_reading(sentence, day_text)


# ------------------------------------------------------------------- "according to the X": a source, not a place
SOURCES = [
    ("According to the Emergency Room of the camp, the drone fell near the water point.", "Emergency Room"),
    ("According to Borno Police, the gunmen fled into the bush.", "Borno Police"),
]


@pytest.mark.parametrize("sentence, source", SOURCES)
def test_the_source_after_according_to_is_no_place(sentence, source) -> None:
    assert source not in {p.name for p in find_places(sentence)}


PLACES = [
    # twins: the same words after a place preposition
    ("The drone fell near the water point in Abu Shouk, the emergency room said.", "Abu Shouk"),
    ("Gunmen attacked a checkpoint according to plan and then moved to Kolofata.", "Kolofata"),
    ("According to residents, the fighters entered the town of Macomia at dawn.", "Macomia"),
]


@pytest.mark.parametrize("sentence, place", PLACES)
def test_a_place_named_beside_a_source_stays_a_place(sentence, place) -> None:
    assert place in {p.name for p in find_places(sentence)}


# ------------------------------------------------------------ "bringing the toll to N": the act before it, counted
STORY_PUBLISHED = "2025-07-29T10:15:00+00:00"  # a Tuesday
SUNDAY, MONDAY = date(2025, 7, 27), date(2025, 7, 28)

TOLL_BROUGHT_UP = [
    ("BENI – Rebels attacked a church in the village of Mangina at around 1 a.m. on Sunday, shooting worshippers and "
     "setting fire to houses nearby. By Sunday evening local officials had counted 38 dead. Five more bodies were "
     "found in burnt houses on Monday, bringing the toll to 43, a civil society leader said.", [(SUNDAY, 43)]),
    ("BENI – Gunmen attacked a market in the village of Mangina on Sunday, killing 12 traders. Two of the wounded "
     "died in hospital on Monday, raising the death toll to 14, a nurse said.", [(SUNDAY, 14)]),
]
TOLL_OF_ANOTHER_ACT = [
    # twins: an act of its own on another day, with its own toll and no toll brought up
    ("BENI – Rebels attacked a church in the village of Mangina on Sunday, killing 38 worshippers. On Monday, rebels "
     "killed five farmers in burnt fields near the town of Oicha, a civil society leader said.",
     [(SUNDAY, 38), (MONDAY, 5)]),
]


@pytest.mark.parametrize("body, expected", TOLL_BROUGHT_UP + TOLL_OF_ANOTHER_ACT)
def test_a_clause_bringing_the_toll_up_counts_the_act_told_before(kit, body, expected) -> None:
    from wire_stories import dated_tolls
    assert dated_tolls(body, kit, STORY_PUBLISHED) == expected


# ---------------------------------------------------------------------- bodies counted or received at a hospital
BODY_COUNTS = [
    ("A health worker said she counted the bodies of nine soldiers that were brought in over the following days.", 9),
    ("Volunteers at the morgue identified the bodies of seven fishermen.", 7),
    ("The hospital had received the bodies of 29 children, a doctor said.", 29),
    ("Hospital staff said the bodies of four passengers had been brought in.", 4),
    ("Villagers collected the bodies of six herders from the bush.", 6),
    # twins: no bodies, no count of dead
    ("The hospital had received 29 wounded children, a doctor said.", 0),
    ("The army said it had received the surrender of 40 fighters.", 0),
]


@pytest.mark.parametrize("sentence, dead", BODY_COUNTS)
def test_bodies_counted_or_received_are_dead(kit, sentence, dead) -> None:
    found = [c.low for c in kit.find_casualties(sentence, 0, len(sentence)) if c.kind == "killed"]
    assert max(found, default=0) == dead


# ------------------------------------------------------------------- a live blog's day headings date the entries
BLOG_PUBLISHED = "2024-12-01T19:30:00+00:00"  # a Sunday

LIVE_BLOG = """This page gathers the key updates from our live coverage.

Wednesday 27 November

11:20 - Heavy fighting is reported around the village of Qubtan al-Jabal. Rebels say they have overrun army positions.

Saturday 30 November

16:30 - Rebel fighters seize army positions in Idlib province after government troops pull out, the monitor says."""

ONE_DAY_BLOG = """This page gathers the key updates from our live coverage.

Wednesday 27 November

11:20 - Heavy fighting is reported around the village of Qubtan al-Jabal. Rebels say they have overrun army positions.

16:30 - Rebel fighters seize army positions in Idlib province after government troops pull out, the monitor says."""


@pytest.mark.parametrize("body, days", [
    (LIVE_BLOG, [date(2024, 11, 27), date(2024, 11, 30)]),
    # twin: entries under one heading stay that day's
    (ONE_DAY_BLOG, [date(2024, 11, 27)]),
])
def test_a_live_blogs_day_heading_dates_the_entries_under_it(kit, body, days) -> None:
    from wire_stories import story_events
    assert sorted({e.event_date for e in story_events(body, kit, BLOG_PUBLISHED)}) == days


def test_a_toll_risen_to_the_dead_of_a_day_stays_the_counts_day() -> None:
    assert _speech_reading("The toll from the bombing at the mosque in Gao rose to 49 people killed on Sunday.",
                           "on Sunday")
