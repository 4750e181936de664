"""Extraction benchmark: articles per second on one core, peak memory, and quality on the eval sets.

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/extract/bench_extract.py [--articles 300] [--story FILE]

Speed is measured on ~600-word articles made by concatenating our golden test stories
(tests/extract/golden/articles, written by us) in rotating order, so every article is different text.
Quality is extraction alone (no geocoding; events paired without the country check) on
../shared/eval/{seed,acled-2020-dev,acled-sahel-dev} when ../shared exists.
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import datetime, timezone
from pathlib import Path

from eventwire.extract import ExtractionKit, extract_events
from eventwire.ingest import read_article
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
GOLDEN_ARTICLES = REPO / "tests" / "extract" / "golden" / "articles"
EVAL = REPO / ".." / "shared" / "eval"
NEWS_LONG = REPO / "benchmarks" / "news-long" / "articles"
TARGET_WORDS = 600


def make_articles(count: int) -> list[Article]:
    bodies = [read_article(path)[0].text for path in sorted(GOLDEN_ARTICLES.glob("*.txt"))]
    articles = []
    for index in range(count):
        parts, words, step = [], 0, 0
        while words < TARGET_WORDS:
            body = bodies[(index + step) % len(bodies)]
            parts.append(body)
            words += len(body.split())
            step += 1 + index % 2
        text = "\n".join(parts)
        published = datetime(2022, 1 + index % 12, 1 + index % 27, tzinfo=timezone.utc)
        articles.append(Article(id=f"bench-{index}", title="bench", text=text, published_at=published))
    return articles


def measure_speed(kit: ExtractionKit, articles: list[Article]) -> dict:
    """Wall time and CPU time: CPU seconds measure one core even when the machine is shared."""
    extract_events(articles[0], kit)  # warm caches (regex compilation, dictionary tries)
    wall, cpu = time.perf_counter(), time.process_time()
    events = sum(len(extract_events(article, kit)) for article in articles)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    words = sum(len(a.text.split()) for a in articles)
    return {
        "articles": len(articles),
        "mean_words": round(words / len(articles)),
        "events": events,
        "wall_seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "articles_per_cpu_second": round(len(articles) / cpu, 1),
        "words_per_cpu_second": round(words / cpu),
    }


def story_articles(path: Path, count: int) -> list[Article]:
    """One real story repeated: the speed on ordinary news density (2–4 events per story)."""
    [article] = read_article(path)
    return [article] * count


def news_long_articles(passes: int) -> list[Article]:
    """Our 40 long news stories (benchmarks/news-long), each different text, read ``passes`` times: words/s on
    prose the per-process caches (feature buckets, gate words) have not seen more than ``passes`` times."""
    stories = [a for path in sorted(NEWS_LONG.glob("*.txt")) for a in read_article(path)]
    return stories * passes


def measure_quality() -> dict:
    from eventwire.evaluate import evaluate_set
    from eventwire.evaluate.run import extract_only

    results = {}
    for name in ("seed", "acled-2020-dev", "acled-sahel-dev"):
        gold = EVAL / name / "gold.jsonl"
        if gold.exists():
            report = evaluate_set(gold, extract_only, match_country=False)
            results[name] = {
                "P": report.precision, "R": report.recall, "F1": report.f1,
                **{k: report.accuracy(k) for k in ("event_date", "event_type", "sub_event_type", "fatalities",
                                                   "actor1", "actor2", "time_precision")},
            }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--news-long", type=int, default=0, metavar="PASSES",
                        help="also time the 40 news-long stories, read PASSES times")
    parser.add_argument("--story", type=Path, help="also time this one article, repeated --articles times")
    args = parser.parse_args()
    start = time.perf_counter()
    kit = ExtractionKit.load()
    print(f"kit load: {time.perf_counter() - start:.2f} s")
    print("dense golden mix (1 process):", measure_speed(kit, make_articles(args.articles)))
    if args.news_long:
        print("news-long stories (1 process):", measure_speed(kit, news_long_articles(args.news_long)))
    if args.story:
        print(f"story {args.story.name} (1 process):", measure_speed(kit, story_articles(args.story, args.articles)))
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    if not args.no_quality:
        for name, numbers in measure_quality().items():
            print(name, numbers)


if __name__ == "__main__":
    main()
