"""Quality gate: geo resolution of the dev sets' gold place names must not fall below recorded floors.

Floors sit a little under what benchmarks/geo/RESULTS.md records; raise them on purpose, never lower them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.geo import Gazetteer, GeoContext, Geocoder, import_geonames
from eventwire.geo.names import admin_skeleton
from eventwire.geo.resolve import distance_km
from eventwire.records import PlaceMention, Span

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
pytestmark = pytest.mark.eval

# (dev set, gazetteer) → floors of (share within 25 km, admin1 share) with the location as the only mention.
FLOORS = {
    ("acled-2020-dev", "embedded"): (0.75, 0.71),
    ("acled-sahel-dev", "embedded+BF"): (0.81, 0.85),
}


def gold_places(dev_set: str) -> list[dict]:
    path = SHARED / "eval" / dev_set / "gold.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    events = [e for line in path.read_text().splitlines() for e in json.loads(line)["events"]]
    return [e for e in events if e.get("location") and e.get("country")]


def shares(geocoder: Geocoder, events: list[dict]) -> tuple[float, float]:
    near = admin1 = 0
    for event in events:
        mention = PlaceMention(event["location"], Span(0, 0, event["location"]), "in")
        place = geocoder.resolve([mention], GeoContext(country_hints=(event["country"],)))
        if place is None or place.latitude is None:
            continue
        near += distance_km((place.latitude, place.longitude), (event["latitude"], event["longitude"])) <= 25
        admin1 += bool(place.admin1) and admin_skeleton(place.admin1) == admin_skeleton(event.get("admin1") or "")
    return near / len(events), admin1 / len(events)


def test_world_dev_set_with_the_embedded_gazetteer(geocoder):
    near, admin1 = shares(geocoder, gold_places("acled-2020-dev"))
    assert near >= FLOORS[("acled-2020-dev", "embedded")][0]
    assert admin1 >= FLOORS[("acled-2020-dev", "embedded")][1]


def test_sahel_dev_set_with_burkina_faso_imported(gazetteer_copy, shared_geonames):
    events = gold_places("acled-sahel-dev")
    import_geonames([shared_geonames / "BF.txt"], into=gazetteer_copy)
    near, admin1 = shares(Geocoder(Gazetteer.open(gazetteer_copy)), events)
    assert near >= FLOORS[("acled-sahel-dev", "embedded+BF")][0]
    assert admin1 >= FLOORS[("acled-sahel-dev", "embedded+BF")][1]
