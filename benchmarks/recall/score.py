"""Score event detection on news passages told in wordings far from the usual verbs (benchmarks/recall).

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/recall/score.py --part dev
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/recall/score.py --part dev --errors   # dev part only
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/recall/score.py --gold benchmarks/recall/news-recall2.jsonl

Each passage of ``news-recall.jsonl`` is extracted as a one-paragraph article (published 15 June 2020, as the
news-types scorer does). Reported: event recall (event passages with at least one event), false events (non-event
passages with any event), and event_type / sub_event_type accuracy of the most confident event over the event
passages. Every third passage (1-based) is the held part (``benchmark_scripts.in_part``): score it, never read its
per-item errors (``--errors`` refuses the held part).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import in_part  # noqa: E402

GOLD = Path(__file__).resolve().parent / "news-recall.jsonl"
PUBLISHED = datetime(2020, 6, 15)


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    is_event: bool
    event_type: str | None
    sub_event_type: str | None
    wording: str


@dataclass(frozen=True)
class Outcome:
    """What the extractor made of one passage: its number of events and the most confident one's types."""

    passage_id: str
    n_events: int
    event_type: str | None
    sub_event_type: str | None


def load_passages(path: Path = GOLD, part: str = "all") -> list[Passage]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Passage(r["id"], r["text"], r["event"], r["event_type"], r["sub_event_type"], r["wording"])
            for position, r in enumerate(rows, 1) if in_part(position, part)]


def scores(passages: Sequence[Passage], outcomes: Sequence[Outcome]) -> dict[str, float | int]:
    """Event recall, false events, and type / sub-type accuracy (pure: gold and outcomes in, numbers out)."""
    by_id = {o.passage_id: o for o in outcomes}
    events = [p for p in passages if p.is_event]
    non_events = [p for p in passages if not p.is_event]
    found = [p for p in events if by_id[p.id].n_events > 0]
    return {
        "events": len(events),
        "recall": len(found) / len(events) if events else 0.0,
        "type": sum(by_id[p.id].event_type == p.event_type for p in events) / len(events) if events else 0.0,
        "sub": sum(by_id[p.id].sub_event_type == p.sub_event_type for p in events) / len(events) if events else 0.0,
        "non_events": len(non_events),
        "false_events": sum(by_id[p.id].n_events > 0 for p in non_events),
    }


def extract_all(passages: Sequence[Passage]) -> list[Outcome]:
    from eventwire.extract import ExtractionKit, extract_events
    from eventwire.records import Article

    kit = ExtractionKit.load()
    outcomes = []
    for passage in passages:
        drafts = extract_events(Article(id=passage.id, title="", text=passage.text, published_at=PUBLISHED), kit)
        main = max(drafts, key=lambda d: d.confidence, default=None)
        outcomes.append(Outcome(passage.id, len(drafts), main and main.event_type, main and main.sub_event_type))
    return outcomes


def print_errors(passages: Sequence[Passage], outcomes: Sequence[Outcome]) -> None:
    by_id = {o.passage_id: o for o in outcomes}
    for p in passages:
        o = by_id[p.id]
        if (p.is_event and o.sub_event_type != p.sub_event_type) or (not p.is_event and o.n_events):
            print(f"{p.id} [{p.wording}] gold={p.sub_event_type} got={o.sub_event_type} ({o.n_events}): {p.text[:150]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "held", "all"), default="dev")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the passage set (default: news-recall.jsonl)")
    parser.add_argument("--errors", action="store_true", help="print the dev part's misses (never the held part)")
    args = parser.parse_args(argv)
    passages = load_passages(args.gold, part=args.part)
    outcomes = extract_all(passages)
    result = scores(passages, outcomes)
    print(f"{args.gold.name}  part={args.part}  events={result['events']}  recall={result['recall']:.3f}  type={result['type']:.3f}  "
          f"sub={result['sub']:.3f}  false events={result['false_events']} of {result['non_events']}")
    if args.errors and args.part == "dev":
        print_errors(passages, outcomes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
