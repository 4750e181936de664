"""The news-style dev set (benchmarks/news-types/dev.jsonl) and its scorer.

Schema and balance checks keep the set usable as issue 10's yardstick; the metric tests pin
the scorer's arithmetic on a tiny hand-made prediction list.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmark_sets import jsonl_shingles, leaked, load_script
from eventwire.records import EVENT_TYPE_OF, SUB_EVENT_TYPES

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
DEVSET = SET_DIR / "dev.jsonl"
TRAINING_FILES = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))

STYLES = {"wire", "local", "ngo", "communique", "liveblog", "translated", "police", "social"}
FIELDS = {"id", "text", "event_type", "sub_event_type", "country", "style", "reason"}
MIN_PER_SUB_TYPE = 20
MIN_NON_EVENTS = 150
MIN_COUNTRIES = 30
MIN_SNIPPETS = 700
MAX_MULTI_EVENT_SHARE = 0.05


scorer = load_script(SET_DIR / "score_news_types.py", "score_news_types")


@pytest.fixture(scope="module")
def raw_rows() -> list[dict]:
    return [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def snippets():
    return scorer.load_devset(DEVSET)


# --------------------------------------------------------------------------- schema


def test_every_row_has_the_documented_fields(raw_rows):
    for row in raw_rows:
        assert FIELDS <= set(row), row.get("id")
        assert set(row) <= FIELDS | {"n_events"}, row["id"]


def test_types_and_sub_types_are_spelled_as_in_records(raw_rows):
    for row in raw_rows:
        if row["event_type"] is None:
            assert row["sub_event_type"] is None, row["id"]
        else:
            assert EVENT_TYPE_OF.get(row["sub_event_type"]) == row["event_type"], row["id"]


def test_snippets_are_20_to_150_words(raw_rows):
    for row in raw_rows:
        assert 20 <= len(row["text"].split()) <= 150, row["id"]


def test_ids_are_unique_and_sequential(raw_rows):
    ids = [row["id"] for row in raw_rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"nt-\d{4}", i) for i in ids)


def test_texts_are_unique(raw_rows):
    normalised = [" ".join(row["text"].lower().split()) for row in raw_rows]
    assert len(normalised) == len(set(normalised))


def test_styles_reasons_and_countries_are_filled(raw_rows):
    for row in raw_rows:
        assert row["style"] in STYLES, row["id"]
        assert row["reason"].strip() and row["country"].strip(), row["id"]


def test_multi_event_snippets_are_few_and_marked_sensibly(raw_rows):
    multi = [row for row in raw_rows if "n_events" in row]
    assert all(isinstance(row["n_events"], int) and row["n_events"] >= 2 for row in multi)
    assert len(multi) <= MAX_MULTI_EVENT_SHARE * len(raw_rows)


def test_no_drafting_leftovers_in_texts(raw_rows):
    # Self-corrections such as "? No —" or placeholders must never reach the gold set.
    leftovers = re.compile(r"\?\s*(no|in english)\b|placeholder|TODO|XXX", re.IGNORECASE)
    assert [row["id"] for row in raw_rows if leftovers.search(row["text"])] == []


# --------------------------------------------------------------------------- balance


def test_set_is_large_enough(raw_rows):
    assert len(raw_rows) >= MIN_SNIPPETS


@pytest.mark.parametrize("sub_event_type", sorted(EVENT_TYPE_OF))
def test_each_sub_type_has_enough_snippets(raw_rows, sub_event_type):
    count = sum(1 for row in raw_rows if row["sub_event_type"] == sub_event_type)
    assert count >= MIN_PER_SUB_TYPE, f"{sub_event_type}: {count}"


def test_enough_non_events(raw_rows):
    assert sum(1 for row in raw_rows if row["event_type"] is None) >= MIN_NON_EVENTS


def test_enough_countries(raw_rows):
    assert len({row["country"] for row in raw_rows}) >= MIN_COUNTRIES


def test_every_style_is_represented(raw_rows):
    assert {row["style"] for row in raw_rows} == STYLES


# --------------------------------------------------------------------------- never trained on


@pytest.mark.skipif(not TRAINING_FILES, reason="no shipped training examples to compare against")
def test_dev_texts_do_not_leak_into_shipped_training_examples(raw_rows):
    assert leaked(raw_rows, jsonl_shingles(TRAINING_FILES)) == []


def test_the_leak_check_catches_a_snippet_reworded_only_at_its_ends(tmp_path):
    known = "Gunmen on motorbikes stormed the cattle market in the village at dawn on Friday and shot eleven traders."
    (tmp_path / "known.jsonl").write_text(json.dumps({"text": known}) + "\n", encoding="utf-8")
    rows = [{"id": "reused", "text": "Reports say " + known[:-1] + ", officials said."},
            {"id": "new", "text": "Protesters blocked the main road into the capital for a third day on Monday."}]
    assert leaked(rows, jsonl_shingles([tmp_path / "known.jsonl"])) == ["reused"]


# --------------------------------------------------------------------------- scorer metrics


def _gold(id_, sub):
    event_type = EVENT_TYPE_OF[sub] if sub else None
    return scorer.Snippet(id_, f"text {id_}", event_type, sub, "Mali", "wire", "test")


def _pred(id_, sub, n=None):
    return scorer.Prediction(id_, EVENT_TYPE_OF[sub] if sub else None, sub, n)


GOLD = [
    _gold("a", "Armed clash"),
    _gold("b", "Armed clash"),
    _gold("c", "Attack"),
    _gold("d", "Air/drone strike"),
    _gold("e", None),
    _gold("f", None),
]
PREDICTIONS = [
    _pred("a", "Armed clash", 1),
    _pred("b", "Government regains territory", 1),  # right event_type, wrong sub-type
    _pred("c", None, 0),  # missed event: wrong on both levels
    _pred("d", "Air/drone strike", 3),
    _pred("e", None, 0),
    _pred("f", "Attack", 2),  # false event
]


def test_event_type_accuracy_counts_missed_events_as_wrong():
    assert scorer.event_type_accuracy(GOLD, PREDICTIONS) == pytest.approx(3 / 4)


def test_sub_event_accuracy():
    assert scorer.sub_event_accuracy(GOLD, PREDICTIONS) == pytest.approx(2 / 4)


def test_non_event_rejection_and_false_event_rate():
    assert scorer.non_event_rejection(GOLD, PREDICTIONS) == pytest.approx(1 / 2)
    # four snippets flagged as events (a, b, d, f); one of them (f) holds none
    assert scorer.false_event_rate(GOLD, PREDICTIONS) == pytest.approx(1 / 4)


def test_events_per_snippet_mean_and_max():
    assert scorer.events_per_snippet(PREDICTIONS) == {"mean": pytest.approx(7 / 6), "max": 3.0}
    assert scorer.events_per_snippet([_pred("a", "Attack")]) is None


def test_per_class_f1_and_macro_f1():
    f1 = scorer.per_class_f1(GOLD, PREDICTIONS)
    assert f1["Armed clash"] == pytest.approx(2 / 3)  # precision 1, recall 1/2
    assert f1["Attack"] == 0.0
    assert f1["Air/drone strike"] == pytest.approx(1.0)
    assert f1[scorer.NONE_LABEL] == pytest.approx(1 / 2)  # precision 1/2, recall 1/2
    assert scorer.macro_f1(f1) == pytest.approx((2 / 3 + 0 + 1) / 3)


def test_confusions_are_ranked_and_carry_examples():
    gold = GOLD + [_gold("g", "Armed clash")]
    preds = PREDICTIONS + [_pred("g", "Government regains territory")]
    top = scorer.top_confusions(gold, preds)
    assert (top[0]["gold"], top[0]["predicted"], top[0]["count"]) == (
        "Armed clash", "Government regains territory", 2)
    assert [e["id"] for e in top[0]["examples"]] == ["b", "g"]
    assert sum(c["count"] for c in top) == 4


def test_missing_prediction_counts_as_no_event():
    assert scorer.event_type_accuracy(GOLD, PREDICTIONS[:1]) == pytest.approx(1 / 4)
    assert scorer.non_event_rejection(GOLD, []) == 0.0


def test_confusion_matrix_markdown_has_one_row_per_label():
    report = scorer.score(GOLD, PREDICTIONS, seconds=2.0)
    table = scorer.confusion_markdown(report)
    labels = {label for pair in scorer.confusion_counts(GOLD, PREDICTIONS) for label in pair}
    assert len(table.splitlines()) == 2 + len(labels)
    assert report["snippets_per_second"] == pytest.approx(3.0)


def test_stats_count_sub_types_styles_and_countries(snippets):
    stats = scorer.devset_stats(snippets)
    assert sum(stats["sub_event_type"].values()) == len(snippets)
    assert set(stats["sub_event_type"]) == set(EVENT_TYPE_OF) | {scorer.NONE_LABEL}
    assert len(SUB_EVENT_TYPES) == len(stats["event_type"]) - 1


def test_scorer_reports_a_missing_component_instead_of_crashing(monkeypatch, capsys):
    def unavailable():
        raise scorer.ComponentMissing("classifier not available (test)")

    monkeypatch.setattr(scorer, "classifier_predictor", unavailable)
    assert scorer.main(["--limit", "3"]) == 2
    assert "classifier not available" in capsys.readouterr().err


def test_readme_counts_match_the_set(snippets):
    # The README's count tables are the output of `score_news_types.py --stats`; regenerate them
    # (and paste below "## Counts") whenever dev.jsonl changes.
    readme = (SET_DIR / "README.md").read_text(encoding="utf-8")
    assert scorer.stats_markdown(snippets) in readme


def test_a_crash_on_one_snippet_is_reported_not_fatal():
    def flaky(snippet):
        if snippet.id == "c":
            raise ValueError("boom")
        return _pred(snippet.id, snippet.sub_event_type)

    predictions, seconds, errors = scorer.run(flaky, GOLD)
    assert errors == {"c": "ValueError: boom"}
    assert scorer.sub_event_accuracy(GOLD, predictions) == pytest.approx(3 / 4)
    assert seconds >= 0
