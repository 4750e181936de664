"""Kinds of place error read in the new-voice material and the dev pool (round twenty): a security brief's dated
bullet names the area it covers before a colon ("- Feb 10 – Kebbi: bandits abducted 14 farmers"), and when the line's
sentence names no other place the event went to the country's centre (admin1 None) or to no place at all; a road named
by its two ends joined by a dash ("the Damascus–Sweida highway") gave its first end as the act's town.

Every sentence here was written for these tests; none is a passage of the benchmark sets. Each reading has near twins
whose reading must stay (a town the line names after a cue, a label that is no date's, a date inside a sentence).
"""

from __future__ import annotations

import pytest

from eventwire.extract.places import find_places
from first_places import first_place


# ------------------------------------------------------------- extraction: the label of a dated line is a region

DATED_LABELS = [
    ("- Feb 10 – Kebbi: Suspected bandits abducted 14 farmers, police said.", "Kebbi"),
    ("12 Mar - Borno State: ISWAP fighters ambushed a convoy, killing four soldiers.", "Borno"),
    ("• Apr 3 — Tillaberi: Gunmen killed 11 villagers at a weekly market.", "Tillaberi"),
    ("* June 5, 2024 - Cabo Delgado: Insurgents burned houses and beheaded two men.", "Cabo Delgado"),
    # (extraction leaves a compass word to geo, which reads it back: "North Kivu" → Nord-Kivu)
    ("Weekly brief.\n- Sept. 14 – North Kivu: ADF rebels killed nine civilians with machetes.", "Kivu"),
]


@pytest.mark.parametrize("text, name", DATED_LABELS)
def test_a_dated_lines_label_is_a_region_mention(text, name):
    found = [(p.name, p.cue) for p in find_places(text)]
    assert (name, "region") in found


NOT_LABELS = [
    # a label with no date: a brief's sector heading as often as a place ("Health:", "Protection:")
    ("- Kebbi: Suspected bandits abducted 14 farmers, police said.", "Kebbi"),
    # a date inside a sentence, not opening its line
    ("Police said on Feb 10 - Kebbi: bandits abducted 14 farmers.", "Kebbi"),
    # no colon after the name
    ("- Feb 10 – Kebbi police said bandits abducted 14 farmers.", "Kebbi"),
]


@pytest.mark.parametrize("text, name", NOT_LABELS)
def test_a_name_that_is_no_dated_label_is_not_read_as_one(text, name):
    assert (name, "region") not in [(p.name, p.cue) for p in find_places(text)]


# ------------------------------------------------------------------------ geo: the event's admin1 from the label

BULLETS = [
    ("Security brief, north-west Nigeria.\n- Feb 10 – Kebbi: Suspected bandits abducted 14 farmers and killed two "
     "vigilantes; police said a rescue operation was under way.", "Nigeria", "Kebbi"),
    ("Security brief, north-east Nigeria.\n- 12 Mar - Borno: ISWAP fighters ambushed a military convoy, killing four "
     "soldiers, sources said.", "Nigeria", "Borno"),
    ("Weekly incident summary.\n- Mar 22 – Zamfara: Gunmen stormed a village at dawn and killed nine residents, the "
     "police said.", "Nigeria", "Zamfara"),
]


@pytest.mark.parametrize("text, country, admin1", BULLETS)
def test_a_bullets_label_places_its_event(kit, geocoder, text, country, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country and place.admin1 == admin1


TOWN_IN_THE_LINE = [
    # the line's own town after a cue outranks its label (precision 1, the town's admin1)
    ("Security brief, north-west Nigeria.\n- Feb 11 – Zamfara: Troops repelled an attack on Tsafe, killing several "
     "gunmen, the army said.", "Tsafe", "Zamfara"),
    # a label that is no place leaves the town the line names
    ("Daily digest.\n- Feb 10 – Update: Gunmen killed five people in Kano on Monday, police said.", "Kano", "Kano"),
]


@pytest.mark.parametrize("text, location, admin1", TOWN_IN_THE_LINE)
def test_a_town_the_line_names_stays_the_place(kit, geocoder, text, location, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.location == location and place.admin1 == admin1 and place.geo_precision == 1


# --------------------------------------------- a road named by its two ends joined by a dash, as by a hyphen

DASHED_ROADS = [
    ("Gunmen abducted 14 travellers on the Kaduna–Abuja highway near Katari on Monday, police said.", "Kaduna-Abuja"),
    ("Bandits ambushed a bus on the Makurdi—Lafia road on Friday, killing three passengers.", "Makurdi-Lafia"),
    ("A roadside bomb hit an army truck on the Kaya–Dori axis on Sunday, the army said.", "Kaya-Dori"),
    ("Protesters burned tyres on the Nakuru–Eldoret Highway on Tuesday, police said.", "Nakuru-Eldoret"),
]


@pytest.mark.parametrize("text, name", DASHED_ROADS)
def test_a_road_named_by_ends_joined_by_a_dash_is_read_as_with_a_hyphen(text, name):
    assert (name, "near") in [(p.name, p.cue) for p in find_places(text)]


NO_DASHED_ROAD = [
    # a hyphen, read as before
    ("Gunmen abducted 14 travellers on the Kaduna-Abuja highway near Katari on Monday, police said.", "Kaduna-Abuja"),
    # a dash that joins no road's ends: the town alone
    ("Fighting spread in Goma–residents fled towards the lake on Monday, witnesses said.", "Goma"),
    # a dash before a name that is no road's
    ("Gunmen attacked Kaduna–Abuja traffic on Monday, police said.", None),
]


@pytest.mark.parametrize("text, name", NO_DASHED_ROAD)
def test_a_dash_that_joins_no_roads_ends_leaves_the_name(text, name):
    names = [p.name for p in find_places(text)]
    assert not any("-" in n and n != name for n in names) and (name is None or name in names)


ROAD_THEN_TOWN = [
    # the road's first end is no event town: the act's own town named next (the hyphen reading geo has)
    ("Druze gunmen and Bedouin fighters clashed on Sunday at a checkpoint on the Damascus–Sweida highway and then in "
     "the streets of Sweida city through the night, monitors said.", "As-Sweida"),
    ("Gunmen abducted 20 passengers at a roadblock on the Abuja–Kaduna highway outside Kaduna on Monday, police "
     "said.", "Kaduna"),
]


@pytest.mark.parametrize("text, admin1", ROAD_THEN_TOWN)
def test_a_dashed_roads_first_end_is_not_the_event_town(kit, geocoder, text, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.admin1 == admin1
