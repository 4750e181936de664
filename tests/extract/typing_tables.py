"""Typing rounds' variation tables read the same way: the sub-type of a snippet's most confident event, and the
table rows as test parameters (rows still missed marked as strict expected failures)."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article


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
