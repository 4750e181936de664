"""Score eventwire's full extractor on the held-out snippet check set news-check-snippets17.

    PYTHONPATH=src .venv/bin/python benchmarks/news-check-snippets17/score.py [--json out.json] [--limit N] ...

This runs ``benchmarks/news-types/score_news_types.py --devset snippets.jsonl --extractor``; every other option
goes to that scorer unchanged, and a ``--devset`` of the caller's own wins.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import score_snippet_check, snippet_check_arguments  # noqa: E402


def scorer_arguments(argv: list[str]) -> list[str]:
    return snippet_check_arguments(HERE / "snippets.jsonl", argv)


if __name__ == "__main__":
    sys.exit(score_snippet_check(HERE))
