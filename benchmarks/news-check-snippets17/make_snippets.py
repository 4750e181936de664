"""Write snippets.jsonl from the hand-written rows in the ``rows_*.py`` files beside this script.

    PYTHONPATH=src .venv/bin/python benchmarks/news-check-snippets17/make_snippets.py

Rows are grouped by event type for the writer; they are shuffled with a fixed seed before ids are given, so any
slice of the file mixes sub-types and styles. Every sentence was written for eventwire; facts are modelled on real
events, wording is ours. Non-events carry a null ``event_type`` and ``sub_event_type``, as the news-types scorer
reads them. The writing itself is ``benchmark_scripts.snippet_check_text``, shared by every snippet check.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import snippet_check_text, write_snippet_check  # noqa: E402

ID_PREFIX = "cs17"
SHUFFLE_SEED = 20261209  # any fixed seed would do; one past news-check-snippets16's


def snippets_text() -> str:
    """The content of ``snippets.jsonl``: the shuffled rows, one JSON object a line."""
    return snippet_check_text(HERE, ID_PREFIX, SHUFFLE_SEED)


if __name__ == "__main__":
    write_snippet_check(HERE, ID_PREFIX, SHUFFLE_SEED)
