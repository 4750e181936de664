"""The news-dev2 development set (benchmarks/news-dev2): its shape, its gold's vocabulary, and that no article
copies text from ../shared (a 10-word run shared with any file there means copied text)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventwire.records import EVENT_TYPE_OF

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-dev2"
SHARED = REPO / ".." / "shared"
COPY_RUN_WORDS = 10
MIN_WORDS, MAX_WORDS = 300, 700


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    lines = (SET_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _body(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_twenty_stories_four_without_an_event(rows) -> None:
    assert len(rows) == 20
    assert sum(not row["events"] for row in rows) == 4


def test_every_story_is_long_news(rows) -> None:
    for row in rows:
        words = len(_body(SET_DIR / row["path"]).split())
        assert MIN_WORDS <= words <= MAX_WORDS, (row["article_id"], words)


def test_gold_types_and_dates_are_well_formed(rows) -> None:
    for row in rows:
        for event in row["events"]:
            sub = event.get("sub_event_type")
            if sub is not None:
                assert EVENT_TYPE_OF[sub] == event["event_type"], (row["article_id"], sub)
            assert event["event_date"] <= row["published_at"], row["article_id"]
            assert event["time_precision"] in (1, 2, 3)
            lo, hi = event.get("fatalities_ok", [event["fatalities"], event["fatalities"]])
            assert lo <= event["fatalities"] <= hi, row["article_id"]


def _runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i:i + COPY_RUN_WORDS]) for i in range(len(words) - COPY_RUN_WORDS + 1)}


def test_no_story_copies_text_from_shared(rows) -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    ours = set().union(*(_runs(_body(SET_DIR / row["path"])) for row in rows))
    for path in (p for p in SHARED.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".jsonl", ".csv"}):
        shared = _runs(path.read_text(encoding="utf-8", errors="ignore"))
        assert not ours & shared, f"a story shares a {COPY_RUN_WORDS}-word run with {path}"
