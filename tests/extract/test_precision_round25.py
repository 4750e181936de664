"""Precision round twenty-five (session 32): false events on news that reports none.

An "N days after <act>" clause that follows a verb ("The attack came two days after soldiers killed 11 fighters in a
raid on Bama, on Sunday") gives its act's own day after a comma; only an anchor that opens its sentence or clause
("Two days after the car bombing, on Monday, traders swept the market") counts the day after it back
(``dates._opens_a_clause``). An agreement named as the frame of other acts ("under the ceasefire deal", "the terms of
the truce") is one in force, not one made, whatever the classifier reads in the sentence
(``detect._agreement_in_force``): in a story, where the classifier alone makes no event.

Every passage was written for these tests; none comes from a benchmark story.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import extract_events
from eventwire.records import Article
from wire_stories import PADDED_PUBLISHED, padded_story


def _events(kit, text: str) -> list:
    return extract_events(Article("p25", "", text, PADDED_PUBLISHED), kit)


def _days_of(kit, text: str, sub_event_type: str) -> list[date]:
    return [e.event_date for e in _events(kit, text) if e.sub_event_type == sub_event_type]


# (passage, sub-event type of the clause's act, its day)
DAYS_IN_APPOSITION = [
    ("Gunmen attacked a village near Konduga on Tuesday, killing four people. The attack came two days after "
     "soldiers killed 11 fighters in a raid on Bama, on Sunday, the deadliest operation this year.",
     "Armed clash", date(2024, 5, 12)),
    ("Protesters burned a police station in Kano on Wednesday. The violence came four days after police shot dead "
     "three protesters in Zaria, on Saturday, witnesses said.",
     "Excessive force against protesters", date(2024, 5, 11)),
]

# anchors that open their sentence or clause still count back; a day with no comma was already the act's own
DAYS_COUNTED_BACK = [
    ("Two days after the car bombing, on Monday, traders swept glass from the market in Bama.",
     "Remote explosive/landmine/IED", date(2024, 5, 11)),
    ("In Bama, two days after the car bombing, on Monday, traders swept glass from the market.",
     "Remote explosive/landmine/IED", date(2024, 5, 11)),
    ("Gunmen attacked a village near Konduga on Tuesday, killing four people. The attack came two days after "
     "soldiers killed 11 fighters in a raid on Bama on Sunday.",
     "Armed clash", date(2024, 5, 12)),
    ("The bombing of the bus station in Maiduguri on Wednesday came two days after militants attacked an army base "
     "in Monguno, on Monday, and killed five soldiers.",
     "Armed clash", date(2024, 5, 13)),
]


@pytest.mark.parametrize(("text", "sub_event_type", "day"), DAYS_IN_APPOSITION + DAYS_COUNTED_BACK)
def test_the_day_after_an_after_clause_is_its_acts_own(kit, text: str, sub_event_type: str, day: date) -> None:
    assert day in _days_of(kit, text, sub_event_type)


AGREEMENTS_IN_FORCE = [
    "The army has deployed thousands of soldiers in the south under the ceasefire deal and says it has taken over "
    "dozens of positions.",
    "Militia fighters have pulled back from three villages near the border in line with the terms of the truce, "
    "monitors said.",
]

AGREEMENTS_MADE = [
    "The government and the rebels signed a ceasefire deal in Maiduguri on Tuesday.",
    "The two sides agreed to a ceasefire on Tuesday after talks in Abuja.",
    "A truce between the army and the militia took effect in Kamba on Tuesday.",
]


@pytest.mark.parametrize("text", AGREEMENTS_IN_FORCE)
def test_an_agreement_framing_other_acts_is_no_agreement_made(kit, text: str) -> None:
    assert padded_story(kit, text) == []


@pytest.mark.parametrize("text", AGREEMENTS_MADE)
def test_an_agreement_told_as_made_stays(kit, text: str) -> None:
    assert [e.sub_event_type for e in padded_story(kit, text)] == ["Agreement"]
