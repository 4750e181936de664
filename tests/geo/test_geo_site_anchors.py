"""Sites the gazetteer lacks, placed by the text near a town it knows ("X, the camp for displaced people south
of El Fasher"), and a region written in the story's spelling that holds the event's town ("North Darfur" is the
gazetteer's "Northern Darfur").

Every sentence here was written for these tests; sites called "Kel..." / "...ouli" are invented, so no
gazetteer knows them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from eventwire.geo import geocode_draft
from eventwire.geo.resolve.settlements import _anchor_of
from eventwire.records import Article, EventDraft, PlaceMention, Span


def locate(geocoder, text: str, names):
    """The place geo gives a draft whose mentions are ``names`` [(name, cue)], found in ``text``."""
    mentions = tuple(PlaceMention(name, Span(text.index(name), text.index(name) + len(name), name), cue)
                     for name, cue in names)
    draft = EventDraft(article_id="a1", event_date=date(2024, 5, 2), time_precision=1, event_type="Battles",
                       sub_event_type="Armed clash", place_mentions=mentions)
    article = Article(id="a1", title="", text=text, published_at=None)
    return geocode_draft(draft, article, geocoder).place


# ------------------------------------------------------------------ a site placed by the town it lies near


@pytest.mark.parametrize(
    "text, site, town, admin1",
    [
        ("Shelling hit Kelbouroua, the crowded camp for displaced families north of Nyala, on Tuesday.",
         "Kelbouroua", "Nyala", "South Darfur"),
        ("Fighters overran Tinkelouli, a small village on the outskirts of Maiduguri, before dawn.",
         "Tinkelouli", "Maiduguri", "Borno"),
        ("A mortar round landed in Kelmassouli, a crowded neighbourhood of Mogadishu, killing two.",
         "Kelmassouli", "Mogadishu", "Banadir"),
        ("Kelwanouli, a market town near Kaya, came under attack at night.", "Kelwanouli", "Kaya", "Centre-Nord"),
        ("Gunmen stormed Keldabouli, a village outside the city of Bunia, on Sunday.",
         "Keldabouli", "Bunia", "Ituri"),
    ],
)
def test_an_unknown_site_is_near_the_town_the_text_places_it_by(geocoder, text, site, town, admin1):
    place = locate(geocoder, text, [(site, "in")])
    assert (place.location, place.admin1, place.geo_precision) == (town, admin1, 2)


def test_a_later_sentence_naming_only_the_site_still_finds_its_town(geocoder):
    text = ("Keltamouli, the camp for displaced people south of Nyala, was shelled on Friday. "
            "On Saturday shells struck Keltamouli again, hitting its main market.")
    place = locate(geocoder, text, [("Keltamouli", "in")])
    assert (place.location, place.geo_precision) == ("Nyala", 2)


@pytest.mark.parametrize(
    "text, site",
    [
        ("Kelnaouli, a village attacked in January, was hit again.", "Kelnaouli"),
        ("Kelsabouli, a village where gunmen often strike, was raided.", "Kelsabouli"),
        ("Kelhamouli, a town of farmers, was raided by bandits.", "Kelhamouli"),
    ],
)
def test_no_town_no_anchor(text, site):
    assert _anchor_of(site, text) is None


def test_a_site_the_gazetteer_knows_keeps_its_own_point(geocoder):
    place = locate(geocoder, "Militants attacked Djibo, a town near Dori, on Friday.", [("Djibo", "in")])
    assert place.location == "Djibo" and place.geo_precision == 1


@settings(max_examples=60, deadline=None)
@given(prefix=st.text(alphabet="abcdefgh ,.", max_size=30), words=st.lists(st.sampled_from(
    ["camp", "village", "near", "of", "the", "a", "Nyala", "Kelmouli", "outside", ",", "Friday"]), max_size=12))
def test_an_anchor_is_a_span_of_the_text_and_never_the_site_itself(prefix, words):
    text = f"{prefix}Kelmouli {' '.join(words)}"
    anchor = _anchor_of("Kelmouli", text)
    if anchor is not None:
        assert text[anchor.span.start:anchor.span.end] == anchor.name
        assert anchor.name != "Kelmouli" and anchor.cue == "near"


# ------------------------------------------------------------------ a region that holds the event's town


@pytest.mark.parametrize(
    "text, region, town, admin1",
    [
        ("Shelling hit North Darfur and the edge of El Fasher.", "North Darfur", "El Fasher", "North Darfur"),
        ("Fighting spread across South Darfur, and shells fell near Nyala.", "South Darfur", "Nyala", "South Darfur"),
        ("Violence in West Darfur reached the outskirts of El Geneina.", "West Darfur", "El Geneina", "West Darfur"),
    ],
)
def test_a_region_written_in_another_spelling_is_less_precise_than_its_town(geocoder, text, region, town, admin1):
    place = locate(geocoder, text, [(region, "in"), (town, "near")])
    assert (place.location, place.admin1) == (town, admin1)


# ------------------------------------------------------------------ the unit written with an unknown village


@pytest.mark.parametrize(
    "text, names, admin1",
    [
        ("Gunmen active across the Sahel killed dozens around the town of Kelbarsouli, in Burkina Faso's "
         "Centre-Nord region.", [("Sahel", "in"), ("Kelbarsouli", "in"), ("Centre-Nord", "region")], "Centre-Nord"),
        ("Rebels raided Assam's border posts; the village of Kelramouli, in Arunachal Pradesh state, was burnt.",
         [("Assam", "in"), ("Kelramouli", "in"), ("Arunachal Pradesh", "region")], "Arunachal Pradesh"),
    ],
)
def test_the_unit_written_with_an_unknown_village_beats_another_region(geocoder, text, names, admin1):
    place = locate(geocoder, text, names)
    assert place.admin1 == admin1


@pytest.mark.parametrize("owner, unit, admin1", [
    ("Burkina Faso's", "Centre-Nord", "Centre-Nord"),
    ("South Sudan's", "Jonglei", "Jonglei"),
])
def test_a_country_of_two_words_owning_a_unit_is_dropped(geocoder, owner, unit, admin1):
    text = f"Fighting spread across {owner} {unit} region on Monday."
    place = locate(geocoder, text, [(f"{owner} {unit}", "region")])
    assert place.admin1 == admin1
