"""The news-check4 set (benchmarks/news-check4): loadable by the scorer, parseable, ours, of long-news length.

The set is a late held-out check of long stories, coded before the pipeline ever ran on it; its gold is kept exactly
as first coded (a type a coder could code two ways is left unscored, as news-dev3's helper allows), so the shared
schema checks of test_long_news_gold.py, which want a sub-type on every event, are not applied to it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark_sets import body_words, copied_from, gold_rows
from eventwire.evaluate import load_gold
from eventwire.ingest import read_article
from eventwire.records import EVENT_TYPE_OF

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-check4"
SHARED = REPO / ".." / "shared"
ARTICLES, NON_EVENT_ARTICLES = 14, 2
MIN_WORDS, MAX_WORDS = 250, 550
MAX_REQUIRED_EVENTS = 5
# Two outlets' reports of one incident: the pair must share a required gold event (date, country, place).
SAME_INCIDENT_PAIRS = [("c4-003", "c4-004"), ("c4-009", "c4-010")]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return gold_rows(SET_DIR)


def test_gold_loads_with_the_scorer_and_has_its_planned_size(rows):
    gold = load_gold(SET_DIR / "gold.jsonl")
    assert len(gold) == len(rows) == ARTICLES
    assert sum(not row["events"] for row in rows) == NON_EVENT_ARTICLES
    assert {p.name for p in (SET_DIR / "articles").iterdir()} == {Path(row["path"]).name for row in rows}


def test_coded_types_are_the_codebooks(rows):
    for row in rows:
        for event in row["events"]:
            assert event["reason"].strip(), row["article_id"]
            if "sub_event_type" in event:
                assert EVENT_TYPE_OF[event["sub_event_type"]] == event["event_type"], row["article_id"]
            assert event["event_date"] <= row["published_at"], row["article_id"]


def test_every_article_parses_with_its_title_date_and_news_length(rows):
    for row in rows:
        [article] = read_article(SET_DIR / row["path"])
        assert article.title.strip(), row["article_id"]
        assert article.published_at.date().isoformat() == row["published_at"], row["article_id"]
        assert MIN_WORDS <= body_words(SET_DIR / row["path"]) <= MAX_WORDS, row["article_id"]


def test_no_article_sentence_is_copied_from_shared(rows):
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    texts = {row["article_id"]: (SET_DIR / row["path"]).read_text(encoding="utf-8") for row in rows}
    assert not copied_from(SHARED, texts)


def _required_events(row: dict) -> list[dict]:
    return [event for event in row["events"] if not event.get("optional")]


def test_event_stories_code_one_to_five_required_events(rows):
    for row in rows:
        if row["events"]:
            assert 1 <= len(_required_events(row)) <= MAX_REQUIRED_EVENTS, row["article_id"]


@pytest.mark.parametrize("first, second", SAME_INCIDENT_PAIRS)
def test_two_outlets_of_one_incident_share_a_coded_event(rows, first, second):
    by_id = {row["article_id"]: row for row in rows}

    def keys(article_id: str) -> set[tuple[str, str, str]]:
        return {(e["event_date"], e["country"], e.get("location", "")) for e in _required_events(by_id[article_id])}

    assert keys(first) & keys(second)
    assert (SET_DIR / by_id[first]["path"]).read_text(encoding="utf-8") != (
        SET_DIR / by_id[second]["path"]).read_text(encoding="utf-8")
