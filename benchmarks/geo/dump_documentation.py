"""How documented GeoNames' Sahel entries are, and how often namesakes tie, read from the dumps alone (no dev set).

Per country file: the share of kept populated entries (P.*, S.CMP) with a point on whole arc-minutes (old GNS
imports), with no admin2 code, with an admin1 code GeoNames' admin1 table does not know; namesake groups (one
folded name, >= 2 admin1 units) and how many of them the documented-entry tie-break can order (their entries'
``documentation_rank`` differ); and how often a rounded, incomplete entry has a well-documented namesake within
``TWIN_KM`` (the same village imported twice).

    PYTHONPATH=src python benchmarks/geo/dump_documentation.py [BF ML NE MR]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import numpy as np

from eventwire.geo.gazetteer import documentation_rank, has_rounded_point
from eventwire.geo.names import name_key
from eventwire.geo.resolve import POPULATED_SITE_CODES, distance_km
from eventwire.geo.store import PlaceFields

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
TWIN_KM = 5.0  # a namesake this close is the same village (GeoNames' own duplicates are mostly < 2 km apart)


def known_admin1(iso2: str) -> set[str]:
    lines = (SHARED / "geonames" / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0].partition(".")[2] for line in lines if line.startswith(f"{iso2}.")}


def populated_entries(iso2: str) -> list[PlaceFields]:
    known = known_admin1(iso2)
    entries = []
    for line in (SHARED / "geonames" / f"{iso2}.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        fclass, fcode, admin1, admin2 = parts[6], parts[7], parts[10], parts[11]
        if fclass == "P" or fcode in POPULATED_SITE_CODES:
            entries.append(PlaceFields(
                geonameid=int(parts[0]), name=parts[1], asciiname=parts[2], feature_class=fclass, feature_code=fcode,
                population=int(parts[14] or 0), iso2=iso2, iso3="", admin1_code=admin1,
                admin1=admin1 if admin1 in known else "", admin2_code=admin2, admin2="", admin3="",
                latitude=float(parts[4]), longitude=float(parts[5]), source="geonames"))
    return entries


def namesake_groups(entries: list[PlaceFields]) -> list[list[PlaceFields]]:
    groups = defaultdict(list)
    for entry in entries:
        groups[name_key(entry.name)].append(entry)
    return [g for g in groups.values() if len({e.admin1_code for e in g}) >= 2]


def has_documented_twin(entry: PlaceFields, group: list[PlaceFields]) -> bool:
    point = (entry.latitude, entry.longitude)
    return any(documentation_rank(o) > documentation_rank(entry) and distance_km(point, (o.latitude, o.longitude)) < TWIN_KM
               for o in group if o is not entry)


def neighbour_agreement(entries: list[PlaceFields]) -> dict[bool, float]:
    """Share of entries whose admin1 code is the one of their nearest fully documented neighbour (rank 3,
    itself excluded), for documented (True) and weaker (False) entries: a coarse entry whose region
    disagrees with its surroundings more often carries a less reliable admin1."""
    reference = [e for e in entries if documentation_rank(e) == 3]
    if not reference:
        return {True: float("nan"), False: float("nan")}
    position = {id(e): i for i, e in enumerate(reference)}
    points = np.radians([[e.latitude, e.longitude] for e in reference])
    codes = np.array([e.admin1_code for e in reference])
    agree: dict[bool, list[bool]] = {True: [], False: []}
    for entry in entries:
        lat, lon = np.radians(entry.latitude), np.radians(entry.longitude)
        # equirectangular distance is enough to rank neighbours a few km apart
        squared = ((points[:, 0] - lat) ** 2 + ((points[:, 1] - lon) * np.cos(lat)) ** 2)
        if id(entry) in position:
            squared[position[id(entry)]] = np.inf
        agree[documentation_rank(entry) == 3].append(codes[int(np.argmin(squared))] == entry.admin1_code)
    return {k: float(np.mean(v)) if v else float("nan") for k, v in agree.items()}


def report(iso2: str) -> str:
    entries = populated_entries(iso2)
    share = (lambda n, total: f"{n / total:.3f}" if total else "–")
    rounded = sum(has_rounded_point(e) for e in entries)
    no_admin2 = sum(not e.admin2_code for e in entries)
    odd_admin1 = sum(not e.admin1 for e in entries)
    camps = sum(e.feature_code in POPULATED_SITE_CODES for e in entries)
    groups = namesake_groups(entries)
    ordered = sum(len({documentation_rank(e) for e in g}) >= 2 for g in groups)
    weak = [(e, g) for g in groups for e in g if documentation_rank(e) < 3]
    twins = sum(has_documented_twin(e, g) for e, g in weak)
    neighbours = neighbour_agreement(entries)
    return (f"| {iso2} | {len(entries)} | {share(rounded, len(entries))} | {share(no_admin2, len(entries))} | "
            f"{share(odd_admin1, len(entries))} | {share(camps, len(entries))} | {len(groups)} | {share(ordered, len(groups))} | "
            f"{share(twins, len(weak))} | {neighbours[True]:.3f} | {neighbours[False]:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("countries", nargs="*", default=["BF", "ML", "NE", "MR"])
    args = parser.parse_args()
    print("| dump | populated entries (P, S.CMP) | point on whole arc-minutes | no admin2 | unknown admin1 | S.CMP | "
          "namesake groups (>= 2 admin1) | groups the rank orders | weak namesakes with a documented twin < 5 km | "
          "admin1 = nearest documented neighbour's: documented | weaker |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for iso2 in args.countries:
        print(report(iso2), flush=True)


if __name__ == "__main__":
    main()
