"""Merge round eighteen: a state named like its capital sits at the capital's point; that point does not make the
capital's own incident the state-level report's only home.

"Bandits killed 23 villagers in Katsina state" is placed at the state's point, the capital's. It fits the capital's
checkpoint attack (3 policemen, 0 km) and a town's massacre 150 km away (23 villagers). The far fit was refused
first ("a report naming only its admin1 fits a distinct, nearer event") before round seventeen's reading of what
the report tells could choose. A report at its region's own point now keeps a far fit it tells better by
``plan.REGION_TOLD_MARGIN`` (``matching.region_fit``: day, actors, tactic, toll). Every figure here is ours.
"""

from __future__ import annotations

from itertools import permutations

import pytest

from eventwire.resolve import cluster_events

NIGERIA = dict(event_type="Violence against civilians", sub_event_type="Attack",
               actor1="Unidentified Armed Group (Nigeria)", inter1=3, actor2="Civilians (Nigeria)", inter2=7,
               country="Nigeria", iso3="NGA", admin1="Katsina")
POLICE = dict(event_type="Battles", sub_event_type="Armed clash", actor2="Police Forces of Nigeria (2015-)", inter2=1)
CAPITAL = dict(NIGERIA, **POLICE, location="Katsina", admin2="Katsina", latitude=12.99, longitude=7.60,
               geo_precision=2, geonameid=2334802)
TOWN = dict(NIGERIA, location="Faskari", admin2="Faskari", latitude=11.72, longitude=7.03, geo_precision=2)
STATE = dict(NIGERIA, location="Katsina", admin2=None, latitude=12.99, longitude=7.60, geo_precision=3,
             geonameid=2334802)
DAY, PUBLISHED = "2025-02-11", "2025-02-12T10:00:00+00:00"


def reports(report, capital_toll=3, state=STATE, capital=CAPITAL):
    return [report("courier", day=DAY, published=PUBLISHED, fatalities=23, **TOWN),
            report("standard", day=DAY, published=PUBLISHED, fatalities=capital_toll, **capital),
            report("wire", day=DAY, published=PUBLISHED, fatalities=23, **state)]


def cluster_of(clusters, event):
    return next(c for c in clusters if event.event_id in c)


@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_a_state_report_at_the_capitals_point_joins_the_far_town_it_tells(report, order):
    town, capital, wire = reports(report)
    clusters, judged = cluster_events([(town, capital, wire)[i] for i in order])
    assert set(cluster_of(clusters, wire)) == {town.event_id, wire.event_id}
    refused = judged[tuple(sorted((capital.event_id, wire.event_id)))]
    assert refused.conflict and "tells another" in refused.conflict


@pytest.mark.parametrize(("state", "capital", "capital_toll"), [
    # the generator's region reports carry no gazetteer point: the near fit is taken, as before
    (dict(STATE, geonameid=None), CAPITAL, 3),
    # the capital's incident tells as much (one tactic, 23 / 23 civilians): the nearer one keeps it
    (STATE, dict(CAPITAL, **{k: NIGERIA[k] for k in ("event_type", "sub_event_type", "actor2", "inter2")}), 23),
])
def test_the_near_fit_stays_when_the_far_one_tells_no_better(report, state, capital, capital_toll):
    town, near, wire = reports(report, capital_toll, state, capital)
    clusters, _ = cluster_events([town, near, wire])
    assert wire.event_id in cluster_of(clusters, near)
    assert town.event_id not in cluster_of(clusters, wire)
