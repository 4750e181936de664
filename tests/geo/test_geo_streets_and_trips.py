"""Names that are not where an event happened: a street named after another town ("Murree road in Rawalpindi"),
where someone was going ("ahead of a visit to his home town of Daura": near the event, not its place), and the particle that opens a Tamasheq or
Arabic name ("Tin-" of "Tin-Hama" is no place alone).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.countries import country_by_name
from eventwire.extract.places import find_places, rank_places
from eventwire.geo.names import name_parts


def cues(sentence: str) -> dict[str, str]:
    return {p.name: p.cue for p in find_places(sentence, country_by_name=country_by_name)}


@pytest.mark.parametrize(
    "sentence, street_town, town",
    [
        ("Lawyers marched on Mall road in Lahore to demand the judge's release.", "Mall", "Lahore"),
        ("Shopkeepers protested on Murree Road in Rawalpindi on Tuesday.", "Murree", "Rawalpindi"),
        ("Police dispersed a sit-in on Jinnah Avenue in Islamabad.", "Jinnah", "Islamabad"),
        ("Gunmen shot a trader on the Kano road of Zaria late on Friday.", "Kano", "Zaria"),
        ("Students blocked Nairobi Street in the city of Kisumu.", "Nairobi", "Kisumu"),
    ],
)
def test_a_street_named_after_a_town_inside_another_town_is_no_place(sentence, street_town, town):
    found = cues(sentence)
    assert street_town not in found and found[town] == "in"


@pytest.mark.parametrize(
    "sentence, road_town",
    [
        ("A bus was ambushed on the Maiduguri road outside Konduga.", "Maiduguri"),
        ("Bandits attacked travellers on the Srinagar-Jammu highway.", "Srinagar-Jammu"),
    ],
)
def test_a_road_between_towns_still_names_them(sentence, road_town):
    assert road_town in cues(sentence)


@pytest.mark.parametrize(
    "sentence, going_to, place",
    [
        ("Gunmen ambushed an advance convoy near Funtua, ahead of a visit by Buhari to his home town of Daura.",
         "Daura", "Funtua"),
        ("A supply convoy struck a mine near Tessalit on its way to Kidal.", "Kidal", "Tessalit"),
        ("Militants stopped a bus near Konduga heading to Maiduguri.", "Maiduguri", "Konduga"),
        ("An attack in Ansongo cut short the governor's trip to Gao.", "Gao", "Ansongo"),
        ("Soldiers were ambushed outside Anderamboukane, en route to Menaka.", "Menaka", "Anderamboukane"),
    ],
)
def test_where_someone_was_going_is_near_the_event_not_its_place(sentence, going_to, place):
    found = cues(sentence)
    assert found[going_to] == "near" and found[place] in ("in", "near")
    assert [p.name for p in rank_places(find_places(sentence, country_by_name=country_by_name))][0] == place


@pytest.mark.parametrize("sentence, town", [
    ("Gunmen attacked Daura on Tuesday night.", "Daura"),
    ("A visitor was shot in Gao on Monday.", "Gao"),
])
def test_a_plain_place_is_not_a_destination(sentence, town):
    assert cues(sentence)[town] == "in"


@pytest.mark.parametrize("name", ["Tin-Hama", "In-Delimane", "Kafr-Nabl", "Ras-Kamboni", "Ain-Issa", "Bir-Gandouz"])
def test_a_name_opened_by_a_particle_is_not_split(name):
    assert all(part not in name.split("-") for part, _cue in name_parts(name))


@pytest.mark.parametrize("name, part", [("Beirut-Rmeil", "Beirut"), ("Pama-Madjoari", "Madjoari")])
def test_other_hyphenated_names_still_split(name, part):
    assert part in [p for p, _cue in name_parts(name)]


@pytest.mark.parametrize(
    "sentence, part, city",
    [
        ("Clashes erupted in the Sheikh Maqsoud neighbourhood of Aleppo on Monday.", "Sheikh Maqsoud", "Aleppo"),
        ("An airstrike hit the Shujaiya neighbourhood of Gaza City at dawn.", "Shujaiya", "Gaza City"),
        ("A bomb exploded in the Hamarweyne neighbourhood of Mogadishu.", "Hamarweyne", "Mogadishu"),
        ("Police raided homes in the Kibera neighborhood of Nairobi.", "Kibera", "Nairobi"),
    ],
)
def test_the_city_a_named_neighbourhood_belongs_to_is_the_place(sentence, part, city):
    found = cues(sentence)
    assert found[city] == "in" and found.get(part) != "in"


@pytest.mark.parametrize("sentence, unit", [
    ("Fighting spread across the district of Kidal.", "Kidal"),
    # a governorate's district as often as a city's: the unit stays a region
    ("Artillery hit villages in the Soran district of Erbil.", "Erbil"),
])
def test_a_district_of_a_unit_is_still_a_region(sentence, unit):
    assert cues(sentence)[unit] == "region"


@pytest.mark.parametrize(
    "sentence, town",
    [
        ("Gunmen attacked the outskirts of Kaya before dawn.", "Kaya"),
        ("Fighting reached the suburbs of Omdurman on Friday.", "Omdurman"),
        ("Shells fell on the edge of El Fasher overnight.", "El Fasher"),
        ("Troops dug trenches in the environs of Djibo.", "Djibo"),
        ("Militants massed on the outskirts of Hodeidah.", "Hodeidah"),
    ],
)
def test_the_outskirts_of_a_town_are_near_it(sentence, town):
    assert cues(sentence)[town] == "near"


@pytest.mark.parametrize("sentence, town", [
    ("Three traders were abducted by gunmen on their way to Gusau.", "Gusau"),
    ("Residents blocked roads ahead of the president's visit to Kisumu.", "Kisumu"),
])
def test_where_someone_was_going_places_an_event_that_names_no_other_town(sentence, town):
    found = cues(sentence)
    assert list(found) == [town] and found[town] == "near"


@pytest.mark.parametrize("sentence, abbreviation", [
    ("On Jan 10, police dispersed a march in Basra.", "Jan"),
    ("Sinjar, Nov 14 – Forensic teams began work near Sinjar.", "Nov"),
])
def test_a_month_abbreviation_is_no_place(sentence, abbreviation):
    assert abbreviation not in cues(sentence)


@pytest.mark.parametrize(
    "sentence, talks_town, place",
    [
        ("Strikes killed 38 people across the Gaza Strip on Saturday as ceasefire talks in Cairo stalled.",
         "Cairo", None),
        ("Fighting raged in El Fasher on Monday, days before peace talks in Jeddah were due to resume.",
         "Jeddah", "El Fasher"),
        ("M23 rebels shelled Sake on Friday while negotiations in Doha remained frozen.", "Doha", "Sake"),
        ("The attack on Kidal came as mediators met at a summit in Algiers.", "Algiers", "Kidal"),
        ("A suicide bomber struck a market in Baidoa as talks held in Nairobi dragged on.", "Nairobi", "Baidoa"),
        ("Houthi drones hit an oil terminal in Shabwa on the day of the peace conference in Muscat.",
         "Muscat", "Shabwa"),
    ],
)
def test_where_talks_were_held_is_the_weakest_cue(sentence, talks_town, place):
    found = cues(sentence)
    assert found[talks_town] == "destination"
    assert place is None or found[place] == "in"


@pytest.mark.parametrize(
    "sentence, town",
    [
        ("Gunmen attacked a meeting of farmers in Kaura on Sunday.", "Kaura"),  # meetings are often the target
        ("Protesters gathered outside the talks venue in Kampala.", "Kampala"),
        ("Police fired tear gas at students in Harare on Tuesday.", "Harare"),
    ],
)
def test_other_towns_of_the_same_sentence_keep_their_cue(sentence, town):
    assert cues(sentence)[town] == "in"
