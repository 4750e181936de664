"""What `ActorDictionary.in_country` would change if the assembly's qualify step called it (measurement only).

    cd /work/h-actors && PYTHONPATH=src .venv/bin/python benchmarks/actors/in_country_effect.py [--on]

Without ``--on`` the pipeline runs as shipped; with it, ``eventwire.pipeline.qualify_actors`` is wrapped (in this
process only) so that actor1/actor2 are passed through ``in_country(name, evidence texts, geo country)`` after
the shipped qualification. Prints actor1/actor2/fatalities accuracy on every development set found.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import eventwire.pipeline as pipeline
from eventwire.evaluate import evaluate_set
from eventwire.pipeline import Toolkit, extract_paths

REPO = Path(__file__).resolve().parents[2]
SETS = [REPO.parent / "shared" / "eval" / name / "gold.jsonl" for name in ("acled-2020-dev", "acled-sahel-dev")]
SETS.append(REPO / "benchmarks" / "news-long" / "gold.jsonl")
SHIPPED_QUALIFY = pipeline.qualify_actors


def qualify_in_country(draft, country, kit=None):
    draft = SHIPPED_QUALIFY(draft, country, kit)
    if not country or kit is None:
        return draft
    changes = {}
    for field in ("actor1", "actor2"):
        name = getattr(draft, field)
        texts = [span.text for span in (draft.evidence.get(field) or ())]
        if name and kit.actors.in_country(name, texts, country) != name:
            changes[field] = kit.actors.in_country(name, texts, country)
    return replace(draft, **changes) if changes else draft


def main() -> None:
    if "--on" in sys.argv:
        pipeline.qualify_actors = qualify_in_country
    toolkit = Toolkit.load()
    for gold in (path for path in SETS if path.exists()):
        report = evaluate_set(gold, lambda paths: extract_paths(list(paths), toolkit=toolkit, merge=False))
        scores = {k: round(report.fields[k].accuracy, 3) for k in ("actor1", "actor2", "fatalities")}
        print(gold.parent.name, scores)


if __name__ == "__main__":
    main()
