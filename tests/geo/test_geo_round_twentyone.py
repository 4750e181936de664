"""Kinds of place errors of geo round twenty-one: a place the gazetteer lacks, far from the reporter's city, fell to
that city rather than to the unit the story names; and a hamlet abroad, the only namesake of a town the gazetteer
lacks, took the event from the country of its actors.

Every sentence here was written for these tests; none is a passage of the benchmark sets. Each reading has near twins
whose reading must stay (a site inside the reporter's city, a unit holding the city, a village abroad of some
thousands). The whole extraction runs.
"""

from __future__ import annotations

import pytest

from first_places import first_place


# ------------------------------- a far place the gazetteer lacks: the unit the story names, not the reporter's city

FAR_FROM_THE_DATELINE = [
    # a valley, in a story that names its province for another event
    ("BAGHDAD, March 3 – Iraqi jets bombed militant hideouts in the Wadi Qarnas valley on Tuesday, killing seven "
     "fighters, the military said. Officials in Baghdad said the operation would go on. Last week a bomb killed two "
     "soldiers in Anbar province.", "Iraq", "Anbar"),
    # an area, in a story that names its region
    ("MOGADISHU, June 2 – Al Shabaab fighters overran a militia base in the Jilibey area on Monday, killing nine "
     "militiamen, elders said. In Mogadishu, the government vowed to retake it. Troops were sent to the Hiran "
     "region.", "Somalia", "Hiraan"),
]


@pytest.mark.parametrize("text, country, admin1", FAR_FROM_THE_DATELINE)
def test_a_far_missing_place_takes_the_unit_the_story_names(kit, geocoder, text, country, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country and place.admin1 == admin1 and place.geo_precision > 1


AT_THE_DATELINE = [
    # a site inside the reporter's city stays there
    ("MOGADISHU – Gunmen stormed the Sahafi Lodge hotel on Friday, killing nine guests, police said. Residents of "
     "Mogadishu said the siege lasted hours. Fighting has also flared in Hiran region.", "Banadir"),
    # the unit the story names holds the city: the city stays
    ("BAGHDAD, March 3 – A bomb exploded near Dawrat al-Sulh on Tuesday, killing three people, police said. Officials "
     "in Baghdad said the blast hit a bus. Security has been tightened across Baghdad province.", "Baghdad"),
]


@pytest.mark.parametrize("text, admin1", AT_THE_DATELINE)
def test_a_site_of_the_reporters_city_stays_there(kit, geocoder, text, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.admin1 == admin1


# ------------------------------------------- a hamlet abroad does not take an event from its actors' country

HAMLETS_ABROAD = [
    # the gazetteer lacks the Central African town; its only namesake is an Indian hamlet of a few hundred people
    ("Central African soldiers clashed with rebels in Bang on Sunday, killing four, a local official said.",
     "Central African Republic"),
    ("Gunmen killed three herders near Bang on Sunday, and the Central African Republic sent troops to the area.",
     "Central African Republic"),
    ("Nigerian troops killed six bandits in a raid on Bang village on Sunday, the army said.", "Nigeria"),
]


@pytest.mark.parametrize("text, country", HAMLETS_ABROAD)
def test_a_hamlet_abroad_leaves_the_event_in_its_actors_country(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


VILLAGES_ABROAD = [
    # a village of some thousands across the border: the army strikes abroad (round nineteen's reading stays)
    ("Israeli drones struck a car in Aitaroun on Friday, killing two men, and Israel said they were militants.",
     "Lebanon"),
]


@pytest.mark.parametrize("text, country", VILLAGES_ABROAD)
def test_a_village_abroad_still_places_the_event(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country
