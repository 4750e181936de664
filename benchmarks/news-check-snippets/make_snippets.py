"""Write snippets.jsonl from the hand-written rows in the ``rows_*.py`` files beside this script.

    PYTHONPATH=src .venv/bin/python benchmarks/news-check-snippets/make_snippets.py

The rows are grouped by event type for the writer's convenience; they are shuffled with a fixed seed before ids
are given, so any slice of the file (such as the scorer's ``--part held``, every third row) mixes all sub-types
and styles. Every sentence was written for eventwire; facts are modelled on real events, wording is ours.
Non-events are written with ``event_type`` and ``sub_event_type`` null, as the scorer reads them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = HERE / "snippets.jsonl"
ROW_MODULES = ("rows_battles", "rows_protests_riots", "rows_explosions", "rows_civilians", "rows_strategic",
               "rows_nonevents")
SHUFFLE_SEED = 2026  # the year the set was written; any fixed seed would do


def hand_written_rows() -> list[tuple[str | None, str, str, str, str]]:
    """Every row of the ``rows_*`` modules, in module order: (sub-type, country, style, reason, text)."""
    sys.path.insert(0, str(HERE))
    rows: list[tuple[str | None, str, str, str, str]] = []
    for name in ROW_MODULES:
        rows += __import__(name).ROWS
    return rows


def snippets_text() -> str:
    """The content of ``snippets.jsonl``: the shuffled rows, one JSON object a line."""
    rows = [(sub, country, style, text, reason) for sub, country, style, reason, text in hand_written_rows()]
    return jsonl_text(numbered_snippets(rows, "cs", SHUFFLE_SEED))


def main() -> None:
    text = snippets_text()
    OUT.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    print(f"wrote {len(lines)} snippets to {OUT}")


if __name__ == "__main__":
    main()
