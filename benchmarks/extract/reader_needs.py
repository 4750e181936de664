"""Which sentences need the fact readers: how many are read, and how many end up in an event.

    cd /work/h-perf5 && PYTHONPATH=src:benchmarks/extract /work/main/.venv/bin/python benchmarks/extract/reader_needs.py

For the dense golden mix (60 articles) and the 40 news-long stories, counts per article: sentences, sentences
whose facts are read (a live trigger, ``mentions._facts``), readings none of whose clauses keeps a trigger
(their actors and places were not needed), sentences whose mentions reach a real event, and the calls of each
reader. It answers "do less, exactly": a reader whose results are never used could be made lazy.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import wraps
from typing import Any, Callable

from bench_extract import make_articles, news_long_articles

import eventwire.extract.assemble as assemble
import eventwire.extract.mentions as mentions
from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article


def _counted(function: Callable, name: str, counts: Counter) -> Callable:
    @wraps(function)
    def counted(*args: Any, **kwargs: Any) -> Any:
        counts[name] += 1
        return function(*args, **kwargs)
    return counted


class _CountedActors:
    def __init__(self, actors: Any, counts: Counter):
        self._actors, self.find_actors = actors, _counted(actors.find_actors, "find_actors", counts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._actors, name)


def _count(articles: list[Article], kit: ExtractionKit) -> Counter:
    counts: Counter = Counter()
    kit = replace(kit, actors=_CountedActors(kit.actors, counts),
                  find_casualties=_counted(kit.find_casualties, "find_casualties", counts),
                  find_dates=_counted(kit.find_dates, "find_dates", counts),
                  assign_roles=_counted(kit.assign_roles, "assign_roles", counts))
    plain_clauses, plain_is_real = mentions._clauses, assemble.is_real_event
    read: list = []

    def clauses(sentence, detection, facts, context):
        found = plain_clauses(sentence, detection, facts, context)
        if sentence.start == detection.sentence.start and sentence.end == detection.sentence.end:
            read.append(any(m.triggers for m in found))  # the top call for one reading (not a clause's re-split)
        return found

    def is_real(group, prediction, context):
        real = plain_is_real(group, prediction, context)
        if real:
            counts["sentences in events"] += len({m.sentence.start for m in group})
        return real

    mentions._clauses, assemble.is_real_event = clauses, is_real
    try:
        for article in articles:
            counts["sentences"] += len(assemble.article_context(article, kit).sentences)
            extract_events(article, kit)
    finally:
        mentions._clauses, assemble.is_real_event = plain_clauses, plain_is_real
    counts["facts read"] = len(read)
    counts["facts read, no clause kept"] = read.count(False)
    return counts


def main() -> None:
    kit = ExtractionKit.load()
    for name, articles in (("dense mix (60 articles)", make_articles(60)), ("news-long (40 stories)",
                                                                           news_long_articles(1))):
        counts = _count(articles, kit)
        words = sum(len(a.text.split()) for a in articles) / len(articles)
        print(f"{name}: {words:.0f} words an article; per article:")
        for key, value in counts.items():
            print(f"  {key:30} {value / len(articles):6.1f}")


if __name__ == "__main__":
    main()
