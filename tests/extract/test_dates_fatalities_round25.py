"""Dates and tolls, round twenty-five (session 32): both sides' dead told in one list. "Six insurgents and two
porters died" names two groups of people in one statement; the attackers' part is read as the attackers' dead, and
a part whose noun no side list knows ("two porters", "five of the pursuers") as a generic count: a rival total of
the attackers' dead, so the larger of the two won. The parts of one statement are different people: the generic
part now adds to the named one. Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventwire.extract.fatalities import find_casualties
from eventwire.extract.fatalities.combine import combine_fatalities


def _dead(text: str) -> int:
    return combine_fatalities(find_casualties(text, 0, len(text))).fatalities


# Each of these kept only the larger part of the list before the reading.
LISTS_OF_TWO_SIDES = [
    ("Six insurgents and two porters died in the exchange of fire outside the depot.", 8),
    ("The clash left three of the militants and four of the trackers dead, the chief said.", 7),
    ("Two bandits and five members of the hunters' association were killed in the gunfight.", 7),
    ("The statement said four rebels and nine members of the rival faction were killed.", 13),
]

# Read the same before and after: a generic count in a sentence of its own still competes with a named side's dead
# as another report of them (the lower of two reports of one group, the larger of a total and a side), lists of
# named sides still add, and a list of one side stays one figure.
TWINS = [
    ("Eight people were killed in the ambush. The army said five soldiers died.", 5),
    ("Two soldiers and five rebels were killed in the clash near the river.", 7),
    ("Clashes left three soldiers dead. Officials later said four people had been killed in all.", 3),
    ("Five militants were killed in the raid. Officials said seven people died in the clash.", 7),
    ("Four passengers were killed when gunmen opened fire on the bus on Friday.", 4),
    ("Seven gunmen and one trader died when the convoy fought back near Gashua.", 8),
    ("Gunmen killed six people at the market; two attackers were shot dead by police.", 8),
]


@pytest.mark.parametrize("text, dead", LISTS_OF_TWO_SIDES + TWINS)
def test_the_parts_of_one_list_are_different_people(text: str, dead: int) -> None:
    assert _dead(text) == dead

