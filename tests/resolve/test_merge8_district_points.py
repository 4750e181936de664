"""Merge round eight: a report placed at its district's point and a report placed at a written place in that
district are one place, past the 25 km a district-level report may reach.

Geo places "attacks on two villages of the Ouallam department" at the department's point, which says only that the
event was somewhere in the department; the report of the same massacre placed at the village (Tchombangou,
2 January 2021) sat further off than the district radius, and the two never met. Likewise a report "in the W
National Park" placed at Karimama commune's point and one placed at the Point Triple post (8 January 2025), 86 km
apart. Points are as a gazetteer gives them; the wording is ours.
"""

from __future__ import annotations

import pytest

from eventfactory import naming
from eventwire.resolve import BlockingIndex, cluster_events, judge
from eventwire.resolve.matching import DISTRICT_WIDE_KM, PLACE_RADIUS_KM, haversine_km, in_the_district_of

NIGER = dict(event_type="Violence against civilians", sub_event_type="Attack",
             actor1="Unidentified Armed Group (Niger)", inter1=3, actor2="Civilians (Niger)", inter2=7,
             country="Niger", iso3="NER", admin1="Tillaberi")
BENIN = dict(event_type="Battles", sub_event_type="Armed clash", actor1="Unidentified Armed Group (Benin)", inter1=3,
             actor2="Military Forces of Benin", inter2=1, country="Benin", iso3="BEN", admin1="Alibori")
KIVU = dict(event_type="Violence against civilians", sub_event_type="Attack", actor1="M23: March 23 Movement",
            inter1=2, actor2="Civilians (Democratic Republic of Congo)", inter2=7,
            country="Democratic Republic of Congo", iso3="COD", admin1="Nord-Kivu")

OUALLAM = dict(NIGER, admin2="Ouallam", location="Ouallam", latitude=14.3188, longitude=2.0866, geo_precision=2)
TCHOMBANGOU = dict(NIGER, admin2="Ouallam", location="Tchoma Bangou", latitude=14.8298, longitude=1.8123,
                   geo_precision=1)
KARIMAMA = dict(BENIN, admin2="Karimama", location="Karimama", latitude=12.0684, longitude=3.1844, geo_precision=2)
POINT_TRIPLE = dict(BENIN, admin2="Karimama", location="Point Triple", latitude=11.8981, longitude=2.4113,
                    geo_precision=1)
RUTSHURU = dict(KIVU, admin2="Rutshuru", location="Rutshuru", latitude=-1.1867, longitude=29.4467, geo_precision=2)
BWITO = dict(KIVU, admin2="Rutshuru", location="Bwito", latitude=-1.1308, longitude=29.1758, geo_precision=1)

# (the first report's place, what its article writes, the second's place, what its article writes)
ONE_PLACE = [
    (OUALLAM, ("the Ouallam department",), TCHOMBANGOU, ("Tchombangou",)),
    (KARIMAMA, ("W National Park",), POINT_TRIPLE, ("Point Triple",)),
    # the district's point standing for a village the gazetteer lacked, the other report at a written place in it
    (RUTSHURU, ("Kishishe",), BWITO, ("Bwito", "Kishishe")),
    # the district written as a town's name ("in Karimama"), the other at a second place written in the district
    (KARIMAMA, ("Karimama",), dict(POINT_TRIPLE, geo_precision=2), ("Point Triple",)),
]

TWO_PLACES = [
    # the other report at a fallback point too (a chiefdom's, for another village): two villages written
    (RUTSHURU, ("Kishishe",), BWITO, ("Bambo",)),
    # two villages of one district, each at its written place: neither point is the district's
    (dict(TCHOMBANGOU, location="Mangaize", latitude=14.6833, longitude=1.5333), ("Mangaizé",), TCHOMBANGOU,
     ("Tchombangou",)),
    # another district of the admin1
    (dict(OUALLAM, admin2="Filingue", location="Filingue", latitude=14.3521, longitude=3.3168), ("Filingue",),
     TCHOMBANGOU, ("Tchombangou",)),
    # one district's name, another admin1: a district of that name elsewhere
    (dict(KARIMAMA, admin1="Borgou"), ("Karimama",), POINT_TRIPLE, ("Point Triple",)),
    # further than a district's radius: not within the district whatever the names say
    (OUALLAM, ("Ouallam",), dict(TCHOMBANGOU, latitude=15.4, longitude=1.5), ("Tchombangou",)),
]


def pair(report, first, first_names, second, second_names):
    wire = naming(report("wire", day="2021-01-02", published="2021-01-03T10:00:00+00:00", fatalities=70, **first),
                  *first_names)
    local = naming(report("local", day="2021-01-02", published="2021-01-06T12:30:00+00:00", fatalities=100,
                          **second), *second_names)
    return wire, local


def km_apart(a, b):
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


@pytest.mark.parametrize(("first", "first_names", "second", "second_names"), ONE_PLACE)
def test_a_districts_point_and_a_written_place_in_it_are_one_place(report, first, first_names, second,
                                                                    second_names):
    wire, local = pair(report, first, first_names, second, second_names)
    assert PLACE_RADIUS_KM[2] < km_apart(wire, local) <= DISTRICT_WIDE_KM
    assert in_the_district_of(wire, local) and in_the_district_of(local, wire)
    assert judge(wire, local).merge and judge(local, wire).merge


@pytest.mark.parametrize(("first", "first_names", "second", "second_names"), TWO_PLACES)
def test_near_twins_stay_two_places(report, first, first_names, second, second_names):
    wire, local = pair(report, first, first_names, second, second_names)
    assert km_apart(wire, local) > PLACE_RADIUS_KM[2]
    assert judge(wire, local).conflict is not None
    assert judge(local, wire).conflict is not None


@pytest.mark.parametrize("case", ONE_PLACE[:2])
def test_blocking_finds_the_district_point_both_ways(report, case):
    wire, local = pair(report, *case)
    assert [e.event_id for e in BlockingIndex([local]).candidates(wire)] == [local.event_id]
    assert [e.event_id for e in BlockingIndex([wire]).candidates(local)] == [wire.event_id]


def test_a_look_alike_in_the_district_the_same_day_stays_apart(report):
    """A clash at another village of the district that day, another act with other actors and a small toll."""
    wire, local = pair(report, *ONE_PLACE[0])
    clash = naming(report("clash", day="2021-01-02", published="2021-01-04T08:00:00+00:00", fatalities=2,
                          **dict(TCHOMBANGOU, location="Mangaize", latitude=14.6833, longitude=1.5333,
                                 event_type="Battles", sub_event_type="Armed clash",
                                 actor2="Military Forces of Niger", inter2=1)), "Mangaizé")
    clusters, _ = cluster_events([wire, local, clash])
    assert sorted(map(sorted, clusters)) == sorted([sorted([wire.event_id, local.event_id]), [clash.event_id]])
