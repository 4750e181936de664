"""The held-out snippet check set (benchmarks/news-check-snippets/snippets.jsonl): loadable by the scorer, coded with
ACLED's sub-types, balanced as planned, rebuilt by its script, and ours (no text copied from ../shared or leaked
from the repo's other snippet sets)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from benchmark_sets import copied_from, jsonl_rows, jsonl_shingles, leaked, load_script
from eventwire.records import EVENT_TYPE_OF

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SET_DIR = REPO / "benchmarks" / "news-check-snippets"
SNIPPETS = SET_DIR / "snippets.jsonl"
OTHER_SNIPPET_SETS = sorted((REPO / "benchmarks" / "news-types").glob("*.jsonl"))
TRAINING_FILES = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
SNIPPET_COUNT = 220
MIN_PER_SUB_TYPE = 5  # the plan's floor for each of ACLED's 25 sub-types
NON_EVENT_SHARE = (0.10, 0.20)  # the plan: about 15 % non-events
STYLES = {"headline", "wire", "attribution", "passive", "count", "translated", "communique", "ngo", "liveblog",
          "local", "two-acts"}
MAX_SENTENCES = 3
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9]|\s*$)")

scorer = load_script(REPO / "benchmarks" / "news-types" / "score_news_types.py", "score_news_types")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return jsonl_rows(SNIPPETS)


def test_the_set_loads_through_the_scorer_with_unique_ids():
    snippets = scorer.load_devset(SNIPPETS)
    assert len(snippets) == SNIPPET_COUNT
    assert all(re.fullmatch(r"cs-\d{4}", s.id) for s in snippets)
    assert len({s.id for s in snippets}) == len(snippets)


def test_score_script_passes_this_set_and_extractor_mode_to_the_scorer():
    arguments = load_script(SET_DIR / "score.py").scorer_arguments(["--limit", "3"])
    args = scorer.parse_args(arguments)
    assert args.devset == SNIPPETS and args.extractor and args.limit == 3
    assert scorer.chosen_set(args) == SNIPPETS


def test_every_code_is_one_of_acleds_with_its_own_event_type(rows):
    for row in rows:
        if row["event_type"] is None:
            assert row["sub_event_type"] is None, row["id"]
        else:
            assert EVENT_TYPE_OF[row["sub_event_type"]] == row["event_type"], row["id"]
        assert row["reason"].strip() and row["country"].strip(), row["id"]


@pytest.mark.parametrize("sub_event_type", sorted(EVENT_TYPE_OF))
def test_every_sub_type_has_its_floor(rows, sub_event_type):
    assert Counter(row["sub_event_type"] for row in rows)[sub_event_type] >= MIN_PER_SUB_TYPE


def test_non_events_are_about_fifteen_percent(rows):
    share = sum(row["event_type"] is None for row in rows) / len(rows)
    assert NON_EVENT_SHARE[0] <= share <= NON_EVENT_SHARE[1]


def test_styles_are_known_and_snippets_are_short(rows):
    assert {row["style"] for row in rows} == STYLES
    for row in rows:
        assert 1 <= len(SENTENCE_END.findall(row["text"])) <= MAX_SENTENCES, row["id"]


def test_the_file_is_what_its_script_writes():
    assert load_script(SET_DIR / "make_snippets.py").snippets_text() == SNIPPETS.read_text(encoding="utf-8")


def test_no_snippet_is_copied_from_shared(rows):
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    # copied_from flags a shared 10-word run, so a shared 12-word run is flagged too.
    assert not copied_from(SHARED, {row["id"]: row["text"] for row in rows})


def test_no_snippet_leaks_from_the_repos_other_snippet_sets_or_training_data(rows):
    assert OTHER_SNIPPET_SETS
    assert not leaked(rows, jsonl_shingles(OTHER_SNIPPET_SETS + TRAINING_FILES))
