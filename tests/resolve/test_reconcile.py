"""Reconciliation: fatalities by the coding rules, precision improvements, sources and evidence kept."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.resolve import reconcile, reconcile_fatalities


def exact(report, article, n, **kw):
    return report(article, fatalities=n, low=n, best=n, high=n, **kw)


def floor(report, article, n, **kw):
    return report(article, fatalities=n, low=n, best=n, high=None, **kw)


@pytest.mark.parametrize(
    "figures, expected",
    [
        ([("floor", 40), ("floor", 49)], 49),  # "more than 40" + "at least 49": both hold
        ([("exact", 40), ("exact", 49)], 40),  # conflicting exact counts: the lowest
        ([("floor", 49), ("exact", 53)], 49),  # an exact count above every floor: the floor is certain
        ([("floor", 49), ("exact", 40)], 40),  # an exact count below a floor: conflicting, the lowest
        ([("exact", 0), ("exact", 12)], 12),   # a report without a toll does not erase one with a toll
        ([("exact", 0), ("exact", 0)], 0),
        ([("exact", 7)], 7),
    ],
)
def test_conservative_fatalities(report, figures, expected):
    makers = {"floor": floor, "exact": exact}
    events = [makers[kind](report, f"a{i}", n) for i, (kind, n) in enumerate(figures)]
    assert reconcile_fatalities(events).fatalities == expected


def test_fatality_range_spans_reports(report):
    events = [exact(report, "a", 40), floor(report, "b", 49), exact(report, "c", 53)]
    toll = reconcile_fatalities(events)
    assert (toll.low, toll.high) == (40, 53)
    assert toll.low <= toll.fatalities <= toll.high
    assert toll.low <= toll.best <= toll.high


def test_best_is_most_repeated_figure(report):
    events = [exact(report, "a", 53), exact(report, "b", 53), exact(report, "c", 40)]
    assert reconcile_fatalities(events).best == 53


def test_more_precise_date_from_later_report_improves_event(report):
    vague = report("early", day="2019-11-03", precision=2, published="2019-11-04T08:00:00+00:00")
    precise = report("later", day="2019-11-01", precision=1, published="2019-11-06T08:00:00+00:00")
    merged = reconcile([vague, precise])
    assert (merged.event_date, merged.time_precision) == (date(2019, 11, 1), 1)


def test_more_precise_place_from_later_report_improves_event(report):
    region_only = report("early", location="Menaka", geo_precision=3, latitude=15.9, longitude=2.4)
    village = report("later", published="2019-11-05T08:00:00+00:00")
    merged = reconcile([region_only, village])
    assert (merged.location, merged.geo_precision, merged.latitude) == ("Indelimane", 1, 15.63)


def test_merged_event_keeps_every_source_and_span(report):
    events = [report("a"), report("b"), report("c")]
    merged = reconcile(events)
    assert [s.article_id for s in merged.sources] == ["a", "b", "c"]
    assert {e.article_id for e in merged.evidence["event_type"]} == {"a", "b", "c"}


def test_confidence_rises_with_independent_sources(report):
    one = report("a", confidence=0.6)
    merged = reconcile([one, report("b", confidence=0.6)])
    assert merged.confidence > one.confidence


def test_republished_copy_does_not_raise_confidence(report):
    original, copy = report("a", confidence=0.6), report("b", confidence=0.6)
    assert reconcile([original, copy], duplicate_groups={"b": "a"}).confidence == pytest.approx(0.6)


def test_notes_come_from_the_most_confident_report(report):
    weak = report("a", confidence=0.4, notes="Gunmen attacked a base in the northeast.")
    strong = report("b", confidence=0.9, notes="On 1 November 2019, IS Sahel fighters attacked the Indelimane base.")
    assert reconcile([weak, strong]).notes == strong.notes


def test_reconcile_is_order_independent(report):
    events = [exact(report, "a", 40), floor(report, "b", 49, day="2019-11-02", precision=2), exact(report, "c", 53)]
    assert reconcile(events) == reconcile(list(reversed(events)))


def test_reconcile_does_not_mutate_inputs(report):
    events = [exact(report, "a", 40), exact(report, "b", 53)]
    before = [e.to_record() for e in events]
    reconcile(events)
    assert [e.to_record() for e in events] == before
