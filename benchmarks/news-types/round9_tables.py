"""How many rows of each round-nine variation table (and of its near twins) the extractor types as coded.

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/round9_tables.py [--list]

The tables live in ``tests/extract/test_typing_round9.py``; run this before and after a change.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from eventwire.extract import ExtractionKit

TESTS = Path(__file__).resolve().parents[2] / "tests" / "extract" / "test_typing_round9.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every row the extractor gets wrong")
    args = parser.parse_args(argv)
    spec = importlib.util.spec_from_file_location("typing_round9_tables", TESTS)
    tables = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tables)
    kit = ExtractionKit.load()
    for name, (rows, twins) in tables.TABLES.items():
        counts = []
        for label, group in (("rows", rows), ("twins", twins)):
            right = 0
            for text, expected in group:
                got = tables.main_sub_type(kit, text)
                right += got == expected
                if args.list and got != expected:
                    print(f"  [{name} {label}] expected {expected}, got {got} | {text[:90]}")
            counts.append(f"{label} {right}/{len(group)}")
        print(f"{name:26} " + "  ".join(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
