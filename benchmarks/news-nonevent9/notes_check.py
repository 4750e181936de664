"""Whether round nine's readings change any ACLED training note: run the notes they could touch, before and after.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent9/notes_check.py save /tmp/ne9-notes-before.json
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent9/notes_check.py compare /tmp/ne9-notes-before.json

news-nonevent8's check (loaded, not copied) with this round's gate: every note holding a word the round's patterns
need (a machine after "attack", the air force as an institution, a schedule before a weekday, a trend verb, a named
land's month, a time-counted "after", a participle after a comma). Prints counts and row numbers only.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script  # noqa: E402

GATE = re.compile(
    r"attack[\s-]+(?:aircraft|helicopter|chopper|gunship|jet|plane|drone|submarine|boat|craft|squadron)|air force|"
    r"expected|due|scheduled|set to|will|rose|risen|increased|doubled|tripled|soared|declined|intensif|stepp|escalat|"
    r"ramp|across|throughout|(?:years?|decades?|months) (?:after|since)|, \w+ing\b",
    re.IGNORECASE,
)


if __name__ == "__main__":
    round_eight = load_script(HERE.parent / "news-nonevent8" / "notes_check.py")
    round_eight.GATE = GATE
    round_eight.main(sys.argv[1:])
