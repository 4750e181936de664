"""Print each event draft of articles with its place mentions (name, cue) and the place geo gives it.

    PYTHONPATH=src python benchmarks/geo/explain_places.py ARTICLE.txt [...] [--gazetteer GAZ.sqlite]

For reading *kinds* of geo errors on one story at a time; it changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventwire.extract import ExtractionKit, extract_events
from eventwire.geo import Gazetteer, Geocoder, geocode_draft
from eventwire.ingest import iter_articles
from eventwire.records import Article


def explain(path: Path, kit: ExtractionKit, geocoder: Geocoder) -> None:
    for article in iter_articles([path]):
        if not isinstance(article, Article):
            print(f"== {path.name} not read: {article}")  # a ReadFailure (e.g. a README among the articles)
            continue
        print(f"== {path.name} dateline={article.dateline}")
        for draft in extract_events(article, kit):
            place = geocode_draft(draft, article, geocoder).place
            mentions = ", ".join(f"{m.name}/{m.cue}" for m in draft.place_mentions)
            where = f"{place.location} [{place.admin1}] p{place.geo_precision} ({place.latitude}, {place.longitude})" if place else None
            print(f"  {draft.event_date} {draft.sub_event_type}: {mentions} -> {where}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="+")
    parser.add_argument("--gazetteer", type=Path, default=None)
    args = parser.parse_args()
    kit = ExtractionKit.load()
    geocoder = Geocoder(Gazetteer.open(args.gazetteer))
    for path in args.paths:
        explain(path, kit, geocoder)


if __name__ == "__main__":
    main()
