"""How often our admin1 output equals ACLED's for places ACLED coded but that the table was built without.

The ACLED place table (``data/geo/acled_places.tsv.gz``, from ``../shared/train``) lends ACLED's admin1 names
to GeoNames units (``geo/acled_admins.py``). Here a hashed 10 % of its locations is held out: the admin names
are rebuilt from the other 90 %, and for each held-out location the nearest GeoNames town of the embedded
gazetteer (same country, within ``MATCH_KM``) gives the unit whose name we output; compared exactly with ACLED's
admin1. Methods: ``public names only`` (no ACLED table), ``spelling+nearest`` (what ships: skeleton, then the
nearest ACLED place within 15 km, then fuzzy) and ``vote`` (each GeoNames unit's majority ACLED name first;
measured, not shipped: it changes nothing the spelling match does not already give).

    EVENTWIRE_GAZETTEER=... PYTHONPATH=src python benchmarks/geo/acled_admin_holdout.py
"""

from __future__ import annotations

import sqlite3
import zlib
from collections import Counter, defaultdict

import numpy as np
from sklearn.neighbors import BallTree

from eventwire.geo import default_gazetteer_path
from eventwire.geo.acled_admins import AcledAdmins
from eventwire.geo.embedded import read_acled_places
from eventwire.geo.names import display_admin1_name

MATCH_KM = 10.0  # a held-out location farther than this from any GeoNames town is not counted
EARTH_KM = 6371.0
VOTE_KM = 5.0  # an ACLED place votes for the unit of the nearest GeoNames town within this distance
VOTE_MIN_SHARE = 0.75  # a unit takes the majority name only when this share of its votes agree


def held_out(row: dict[str, str]) -> bool:
    return zlib.crc32(f"{row['iso3']}|{row['location']}".encode()) % 10 == 0


def geonames_towns(iso3_codes) -> dict[str, list[tuple[str, str, float, float]]]:
    connection = sqlite3.connect(default_gazetteer_path())
    towns = defaultdict(list)
    query = ("SELECT iso3, iso2, admin1_code, admin1, latitude, longitude FROM places WHERE source != 'acled' "
             "AND feature_class = 'P' AND admin1 != '' AND iso3 = ?")
    for iso3 in iso3_codes:
        towns[iso3] = [(iso2, code, name, lat, lon) for _, iso2, code, name, lat, lon in connection.execute(query, (iso3,))]
    return towns


def unit_votes(rows, towns, trees) -> dict[tuple[str, str], str]:
    """GeoNames admin1 unit (ISO2, code) → the majority ACLED admin1 of the ACLED places nearest its towns."""
    ballots: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rows:
        tree = trees.get(row["iso3"])
        if tree is None:
            continue
        distance, index = tree.query(np.radians([[float(row["latitude"]), float(row["longitude"])]]), k=1)
        if distance[0, 0] * EARTH_KM <= VOTE_KM:
            ballots[tuple(towns[row["iso3"]][index[0, 0]][:2])][row["admin1"]] += 1
    winners = {}
    for unit, counts in ballots.items():
        name, votes = counts.most_common(1)[0]
        if votes / sum(counts.values()) >= VOTE_MIN_SHARE:
            winners[unit] = name
    return winners


def voted_admin1(votes, admins: AcledAdmins, iso3, ours, lat, lon, unit) -> str | None:
    return votes[unit] if unit in votes else admins.admin1(iso3, ours, lat, lon)


def main() -> None:
    rows = [r for r in read_acled_places() if r["iso3"] and r["admin1"]]
    train, test = [r for r in rows if not held_out(r)], [r for r in rows if held_out(r)]
    towns = geonames_towns({r["iso3"] for r in rows})
    trees = {iso3: BallTree(np.radians([[t[3], t[4]] for t in ts]), metric="haversine") for iso3, ts in towns.items() if ts}
    admins = AcledAdmins(train)
    votes = unit_votes(train, towns, trees)
    scores = defaultdict(lambda: [0, 0])
    for row in test:
        tree = trees.get(row["iso3"])
        if tree is None:
            continue
        distance, index = tree.query(np.radians([[float(row["latitude"]), float(row["longitude"])]]), k=1)
        if distance[0, 0] * EARTH_KM > MATCH_KM:
            continue
        iso2, code, name, lat, lon = towns[row["iso3"]][index[0, 0]]
        ours = display_admin1_name(name)
        outputs = {
            "public names only": ours,
            "spelling+nearest": admins.admin1(row["iso3"], ours, lat, lon),
            "vote, then spelling+nearest": voted_admin1(votes, admins, row["iso3"], ours, lat, lon, (iso2, code)),
        }
        for method, output in outputs.items():
            scores[method][0] += output == row["admin1"]
            scores[method][1] += 1
    for method, (equal, total) in scores.items():
        print(f"{method:30s} {equal / total:.3f} of {total} held-out locations")


if __name__ == "__main__":
    main()
