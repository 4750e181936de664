"""Merge quality over several generator seeds (batch clustering), so tuning is not fitted to one set.

    PYTHONPATH=src .venv/bin/python benchmarks/resolve/seeds.py [--seeds 7 11 23 42 99]

Needs ../shared/eval (the gold events the generator samples); seed 7 is the committed set.
"""

from __future__ import annotations

import argparse

from generate_multireport import GOLD, build
from quality import run_batch, score

from eventwire.store.convert import event_from_record


def measure(seed: int) -> dict[str, float]:
    rows = build(200, seed)
    events = [event_from_record(row) for row in rows]
    return score(run_batch(events), {row["event_id"]: row["gold"] for row in rows})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 11, 23, 42, 99])
    args = parser.parse_args()
    if not GOLD.exists():
        raise SystemExit(f"gold file not found: {GOLD}")
    results = [measure(seed) for seed in args.seeds]
    print("| seed | precision | recall | events / gold |\n|---|---|---|---|")
    for seed, r in zip(args.seeds, results):
        print(f"| {seed} | {r['precision']:.3f} | {r['recall']:.3f} | {r['count_error']:+.1%} |")
    mean = {k: sum(r[k] for r in results) / len(results) for k in ("precision", "recall", "count_error")}
    print(f"| mean | {mean['precision']:.4f} | {mean['recall']:.4f} | {mean['count_error']:+.1%} |")


if __name__ == "__main__":
    main()
