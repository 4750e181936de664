"""Merge round eight, through the store: a report placed at its district's point and one placed at a written place
in that district, 86 km apart, meet in either order; a report at a fallback point for another village stays apart.

Modelled on the attack on the Point Triple post in Park W, Karimama, Benin (8 January 2025): one outlet's report
placed at Karimama commune's point, another's at the post (the wording is ours).
"""

from __future__ import annotations

import pytest

from eventfactory import naming
from eventwire.store import ingest_events

BENIN = dict(event_type="Battles", sub_event_type="Armed clash", actor1="Unidentified Armed Group (Benin)", inter1=3,
             actor2="Military Forces of Benin", inter2=1, country="Benin", iso3="BEN", admin1="Alibori",
             admin2="Karimama")
AT_KARIMAMA = dict(BENIN, location="Karimama", latitude=12.0684, longitude=3.1844, geo_precision=2)
AT_POINT_TRIPLE = dict(BENIN, location="Point Triple", latitude=11.8981, longitude=2.4113, geo_precision=1)
DAY = "2025-01-08"


def items(report, article, post_writes):
    wire = naming(report("wire", day=DAY, published="2025-01-09T15:00:00+00:00", fatalities=28, **AT_KARIMAMA),
                  "W National Park")
    post = naming(report("monitor", day=DAY, published="2025-01-10T16:00:00+00:00", fatalities=30,
                         **AT_POINT_TRIPLE), post_writes)
    return [(article("wire", published="2025-01-09T15:00:00+00:00"), [wire]),
            (article("monitor", published="2025-01-10T16:00:00+00:00"), [post])]


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize(("post_writes", "events"), [("Point Triple", 1), ("Alfakoara", 2)])
def test_a_district_point_and_a_place_in_it_in_the_store(store, report, article, reverse, post_writes, events):
    found = items(report, article, post_writes)
    for art, reports in reversed(found) if reverse else found:
        ingest_events(store, art, reports)
    assert len(list(store.events())) == events
