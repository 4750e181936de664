"""One village written by two outlets, placed by geo at two fallback points: one place, not two.

When the gazetteer lacks a village, geo places the report at what it can find: the district's point, a chiefdom's,
a town nearby. Two outlets' reports of one massacre then sit at two such points, further apart than the 25 km a
district-level report may reach, and never met. Modelled on the M23 killings in Kishishe, Rutshuru, North Kivu
(29 November 2022), placed at Rutshuru territory's point and at Bwito chiefdom's, 31 km apart; the same kind in
the Pulwama bombing (Lethpora placed at Srinagar and at Pulwama, 25 km). The wording of every row is ours.
"""

from __future__ import annotations

import pytest

from eventfactory import naming
from eventwire.resolve import BlockingIndex, cluster_events, judge
from eventwire.resolve.matching import (
    FALLBACK_SAME_PLACE_KM,
    PLACE_RADIUS_KM,
    haversine_km,
    one_written_place_placed_apart,
    placed_elsewhere_than_written,
)

KIVU = dict(
    event_type="Violence against civilians", sub_event_type="Attack",
    actor1="M23: March 23 Movement", inter1=2, actor2="Civilians (Democratic Republic of Congo)", inter2=7,
    country="Democratic Republic of Congo", iso3="COD", admin1="Nord-Kivu",
)
AT_TERRITORY = dict(admin2="Rutshuru", location="Rutshuru", latitude=-1.1867, longitude=29.4467, geo_precision=2)
AT_CHIEFDOM = dict(admin2="Rutshuru", location="Bwito", latitude=-1.1308, longitude=29.1758, geo_precision=1)
NEAR_GOMA = dict(admin2="Nyiragongo", location="Nyiragongo", latitude=-1.68, longitude=29.23, geo_precision=2)

# (place of the first report, what its article writes, place of the second, what its article writes)
ONE_PLACE = [
    # a territory's point and a chiefdom's point for one village, spelt two ways
    ({**KIVU, **AT_TERRITORY}, ("Kishishe",), {**KIVU, **AT_CHIEFDOM}, ("Kisheshe",)),
    # a district's point and a town's, 25 km apart, the same hamlet on the highway
    (dict(country="India", iso3="IND", admin1="Jammu and Kashmir", admin2="Srinagar", location="Srinagar",
          latitude=34.0857, longitude=74.8055, geo_precision=2), ("Lethpora",),
     dict(country="India", iso3="IND", admin1="Jammu and Kashmir", admin2="Pulwama", location="Pulwama",
          latitude=33.874, longitude=74.8996, geo_precision=1), ("Lethpora",)),
    # a village on a district line, placed at each district's centre
    (dict(country="Mali", iso3="MLI", admin1="Mopti", admin2="Bankass", location="Bankass", latitude=14.08,
          longitude=-3.52, geo_precision=2), ("Diallassagou",),
     dict(country="Mali", iso3="MLI", admin1="Mopti", admin2="Koro", location="Koro", latitude=14.07,
          longitude=-3.08, geo_precision=2), ("Dialassagou",)),
    # the state capital for one outlet, the local government area for the other
    (dict(country="Nigeria", iso3="NGA", admin1="Benue", admin2="Makurdi", location="Makurdi", latitude=7.73,
          longitude=8.54, geo_precision=1), ("Yelwata",),
     dict(country="Nigeria", iso3="NGA", admin1="Benue", admin2="Guma", location="Guma", latitude=7.98,
          longitude=8.72, geo_precision=2), ("Yelewata",)),
    # a department's town and the department's centre, the village written with and without its space
    (dict(country="Niger", iso3="NER", admin1="Tillaberi", admin2="Ouallam", location="Ouallam", latitude=14.32,
          longitude=2.09, geo_precision=1), ("Tchoma Bangou",),
     dict(country="Niger", iso3="NER", admin1="Tillaberi", admin2="Ouallam", location="Ouallam department",
          latitude=14.6, longitude=2.0, geo_precision=2), ("Tchombangou",)),
    # the article names the village and its district; the other names the village alone
    ({**KIVU, **AT_TERRITORY}, ("Kishishe", "Rutshuru territory"), {**KIVU, **AT_CHIEFDOM}, ("Kishishe",)),
]

TWO_PLACES = [
    # two villages written: the fallbacks say nothing, the names do
    ({**KIVU, **AT_TERRITORY}, ("Kishishe",), {**KIVU, **AT_CHIEFDOM}, ("Bambo",)),
    # one name, but the points are further apart than a district's fallback can explain
    ({**KIVU, **AT_TERRITORY}, ("Kishishe",), {**KIVU, **NEAR_GOMA}, ("Kishishe",)),
    # one name in two provinces: two villages of one name
    ({**KIVU, **AT_TERRITORY}, ("Kishishe",), {**KIVU, **AT_CHIEFDOM, "admin1": "Ituri"}, ("Kishishe",)),
    # one report's province unknown: nothing says the two fallbacks are in one province
    ({**KIVU, **AT_TERRITORY}, ("Kishishe",), {**KIVU, **AT_CHIEFDOM, "admin1": None}, ("Kishishe",)),
    # (one report placed at the very place its article writes, the other at its territory's point, both articles
    # writing Kishishe: one place since merge round eight, the territory's point says only "in Rutshuru";
    # tests/resolve/test_merge8_district_points.py)
]


def pair(report, first, first_names, second, second_names, **second_fields):
    wire = naming(report("wire", day="2022-11-29", published="2022-12-01T13:00:00+00:00", fatalities=50,
                         **first), *first_names)
    local = naming(report("local", day="2022-11-29", published="2022-12-05T10:30:00+00:00", fatalities=131,
                          **{**second, **second_fields}), *second_names)
    return wire, local


@pytest.mark.parametrize(("first", "first_names", "second", "second_names"), ONE_PLACE)
def test_one_village_at_two_fallback_points_is_one_place(report, first, first_names, second, second_names):
    wire, local = pair(report, first, first_names, second, second_names)
    assert haversine_km(wire.latitude, wire.longitude, local.latitude, local.longitude) > PLACE_RADIUS_KM[2]
    assert one_written_place_placed_apart(wire, local) and one_written_place_placed_apart(local, wire)
    assert judge(wire, local).conflict is None


@pytest.mark.parametrize(("first", "first_names", "second", "second_names"), TWO_PLACES)
def test_near_twins_stay_two_places(report, first, first_names, second, second_names):
    wire, local = pair(report, first, first_names, second, second_names)
    assert judge(wire, local).conflict is not None
    assert judge(local, wire).conflict is not None


@pytest.mark.parametrize(
    ("place", "written", "elsewhere"),
    [
        (AT_TERRITORY, ("Kishishe",), True),
        (AT_CHIEFDOM, ("Bwito",), False),
        (AT_CHIEFDOM, ("bwito chiefdom",), True),  # a longer span is another name (ratio under the bar)
        (AT_CHIEFDOM, (), False),  # nothing written: nothing to compare
        ({**AT_CHIEFDOM, "location": None}, ("Kishishe",), False),
    ],
)
def test_placed_elsewhere_than_written(report, place, written, elsewhere):
    assert placed_elsewhere_than_written(naming(report("wire", **{**KIVU, **place}), *written)) is elsewhere


def test_the_rule_reaches_no_further_than_its_bound(report):
    wire, local = pair(report, {**KIVU, **AT_TERRITORY}, ("Kishishe",), {**KIVU, **NEAR_GOMA}, ("Kishishe",))
    assert haversine_km(wire.latitude, wire.longitude, local.latitude, local.longitude) > FALLBACK_SAME_PLACE_KM


def test_blocking_finds_the_other_fallback_both_ways(report):
    wire, local = pair(report, {**KIVU, **AT_TERRITORY}, ("Kishishe",), {**KIVU, **AT_CHIEFDOM}, ("Kisheshe",))
    assert [e.event_id for e in BlockingIndex([local]).candidates(wire)] == [local.event_id]
    assert [e.event_id for e in BlockingIndex([wire]).candidates(local)] == [wire.event_id]


def test_the_massacre_is_one_event_and_the_fighting_two_days_later_another(report):
    wire, local = pair(report, {**KIVU, **AT_TERRITORY}, ("Kishishe",), {**KIVU, **AT_CHIEFDOM}, ("Kisheshe",))
    fighting = naming(report("fighting", day="2022-12-01", published="2022-12-02T08:40:00+00:00", fatalities=6,
                             **{**KIVU, **AT_TERRITORY, "event_type": "Battles", "sub_event_type": "Armed clash",
                                "actor2": "Mayi Mayi Militia"}), "Kishishe")
    clusters, _ = cluster_events([wire, local, fighting])
    assert sorted(map(sorted, clusters)) == sorted([sorted([wire.event_id, local.event_id]), [fighting.event_id]])
