"""Dates and tolls, round twenty-five (session 32): both sides' dead told in one list. "Six insurgents and two
porters died" names two groups of people in one statement; the attackers' part is read as the attackers' dead, and
a part whose noun no side list knows ("two porters", "five of the pursuers") as a generic count: a rival total of
the attackers' dead, so the larger of the two won. The parts of one statement are different people: the generic
part now adds to the named one. And a coder's figure spread over several events ("Fatalities are split across 3
events (4)", "coded as 10 and spread across two locations") was the whole figure on each event: it is now the
event's share. Every sentence here was written for this test."""

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


# A coder's note that spreads its figure over the events coded from one report: the event's share, the one the note
# gives in a parenthesis or the figure divided by the events, rounded up (each of these read the whole figure before).
SHARES_OF_A_SPREAD_FIGURE = [
    ("On 3 June, troops killed 12 militants in raids on three villages of the district. Fatalities are split across "
     "3 events (4).", 4),
    ("On 9 May, militias clashed near the river, killing and injuring a number of fighters. Unknown reported "
     "fatalities coded as 8 and spread across two locations.", 4),
    ("Between 2-4 May, 9 people were killed in clashes between two clans in the valley. Fatalities distributed across "
     "two events.", 5),
    ("On 1 April, an airstrike killed 6 fighters in the hills. Fatalities split between 3 events (2).", 2),
]

# Read the same before and after: news that spreads acts, not a coder's figure, and a note that spreads no figure.
SPREAD_TWINS = [
    ("Gunmen killed 30 people in attacks spread across three villages on Sunday.", 30),
    ("The fighting, spread over two days, killed 14 soldiers, the army said.", 14),
    ("On 5 May, 7 civilians were killed in an attack on a market. Fatalities coded as 7.", 7),
]


@pytest.mark.parametrize("text, dead", SHARES_OF_A_SPREAD_FIGURE + SPREAD_TWINS)
def test_a_coders_spread_figure_gives_the_events_share(text: str, dead: int) -> None:
    assert _dead(text) == dead
