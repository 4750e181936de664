"""Fatalities read from ACLED coder notes (../shared/train) against the coded figure.

A sample of notes; the guess is combine_fatalities(find_casualties(note)). Notes describe one event each,
so this measures the reading of counts, not event grouping. Prints the exact-match rate (all notes and
notes with deaths) and, with --show-misses, the misses (on screen only; notes never go into the repo).

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/dates_fatalities/train_fatalities.py [N] [--show-misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from eventwire.extract.fatalities import combine_fatalities, find_casualties

TRAIN = Path(__file__).resolve().parents[2] / ".." / "shared" / "train" / "acled-notes.csv.gz"
SEED = 7


def main() -> None:
    if not TRAIN.exists():
        sys.exit("../shared/train is not here: nothing to measure")
    size = int(next((a for a in sys.argv[1:] if a.isdigit()), "5000"))
    notes = pd.read_csv(TRAIN, usecols=["notes", "fatalities"]).dropna().sample(size, random_state=SEED)
    guesses = [combine_fatalities(find_casualties(text)).fatalities for text in notes.notes]
    notes = notes.assign(guess=guesses)
    deadly = notes[notes.fatalities > 0]
    print(f"notes={len(notes)} exact={(notes.guess == notes.fatalities).mean():.3f} "
          f"deadly_notes={len(deadly)} deadly_exact={(deadly.guess == deadly.fatalities).mean():.3f} "
          f"zero_notes_exact={(notes[notes.fatalities == 0].guess == 0).mean():.3f}")
    if "--show-misses" in sys.argv:
        for row in notes[notes.guess != notes.fatalities].itertuples():
            print(f"{row.guess} != {row.fatalities}: {row.notes[:300]}")


if __name__ == "__main__":
    main()
