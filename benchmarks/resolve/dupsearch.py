"""Speed of the store's near-duplicate search on articles with text (the events benchmark has none).

N generated 120-word stories (random vocabulary, so none are copies) published within 3 days are stored in
batches, then 200 more are timed.

    PYTHONPATH=src .venv/bin/python benchmarks/resolve/dupsearch.py [--stored 3000] [--db-url sqlite:////tmp/dup.db]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import datetime, timedelta, timezone

from eventwire.records import Article
from eventwire.store import ingest_batch, open_store

VOCABULARY = [f"w{i}" for i in range(3000)]
START = datetime(2020, 5, 1, tzinfo=timezone.utc)


def story(number: int, rng: random.Random) -> Article:
    text = " ".join(rng.choice(VOCABULARY) for _ in range(120))
    return Article(id=f"a{number:06d}", title="t", text=text, published_at=START + timedelta(hours=rng.randint(0, 72)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, default=3000)
    parser.add_argument("--db-url", default="sqlite://")
    args = parser.parse_args()
    rng, store = random.Random(1), open_store(args.db_url)
    for first in range(0, args.stored, 500):
        ingest_batch(store, [(story(i, rng), []) for i in range(first, min(args.stored, first + 500))])
    start = time.perf_counter()
    ingest_batch(store, [(story(args.stored + i, rng), []) for i in range(200)])
    print(f"200 articles against {args.stored:,} stored: {200 / (time.perf_counter() - start):.0f} articles/s")


if __name__ == "__main__":
    main()
