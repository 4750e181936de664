"""Score eventwire's full extractor on the held-out snippet check set with news-types' snippet scorer.

    PYTHONPATH=src .venv/bin/python benchmarks/news-check-snippets/score.py [--json out.json] [--limit N] ...

This is ``benchmarks/news-types/score_news_types.py --devset snippets.jsonl --extractor``; every other option is
passed through to that scorer (``--devset`` given on the command line wins).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script  # noqa: E402

SNIPPETS = HERE / "snippets.jsonl"
SCORER = HERE.parent / "news-types" / "score_news_types.py"


def scorer_arguments(argv: list[str]) -> list[str]:
    """The scorer's command line: this set and extractor mode, then the caller's own options."""
    own_set = [] if "--devset" in argv else ["--devset", str(SNIPPETS)]
    extractor = [] if "--extractor" in argv else ["--extractor"]
    return own_set + extractor + argv


def main() -> int:
    return load_script(SCORER).main(scorer_arguments(sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(main())
