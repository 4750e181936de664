"""Shape checks shared by the tests of the non-event sets written from round five on (`benchmarks/news-nonevent5`
to `news-nonevent7`): stories and twins counted, a held third, lengths and days as read, nothing copied."""

from __future__ import annotations

import json
import re
from pathlib import Path

from eventwire.ingest import read_article

HELD_EVERY = 3
RUN_WORDS = 10  # a 10-word run shared with ../shared is a copied sentence


def gold_rows(folder: Path, name: str = "gold.jsonl") -> list[dict]:
    return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]


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


def _word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i:i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)}


def check_copies_nothing(folder: Path, shared: Path) -> None:
    ours = set().union(*(_word_runs(p.read_text(encoding="utf-8")) for p in (folder / "articles").glob("*.txt")))
    for path in (p for p in shared.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".jsonl", ".json")):
        assert not ours & _word_runs(path.read_text(encoding="utf-8", errors="ignore")), path.name
