"""The fresh news-snippet set (benchmarks/news-types/fresh.jsonl): schema, balance, and no leak into training."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmark_sets import jsonl_shingles, leaked, load_script
from eventwire.records import EVENT_TYPE_OF

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH = SET_DIR / "fresh.jsonl"
DEVSET = SET_DIR / "dev.jsonl"
TRAINING_FILES = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
MIN_PER_SUB_TYPE = 5
MIN_NON_EVENTS = 35

scorer = load_script(SET_DIR / "score_news_types.py", "score_news_types")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_load_through_the_scorer():
    snippets = scorer.load_devset(scorer.FRESH_SET)
    assert len(snippets) >= 150
    assert all(s.id.startswith("fr-") for s in snippets)


def test_labels_are_spelled_as_in_records(rows):
    for row in rows:
        if row["event_type"] is None:
            assert row["sub_event_type"] is None, row["id"]
        else:
            assert EVENT_TYPE_OF[row["sub_event_type"]] == row["event_type"], row["id"]


@pytest.mark.parametrize("sub_event_type", sorted(EVENT_TYPE_OF))
def test_every_sub_type_is_covered(rows, sub_event_type):
    assert Counter(row["sub_event_type"] for row in rows)[sub_event_type] >= MIN_PER_SUB_TYPE


def test_enough_non_events(rows):
    assert sum(1 for row in rows if row["event_type"] is None) >= MIN_NON_EVENTS


def test_ids_and_texts_are_unique(rows):
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({" ".join(row["text"].lower().split()) for row in rows}) == len(rows)


@pytest.mark.skipif(not TRAINING_FILES, reason="no shipped training examples to compare against")
def test_fresh_texts_do_not_leak_into_training_examples(rows):
    assert leaked(rows, jsonl_shingles(TRAINING_FILES)) == []


def test_fresh_texts_are_not_dev_texts(rows):
    assert leaked(rows, jsonl_shingles([DEVSET])) == []
