"""Score the place of each news passage's event against the gold we wrote (benchmarks/geo/news-places.jsonl).

    PYTHONPATH=src .venv/bin/python benchmarks/geo/score_news_places.py [-v] [--kind road]
        [--gold benchmarks/geo/news-places3.jsonl] [--part dev|held|all]

Each passage is run through the whole pipeline on its own (extraction, geo, resolve). The scored event is the
one dated as the gold event (the first such), else the first event; a passage with no event scores zero on every
field. A passage may carry a headline ("title", news-places7); the others run with none. --part splits a set by position (round twelve): every third passage in id order (the 3rd, 6th, ...)
is the held part, scored only at a round's first run and for its report, never read per item; -v is refused on it.
Columns: admin1 (exact, case and accents folded), country, within 25 km of the gold point, and "any": some
event of the passage within 25 km. Printed per kind of passage and overall; -v lists every miss.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from eventwire.evaluate.score import haversine_km
from eventwire.ingest.jsonl import parse_jsonl_line
from eventwire.pipeline import Toolkit, process_article
from eventwire.records import Event

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import in_part  # noqa: E402

PASSAGES = Path(__file__).resolve().parent / "news-places.jsonl"
WITHIN_KM = 25.0
COLUMNS = ("admin1", "country", "25km", "any")


def fold(value: str | None) -> str:
    text = unicodedata.normalize("NFKD", value or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def near(event: Event, gold: dict) -> bool:
    if event.latitude is None or event.longitude is None:
        return False
    return haversine_km(event.latitude, event.longitude, gold["latitude"], gold["longitude"]) <= WITHIN_KM


def scored_event(events: tuple[Event, ...], gold: dict) -> Event | None:
    dated = [e for e in events if e.event_date and e.event_date.isoformat() == gold["event_date"]]
    return (dated or list(events) or [None])[0]


def score_passage(row: dict, toolkit: Toolkit) -> tuple[dict[str, bool], Event | None]:
    gold = row["gold"]
    article = parse_jsonl_line({"text": row["text"], "published": row["published"], "title": row.get("title", "")})
    events = process_article(article, toolkit).events
    event = scored_event(events, gold)
    if event is None:
        return dict.fromkeys(COLUMNS, False), None
    return {
        "admin1": fold(event.admin1) == fold(gold["admin1"]),
        "country": fold(event.country) == fold(gold["country"]),
        "25km": near(event, gold),
        "any": any(near(e, gold) for e in events),
    }, event


def miss_line(row: dict, event: Event | None) -> str:
    gold = row["gold"]
    wanted = f"{gold['location']} / {gold['admin1']} / {gold['country']}"
    if event is None:
        return f"{row['id']} [{row['kind']}] no event; gold {wanted}"
    got = f"{event.location} / {event.admin1} / {event.country} (precision {event.geo_precision})"
    return f"{row['id']} [{row['kind']}] got {got}; gold {wanted}"


def table(totals: dict[str, list[dict[str, bool]]]) -> str:
    lines = ["| kind | n | " + " | ".join(COLUMNS) + " |", "|---|---:|" + "---:|" * len(COLUMNS)]
    for kind in sorted(totals, key=lambda k: (k == "all", k)):
        scores = totals[kind]
        cells = [f"{sum(s[c] for s in scores) / len(scores):.3f}" for c in COLUMNS]
        lines.append(f"| {kind} | {len(scores)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every passage with a miss")
    parser.add_argument("--kind", help="only passages of this kind")
    parser.add_argument("--passages", "--gold", type=Path, default=PASSAGES, help="the passages and their gold")
    parser.add_argument("--part", choices=("dev", "held", "all"), default="all", help="which part of the set")
    options = parser.parse_args()
    if options.part == "held" and options.verbose:
        parser.error("the held part is scored only, never listed per passage")
    lines = [line for line in options.passages.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [json.loads(line) for position, line in enumerate(lines, start=1) if in_part(position, options.part)]
    rows = [r for r in rows if options.kind in (None, r["kind"])]
    toolkit = Toolkit.load()
    totals: dict[str, list[dict[str, bool]]] = defaultdict(list)
    for row in rows:
        scores, event = score_passage(row, toolkit)
        totals[row["kind"]].append(scores)
        totals["all"].append(scores)
        if options.verbose and not (scores["admin1"] and scores["25km"]):
            print(miss_line(row, event))
    print(table(totals))


if __name__ == "__main__":
    main()
