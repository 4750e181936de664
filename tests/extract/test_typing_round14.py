"""Typing round fourteen: short news whose act sits in a subordinate clause of a long lead, or is named by a noun only
("a grenade attack on ...", "the recapture of ...", "a sit-in by ..."), and protests named by their cause. The fresh11
yardstick's own checks (split, coverage, rebuilt by its script, no text shared). Every sentence is written for these
tests; none is taken or paraphrased from the news-types sets or the evaluation articles."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH11 = SET_DIR / "fresh11.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)

EARLIER_SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                "fresh10")
FORMS = ("subclause", "noun", "cause")


def test_fresh11_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r14"), "--fresh11", "f11")


def test_fresh11_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH11))


def test_fresh11_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh11.py", "write_fresh11_r14")
    assert writer.rows_as_json() == jsonl_rows(FRESH11)


def test_fresh11_uses_all_three_forms() -> None:
    forms = [row["style"] for row in jsonl_rows(FRESH11)]
    assert set(forms) == set(FORMS) and all(forms.count(form) >= 15 for form in FORMS)


def test_fresh11_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in EARLIER_SETS]
    assert leaked(jsonl_rows(FRESH11), jsonl_shingles(others)) == []
