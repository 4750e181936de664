"""Through the store, two reports of one village that geo placed at two fallback points 31 km apart meet.

The store's candidate search read only the stored reports within 25 km of a district-level report's point, so a
report placed at Bwito chiefdom never met one placed at Rutshuru territory's point, though both articles write
Kishishe. A report placed elsewhere than the place its article writes now reaches as far as
``matching.FALLBACK_SAME_PLACE_KM``. Modelled on the M23 killings in Kishishe, 29 November 2022 (the wording is
ours).
"""

from __future__ import annotations

import pytest

from eventfactory import naming
from eventwire.store import ingest_events

KIVU = dict(
    event_type="Violence against civilians", sub_event_type="Attack",
    actor1="M23: March 23 Movement", inter1=2, actor2="Civilians (Democratic Republic of Congo)", inter2=7,
    country="Democratic Republic of Congo", iso3="COD", admin1="Nord-Kivu", admin2="Rutshuru",
)
AT_TERRITORY = dict(location="Rutshuru", latitude=-1.1867, longitude=29.4467, geo_precision=2)
AT_CHIEFDOM = dict(location="Bwito", latitude=-1.1308, longitude=29.1758, geo_precision=1)
DAY = "2022-11-29"


def items(report, article, local_writes):
    wire = naming(report("wire", day=DAY, published="2022-12-01T13:00:00+00:00", fatalities=50,
                         **KIVU, **AT_TERRITORY), "Kishishe")
    local = naming(report("local", day=DAY, published="2022-12-05T10:30:00+00:00", fatalities=131,
                          **KIVU, **AT_CHIEFDOM), local_writes)
    return [(article("wire", published="2022-12-01T13:00:00+00:00"), [wire]),
            (article("local", published="2022-12-05T10:30:00+00:00"), [local])]


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize(("local_writes", "events"), [("Kisheshe", 1), ("Bambo", 2)])
def test_two_fallback_points_of_one_village_in_the_store(store, report, article, reverse, local_writes, events):
    found = items(report, article, local_writes)
    for art, reports in reversed(found) if reverse else found:
        ingest_events(store, art, reports)
    assert len(list(store.events())) == events
