"""Merging round eighteen: a neighbourhood is its town's, a state is not its capital's district, and a village
written in its local government area is not a namesake in another state.

- "attacked a neighbourhood of Diffa": the unit word "neighbourhood" made the town a region (precision 3), where
  the region-level wire of another attack sat; an unnamed part of a town is in the town, as a named one already was.
- "in Katsina state": the state (ADM1) and the capital's LGA (ADM2) of one name tied on score and the better
  documented LGA won, so a state-wide report became a district report at the capital (precision 2).
- "Unguwar Sarki village in Faskari local government area": the village went to a namesake in Kaduna state though
  its LGA is written; the LGA written after the settlement word now bounds the village as "X, in Y state" does.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from first_places import first_place


@pytest.mark.parametrize(("text", "town", "precision"), [
    ("Gunmen attacked a neighbourhood of Diffa on Monday night, killing five civilians, the governor said.",
     "Diffa", 1),
    ("Mortar shells hit a residential neighbourhood of Taiz on Tuesday, killing three children.", "Taiz", 1),
    ("Jihadists shelled a crowded neighborhood of Gao on Monday, killing four civilians.", "Gao", 1),
    # twins: a named neighbourhood was read so before; a region stays a region
    ("Gunmen killed five people in the Hamdallaye neighbourhood of Bamako on Tuesday, police said.", "Bamako", 1),
    ("Jihadists killed 14 herders in Niger's Diffa region on Tuesday, a local official said.", "Diffa", 3),
])
def test_a_neighbourhood_of_a_town_is_the_town(kit, geocoder, text, town, precision):
    place = first_place(text, kit, geocoder, published="2025-06-03")
    assert place is not None and place.location == town and place.geo_precision == precision


@pytest.mark.parametrize(("text", "admin1", "precision"), [
    ("Armed bandits killed 23 villagers in an attack in Katsina state on Tuesday, a local official said.",
     "Katsina", 3),
    ("Gunmen killed three traders in Gombe state on Sunday, the police said.", "Gombe", 3),
    # twins: a state with no district of its name was read so before; the capital itself stays a town
    ("Armed bandits killed 12 villagers in an attack in Kaduna state on Sunday, a local official said.", "Kaduna", 3),
    ("Gunmen shot dead three policemen at a checkpoint in Katsina on Tuesday, police said.", "Katsina", 1),
])
def test_a_state_named_like_its_capital_is_the_state(kit, geocoder, text, admin1, precision):
    place = first_place(text, kit, geocoder, published="2025-02-12")
    assert place is not None and place.admin1 == admin1 and place.geo_precision == precision


@pytest.mark.parametrize(("text", "admin1", "location"), [
    ("Twenty-three farmers died when bandits raided Unguwar Sarki village in Faskari local government area on Tuesday.",
     "Katsina", "Faskari"),
    ("Twenty-three farmers died when bandits raided Unguwar Sarki village in Faskari LGA on Tuesday.",
     "Katsina", "Faskari"),
    # twins: the LGA of the village's own namesake keeps it; with no unit written the namesake stands
    ("Twenty-three farmers died when bandits raided Unguwar Sarki village in Kaduna North local government area.",
     "Kaduna", "Unguwar Sarki"),
    ("Twenty-three farmers died when bandits raided Unguwar Sarki village on Tuesday, residents said.",
     "Kaduna", "Unguwar Sarki"),
])
def test_a_village_written_in_its_lga_is_not_a_namesake_in_another_state(kit, geocoder, text, admin1, location):
    place = first_place(text, kit, geocoder, published="2025-02-12")
    assert place is not None and place.admin1 == admin1 and place.location == location
