"""GeoJSON export checked against RFC 7946's rules (strict JSON, [lon, lat], null geometry allowed)."""

from __future__ import annotations

import io
import json
import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.export.geojson import write_geojson


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def strict_load(text: str) -> dict:
    """json.loads that refuses NaN/Infinity, as RFC 8259 parsers (GDAL, browsers) do."""
    return json.loads(text, parse_constant=_reject_constant)


def assert_rfc7946(collection: dict) -> None:
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["id"], (str, int))
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry is None:
            continue
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90


def export(events, **options) -> dict:
    out = io.StringIO()
    write_geojson(events, out, **options)
    return strict_load(out.getvalue())


# Kabul (34.53 N, 69.17 E): the longitude comes first in GeoJSON.
def test_coordinates_are_longitude_then_latitude(report):
    kabul = report("tolo", location="Kabul", latitude=34.53, longitude=69.17, country="Afghanistan", iso3="AFG")
    (feature,) = export([kabul])["features"]
    assert feature["geometry"]["coordinates"] == [69.17, 34.53]


@pytest.mark.parametrize("latitude, longitude", [
    (None, None), (float("nan"), 1.18), (15.63, float("inf")), (95.0, 1.18), (15.63, -200.0),
])
def test_unusable_coordinates_give_a_null_geometry(report, latitude, longitude):
    broken = replace(report("afp"), latitude=latitude, longitude=longitude)
    collection = export([broken])
    assert_rfc7946(collection)
    assert collection["features"][0]["geometry"] is None


def test_non_finite_properties_become_null(report):
    odd = replace(report("afp"), confidence=float("nan"), latitude=float("nan"))
    properties = export([odd])["features"][0]["properties"]
    assert properties["confidence"] is None and properties["latitude"] is None


def test_located_only_leaves_unplaced_events_out(report):
    placed, unplaced = report("afp"), replace(report("radio"), latitude=None, longitude=None)
    assert len(export([placed, unplaced])["features"]) == 2
    assert [f["id"] for f in export([placed, unplaced], located_only=True)["features"]] == [placed.event_id]


@settings(max_examples=60, deadline=None)
@given(latitude=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
       longitude=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)))
def test_any_coordinates_give_valid_geojson(latitude, longitude):
    from eventfactory import make_report

    event = replace(make_report("afp"), latitude=latitude, longitude=longitude)
    assert_rfc7946(export([event]))
