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
from eventwire.resolve.matching import PLACE_RADIUS_KM, distance_km, same_village_in_one_region

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
    assert distance_km(wire, gov) > PLACE_RADIUS_KM[3]  # without the rule this pair could never merge


@pytest.mark.parametrize(("gov_named", "merged"), [("Seytenga", True), ("Sebba", False)])
def test_the_wire_and_the_government_communique_of_one_massacre(report, gov_named, merged):
    wire = named(report("wire", fatalities=50, notes="Gunmen went from house to house killing men in Seytenga.",
                        **SEYTENGA), "Seytenga")
    gov = named(report("gov", **{**SEYTENGA, **COMMUNIQUE_DAY, **AT_PROVINCE}), gov_named)
    verdict = judge(wire, gov)
    assert verdict.merge == merged
    clusters, _ = cluster_events([wire, gov])
    assert (len(clusters) == 1) == merged
