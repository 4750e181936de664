"""Typing round fifteen: short news whose sub-type turns on the detail that tells it from its neighbour. Readings, each
with the case it fixes and near twins it must leave alone, are listed in the tables below.
The fresh12 yardstick's own checks (split, coverage, rebuilt by its script, no text shared). Every sentence is written
for these tests; none is taken or paraphrased from the news-types sets or the evaluation articles."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

import typing_tables
from eventwire.extract import ExtractionKit

PUBLISHED = datetime(2020, 6, 15)
# (text, main draft's sub-type; None: no event); each row fails before the round
TYPED: list[tuple[str, str | None]] = []
# Twins: the same words in a reading the round must leave as it was (each passes before and after).
TWINS: list[tuple[str, str | None]] = []


@pytest.fixture(scope="module")
def kit() -> ExtractionKit:
    return ExtractionKit.load()


@pytest.mark.parametrize("text, expected", TYPED)
def test_round_fifteen_readings_type_the_snippet(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


# --------------------------------------------------------------------------- the fresh12 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH12 = SET_DIR / "fresh12.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)

EARLIER_SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                "fresh10", "fresh11")
FORMS = ("head", "passive", "clause", "long")


def test_fresh12_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r15"), "--fresh12", "f12")


def test_fresh12_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH12))


def test_fresh12_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh12.py", "write_fresh12_r15")
    assert writer.rows_as_json() == jsonl_rows(FRESH12)


def test_fresh12_uses_all_four_forms() -> None:
    forms = [row["style"] for row in jsonl_rows(FRESH12)]
    assert set(forms) == set(FORMS) and all(forms.count(form) >= 50 for form in FORMS)


def test_fresh12_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in EARLIER_SETS]
    assert leaked(jsonl_rows(FRESH12), jsonl_shingles(others)) == []


def test_the_round_fifteen_tables_do_not_leak_into_the_sets() -> None:
    table_rows = [{"id": text[:30], "text": text} for text, _ in TYPED + TWINS]
    sets = [SET_DIR / f"{name}.jsonl" for name in (*EARLIER_SETS, "fresh12")]
    assert leaked(table_rows, jsonl_shingles(sets)) == []
