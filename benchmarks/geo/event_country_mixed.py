"""Robustness of the batch priors: acled-2020-dev and acled-sahel-dev run as ONE batch (a mixed feed, where
the Sahel stories are no longer the batch's majority), each then scored on its own gold.

    EVENTWIRE_GAZETTEER=~/.cache/eventwire/gazetteer.sqlite PYTHONPATH=src python benchmarks/geo/event_country_mixed.py
"""

from __future__ import annotations

from pathlib import Path

from eventwire.evaluate import evaluate_set
from eventwire.evaluate.gold import load_gold
from eventwire.pipeline import Toolkit, extract_paths

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
GOLDS = [EVAL / "acled-2020-dev" / "gold.jsonl", EVAL / "acled-sahel-dev" / "gold.jsonl"]


def main() -> None:
    golds = [g for g in GOLDS if g.exists()]
    paths = [article.path for gold in golds for article in load_gold(gold)]
    events = extract_paths(paths, toolkit=Toolkit.load(), merge=False)
    for gold in golds:
        report = evaluate_set(gold, lambda _paths: events)
        print(f"{gold.parent.name}: F1 {report.f1:.3f}, admin1 {report.fields['admin1'].accuracy:.3f}")


if __name__ == "__main__":
    main()
