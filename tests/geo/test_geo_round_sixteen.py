"""Kinds of place errors in long stories (round sixteen): a place named only in the headline left for the country;
the town the wounded were carried to ("carried across the border to the hospital in Mandera, Kenya") read as the
event's, and the country written after such a town read as the event's country.

Every sentence here was written for these tests; each table row is one kind in a different wording, never one
passage of benchmarks/geo/news-places7.jsonl, and each kind has near twins whose reading must stay. The whole
extraction runs.
"""

from __future__ import annotations

import pytest

from eventwire.extract.places import headline_places
from first_places import first_place


# ------------------------------------------------------------------------------ the headline's town

@pytest.mark.parametrize("title, names", [
    ("Suicide bomber kills 12 at Baidoa tea shop", ["Baidoa"]),
    ("Drone strike on Kharkiv apartment block kills four", ["Kharkiv"]),
    ("Quetta police mosque bombing kills 20", ["Quetta"]),
    ("Maiduguri market blast kills nine", ["Maiduguri"]),
    ("Gunmen kidnap 40 pupils in Kagara, Niger state", ["Kagara"]),
    # a headline's subject is no place; nouns that are verbs too are not read as a site
    ("Gunmen attack church during Sunday service", []),
    ("Bandits raid villages as troops withdraw", []),
    ("Sadr supporters storm parliament", []),
    # hotels bear brands and owners' names (as in the body)
    ("Sahafi hotel siege ends after 20 hours", []),
])
def test_the_towns_a_headline_names(title, names):
    assert [p.name for p in headline_places(title, (), None)] == names


HEADLINED = [
    ("Gunmen kill 12 at Mubi market", "Gunmen on motorcycles opened fire on traders at a crowded cattle market on "
     "Tuesday, killing twelve people, police said.", "Adamawa"),
    ("Bomb on Mogadishu minibus kills six",
     "A bomb hidden under a seat of a minibus exploded on Sunday, killing six passengers, police said.", "Banadir"),
    ("Kandahar mosque bombing kills 30", "A suicide bomber blew himself up among worshippers during Friday prayers, "
     "killing at least 30 people, officials said.", "Kandahar"),
]


@pytest.mark.parametrize("title, text, admin1", HEADLINED)
def test_an_event_that_names_no_place_is_placed_at_the_headlines_town(kit, geocoder, title, text, admin1):
    place = first_place(text, kit, geocoder, title=title)
    assert place is not None and place.admin1 == admin1


HEADLINE_TWINS = [
    # the event names its own town: the headline's does not replace it
    ("Violence in Borno leaves 12 dead", "Gunmen killed twelve farmers in Gwoza on Tuesday, police said.", "Gwoza"),
    # the dateline's city named again in the body stands before the headline's (a round-up's last town)
    ("A week of attacks from Mogadishu to Beledweyne",
     "MOGADISHU - A bomb exploded at a checkpoint on Sunday, killing three soldiers, police in the city said.",
     "Mogadishu"),
]


@pytest.mark.parametrize("title, text, location", HEADLINE_TWINS)
def test_the_headlines_town_stands_only_where_nothing_else_does(kit, geocoder, title, text, location):
    place = first_place(text, kit, geocoder, title=title)
    assert place is not None and place.location == location


def test_a_title_that_is_only_the_first_line_adds_no_place(kit, geocoder):
    text = "A suicide bomber blew himself up at a mosque on Friday, killing 30 people, officials said."
    place = first_place(text, kit, geocoder)
    assert place is None or place.geo_precision == 3


# ------------------------------------------------------------ the hospital the wounded were carried to, abroad

CARRIED = [
    ("Al-Shabaab fighters attacked Dolow on Monday and the wounded were carried across the border to the hospital "
     "in Mandera, Kenya, officials said.", "Somalia"),
    ("Rebels shelled Goma on Friday, and ambulances took the injured through the crossing to hospitals in Gisenyi, "
     "Rwanda, the Red Cross said.", "Democratic Republic of Congo"),
    ("Gunmen attacked Maicao's market on Sunday; three wounded men were brought to the hospital in Paraguachon, "
     "Venezuela.", "Colombia"),
]


@pytest.mark.parametrize("text, country", CARRIED)
def test_the_hospital_abroad_and_its_country_are_not_the_events(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


CARE_TWINS = [
    # an attack on the hospital itself, and one beside it
    ("Paramilitary fighters stormed the hospital in El Fasher on Saturday, killing four patients, doctors said.",
     "North Darfur"),
    ("A car bomb exploded close to the hospital in Kismayo on Thursday, killing two guards, police said.",
     "Lower Juba"),
]


@pytest.mark.parametrize("text, admin1", CARE_TWINS)
def test_an_act_at_or_beside_a_hospital_stays_there(kit, geocoder, text, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.admin1 == admin1


# ------------------------------------------------------------------------------ a town taken back

RETAKEN = [
    ("Government troops took back Damboa on Monday after two days of fighting with insurgents, the army said.",
     "Damboa"),
    ("The army said on Sunday it had liberated Bama from Boko Haram fighters after a night of heavy clashes.",
     "Bama"),
    ("Ukrainian forces won back Kherson on Friday after Russian troops pulled out across the river.", "Kherson"),
]


@pytest.mark.parametrize("text, location", RETAKEN)
def test_a_town_taken_back_is_the_events_place(kit, geocoder, text, location):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.location == location


@pytest.mark.parametrize("text, cue", [
    ("Warplanes bombed the airport on Tuesday, forcing flights to be diverted to Misrata.", "destination"),
    ("Two planes were rerouted to Entebbe after the shelling.", "destination"),
    # the act's own verbs keep their cue
    ("Fighters stormed Misrata's port on Tuesday.", "in"),
])
def test_where_flights_were_diverted_is_a_destination(kit, text, cue):
    from eventwire.extract.places import find_places

    places = find_places(text, country_by_name=kit.country_by_name)
    assert places and places[-1].cue == cue


# ------------------------------------------------- the dateline city over places people were only sent to

def test_the_dateline_city_named_again_beats_a_destination(kit, geocoder):
    text = ("TRIPOLI - Warplanes bombed the Mitiga airport on Tuesday, forcing flights to be diverted to Misrata, "
            "officials in the capital said.")
    place = first_place(text, kit, geocoder)
    assert place is not None and place.location == "Tripoli"


def test_a_destination_stands_when_the_dateline_is_not_named_again(kit, geocoder):
    text = ("TRIPOLI - Warplanes bombed the Mitiga airport on Tuesday, forcing flights to be diverted to Misrata, "
            "airline officials said.")
    place = first_place(text, kit, geocoder)
    assert place is not None and place.location == "Misrata"
