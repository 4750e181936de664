"""Geo-stage benchmark: resolution quality on the dev gold sets, coverage, and speed.

The mention is the gold location name with the gold country as hint: an upper bound of the
geo stage that does not depend on extraction.

    PYTHONPATH=src .venv/bin/python benchmarks/geo/bench_geo.py [--import ../shared/geonames/BF.txt ...]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from eventwire.geo import Gazetteer, GeoContext, Geocoder, build_embedded, import_geonames, resolve
from rapidfuzz import fuzz

from eventwire.countries import country_by_name
from eventwire.geo.resolve import distance_km
from eventwire.geo.names import admin_key, skeleton_key
from eventwire.records import PlaceMention, Span

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DEV_SETS = ("acled-2020-dev", "acled-sahel-dev")
WITHIN_KM = 25.0


def gold_places(dev_set: str) -> list[dict]:
    rows = []
    for line in (SHARED / "eval" / dev_set / "gold.jsonl").read_text().splitlines():
        rows.extend(e for e in json.loads(line)["events"] if e.get("location") and e.get("country"))
    return rows


# Two spellings of one admin unit ("Idlib"/"Idleb", "Al-Hasakah"/"Al-Hasakeh") count as the same
# when their spelling skeletons are this similar (rapidfuzz ratio, 0–100).
SAME_ADMIN_RATIO = 80


def same_admin(predicted: str, gold: str) -> bool:
    a, b = skeleton_key(admin_key(predicted)), skeleton_key(admin_key(gold))
    return bool(a) and (a == b or fuzz.ratio(a, b) >= SAME_ADMIN_RATIO)


def quality(geocoder: Geocoder, events: list[dict], region_named: bool = False) -> dict[str, float]:
    """Country, admin1 and 25 km shares over all gold places; admin1 also over the places resolved
    below country level (``admin1_of_resolved``); coverage: names with any candidate at all."""
    country = admin1 = near = covered = resolved = 0
    for event in events:
        mention = PlaceMention(event["location"], Span(0, 0, event["location"]), "in")
        others = (event["location"], event.get("admin1") or "") if region_named else ()
        place = resolve([mention], GeoContext(country_hints=(event["country"],), other_places=others), geocoder)
        covered += bool(geocoder.candidates(event["location"]))
        if place is None:
            continue
        country += place.country == event["country"]
        resolved += place.feature_code != "PCLI"
        admin1 += same_admin(place.admin1 or "", event.get("admin1") or "")
        if place.latitude is not None:
            near += distance_km((place.latitude, place.longitude), (event["latitude"], event["longitude"])) <= WITHIN_KM
    n = len(events)
    return {"events": n, "country": country / n, "admin1": admin1 / n, "admin1_of_resolved": admin1 / max(resolved, 1),
            "within_25km": near / n, "resolved": resolved / n, "coverage": covered / n}


def speed(geocoder: Geocoder, names: list[str], lookups: int = 200_000) -> dict[str, float]:
    sample = [random.Random(i).choice(names) for i in range(lookups)]
    started = time.perf_counter()
    for name in sample:
        geocoder.candidates(name)
    return {"lookups_per_s": lookups / (time.perf_counter() - started)}


def stream_speed(gazetteer: Gazetteer) -> float:
    """Lookups/s over every training event's (location, country) in file order, starting with an empty
    cache: the repetition a real news stream has (68k events, 14k distinct places)."""
    import csv
    import gzip

    path = SHARED / "train" / "acled-notes.csv.gz"
    if not path.exists():
        return float("nan")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        pairs = [(row["location"], row["country"]) for row in csv.DictReader(handle)]
    iso3 = {c: (country_by_name(c).iso3 if country_by_name(c) else None) for c in {p[1] for p in pairs}}
    geocoder = Geocoder(gazetteer)
    started = time.perf_counter()
    for location, country in pairs:
        geocoder.candidates(location, iso3[country])
    return len(pairs) / (time.perf_counter() - started)


def run(gazetteer_path: Path, label: str) -> None:
    started = time.perf_counter()
    geocoder = Geocoder(Gazetteer.open(gazetteer_path))
    load = time.perf_counter() - started
    print(f"\n## {label}  (load {load:.3f} s)")
    for dev_set in DEV_SETS:
        for region_named in (False, True):
            result = quality(geocoder, gold_places(dev_set), region_named)
            label = dev_set + (" +region named" if region_named else "")
            print(label, " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
    names = [e["location"] for s in DEV_SETS for e in gold_places(s)]
    cold = Geocoder(geocoder.gazetteer, cache_size=0)
    print("speed: dev names, warm cache", f"{speed(geocoder, names)['lookups_per_s']:,.0f}/s;",
          "no cache", f"{speed(cold, names, 20_000)['lookups_per_s']:,.0f}/s;",
          "training stream, cache from empty", f"{stream_speed(geocoder.gazetteer):,.0f}/s")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--import", dest="imports", nargs="*", default=[str(SHARED / "geonames" / "BF.txt")])
    parser.add_argument("--workdir", help="reuse the gazetteer files in this folder (built there when missing)")
    args = parser.parse_args()
    workdir = Path(args.workdir or tempfile.mkdtemp())
    with ProcessPoolExecutor(1) as pool:  # builds run in a child so the RSS below is the reader's own
        if not (workdir / "embedded.sqlite").exists():
            stats = pool.submit(build_embedded, workdir / "embedded.sqlite").result()
            print(f"build_embedded: {stats.places} places, {stats.names} names, {stats.seconds:.1f} s")
        if args.imports and not (workdir / "full.sqlite").exists():
            shutil.copy(workdir / "embedded.sqlite", workdir / "full.sqlite")
            stats = pool.submit(import_geonames, [Path(p) for p in args.imports], workdir / "full.sqlite").result()
            print(f"import_geonames: {stats.places} places, {stats.seconds:.1f} s")
    run(workdir / "embedded.sqlite", "embedded")
    if args.imports:
        run(workdir / "full.sqlite", "embedded + " + " ".join(Path(p).name for p in args.imports))
    if not args.workdir:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    sys.exit(main())
