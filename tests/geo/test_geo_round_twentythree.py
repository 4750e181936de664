"""Kinds of place errors of geo round twenty-three: a place the text writes "on the X side of the border" (or of a
crossing, a frontier, a named river) lies in X; when the gazetteer lacks the place, the neighbour across the border
(named by the border, a town people fled to, a speaker's town) took the event's country.

Every sentence here was written for these tests; none is a passage of the benchmark sets. Near twins whose reading
must stay: the side a shell was fired from, a side written in another sentence or after "to", a town found whole.
The whole extraction runs.
"""

from __future__ import annotations

import pytest

from first_places import first_place

# the place is missing from the gazetteer; without the side's country the neighbour's town or name decided
ON_A_SIDE_OF_THE_BORDER = [
    ("Soldiers opened fire on traders at Mbakang, on the Cameroonian side of the border with Nigeria, on Tuesday, "
     "killing three, a local chief said. Many families have since crossed to Ikom in Nigeria's Cross River state.",
     "Cameroon"),
    ("Smugglers shot dead two customs guards at Bir Zayed, on the Libyan side of the border crossing with Tunisia, on "
     "Friday, a municipal official said. Tunisia closed the crossing for a day.",
     "Libya"),
    ("Gunmen stormed a market at Gorom Kayes on Monday, on the Malian side of the frontier with Burkina Faso, killing "
     "nine people, residents of Djibo said.",
     "Mali"),
]


@pytest.mark.parametrize("text, country", ON_A_SIDE_OF_THE_BORDER)
def test_a_place_on_one_side_of_the_border_is_in_that_country(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


SIDES_THAT_PLACE_NOTHING = [
    # the side a shell came from: the houses it hit are across the fence
    ("Shells fired from the Syrian side of the border hit houses in Akcakale on Monday, wounding three people, "
     "Turkish officials said.", "Turkey", "Akcakale"),
    # the side people fled to, in another sentence
    ("Gunmen ambushed a convoy near Kasese on Monday, killing four soldiers, police said. Hundreds of families later "
     "fled to camps on the Congolese side of the border.", "Uganda", "Kasese"),
    # "from the X side" after the act's town, which the gazetteer has
    ("Soldiers opened fire on traders at Ikom on Tuesday, killing three, a local chief said. Many families have since "
     "crossed from the Cameroonian side of the border.", "Nigeria", "Ikom"),
    # the side is written of the town across from the act's village, not of the village
    ("Israeli shelling hit the village of Kfar Kila on Monday, opposite Metula on the Israeli side of the border, "
     "wounding two farmers, Lebanon's state news agency said.", "Lebanon", None),
    # a place found whole on the side written stays where it is
    ("Rebels attacked Kimbwebwe village on the Congolese side of the Semliki river on Sunday, killing six farmers, a "
     "Ugandan army spokesman in Kasese said.", "Democratic Republic of Congo", None),
]


@pytest.mark.parametrize("text, country, location", SIDES_THAT_PLACE_NOTHING)
def test_a_side_not_written_of_the_place_changes_nothing(kit, geocoder, text, country, location):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country
    assert location is None or place.location == location
