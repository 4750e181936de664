"""Write snippets.jsonl from the hand-written rows in the ``rows_*.py`` files beside this script.

    PYTHONPATH=src .venv/bin/python benchmarks/news-check-snippets3/make_snippets.py

Rows are grouped by event type for the writer; they are shuffled with a fixed seed before ids are given, so any
slice of the file mixes sub-types and styles. Non-events carry a null ``event_type`` and ``sub_event_type``, as the
news-types scorer reads them. Each rows module is loaded by its path (``load_script``), so its module name carries
this folder's name and cannot collide with the other snippet sets' modules of the same file name.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import jsonl_text, load_script, numbered_snippets  # noqa: E402

OUT = HERE / "snippets.jsonl"
ROW_FILES = ("rows_battles.py", "rows_protests_riots.py", "rows_explosions.py", "rows_civilians.py",
             "rows_strategic.py", "rows_nonevents.py")
ID_PREFIX = "cs3"
SHUFFLE_SEED = 20261126  # the day the set was written; any fixed seed would do


def hand_written_rows() -> list[tuple[str | None, str, str, str, str]]:
    """Every row of the ``rows_*`` files, in file order: (sub-type, country, style, reason, text)."""
    rows: list[tuple[str | None, str, str, str, str]] = []
    for name in ROW_FILES:
        rows += load_script(HERE / name).ROWS
    return rows


def snippets_text() -> str:
    """The content of ``snippets.jsonl``: the shuffled rows, one JSON object a line."""
    rows = [(sub, country, style, text, reason) for sub, country, style, reason, text in hand_written_rows()]
    return jsonl_text(numbered_snippets(rows, ID_PREFIX, SHUFFLE_SEED))


def main() -> None:
    text = snippets_text()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines())} snippets to {OUT}")


if __name__ == "__main__":
    main()
