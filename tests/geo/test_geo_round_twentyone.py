"""Kinds of place errors of geo round twenty-one: a story that names no country (or only an actor's, or one in
passing) about a town with a small namesake abroad. Namesakes whose scores lie within the vote's margin were never
told apart by population, so the village abroad named exactly so ("Jenin", Poland) outranked the town many more
people live in (Janīn, the West Bank), and a country named in a sport item held a strike in Bangui.

Every sentence here was written for these tests; none is a passage of the benchmark sets. Each reading has near twins
whose reading must stay (a place ACLED coded, namesakes of like size, a vowel added rather than changed). The whole
extraction runs.
"""

from __future__ import annotations

import pytest

from eventwire.extract import ExtractionKit
from eventwire.geo.names import same_consonants
from first_places import first_place


@pytest.fixture(scope="module")
def kit() -> ExtractionKit:
    return ExtractionKit.load()


# --------------------------------------------- namesakes within the vote's margin: the far larger town decides

LARGER_TOWN = [
    # no country at all: the West Bank's Janīn (spelt "Jenin" in English) over a Polish village named Jenin
    ("Soldiers raided Jenin before dawn on Thursday and killed two young men, local medics said.",
     "Palestine", "West Bank"),
    # only the army's country: its place lies abroad, as written
    ("Israeli soldiers shot dead a man during an arrest raid in Jenin on Monday, the army said.",
     "Palestine", "West Bank"),
    # a country named in another item of a round-up: the capital of the Central African Republic, not a
    # Philippine village of that name
    ("Traders in Bangui shut their shops on Tuesday to protest a new tax, and police dispersed them with tear gas. "
     "In football, Chad drew with Sudan.", "Central African Republic", "Bangui"),
]


@pytest.mark.parametrize("text, country, admin1", LARGER_TOWN)
def test_the_far_larger_namesake_decides_a_story_without_its_country(kit, geocoder, text, country, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country and place.admin1 == admin1


NAMESAKES_LEFT = [
    # a place ACLED coded: its figure counts events, not people (Kenya's Mombasa is a respelling of its name)
    ("Militiamen attacked a camp for displaced people near Mambasa on Saturday, killing eight, a local official "
     "said.", "Democratic Republic of Congo"),
    # a conflict town coded many times over a larger namesake abroad (merging round eleven)
    ("Insurgents attacked the town of Palma on Wednesday, burning dozens of homes, residents said.", "Mozambique"),
    # two large namesakes: as before
    ("Rival militias clashed in Tripoli on Friday, killing six people, a hospital official said.", "Libya"),
    # a vowel added is another name ("Samar" is no Samara): the Ukrainian town spelt so stays
    ("Gunmen shot dead two soldiers at a checkpoint in Samar on Sunday, the army said.", "Ukraine"),
    # a town found at home is not moved by a larger namesake
    ("Gunmen killed four people at a market in Bangui on Sunday, a police officer said.",
     "Central African Republic"),
]


@pytest.mark.parametrize("text, country", NAMESAKES_LEFT)
def test_namesakes_population_does_not_tell_apart_stay(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


@pytest.mark.parametrize("written, own, same", [
    ("Jenin", "Janīn", True),
    ("Khan Younis", "Khān Yūnis", True),
    ("Qatana", "Katana", True),
    ("Samar", "Samara", False),
    ("Bendera", "Bender", False),
    ("Bani", "Boni", False),  # too short a frame to tell
])
def test_a_respelling_changes_vowels_only(written, own, same):
    assert same_consonants(written, own) is same


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
