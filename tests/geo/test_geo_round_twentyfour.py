"""Kinds of place errors of geo round twenty-four: a village the gazetteer lacks, set off by a comma or a
parenthesis with the town it lies near ("at X, near Bulo Burte") or the unit it lies in ("at X, in the Djenné
circle", "X (Seno province)"), lost the event to another town of its draft: a speaker's city ("the government said
in a statement read in Bamako", "elders told our reporters in Mogadishu"). That town or unit now stands for the
village, at the village's rank (geo_precision 2/3), as "X, a village near Y" already did.

Every sentence here was written for these tests; villages called "Kel..." / "...ouli" are invented, so no
gazetteer knows them. Near twins whose reading must stay: a village the gazetteer knows, a comma before a date or a
lower-case clause, a unit word missing.
The whole extraction runs.
"""

from __future__ import annotations

import pytest

from first_places import first_place

from eventwire.geo.resolve.settlements import _anchor_of

# the village is missing; the speaker's city of the same sentence (or the story's) took the event
A_MISSING_VILLAGE_BESIDE_ITS_TOWN_OR_UNIT = [
    ("Al Shabaab fighters attacked a militia post at Kelbaqouli, near Bulo Burte, on Tuesday, killing eight "
     "fighters, elders told our reporters in Mogadishu.",
     "Hiraan"),
    ("The army killed 40 fighters in an operation at Kelmourouli, in the Djenné circle, the government said in a "
     "statement read in Bamako on Monday.",
     "Mopti"),
    ("Rebels attacked a camp for displaced families in Kelbamouli, in Rutshuru territory, on Sunday, killing 11 "
     "people, a local official told our radio station in Goma.",
     "Nord-Kivu"),
]


@pytest.mark.parametrize("text, admin1", A_MISSING_VILLAGE_BESIDE_ITS_TOWN_OR_UNIT)
def test_a_missing_village_is_placed_by_the_town_or_unit_beside_it(kit, geocoder, text, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.admin1 == admin1 and place.geo_precision in (2, 3)


PLACES_THAT_STAY = [
    # the village the gazetteer knows keeps its own point
    ("Gunmen attacked Kankara, near Funtua, on Friday night and abducted schoolboys, police in Katsina said.",
     "Kankara", "Katsina"),
    # a speaker's city already read as such ("told reporters in Abuja"): the town beside the village, as before
    ("Gunmen killed nine farmers at Keldanouli, not far from Gusau, on Friday, a police spokesman told reporters in "
     "Abuja.", None, "Zamfara"),
    # a town with no village beside it: the act's town itself
    ("A suicide bomber struck a checkpoint in Beledweyne on Sunday, killing 13 people, officials in Jowhar said.",
     "Beledweyne", "Hiraan"),
]


@pytest.mark.parametrize("text, location, admin1", PLACES_THAT_STAY)
def test_a_known_place_keeps_its_point(kit, geocoder, text, location, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.admin1 == admin1
    assert location is None or (place.location, place.geo_precision) == (location, 1)


@pytest.mark.parametrize(
    "text, anchor, cue",
    [
        ("fighting at Kelmouli, near Bulo Burte, on Tuesday", "Bulo Burte", "near"),
        ("an operation at Kelmouli, in the Djenné circle, last week", "Djenné", "region"),
        ("Attack on Kelmouli (Seno province), 14 June", "Seno", "region"),
        ("raids on Kelmouli, outside the town of Kaya, at dawn", "Kaya", "near"),
    ],
)
def test_a_town_or_unit_set_off_after_the_name_is_its_anchor(text, anchor, cue):
    found = _anchor_of("Kelmouli", text)
    assert found is not None and (found.name, found.cue) == (anchor, cue)
    assert text[found.span.start:found.span.end] == anchor


@pytest.mark.parametrize(
    "text",
    [
        "fighting at Kelmouli, in April, left ten dead",  # a date, not a unit
        "fighting at Kelmouli, in Kaduna and in Zaria",  # no unit word: a list as likely as a unit
        "fighting at Kelmouli, near where soldiers died last year",  # no name after "near"
        "fighting at Kelmouli near Bulo Burte",  # no comma: read by the mention's own cue, not as an appositive
    ],
)
def test_no_set_off_town_or_unit_no_anchor(text):
    assert _anchor_of("Kelmouli", text) is None
