"""Through the store, a report placed at a city and one placed at a quarter of it, both articles writing the city,
meet in either order; a report placed at the quarter its own article writes stays apart.

Modelled on the missile attack on Aden airport (30 December 2020): one report at Aden's point, another at
Khormaksar, the airport's quarter, 3.7 km off (the wording is ours).
"""

from __future__ import annotations

import pytest

from eventfactory import naming
from eventwire.store import ingest_events

ADEN = dict(
    event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
    actor1="Unidentified Armed Group (Yemen)", inter1=3, actor2="Civilians (Yemen)", inter2=7,
    country="Yemen", iso3="YEM", admin1="Aden", admin2="Aden", location="Aden", latitude=12.7796,
    longitude=45.0385, geo_precision=1,
)
AT_KHORMAKSAR = dict(location="Khormaksar", latitude=12.8123, longitude=45.0334)
DAY = "2020-12-30"


def items(report, article, local_writes):
    wire = naming(report("wire", day=DAY, published="2020-12-30T17:00:00+00:00", fatalities=22, **ADEN), "Aden")
    local = naming(report("local", day=DAY, published="2020-12-31T09:00:00+00:00", fatalities=25,
                          **{**ADEN, **AT_KHORMAKSAR}), local_writes)
    return [(article("wire", published="2020-12-30T17:00:00+00:00"), [wire]),
            (article("local", published="2020-12-31T09:00:00+00:00"), [local])]


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize(("local_writes", "events"), [("Aden", 1), ("Khormaksar", 2)])
def test_a_city_and_its_quarter_in_the_store(store, report, article, reverse, local_writes, events):
    found = items(report, article, local_writes)
    for art, reports in reversed(found) if reverse else found:
        ingest_events(store, art, reports)
    assert len(list(store.events())) == events
