"""Rebuild ``data/geo/acled_places.tsv.gz``: ACLED place names with coordinates and admin names.

Reads the training export (``../shared/train/acled-notes.csv.gz``) and keeps, per distinct
(country, admin1, admin2, admin3, location), the median coordinates, the number of events and the
most common geo_precision. Notes and every other column are dropped: only names and coordinates ship.

    python -m eventwire.geo.build_acled_places ../shared/train/acled-notes.csv.gz
"""

from __future__ import annotations

import csv
import gzip
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.countries import country_by_name

OUTPUT = Path(__file__).resolve().parents[1] / "data" / "geo" / "acled_places.tsv.gz"
COLUMNS = ("iso3", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "events", "geo_precision")
PLACE_FIELDS = ("country", "admin1", "admin2", "admin3", "location")


def collect_places(rows) -> dict[tuple[str, ...], list[tuple[float, float, int]]]:
    """Group the export's rows by place, keeping only coordinates and geo_precision."""
    places: dict[tuple[str, ...], list[tuple[float, float, int]]] = defaultdict(list)
    for row in rows:
        key = tuple(row[name].strip() for name in PLACE_FIELDS)
        if not key[0] or not key[4]:
            continue
        places[key].append((float(row["latitude"]), float(row["longitude"]), int(row["geo_precision"] or 3)))
    return places


def place_rows(places) -> list[tuple[str, ...]]:
    """One output row per place, sorted for a byte-identical rebuild."""
    rows = []
    for key, points in places.items():
        country = country_by_name(key[0])
        iso3 = country.iso3 if country else ""
        latitude = statistics.median(p[0] for p in points)
        longitude = statistics.median(p[1] for p in points)
        precision = Counter(p[2] for p in points).most_common(1)[0][0]
        rows.append((iso3, *key, f"{latitude:.4f}", f"{longitude:.4f}", str(len(points)), str(precision)))
    return sorted(rows)


def build(train_csv: Path, output: Path = OUTPUT) -> int:
    with gzip.open(train_csv, "rt", encoding="utf-8", newline="") as handle:
        places = collect_places(csv.DictReader(handle))
    rows = place_rows(places)
    output.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(output, "wb", mtime=0) as raw:
        raw.write(("\t".join(COLUMNS) + "\n").encode())
        for row in rows:
            raw.write(("\t".join(cell.replace("\t", " ") for cell in row) + "\n").encode())
    return len(rows)


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[3] / ".." / "shared" / "train" / "acled-notes.csv.gz"
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    print(f"{build(source)} places written to {OUTPUT}")
