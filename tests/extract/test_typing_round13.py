"""Typing round thirteen: short news in five forms (a rarer verb, a passive lead, a second-sentence wire brief, an act
told in a quote, a headline and its lead). The fresh10 yardstick's own checks (split, coverage, rebuilt by its script,
no text shared)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH10 = SET_DIR / "fresh10.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)

EARLIER_SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9")
FORMS = ("lead", "passive", "wire2", "quote", "head")


def test_fresh10_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r13"), "--fresh10", "f10")


def test_fresh10_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH10))


def test_fresh10_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh10.py", "write_fresh10_r13")
    assert writer.rows_as_json() == jsonl_rows(FRESH10)


def test_fresh10_uses_all_five_forms() -> None:
    forms = [row["style"] for row in jsonl_rows(FRESH10)]
    assert set(forms) == set(FORMS) and all(30 <= forms.count(form) <= 60 for form in FORMS)


def test_fresh10_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in EARLIER_SETS]
    assert leaked(jsonl_rows(FRESH10), jsonl_shingles(others)) == []
