"""Speed: resolve 100,000 new event mentions against 1,000,000 stored events on one core.

Generated data (seeded): 60 countries with Zipf-like weights (the busiest holds ~14 % of events, as a
Ukraine or Syria year does in ACLED), six years of dates, a pool of places per country, ACLED's
precision mix. Half the new mentions re-report a stored event (tolls, dates and spellings varied),
half are new events.

    PYTHONPATH=src .venv/bin/python benchmarks/resolve/speed.py [--stored 1000000] [--new 100000] [--db-sample 2000] [--db-only]
        [--db-stored 20000] [--db-url sqlite:////tmp/bench.db] [--db-batch 500]

``--db-sample N`` also times N mentions through the SQLite store path (ingest_events), on a store
pre-filled with a smaller copy of the same distribution (the DB path is for one article at a time).
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from dataclasses import replace
from datetime import date, timedelta

from eventwire.records import SUB_EVENT_TYPES, Event, Source
from eventwire.resolve import StreamingResolver

COUNTRIES = [f"C{i:02d}" for i in range(60)]
START, DAYS = date(2018, 1, 1), 6 * 365
PLACES_PER_COUNTRY = 3000
TYPES = [(t, s) for t, subs in SUB_EVENT_TYPES.items() for s in subs]
ACTORS = ("Military Forces of {c}", "Police Forces of {c}", "Unidentified Armed Group ({c})", "Protesters ({c})",
          "Rioters ({c})", "Civilians ({c})", "Islamic State", "Rebel Front of {c}")


class World:
    """Places and weights shared by stored and new events."""

    def __init__(self, rng: random.Random):
        self.weights = [1 / (rank + 1) ** 0.8 for rank in range(len(COUNTRIES))]
        self.places = {c: self._places(c, rng) for c in COUNTRIES}

    @staticmethod
    def _places(country: str, rng: random.Random) -> list[tuple[str, float, float]]:
        lat0, lon0 = rng.uniform(-20, 40), rng.uniform(-80, 100)
        return [(f"{country}-P{i}", lat0 + rng.uniform(-4, 4), lon0 + rng.uniform(-4, 4)) for i in range(PLACES_PER_COUNTRY)]

    def event(self, rng: random.Random, event_id: str) -> Event:
        country = rng.choices(COUNTRIES, self.weights)[0]
        name, lat, lon = rng.choice(self.places[country])
        event_type, sub = rng.choice(TYPES)
        time_precision = rng.choices((1, 2, 3), (80, 12, 8))[0]
        geo_precision = rng.choices((1, 2, 3), (70, 20, 10))[0]
        return Event(
            event_id=event_id, event_date=START + timedelta(days=rng.randrange(DAYS)), time_precision=time_precision,
            event_type=event_type, sub_event_type=sub, actor1=rng.choice(ACTORS).format(c=country),
            actor2=rng.choice(ACTORS).format(c=country), country=country, iso3=country, location=name,
            latitude=lat, longitude=lon, geo_precision=geo_precision, fatalities=rng.choice((0, 0, 1, 2, 3, 5, 12)),
            notes=f"{sub} at {name}", sources=(Source(event_id, None, None, None, None, None),), confidence=0.6,
        )


def rereport(event: Event, rng: random.Random, event_id: str) -> Event:
    day = event.event_date + timedelta(days=rng.choice((0, 0, 0, 1)))
    return replace(event, event_id=event_id, event_date=day, fatalities=max(0, event.fatalities - rng.randint(0, 2)),
                   sources=(Source(event_id, None, None, None, None, None),))


def generate(stored: int, new: int, seed: int) -> tuple[list[Event], list[Event]]:
    rng = random.Random(seed)
    world = World(rng)
    known = [world.event(rng, f"ew-s{i:010d}") for i in range(stored)]
    mentions = [
        rereport(rng.choice(known), rng, f"ew-n{i:010d}") if rng.random() < 0.5 else world.event(rng, f"ew-n{i:010d}")
        for i in range(new)
    ]
    return known, mentions


def time_memory(known: list[Event], mentions: list[Event]) -> None:
    start = time.perf_counter()
    resolver = StreamingResolver(known)
    print(f"index {len(known):,} stored events: {time.perf_counter() - start:.1f}s")
    gc.collect()
    gc.freeze()  # a million long-lived records: keep the collector from rescanning them
    start, cpu_start = time.perf_counter(), time.process_time()
    actions: dict[str, int] = {}
    for mention in mentions:
        for decision in resolver.resolve([mention]).decisions:
            actions[decision.action] = actions.get(decision.action, 0) + 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(f"resolve {len(mentions):,} mentions: wall {seconds:.1f}s = {len(mentions) / seconds:,.0f} mentions/s, "
          f"cpu {cpu:.1f}s = {len(mentions) / cpu:,.0f} mentions/s  {actions}")


def _as_article(event: Event):
    from eventwire.records import Article

    return Article(id=event.event_id, title="", text="", published_at=None)


def _report(label: str, count: int, wall_start: float, cpu_start: float) -> None:
    seconds, cpu = time.perf_counter() - wall_start, time.process_time() - cpu_start
    print(f"store: {label} {count:,} mentions: wall {seconds:.1f}s = {count / seconds:,.0f} mentions/s, "
          f"cpu {cpu:.1f}s = {count / cpu:,.0f} mentions/s")


def time_store(known: list[Event], mentions: list[Event], sample: int, url: str, batch: int) -> None:
    """Pre-fill with ``known`` (in batches when ``batch`` > 1), then time ``sample`` mentions both ways."""
    from eventwire.store import ingest_events, open_store

    store = open_store(url)
    start, cpu_start = time.perf_counter(), time.process_time()
    _ingest(store, known, batch)
    _report(f"pre-fill (batch {batch})", len(known), start, cpu_start)
    start, cpu_start = time.perf_counter(), time.process_time()
    for mention in mentions[:sample]:
        ingest_events(store, _as_article(mention), [mention])
    _report("one article per transaction,", sample, start, cpu_start)
    if batch > 1:
        start, cpu_start = time.perf_counter(), time.process_time()
        _ingest(store, mentions[sample:2 * sample], batch)
        _report(f"batches of {batch},", len(mentions[sample:2 * sample]), start, cpu_start)


def _ingest(store, events: list[Event], batch: int) -> None:
    from eventwire.store import ingest_events

    if batch <= 1:
        for event in events:
            ingest_events(store, _as_article(event), [event])
        return
    from eventwire.store import ingest_batch

    for first in range(0, len(events), batch):
        ingest_batch(store, [(_as_article(e), [e]) for e in events[first:first + batch]])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--db-sample", type=int, default=0)
    parser.add_argument("--db-stored", type=int, default=20_000)
    parser.add_argument("--db-only", action="store_true", help="skip the in-memory run")
    parser.add_argument("--db-url", default="sqlite://", help="e.g. sqlite:////tmp/bench.db (a new file)")
    parser.add_argument("--db-batch", type=int, default=1, help="articles per ingest_batch transaction")
    args = parser.parse_args()
    if not args.db_only:
        start = time.perf_counter()
        known, mentions = generate(args.stored, args.new, args.seed)
        print(f"generated in {time.perf_counter() - start:.1f}s")
        time_memory(known, mentions)
    if args.db_sample:
        small_known, small_mentions = generate(args.db_stored, 2 * args.db_sample, args.seed)
        time_store(small_known, small_mentions, args.db_sample, args.db_url, args.db_batch)


if __name__ == "__main__":
    main()
