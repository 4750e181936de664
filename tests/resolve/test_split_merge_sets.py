"""The cross-outlet merge sets split by incident group (benchmarks/merge-news5 on): their gold is well formed, their
parts split by incident group (every third group held), they score with the first set's scorer, and their stories
are our own words."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SPLIT_SETS = ["merge-news5", "merge-news6", "merge-news7", "merge-news8", "merge-news9", "merge-news10",
              "merge-news11", "merge-news12"]
# look-alikes each set carries (merge-news7 was asked for four: one per incident in half the groups)
LOOK_ALIKES = {"merge-news5": 8, "merge-news6": 8, "merge-news7": 4, "merge-news8": 5, "merge-news9": 5, "merge-news10": 5,
               "merge-news11": 5, "merge-news12": 5}


@pytest.fixture(scope="module")
def helpers():
    import sys

    sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
    import benchmark_sets

    return benchmark_sets


@pytest.fixture(params=SPLIT_SETS)
def merge_set(request) -> Path:
    return REPO / "benchmarks" / request.param


@pytest.fixture
def wrapper(helpers, merge_set: Path):
    return helpers.load_script(merge_set / "score.py", merge_set.name.replace("-", "_") + "_score")


def test_every_row_names_an_existing_story_a_group_and_dated_reports(helpers, merge_set: Path):
    for row in helpers.gold_rows(merge_set):
        assert (merge_set / row["path"]).is_file(), row["path"]
        assert 1 <= row["group"] <= 8
        for report in row["reports"]:
            date.fromisoformat(report["event_date"])
            assert report["incident"] and report["names"]


def test_eight_incidents_told_by_three_to_five_outlets_and_the_look_alikes(helpers, merge_set: Path):
    rows = helpers.gold_rows(merge_set)
    required = Counter(r["incident"] for row in rows for r in row["reports"] if not r.get("optional"))
    told_by_several = [n for n in required.values() if n >= 3]
    assert len(told_by_several) == 8 and max(told_by_several) <= 5
    assert sum(1 for row in rows if row["style"].startswith("distractor")) >= LOOK_ALIKES[merge_set.name]
    assert len(list((merge_set / "articles").glob("*.txt"))) == len(rows)


def test_the_parts_split_by_incident_group(wrapper):
    groups = {part: {json.loads(line)["group"] for line in wrapper.part_gold_lines(part)}
              for part in ("dev", "held", "all")}
    assert groups["held"] == {3, 6}
    assert groups["dev"] | groups["held"] == groups["all"] == set(range(1, 9))
    assert not groups["dev"] & groups["held"]


def test_no_incident_crosses_the_parts(wrapper):
    incidents = {part: {r["incident"] for line in wrapper.part_gold_lines(part)
                        for r in json.loads(line)["reports"] if not r.get("optional")} for part in ("dev", "held")}
    assert not incidents["dev"] & incidents["held"]


def test_the_set_scores_with_the_first_sets_scorer(wrapper, merge_set: Path):
    module = wrapper.load_scorer()
    gold = module.load_gold(merge_set / "gold.jsonl")
    assert {g.file for g in gold} == {p.name for p in (merge_set / "articles").glob("*.txt")}


def test_the_stories_share_no_ten_word_run_with_shared(helpers, merge_set: Path):
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((merge_set / "articles").glob("*.txt"))}
    assert helpers.copied_from(SHARED, texts) == []
