"""Through the store, a report whose country geo could not tell meets its incident, in either order.

``Store._candidate_mentions`` searched only the report's own country, so a stored report without a country was
never a candidate, and a new one found nothing. Now a report also meets the stored reports of no known country,
and a report of no known country meets every country's (the matcher then asks for a place both articles name).
Modelled on the Owo church attack of 5 June 2022 (the wording is ours).
"""

from __future__ import annotations

import pytest

from eventfactory import NOWHERE, OWO, naming
from eventwire.store import ingest_events

DAY, PUBLISHED = "2022-06-05", "2022-06-05T16:00:00+00:00"


def items(report, article, statement_place="Owo", other_country=None):
    wire = naming(report("wire", day=DAY, published=PUBLISHED, fatalities=22, **OWO), "Owo")
    statement = naming(report("diocese", day=DAY, published=PUBLISHED, **{**OWO, **NOWHERE}), statement_place)
    found = [(article("wire", published=PUBLISHED), [wire]), (article("diocese", published=PUBLISHED), [statement])]
    if other_country:
        country, iso3 = other_country
        far = naming(report("benin", day=DAY, published=PUBLISHED, fatalities=22,
                            **{**OWO, "country": country, "iso3": iso3, "latitude": 9.3, "longitude": 2.6}), "Owo")
        found.append((article("benin", published=PUBLISHED), [far]))
    return found


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize(
    ("statement_place", "other_country", "events"),
    [
        ("Owo", None, 1),  # the statement joins the wire's event, whichever came first
        ("Ikare", None, 2),  # another town named: apart
        # an "Owo" in another country: the two countries never merge, and the statement, fitting both alike,
        # joins neither (plan.ambiguous_reports)
        ("Owo", ("Benin", "BEN"), 3),
    ],
)
def test_a_report_without_a_country_in_the_store(store, report, article, reverse, statement_place, other_country,
                                                  events):
    found = items(report, article, statement_place, other_country)
    for art, reports in reversed(found) if reverse else found:
        ingest_events(store, art, reports)
    assert len(list(store.events())) == events
