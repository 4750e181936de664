"""Fatalities, round two: kinds of error from long news (tolls that rise, conflicting reports, breakdowns, bodies
found later). Every sentence is written for these tests; each table is a kind, never one passage."""

from __future__ import annotations

import pytest

from eventwire.extract.fatalities import combine_fatalities, find_casualties


def figure(text: str) -> int:
    return combine_fatalities(find_casualties(text)).fatalities


# Two reports of one victim group's dead, one naming the victims, one counting "people": ACLED keeps the lower.
CONFLICTING_REPORTS = [
    ("Gunmen killed 9 herders near Kauru on Monday, police said. Community leaders put the number of dead at 25.", 9),
    ("Shelling killed three civilians in Avdiivka on Friday, the governor said. Local volunteers said six people"
     " had died.", 3),
    ("Rebels said 40 soldiers were killed in the ambush near Rutshuru. The army reported eleven deaths.", 11),
    ("A drone strike on a market killed 14 people, a health official said; the rebels said 26 shoppers died.", 14),
]
# What still stands beside one named group: a floor, a single person.
TOTALS_BESIDE_ONE_GROUP = [
    ("Gunmen killed at least 30 people in raids on Tuesday. Eleven villagers were killed in Dogon Dawa alone.", 30),
    ("Two soldiers were killed in the ambush, and one person died later in hospital.", 2),
]


@pytest.mark.parametrize(("text", "fatalities"), CONFLICTING_REPORTS + TOTALS_BESIDE_ONE_GROUP)
def test_reports_of_one_groups_dead_compete(text, fatalities):
    assert figure(text) == fatalities
