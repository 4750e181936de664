"""False events on the fourth non-event news set, and whether its five twins keep their one event.

    PYTHONPATH=src .venv/bin/python benchmarks/news-nonevent4/score.py [--pred ...] [--save-pred ...] [--json ...]

The 20 `ne4-*` stories have gold `[]`: every event predicted there is false. The 5 `tw4-*` twins carry one
codable event amid the same kind of context. Scored by news-nonevent2's scorer (loaded, not copied) on this gold.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import score_with  # noqa: E402


def main() -> None:
    score_with(HERE.parent / "news-nonevent2" / "score.py", HERE / "gold.jsonl")


if __name__ == "__main__":
    main()
