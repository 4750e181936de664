"""The fourth cross-outlet merge set (benchmarks/merge-news4): its gold is well formed, it scores with the first
set's scorer, and its stories are our own words."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SET4 = REPO / "benchmarks" / "merge-news4"
SHARED = REPO / ".." / "shared"


@pytest.fixture(scope="module")
def helpers():
    import sys

    sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
    import benchmark_sets

    return benchmark_sets


def test_every_row_names_an_existing_story_and_dated_reports(helpers):
    for row in helpers.gold_rows(SET4):
        assert (SET4 / row["path"]).is_file(), row["path"]
        for report in row["reports"]:
            date.fromisoformat(report["event_date"])
            assert report["incident"] and report["names"]


def test_eight_incidents_told_by_three_to_five_outlets_and_the_look_alikes(helpers):
    rows = helpers.gold_rows(SET4)
    required = Counter(r["incident"] for row in rows for r in row["reports"] if not r.get("optional"))
    told_by_several = [n for n in required.values() if n >= 3]
    assert len(told_by_several) == 8 and max(told_by_several) <= 5
    assert sum(1 for row in rows if row["style"].startswith("distractor")) >= 8
    assert len(list((SET4 / "articles").glob("*.txt"))) == len(rows)


def test_the_set_scores_with_the_first_sets_scorer(helpers):
    wrapper = helpers.load_script(SET4 / "score.py", "merge_news4_score")
    module = wrapper.load_scorer()
    gold = module.load_gold(SET4 / "gold.jsonl")
    assert {g.file for g in gold} == {p.name for p in (SET4 / "articles").glob("*.txt")}


def test_the_stories_share_no_ten_word_run_with_shared(helpers):
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET4 / "articles").glob("*.txt"))}
    assert helpers.copied_from(SHARED, texts) == []
