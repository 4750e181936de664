"""The news-check set (benchmarks/news-check): its planned size, formats, incidents and merge scorer.

The set is the late check that changes tuned on the other dev sets generalise. The gold schema, parsing and
originality checks it shares with news-long are in test_long_news_gold.py.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from benchmark_sets import load_script
from eventwire.ingest import read_article
from eventwire.resolve import reconcile

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-check"
GOLD = SET_DIR / "gold.jsonl"

ARTICLES = 24
NON_EVENT_ARTICLES = 4
# Two incidents, each told by three outlets (Yelwata, Nigeria; Kishishe, DR Congo).
INCIDENTS_TOLD_THREE_TIMES = 2
MIN_HTML_PAGES, MIN_TEXT_OR_JSON_ROWS = 4, 3


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def events(rows) -> list[tuple[dict, dict]]:
    return [(row, event) for row in rows for event in row["events"]]


@pytest.fixture(scope="module")
def articles(rows) -> dict[str, object]:
    return {row["article_id"]: read_article(SET_DIR / row["path"]) for row in rows}


# --------------------------------------------------------------------------- the set's design


def test_article_and_non_event_counts(rows):
    assert len(rows) == ARTICLES
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


def test_page_boilerplate_is_not_story_text(rows, articles):
    for row in rows:
        text = articles[row["article_id"]][0].text
        for junk in ("Share on Facebook", "Sign up free", "Subscribe for unlimited access", "All rights reserved"):
            assert junk not in text, (row["article_id"], junk)


# --------------------------------------------------------------------------- merge scorer helpers


def _load_merge_scorer():
    return load_script(SET_DIR / "merge_score.py", "merge_score_news_check")


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
