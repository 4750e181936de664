"""Merge round seventeen: a report naming only its region joins the event that agrees with what it tells.

A report that names only its admin1 ("nine killed in the Kharkiv region", "bandits killed 15 in Sokoto state") sits
at the region's point, which is the regional capital's or next to it. Its place then scored best with the capital's
own incident of that day, whatever its toll and tactic said; the toll weighs 0.05. Now, when such a report fits
several distinct events, one that agrees better with its day, actors, tactic and toll (``matching.region_fit``) by
``plan.REGION_TOLD_MARGIN`` or more takes it from the others. Every sentence and figure here is ours.
"""

from __future__ import annotations

from itertools import permutations

import pytest

from eventwire.resolve import cluster_events

RUSSIA = dict(event_type="Explosions/Remote violence", actor1="Military Forces of Russia", inter1=8,
              actor2="Civilians (Ukraine)", inter2=7, country="Ukraine", iso3="UKR", admin1="Kharkiv")
SHELLING, DRONE = "Shelling/artillery/missile attack", "Air/drone strike"
KUPIANSK = dict(RUSSIA, location="Kupiansk", admin2="Kupianskyi", latitude=49.71, longitude=37.61, geo_precision=1,
                geonameid=701)
KHARKIV_CITY = dict(RUSSIA, location="Kharkiv", admin2="Kharkivskyi", latitude=49.98, longitude=36.25,
                    geo_precision=1, geonameid=702)
KHARKIV_OBLAST = dict(RUSSIA, location="Kharkiv", admin2=None, latitude=49.98, longitude=36.25, geo_precision=3,
                      geonameid=703)
DAY, PUBLISHED = "2025-01-16", "2025-01-17T10:00:00+00:00"


def strike(report, name, place, sub_type, toll, **fields):
    return report(name, day=DAY, published=PUBLISHED, fatalities=toll, sub_event_type=sub_type, **{**place, **fields})


def town_reports(report, city_sub_type=DRONE, city_toll=2):
    return [strike(report, "kyiv-daily", KUPIANSK, SHELLING, 9),
            strike(report, "europe-wire", KHARKIV_CITY, city_sub_type, city_toll)]


def cluster_of(clusters, event):
    return next(c for c in clusters if event.event_id in c)


@pytest.mark.parametrize(
    ("wire_sub_type", "wire_toll", "city_sub_type", "city_toll", "joins"),
    [
        (SHELLING, 9, DRONE, 2, "kyiv-daily"),  # the oblast's nine shelled dead are Kupiansk's, not the city's two
        (DRONE, 2, DRONE, 2, "europe-wire"),  # twin: a drone strike with two dead is the city's, as before
        (SHELLING, 9, SHELLING, 7, "europe-wire"),  # twin: 9 / 7 with one tactic tells nothing; the place decides
    ],
)
def test_an_oblast_report_joins_the_event_that_agrees_with_what_it_tells(
        report, wire_sub_type, wire_toll, city_sub_type, city_toll, joins):
    towns = town_reports(report, city_sub_type, city_toll)
    wire = strike(report, "global-wire", KHARKIV_OBLAST, wire_sub_type, wire_toll)
    clusters, _ = cluster_events([*towns, wire])
    joined = next(t for t in towns if t.sources[0].article_id == joins)
    assert wire.event_id in cluster_of(clusters, joined)
    assert len(clusters) == 2


def test_a_region_level_point_outside_the_gazetteer_keeps_the_old_reading(report):
    # twin: with no gazetteer region behind it (the generated reports of benchmarks/resolve) the report's point is
    # taken as where the event was, as before: the city's fit is 0.08 better and the wire joins it
    towns = town_reports(report)
    wire = strike(report, "global-wire", KHARKIV_OBLAST, SHELLING, 9, geonameid=None)
    clusters, _ = cluster_events([*towns, wire])
    assert wire.event_id in cluster_of(clusters, towns[1])


NIGERIA = dict(event_type="Violence against civilians", sub_event_type="Attack",
               actor1="Unidentified Armed Group (Nigeria)", inter1=3, actor2="Civilians (Nigeria)", inter2=7,
               country="Nigeria", iso3="NGA", admin1="Sokoto", geo_precision=1)
TOWNS = {  # the state capital, a town 32 km off and one 63 km off, each attacked the same day
    "sokoto-city": (dict(NIGERIA, location="Sokoto", admin2="Sokoto North", latitude=13.06, longitude=5.24), 4),
    "wurno": (dict(NIGERIA, location="Wurno", admin2="Wurno", latitude=13.29, longitude=5.42), 9),
    "goronyo": (dict(NIGERIA, location="Goronyo", admin2="Goronyo", latitude=13.44, longitude=5.67), 15),
}
SOKOTO_STATE = dict(NIGERIA, location="Sokoto", admin2=None, latitude=13.05, longitude=5.25, geo_precision=3,
                    geonameid=801)


def bandit_raids(report):
    return [report(name, day="2024-09-02", published="2024-09-03T08:00:00+00:00", fatalities=toll, **place)
            for name, (place, toll) in TOWNS.items()]


def state_wires(report):
    return [report(name, day="2024-09-02", published="2024-09-03T12:00:00+00:00", fatalities=15, **SOKOTO_STATE)
            for name in ("wire-a", "wire-b")]


@pytest.mark.parametrize("order", list(permutations(range(5)))[::7])
def test_two_state_wires_join_the_town_with_their_toll_not_the_capital(report, order):
    reports = [*bandit_raids(report), *state_wires(report)]
    clusters, judged = cluster_events([reports[i] for i in order])
    goronyo = cluster_of(clusters, reports[2])
    assert set(goronyo) == {reports[2].event_id, *(w.event_id for w in state_wires(report))}
    refused = judged[tuple(sorted((reports[0].event_id, state_wires(report)[0].event_id)))]
    assert refused.conflict and "tells another" in refused.conflict


def test_what_a_region_level_report_tells(report):
    from eventwire.resolve.matching import placed_at_a_region_point, region_fit

    wire = state_wires(report)[0]
    capital, _, town = bandit_raids(report)
    assert placed_at_a_region_point(wire) and not placed_at_a_region_point(town)
    assert region_fit(wire, town) == 1.0
    assert region_fit(wire, capital) == pytest.approx((3 + 4 / 15) / 4, abs=1e-4)
