"""Who the crowd is: how often ``assign_roles`` names ACLED's associated actor of protests and riots ("Students
(Kenya)", "Labour Group (Iraq)") on the training notes' held-out share (every 5th note).

    cd <repo> && PYTHONPATH=src .venv/bin/python benchmarks/actors/train_crowd_groups.py

Only the labels ``roles.conventions.CROWD_GROUPS`` can name are counted; prints precision and recall, never a note.
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.actors.names import canonical_name
from eventwire.extract.roles import assign_roles
from eventwire.extract.roles.conventions import CROWD_GROUPS

TRAIN = Path(__file__).resolve().parents[2] / ".." / "shared" / "train" / "acled-notes.csv.gz"
HELD_OUT_EVERY = 5
LABELS = {label for _, label in CROWD_GROUPS}


def labelled(names: str) -> set[str]:
    found = {canonical_name(n.strip()).replace("Labor Group", "Labour Group") for n in names.split(";") if n.strip()}
    return {n for n in found if n.split(" (")[0] in LABELS}


def main() -> None:
    dictionary = ActorDictionary.load()
    right = extra = missed = 0
    with gzip.open(TRAIN, "rt", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            if number % HELD_OUT_EVERY or row["event_type"] not in ("Protests", "Riots"):
                continue
            text = row["notes"]
            mentions = dictionary.find_actors(text, country=row["country"])
            roles = assign_roles(text, 0, len(text), mentions, row["sub_event_type"], row["country"], dictionary)
            gold, predicted = labelled(row["assoc_actor_1"]), labelled(roles.assoc_actor_1 or "")
            right += len(gold & predicted)
            extra += len(predicted - gold)
            missed += len(gold - predicted)
    print(f"precision {right / max(1, right + extra):.3f}  recall {right / max(1, right + missed):.3f}  "
          f"(right {right}, extra {extra}, missed {missed})")


if __name__ == "__main__":
    main()
