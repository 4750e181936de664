"""How far two ``identical_outputs.py`` dumps' classifier readings of the news-types snippets are apart.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/extract/reading_drift.py BEFORE.jsonl AFTER.jsonl

Reads the ``predict:`` lines (the classifier alone, unrounded) and prints how many readings differ at all, how many
change their event type or sub-type, and the largest change of an event probability or a sub-type score.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventwire.records import TypePrediction


def _readings(path: Path) -> dict[str, TypePrediction]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    names = {"TypePrediction": TypePrediction, "__builtins__": {}}  # the repr holds only the record and literals
    return {row["article"]: eval(row["drafts"][0], names) for row in rows if row["article"].startswith("predict:")}


def main(before: Path, after: Path) -> None:
    old, new = _readings(before), _readings(after)
    differ = [key for key in old if old[key] != new[key]]
    relabelled = [key for key in old if (old[key].event_type, old[key].sub_event_type)
                  != (new[key].event_type, new[key].sub_event_type)]
    probability = max(abs(old[k].event_probability - new[k].event_probability) for k in old)
    score = max(abs(old[k].sub_event_scores[s] - new[k].sub_event_scores[s]) for k in old for s in old[k].sub_event_scores)
    print(f"{len(old)} readings, {len(differ)} differ in any bit, {len(relabelled)} change type or sub-type; "
          f"largest change: event probability {probability:.2e}, sub-type score {score:.2e}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
