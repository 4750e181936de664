"""Run the extractor on every training note that holds a present-tense headline verb, to check the lexicon's present
forms on coded text (docs/decisions/extraction.md, "Headline verbs").

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/headline_verbs_notes.py --out /tmp/after.json
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/headline_verbs_notes.py --compare /tmp/before.json /tmp/after.json

Reads ``../shared/train/acled-notes.csv.gz`` (exits cleanly when absent); each note is typed as a one-paragraph
article and its first draft's sub-type is kept beside the coded one. Nothing from the notes is written into the
repository: the output file holds event ids and sub-types only.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article

NOTES = Path(__file__).resolve().parents[2] / ".." / "shared" / "train" / "acled-notes.csv.gz"
PRESENT_FORMS = re.compile(
    r"\b(?:fires|launches|abducts|kidnaps|detains|loots|ransacks|captures|recaptures|retakes|overruns|seizes|"
    r"explodes|detonates|blows up|goes off|opens fire|beheads?|shoots? dead|guns? down|storms?|ambush(?:es)?|raids|"
    r"(?<!\bto )(?:fire|launch|abduct|detain|loot|capture|recapture|retake|seize|use|lob))\b",
    re.IGNORECASE,
)


def first_sub_types() -> dict[str, tuple[str, str | None]]:
    kit = ExtractionKit.load()
    found = {}
    with gzip.open(NOTES, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not PRESENT_FORMS.search(row["notes"]):
                continue
            day = datetime.fromisoformat(row["event_date"]).replace(tzinfo=timezone.utc)
            article = Article(id=row["event_id_cnty"], title="", text=row["notes"], published_at=day)
            drafts = extract_events(article, kit)
            found[row["event_id_cnty"]] = (row["sub_event_type"], drafts[0].sub_event_type if drafts else None)
    return found


def compare(before: dict, after: dict) -> str:
    fixed = sum(before[k][1] != before[k][0] and after[k][1] == after[k][0] for k in before)
    broken = sum(before[k][1] == before[k][0] and after[k][1] != after[k][0] for k in before)
    accuracy = [sum(g == p for g, p in run.values()) / len(run) for run in (before, after)]
    return f"{len(before)} notes; sub-type {accuracy[0]:.3f} -> {accuracy[1]:.3f}; {fixed} fixed, {broken} broken"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    options = parser.parse_args()
    if options.compare:
        before, after = (json.loads(path.read_text()) for path in options.compare)
        print(compare(before, after))
        return
    if not NOTES.exists():
        sys.exit(f"skipped: {NOTES} is absent")
    found = first_sub_types()
    if options.out:
        options.out.write_text(json.dumps(found))
    print(f"{len(found)} notes; sub-type {sum(g == p for g, p in found.values()) / len(found):.3f}")


if __name__ == "__main__":
    main()
