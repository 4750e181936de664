"""How often find_dates / find_casualties + combine_fatalities alone get a gold article's date and fatalities.

Only articles with exactly one gold event are used (no event grouping needed). The date guess is the first
event-date mention in the body (publication date when none); the fatalities guess combines every killed
mention in the body. This measures the extractors, not the whole pipeline.

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/dates_fatalities/field_accuracy.py [--show-misses]
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

from eventwire.extract.dates import find_dates, is_event_date
from eventwire.extract.fatalities import combine_fatalities, find_casualties

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SETS = ("acled-2020-dev", "acled-sahel-dev")
_HEADER_END = re.compile(r"^Original:.*$", re.M)


def article_body(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    header = _HEADER_END.search(raw)
    return raw[header.end():] if header else raw


def guess_date(body: str, published: date) -> date:
    mentions = [m for m in find_dates(body, published) if is_event_date(m)]
    return mentions[0].day if mentions else published


def score(set_name: str, show_misses: bool) -> dict[str, float]:
    folder = SHARED / "eval" / set_name
    dates_ok = deaths_ok = total = 0
    for line in (folder / "gold.jsonl").read_text().splitlines():
        gold = json.loads(line)
        if len(gold["events"]) != 1:
            continue
        event, body = gold["events"][0], article_body(folder / gold["path"])
        published = date.fromisoformat(gold["published_at"])
        total += 1
        predicted_date = guess_date(body, published)
        fatalities = combine_fatalities(find_casualties(body)).fatalities
        dates_ok += predicted_date.isoformat() == event["event_date"]
        deaths_ok += fatalities == event.get("fatalities", 0)
        if show_misses and fatalities != event.get("fatalities", 0):
            print(f"[{set_name}] fatalities {fatalities} != {event.get('fatalities')}: {body.strip()[:300]}")
        if show_misses and predicted_date.isoformat() != event["event_date"]:
            print(f"[{set_name}] date {predicted_date} != {event['event_date']}: {body.strip()[:200]}")
    return {"articles": total, "event_date_exact": dates_ok / total, "fatalities_exact": deaths_ok / total}


def main() -> None:
    if not SHARED.exists():
        sys.exit("../shared is not here: nothing to measure")
    for set_name in SETS:
        print(set_name, json.dumps(score(set_name, "--show-misses" in sys.argv)))


if __name__ == "__main__":
    main()
