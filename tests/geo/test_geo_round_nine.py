"""Kinds of place errors read on news passages from places our sets covered least (round nine): towns, camps and
border villages no packaged gazetteer had, a bureau's dateline far from the event, a close spelling in the
bureau's country, "in central X", both towns of "the road between A and B", ACLED's Ethiopian region names.

Every sentence here was written for these tests; each table row is one kind, never one passage."""

from __future__ import annotations

import csv
import io
from datetime import date
from importlib import resources

import pytest

from eventwire.countries import country_by_name
from eventwire.extract.places import find_places
from eventwire.geo import geocode_draft
from eventwire.geo.embedded import WRITTEN_KINDS
from eventwire.geo.resolve import distance_km
from eventwire.ingest.jsonl import parse_jsonl_line
from eventwire.records import EventDraft, Span

# A written place lies this close to its country's representative point at most (South Sudan and Sudan are
# about 1,500 km across; a point typed with a wrong sign or swapped coordinates lands thousands of km away).
MAX_KM_FROM_COUNTRY_POINT = 1_200.0


def located(text: str, geocoder, published: str = "2024-05-02"):
    """The place geo gives a draft whose mentions are every place the text names (dateline read as ingest does)."""
    article = parse_jsonl_line({"text": text, "published": published, "title": ""})
    mentions = tuple(find_places(article.text, country_by_name=country_by_name))
    if article.dateline and article.dateline.place:
        mentions = tuple(m for m in mentions if m.span.start >= article.dateline.span.end)
    draft = EventDraft(article_id=article.id, event_date=date(2024, 5, 1), time_precision=1, event_type="Battles",
                       sub_event_type="Armed clash", place_mentions=mentions)
    return geocode_draft(draft, article, geocoder).place


def written_places() -> list[dict[str, str]]:
    text = resources.files("eventwire.data").joinpath("geo/written_places.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


# ----------------------------------------------------------------------------- places no packaged source has

@pytest.mark.parametrize(
    "text, location, admin1, country",
    [
        # a county seat of South Sudan (the packaged sources knew 23 of its towns)
        ("Armed youths raided cattle camps in Ulang on Tuesday, a local official said.", "Ulang", "Upper Nile",
         "South Sudan"),
        ("Soldiers and rebels exchanged fire in Lankien overnight, the county commissioner said.", "Lankien",
         "Jonglei", "South Sudan"),
        ("Two aid workers were shot dead near Mayom on Sunday, the UN said.", "Mayom", "Unity", "South Sudan"),
        # a camp for the displaced in Darfur, written with or without the word camp
        ("Shells landed in the Abu Shouk camp on Friday, killing four residents, medics said.", "Abu Shouk",
         "North Darfur", "Sudan"),
        ("Paramilitary fighters looted the market in Kalma on Monday.", "Kalma", "South Darfur", "Sudan"),
        # a Lebanese border village, in its governorate as ACLED writes it
        ("An Israeli drone struck a motorcycle in Odaisseh on Thursday, killing its rider.", "Odaisseh",
         "Nabatieh", "Lebanon"),
        ("Israeli artillery shelled the outskirts of Alma al-Shaab on Saturday.", "Alma al-Shaab", "South",
         "Lebanon"),
    ],
)
def test_a_place_no_packaged_source_had_is_found(geocoder, text, location, admin1, country):
    place = located(text, geocoder)
    assert place is not None and (place.location, place.admin1, place.country) == (location, admin1, country)


@pytest.mark.parametrize("row", written_places(), ids=lambda row: row["location"])
def test_every_written_place_lies_in_its_country_and_one_of_its_units(geocoder, row):
    point = geocoder.gazetteer.country_point(row["iso3"])
    assert point is not None
    assert distance_km(point, (float(row["latitude"]), float(row["longitude"]))) < MAX_KM_FROM_COUNTRY_POINT
    units = {unit.name for unit in geocoder.gazetteer.admin_units(row["iso3"]) if unit.feature_code == "ADM1"}
    assert row["admin1"] in units


@pytest.mark.parametrize("row", written_places(), ids=lambda row: row["location"])
def test_a_written_place_neither_repeats_a_packaged_one_nor_shadows_a_larger_town(geocoder, row):
    """A spelling the packaged sources already give a place of the same country adds nothing; a county seat
    named like a larger town abroad would win a story with no country ("Boma" is a Congolese city)."""
    for name in [row["location"], *filter(None, row["also"].split("|"))]:
        packaged = [c.entry for c in geocoder.candidates(name, None, limit=20)
                    if c.match == "exact" and c.entry.source != "written"]
        assert not [e for e in packaged if e.iso3 == row["iso3"]], name
        if row["kind"] == "county":
            assert not [e for e in packaged if e.population > WRITTEN_KINDS["county"][1]], name


# ----------------------------------------------------------------------------- a bureau's dateline far from the event

@pytest.mark.parametrize(
    "text, country",
    [
        # the story never names the event's country; its places are seats of one country only
        ("N'DJAMENA, Chad (AFP) - Militiamen burned homes in Nyala on Wednesday, witnesses said. Thousands fled "
         "across the border into Chad.", "Sudan"),
        ("NAIROBI, Kenya - Gunmen attacked a cattle camp near Akobo on Monday, killing six herders.", "South Sudan"),
        # a close spelling of the event's town in the bureau's country is no evidence against the town itself
        ("CAIRO (Reuters) - Drones struck a market in El Fasher on Sunday, killing nine people, medics said.",
         "Sudan"),
    ],
)
def test_a_bureaus_dateline_yields_to_the_one_country_the_storys_places_lie_in(geocoder, text, country):
    place = located(text, geocoder)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    "text, not_country",
    [
        # "As Sukhnah" is a Syrian town and a Yemeni district: from a Beirut bureau it is not sent to Yemen
        ("BEIRUT, Lebanon - Warplanes bombed hideouts in the desert near As Sukhnah overnight, a monitor said.",
         "Yemen"),
        # a Lebanese village the gazetteer lacks has a Saudi namesake; a Burkinabe one, a Turkish namesake
        ("BEIRUT, Lebanon - A drone struck a house in Shaqra on Tuesday, killing two men.", "Saudi Arabia"),
        ("OUAGADOUGOU, Burkina Faso - Gunmen killed dozens of villagers in Solhan overnight.", "Turkey"),
    ],
)
def test_a_village_with_a_namesake_abroad_does_not_move_the_story(geocoder, text, not_country):
    place = located(text, geocoder)
    assert place is None or place.country != not_country


# ----------------------------------------------------------------------------- how the text writes the place

@pytest.mark.parametrize(
    "sentence, name",
    [
        ("A car bomb tore through a market in central Baghdad on Thursday.", "Baghdad"),
        ("Protesters blocked traffic in downtown Kabul, witnesses said.", "Kabul"),
        ("Gunfire was heard in central Mogadishu late on Sunday.", "Mogadishu"),
    ],
)
def test_a_city_written_with_central_or_downtown_is_read(sentence, name):
    assert name in {m.name for m in find_places(sentence, country_by_name=country_by_name)}


@pytest.mark.parametrize(
    "sentence, first, second",
    [
        ("Separatists ambushed a convoy on the road between Bamenda and Bali on Monday.", "Bamenda", "Bali"),
        ("Militants burned two lorries on the highway linking Macomia and Mocimboa da Praia.", "Macomia",
         "Mocimboa da Praia"),
        ("Gunmen robbed travellers on the stretch between the towns of Ambo and Guder.", "Ambo", "Guder"),
    ],
)
def test_both_towns_of_a_road_between_two_are_read(sentence, first, second):
    names = [m.name for m in find_places(sentence, country_by_name=country_by_name)]
    assert first in names and second in names and names.index(first) < names.index(second)


@pytest.mark.parametrize(
    "text, location",
    [
        # ACLED codes a road event at the first town; the second stands in when the first is unknown
        ("BAMENDA - Separatists ambushed soldiers on the road between Bamenda and Bali on Monday.", "Bamenda"),
        ("Separatists ambushed soldiers on the road between Kelmbouti and Bali, in the North-West region, "
         "on Monday.", "Bali"),
    ],
)
def test_a_road_event_is_placed_at_its_first_known_town(geocoder, text, location):
    place = located(text, geocoder)
    assert place is not None and place.location == location


def test_clashes_between_two_armed_groups_name_no_second_place():
    sentence = "Clashes between Fano and the army were reported, residents said."
    assert "army" not in {m.name.lower() for m in find_places(sentence, country_by_name=country_by_name)}


# ----------------------------------------------------------------------------- ACLED's names of Ethiopia's regions

@pytest.mark.parametrize(
    "text, admin1",
    [
        ("Gunmen abducted bus passengers near Nekemte on Tuesday, officials said.", "Oromia"),
        ("Militiamen attacked farmers in Assosa, Ethiopia, on Friday.", "Benshangul/Gumuz"),
        ("Fano fighters clashed with soldiers in Gondar, Ethiopia, on Sunday.", "Amhara"),
    ],
)
def test_ethiopian_regions_are_written_as_acled_writes_them(geocoder, text, admin1):
    place = located(text, geocoder)
    assert place is not None and place.admin1 == admin1


# ----------------------------------------------------------------------------- a town the fighting reached

@pytest.mark.parametrize(
    "text, verb, town",
    [
        ("NAIROBI, Kenya - Fighting between Ethiopian soldiers and militiamen reached Gondar on Monday, residents "
         "said.", "Fighting", "Gondar"),
        ("KIGALI, Rwanda - Rebels entered Uvira on Sunday after a week of clashes with Congolese troops.", "Rebels",
         "Uvira"),
    ],
)
def test_a_town_the_fighting_reached_or_entered_is_the_place(geocoder, text, verb, town):
    article = parse_jsonl_line({"text": text, "published": "2024-05-02", "title": ""})
    at = article.text.index(verb)
    draft = EventDraft(article_id=article.id, event_date=date(2024, 5, 1), time_precision=1, event_type="Battles",
                       sub_event_type="Armed clash", evidence={"event_type": (Span(at, at + len(verb), verb),)})
    place = geocode_draft(draft, article, geocoder).place
    assert place is not None and place.location == town


# ----------------------------------------------------------------------------- a district written with its town's name

@pytest.mark.parametrize(
    "text, town, admin1",
    [
        # ACLED codes a second-level unit named like its town at the town (precision 2), not at the unit's centre
        ("Militiamen attacked a displacement site in Djugu territory on Sunday, killing nine people.", "Djugu",
         "Ituri"),
        ("Rebels burned a health centre in Rutshuru territory, North Kivu, on Friday.", "Rutshuru", "Nord-Kivu"),
    ],
)
def test_a_district_named_like_its_town_is_placed_at_the_town(geocoder, text, town, admin1):
    place = located(text, geocoder)
    assert place is not None and (place.location, place.admin1, place.geo_precision) == (town, admin1, 2)
    towns = [c.entry for c in geocoder.candidates(town, "COD", limit=20) if c.entry.feature_class == "P"
             or c.entry.source == "acled"]
    assert min(distance_km((place.latitude, place.longitude), (t.latitude, t.longitude)) for t in towns) < 1.0


def test_a_village_comes_before_the_county_written_after_it_with_its_state(geocoder):
    text = "Raiders burned the village of Gumuruk in Pibor county, Jonglei state, on Saturday, officials said."
    place = located(text, geocoder)
    assert place is not None and place.location == "Gumuruk"


# ----------------------------------------------------------------------------- a country named in passing

@pytest.mark.parametrize(
    "text, admin1, country",
    [
        ("Militiamen killed seven people in Kelmbala, a village in Ituri, on Sunday. Health workers there are also "
         "fighting an mpox outbreak that has since reached Burundi and Uganda.", "Ituri",
         "Democratic Republic of Congo"),
        ("Gunmen burned homes in Walgakou, a village in Akobo county, on Friday. Thousands of residents fled across "
         "the river into Ethiopia, aid agencies said.", "Jonglei", "South Sudan"),
    ],
)
def test_a_country_named_in_passing_does_not_take_an_unknown_village(geocoder, text, admin1, country):
    place = located(text, geocoder)
    assert place is not None and (place.admin1, place.country) == (admin1, country)
