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
    "acled-2020-dev": (0.96, 0.98, 0.91, 0.92),  # measured 0.978, 0.995, 0.928, 0.939
    "acled-sahel-dev": (0.96, 0.98, 0.91, 0.90),  # measured 0.980, 0.993, 0.925, 0.918
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
# Measured 0.886–0.894 / 0.941–0.961 / 0.843–0.863 (2026-11-26, after the story-date fallback; the range is
# other stages changing under the same extraction code). actor1 0.641–0.654 and fatalities 0.81 after coreference
# across sentences and toll updates (was 0.562 / 0.80–0.82).
NEWS_LONG_FLOORS = {"f1": 0.87, "event_date": 0.93, "event_type": 0.82, "actor1": 0.62, "fatalities": 0.78}


def test_extraction_quality_floor_on_long_news() -> None:
    if not NEWS_LONG.exists():
        pytest.skip("benchmarks/news-long is not in this checkout")
    report = evaluate_set(NEWS_LONG, extract_only, match_country=False)
    measured = {"f1": report.f1, **{k: report.accuracy(k) for k in NEWS_LONG_FLOORS if k != "f1"}}
    below = {k: (measured[k], floor) for k, floor in NEWS_LONG_FLOORS.items() if (measured[k] or 0.0) < floor}
    assert not below, f"news-long: below floor (measured, floor): {below}"


NEWS_TYPES = Path(__file__).resolve().parents[2] / "benchmarks" / "news-types" / "dev.jsonl"
# The extractor on the 1,003 news snippets (benchmarks/news-types, a yardstick never tuned on): measured
# event_type 0.771, non-events rejected 0.903, 0.7 events per snippet; floors a little below.
NEWS_TYPES_FLOORS = {"event_type": 0.75, "non_event_rejection": 0.88}
NEWS_TYPES_MAX_EVENTS_PER_SNIPPET = 1.5


def _news_types_scorer():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("score_news_types", NEWS_TYPES.parent / "score_news_types.py")
    scorer = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, scorer)  # its dataclasses look their module up
    spec.loader.exec_module(scorer)
    return scorer


def test_extractor_floor_on_news_snippets() -> None:
    if not NEWS_TYPES.exists():
        pytest.skip("benchmarks/news-types is not in this checkout")
    scorer = _news_types_scorer()
    snippets = scorer.load_devset(NEWS_TYPES)
    predict = scorer.extractor_predictor()
    predictions = [predict(s) for s in snippets]
    measured = {"event_type": scorer.event_type_accuracy(snippets, predictions),
                "non_event_rejection": scorer.non_event_rejection(snippets, predictions)}
    below = {k: (measured[k], floor) for k, floor in NEWS_TYPES_FLOORS.items() if (measured[k] or 0.0) < floor}
    assert not below, f"news-types: below floor (measured, floor): {below}"
    assert scorer.events_per_snippet(predictions)["mean"] <= NEWS_TYPES_MAX_EVENTS_PER_SNIPPET


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
