"""Kinds of place errors in long stories (round fifteen): "off Bonny Island" found nowhere; "Burkina Faso's East
region" read as Nepal's East; a region told alone placed at the unit's centre, not at its town; a large city
abroad ("Bannu", "Tyre") kept at home by a spelling variant ("Banu", "Tira"); a ship attacked off a port placed in
the country of its flag, owner, destination or the navy sent, not the port's.

Every sentence here was written for these tests; each table row is one kind in a different wording, never one
passage of benchmarks/geo/news-places6.jsonl, and each kind has near twins whose reading must stay. The whole
extraction runs.
"""

from __future__ import annotations

import pytest

from eventwire.evaluate.score import haversine_km
from eventwire.geo.names import name_parts
from first_places import first_place


# ------------------------------------------------------------------------------ "X Island" is X's town

@pytest.mark.parametrize("name, part", [("Bonny Island", "Bonny"), ("Kamaran island", "Kamaran"),
                                        ("Lamu Island", "Lamu")])
def test_an_island_is_read_as_its_town(name, part):
    assert (part, "near") in name_parts(name)


ISLAND = [
    ("Pirates kidnapped four sailors from a supply vessel near Bonny Island on Tuesday, the navy said.",
     "Nigeria", "Rivers"),
    ("Unknown gunmen shot dead a fisherman at a jetty in Lamu Island on Saturday, police said.", "Kenya", "Lamu"),
]


@pytest.mark.parametrize("text, country, admin1", ISLAND)
def test_an_island_named_after_its_town_is_placed_there(kit, geocoder, text, country, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


# ------------------------------------------------- a compass-named unit of a French-speaking country, in English

FRENCH_UNITS = [
    ("Jihadists killed fourteen soldiers in an ambush in Burkina Faso's North region on Monday, the army said.",
     "Burkina Faso", "Nord"),
    # the country after the unit
    ("Gunmen killed five herders in the Centre-North region of Burkina Faso on Wednesday, officials said.",
     "Burkina Faso", "Centre-Nord"),
    # attribution first
    ("According to the army, militants attacked a convoy in Burkina Faso's East region on Sunday, killing six.",
     "Burkina Faso", "Est"),
    # Cameroon, compound compass name
    ("Separatist fighters attacked a gendarmerie post in Cameroon's North-West region on Friday, killing two.",
     "Cameroon", "Nord-Ouest"),
]

FRENCH_UNIT_TWINS = [
    # an English-named unit of an English-speaking country stays as written
    ("Police dispersed protesters in Ghana's Upper East region on Tuesday, firing tear gas.", "Ghana", "Upper East"),
    # a town of the unit named: the town, not the unit
    ("Gunmen killed seven people in Fada N'Gourma, in Burkina Faso's East region, on Sunday.", "Burkina Faso", "Est"),
]


@pytest.mark.parametrize("text, country, admin1", FRENCH_UNITS + FRENCH_UNIT_TWINS)
def test_a_compass_named_unit_is_read_in_the_countrys_language(kit, geocoder, text, country, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


# ------------------------------------------------------------------ a region told alone, at its town

REGION_AT_ITS_TOWN = [
    # (text, admin1, the town's point): the region's point in the gazetteer lies far from its town
    ("Jihadists killed twenty soldiers in the Menaka region on Sunday, the government said.", "Menaka",
     (15.918, 2.402)),
    ("BAMAKO - Gunmen raided villages in the Menaka region on Thursday, killing eleven civilians.", "Menaka",
     (15.918, 2.402)),
    # passive voice
    ("Eleven civilians were killed on Friday in attacks in the Segou region, officials said.", "Segou",
     (13.440, -6.260)),
]


@pytest.mark.parametrize("text, admin1, point", REGION_AT_ITS_TOWN)
def test_a_region_told_alone_is_placed_at_its_town(kit, geocoder, text, admin1, point):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.admin1 == admin1 and place.geo_precision >= 2
    assert haversine_km(place.latitude, place.longitude, *point) <= 25


REGION_TWINS = [
    # a town named in the region: the town (geo_precision 1)
    ("Jihadists attacked Anderamboukane, in the Menaka region, on Sunday, killing nine civilians.", "Menaka",
     "Anderamboukane"),
    # a region named like no town of its own stays a region
    ("Drone strikes killed twelve people in the Amhara region on Monday, a health worker said.", "Amhara", "Amhara"),
]


REGION_NAMESAKE_TWINS = [
    # a state named like a smaller town that is not its capital: the state's own point (Akure) stays
    ("Gunmen killed six farmers in Ondo state on Monday, police said.", "Ondo", (7.253, 5.193)),
    # the other state of a namesake town, the country written after it
    ("Bandits abducted twelve travellers on a highway in Ondo state, Nigeria, on Friday, police said.", "Ondo",
     (7.253, 5.193)),
]


@pytest.mark.parametrize("text, admin1, point", REGION_NAMESAKE_TWINS)
def test_a_region_is_not_placed_at_a_smaller_namesake_town(kit, geocoder, text, admin1, point):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.admin1 == admin1
    assert haversine_km(place.latitude, place.longitude, *point) <= 25


@pytest.mark.parametrize("text, admin1, location", REGION_TWINS)
def test_a_town_in_the_region_or_a_region_without_its_town_stays(kit, geocoder, text, admin1, location):
    place = first_place(text, kit, geocoder)
    assert place is not None and (place.admin1, place.location) == (admin1, location)


# ------------------------------------------ a large city abroad, only a spelling variant at home

MAJOR_ABROAD = [
    ("A suicide bomber killed three policemen at a checkpoint in Bannu on Monday. The Pakistani Taliban claimed "
     "the attack from their bases in Afghanistan.", "Pakistan"),
    # a Jerusalem bureau; the city once, then the Israeli army
    ("JERUSALEM - An Israeli drone struck a motorbike near Tyre on Sunday, killing its rider, Lebanon's health "
     "ministry said. The Israeli army said he was a Hezbollah fighter.", "Lebanon"),
    # attribution first, the hinted country named twice
    ("According to Lebanese media, an air strike hit a flat in Tyre on Friday, killing two. Israel said it "
     "targeted a commander; Israel has struck southern Lebanon for months.", "Lebanon"),
]

MAJOR_ABROAD_TWINS = [
    # the hinted country's own city, spelt as written
    ("JERUSALEM - Rockets fired from Lebanon hit Haifa on Sunday, wounding three people.", "Israel"),
    # a town exact at home
    ("Taliban fighters attacked a checkpoint in Kunduz on Monday, a week after Pakistan closed the border.",
     "Afghanistan"),
]


@pytest.mark.parametrize("text, country", MAJOR_ABROAD + MAJOR_ABROAD_TWINS)
def test_a_spelling_variant_at_home_does_not_hold_a_large_city_abroad(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


# ------------------------------------------------------------------------ a ship off a port: the port's country

OFF_A_PORT = [
    ("Coast guards fired on a rubber boat off Zuwara on Monday, wounding a man; the migrants were heading for "
     "Italy's Lampedusa, an Italian charity said.", "Libya"),
    ("Pirates fired on a fishing boat off the coast of Bosaso on Friday, and a warship based in Djibouti was sent "
     "to help, Djibouti's port authority said.", "Somalia"),
    # the flag's and the owner's country named
    ("Somali pirates seized a Bangladeshi bulk carrier on Tuesday and anchored it off Eyl, its owners in "
     "Bangladesh said.", "Somalia"),
]

OFF_TWINS = [
    # a port named in two countries: the story's country decides
    ("BEIRUT - The Lebanese army intercepted a boat carrying migrants off Tripoli on Sunday, Lebanon's army said.",
     "Lebanon"),
    # "off" as a verb's particle
    ("Police sealed off Tahrir Square in Baghdad on Friday and fired tear gas at protesters.", "Iraq"),
]


@pytest.mark.parametrize("text, country", OFF_A_PORT + OFF_TWINS)
def test_a_ship_attacked_off_a_port_is_in_the_ports_country(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country
