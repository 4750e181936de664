"""Event F1 and country/admin1 accuracy with each country prior of geo/event_country.py switched on in turn.

    EVENTWIRE_GAZETTEER=~/.cache/eventwire/gazetteer.sqlite PYTHONPATH=src python benchmarks/geo/event_country_ablation.py

Steps: none (the geo stage alone), + outlet table, + batch outlet vote, + whole-batch vote, + dateline rule.
Sets: ../shared/eval/{acled-2020-dev,acled-sahel-dev} (when present) and benchmarks/news-long.
"""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import eventwire.geo.event_country as event_country
import eventwire.pipeline as pipeline
from eventwire.evaluate import evaluate_set
from eventwire.geo.source_prior import SourceCountries

REPO = Path(__file__).resolve().parents[2]
SETS = [REPO.parent / "shared" / "eval" / name / "gold.jsonl" for name in ("acled-2020-dev", "acled-sahel-dev")]
SETS = [s for s in SETS if s.exists()] + [REPO / "benchmarks" / "news-long" / "gold.jsonl"]


def no_whole_batch(articles):
    return {k: v for k, v in original_votes(articles).items() if k != event_country.WHOLE_BATCH}


original_votes = event_country.batch_outlet_countries


class NoOutletPrior(SourceCountries):
    """Neither the table nor the country written in an outlet's name ("AIB (Burkina Faso)")."""

    def prior(self, article):
        return None
STEPS = [
    ("geo stage only", dict(table=False, batch=False, whole=False, dateline=False)),
    ("+ outlet table and named outlets", dict(table=True, batch=False, whole=False, dateline=False)),
    ("+ batch outlet vote", dict(table=True, batch=True, whole=False, dateline=False)),
    ("+ whole-batch vote", dict(table=True, batch=True, whole=True, dateline=False)),
    ("+ dateline rule (all)", dict(table=True, batch=True, whole=True, dateline=True)),
]


def run(toolkit, gold: Path, table: bool, batch: bool, whole: bool, dateline: bool):
    kit = toolkit if table else pipeline.Toolkit(toolkit.extraction, toolkit.geocoder, NoOutletPrior({}))
    patches = []
    if not batch:
        patches.append(mock.patch.object(pipeline, "with_batch_priors", lambda results, _kit: list(results)))
    if not whole:
        patches.append(mock.patch.object(pipeline, "batch_outlet_countries", no_whole_batch))
    if not dateline:
        patches.append(mock.patch.object(pipeline, "settle_dateline", lambda located, *_: located))
    for patch in patches:
        patch.start()
    try:
        return evaluate_set(gold, lambda paths: pipeline.extract_paths(list(paths), toolkit=kit, merge=False))
    finally:
        for patch in patches:
            patch.stop()


def main() -> None:
    toolkit = pipeline.Toolkit.load()
    print("| set | step | F1 | country | admin1 | 25 km |\n|---|---|---|---|---|---|")
    for gold in SETS:
        for name, switches in STEPS:
            report = run(toolkit, gold, **switches)
            cells = [report.fields.get(f) for f in ("country", "admin1", "within_25km")]
            shown = " | ".join(f"{c.accuracy:.3f}" if c and c.accuracy is not None else "–" for c in cells)
            print(f"| {gold.parent.name} | {name} | {report.f1:.3f} | {shown} |")


if __name__ == "__main__":
    main()
