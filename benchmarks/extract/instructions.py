"""Extraction workload for counting instructions with valgrind (deterministic, unlike CPU seconds on a shared box).

    PYTHONPATH=src valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        /work/main/.venv/bin/python benchmarks/extract/instructions.py N {dense,newslong} 2>&1 | grep Collected

Loads the kit, extracts one article to warm the caches, then the next ``N`` articles of the dense golden mix (or
of the news-long stories). Run it with N = 0 and N > 0: the difference of the two counts divided by N is the
number of instructions extraction executes per article.
"""

from __future__ import annotations

import sys

from bench_extract import make_articles, news_long_articles

from eventwire.extract import ExtractionKit, extract_events


def main(count: int, which: str) -> None:
    kit = ExtractionKit.load()
    articles = make_articles(count + 1) if which == "dense" else news_long_articles(1)
    extract_events(articles[0], kit)
    for article in articles[1:1 + count]:
        extract_events(article, kit)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
