"""Same input, same output: across processes with different hash seeds, and across input orders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def extract_in_new_process(hash_seed: str, *paths: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    command = [sys.executable, "-m", "eventwire", "extract", *map(str, paths)]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout


def test_extract_output_does_not_depend_on_the_hash_seed():
    assert extract_in_new_process("1", EXAMPLES) == extract_in_new_process("2", EXAMPLES)


def test_extract_output_does_not_depend_on_the_order_of_inputs():
    files = sorted(p for p in EXAMPLES.iterdir() if not p.name.startswith("."))
    assert extract_in_new_process("0", *files) == extract_in_new_process("0", *reversed(files))
