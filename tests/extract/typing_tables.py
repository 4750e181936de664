"""Typing rounds' variation tables read the same way: the sub-type of a snippet's most confident event, and the
table rows as test parameters (rows still missed marked as strict expected failures), and the check that a round's
own rows do not repeat the snippet sets the rounds read."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import jsonl_shingles, leaked, read_snippet_sets  # noqa: E402


def main_sub_type(kit: ExtractionKit, text: str, published: datetime) -> str | None:
    article = Article(id="typing-table", title="", text=text, published_at=published)
    main = max(extract_events(article, kit), key=lambda d: d.confidence, default=None)
    return main.sub_event_type if main else None


def table_rows(tables: dict[str, tuple[list, list]], still_missed: set[str], kind: int) -> list:
    """Kind 0: the variation rows of every table; kind 1: their near-twins."""
    rows = []
    for name, pair in tables.items():
        for text, expected in pair[kind]:
            marks = [pytest.mark.xfail(strict=True, reason="not reached")] if text in still_missed else []
            rows.append(pytest.param(text, expected, id=f"{name}:{text[:40]}", marks=marks))
    return rows


def leaked_into_read_sets(texts: Iterable[str]) -> list[str]:
    """The rows (by their first 30 characters) that share too much wording with a snippet set the rounds read."""
    rows = [{"id": text[:30], "text": text} for text in texts]
    return leaked(rows, jsonl_shingles(read_snippet_sets(REPO)))
