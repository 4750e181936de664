"""Score eventwire on the news-dev2 set: news-long's scorer (same pairing, extras and options) on this gold.

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/news-dev2/score.py [--pred ...] [--save-pred ...]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEWS_LONG_SCORER = HERE.parent / "news-long" / "score.py"


def main() -> None:
    spec = importlib.util.spec_from_file_location("news_long_score", NEWS_LONG_SCORER)
    scorer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scorer
    spec.loader.exec_module(scorer)
    args = sys.argv[1:]
    if "--gold" not in args:
        args = ["--gold", str(HERE / "gold.jsonl"), *args]
    scorer.main(args)


if __name__ == "__main__":
    main()
