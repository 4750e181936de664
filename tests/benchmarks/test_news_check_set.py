"""The news-check set (benchmarks/news-check): gold schema, formats, incidents, originality, merge scorer.

The set is the late check that changes tuned on the other dev sets generalise; these tests keep it loadable
by `eventwire eval` and `score.py --gold`, coded with the project's vocabulary, made of the formats the readers
accept, and free of text copied from ../shared.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from eventwire.countries import country_by_name
from eventwire.evaluate import load_gold
from eventwire.ingest import read_article
from eventwire.records import EVENT_TYPE_OF, SUB_EVENT_TYPES
from eventwire.resolve import reconcile

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-check"
GOLD = SET_DIR / "gold.jsonl"
SHARED = REPO / ".." / "shared"

ARTICLES = 24
NON_EVENT_ARTICLES = 4
# Two incidents, each told by three outlets (Yelwata, Nigeria; Kishishe, DR Congo).
INCIDENTS_TOLD_THREE_TIMES = 2
MIN_WORDS, MAX_WORDS = 300, 600
MIN_HTML_PAGES, MIN_TEXT_OR_JSON_ROWS = 4, 3
# A 10-word run shared with ../shared means copied text (same test as the long-news set).
COPY_RUN_WORDS = 10
ARTICLE_FIELDS = {"article_id", "path", "published_at", "events"}
REQUIRED_EVENT_FIELDS = {"event_date", "time_precision", "event_type", "sub_event_type", "country", "incident",
                         "reason"}
KNOWN_EVENT_FIELDS = REQUIRED_EVENT_FIELDS | {
    "date_window", "actor1", "actor2", "admin1", "location", "latitude", "longitude", "fatalities",
    "fatalities_ok", "optional",
}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def events(rows) -> list[tuple[dict, dict]]:
    return [(row, event) for row in rows for event in row["events"]]


@pytest.fixture(scope="module")
def articles(rows) -> dict[str, object]:
    return {row["article_id"]: read_article(SET_DIR / row["path"]) for row in rows}


# --------------------------------------------------------------------------- gold schema


def test_gold_parses_with_the_scorer(rows):
    gold = load_gold(GOLD)
    assert len(gold) == len(rows) == ARTICLES
    assert all(article.path.is_file() for article in gold)


def test_article_rows_have_the_documented_fields(rows):
    for row in rows:
        assert set(row) == ARTICLE_FIELDS, row["article_id"]
        assert Path(row["path"]).stem == row["article_id"]
        date.fromisoformat(row["published_at"])
    assert len({row["article_id"] for row in rows}) == len(rows)


def test_event_fields_are_known_and_complete(events):
    for row, event in events:
        assert REQUIRED_EVENT_FIELDS <= set(event), (row["article_id"], event)
        assert set(event) <= KNOWN_EVENT_FIELDS, (row["article_id"], set(event) - KNOWN_EVENT_FIELDS)
        assert event["reason"].strip() and event["incident"].strip()


def test_types_and_sub_types_are_spelled_as_in_records(events):
    for row, event in events:
        assert event["event_type"] in SUB_EVENT_TYPES, row["article_id"]
        assert EVENT_TYPE_OF[event["sub_event_type"]] == event["event_type"], row["article_id"]


def test_dates_fall_in_their_window_and_not_after_publication(events):
    for row, event in events:
        day = date.fromisoformat(event["event_date"])
        assert day <= date.fromisoformat(row["published_at"]), row["article_id"]
        assert event["time_precision"] in (1, 2, 3), row["article_id"]
        if event["time_precision"] > 1:
            assert "date_window" in event, (row["article_id"], "a vague date needs its window")
        if "date_window" in event:
            first, last = (date.fromisoformat(d) for d in event["date_window"])
            assert first <= day <= last, (row["article_id"], event["event_date"])


def test_fatalities_are_conservative_within_their_range(events):
    for row, event in events:
        fatalities = event.get("fatalities")
        assert fatalities is None or (isinstance(fatalities, int) and fatalities >= 0), row["article_id"]
        if "fatalities_ok" in event and fatalities is not None:
            low, high = event["fatalities_ok"]
            assert low <= fatalities <= high, (row["article_id"], event["fatalities_ok"])


def test_countries_are_known_and_coordinates_paired(events):
    for row, event in events:
        country = country_by_name(event["country"])
        assert country is not None and country.name == event["country"], (row["article_id"], event["country"])
        assert ("latitude" in event) == ("longitude" in event), row["article_id"]
        if "latitude" in event:
            assert -90 <= event["latitude"] <= 90 and -180 <= event["longitude"] <= 180


def test_violence_against_civilians_has_civilian_victims_when_named(events):
    for row, event in events:
        if event["event_type"] == "Violence against civilians" and event.get("actor2"):
            assert event["actor2"].startswith("Civilians ("), (row["article_id"], event["actor2"])


# --------------------------------------------------------------------------- the set's design


def test_article_and_non_event_counts(rows):
    assert sum(1 for row in rows if not row["events"]) == NON_EVENT_ARTICLES
    event_stories = [row for row in rows if row["events"]]
    assert sum(1 for row in event_stories if len(row["events"]) > 1) >= 0.75 * len(event_stories)


def test_formats_cover_html_pages_and_text_or_json_rows(rows, articles):
    formats = [articles[row["article_id"]][0].source_format for row in rows]
    assert formats.count("html") >= MIN_HTML_PAGES
    assert formats.count("text") + formats.count("jsonl") >= MIN_TEXT_OR_JSON_ROWS
    assert formats.count("scraper") >= ARTICLES // 3


def _incident_reports(events) -> dict[str, list[tuple[dict, dict]]]:
    reports = defaultdict(list)
    for row, event in events:
        reports[event["incident"]].append((row, event))
    return reports


def test_incidents_are_unique_within_an_article(rows):
    for row in rows:
        incidents = [event["incident"] for event in row["events"]]
        assert len(incidents) == len(set(incidents)), row["article_id"]


def test_two_incidents_are_told_by_three_outlets_that_differ(events):
    told_thrice = {k: v for k, v in _incident_reports(events).items() if len(v) == 3}
    assert len(told_thrice) == INCIDENTS_TOLD_THREE_TIMES
    for incident, reports in told_thrice.items():
        published = {row["published_at"] for row, _ in reports}
        assert len(published) > 1, (incident, "one outlet should publish a day later")
        assert len({event["location"] for _, event in reports}) > 1, (incident, "spellings should differ")
        assert len({event["fatalities"] for _, event in reports}) > 1, (incident, "tolls should differ")
        assert len({(e["event_type"], e["sub_event_type"], e["country"]) for _, e in reports}) == 1, incident


def test_every_article_parses_to_one_article_with_title_and_date(rows, articles):
    for row in rows:
        parsed = articles[row["article_id"]]
        assert len(parsed) == 1, row["article_id"]
        article = parsed[0]
        assert article.title.strip(), row["article_id"]
        assert article.published_at is not None, row["article_id"]
        assert article.published_at.date().isoformat() == row["published_at"], row["article_id"]
        assert Path(str(article.path)).name == Path(row["path"]).name, "the scorer pairs by file name"


def test_article_bodies_have_news_length(rows, articles):
    for row in rows:
        words = len(articles[row["article_id"]][0].text.split())
        assert MIN_WORDS <= words <= MAX_WORDS, (row["article_id"], words)


def test_page_boilerplate_is_not_story_text(rows, articles):
    for row in rows:
        text = articles[row["article_id"]][0].text
        for junk in ("Share on Facebook", "Sign up free", "Subscribe for unlimited access", "All rights reserved"):
            assert junk not in text, (row["article_id"], junk)


def test_no_orphan_article_files(rows):
    listed = {Path(row["path"]).name for row in rows}
    assert {p.name for p in (SET_DIR / "articles").iterdir() if p.is_file()} == listed


# --------------------------------------------------------------------------- originality


def _word_runs(text: str) -> set[int]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {hash(tuple(words[i:i + COPY_RUN_WORDS])) for i in range(len(words) - COPY_RUN_WORDS + 1)}


def _shared_files() -> list[Path]:
    return [p for p in SHARED.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".jsonl", ".csv"}]


def test_no_article_sentence_is_copied_from_shared(rows):
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    article_runs = {row["article_id"]: _word_runs((SET_DIR / row["path"]).read_text(encoding="utf-8"))
                    for row in rows}
    every_run = set().union(*article_runs.values())
    copied = set()
    for path in _shared_files():
        copied |= every_run & _word_runs(path.read_text(encoding="utf-8", errors="ignore"))
    offenders = sorted(a for a, runs in article_runs.items() if runs & copied)
    assert not offenders, f"10-word runs shared with ../shared in {offenders}"


def test_the_copy_check_would_catch_a_copied_sentence():
    sentence = "Militiamen attacked the displacement camp after midnight and set the shelters on fire, officials said."
    story = f"An opening line. {sentence} A closing line."
    assert _word_runs(sentence) <= _word_runs(story)
    assert not _word_runs(sentence) & _word_runs("Talks on the dam resumed in the capital with no sign of progress.")


# --------------------------------------------------------------------------- merge scorer helpers


def _load_merge_scorer():
    spec = importlib.util.spec_from_file_location("merge_score_news_check", SET_DIR / "merge_score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_merge_scorer_finds_wrong_and_missed_merges(report):
    scorer = _load_merge_scorer()
    a, b = report("art-a"), report("art-b")
    c = report("art-c", location="Tessit", day="2019-11-03")
    d = report("art-d")
    merged = [reconcile([a, b, c]), d]  # a, b and c joined; d (same incident as a and b) left apart
    labelled = [scorer.Report(a, "nc-a", "indelimane"), scorer.Report(b, "nc-b", "indelimane"),
                scorer.Report(c, "nc-c", "tessit"), scorer.Report(d, "nc-d", "indelimane")]
    members = scorer.link_reports(labelled, merged)
    assert sorted(len(reports) for reports in members.values()) == [1, 3]
    assert [w["incidents"] for w in scorer.wrong_merges(members)] == [["indelimane", "tessit"]]
    assert [(m["incident"], m["merged_events"]) for m in scorer.missed_merges(members)] == [("indelimane", 2)]
    pairs = scorer.pairwise(labelled, members)
    assert (pairs["gold_pairs"], pairs["merged_pairs"], pairs["correct_pairs"]) == (3, 3, 1)


def test_merge_scorer_reports_nothing_when_merging_is_right(report):
    scorer = _load_merge_scorer()
    a, b, c = report("art-a"), report("art-b"), report("art-c", location="Tessit", day="2019-11-03")
    labelled = [scorer.Report(a, "nc-a", "indelimane"), scorer.Report(b, "nc-b", "indelimane"),
                scorer.Report(c, "nc-c", "tessit")]
    members = scorer.link_reports(labelled, [reconcile([a, b]), c])
    assert scorer.wrong_merges(members) == [] and scorer.missed_merges(members) == []
    assert scorer.pairwise(labelled, members)["precision"] == 1.0
