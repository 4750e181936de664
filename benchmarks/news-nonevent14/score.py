"""False events on the fourteenth non-event news set, and whether its eight twins keep their one event.

    PYTHONPATH=src .venv/bin/python benchmarks/news-nonevent14/score.py --part dev|held|all [--pred|--json ...]

The 22 `ne14-*` stories have gold `[]`: every event predicted there is false. The 8 `tw14-*` twins carry one
codable event amid the same kind of context. Scored by news-nonevent2's scorer (loaded, not copied) on the part's
gold: `dev` (20 items), `held` (every third id, 10 items: score it only at the first run and for the final report,
never read its per-item errors) or `all`. `--part` defaults to `dev`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import score_non_event_part  # noqa: E402


if __name__ == "__main__":
    score_non_event_part(HERE)
