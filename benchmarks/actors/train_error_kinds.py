"""Actor errors on the training notes, counted by *kind* (gold kind → predicted kind), on a held-out share.

    cd <repo> && PYTHONPATH=src .venv/bin/python benchmarks/actors/train_error_kinds.py \
        [--share look|held|sample-dev|sample-held] [--top 30] [--show KIND] [--sub TYPE] [--field actor1|actor2]

The notes are split by row number: every ``HELD_OUT_EVERY``-th row is the held-out share, on which changes are
measured; the others are the share where kinds are looked for (``--share look``, the default). A kind is a
pair of actor kinds: state military, police, civilians, protesters, rioters, unidentified armed group, communal
or ethnic militia, named group, foreign force, none. ``--show KIND`` prints a few predicted/gold pairs of one
kind (gold and predicted names only, never a note) to the terminal.

Round eleven adds a fixed random sample: ``SAMPLE_SIZE`` notes drawn with ``SAMPLE_SEED`` from all 18 countries,
split in halves by a hash of the row id (``sample-dev``, where kinds are ranked and looked at; ``sample-held``,
only scored). Associated actors are scored too (right when both are empty or the gold's names hold the first
predicted one).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import random
import re
from collections import Counter
from pathlib import Path

from eventwire.extract.actors import ActorDictionary, same_actor
from eventwire.extract.actors.names import canonical_name as strip_years
from eventwire.extract.roles import assign_roles

TRAIN = Path(__file__).resolve().parents[2] / ".." / "shared" / "train" / "acled-notes.csv.gz"
HELD_OUT_EVERY = 5  # one row in five is held out: 13,586 notes, enough for 0.1-point steps
SAMPLE_SIZE = 3000  # round eleven's sample: ~1,500 notes a half, every country at least a few dozen
SAMPLE_SEED = 11


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
    if share.startswith("sample"):
        yield from sample_rows(share, sub_event_type)
        return
    with gzip.open(TRAIN, "rt", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            held = number % HELD_OUT_EVERY == 0
            if held == (share == "held") and (not sub_event_type or row["sub_event_type"] == sub_event_type):
                yield row


def in_sample_held(row_id: str) -> bool:
    """The half of the sample a row falls in, by a hash of its id (stable whatever the sample's order)."""
    return hashlib.sha1(row_id.encode()).digest()[0] % 2 == 1


def sample_rows(share: str, sub_event_type: str | None):
    with gzip.open(TRAIN, "rt", encoding="utf-8") as handle:
        every = list(csv.DictReader(handle))
    for row in random.Random(SAMPLE_SEED).sample(every, SAMPLE_SIZE):
        held = in_sample_held(row["event_id_cnty"])
        if held == (share == "sample-held") and (not sub_event_type or row["sub_event_type"] == sub_event_type):
            yield row


def assoc_right(gold: str, predicted: str | None) -> bool:
    if not gold.strip():
        return not predicted
    first = (predicted or "").split(";")[0].strip()
    return bool(first) and any(same_actor(name.strip(), first) for name in gold.split(";"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--share", default="look", choices=("look", "held", "sample-dev", "sample-held"))
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--show")
    parser.add_argument("--sub")
    parser.add_argument("--field", default="both", choices=("actor1", "actor2", "both"))
    parser.add_argument("--grep")
    args = parser.parse_args()
    if args.share == "sample-held" and (args.show or args.grep):
        parser.error("the held half of the sample is only scored")
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
        for field in ("assoc_actor_1", "assoc_actor_2"):
            hits[field] += assoc_right(row[field], getattr(roles, field))
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
    print(f"notes {total}  actor1 {hits['actor1'] / total:.4f}  actor2 {hits['actor2'] / total:.4f}  "
          f"assoc_actor_1 {hits['assoc_actor_1'] / total:.4f}  assoc_actor_2 {hits['assoc_actor_2'] / total:.4f}")
    for label, count in kinds.most_common(args.top):
        print(f"{count:6d}  {label}")


if __name__ == "__main__":
    main()
