"""Score fatalities on news-fatalities.jsonl: 80 short news passages (ours), one event each, hard kinds.

Two readings of each passage:
- ``leaf``: ``combine_fatalities(find_casualties(text))`` over the whole passage (the extractors alone);
- ``pipeline``: ``extract_events`` on the passage as an article; the event scored is the one on the gold
  event date (else the first; a passage with no event scores 0 fatalities).
The gold is ACLED's conservative figure; ``low``/``high`` are the spread of credible final figures.

    PYTHONPATH=src .venv/bin/python benchmarks/dates_fatalities/score_news_fatalities.py [--show-misses]
        [--gold news-fatalities2.jsonl] [--part dev|held|all]

``--gold`` names another passage file in this folder (or a path). A passage with a ``title`` (news-fatalities4's
headline kind) is read with its headline as the first line, ``# title``, as the long-news articles are written. ``--part`` scores a split: every third
passage in file order (the 3rd, 6th, 9th, ...) is the held part, scored only at a round's first run and for its
final report (never read its misses); the rest is the dev part. The default is all.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.fatalities import combine_fatalities, find_casualties
from eventwire.records import Article, EventDraft

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import in_part  # noqa: E402

PASSAGES = Path(__file__).resolve().parent / "news-fatalities.jsonl"


SPLIT_SETS = {"news-fatalities2.jsonl", "news-fatalities3.jsonl", "news-fatalities4.jsonl",
              "news-fatalities5.jsonl", "news-fatalities6.jsonl",
              "news-fatalities7.jsonl", "news-fatalities8.jsonl",
              "news-fatalities9.jsonl"}  # sets written with a held part


def load_passages(gold: Path = PASSAGES, part: str = "all") -> list[dict]:
    lines = [line for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    passages = [json.loads(line) for line in lines]
    return [passage for number, passage in enumerate(passages, start=1) if in_part(number, part)]


def passage_text(passage: dict) -> str:
    """The passage as a long-news article reads: a headline line ("# ...") above the body when it has one."""
    title = passage.get("title")
    return f"# {title}\n\n{passage['text']}" if title else passage["text"]


def leaf_figure(passage: dict) -> int:
    return combine_fatalities(find_casualties(passage_text(passage))).fatalities


def as_article(passage: dict) -> Article:
    published = datetime.fromisoformat(passage["published"])
    return Article(id=passage["id"], title=passage.get("title", ""), text=passage_text(passage),
                   published_at=published)


def main_event(drafts: list[EventDraft], day: date) -> EventDraft | None:
    on_day = [draft for draft in drafts if draft.event_date == day]
    return (on_day or drafts or [None])[0]


def pipeline_figure(passage: dict, kit: ExtractionKit) -> int:
    event = main_event(extract_events(as_article(passage), kit), date.fromisoformat(passage["event_date"]))
    return event.fatalities.fatalities if event else 0


def score(passages: list[dict], show_misses: bool) -> None:
    kit = ExtractionKit.load()
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for passage in passages:
        gold, kind = passage["fatalities"], passage["kind"]
        leaf, whole = leaf_figure(passage), pipeline_figure(passage, kit)
        seen[kind] += 1
        right[kind, "leaf"] += leaf == gold
        right[kind, "pipeline"] += whole == gold
        if show_misses and (leaf != gold or whole != gold):
            print(f"{passage['id']}: gold {gold} leaf {leaf} pipeline {whole} | {passage['text'][:160]}")
    report(seen, right)


def report(seen: Counter[str], right: Counter[str]) -> None:
    print(f"{'kind':24} {'n':>3} {'leaf':>6} {'pipeline':>9}")
    for kind in seen:
        print(f"{kind:24} {seen[kind]:>3} {right[kind, 'leaf'] / seen[kind]:>6.3f} "
              f"{right[kind, 'pipeline'] / seen[kind]:>9.3f}")
    total = sum(seen.values())
    leaf = sum(right[kind, "leaf"] for kind in seen) / total
    whole = sum(right[kind, "pipeline"] for kind in seen) / total
    print(f"{'all':24} {total:>3} {leaf:>6.3f} {whole:>9.3f}")


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--gold", type=Path, default=PASSAGES)
    parser.add_argument("--part", choices=("dev", "held", "all"), default="all")
    arguments = parser.parse_args()
    if not arguments.gold.exists():
        arguments.gold = PASSAGES.parent / arguments.gold
    return arguments


if __name__ == "__main__":
    options = parse_arguments()
    if options.show_misses and options.part == "held" or (
            options.show_misses and options.part == "all" and options.gold.name in SPLIT_SETS):
        raise SystemExit("the held part's misses are never shown: use --part dev")
    score(load_passages(options.gold, options.part), options.show_misses)
