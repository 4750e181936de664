"""Score cross-outlet merging on the third merge set (benchmarks/merge-news3) with the first set's scorer.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/merge-news3/score.py [-v]

Same mapping of reports to gold, same pairwise precision / recall / wrong merges as
``benchmarks/merge-news/score.py`` (imported, not copied); only the default gold file differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script, score_with  # noqa: E402

FIRST_SET_SCORER = HERE.parent / "merge-news" / "score.py"


def load_scorer():
    return load_script(FIRST_SET_SCORER)


if __name__ == "__main__":
    score_with(FIRST_SET_SCORER, HERE / "gold.jsonl")
