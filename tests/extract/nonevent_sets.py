"""Shape checks shared by the tests of the non-event sets written from round five on (`benchmarks/news-nonevent5`
to `news-nonevent7`): stories and twins counted, a held third, lengths and days as read, nothing copied."""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.ingest import read_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from benchmark_sets import copied_from, jsonl_rows  # noqa: E402

HELD_EVERY = 3


def gold_rows(folder: Path, name: str = "gold.jsonl") -> list[dict]:
    return jsonl_rows(folder / name)


def check_stories_twins_and_held_third(folder: Path, non_event_stories: int, twins: int) -> None:
    rows = gold_rows(folder)
    with_event = [row for row in rows if row["events"]]
    assert (len(rows) - len(with_event), len(with_event)) == (non_event_stories, twins)
    assert all(len(row["events"]) == 1 for row in with_event)
    held = [row["article_id"] for i, row in enumerate(rows, 1) if i % HELD_EVERY == 0]
    assert [row["article_id"] for row in gold_rows(folder, "gold-held.jsonl")] == held
    dev = [row["article_id"] for row in gold_rows(folder, "gold-dev.jsonl")]
    assert not set(dev) & set(held) and len(dev) + len(held) == len(rows)


def check_lengths_and_days(folder: Path, min_words: int, max_words: int) -> None:
    for row in gold_rows(folder):
        article = read_article(folder / row["path"])[0]
        assert article.published_at.date().isoformat() == row["published_at"], row["article_id"]
        assert min_words <= len(article.text.split()) <= max_words, row["article_id"]


def check_copies_nothing(folder: Path, shared: Path) -> None:
    """No story shares a 10-word run with a text under ``shared`` (``benchmark_sets.copied_from``)."""
    stories = {path.name: path.read_text(encoding="utf-8") for path in (folder / "articles").glob("*.txt")}
    assert copied_from(shared, stories) == []
