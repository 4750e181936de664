"""Score eventwire on the news-dev2 set: news-long's scorer (same pairing, extras and options) on this gold.

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/news-dev2/score.py [--pred ...] [--save-pred ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import score_with  # noqa: E402


def main() -> None:
    score_with(HERE.parent / "news-long" / "score.py", HERE / "gold.jsonl")


if __name__ == "__main__":
    main()
