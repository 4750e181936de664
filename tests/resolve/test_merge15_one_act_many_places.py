"""Merge round fifteen: the villages one act is told at are no rival incidents for a region-level report.

"Bandits attacked the villages of Tinkoto and Boulal, in the department of Tillia" gives one report per village, both
read off the same verb of the same sentence. A wire that places the attack in the region only ("a massacre in the
Tahoua region") fits both villages, and the ambiguity rule (``plan.ambiguous_reports``, ``second_choices``) took
them for two distinct incidents (one article reports both, 24 km apart) and kept the wire out of either: the wires
and the statement of one massacre stayed two events. Reports read off one act (``plan.told_by_one_act``) no longer
count as rivals; they still never share an event (one article). Two acts of one article, told by two verbs, stay
rivals, as before. Places and figures are invented.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import permutations

import pytest

from eventwire.records import Evidence
from eventwire.resolve import cluster_events
from eventwire.resolve.plan import told_by_one_act

TILLIA = dict(
    event_type="Violence against civilians", sub_event_type="Attack",
    actor1="Unidentified Armed Group (Niger)", inter1=3, actor2="Civilians (Niger)", inter2=7,
    country="Niger", iso3="NER", admin1="Tahoua", admin2="Tillia", day="2021-03-21",
)
REGION = dict(TILLIA, location="Tahoua", latitude=14.89, longitude=5.27, geo_precision=3)


def _acted(event, start: int, end: int, verb: str):
    return replace(event, evidence={"event_type": (Evidence(event.sources[0].article_id, start, end, verb),)})


def statement(report, second_verb_at: int | None = None):
    """The government's statement: two villages, by one verb ("attacked the villages of ...") or, with
    ``second_verb_at``, by two ("attacked Tinkoto ... Later, they raided Boulal")."""
    first = _acted(report("govt", location="Tinkoto", latitude=15.90, longitude=5.10, geo_precision=1, **TILLIA),
                   14, 22, "attacked")
    second = report("govt", location="Boulal", latitude=15.75, longitude=4.92, geo_precision=1, **TILLIA)
    start = 14 if second_verb_at is None else second_verb_at
    return [first, _acted(second, start, start + 8, "attacked" if second_verb_at is None else "raided ")]


def regional_wires(report):
    return [report(name, fatalities=toll, published="2021-03-22T08:00:00+00:00", **REGION)
            for name, toll in (("wire1", 137), ("wire2", 141))]


@pytest.mark.parametrize("order", list(permutations(range(4))))
def test_a_region_level_report_joins_the_villages_of_one_act(report, order):
    reports = [*statement(report), *regional_wires(report)]
    clusters, _ = cluster_events([reports[i] for i in order])
    wire_cluster = next(c for c in clusters if regional_wires(report)[0].event_id in c)
    assert regional_wires(report)[1].event_id in wire_cluster
    assert len(set(wire_cluster) & {r.event_id for r in statement(report)}) == 1


def test_two_acts_of_one_article_stay_rivals(report):
    # "attacked Tinkoto ... Later, they raided Boulal": two acts, the region-level wires fit either, join neither
    clusters, _ = cluster_events([*statement(report, second_verb_at=60), *regional_wires(report)])
    wire_cluster = next(c for c in clusters if regional_wires(report)[0].event_id in c)
    assert not set(wire_cluster) & {r.event_id for r in statement(report, second_verb_at=60)}


@pytest.mark.parametrize(("second_verb_at", "one_act"), [(None, True), (60, False)])
def test_told_by_one_act_reads_the_act_words(report, second_verb_at, one_act):
    assert told_by_one_act(*statement(report, second_verb_at)) is one_act
