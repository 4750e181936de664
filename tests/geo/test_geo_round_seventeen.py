"""Kinds of place errors in long stories (round seventeen): a road named by its two end towns read as the place
of an act the text places otherwise; a village the gazetteer lacks told with its circle or commune; a close spelling
at home holding a named country against the exact name abroad; a headline's capitalised first word, a party's name
and a headline's present tense; a site's adjective between "the" and its town's name.

Every sentence here was written for these tests; each table row is one kind in a different wording, never one
passage of benchmarks/geo/news-places8.jsonl, and each kind has near twins whose reading must stay. The whole
extraction runs.
"""

from __future__ import annotations

import pytest

from eventwire.extract.places import find_places, headline_places
from first_places import first_place


def _names(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.cue) for p in find_places(text)]


# ------------------------------------------------------------------ a road named by its two end towns

ROAD_PAIRS = [
    ("Insurgents ambushed a military convoy on the Maiduguri-Damboa road, about 15 km from Damboa, on Tuesday, "
     "killing seven soldiers, sources said.", "Damboa"),
    ("Taliban gunmen stopped two buses on the Kabul-Kandahar highway in the Saydabad district of Wardak province on "
     "Friday and shot dead six passengers, officials said.", "Saydabad"),
]


@pytest.mark.parametrize("text, location", ROAD_PAIRS)
def test_a_road_named_by_its_ends_yields_to_the_place_the_text_gives(kit, geocoder, text, location):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.location == location


ROAD_TWINS = [
    # the road alone: one of its towns still places the act
    ("Insurgents ambushed a military convoy on the Maiduguri-Damboa road on Tuesday, killing seven soldiers, sources "
     "said.", "Borno"),
    ("A roadside bomb hit a police van on the Kabul-Jalalabad highway on Sunday, killing three officers.", None),
]


@pytest.mark.parametrize("text, admin1", ROAD_TWINS)
def test_a_road_named_alone_still_places_the_act_along_it(kit, geocoder, text, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.geo_precision in (1, 2)
    if admin1 is not None:
        assert place.admin1 == admin1


# ------------------------------------------------------------ a village the gazetteer lacks, in its circle or commune

UNITS_OF_VILLAGES = [
    ("Soldiers executed dozens of men in Toguel on Sunday, survivors said. Toguel lies in the Djenne circle of "
     "Mali's Mopti region.", "Djenne"),
    ("Self-defence fighters killed 30 herders in Karamtenga on Tuesday, officials said. Karamtenga is a hamlet in "
     "the Barsalogho commune of Sanmatenga province.", "Barsalogho"),
]


@pytest.mark.parametrize("text, location", UNITS_OF_VILLAGES)
def test_a_missing_village_falls_to_its_circles_or_communes_town(kit, geocoder, text, location):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.location == location and place.geo_precision == 2


UNIT_TWINS = [
    # the village is known: it stays
    ("Soldiers executed dozens of men in Sofara on Sunday, survivors said. Sofara lies in the Djenne circle of "
     "Mali's Mopti region.", "Sofara"),
    # a region alone: still the region's town at precision 3 (round fifteen)
    ("Jihadists killed 20 soldiers on Sunday in the Menaka region, the army said.", "Menaka"),
]


@pytest.mark.parametrize("text, location", UNIT_TWINS)
def test_a_known_village_or_a_region_alone_keeps_its_reading(kit, geocoder, text, location):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.location == location


# ------------------------------------------------- a close spelling at home against the exact name abroad

NAMED_ABROAD = [
    ("Gunmen shot dead five French tourists near Koure, some 60 km from Niamey, on Sunday. France said it would send "
     "investigators to help the inquiry.", "Niger"),
]


@pytest.mark.parametrize("text, country", NAMED_ABROAD)
def test_a_close_spelling_in_the_named_country_does_not_hold_it(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


HOME_TWINS = [
    # the exact name in both countries: the named one stays (a namesake abroad is no reason to leave)
    ("Rockets fell on Tripoli on Sunday, killing two people, the Lebanese army said; Lebanon asked for calm.",
     "Lebanon"),
]


@pytest.mark.parametrize("text, country", HOME_TWINS)
def test_an_exact_name_in_the_named_country_holds_it(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


# --------------------------------------------------------------------------------------- headlines

@pytest.mark.parametrize("title, first", [
    ("Suicide blast at Bajaur political rally kills 44", "Bajaur"),
    ("Roadside bomb near Ghazni kills five soldiers", "Ghazni"),
    ("Gunmen storm Garissa university, killing 147", "Garissa"),
    ("Rebels seize Bunagana border post", "Bunagana"),
    # a leading town of more than a word, or with no cued name after it, still leads
    ("Peshawar police mosque bombing kills 84", "Peshawar"),
    ("Maiduguri market blast kills nine", "Maiduguri"),
])
def test_a_headlines_first_town(title, first):
    found = headline_places(title, (), None)
    assert found and found[0].name == first


@pytest.mark.parametrize("text, absent", [
    ("A suicide bomber struck a convention of the Jamiat Ulema-e-Islam party on Sunday.", "Jamiat Ulema-e-Islam"),
    ("Police fired tear gas at a rally of the Ennahda party in the capital.", "Ennahda"),
])
def test_a_partys_name_is_no_place(text, absent):
    assert absent not in [name for name, _cue in _names(text)]


@pytest.mark.parametrize("text, present", [
    # a town named before other nouns stays a place
    ("Police fired tear gas at protesters in Ennahda town on Sunday.", "Ennahda"),
    ("Militants storm Baidoa checkpoint overnight", "Baidoa"),
])
def test_a_town_before_other_nouns_or_after_a_present_verb_is_a_place(text, present):
    assert present in [name for name, _cue in _names(text)]


# ------------------------------------------------------------------- a site's adjective before its town

@pytest.mark.parametrize("text, name", [
    ("The nearby Kalma camp was shelled on Sunday, aid workers said.", "Kalma"),
    ("Fighters looted the sprawling Kakuma camp on Monday.", "Kakuma"),
    ("Inmates escaped from the main Kuje prison on Tuesday night.", "Kuje"),
])
def test_a_site_with_an_adjective_is_read_by_its_town(text, name):
    assert (name, "near") in _names(text)


@pytest.mark.parametrize("text, absent", [
    # an adjective outside the closed list is not read as part of the site's cue
    ("The angry Kalma residents marched on Sunday.", "angry"),
])
def test_other_words_before_a_site_are_not_read(text, absent):
    assert absent not in [name for name, _cue in _names(text)]
