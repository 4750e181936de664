"""Whole-note roles on the training file: how often ``assign_roles`` names ACLED's actor1 and actor2.

    cd <repo> && PYTHONPATH=src .venv/bin/python benchmarks/actors/train_roles.py [N] [--grep WORD] [--sub TYPE]

Each ACLED note of ../shared/train/acled-notes.csv.gz is read with its gold sub-event type and country (the
note is the whole passage); a side is right when ``same_actor`` agrees with the gold (both empty counts as
right). In-sample: the rules were read off this file. ``N`` takes every k-th note for a quick run; ``--grep``
keeps only notes containing WORD (to measure one kind). Prints the two accuracies only, never a note.
"""

from __future__ import annotations

import argparse
import csv
import gzip
from pathlib import Path

from eventwire.extract.actors import ActorDictionary, same_actor
from eventwire.extract.roles import assign_roles

TRAIN = Path(__file__).resolve().parents[2] / ".." / "shared" / "train" / "acled-notes.csv.gz"


def notes(limit: int | None, word: str | None, sub_event_type: str | None = None):
    with gzip.open(TRAIN, "rt", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if (not word or word.lower() in r["notes"].lower())
                and (not sub_event_type or r["sub_event_type"] == sub_event_type)]
    step = max(1, len(rows) // limit) if limit else 1
    return rows[::step]


def right(gold: str, predicted: str | None) -> bool:
    return (not gold and not predicted) or same_actor(gold or None, predicted)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("limit", nargs="?", type=int)
    parser.add_argument("--grep")
    parser.add_argument("--sub", help="only notes of this sub-event type")
    args = parser.parse_args()
    dictionary = ActorDictionary.load()
    rows = notes(args.limit, args.grep, args.sub)
    hits1 = hits2 = 0
    for row in rows:
        text = row["notes"]
        mentions = dictionary.find_actors(text, country=row["country"])
        roles = assign_roles(text, 0, len(text), mentions, row["sub_event_type"], row["country"], dictionary)
        hits1 += right(row["actor1"], roles.actor1)
        hits2 += right(row["actor2"], roles.actor2)
    print(f"notes {len(rows)}  actor1 {hits1 / len(rows):.4f}  actor2 {hits2 / len(rows):.4f}")


if __name__ == "__main__":
    main()
