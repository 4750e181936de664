"""Score cross-outlet merging on the fourth merge set (benchmarks/merge-news4) with the first set's scorer.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/merge-news4/score.py [-v]

Same mapping of reports to gold, same pairwise precision / recall / wrong merges as
``benchmarks/merge-news/score.py`` (imported, not copied); only the default gold file differs.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST_SET_SCORER = HERE.parent / "merge-news" / "score.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("merge_news_score", FIRST_SET_SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    if "--gold" not in sys.argv:
        sys.argv[1:1] = ["--gold", str(HERE / "gold.jsonl")]
    load_scorer().main()
