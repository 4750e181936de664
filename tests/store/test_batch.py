"""Bulk ingest (one transaction per batch) gives exactly what one article at a time gives."""

from __future__ import annotations

import random

import pytest

from eventwire.store import ingest_batch, ingest_events, open_store
from eventwire.store import writes

# Reports of one week in Mali, central Sahel: some re-report an event, some are distinct (wording ours).
PLACES = [("Indelimane", 15.63, 1.18), ("Menaka", 15.92, 2.40), ("Boulkessi", 14.65, -1.21),
          ("Mondoro", 14.68, -1.95), ("Tabankort", 16.14, 0.58)]


def week_of_reports(report, article, count: int, seed: int):
    rng = random.Random(seed)
    items = []
    for number in range(count):
        place, lat, lon = rng.choice(PLACES)
        day = f"2019-11-0{rng.randint(1, 4)}"
        toll = rng.choice((0, 3, 12, 49))
        name = f"outlet{number:02d}"
        items.append((article(name, published=f"2019-11-0{rng.randint(5, 7)}T08:00:00+00:00"),
                      [report(name, day=day, location=place, admin2=place, latitude=lat, longitude=lon,
                              fatalities=toll, low=toll, best=toll, high=toll)]))
    return items


def dataset(store):
    return [e.to_record() for e in store.events()]


def test_batch_gives_the_same_events_and_outcomes_as_one_by_one(report, article, clock):
    items = week_of_reports(report, article, 14, seed=5)
    one_by_one, batched = open_store("sqlite://", clock=clock), open_store("sqlite://", clock=clock)
    singles = [ingest_events(one_by_one, art, events) for art, events in items]
    bulk = ingest_batch(batched, items[:9]) + ingest_batch(batched, items[9:])
    assert dataset(batched) == dataset(one_by_one)
    assert [(o.article_id, o.created, o.merged, o.result) for o in bulk] == \
           [(o.article_id, o.created, o.merged, o.result) for o in singles]
    assert batched.stats() == one_by_one.stats()
    assert len(dataset(batched)) < len(items)  # the set does contain merges


def test_batch_skips_stored_and_repeated_articles(store, report, article):
    items = week_of_reports(report, article, 4, seed=1)
    ingest_events(store, *items[0])
    outcomes = ingest_batch(store, items + [items[1]])
    assert [o.skipped for o in outcomes] == [True, False, False, False, True]


def test_a_failing_batch_leaves_the_database_as_it_was(store, report, article, monkeypatch):
    items = week_of_reports(report, article, 6, seed=2)
    ingest_batch(store, items[:3])
    before = (dataset(store), store.stats())
    calls = {"n": 0}
    real_save = writes.save_event

    def fail_on_the_third(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return real_save(*args, **kwargs)

    monkeypatch.setattr(writes, "save_event", fail_on_the_third)
    with pytest.raises(RuntimeError):
        ingest_batch(store, items[3:])
    assert (dataset(store), store.stats()) == before
