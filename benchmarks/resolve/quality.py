"""Pairwise merge precision/recall and event count on the multi-report set (generate_multireport.py).

Two runs over the same reports:
  batch  - resolve.cluster_events over every report at once (what `eventwire extract` does for a batch)
  store  - articles ingested one by one into a fresh SQLite store, in a shuffled order (what `ingest` does)

    PYTHONPATH=src .venv/bin/python benchmarks/resolve/quality.py [--orders 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventwire.records import Article
from eventwire.resolve import cluster_events
from eventwire.store import ingest_events, open_store
from eventwire.store.convert import event_from_record
from eventwire.store.models import MentionRow

DATA = Path(__file__).resolve().parent / "data" / "multireport.jsonl.gz"


def load(path: Path = DATA) -> tuple[list, dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [event_from_record(r) for r in rows], {r["event_id"]: r["gold"] for r in rows}


def pairs(groups) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for group in groups for p in combinations(group, 2)}


def score(predicted: list[tuple[str, ...]], gold_of: dict[str, str]) -> dict[str, float]:
    gold_groups = defaultdict(list)
    for report, gold in gold_of.items():
        gold_groups[gold].append(report)
    truth, found = pairs(gold_groups.values()), pairs(predicted)
    hits = len(truth & found)
    return {
        "precision": hits / len(found) if found else 1.0,
        "recall": hits / len(truth) if truth else 1.0,
        "events": len(predicted),
        "gold_events": len(gold_groups),
        "count_error": (len(predicted) - len(gold_groups)) / len(gold_groups),
    }


def run_batch(events) -> list[tuple[str, ...]]:
    return cluster_events(events)[0]


def run_store(events, seed: int) -> list[tuple[str, ...]]:
    by_article = defaultdict(list)
    for event in events:
        by_article[event.sources[0].article_id].append(event)
    order = sorted(by_article)
    random.Random(seed).shuffle(order)
    store = open_store("sqlite://")
    for article_id in order:
        text = f"Synthetic report {article_id}."
        ingest_events(store, Article(id=article_id, title=article_id, text=text, published_at=None), by_article[article_id])
    with Session(store.engine) as session:
        clusters = defaultdict(list)
        for mention, cluster in session.execute(select(MentionRow.mention_id, MentionRow.event_id)):
            clusters[cluster].append(mention)
    return sorted(tuple(sorted(c)) for c in clusters.values())


def show(name: str, result: dict, seconds: float) -> None:
    print(f"{name:<14} precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"events {result['events']} / gold {result['gold_events']} ({result['count_error']:+.1%})  {seconds:.1f}s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=3, help="shuffled ingest orders to run through the store")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    events, gold_of = load(args.data)
    print(f"{len(events)} reports")
    start = time.perf_counter()
    batch = run_batch(events)
    show("batch", score(batch, gold_of), time.perf_counter() - start)
    for seed in range(args.orders):
        start = time.perf_counter()
        stored = run_store(events, seed)
        show(f"store order {seed}", score(stored, gold_of), time.perf_counter() - start)
        print(f"{'':<14} same clusters as batch: {stored == batch}")


if __name__ == "__main__":
    main()
