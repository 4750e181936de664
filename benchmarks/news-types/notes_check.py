"""Run the extractor on ACLED training notes that hold a round's wordings, to check a typing rule on coded text.

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/notes_check.py --out /tmp/after.json
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/notes_check.py --compare /tmp/before.json /tmp/after.json

Reads ``../shared/train/acled-notes.csv.gz`` (skips cleanly when absent): every note matching one of ``WORDINGS``
plus ``RANDOM_NOTES`` drawn at random (seed ``SEED``), each typed as a one-paragraph article; the main draft's
sub-type is kept beside the coded one. Run it before and after a change and compare: fixed and broken notes, and
the main-draft sub-type accuracy. Notes are not news, and many are typed by the classifier alone, so the absolute
accuracy is low; the difference is what counts. Nothing from the notes is written into the repository.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import sys
from datetime import datetime
from pathlib import Path

NOTES = Path(__file__).resolve().parents[2] / ".." / "shared" / "train" / "acled-notes.csv.gz"
RANDOM_NOTES = 800
SEED = 6
# Round thirteen's wordings: bombers who set off their charge, a vest detonated, a bomb made safe, burned alive, a crowd
# that dragged or chased, a body set alight, goods carried off, a place retaken, a few places taken, a detachment or a
# garrison, laying down arms, a period after a charge, a drill's mock target or simulated attack, stored explosives,
# supporters storming, protesters dragged into vans, police who picked someone up; the random draw covers the rest.
# Earlier rounds' wordings: see git history.
WORDINGS = re.compile(
    r"\b(?:bombers?|vest|made safe|rendered safe|burn(?:ed|t) (?:\w+ )?alive|crowds? (?:dragged|chased|set upon)|"
    r"set (?:\w+ ){0,2}(?:alight|ablaze)|carried off|carted|retaken|detachment|garrison|laying down|during the uprising|"
    r"mock|dummy|decommissioned|simulat\w+|training exercise|stored|stockpiled|supporters|into (?:police )?vans|"
    r"picked up)\b",
    re.IGNORECASE,
)


def chosen_notes() -> list[tuple[str, str]]:
    """(note, coded sub-type): every note with a wording, then the random draw."""
    with gzip.open(NOTES, "rt", encoding="utf-8") as handle:
        rows = [(row["notes"], row["sub_event_type"]) for row in csv.DictReader(handle) if row.get("notes")]
    matching = [row for row in rows if WORDINGS.search(row[0])]
    return matching + random.Random(SEED).sample(rows, RANDOM_NOTES)


def typed(notes: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    from eventwire.extract import ExtractionKit, extract_events
    from eventwire.records import Article

    kit = ExtractionKit.load()
    results = []
    for number, (note, gold) in enumerate(notes):
        article = Article(id=f"note-{number}", title="", text=note, published_at=datetime(2020, 6, 15))
        main = max(extract_events(article, kit), key=lambda d: d.confidence, default=None)
        results.append((gold, main.sub_event_type if main else None))
    return results


def compare(before_path: Path, after_path: Path) -> None:
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (before_path, after_path))
    fixed = sum(1 for (g, b), (_, a) in zip(before, after) if b != g and a == g)
    broken = sum(1 for (g, b), (_, a) in zip(before, after) if b == g and a != g)
    accuracy = [sum(1 for g, p in rows if g == p) / len(rows) for rows in (before, after)]
    print(f"{len(before)} notes: main-draft sub-type {accuracy[0]:.3f} -> {accuracy[1]:.3f}, "
          f"{fixed} fixed / {broken} broken")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write (coded, predicted) pairs here")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        compare(*args.compare)
        return 0
    if not NOTES.exists():
        print(f"notes_check: {NOTES} not found; nothing checked.", file=sys.stderr)
        return 0
    results = typed(chosen_notes())
    if args.out:
        args.out.write_text(json.dumps(results), encoding="utf-8")
    print(f"{len(results)} notes typed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
