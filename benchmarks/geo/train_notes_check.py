"""Geo rules checked on training notes (never a dev set): the whole geo stage on a hashed sample of ACLED
coder notes from ``../shared/train``, scored against ACLED's own admin1 and coordinates.

The training places are in the embedded gazetteer (our ACLED place table), so absolute numbers flatter us;
the script is for before/after comparisons of a rule (run it on two checkouts with the same arguments):

    PYTHONPATH=src python benchmarks/geo/train_notes_check.py --gazetteer GAZ.sqlite [--share 0.05] [--out PAIRS]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
from datetime import datetime
from pathlib import Path

from eventwire.extract import ExtractionKit, extract_events
from eventwire.geo import Gazetteer, Geocoder, geocode_draft
from eventwire.geo.names import admin_skeleton
from eventwire.geo.resolve import distance_km
from eventwire.records import Article

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def sampled_rows(share: float) -> list[dict]:
    keep = int(share * 10_000)
    with gzip.open(SHARED / "train" / "acled-notes.csv.gz", "rt", encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle)
                if int(hashlib.sha1(r["event_id_cnty"].encode()).hexdigest(), 16) % 10_000 < keep]


def first_place(row: dict, kit: ExtractionKit, geocoder: Geocoder):
    article = Article(id=row["event_id_cnty"], title="", text=row["notes"],
                      published_at=datetime.fromisoformat(row["event_date"]), author=row["source"])
    for draft in extract_events(article, kit):
        place = geocode_draft(draft, article, geocoder).place
        if place is not None:
            return place
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--share", type=float, default=0.05)
    parser.add_argument("--out", type=Path, help="write one line per note (to diff two checkouts)")
    args = parser.parse_args()
    kit, geocoder = ExtractionKit.load(), Geocoder(Gazetteer.open(args.gazetteer))
    rows = sampled_rows(args.share)
    admin1 = near = 0
    lines = []
    for row in rows:
        place = first_place(row, kit, geocoder)
        same = bool(place and place.admin1) and admin_skeleton(place.admin1) == admin_skeleton(row["admin1"])
        close = bool(place and place.latitude is not None) and distance_km(
            (place.latitude, place.longitude), (float(row["latitude"]), float(row["longitude"]))) <= 25
        admin1, near = admin1 + same, near + close
        lines.append(f"{row['event_id_cnty']} {'A' if same else '-'}{'N' if close else '-'} "
                     f"{place.admin1 if place else None}/{place.location if place else None}")
    print(f"{len(rows)} notes: admin1 {admin1 / len(rows):.3f}, within 25 km {near / len(rows):.3f}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
