"""CPU milliseconds per article spent reading the classifier, one text at a time against one batch per stage.

    cd /work/h-perf4 && PYTHONPATH=src:benchmarks/extract /work/main/.venv/bin/python benchmarks/extract/micro_classifier.py

Records every text the classifier reads while 40 dense-mix articles (or the 40 news-long stories, ``--news-long``)
are extracted, grouped per article and stage (trigger-less sentences, then events), then replays the texts
``REPEATS`` times two ways and prints the fastest replay: ``predict`` on each text (what the extractor did before
round four) and ``predict_many`` on each article's stage (what it does now). Works on older versions too (their
``predict_many`` is a loop over ``predict``), so the same script measures before and after.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from typing import Any, Callable

from bench_extract import make_articles, news_long_articles

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.classify import EventClassifier

REPEATS = 7


class _RecordingClassifier:
    """The kit's classifier, noting which stage asked for which text (the event stage's ``_predict`` on the stack)."""

    def __init__(self, classifier: Any, stages: dict[str, list[str]]):
        self._classifier, self._stages = classifier, stages

    def predict(self, text: str) -> Any:
        import inspect

        callers = {frame.function for frame in inspect.stack()}
        self._stages.setdefault("events" if "_predict" in callers else "sentences", []).append(text)
        return self._classifier.predict(text)


def record(articles: list) -> list[dict[str, list[str]]]:
    """Per article, the texts each stage reads (the classifier used one text at a time, as before round four)."""
    kit = ExtractionKit.load()
    recorded = []
    for article in articles:
        stages: dict[str, list[str]] = {}
        extract_events(article, replace(kit, classifier=_RecordingClassifier(_OneByOne(kit.classifier), stages)))
        recorded.append(stages)
    return recorded


class _OneByOne:
    """A classifier without ``predict_many``: the per-article readings table falls back to ``predict``."""

    def __init__(self, classifier: EventClassifier):
        self.predict = classifier.predict


def fastest(replay: Callable[[], Any]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.process_time()
        replay()
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news-long", action="store_true")
    articles = news_long_articles(1) if parser.parse_args().news_long else make_articles(40)
    recorded = record(articles)
    classifier = EventClassifier.load()
    for stage in ("sentences", "events"):
        batches = [stages.get(stage, []) for stages in recorded]
        texts = sum(map(len, batches))
        alone = fastest(lambda: [classifier.predict(text) for batch in batches for text in batch])
        batched = fastest(lambda: [classifier.predict_many(batch) for batch in batches if batch])
        print(f"{stage:9} {texts:4} texts in {len(articles)} articles: one by one {alone / len(articles) * 1e3:.3f} ms "
              f"an article, one batch per article {batched / len(articles) * 1e3:.3f} ms")


if __name__ == "__main__":
    main()
