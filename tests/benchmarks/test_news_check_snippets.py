"""The held-out snippet check sets (benchmarks/news-check-snippets/ to news-check-snippets17/): loadable by the
scorer, coded with ACLED's sub-types, balanced as planned, rebuilt by their scripts, and ours (no text copied from
../shared, none leaked from the repo's other snippet sets, the training data or the other check sets)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmark_sets import copied_from, jsonl_rows, jsonl_shingles, leaked, load_script
from eventwire.records import EVENT_TYPE_OF

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
OTHER_SNIPPET_SETS = sorted((REPO / "benchmarks" / "news-types").glob("*.jsonl"))
TRAINING_FILES = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
MIN_PER_SUB_TYPE = 5  # the first two plans' floor for each of ACLED's 25 sub-types
NON_EVENT_SHARE = (0.10, 0.20)  # every plan: about 15 % non-events
STYLES = {"headline", "wire", "attribution", "passive", "count", "translated", "communique", "ngo", "liveblog",
          "local", "two-acts"}
MAX_SENTENCES = 3
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9]|\s*$)")


@dataclass(frozen=True)
class SnippetSet:
    name: str
    size: int
    id_prefix: str
    min_per_sub_type: int = MIN_PER_SUB_TYPE

    @property
    def folder(self) -> Path:
        return REPO / "benchmarks" / self.name

    @property
    def snippets(self) -> Path:
        return self.folder / "snippets.jsonl"


# news-check-snippets3's plan: 150 snippets, so each of the 25 sub-types at least 4 times; news-check-snippets4's:
# 150 snippets, 25 of them non-events and each sub-type 5 times; news-check-snippets5's and
# news-check-snippets6's, news-check-snippets7's, news-check-snippets8's, news-check-snippets9's,
# news-check-snippets10's, news-check-snippets11's, news-check-snippets12's, news-check-snippets13's,
# news-check-snippets14's, news-check-snippets15's, news-check-snippets16's and news-check-snippets17's: the same
# plan.
SNIPPET_SETS = [SnippetSet("news-check-snippets", 220, "cs"), SnippetSet("news-check-snippets2", 200, "cs2"),
                SnippetSet("news-check-snippets3", 150, "cs3", min_per_sub_type=4),
                SnippetSet("news-check-snippets4", 150, "cs4"), SnippetSet("news-check-snippets5", 150, "cs5"),
                SnippetSet("news-check-snippets6", 150, "cs6"),
                SnippetSet("news-check-snippets7", 150, "cs7"),
                SnippetSet("news-check-snippets8", 150, "cs8"),
                SnippetSet("news-check-snippets9", 150, "cs9"),
                SnippetSet("news-check-snippets10", 150, "cs10"),
                SnippetSet("news-check-snippets11", 150, "cs11"),
                SnippetSet("news-check-snippets12", 150, "cs12"),
                SnippetSet("news-check-snippets13", 150, "cs13"),
                SnippetSet("news-check-snippets14", 150, "cs14"),
                SnippetSet("news-check-snippets15", 150, "cs15"),
                SnippetSet("news-check-snippets16", 150, "cs16"),
                SnippetSet("news-check-snippets17", 150, "cs17")]

scorer = load_script(REPO / "benchmarks" / "news-types" / "score_news_types.py", "score_news_types")


@pytest.fixture(scope="module", params=SNIPPET_SETS, ids=lambda s: s.name)
def snippet_set(request) -> SnippetSet:
    return request.param


@pytest.fixture(scope="module")
def rows(snippet_set) -> list[dict]:
    return jsonl_rows(snippet_set.snippets)


def test_the_set_loads_through_the_scorer_with_unique_ids(snippet_set):
    snippets = scorer.load_devset(snippet_set.snippets)
    assert len(snippets) == snippet_set.size
    assert all(re.fullmatch(rf"{snippet_set.id_prefix}-\d{{4}}", s.id) for s in snippets)
    assert len({s.id for s in snippets}) == len(snippets)


def test_score_script_passes_this_set_and_extractor_mode_to_the_scorer(snippet_set):
    arguments = load_script(snippet_set.folder / "score.py").scorer_arguments(["--limit", "3"])
    args = scorer.parse_args(arguments)
    assert args.devset == snippet_set.snippets and args.extractor and args.limit == 3
    assert scorer.chosen_set(args) == snippet_set.snippets


def test_a_devset_of_the_callers_own_wins_over_the_sets(snippet_set, tmp_path):
    own = tmp_path / "own.jsonl"
    arguments = load_script(snippet_set.folder / "score.py").scorer_arguments(["--devset", str(own)])
    assert scorer.chosen_set(scorer.parse_args(arguments)) == own


def test_every_code_is_one_of_acleds_with_its_own_event_type(rows):
    for row in rows:
        if row["event_type"] is None:
            assert row["sub_event_type"] is None, row["id"]
        else:
            assert EVENT_TYPE_OF[row["sub_event_type"]] == row["event_type"], row["id"]
        assert row["reason"].strip() and row["country"].strip(), row["id"]


@pytest.mark.parametrize("sub_event_type", sorted(EVENT_TYPE_OF))
def test_every_sub_type_has_its_floor(snippet_set, rows, sub_event_type):
    assert Counter(row["sub_event_type"] for row in rows)[sub_event_type] >= snippet_set.min_per_sub_type


def test_non_events_are_about_fifteen_percent(rows):
    share = sum(row["event_type"] is None for row in rows) / len(rows)
    assert NON_EVENT_SHARE[0] <= share <= NON_EVENT_SHARE[1]


def test_styles_are_known_and_snippets_are_short(rows):
    assert {row["style"] for row in rows} == STYLES
    for row in rows:
        assert 1 <= len(SENTENCE_END.findall(row["text"])) <= MAX_SENTENCES, row["id"]


def test_the_file_is_what_its_script_writes(snippet_set):
    script = load_script(snippet_set.folder / "make_snippets.py")
    assert script.snippets_text() == snippet_set.snippets.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def copied_ids() -> list[str]:
    """The ids, in every snippet set, of snippets sharing a word run with ../shared (one pass over ../shared)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    texts = {row["id"]: row["text"] for s in SNIPPET_SETS for row in jsonl_rows(s.snippets)}
    return copied_from(SHARED, texts)


def test_no_snippet_is_copied_from_shared(snippet_set, rows, copied_ids):
    # copied_from flags a shared 10-word run, so a shared 12-word run is flagged too.
    assert not set(copied_ids) & {row["id"] for row in rows}


def test_no_snippet_leaks_from_the_repos_other_snippet_sets_or_training_data(snippet_set, rows):
    other_check_sets = [s.snippets for s in SNIPPET_SETS if s != snippet_set]
    assert OTHER_SNIPPET_SETS
    assert not leaked(rows, jsonl_shingles(OTHER_SNIPPET_SETS + TRAINING_FILES + other_check_sets))
