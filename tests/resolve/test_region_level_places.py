"""Region-level reports that name one village: two region centres are not two places.

Modelled on the Seytenga massacre (Burkina Faso, night of 11-12 June 2022; the wording is ours). The gazetteer
lacks the village, so geo places one outlet's report at the Sahel region's centre and another's at Seno
province's centre, 170 km apart: more than the 150 km a region-level report may reach.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.records import Evidence
from eventwire.resolve import cluster_events, judge
from eventwire.resolve.matching import (
    PLACE_RADIUS_KM,
    different_districts,
    haversine_km,
    same_village_in_one_region,
)

SEYTENGA = dict(
    event_type="Violence against civilians", sub_event_type="Attack",
    actor1="Unidentified Armed Group (Burkina Faso)", inter1=3, actor2="Civilians (Burkina Faso)", inter2=7,
    country="Burkina Faso", iso3="BFA", admin1="Sahel", admin2=None, location="Sahel",
    latitude=14.10, longitude=-1.63, geo_precision=3, day="2022-06-11", published="2022-06-12T21:00:00+00:00",
)
# The government's communique dates the night by its second day and came out a day after the wire.
COMMUNIQUE_DAY = dict(day="2022-06-12", published="2022-06-13T19:30:00+00:00")
AT_PROVINCE = dict(admin2="Seno", location="Seno", latitude=14.03, longitude=-0.03)
AT_TOWN = dict(admin2="Seno", location="Dori", latitude=14.035, longitude=-0.034, geo_precision=1)
OTHER_REGION = dict(admin1="Est", admin2="Gnagna", location="Gnagna", latitude=12.90, longitude=0.30)


def named(event, *places):
    spans = tuple(Evidence(event.sources[0].article_id, 0, len(p), p) for p in places)
    return replace(event, evidence={**event.evidence, "location": spans})


@pytest.mark.parametrize(
    ("other_place", "other_named", "one_place"),
    [
        (AT_PROVINCE, "Seytenga", True),        # the village, placed at its province's centre
        (AT_PROVINCE, "Seytanga", True),        # spelt another way by another outlet
        (AT_PROVINCE, "Sebba", False),          # another village of the region
        (OTHER_REGION, "Seytenga", False),      # a village of that name in another region
        (AT_TOWN, "Seytenga", False),           # one report placed precisely: the usual radius applies
        ({**AT_PROVINCE, "admin1": None}, "Seytenga", True),  # no admin1 on one side: nothing disagrees
    ],
)
def test_a_village_named_in_both_region_level_reports(report, other_place, other_named, one_place):
    wire = named(report("wire", fatalities=50, **SEYTENGA), "Seytenga")
    other = named(report("gov", **{**SEYTENGA, **COMMUNIQUE_DAY, **other_place}), other_named)
    assert same_village_in_one_region(wire, other) == one_place
    assert same_village_in_one_region(other, wire) == one_place


def test_the_two_region_centres_are_beyond_the_region_radius(report):
    wire, gov = report("wire", **SEYTENGA), report("gov", **{**SEYTENGA, **AT_PROVINCE})
    # without the rule this pair could never merge
    assert haversine_km(wire.latitude, wire.longitude, gov.latitude, gov.longitude) > PLACE_RADIUS_KM[3]


@pytest.mark.parametrize(("gov_named", "merged"), [("Seytenga", True), ("Sebba", False)])
def test_the_wire_and_the_government_communique_of_one_massacre(report, gov_named, merged):
    wire = named(report("wire", fatalities=50, notes="Gunmen went from house to house killing men in Seytenga.",
                        **SEYTENGA), "Seytenga")
    gov = named(report("gov", **{**SEYTENGA, **COMMUNIQUE_DAY, **AT_PROVINCE}), gov_named)
    verdict = judge(wire, gov)
    assert verdict.merge == merged
    clusters, _ = cluster_events([wire, gov])
    assert (len(clusters) == 1) == merged


# Two ADF massacres three days apart in North Kivu (March 2023), each placed only at its territory's centre.
BENI = dict(
    event_type="Violence against civilians", sub_event_type="Attack",
    actor1="ADF: Allied Democratic Forces", inter1=2, actor2="Civilians (Democratic Republic of Congo)", inter2=7,
    country="Democratic Republic of Congo", iso3="COD", admin1="Nord-Kivu", admin2="Beni", location="Beni",
    latitude=0.49, longitude=29.47, geo_precision=3, day="2023-03-08", published="2023-03-09T10:00:00+00:00",
)
LUBERO = dict(admin2="Lubero", location="Lubero", latitude=-0.16, longitude=29.24)


@pytest.mark.parametrize(
    ("other_place", "named_in_both", "apart"),
    [
        (LUBERO, (), True),                                    # two territories, nothing in common
        (LUBERO, ("Mukondi",), False),                         # one village both articles name: geo's slip
        ({**LUBERO, "admin2": None}, (), False),               # one report knows only the province
        ({"location": "Oicha", "latitude": 0.70, "longitude": 29.52}, (), False),  # same territory
        ({**LUBERO, "geo_precision": 2}, (), False),           # a report near a named town: the radius decides
    ],
)
def test_region_level_reports_in_two_named_districts(report, other_place, named_in_both, apart):
    first = named(report("local", **BENI), *named_in_both)
    second = named(report("wire", **{**BENI, **other_place}), *named_in_both)
    reason = judge(first, second).conflict
    assert (reason is not None and "different districts" in reason) == apart
    assert different_districts(second, first) == apart
