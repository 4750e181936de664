"""False events on the fourth non-event news set, and whether its five twins keep their one event.

    PYTHONPATH=src .venv/bin/python benchmarks/news-nonevent4/score.py [--pred ...] [--save-pred ...] [--json ...]

The 20 `ne4-*` stories have gold `[]`: every event predicted there is false. The 5 `tw4-*` twins carry one
codable event amid the same kind of context. Scored by news-nonevent2's scorer (loaded, not copied) on this gold.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NON_EVENT2_SCORER = HERE.parent / "news-nonevent2" / "score.py"


def main() -> None:
    spec = importlib.util.spec_from_file_location("news_nonevent2_score", NON_EVENT2_SCORER)
    scorer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scorer
    spec.loader.exec_module(scorer)
    argv = sys.argv[1:]
    if "--gold" not in argv:
        argv = ["--gold", str(HERE / "gold.jsonl"), *argv]
    scorer.main(argv)


if __name__ == "__main__":
    main()
