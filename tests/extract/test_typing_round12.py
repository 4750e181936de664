"""Typing round twelve: the fresh9 yardstick's own checks (split, coverage, rebuilt by its script, no text shared)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH9 = SET_DIR / "fresh9.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)

EARLIER_SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")


def test_fresh9_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r12"), "--fresh9", "f9")


def test_fresh9_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH9))


def test_fresh9_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh9.py", "write_fresh9_r12")
    assert writer.rows_as_json() == jsonl_rows(FRESH9)


def test_fresh9_uses_all_three_forms_in_about_equal_parts() -> None:
    forms = [row["style"] for row in jsonl_rows(FRESH9)]
    heads = sum(form.startswith("head-") for form in forms)
    assert all(70 <= count <= 90 for count in (heads, forms.count("lead"), forms.count("wire2")))


def test_fresh9_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in EARLIER_SETS]
    assert leaked(jsonl_rows(FRESH9), jsonl_shingles(others)) == []
