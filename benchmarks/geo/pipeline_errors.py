"""Admin1 misses of the whole pipeline (geo stage *and* the outlet/batch country priors) on a gold set.

``dev_errors.py`` scores the geo stage alone; the headline numbers also include the event-country priors
(``pipeline.with_batch_priors``), which pair more events. This script runs exactly that, with extraction
cached (pickle under --cache, outside the repo), to list the *kinds* of admin1 errors left:

    PYTHONPATH=src python benchmarks/geo/pipeline_errors.py GOLD --gazetteer GAZ.sqlite [-v] [--pairs OUT]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dev_errors import cached_drafts, print_report

from eventwire.evaluate.gold import load_gold
from eventwire.extract import ExtractionKit
from eventwire.geo import Gazetteer, Geocoder
from eventwire.pipeline import Toolkit, _located_article, with_batch_priors


def pipeline_records(drafts, toolkit: Toolkit) -> list[dict]:
    """The pipeline after extraction: geo with the outlet table's prior, then the batch priors."""
    results = [
        _located_article(article, tuple(article_drafts), toolkit, toolkit.sources.prior(article))
        for article, article_drafts in drafts
    ]
    results = with_batch_priors(results, toolkit)
    return [event.to_record() for result in results for event in result.events]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/eventwire-geo-cache"))
    parser.add_argument("-v", action="store_true", help="list every admin1 mismatch")
    parser.add_argument("--pairs", type=Path, help="write every matched pair's places to this file (to diff runs)")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    drafts = cached_drafts([a.path for a in gold], args.cache)
    toolkit = Toolkit(extraction=ExtractionKit.load(), geocoder=Geocoder(Gazetteer.open(args.gazetteer)))
    print_report(gold, pipeline_records(drafts, toolkit), args.v, args.pairs)


if __name__ == "__main__":
    main()
