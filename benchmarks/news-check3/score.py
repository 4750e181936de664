"""Score eventwire on the news-check3 set with news-dev3's scorer (news-dev2's, with all its options) on this gold.

    PYTHONPATH=src .venv/bin/python benchmarks/news-check3/score.py [--pred ...] [--save-pred ...]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEWS_DEV3_SCORER = HERE.parent / "news-dev3" / "score.py"


def main() -> None:
    spec = importlib.util.spec_from_file_location("news_dev3_score", NEWS_DEV3_SCORER)
    scorer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scorer
    spec.loader.exec_module(scorer)
    if "--gold" not in sys.argv[1:]:
        sys.argv[1:1] = ["--gold", str(HERE / "gold.jsonl")]
    scorer.main()


if __name__ == "__main__":
    main()
