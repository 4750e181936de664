"""Merge round ten: a report whose country geo could not tell joins its incident's event through the one member
whose article writes the same place, without every other member having to write that place too.

A local paper tells "yesterday afternoon's twin explosions at the Zoobe junction" and names neither the city nor
the country; the UN's statement writes "the Zobe intersection in Mogadishu"; the wire writes only "Mogadishu".
The statement and the local paper meet through the junction's name, but the wire's article never writes it, and
"different countries" (one unknown) used to forbid the join. Modelled on the Mogadishu bombings of
29 October 2022 (the wording is ours).
"""

from __future__ import annotations

import pytest

from eventfactory import NOWHERE, naming
from eventwire.resolve import cluster_events, judge
from eventwire.resolve.matching import conflict, conflict_within_a_cluster

MOGADISHU = dict(
    event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
    actor1="Unidentified Armed Group (Somalia)", inter1=3, actor2="Civilians (Somalia)", inter2=7,
    country="Somalia", iso3="SOM", admin1="Banadir", admin2="Mogadishu", location="Mogadishu",
    latitude=2.04, longitude=45.34, geo_precision=1,
)
DAY = "2022-10-29"


def wire(report, **fields):
    return naming(report("wire", day=DAY, published="2022-10-30T09:00:00+00:00", fatalities=100,
                         **{**MOGADISHU, **fields}), "Mogadishu")


def statement(report):
    return naming(report("un", day=DAY, published="2022-10-30T14:00:00+00:00", **MOGADISHU), "Zobe")


def local(report, day=DAY, names=("Zoobe",), **fields):
    return naming(report("local", day=day, published="2022-10-30T06:30:00+00:00",
                         **{**MOGADISHU, **NOWHERE, **fields}), *names)


def test_the_local_paper_meets_the_statement_not_the_wire(report):
    assert judge(statement(report), local(report)).merge
    assert conflict(wire(report), local(report)) is not None  # no shared name: no direct edge


@pytest.mark.parametrize(
    ("local_fields", "together"),
    [
        (dict(), True),  # the local paper joins the event the statement and the wire share
        (dict(day="2022-10-27"), False),  # two days before: the date keeps it apart, shared name or not
        (dict(names=("Afgooye",)), False),  # no member writes its place: nothing ties it to the event
        (dict(names=("Zoobe",), country="Kenya", iso3="KEN"), False),  # a known other country never joins
    ],
)
def test_a_report_without_a_country_joins_through_one_member(report, local_fields, together):
    reports = [wire(report), statement(report), local(report, **local_fields)]
    clusters, _ = cluster_events(reports)
    assert (len(clusters) == 1) is together
    assert any(len(c) == 2 for c in clusters) or together  # the wire and the statement stay one event


@pytest.mark.parametrize(
    ("other_fields", "apart"),
    [
        (dict(), False),  # country unknown: no sign of another country
        (dict(country="Kenya", iso3="KEN"), True),
        (dict(country="Somalia", iso3="SOM"), False),
    ],
)
def test_within_a_cluster_only_two_known_countries_conflict(report, other_fields, apart):
    other = local(report, names=(), **other_fields)
    assert (conflict_within_a_cluster(wire(report), other) is not None) is apart
    assert (conflict_within_a_cluster(other, wire(report)) is not None) is apart
