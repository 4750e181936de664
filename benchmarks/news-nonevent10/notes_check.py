"""Whether round ten's readings change any ACLED training note: run the notes they could touch, before and after.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent10/notes_check.py save /tmp/ne10-notes.json
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent10/notes_check.py compare /tmp/ne10-notes.json

news-nonevent8's check (loaded, not copied) with this round's gate: every note holding a word the round's patterns
need (a plea or a push for a truce, something handed over, an interview, a span "since last" or "since early" a
time, a blockade or a siege as a standing state, a day's possessive before a condemned act). Prints counts and row
numbers only.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script  # noqa: E402

GATE = re.compile(
    r"appeal|plead|plea|press|lobb|demand|pray|handed|handing|interview|since (?:last|early|late|mid)|blockade|"
    r"siege|grip|condemn|exchange|swap|funeral|mourn|burial|procession",
    re.IGNORECASE,
)


if __name__ == "__main__":
    round_eight = load_script(HERE.parent / "news-nonevent8" / "notes_check.py")
    round_eight.GATE = GATE
    round_eight.main(sys.argv[1:])
