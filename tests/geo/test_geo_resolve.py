"""Toponym resolution on the embedded gazetteer: ambiguity, variants, cues and fallbacks."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings, strategies as st

from eventwire.geo import GeoContext, geocode_draft
from eventwire.geo.resolve import distance_km
from eventwire.records import Article, Dateline, EventDraft, PlaceMention, Span


def mention(name: str, cue: str = "in", country: str | None = None) -> PlaceMention:
    return PlaceMention(name, Span(0, len(name), name), cue, country)


@pytest.mark.parametrize(
    "name, hints, others, iso3",
    [
        ("Tripoli", ("Lebanon",), (), "LBN"),
        ("Tripoli", ("Libya",), (), "LBY"),
        ("Tripoli", (), ("Misrata", "Sirte"), "LBY"),  # no country named: the other places decide
        ("Tripoli", (), ("Beirut", "Byblos"), "LBN"),
        ("Valencia", ("Venezuela",), (), "VEN"),
        ("Valencia", ("Spain",), (), "ESP"),
        ("Alexandria", ("Egypt",), (), "EGY"),
    ],
)
def test_ambiguous_name_follows_the_story(geocoder, name, hints, others, iso3):
    place = geocoder.resolve([mention(name)], GeoContext(country_hints=hints, other_places=(name, *others)))
    assert place is not None and place.iso3 == iso3
    assert place.geo_precision == 1 and place.geonameid is not None


def test_actor_country_breaks_a_tie(geocoder):
    place = geocoder.resolve([mention("Tripoli")], GeoContext(actor_countries=("Lebanon",)))
    assert place.iso3 == "LBN"


@pytest.mark.parametrize(
    "spelling, hint",
    [("Ménaka", "Mali"), ("Menaka", "Mali"), ("Tombouctou", None), ("Timbuktu", "Mali"), ("Tombuctu", "Mali")],
)
def test_spelling_variants_reach_the_same_town(geocoder, spelling, hint):
    place = geocoder.resolve([mention(spelling)], GeoContext(country_hints=(hint,) if hint else ()))
    assert place.iso3 == "MLI" and place.feature_code == "PPL"
    reference = geocoder.resolve([mention(spelling.replace("é", "e"))], GeoContext(country_hints=("Mali",)))
    assert distance_km((place.latitude, place.longitude), (reference.latitude, reference.longitude)) < 1


def test_fuzzy_match_stays_in_the_hinted_country(geocoder):
    candidates = geocoder.candidates("Ouagadougo", "BFA")
    assert candidates and candidates[0].match == "fuzzy" and candidates[0].entry.iso3 == "BFA"


def test_near_cue_gives_precision_two(geocoder):
    place = geocoder.resolve([mention("Djibo", "near")], GeoContext(country_hints=("Burkina Faso",)))
    assert (place.location, place.geo_precision) == ("Djibo", 2)


@pytest.mark.parametrize("name, admin1", [("Sahel", "Sahel"), ("Centre-Nord", "Centre-Nord"), ("Borno State", "Borno")])
def test_region_cue_gives_the_admin_unit(geocoder, name, admin1):
    place = geocoder.resolve([mention(name, "region")], GeoContext(country_hints=("Burkina Faso", "Nigeria")))
    assert place.admin1 == admin1 and place.geo_precision == 3 and place.feature_code == "ADM1"
    assert place.latitude is not None


def test_border_cue_gives_precision_three(geocoder):
    place = geocoder.resolve([mention("Tillaberi", "border")], GeoContext(country_hints=("Niger",)))
    assert place.iso3 == "NER" and place.geo_precision == 3


def test_unknown_village_falls_back_to_the_province_the_story_names(geocoder):
    context = GeoContext(country_hints=("Burkina Faso",), other_places=("Zorkoundibou", "Soum"))
    place = geocoder.resolve([mention("Zorkoundibou")], context)
    assert place.admin2 == "Soum" and place.geo_precision >= 2 and place.geonameid is not None
    assert place.location != "Zorkoundibou"


def test_unknown_village_with_only_a_country_gives_the_country(geocoder):
    place = geocoder.resolve([mention("Zorkoundibou")], GeoContext(country_hints=("Burkina Faso",)))
    assert place.iso3 == "BFA" and place.admin1 is None and place.geo_precision == 3


def test_country_only_mention(geocoder):
    place = geocoder.resolve([mention("Niger", "country")], GeoContext(country_hints=("Niger",)))
    assert place.country == "Niger" and place.geo_precision == 3
    assert 11 < place.latitude < 24 and 0 < place.longitude < 16  # inside Niger's bounding box


def test_nothing_fits_is_an_explicit_none(geocoder):
    assert geocoder.resolve([mention("Zorkoundibou")], GeoContext()) is None


def test_foreign_name_does_not_override_the_hinted_country(geocoder):
    # "Pensa" is a Burkina village the embedded data lacks; Penza (Russia) must not be chosen.
    place = geocoder.resolve([mention("Pensa")], GeoContext(country_hints=("Burkina Faso",)))
    assert place is None or place.iso3 == "BFA"


def test_mention_in_the_hinted_country_beats_an_earlier_one_abroad(geocoder):
    mentions = [mention("Penza"), mention("Djibo")]
    place = geocoder.resolve(mentions, GeoContext(country_hints=("Burkina Faso",)))
    assert place.location == "Djibo"


def _article(dateline: Dateline | None) -> Article:
    text = "Gunmen attacked a market near Djibo on Sunday, a security source said."
    return Article("a1", "Attack", text, datetime(2019, 11, 4), dateline=dateline)


def test_geocode_draft_fills_the_place_and_keeps_the_rest(geocoder):
    draft = EventDraft(
        "a1", date(2019, 11, 3), 1, "Violence against civilians", "Attack",
        actor1="Unidentified Armed Group (Burkina Faso)",
        place_mentions=(PlaceMention("Djibo", Span(30, 35, "Djibo"), "near"),), country_hint="Burkina Faso",
    )
    result = geocode_draft(draft, _article(None), geocoder)
    assert result is not draft and draft.place is None
    assert result.place.location == "Djibo" and result.place.admin1 == "Sahel" and result.place.geo_precision == 2
    assert result.event_type == draft.event_type


def test_dateline_city_is_not_taken_for_the_event_place(geocoder):
    dateline = Dateline("Ouagadougou", "Burkina Faso", date(2019, 11, 4), Span(0, 11, "Ouagadougou"))
    draft = EventDraft("a1", date(2019, 11, 3), 1, "Explosions/Remote violence", "Remote explosive/landmine/IED")
    result = geocode_draft(draft, _article(dateline), geocoder)
    assert result.place.iso3 == "BFA" and result.place.geo_precision == 3 and result.place.location != "Ouagadougou"


def test_border_country_is_not_an_admin_fallback(geocoder):
    # Nigeria has a Niger State: "near the border with Niger" must not land there.
    context = GeoContext(country_hints=("Nigeria",), other_places=("Zorkoundibou", "Niger"))
    place = geocoder.resolve([mention("Zorkoundibou"), mention("Niger", "border")], context)
    assert place.admin1 is None and place.iso3 == "NGA"


def test_neighbouring_country_in_a_border_cue_is_not_the_place(geocoder):
    mentions = [mention("Niger", "border")]
    place = geocoder.resolve(mentions, GeoContext(country_hints=("Burkina Faso",)))
    assert place.iso3 == "BFA" and place.geo_precision == 3
    place = geocoder.resolve([*mentions, mention("Djibo")], GeoContext(country_hints=("Burkina Faso",)))
    assert place.location == "Djibo"


def test_geocoder_pickles_for_worker_processes(geocoder):
    import pickle

    copy = pickle.loads(pickle.dumps(geocoder))
    assert copy.gazetteer.path == geocoder.gazetteer.path
    assert [c.entry.id for c in copy.candidates("Djibo")] == [c.entry.id for c in geocoder.candidates("Djibo")]


def test_country_may_be_given_by_name_or_iso2(geocoder):
    by_iso3 = [c.entry.id for c in geocoder.candidates("Tripoli", "LBN")]
    assert by_iso3 and [c.entry.id for c in geocoder.candidates("Tripoli", "Lebanon")] == by_iso3
    assert [c.entry.id for c in geocoder.candidates("Tripoli", "LB")] == by_iso3


@settings(max_examples=60, deadline=None)
@given(name=st.text(max_size=30), cue=st.sampled_from(["in", "near", "region", "border", "country", "dateline"]))
def test_resolution_never_raises_and_never_invents_a_point(geocoder, name, cue):
    place = geocoder.resolve([mention(name, cue)], GeoContext(country_hints=("Mali",)))
    assert place is None or place.iso3 is not None
    if place is not None and place.geonameid is None and place.feature_code != "ACLED":
        assert place.geo_precision == 3  # only a country or admin point stands in for an unknown place


def test_location_keeps_the_news_spelling_of_a_recorded_alternate_name(geocoder):
    place = geocoder.resolve([mention("Tombouctou")], GeoContext(country_hints=("Mali",)))
    assert place.location == "Tombouctou" and place.feature_code == "PPL"
    place = geocoder.resolve([mention("Tombuctú")], GeoContext(country_hints=("Mali",)))
    assert place.location == "Tombuctu"  # ASCII, as ACLED writes names
