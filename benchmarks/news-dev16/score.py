"""Score eventwire on the news-dev16 set with news-dev6's scorer (news-dev5's, news-dev3's, news-dev2's, with all its
options) on this gold, or on one of its two parts.

    PYTHONPATH=src .venv/bin/python benchmarks/news-dev16/score.py [--part dev|held|all] [--pred ...] [--save-pred ...]

The set is split before its first run: every third story in id order (n16-003, n16-006, ...) is the **held part**,
the rest the **dev part**. The held part is scored for its totals only (no per-story errors are printed), at the
first run and for the final report; kinds of error are looked for on the dev part alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import score_split_story_set  # noqa: E402


if __name__ == "__main__":
    score_split_story_set(HERE)
