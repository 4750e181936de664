"""Quality gates on the development sets in ../shared/eval (skipped when ../shared is absent).

Extraction alone is scored (no geocoding), pairing events without the country check, so that these
floors move only with the extraction stage. Floors are what was measured minus a small margin
(benchmarks/extract/RESULTS.md has the measurements); they only ever move up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import evaluate_set
from eventwire.evaluate.run import extract_only

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
EVAL = SHARED / "eval"

# set → (event F1, event_date, event_type, fatalities) floors on matched events
FLOORS = {
    "seed": (0.97, 0.97, 0.97, 0.97),
    "acled-2020-dev": (0.95, 0.97, 0.90, 0.91),
    "acled-sahel-dev": (0.96, 0.97, 0.90, 0.89),
}

pytestmark = pytest.mark.eval


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_extraction_quality_floor(name: str) -> None:
    gold = EVAL / name / "gold.jsonl"
    if not gold.exists():
        pytest.skip(f"{gold} not available (no ../shared)")
    report = evaluate_set(gold, extract_only, match_country=False)
    f1, event_date, event_type, fatalities = FLOORS[name]
    measured = {"f1": report.f1, "event_date": report.accuracy("event_date"),
                "event_type": report.accuracy("event_type"), "fatalities": report.accuracy("fatalities")}
    floors = {"f1": f1, "event_date": event_date, "event_type": event_type, "fatalities": fatalities}
    below = {k: (measured[k], floors[k]) for k in floors if (measured[k] or 0.0) < floors[k]}
    assert not below, f"{name}: below floor (measured, floor): {below}"


NEWS_LONG = Path(__file__).resolve().parents[2] / "benchmarks" / "news-long" / "gold.jsonl"
# Long wire stories in the repo (benchmarks/news-long): extraction-only floors, measured minus a margin.
NEWS_LONG_FLOORS = {"f1": 0.86, "event_date": 0.87, "event_type": 0.82}


def test_extraction_quality_floor_on_long_news() -> None:
    if not NEWS_LONG.exists():
        pytest.skip("benchmarks/news-long is not in this checkout")
    report = evaluate_set(NEWS_LONG, extract_only, match_country=False)
    measured = {"f1": report.f1, "event_date": report.accuracy("event_date"), "event_type": report.accuracy("event_type")}
    below = {k: (measured[k], floor) for k, floor in NEWS_LONG_FLOORS.items() if (measured[k] or 0.0) < floor}
    assert not below, f"news-long: below floor (measured, floor): {below}"


def test_seed_story_yields_its_indelimane_attack_exactly() -> None:
    seed = SHARED / "seed" / "000_4a4f2ddd6b6ee95b.txt"
    if not seed.exists():
        pytest.skip("seed story not available (no ../shared)")
    records = list(extract_only([seed]))
    assert len(records) == 4
    main = next(r for r in records if r["location"] == "Indelimane")
    assert (main["event_date"], main["event_type"], main["sub_event_type"]) == ("2019-11-01", "Battles", "Armed clash")
    assert (main["actor1"], main["actor2"], main["fatalities"], main["country"]) == (
        "Islamic State (Greater Sahara)", "Military Forces of Mali", 49, "Mali")
