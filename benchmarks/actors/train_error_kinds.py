"""Actor errors on the training notes, counted by *kind* (gold kind → predicted kind), on a held-out share.

    cd <repo> && PYTHONPATH=src .venv/bin/python benchmarks/actors/train_error_kinds.py \
        [--share look|held] [--top 30] [--show KIND] [--sub TYPE] [--field actor1|actor2]

The notes are split by row number: every ``HELD_OUT_EVERY``-th row is the held-out share, on which changes are
measured; the others are the share where kinds are looked for (``--share look``, the default). A kind is a
pair of actor kinds: state military, police, civilians, protesters, rioters, unidentified armed group, communal
or ethnic militia, named group, foreign force, none. ``--show KIND`` prints a few predicted/gold pairs of one
kind (gold and predicted names only, never a note) to the terminal.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections import Counter
from pathlib import Path

from eventwire.extract.actors import ActorDictionary, same_actor
from eventwire.extract.actors.names import canonical_name as strip_years
from eventwire.extract.roles import assign_roles

TRAIN = Path(__file__).resolve().parents[2] / ".." / "shared" / "train" / "acled-notes.csv.gz"
HELD_OUT_EVERY = 5  # one row in five is held out: 13,586 notes, enough for 0.1-point steps


def kind(name: str | None, country: str) -> str:
    if not name:
        return "none"
    name = strip_years(name)
    for prefix, label in (("Military Forces of ", "military"), ("Police Forces of ", "police")):
        if name.startswith(prefix):
            return label if name[len(prefix):].startswith(country) else "foreign-" + label
    for word, label in (("Civilians", "civilians"), ("Protesters", "protesters"), ("Rioters", "rioters"),
                        ("Unidentified Armed Group", "unidentified"), ("Unidentified Gang", "gang")):
        if name.startswith(word):
            return label
    if re.search(r"(Ethnic|Communal|Tribal|Clan) Militia", name):
        return "communal"
    return "named"


def rows(share: str, sub_event_type: str | None):
    with gzip.open(TRAIN, "rt", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            held = number % HELD_OUT_EVERY == 0
            if held == (share == "held") and (not sub_event_type or row["sub_event_type"] == sub_event_type):
                yield row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--share", default="look", choices=("look", "held"))
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--show")
    parser.add_argument("--sub")
    parser.add_argument("--field", default="both", choices=("actor1", "actor2", "both"))
    parser.add_argument("--grep")
    args = parser.parse_args()
    dictionary = ActorDictionary.load()
    kinds: Counter = Counter()
    hits = Counter()
    total = 0
    shown = 0
    for row in rows(args.share, args.sub):
        text = row["notes"]
        if args.grep and not re.search(args.grep, text, re.IGNORECASE):
            continue
        total += 1
        mentions = dictionary.find_actors(text, country=row["country"])
        roles = assign_roles(text, 0, len(text), mentions, row["sub_event_type"], row["country"], dictionary)
        for field, predicted in (("actor1", roles.actor1), ("actor2", roles.actor2)):
            gold = row[field]
            if (not gold and not predicted) or same_actor(gold or None, predicted):
                hits[field] += 1
                continue
            if args.field not in ("both", field):
                continue
            label = f"{field} {row['sub_event_type']}: {kind(gold, row['country'])} -> " \
                    f"{kind(predicted, row['country'])}"
            kinds[label] += 1
            if args.show and args.show in label and shown < 40:
                shown += 1
                print(f"{row['country']}\t{label}\tgold={strip_years(gold)!r}\tpred={predicted!r}")
                if args.grep:
                    print("   ", text[:400])
    print(f"notes {total}  actor1 {hits['actor1'] / total:.4f}  actor2 {hits['actor2'] / total:.4f}")
    for label, count in kinds.most_common(args.top):
        print(f"{count:6d}  {label}")


if __name__ == "__main__":
    main()
