"""The cross-outlet merge set (benchmarks/merge-news): its gold is well formed, its scorer counts right, and
its stories are our own words."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SET = REPO / "benchmarks" / "merge-news"
SHARED = REPO / ".." / "shared"
sys.path.insert(0, str(REPO / "benchmarks"))
from benchmark_scripts import load_script  # noqa: E402

GOLD_FILES = ("gold.jsonl", "gold-fresh.jsonl")


@pytest.fixture(scope="module")
def scorer():
    return load_script(SET / "score.py", "merge_news_score")


@pytest.mark.parametrize("gold_file", GOLD_FILES)
def test_every_row_names_an_existing_story_and_dated_reports(gold_file):
    rows = [json.loads(line) for line in (SET / gold_file).read_text(encoding="utf-8").splitlines()]
    for row in rows:
        assert (SET / row["path"]).is_file(), row["path"]
        assert row["reports"], row["article_id"]
        for report in row["reports"]:
            date.fromisoformat(report["event_date"])
            assert report["incident"] and report["names"]


@pytest.mark.parametrize("gold_file", GOLD_FILES)
def test_every_main_incident_is_told_by_three_outlets(gold_file):
    rows = [json.loads(line) for line in (SET / gold_file).read_text(encoding="utf-8").splitlines()]
    required = Counter(r["incident"] for row in rows for r in row["reports"] if not r.get("optional"))
    styles = Counter(row["style"] for row in rows)
    assert sum(1 for n in required.values() if n >= 3) == styles["wire"]
    assert styles["distractor"] >= 2


def test_the_scorer_counts_pairs_and_wrong_merges(scorer, report):
    gold = [
        scorer.GoldReport("a.txt", "solhan", date(2021, 6, 5), ("Solhan",), False, 7),
        scorer.GoldReport("b.txt", "solhan", date(2021, 6, 5), ("Solhan",), False, 7),
        scorer.GoldReport("c.txt", "solhan", date(2021, 6, 5), ("Solhan",), False, 7),
        scorer.GoldReport("d.txt", "tadaryat", date(2021, 6, 4), ("Tadaryat",), False, 7),
    ]
    a, b, c = (report(x, day="2021-06-05", location="Solhan") for x in "abc")  # sources read a.txt, b.txt...
    d = report("d", day="2021-06-04", location="Tadaryat")
    # a and b merged, c alone, d wrongly with b: 1 of 3 gold pairs found, 1 of 3 merged pairs right
    clusters = [(a.event_id, b.event_id, d.event_id), (c.event_id,)]
    result = scorer.score(gold, [a, b, c, d], clusters)
    assert result["pairwise recall"] == pytest.approx(1 / 3, abs=1e-3)
    assert result["pairwise precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert result["wrong merges"] == [("solhan", "tadaryat")]


def test_stories_share_no_ten_word_run_with_shared(scorer):
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    helpers = load_script(REPO / "tests" / "benchmarks" / "benchmark_sets.py", "merge_news_copycheck")
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET / "articles").glob("*.txt"))}
    assert len(texts) >= 36
    assert helpers.copied_from(SHARED, texts) == []


# --------------------------------------------------------------------------- the second set (benchmarks/merge-news2)

SET2 = REPO / "benchmarks" / "merge-news2"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_second_set_names_existing_stories_and_dated_reports():
    for row in _rows(SET2 / "gold.jsonl"):
        assert (SET2 / row["path"]).is_file(), row["path"]
        for report in row["reports"]:
            date.fromisoformat(report["event_date"])
            assert report["incident"] and report["names"]


def test_the_second_set_has_its_incidents_told_by_several_outlets_and_six_look_alikes():
    rows = _rows(SET2 / "gold.jsonl")
    required = Counter(r["incident"] for row in rows for r in row["reports"] if not r.get("optional"))
    assert sum(1 for n in required.values() if n >= 3) >= 7
    assert Counter(row["style"] for row in rows)["distractor"] == 6
    assert len(list((SET2 / "articles").glob("*.txt"))) == len(rows)


def test_the_second_set_scores_with_the_first_sets_scorer():
    wrapper = load_script(SET2 / "score.py", "merge_news2_score")
    module = wrapper.load_scorer()
    gold = module.load_gold(SET2 / "gold.jsonl")
    assert {g.file for g in gold} == {p.name for p in (SET2 / "articles").glob("*.txt")}


def test_the_second_sets_stories_share_no_ten_word_run_with_shared():
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    helpers = load_script(REPO / "tests" / "benchmarks" / "benchmark_sets.py", "merge_news2_copycheck")
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET2 / "articles").glob("*.txt"))}
    assert helpers.copied_from(SHARED, texts) == []
