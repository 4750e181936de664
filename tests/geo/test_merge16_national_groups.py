"""Merging round sixteen: the Pakistani Taliban are no vote for Afghanistan.

``context.NATIONAL_GROUPS`` gives "taliban" Afghanistan, and its pattern found "Taliban" inside the ACLED name
"TTP: Tehreek-i-Taliban Pakistan" too, so a story of a TTP attack that names no country took Afghanistan's
namesake of its village (a checkpost in "Jani Khel" went to Paktika) and never met the wires' report of the same
attack in Bannu. The Pakistani group's own names now come first. Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.geo.context import group_countries

from first_places import first_place


@pytest.mark.parametrize(("actors", "countries"), [
    (["TTP: Tehreek-i-Taliban Pakistan"], ("Pakistan",)),
    (["Pakistani Taliban"], ("Pakistan",)),
    (["TTP: Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan (2018-)"], ("Pakistan",)),
    # twins: the Afghan Taliban stay Afghan
    (["Taliban"], ("Afghanistan",)),
    (["Taliban and/or Islamic State (Afghanistan)"], ("Afghanistan",)),
    (["Military Forces of Afghanistan (2021-) Taliban"], ("Afghanistan",)),
])
def test_the_pakistani_taliban_vote_for_pakistan(actors, countries):
    assert group_countries(actors) == countries


def test_a_ttp_attack_on_a_village_with_an_afghan_namesake_stays_in_pakistan(kit, geocoder):
    text = ("Seven soldiers were martyred on March 15 when a suicide attacker of the Pakistani Taliban struck a "
            "security checkpost in Jani Khel, the ISPR said.")
    place = first_place(text, kit, geocoder, published="2024-03-17")
    assert place is not None and place.country == "Pakistan"
