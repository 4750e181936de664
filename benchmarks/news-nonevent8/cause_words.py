"""Which things that cause deaths in accident news the ACLED training notes never use as a killing's cause.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent8/cause_words.py

For each candidate noun (the vehicles, vessels, structures, fires, weather and machines of accident and disaster
news), counts the `../shared/train/` notes where it heads a phrase followed within 80 characters by a killing verb
("a minibus ... killing", "the house ... killed": the notes' own causes of death), and the notes that name it at
all. ``event_filter._THING_CAUSES`` keeps the nouns with no such note (``MAX_KILLING_NOTES``); the rest (car,
vehicle, truck, bus, train, ferry, motorcycle, house, building, fire, mine, tunnel, explosion, crowd ...) are how ACLED's notes
tell attacks, and are left to the other accident cues. Prints counts only, never a note's text.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TRAIN = REPO / ".." / "shared" / "train" / "acled-notes.csv.gz"
MAX_KILLING_NOTES = 0  # "never": at 2, train and ferry came in, and "a ferry operator is killed" lost its Attack
CANDIDATES = (
    "train lorry truck bus minibus van car vehicle tanker motorcycle ferry boat canoe vessel ship barge bridge "
    "footbridge building roof wall house structure pit shaft mine tunnel dam fire blaze flames inferno fumes smoke "
    "lightning storm flood floodwaters landslip landslide rain wave crowd crush stampede electricity cable "
    "generator cylinder boiler explosion blast"
).split()


def killing_notes(noun: str, notes: list[str]) -> int:
    cause = re.compile(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}{noun}s?\b[^.;]{{0,80}}?\b(?:killed|killing|kills|"
                       rf"left \w+ dead)\b", re.IGNORECASE)
    return sum(1 for note in notes if cause.search(note))


def main() -> None:
    import pandas as pd

    notes = pd.read_csv(TRAIN, usecols=["notes"]).notes.dropna().tolist()
    kept = []
    for noun in CANDIDATES:
        as_cause = killing_notes(noun, notes)
        named = sum(1 for note in notes if re.search(rf"\b{noun}s?\b", note, re.IGNORECASE))
        kept += [noun] if as_cause <= MAX_KILLING_NOTES else []
        print(f"{noun:12} as a killing's cause in {as_cause:4} notes, named in {named:5}")
    print("kept:", " ".join(kept))


if __name__ == "__main__":
    main()
