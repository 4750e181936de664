"""Precision round twenty-six (session 33): false events on news that reports none, from readings in its voices.

- A trigger of several words may close its own act with a time long past: the gone-since reading of typing round
  twenty-one spans the taking and the state after it ("was taken from his home in 2019 and has not been seen since,
  his family said on Tuesday"), so the old time sat inside the span and the saying's day dated a new abduction
  (``cues.dated_long_ago_within``, read in ``detect._triggers_from``).
- People missing are the state an act left, not an act: "Dozens of people were still missing on Tuesday" below an
  attack made an abduction of its own, the classifier alone reading the sentence near certain
  (``detect._tells_people_missing``).
- A claim of how much the state holds ("restored state authority over 90 percent of the country") and an elected body
  won back ("regained the city council") take no territory (``lexicon``'s territory verbs).

Every passage was written for these tests; none comes from a benchmark story.
"""

from __future__ import annotations

from datetime import date

import pytest

from wire_stories import padded_story, typed_days

AB, GR = "Abduction/forced disappearance", "Government regains territory"


# each row made an abduction on the saying's day before this round
OLD_TAKINGS = [
    "The journalist was taken from his home in 2019 and has not been seen since, his family said at a news conference "
    "on Tuesday.",
    "The trader was taken from his shop five years ago and has not been heard from since, his brother said on "
    "Monday.",
    "The student was picked up outside the campus in 2021 and nobody has seen him since, his mother told a news "
    "conference on Tuesday.",
]
# twins: a taking of this year, or told by its own verb with its old time after it, reads as before
RECENT_OR_PLAIN_TAKINGS = [
    ("The activist was taken by soldiers on Sunday and has not been seen since, her sister said on Tuesday.",
     [(AB, date(2024, 5, 12))]),
    ("The journalist was taken from his home in March and has not been seen since, his family said on Tuesday.",
     [(AB, date(2024, 3, 15))]),
    ("Gunmen abducted the journalist from his home in 2019, his family said on Tuesday.", []),
]


@pytest.mark.parametrize("text", OLD_TAKINGS)
def test_an_old_taking_inside_a_gone_since_span_is_background(kit, text: str) -> None:
    assert padded_story(kit, text) == []


@pytest.mark.parametrize(("text", "expected"), RECENT_OR_PLAIN_TAKINGS)
def test_a_taking_of_this_year_keeps_its_reading(kit, text: str, expected: list) -> None:
    assert typed_days(kit, text) == expected


ATTACK = "Gunmen attacked the village of Kwall on Sunday, killing 12 people."
# each row made a second event (an abduction on the state's day) before this round
PEOPLE_MISSING_AFTER = [
    "Dozens of people were still missing on Tuesday, the local chairman said.",
    "Several villagers were missing on Monday morning, residents said.",
]


@pytest.mark.parametrize("text", PEOPLE_MISSING_AFTER)
def test_people_missing_after_an_act_are_no_act_of_their_own(kit, text: str) -> None:
    assert [t for t, _ in typed_days(kit, ATTACK, text)] == ["Attack"]


# an abduction told by its own words stays, once: the first row is a twin (one event before and after), the second
# made a second abduction on the state's day before this round
DISAPPEARANCES = [
    ("Gunmen abducted 30 villagers in Kwall on Sunday.", "The villagers were still missing on Tuesday, the chairman "
     "said.", [(AB, date(2024, 5, 12))]),
    ("Armed men took the activist from a checkpoint on Sunday and her whereabouts remain unknown, her lawyer said.",
     "Her family said she was still missing on Tuesday.", [(AB, date(2024, 5, 12))]),
]


@pytest.mark.parametrize(("first", "second", "expected"), DISAPPEARANCES)
def test_a_disappearance_told_by_its_own_words_stays(kit, first: str, second: str, expected: list) -> None:
    assert typed_days(kit, first, second) == expected


# each row made a territory event before this round
CONTROL_CLAIMED = [
    "The president said his government had restored state authority over 90 percent of the country.",
    "The government says it has restored state authority over most of the north, though officials rarely travel "
    "there.",
    "The party regained the city council in the elections on Sunday.",
]
PLACES_TAKEN_BACK = [
    ("Soldiers restored state authority over Bocaranga on Tuesday after the rebels fled.", [(GR, date(2024, 5, 14))]),
    ("The army regained the town of Damasak on Tuesday after a two-day battle with insurgents.",
     [(GR, date(2024, 5, 14))]),
]


@pytest.mark.parametrize("text", CONTROL_CLAIMED)
def test_a_claim_of_control_or_a_council_won_back_takes_no_territory(kit, text: str) -> None:
    assert padded_story(kit, text) == []


@pytest.mark.parametrize(("text", "expected"), PLACES_TAKEN_BACK)
def test_a_place_taken_back_stays(kit, text: str, expected: list) -> None:
    assert typed_days(kit, text) == expected
