"""A report whose country geo could not tell still meets its incident, when both articles name one place.

The diocese's statement on the attack on a church in Owo names the town but no state or country, and geo could
not place it; the wire's report is placed in Owo, Nigeria. Before, blocking and the store were keyed by the
country, so such a report never met its incident. A shared place name is required: with no country, no place and
generic actors, any same-day attack anywhere would score as well. Modelled on the Owo church attack of
5 June 2022 (the wording is ours).
"""

from __future__ import annotations

import pytest

from eventfactory import NOWHERE, OWO, naming
from eventwire.resolve import BlockingIndex, cluster_events, judge
from eventwire.resolve.matching import NO_COUNTRY_MERGE_THRESHOLD, countries_may_meet, is_country_level


def wire(report):
    return naming(report("wire", day="2022-06-05", published="2022-06-05T16:00:00+00:00", fatalities=22, **OWO), "Owo")


@pytest.mark.parametrize(
    ("statement_names", "statement_country", "meet"),
    [
        (("Owo",), None, True),  # no country, the same town named
        (("St Francis Xavier church, Owo",), None, False),  # a longer span is not the same name
        (("Owo", "Ondo"), None, True),
        (("Ikare",), None, False),  # no country, another town: nothing ties them
        ((), None, False),  # no country, no place: anything would fit
        (("Owo",), ("Benin", "BEN"), False),  # two known countries never meet, whatever the names
        (("Owo",), ("Nigeria", "NGA"), True),
    ],
)
def test_countries_may_meet(report, statement_names, statement_country, meet):
    country, iso3 = statement_country or (None, None)
    statement = naming(report("diocese", day="2022-06-05", published="2022-06-05T14:30:00+00:00",
                              **{**OWO, **NOWHERE, "country": country, "iso3": iso3}), *statement_names)
    assert countries_may_meet(wire(report), statement) is meet
    assert countries_may_meet(statement, wire(report)) is meet


def test_blocking_finds_reports_without_a_country_both_ways(report):
    statement = naming(report("diocese", day="2022-06-05", **{**OWO, **NOWHERE}), "Owo")
    assert [e.event_id for e in BlockingIndex([statement]).candidates(wire(report))] == [statement.event_id]
    assert [e.event_id for e in BlockingIndex([wire(report)]).candidates(statement)] == [wire(report).event_id]


def test_blocking_without_unknown_countries_stays_in_the_country(report):
    elsewhere = report("benin", day="2022-06-05", **{**OWO, "country": "Benin", "iso3": "BEN"})
    assert BlockingIndex([elsewhere]).candidates(wire(report)) == []


def test_the_statement_joins_its_incident(report):
    statement = naming(report("diocese", day="2022-06-05", published="2022-06-05T14:30:00+00:00",
                              **{**OWO, **NOWHERE}), "Owo")
    assert judge(wire(report), statement).merge
    clusters, _ = cluster_events([wire(report), statement])
    assert len(clusters) == 1


@pytest.mark.parametrize(
    ("place", "country_level"),
    [
        (dict(NOWHERE), True),  # nothing at all
        ({**NOWHERE, "location": "Holy Mass"}, True),  # a name geo could not put in any country
        ({**NOWHERE, "location": "Nigeria", "country": "Nigeria", "iso3": "NGA", "geo_precision": 3}, True),
        ({**NOWHERE, "location": "Ondo", "country": "Nigeria", "iso3": "NGA", "admin1": "Ondo", "geo_precision": 3},
         False),
        (dict(OWO), False),
    ],
)
def test_a_report_without_a_country_has_no_place_to_compare(report, place, country_level):
    assert is_country_level(report("diocese", day="2022-06-05", **{**OWO, **place})) is country_level


@pytest.mark.parametrize(
    ("day", "sub_type", "toll", "merge"),
    [
        ("2022-06-05", "Attack", 0, True),  # the diocese's statement: same day, no toll
        ("2022-06-05", "Attack", 40, True),
        # the next day's mob killing of two men in Owo, no country: the name alone must not carry it
        ("2022-06-06", "Mob violence", 2, False),
        ("2022-06-06", "Attack", 2, False),  # kept apart by the tolls (2 / 22), country or not
    ],
)
def test_a_report_without_a_country_needs_more_than_the_name(report, day, sub_type, toll, merge):
    event_type = "Riots" if sub_type == "Mob violence" else "Violence against civilians"
    other = naming(report("daily", day=day, published=f"{day}T19:00:00+00:00", fatalities=toll,
                          **{**OWO, **NOWHERE, "event_type": event_type, "sub_event_type": sub_type}), "Owo")
    judgement = judge(wire(report), other)
    assert judgement.merge is merge
    assert judgement.threshold == NO_COUNTRY_MERGE_THRESHOLD or judgement.conflict
