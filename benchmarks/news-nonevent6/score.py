"""False events on the sixth non-event news set, and whether its six twins keep their one event.

    PYTHONPATH=src .venv/bin/python benchmarks/news-nonevent6/score.py --part dev|held|all [--pred ...] [--save-pred ...] [--json ...]

The 24 `ne6-*` stories have gold `[]`: every event predicted there is false. The 6 `tw6-*` twins carry one
codable event amid the same kind of context. Scored by news-nonevent2's scorer (loaded, not copied) on the part's
gold: `dev` (20 items), `held` (every third id, 10 items: score it only at the first run and for the final report,
never read its per-item errors) or `all`. `--part` defaults to `dev`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import score_with  # noqa: E402

GOLD_BY_PART = {"dev": "gold-dev.jsonl", "held": "gold-held.jsonl", "all": "gold.jsonl"}


def pop_part(argv: list[str]) -> str:
    """Remove ``--part X`` (or ``--part=X``) from ``argv`` and return X (``dev`` when absent)."""
    for i, arg in enumerate(argv):
        if arg == "--part" and i + 1 < len(argv):
            part = argv[i + 1]
            del argv[i:i + 2]
            return check_part(part)
        if arg.startswith("--part="):
            del argv[i]
            return check_part(arg.split("=", 1)[1])
    return "dev"


def check_part(part: str) -> str:
    if part not in GOLD_BY_PART:
        raise SystemExit(f"--part must be one of {', '.join(GOLD_BY_PART)}, not {part!r}")
    return part


def main() -> None:
    part = pop_part(sys.argv)
    score_with(HERE.parent / "news-nonevent2" / "score.py", HERE / GOLD_BY_PART[part])


if __name__ == "__main__":
    main()
