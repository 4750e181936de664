"""Kinds of place errors read on news passages from the Middle East, Lake Chad, CAR, Burundi and Myanmar (round
ten): a country written as where attackers came from or where people fled to taken for the event's, a town's
namesake in a country the story never names.

Every sentence here was written for these tests; each table row is one kind, never one passage. The whole
extraction runs (the event's country hint comes from it)."""

from __future__ import annotations

import pytest

from first_places import first_place


# ----------------------------------------------------------------------------- where attackers came from, people fled to

@pytest.mark.parametrize(
    "text, country",
    [
        # the attackers' country of origin, written with "from"
        ("Islamist fighters who crossed from Niger attacked an army post in Kidal on Tuesday, killing five "
         "soldiers, officials said.", "Mali"),
        ("Gunmen from Somalia attacked a police post in Mandera on Friday, killing two officers, police said.",
         "Kenya"),
        # where people fled to, closing a short list ("towards the river and X")
        ("Drones struck a market in Buthidaung on Sunday, killing 12 people, as families fled towards the river "
         "and Bangladesh, residents said.", "Myanmar"),
        ("Shelling hit Kharkiv on Monday, killing three civilians, as thousands fled towards Poland.", "Ukraine"),
    ],
)
def test_a_country_the_attackers_came_from_or_people_fled_to_is_not_the_events(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    "text, country",
    [
        # a capital or a city of a million abroad is the place as written, whatever else the text names
        ("A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing 20 people. Turkey and Qatar "
         "sent doctors to help treat the wounded.", "Somalia"),
        # a region written as such abroad stays, even when a place name contains another country's name
        ("Herders and farmers clashed in Hajir Togo and other villages of South Darfur state on Tuesday, killing "
         "at least 20 people, local officials said.", "Sudan"),
    ],
)
def test_a_namesake_in_a_country_the_story_never_names_yields(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country


# ----------------------------------------------------------------------------- names with a transliterated article

@pytest.mark.parametrize(
    "text, location, admin1",
    [
        # "ez", "ash", "ed": the Arabic article before a sun letter, written lower-case inside the name
        ("Gunmen ambushed a group of shepherds in the desert of Deir ez-Zor province on Sunday, killing six of "
         "them, a war monitor said.", "Deir ez-Zor", "Deir-ez-Zor"),
        ("Government aircraft bombed a market in Jisr ash-Shughur on Tuesday, killing nine civilians, rescuers "
         "said.", "Jisr ash-Shughur", "Idleb"),
    ],
)
def test_a_name_with_a_lower_case_arabic_article_is_read_whole(kit, geocoder, text, location, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and (place.location, place.admin1) == (location, admin1)


# ----------------------------------------------------------------------------- Cameroon's towns no packaged source had

@pytest.mark.parametrize(
    "text, location, admin1",
    [
        # a town of the Far North near the Nigerian border
        ("Two suicide bombers blew themselves up at the market in Fotokol on Friday, killing five people, the "
         "army said.", "Fotokol", "Extreme-Nord"),
        ("Jihadists raided Amchide overnight, burning homes and killing three villagers, a local official said.",
         "Amchide", "Extreme-Nord"),
        # a camp named after its place
        ("Gunmen attacked refugees in Minawao camp on Sunday, wounding two of them, the UN refugee agency "
         "said.", "Minawao", "Extreme-Nord"),
        # an Anglophone town
        ("Separatist fighters clashed with soldiers in Ndu on Thursday, leaving four fighters dead, residents "
         "said.", "Ndu", "Nord-Ouest"),
        ("Gunmen killed two plantation workers in Ekona on Saturday, the regional governor said.", "Ekona",
         "Sud-Ouest"),
    ],
)
def test_a_cameroonian_town_no_packaged_source_had_is_found(kit, geocoder, text, location, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and (place.location, place.admin1, place.country) == (location, admin1, "Cameroon")
