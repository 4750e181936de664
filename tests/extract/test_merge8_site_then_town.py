"""Merge round eight: a site word between a place's name and the town after the comma ("at Baisaran meadow,
Pahalgam") keeps the town as a place of the event, as "at Baisaran, Pahalgam" already did.

A police statement naming no country wrote "terrorists attacked tourists at Baisaran meadow, Pahalgam"; the meadow
is in no gazetteer and the town after it was not read, so the report had no place and no country and stayed apart
from every other outlet's report of the attack. Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.extract.places import find_places


def _names(text: str) -> list[str]:
    return [p.name for p in find_places(text, 0, len(text))]


THE_TOWN_IS_READ = [
    ("Terrorists attacked tourists at Baisaran meadow, Pahalgam, this afternoon.", "Pahalgam"),
    ("A bomb went off at Kasindi market, Beni, during the morning rush.", "Beni"),
    ("Soldiers opened fire on protesters at Tahrir square, Baghdad, late on Friday.", "Baghdad"),
    ("Gunmen stormed the police post at Kafin Koro junction, Paikoro, before dawn.", "Paikoro"),
]

NO_TOWN_AFTER = [
    # no comma after the site word: nothing is listed
    ("Terrorists attacked tourists at Baisaran meadow near the town on Tuesday.", "Pahalgam"),
    # a lower-case word after the comma is no town
    ("A bomb went off at Kasindi market, killing five traders.", "Killing"),
]


@pytest.mark.parametrize("text, town", THE_TOWN_IS_READ)
def test_the_town_after_a_site_is_read(text: str, town: str) -> None:
    assert town in _names(text)


@pytest.mark.parametrize("text, absent", NO_TOWN_AFTER)
def test_nothing_is_read_without_a_town_after_the_comma(text: str, absent: str) -> None:
    assert absent not in _names(text)
