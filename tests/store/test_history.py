"""Revisions: every change is a revision; as_of shows the dataset as it stood on a day."""

from __future__ import annotations

from datetime import date

from eventwire.export.filters import EventFilter
from eventwire.store import ingest_events


def test_each_report_adds_a_revision(store, report, article, clock):
    ingest_events(store, article("afp"), [report("afp", fatalities=49, low=49, high=None)])
    clock.advance(2)
    ingest_events(store, article("essor"), [report("essor", fatalities=40, low=40, high=40)])
    (event,) = store.events()
    history = store.event_history(event.event_id)
    assert [r.number for r in history] == [1, 2]
    assert history[1].article_id == "essor" and history[1].changed_by == "pipeline"
    assert history[1].diff["fatalities"] == [49, 40]
    assert history[0].changed_at < history[1].changed_at


def test_as_of_shows_the_past(store, report, article, clock):
    ingest_events(store, article("afp"), [report("afp", fatalities=49, low=49, high=None)])
    first_day = clock.now.date()
    clock.advance(3)
    ingest_events(store, article("essor"), [report("essor", fatalities=40, low=40, high=40)])
    (past,) = store.events(EventFilter(as_of=first_day))
    (now,) = store.events()
    assert (len(past.sources), past.fatalities) == (1, 49)
    assert (len(now.sources), now.fatalities) == (2, 40)
    assert list(store.events(EventFilter(as_of=date(2019, 1, 1)))) == []


def test_as_of_hides_events_merged_away_later(store, report, article, clock):
    from dataclasses import replace

    ingest_events(store, article("b"), [replace(report("b"), event_id="ew-ffffffffffff")])
    day_one = clock.now.date()
    clock.advance(2)
    ingest_events(store, article("a"), [replace(report("a"), event_id="ew-000000000000")])
    assert [e.event_id for e in store.events(EventFilter(as_of=day_one))] == ["ew-ffffffffffff"]
    assert [e.event_id for e in store.events()] == ["ew-000000000000"]


def test_unchanged_event_gets_no_revision(store, report, article):
    ingest_events(store, article("a"), [report("a")])
    ingest_events(store, article("elsewhere"), [report("elsewhere", location="Gao", latitude=16.27, longitude=-0.04, admin2="Gao")])
    assert store.stats().revisions == 2


def test_history_of_a_renamed_event_includes_the_old_id(store, report, article, clock):
    from dataclasses import replace

    ingest_events(store, article("b"), [replace(report("b"), event_id="ew-ffffffffffff")])
    clock.advance(1)
    ingest_events(store, article("a"), [replace(report("a"), event_id="ew-000000000000")])
    history = store.event_history("ew-000000000000")
    assert [(r.event_id, r.number) for r in history] == [("ew-ffffffffffff", 1), ("ew-ffffffffffff", 2), ("ew-000000000000", 1)]
    assert history[-1].reason.startswith("continues ew-ffffffffffff")
