"""Namesakes the story cannot tell apart: the better-documented GeoNames entry, a campement as a populated place,
the spelling as written last. Villages are invented (no gazetteer knows them) and written as GeoNames rows here."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.geo import Gazetteer, Geocoder
from eventwire.geo.gazetteer import documentation_rank, has_rounded_point
from eventwire.geo.resolve import GeoContext
from eventwire.geo.store import PlaceFields
from eventwire.records import PlaceMention, Span
from geonames_dump_rows import gazetteer_with_rows

# (geonameid, name, asciiname, alternates, lat, lon, class, code, country, admin1, admin2, population).
# Admin1 codes: 01 Boucle du Mouhoun, 05 Centre-Nord, 08 Est, 12 Sahel, 13 Sud-Ouest; "x19" is unknown.
# "Rounded" rows sit on whole arc-minutes with no admin2 code, as GeoNames' old GNS imports do.
NAMESAKE_ROWS = [
    # a rounded village in the south-west, a surveyed herders' camp with full codes in the Sahel region
    (99200001, "Tinsamboula", "Tinsamboula", "", 10.55, -3.21667, "P", "PPL", "BF", "13", "", 0),
    (99200002, "Tinsamboula", "Tinsamboula", "", 14.31474, -0.87206, "S", "CMP", "BF", "12", "40", 0),
    # an accented rounded entry and a surveyed one spelled plainly
    (99200003, "Pogbéré", "Pogbere", "", 11.88333, -3.05, "P", "PPL", "BF", "01", "", 0),
    (99200004, "Pogbere", "Pogbere", "", 12.17305, 1.24903, "P", "PPL", "BF", "08", "42", 0),
    # an entry with an admin1 code GeoNames does not know, and a documented one
    (99200005, "Namsigoudi", "Namsigoudi", "", 12.25, -2.36667, "P", "PPL", "BF", "x19", "", 0),
    (99200006, "Namsigoudi", "Namsigoudi", "", 14.51248, -0.99094, "P", "PPL", "BF", "12", "40", 0),
    # equally documented: only the spelling as written tells them apart
    (99200007, "Bassoulé", "Bassoule", "", 13.41372, -1.11928, "P", "PPL", "BF", "05", "34", 0),
    (99200008, "Bassoule", "Bassoule", "", 11.93811, 0.61372, "P", "PPL", "BF", "08", "42", 0),
    # a rounded market town (a few thousand people) and a documented hamlet: population is story-free evidence
    (99200009, "Kiembara Peulh", "Kiembara Peulh", "", 13.0, -2.5, "P", "PPL", "BF", "13", "", 8000),
    (99200010, "Kiembara Peulh", "Kiembara Peulh", "", 12.90417, 0.11963, "P", "PPL", "BF", "08", "42", 0),
    # namesakes in Burkina Faso and Niger: documentation never crosses a border
    (99200011, "Tondiwindi", "Tondiwindi", "", 13.66667, 1.5, "P", "PPL", "NE", "08", "", 0),
    (99200012, "Tondiwindi", "Tondiwindi", "", 13.02214, -1.10327, "P", "PPL", "BF", "05", "34", 0),
]


@pytest.fixture(scope="module")
def namesakes(embedded_path, tmp_path_factory) -> Geocoder:
    copy = gazetteer_with_rows(embedded_path, tmp_path_factory.mktemp("namesakes"), NAMESAKE_ROWS, "XX.txt")
    return Geocoder(Gazetteer.open(copy))


def mention(name: str) -> PlaceMention:
    return PlaceMention(name, Span(0, len(name), name), "in")


def in_country(country: str, **context) -> GeoContext:
    return GeoContext(country_hints=(country,), **context)


@pytest.mark.parametrize(
    "written, admin1",
    [
        ("Tinsamboula", "Sahel"),  # "gunmen raided the campement of Tinsamboula": the surveyed camp, not the rounded village
        ("Pogbere", "Est"),  # the surveyed entry, also spelled as written
        ("Pogbéré", "Est"),  # documentation comes before the spelling: still the surveyed entry
        ("Namsigoudi", "Sahel"),  # an unknown admin1 code is a weaker entry
        ("Bassoule", "Est"),  # equally documented: the spelling as written
        ("Bassoulé", "Centre-Nord"),
    ],
)
def test_story_free_ties_go_to_the_better_documented_entry(namesakes, written, admin1):
    place = namesakes.resolve([mention(written)], in_country("Burkina Faso"))
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize(
    "written, unit, admin1",
    [
        ("Tinsamboula", "Sud-Ouest", "Sud-Ouest"),  # "Tinsamboula, in the Sud-Ouest region": the text decides
        ("Pogbere", "Boucle du Mouhoun", "Boucle du Mouhoun"),
    ],
)
def test_a_unit_the_story_names_beats_documentation(namesakes, written, unit, admin1):
    place = namesakes.resolve([mention(written)], in_country("Burkina Faso", other_places=(written, unit)))
    assert place is not None and place.admin1 == admin1


def test_population_is_evidence_not_a_tie(namesakes):
    # a town of 8,000 outscores a hamlet by more than a tie: documentation does not overrule it
    place = namesakes.resolve([mention("Kiembara Peulh")], in_country("Burkina Faso"))
    assert place is not None and place.admin1 == "Sud-Ouest"


@pytest.mark.parametrize("country, iso3", [("Niger", "NER"), ("Burkina Faso", "BFA")])
def test_documentation_never_crosses_the_hinted_country(namesakes, country, iso3):
    place = namesakes.resolve([mention("Tondiwindi")], in_country(country))
    assert place is not None and place.iso3 == iso3


def entry(latitude: float, longitude: float, admin1: str = "Sahel", admin2_code: str = "12.40") -> PlaceFields:
    return PlaceFields(geonameid=1, name="X", asciiname="X", feature_class="P", feature_code="PPL", population=0,
                       iso2="BF", iso3="BFA", admin1_code="12", admin1=admin1, admin2_code=admin2_code, admin2="",
                       admin3="", latitude=latitude, longitude=longitude, source="geonames")


latitude_minutes = st.integers(min_value=-89 * 60, max_value=89 * 60)
longitude_minutes = st.integers(min_value=-179 * 60, max_value=179 * 60)


@given(latitude_minutes, longitude_minutes)
def test_points_on_whole_arc_minutes_written_to_five_decimals_are_rounded(lat_minutes, lon_minutes):
    assert has_rounded_point(entry(round(lat_minutes / 60, 5), round(lon_minutes / 60, 5)))


@given(latitude_minutes, longitude_minutes, st.floats(min_value=0.05, max_value=0.95))
def test_a_point_off_the_minute_grid_is_not_rounded(lat_minutes, lon_minutes, fraction):
    # a fraction of an arc-minute off the grid on one axis is a surveyed point
    assert not has_rounded_point(entry(round((lat_minutes + fraction) / 60, 5), round(lon_minutes / 60, 5)))


@given(st.floats(min_value=-60, max_value=60), st.floats(min_value=-179, max_value=179),
       st.sampled_from(["", "Sahel"]), st.sampled_from(["", "12.40"]))
def test_rank_counts_admin1_admin2_and_a_surveyed_point(latitude, longitude, admin1, admin2_code):
    fuller = documentation_rank(entry(latitude, longitude, "Sahel", "12.40"))
    rank = documentation_rank(entry(latitude, longitude, admin1, admin2_code))
    assert 0 <= rank <= fuller <= 3
    assert fuller - rank == (not admin1) + (not admin2_code)
