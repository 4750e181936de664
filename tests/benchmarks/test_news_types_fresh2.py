"""The round-four news-snippet set (benchmarks/news-types/fresh2.jsonl): schema, balance, no leak."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from benchmark_sets import jsonl_shingles, leaked, load_script
from eventwire.records import EVENT_TYPE_OF

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH2 = SET_DIR / "fresh2.jsonl"
OTHER_SETS = [SET_DIR / "dev.jsonl", SET_DIR / "fresh.jsonl"]
TRAINING_FILES = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
STYLES = {"wire", "local", "ngo", "communique", "liveblog", "translated", "police", "social"}
MIN_PER_SUB_TYPE = 6  # the task's floor per ACLED sub-type
MIN_NON_EVENTS = 30
MIN_COUNTRIES = 40
MAX_SENTENCES = 3

scorer = load_script(SET_DIR / "score_news_types.py", "score_news_types")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in FRESH2.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_load_through_the_scorer_option():
    args = scorer.parse_args(["--fresh2"])
    snippets = scorer.load_devset(scorer.chosen_set(args))
    assert len(snippets) == 200
    assert all(re.fullmatch(r"f2-\d{4}", s.id) for s in snippets)


def test_fresh_options_exclude_each_other():
    with pytest.raises(SystemExit):
        scorer.parse_args(["--fresh", "--fresh2"])


def test_labels_are_spelled_as_in_records(rows):
    for row in rows:
        if row["event_type"] is None:
            assert row["sub_event_type"] is None, row["id"]
        else:
            assert EVENT_TYPE_OF[row["sub_event_type"]] == row["event_type"], row["id"]


@pytest.mark.parametrize("sub_event_type", sorted(EVENT_TYPE_OF))
def test_every_sub_type_is_covered(rows, sub_event_type):
    assert Counter(row["sub_event_type"] for row in rows)[sub_event_type] >= MIN_PER_SUB_TYPE


def test_enough_non_events_countries_and_known_styles(rows):
    assert sum(1 for row in rows if row["event_type"] is None) >= MIN_NON_EVENTS
    assert len({row["country"] for row in rows}) >= MIN_COUNTRIES
    assert {row["style"] for row in rows} <= STYLES


def test_snippets_are_one_to_three_sentences(rows):
    for row in rows:
        sentences = re.findall(r"[.!?](?:\s|$)", row["text"])
        assert 1 <= len(sentences) <= MAX_SENTENCES, row["id"]


def test_ids_and_texts_are_unique(rows):
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({" ".join(row["text"].lower().split()) for row in rows}) == len(rows)


@pytest.mark.skipif(not TRAINING_FILES, reason="no shipped training examples to compare against")
def test_texts_do_not_leak_into_training_examples(rows):
    assert leaked(rows, jsonl_shingles(TRAINING_FILES)) == []


def test_texts_are_not_dev_or_fresh_texts(rows):
    assert leaked(rows, jsonl_shingles(OTHER_SETS)) == []
