"""Score eventwire on the news-check21 set with news-dev3's scorer (news-dev2's, with all its options) on this gold.

    PYTHONPATH=src .venv/bin/python benchmarks/news-check21/score.py [--pred ...] [--save-pred ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import score_with  # noqa: E402


def main() -> None:
    score_with(HERE.parent / "news-dev3" / "score.py", HERE / "gold.jsonl")


if __name__ == "__main__":
    main()
