"""Kinds of place errors of geo round twenty-two: a unit written beside one town of a story lifted that town over the
act's own town in the same unit; a village the text names, missing at home, took a bureau's story abroad to a district
seat of its name; a town written by the common name of the unit it is the seat of (an alternate name of its own) lost
to a hamlet abroad whose main name that is.

Every sentence here was written for these tests; none is a passage of the benchmark sets. Each reading has near twins
whose reading must stay. The whole extraction runs.
"""

from __future__ import annotations

import pytest

from eventwire.extract import extract_events
from eventwire.geo import geocode_draft
from eventwire.ingest.jsonl import parse_jsonl_line
from first_places import first_place


def place_of(text: str, kit, geocoder, sub_event_type: str):
    """The place of the first event of ``sub_event_type`` the extraction reads in ``text``."""
    article = parse_jsonl_line({"text": text, "published": "2024-05-02", "title": ""})
    drafts = [d for d in extract_events(article, kit) if d.sub_event_type == sub_event_type]
    assert drafts, f"no {sub_event_type} read"
    return geocode_draft(drafts[0], article, geocoder).place


# ------------------------------- a unit written beside one town holds the act's own town in it as well

ACT_TOWN_IN_THE_SAME_UNIT = [
    # the unit is written beside the town of an earlier clash; the strike is outside another town of that region
    ("BAHIR DAR, Ethiopia, May 1 – Militia fighters attacked army posts in the town of Debre Tabor in Ethiopia's "
     "Amhara region on Monday, residents said. The fighting lasted until dawn.\nOn Tuesday, in Amhara, a drone "
     "strike hit a lorry on the road outside Nefas Mewcha, about 60 kilometres east of Debre Tabor, killing five "
     "passengers, a relative said.",
     "Air/drone strike", "Nefas Mewcha"),
    ("BAHIR DAR, Ethiopia, May 1 – Fighters stormed the town of Finote Selam in Ethiopia's Amhara region on Sunday, "
     "witnesses said.\nA day later, in Amhara, a drone strike hit a market outside Dangila, about 80 kilometres "
     "north of Finote Selam, killing seven people, a doctor said.",
     "Air/drone strike", "Dangila"),
]


@pytest.mark.parametrize("text, sub_event_type, town", ACT_TOWN_IN_THE_SAME_UNIT)
def test_a_unit_beside_one_town_holds_the_acts_own_town(kit, geocoder, text, sub_event_type, town):
    place = place_of(text, kit, geocoder, sub_event_type)
    assert place is not None and place.location == town and place.admin1 == "Amhara"


OTHER_UNIT_STAYS_BEHIND = [
    # the act's town lies outside the unit written beside the other town: the written unit still wins (round sixteen)
    ("JUBA, South Sudan, May 1 – Gunmen attacked the town of Yirol in South Sudan's Lakes state on Sunday, killing "
     "six cattle keepers, the county commissioner said. Youths later gathered in Wau.", "Lakes"),
]


@pytest.mark.parametrize("text, admin1", OTHER_UNIT_STAYS_BEHIND)
def test_the_written_unit_still_beats_a_town_outside_it(kit, geocoder, text, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.admin1 == admin1


# ------------------------------- a village missing at home is no district seat abroad

VILLAGES_AT_HOME = [
    # the gazetteer lacks the South Sudanese village; its name is an Indian district seat of some 50,000 people
    ("JUBA, May 1 – Cattle raiders killed nine herders near the village of Gumla on Sunday, the county commissioner "
     "said. Youths from Gogrial later chased the raiders.", "South Sudan"),
    ("JUBA, May 1 – Armed youths burned huts in the village of Simdega on Saturday and drove off cattle, a local "
     "official said.", "South Sudan"),
]


@pytest.mark.parametrize("text, country", VILLAGES_AT_HOME)
def test_a_village_missing_at_home_stays_at_home(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


SEATS_ABROAD = [
    # a large city abroad written as a town still takes a bureau's story there (round sixteen's reading stays)
    ("NAIROBI, May 1 – Al Shabaab fighters attacked the town of Kismayo on Sunday, killing six soldiers, officials "
     "said.", "Somalia"),
]


@pytest.mark.parametrize("text, country", SEATS_ABROAD)
def test_a_major_town_abroad_still_takes_the_story(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


# ------------------------------- a town's common name is the main name of the unit it is the seat of

SEATS_BY_THE_UNITS_NAME = [
    # GeoNames' town is "Janin"; "Jenin" is the governorate's main name, and a Polish hamlet's
    ("Soldiers raided Jenin on Sunday, killing two men, witnesses said.", "Palestine"),
    ("Troops stormed a house in Jenin before dawn on Tuesday and shot dead a teenager, his family said.", "Palestine"),
]


@pytest.mark.parametrize("text, country", SEATS_BY_THE_UNITS_NAME)
def test_a_seat_written_by_its_units_name_is_that_town(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


NAMESAKES_PLACED_BY_THE_TEXT = [
    # the text names the hamlet's country: it stays there
    ("Gunmen killed two farmers near Jenin in western Poland on Sunday, police said.", "Poland"),
]


@pytest.mark.parametrize("text, country", NAMESAKES_PLACED_BY_THE_TEXT)
def test_a_namesake_the_text_places_stays(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


TOWN_NAMES_FROM_ITS_UNIT = [
    # (written name, the seat town's name in the gazetteer, whether the written name counts as the town's main name)
    ("Jenin", "Janīn", True),  # a respelling of the town's own name: the governorate's name is the town's
    ("Andarab", "Banū", False),  # a district named otherwise than its seat lends the town no name
    ("Piedra Blanca", "San José", False),
]


@pytest.mark.parametrize("written, town, main", TOWN_NAMES_FROM_ITS_UNIT)
def test_a_seat_takes_its_units_name_only_as_a_respelling(geocoder, written, town, main):
    found = [c for c in geocoder.candidates(written, None, limit=10) if c.entry.name == town]
    assert found and found[0].main_name is main
