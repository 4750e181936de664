"""Whether round eight's readings change any ACLED training note: run the notes they could touch, before and after.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent8/notes_check.py save /tmp/ne8-notes-before.json
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent8/notes_check.py compare /tmp/ne8-notes-before.json

Every note of `../shared/train/acled-notes.csv.gz` that holds a gate word of the round's patterns (an accident's or
a disaster's words, a crowd crush, a vessel sinking, a planned or discussed act) is read as a one-paragraph article
dated to its event. ``save`` keeps each note's drafts (event type and sub-type); ``compare`` runs them again and
prints how many notes changed and how many lost a draft of the note's coded event type. Prints counts and row
numbers only, never a note's text.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
TRAIN = REPO / ".." / "shared" / "train" / "acled-notes.csv.gz"
# The words every round-eight pattern needs (a superset: a note without them cannot change).
GATE = re.compile(
    r"fire|blaze|flame|inferno|crush|trampl|stampede|surg|cave|gave way|give way|sank|sink|went down|brake|"
    r"suffocat|electrocut|accident|collaps|crash|drown|capsiz|flood|lost control|tanker|storm|landslide|"
    r"planned|proposed|discuss|rob|heist|explosives|train|lorr|van|ferr|canoe|vessel|ship|barge|bridge|roof|wall|"
    r"structure|pit|shaft|fume|smoke|lightning|rain|wave|electric|cable|generator|cylinder|boiler|stampede",
    re.IGNORECASE,
)


def note_drafts() -> dict[str, list[str]]:
    import pandas as pd

    kit = ExtractionKit.load()
    rows = pd.read_csv(TRAIN, usecols=["notes", "event_type", "event_date"]).dropna()
    drafts: dict[str, list[str]] = {}
    for row, (text, event_type, day) in enumerate(zip(rows.notes, rows.event_type, rows.event_date)):
        if not GATE.search(text):
            continue
        article = Article(id="note", title="", text=text,
                          published_at=datetime.fromisoformat(day).replace(tzinfo=timezone.utc))
        drafts[str(row)] = [event_type] + [f"{d.event_type}/{d.sub_event_type}" for d in extract_events(article, kit)]
    return drafts


def main(argv: list[str]) -> None:
    mode, path = argv[0], Path(argv[1])
    now = note_drafts()
    if mode == "save":
        path.write_text(json.dumps(now) + "\n", encoding="utf-8")
        print(f"notes read: {len(now)}")
        return
    before = json.loads(path.read_text(encoding="utf-8"))
    changed = [row for row in now if now[row] != before.get(row)]
    lost = [row for row in changed if any(d.startswith(now[row][0] + "/") for d in before[row][1:])
            and not any(d.startswith(now[row][0] + "/") for d in now[row][1:])]
    print(f"notes read: {len(now)}  changed: {len(changed)}  lost the coded type: {len(lost)}")
    print("changed rows:", " ".join(changed[:40]))
    print("lost rows:", " ".join(lost[:40]))


if __name__ == "__main__":
    main(sys.argv[1:])
