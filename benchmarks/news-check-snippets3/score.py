"""Score eventwire's full extractor on the held-out snippet check set news-check-snippets3.

    PYTHONPATH=src .venv/bin/python benchmarks/news-check-snippets3/score.py [--json out.json] [--limit N] ...

This runs ``benchmarks/news-types/score_news_types.py --devset snippets.jsonl --extractor``; every other option
goes to that scorer unchanged. A ``--devset`` of the caller's own wins, since the scorer keeps an option's last value.
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
    """The scorer's command line: this set in extractor mode, then the caller's options (which win on a clash)."""
    return ["--devset", str(SNIPPETS), "--extractor", *argv]


def main() -> int:
    return load_script(SCORER).main(scorer_arguments(sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(main())
