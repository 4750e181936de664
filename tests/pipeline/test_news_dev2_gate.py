"""Quality gate for the whole pipeline on benchmarks/news-dev2 (20 long stories written and coded before the
pipeline first ran on them). Floors are the measured values minus a small margin; they only move up.

Measured 2026-11-26 (benchmarks/news-dev2/RESULTS.md): F1 0.875, event_date 1.000, actor1 0.737,
fatalities 0.902, country 1.000 (first run, before any change: F1 0.759, actor1 0.686, fatalities 0.789).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import evaluate_set
from eventwire.pipeline import Toolkit, extract_paths

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "news-dev2" / "gold.jsonl"
FLOORS = {"f1": 0.85, "event_date": 0.97, "country": 0.98, "actor1": 0.71, "fatalities": 0.87}


@pytest.mark.eval
def test_news_dev2_stays_above_its_floors():
    if not GOLD.exists():
        pytest.skip(f"{GOLD} is not available")
    toolkit = Toolkit.load()
    report = evaluate_set(GOLD, lambda paths: extract_paths(list(paths), toolkit=toolkit, merge=False))
    measured = {"f1": report.f1, **{name: score.accuracy for name, score in report.fields.items()}}
    below = {name: measured[name] for name, floor in FLOORS.items() if measured[name] < floor}
    assert not below, f"below the floors {FLOORS}: {below}"
