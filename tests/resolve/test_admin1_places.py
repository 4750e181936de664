"""Admin1 names in merging: a report that names only its admin1 may be anywhere in it; a report that names only a
region is never an event in another admin1.

Modelled on the massacre in Tole, Gimbi district, western Oromia (Ethiopia, 18 June 2022): a wire story names only
"Oromia", which geo places at the region's centre, several hundred kilometres from Gimbi. And on an Israeli strike on
a village of Zgharta district, north Lebanon (October 2024), told the same day as a strike on a village near
Nabatieh, in the south. The wording is ours.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import permutations

import pytest

from eventwire.export.filters import EventFilter
from eventwire.records import Evidence
from eventwire.resolve import cluster_events, judge
from eventwire.resolve.blocking import BlockingIndex, cells_within, reach_box
from eventwire.resolve.matching import (
    ADMIN1_WIDE_MERGE_THRESHOLD,
    PLACE_RADIUS_KM,
    conflict,
    distance_km,
    haversine_km,
    is_admin1_wide,
    other_admin1_than_a_region,
)
from eventwire.store import ingest_events, open_store

OROMIA_ATTACK = dict(
    event_type="Violence against civilians", sub_event_type="Attack",
    actor1="Unidentified Armed Group (Ethiopia)", inter1=3, actor2="Civilians (Ethiopia)", inter2=7,
    country="Ethiopia", iso3="ETH", admin1="Oromia", admin2="West Wellega", location="Gimbi",
    latitude=9.17, longitude=35.83, geo_precision=1, day="2022-06-18", published="2022-06-19T12:00:00+00:00",
)
# What geo gives a story that names only the region: the admin1 itself, at its centre.
ONLY_OROMIA = dict(admin2=None, location="Oromia", latitude=7.90, longitude=39.60, geo_precision=3)
# A town near the centre of Oromia, within the region radius of it.
ADAMA = dict(admin2="East Shewa", location="Adama", latitude=8.54, longitude=39.27)
LATER = dict(published="2022-06-20T08:00:00+00:00")  # the local paper came out two days later
NOTES = "Gunmen went from house to house shooting ethnic Amhara villagers and burned homes."


def with_place_evidence(event, *names):
    spans = tuple(Evidence(event.sources[0].article_id, 0, len(n), n) for n in names)
    return replace(event, evidence={**event.evidence, "location": spans})


@pytest.mark.parametrize(
    ("location", "admin1", "precision", "wide"),
    [
        ("Oromia", "Oromia", 3, True),
        ("Oromiya", "Oromia", 3, True),            # another spelling of the region
        ("Sahel", "Sahel", 3, True),
        ("West Wellega", "Oromia", 3, False),      # a zone of the region: its centre means something
        ("Gimbi", "Oromia", 1, False),             # a town
        ("Erbil", "Erbil", 1, False),              # a city named like its governorate, placed precisely
        ("Oromia", None, 3, False),                # no admin1 to speak of
    ],
)
def test_a_report_naming_only_its_admin1(report, location, admin1, precision, wide):
    event = report("wire", **{**OROMIA_ATTACK, "location": location, "admin1": admin1, "geo_precision": precision})
    assert is_admin1_wide(event) == wide


def test_the_centre_of_the_admin1_is_past_the_region_radius_from_the_town(report):
    wire, local = report("wire", **{**OROMIA_ATTACK, **ONLY_OROMIA}), report("local", **OROMIA_ATTACK)
    assert haversine_km(wire.latitude, wire.longitude, local.latitude, local.longitude) > PLACE_RADIUS_KM[3]
    assert distance_km(wire, local) is None  # the centre says nothing; the admin1 names are compared


@pytest.mark.parametrize(
    ("local_fields", "merged"),
    [
        ({}, True),                                                       # the town, same day, same group
        ({"admin1": "Amhara", "admin2": "North Wollo", "location": "Woldiya",
          "latitude": 11.83, "longitude": 39.60}, False),                 # another region
        ({"sub_event_type": "Abduction/forced disappearance", "actor1": "OLA: Oromo Liberation Army",
          "day": "2022-06-19"}, False),                                   # another act, another day, named group
    ],
)
def test_the_wire_naming_only_the_region_and_the_local_paper_naming_the_town(report, local_fields, merged):
    wire = report("wire", fatalities=200, notes=NOTES, **{**OROMIA_ATTACK, **ONLY_OROMIA})
    local = report("local", fatalities=338, notes=NOTES, **{**OROMIA_ATTACK, **LATER, **local_fields})
    verdict = judge(wire, local)
    assert verdict.merge == merged
    assert verdict.conflict is not None or verdict.threshold == ADMIN1_WIDE_MERGE_THRESHOLD
    clusters, _ = cluster_events([wire, local])
    assert (len(clusters) == 1) == merged


def test_a_nearer_fit_comes_before_a_far_one(report):
    """The wire's point supports the attack near Adama; the Gimbi attack, 400 km off, is another incident and
    meets the wire only through the region's name, so the wire joins Adama's."""
    wire = report("wire", fatalities=12, notes=NOTES, **{**OROMIA_ATTACK, **ONLY_OROMIA})
    near = report("near", fatalities=12, notes=NOTES, **{**OROMIA_ATTACK, **ADAMA})
    far = report("far", fatalities=12, notes=NOTES, **OROMIA_ATTACK)
    assert conflict(near, far) is not None and judge(wire, far).merge
    clusters, judged = cluster_events([wire, near, far])
    ids = {e.event_id: e.sources[0].article_id for e in (wire, near, far)}
    assert sorted(tuple(sorted(ids[m] for m in c)) for c in clusters) == [("far",), ("near", "wire")]


def test_blocking_visits_the_whole_country_for_a_report_naming_only_its_admin1(report):
    wire = report("wire", **{**OROMIA_ATTACK, **ONLY_OROMIA})
    assert reach_box(wire) is None and cells_within(wire) is None
    local = report("local", **OROMIA_ATTACK)
    assert local in BlockingIndex([local]).candidates(wire)


@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_the_store_agrees_with_the_batch_in_every_arrival_order(report, article, order):
    wire = report("wire", fatalities=200, notes=NOTES, **{**OROMIA_ATTACK, **ONLY_OROMIA})
    local = report("local", fatalities=338, notes=NOTES, **{**OROMIA_ATTACK, **LATER})
    other = report("other", fatalities=3, **{**OROMIA_ATTACK, "admin1": "Amhara", "admin2": "North Wollo",
                                            "location": "Woldiya", "latitude": 11.83, "longitude": 39.60})
    reports = [wire, local, other]
    store = open_store("sqlite://")
    for i in order:
        event = reports[i]
        ingest_events(store, article(event.sources[0].article_id, published=event.sources[0].published_at), [event])
    stored = sorted(tuple(sorted(s.article_id for s in e.sources)) for e in store.events(EventFilter()))
    assert stored == [("local", "wire"), ("other",)]


# --------------------------------------------------------------------------- a region in another admin1

LEBANON_STRIKE = dict(
    event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
    actor1="Military Forces of Israel", inter1=8, actor2="Civilians (Lebanon)", inter2=7,
    country="Lebanon", iso3="LBN", day="2024-10-14", published="2024-10-14T20:00:00+00:00",
)
ZGHARTA_DISTRICT = dict(admin1="North", admin2="Zgharta", location="Zgharta", latitude=34.40, longitude=35.90,
                        geo_precision=3)
NEAR_NABATIEH = dict(admin1="Nabatieh", admin2="Nabatieh", location="Kfar Rumman", latitude=33.38,
                     longitude=35.49, geo_precision=2)
COUNTRY_ONLY = dict(admin1=None, admin2=None, location="Lebanon", latitude=33.85, longitude=35.86, geo_precision=3)


@pytest.mark.parametrize(
    ("first", "second", "named", "apart"),
    [
        (ZGHARTA_DISTRICT, NEAR_NABATIEH, (), True),                     # a district; a village in another admin1
        (NEAR_NABATIEH, ZGHARTA_DISTRICT, (), True),                     # either order
        (ZGHARTA_DISTRICT, NEAR_NABATIEH, ("Aitou",), False),            # a village both articles name
        (ZGHARTA_DISTRICT, {**NEAR_NABATIEH, "admin1": "North"}, (), False),  # one admin1
        (ZGHARTA_DISTRICT, COUNTRY_ONLY, (), False),                     # the country says nothing against it
        ({**NEAR_NABATIEH, "location": "Nabatieh", "latitude": 33.37}, NEAR_NABATIEH, (), False),  # both towns
    ],
)
def test_a_region_level_report_and_a_report_in_another_admin1(report, first, second, named, apart):
    a = with_place_evidence(report("a", **{**LEBANON_STRIKE, **first}), *named)
    b = with_place_evidence(report("b", **{**LEBANON_STRIKE, **second}), *named)
    assert other_admin1_than_a_region(a, b) == apart
    assert (conflict(a, b) is not None) == apart


def test_a_country_level_report_does_not_chain_two_admin1s_into_one_event(report):
    """The wire names only Lebanon; the local paper the district; a third story a strike near Nabatieh the same
    day. The wire may join either, never both."""
    wire = report("wire", fatalities=21, **{**LEBANON_STRIKE, **COUNTRY_ONLY})
    local = report("local", fatalities=23, **{**LEBANON_STRIKE, **ZGHARTA_DISTRICT,
                                              "published": "2024-10-15T09:00:00+00:00"})
    south = report("south", fatalities=5, **{**LEBANON_STRIKE, **NEAR_NABATIEH})
    clusters, _ = cluster_events([wire, local, south])
    ids = {e.event_id: e.sources[0].article_id for e in (wire, local, south)}
    groups = [{ids[m] for m in c} for c in clusters]
    assert not any({"local", "south"} <= g for g in groups)
