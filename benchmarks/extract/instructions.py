"""Extraction workload for counting instructions with valgrind (deterministic, unlike CPU seconds on a shared box).

    PYTHONPATH=src valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        /work/main/.venv/bin/python benchmarks/extract/instructions.py N {dense,newslong,snippets} 2>&1 | grep Collected

Loads the kit, extracts one article to warm the caches, then the next ``N`` articles of the dense golden mix (or
of the news-long stories, or of the news-types snippets read as one-paragraph articles: short items, where a
fixed cost per article shows). Run it with N = 0 and N > 0: the difference of the two counts divided by N is the
number of instructions extraction executes per article.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from bench_extract import make_articles, news_long_articles

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article

SNIPPETS = Path(__file__).resolve().parents[1] / "news-types" / "dev.jsonl"


def snippet_articles() -> list[Article]:
    rows = [json.loads(line) for line in SNIPPETS.read_text(encoding="utf-8").splitlines() if line.strip()]
    published = datetime(2020, 6, 15, tzinfo=timezone.utc)
    return [Article(id=row["id"], title="", text=row["text"], published_at=published) for row in rows]


def main(count: int, which: str) -> None:
    kit = ExtractionKit.load()
    articles = {"dense": lambda: make_articles(count + 1), "newslong": lambda: news_long_articles(1),
                "snippets": snippet_articles}[which]()
    extract_events(articles[0], kit)
    for article in articles[1:1 + count]:
        extract_events(article, kit)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
