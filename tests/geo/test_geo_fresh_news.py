"""Kinds of place errors first read on fresh news (round eight): a direction word that belongs to a country's
name ("South Sudan" is not "Sudan"), ...

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.countries import country_by_name
from eventwire.extract.places import find_places


def places(sentence: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.cue, p.country_hint) for p in find_places(sentence, country_by_name=country_by_name)}


@pytest.mark.parametrize(
    "sentence, country_name, country",
    [
        ("The UN Mission in South Sudan said a peacekeeper was shot near Pibor.", "South Sudan", "South Sudan"),
        ("Miners went on strike across South Africa on Monday.", "South Africa", "South Africa"),
        ("Rebels took two towns in the Central African Republic last week.", "Central African Republic",
         "Central African Republic"),
        ("Settlers set fire to olive groves in the West Bank overnight.", "West Bank", "Palestine"),
        ("Polisario fighters shelled a berm in Western Sahara, the group said.", "Western Sahara", "Western Sahara"),
        ("Riot police detained students at a rally in North Macedonia.", "North Macedonia", "North Macedonia"),
    ],
)
def test_a_direction_word_that_is_part_of_a_countrys_name_stays(sentence, country_name, country):
    found = places(sentence)
    assert found[country_name] == ("country", country)
    bare = country_name.split(" ", 1)[1]
    assert bare not in found


@pytest.mark.parametrize(
    "sentence, name",
    [
        # A direction before a region or a town is not a country's name: extraction still reads the bare name
        # (geo puts the direction back when the gazetteer knows "North Darfur", "South Kivu").
        ("Gunmen burned a market in North Darfur on Friday.", "Darfur"),
        ("Fighting was reported in South Kivu, near the lake.", "Kivu"),
        ("Troops patrolled the streets of northern Mali after the attack.", "Mali"),
    ],
)
def test_a_direction_before_a_region_is_still_dropped(sentence, name):
    assert name in places(sentence)
