"""Score eventwire on the news-dev6 set with news-dev5's scorer (news-dev3's, news-dev2's, with all its options) on
this gold.

    PYTHONPATH=src .venv/bin/python benchmarks/news-dev6/score.py [--pred ...] [--save-pred ...]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEWS_DEV5_SCORER = HERE.parent / "news-dev5" / "score.py"


def main() -> None:
    if "--gold" not in sys.argv[1:]:
        sys.argv[1:1] = ["--gold", str(HERE / "gold.jsonl")]
    spec = importlib.util.spec_from_file_location("news_dev5_score", NEWS_DEV5_SCORER)
    scorer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scorer
    spec.loader.exec_module(scorer)
    scorer.main()


if __name__ == "__main__":
    main()
