"""Score fatalities on news-fatalities.jsonl: 80 short news passages (ours), one event each, hard kinds.

Two readings of each passage:
- ``leaf``: ``combine_fatalities(find_casualties(text))`` over the whole passage (the extractors alone);
- ``pipeline``: ``extract_events`` on the passage as an article; the event scored is the one on the gold
  event date (else the first; a passage with no event scores 0 fatalities).
The gold is ACLED's conservative figure; ``low``/``high`` are the spread of credible final figures.

    PYTHONPATH=src .venv/bin/python benchmarks/dates_fatalities/score_news_fatalities.py [--show-misses]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.fatalities import combine_fatalities, find_casualties
from eventwire.records import Article, EventDraft

PASSAGES = Path(__file__).resolve().parent / "news-fatalities.jsonl"


def load_passages() -> list[dict]:
    return [json.loads(line) for line in PASSAGES.read_text(encoding="utf-8").splitlines() if line.strip()]


def leaf_figure(text: str) -> int:
    return combine_fatalities(find_casualties(text)).fatalities


def as_article(passage: dict) -> Article:
    published = datetime.fromisoformat(passage["published"])
    return Article(id=passage["id"], title="", text=passage["text"], published_at=published)


def main_event(drafts: list[EventDraft], day: date) -> EventDraft | None:
    on_day = [draft for draft in drafts if draft.event_date == day]
    return (on_day or drafts or [None])[0]


def pipeline_figure(passage: dict, kit: ExtractionKit) -> int:
    event = main_event(extract_events(as_article(passage), kit), date.fromisoformat(passage["event_date"]))
    return event.fatalities.fatalities if event else 0


def score(show_misses: bool) -> None:
    kit = ExtractionKit.load()
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for passage in load_passages():
        gold, kind = passage["fatalities"], passage["kind"]
        leaf, whole = leaf_figure(passage["text"]), pipeline_figure(passage, kit)
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


if __name__ == "__main__":
    score("--show-misses" in sys.argv)
