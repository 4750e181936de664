"""CPU milliseconds per article spent in each stage of ``extract_events`` (nested stages overlap their parents).

    cd /work/h-perf && PYTHONPATH=src /work/main/.venv/bin/python benchmarks/extract/stage_profile.py [--news-long]

Wraps the stage functions of ``assemble`` and ``mentions`` and the kit's extractors with CPU-time counters
(``time.process_time``: other jobs on the machine count little), runs the dense golden mix of
``bench_extract.py`` (or the 40 news-long stories, three times) and prints one line per stage.
The counters cost a little themselves, so the shares matter, not the total.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import replace
from functools import wraps
from typing import Any, Callable

from bench_extract import make_articles, news_long_articles

import eventwire.extract.assemble as assemble
import eventwire.extract.mentions as mentions
from eventwire.extract import ExtractionKit, extract_events

STAGES = (
    (assemble, "article_context", "context"),
    (assemble, "find_mentions", "find_mentions"),
    (mentions, "find_sentence_triggers", "  triggers"),
    (mentions, "classified_trigger", "  classifier on trigger-less sentences"),
    (mentions, "_facts", "  facts"),
    (mentions, "find_places", "    places"),
    (assemble, "story_perpetrator", "story_perpetrator"),
    (assemble, "group_mentions", "group_mentions"),
    (assemble, "_predict", "classifier on each event"),
    (assemble, "is_real_event", "is_real_event"),
    (assemble, "_drafts_of", "drafts"),
    (assemble, "_type_and_roles", "  type_and_roles"),
)


_ORDER = [label for _, _, label in STAGES[:5]] + ["    actors", "    casualties", "    dates"] + [
    label for _, _, label in STAGES[5:11]] + ["  roles (assign_roles)", STAGES[11][2]]


def _timed(function: Callable, label: str, totals: Counter) -> Callable:
    @wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] += time.process_time() - start
    return timed


class _TimedActors:
    """The kit's actor dictionary with ``find_actors`` timed."""

    def __init__(self, actors: Any, totals: Counter):
        self._actors, self.find_actors = actors, _timed(actors.find_actors, "    actors", totals)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._actors, name)


def timed_kit(kit: ExtractionKit, totals: Counter) -> ExtractionKit:
    return replace(kit, find_dates=_timed(kit.find_dates, "    dates", totals),
                   find_casualties=_timed(kit.find_casualties, "    casualties", totals),
                   assign_roles=_timed(kit.assign_roles, "  roles (assign_roles)", totals),
                   actors=_TimedActors(kit.actors, totals))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news-long", action="store_true")
    articles = news_long_articles(3) if parser.parse_args().news_long else make_articles(150)
    totals: Counter = Counter()
    for module, name, label in STAGES:
        setattr(module, name, _timed(getattr(module, name), label, totals))
    kit = timed_kit(ExtractionKit.load(), totals)
    extract_events(articles[0], kit)
    totals.clear()
    start = time.process_time()
    for article in articles:
        extract_events(article, kit)
    total = time.process_time() - start
    print(f"{len(articles)} articles, {total:.2f} CPU s, {len(articles) / total:.1f} articles/s (timers included)")
    for label, seconds in sorted(totals.items(), key=lambda item: _ORDER.index(item[0])):
        print(f"{label:42} {seconds * 1000 / len(articles):6.2f} ms/article {seconds / total * 100:5.1f} %")


if __name__ == "__main__":
    main()
