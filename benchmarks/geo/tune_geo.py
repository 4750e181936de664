"""Tune the fuzzy-match threshold on training data (never on the dev sets).

Niger's ACLED training places (../shared/train) are resolved against the embedded gazetteer plus
the full Niger dump (../shared/geonames/NE.txt), with our ACLED-derived Niger places removed so the
answer is not in the index. Reports the share within 25 km for each threshold.

    PYTHONPATH=src .venv/bin/python benchmarks/geo/tune_geo.py --workdir /tmp/geo/bench
"""

from __future__ import annotations

import argparse
import csv
import gzip
import shutil
import sqlite3
import sys
from pathlib import Path

from bench_geo import SHARED, distance_km

from eventwire.geo import Gazetteer, GeoContext, Geocoder, build_embedded, import_geonames, resolve
from eventwire.records import PlaceMention, Span

THRESHOLDS = (75, 80, 85, 88, 90, 92, 95, 100)  # 100: exact spellings only, i.e. fuzzy off


def training_places(country: str) -> list[dict]:
    with gzip.open(SHARED / "train" / "acled-notes.csv.gz", "rt", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["country"] == country]
    return rows


def niger_gazetteer(workdir: Path) -> Path:
    target = workdir / "tune-niger.sqlite"
    if not target.exists():
        if not (workdir / "embedded.sqlite").exists():
            build_embedded(workdir / "embedded.sqlite")
        shutil.copy(workdir / "embedded.sqlite", target)
        import_geonames([SHARED / "geonames" / "NE.txt"], into=target)
        with sqlite3.connect(target) as connection:
            connection.execute("DELETE FROM places WHERE source = 'acled' AND iso3 = 'NER'")
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", default="/tmp/eventwire-geo-bench")
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    gazetteer = Gazetteer.open(niger_gazetteer(workdir))
    rows = training_places("Niger")
    for threshold in THRESHOLDS:
        geocoder = Geocoder(gazetteer, fuzzy_min_ratio=threshold)
        near = resolved = 0
        for row in rows:
            mention = PlaceMention(row["location"], Span(0, 0, row["location"]), "in")
            place = resolve([mention], GeoContext(country_hints=("Niger",)), geocoder)
            if place and place.feature_code != "PCLI":
                resolved += 1
                gold = (float(row["latitude"]), float(row["longitude"]))
                near += distance_km((place.latitude, place.longitude), gold) <= 25
        print(f"fuzzy_min_ratio={threshold:>3}  resolved={resolved / len(rows):.3f}  within_25km={near / len(rows):.3f}  (n={len(rows)})")


if __name__ == "__main__":
    sys.exit(main())
