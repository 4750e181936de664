"""Score cross-outlet merging on the twelfth merge set (benchmarks/merge-news12) with the first set's scorer.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/merge-news12/score.py [--part dev|held|all] [-v]

Same mapping of reports to gold, same pairwise precision / recall / wrong merges as
``benchmarks/merge-news/score.py`` (imported, not copied). The set is split by incident group (the gold's
``group``, 1–8, an incident with its look-alike): every third group (3, 6) is the **held part**, scored for its
totals only (never its missed pairs or events); ``dev`` (the default) is the rest.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import MERGE_SCORER, load_script, merge_group_lines, score_merge_set_part  # noqa: E402


def load_scorer():
    return load_script(MERGE_SCORER)


def part_gold_lines(part: str) -> list[str]:
    return merge_group_lines(HERE, part)


if __name__ == "__main__":
    score_merge_set_part(HERE)
