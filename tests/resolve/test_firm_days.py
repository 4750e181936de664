"""Two days of a protest wave or of a strike series in one town are two events, even a day apart.

Reports of one event often disagree by a day (the filing day, a night across midnight), so one day of
tolerance stays; but when several outlets agree on each of two days, those are two events. Modelled on the
Nairobi finance-bill protests of June 2024 (the wording is ours).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.export.filters import EventFilter
from eventwire.records import Evidence
from eventwire.resolve import cluster_events
from eventwire.resolve.matching import spans_a_night
from eventwire.resolve.plan import FIRM_DAY_ARTICLES, firm_days
from eventwire.store import ingest_events, open_store

NAIROBI = dict(
    event_type="Protests", sub_event_type="Protest with intervention",
    actor1="Protesters (Kenya)", inter1=6, actor2="Police Forces of Kenya", inter2=1,
    country="Kenya", iso3="KEN", admin1="Nairobi", admin2="Nairobi", location="Nairobi",
    latitude=-1.28, longitude=36.82, geo_precision=1,
)
OUTLETS = ("wire", "daily", "radio", "ngo")


def dated(event, text):
    span = Evidence(event.sources[0].article_id, 0, len(text), text)
    return replace(event, evidence={**event.evidence, "event_date": (span,)})


def day_reports(report, day, outlets, wording="on Tuesday"):
    return [dated(report(f"{outlet}-{day}", day=f"2024-06-{day}", published=f"2024-06-{day}T20:00:00+00:00",
                         **NAIROBI), wording) for outlet in outlets]


@pytest.mark.parametrize(
    ("first_day", "next_day", "events"),
    [
        (3, 3, 2),  # three outlets on each of two days: two days of the wave
        (4, 3, 2),
        (3, 2, 1),  # two outlets a day later may be the filing day: one day of tolerance still holds
        (3, 1, 1),  # one outlet's slip
        (2, 2, 1),  # too few on either day to tell
    ],
)
def test_outlets_agreeing_on_each_of_two_days(report, first_day, next_day, events):
    reports = day_reports(report, 18, OUTLETS[:first_day]) + day_reports(report, 19, OUTLETS[:next_day])
    clusters, _ = cluster_events(reports)
    assert len(clusters) == events


def test_a_night_across_midnight_is_no_firm_day(report):
    # "overnight from Tuesday to Wednesday": outlets date it by either day, all of one event
    reports = (day_reports(report, 18, OUTLETS[:3], "overnight")
               + day_reports(report, 19, OUTLETS[:3], "on Wednesday night"))
    clusters, _ = cluster_events(reports)
    assert len(clusters) == 1


@pytest.mark.parametrize(
    ("wording", "night"),
    [
        ("on Friday night", True),
        ("overnight", True),
        ("late on Thursday", True),
        ("before dawn on Friday", True),
        ("in the early hours of Sunday", True),
        ("on Tuesday", False),
        ("25 June 2024", False),
        ("yesterday", False),
    ],
)
def test_a_date_that_spans_a_night(report, wording, night):
    assert spans_a_night(dated(report("a", **NAIROBI), wording)) == night


@pytest.mark.parametrize(
    ("articles_by_day", "firm"),
    [
        ({18: {"a", "b", "c"}}, [18]),
        ({18: {"a", "b", "c"}, 19: {"d", "e", "f"}}, [18, 19]),
        ({18: {"a", "b", "c"}, 19: {"d", "e"}}, [18]),
        ({18: {"a"}, 19: {"b"}}, []),
    ],
)
def test_firm_days_are_those_enough_articles_give(articles_by_day, firm):
    assert FIRM_DAY_ARTICLES == 3  # the table is written for this value
    days = {date(2024, 6, d): frozenset(a) for d, a in articles_by_day.items()}
    assert firm_days(days) == [date(2024, 6, d) for d in firm]


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4, 5), (5, 4, 3, 2, 1, 0), (0, 3, 1, 4, 2, 5), (3, 0, 4, 1, 5, 2)])
def test_the_store_keeps_the_two_days_apart_in_any_arrival_order(report, article, order):
    reports = day_reports(report, 18, OUTLETS[:3]) + day_reports(report, 19, OUTLETS[:3])
    store = open_store("sqlite://")
    for i in order:
        event = reports[i]
        ingest_events(store, article(event.sources[0].article_id, published=event.sources[0].published_at), [event])
    days = sorted((e.event_date, len(e.sources)) for e in store.events(EventFilter()))
    assert days == [(date(2024, 6, 18), 3), (date(2024, 6, 19), 3)]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([18, 19]), st.sampled_from(["on Tuesday", "on Tuesday", "overnight"])),
                min_size=4, max_size=8))
def test_no_event_ever_holds_two_firm_days(report, days):
    reports = [dated(report(f"outlet{i}", day=f"2024-06-{day}", published=f"2024-06-{day}T20:00:00+00:00", **NAIROBI),
                     wording) for i, (day, wording) in enumerate(days)]
    by_id = {r.event_id: r for r in reports}
    clusters, _ = cluster_events(reports)
    assert sum(map(len, clusters)) == len(reports)
    for cluster in clusters:
        exact = [by_id[m] for m in cluster if not spans_a_night(by_id[m])]
        articles_by_day = {r.event_date: frozenset(x.sources[0].article_id for x in exact if x.event_date == r.event_date)
                           for r in exact}
        assert len(firm_days(articles_by_day)) <= 1
