"""Tune the event-density tie-break (``resolve.ties._densest_of_ties``) on held-out training places, never on dev sets.

Every training row's location is looked up alone in its country (the row's actors give the family), in a
gazetteer with no ACLED-derived places (the embedded one minus its ACLED rows, plus Niger's full GeoNames dump
for Sahel namesakes), so the answer is not in the index. Locations are split in 5 folds by a hash of
their name; each fold is scored with a density table built from the other folds' rows only (leave-place-out),
and, with ``--without-country``, also without any row of the scored row's country (as for Burkina Faso,
which the training data lacks: only neighbours' events can say where a family acts).

Reported per setting: rows where a tie-break could act (namesakes in several admin1 units within the margin),
rows it changed, and ACLED's admin1 agreement on the tie rows before/after.

    PYTHONPATH=src python benchmarks/geo/tune_density.py --workdir /work/h-geo3/tmp-geo3
"""

from __future__ import annotations

import argparse
import dataclasses
import csv
import gzip
import hashlib
import shutil
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from eventwire.geo import Gazetteer, Geocoder, default_gazetteer_path, import_geonames
from eventwire.geo.build_event_density import ACTOR_COLUMNS, count_cells
from eventwire.geo.density import ALL, EventDensity, actor_family
from eventwire.geo.names import admin_skeleton
from eventwire.geo.resolve import GeoContext, _story, score
from eventwire.geo.resolve import scoring as resolution_scoring
from eventwire.geo.resolve import ties as resolution_ties
from eventwire.records import PlaceMention, Span

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
FOLDS = 5
MARGINS = (0.0, 1.0, 1.5, 2.0, 3.0)
KERNELS = ((25.0,), (50.0,), (100.0,), (150.0,), (25.0, 50.0), (25.0, 50.0, 100.0), (25.0, 50.0, 100.0, 150.0))


def tuning_gazetteer(workdir: Path) -> Path:
    target = workdir / "tune-density.sqlite"
    if not target.exists():
        shutil.copy(default_gazetteer_path(), target)
        import_geonames([SHARED / "geonames" / "NE.txt"], into=target)
        with sqlite3.connect(target) as connection:
            connection.execute("DELETE FROM places WHERE source = 'acled'")
    return target


def fold_of(location: str) -> int:
    return int(hashlib.sha1(location.lower().encode()).hexdigest(), 16) % FOLDS


def training_rows() -> list[dict]:
    with gzip.open(SHARED / "train" / "acled-notes.csv.gz", "rt", encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["location"] and r["admin1"]]


def density_tables(rows: list[dict], without_country: bool) -> dict:
    """(fold, country or None) → cell counts from the other folds' rows (and other countries' rows)."""
    tables = {}
    countries = sorted({r["country"] for r in rows}) if without_country else [None]
    for fold in range(FOLDS):
        for country in countries:
            kept = [r for r in rows if fold_of(r["location"]) != fold and r["country"] != country]
            counts = count_cells(kept)
            by_family = defaultdict(list)
            for (family, lat, lon), events in counts.items():
                by_family[family].append((lat, lon, events))
            tables[(fold, country)] = {f: np.array(v) for f, v in by_family.items()}
    return tables


def scored_lookups(rows: list[dict], geocoder: Geocoder) -> dict:
    """(country, location, family) → (scored candidates, ACLED admin1s of that location, row count)."""
    grouped: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for row in rows:
        family = actor_family([row.get(c) or "" for c in ACTOR_COLUMNS])
        grouped[(row["country"], row["location"], family)][row["admin1"]] += 1
    lookups = {}
    for (country, location, family), admins in grouped.items():
        story = _story(GeoContext(country_hints=(country,), actor_family=family), geocoder, exclude=location)
        found = geocoder.candidates(location, country, resolution_scoring.CANDIDATE_LIMIT)
        scored = [(c, score(c, "in", story)) for c in found if c.entry.iso3 == story.countries[0]] if story.countries else []
        scored = [(c, s) for c, s in scored if s >= resolution_scoring.MIN_SCORE]
        if scored:
            lookups[(country, location, family)] = (scored, story, admins)
    return lookups


def agrees(candidate, acled_admin1: str, geocoder: Geocoder) -> bool:
    entry = candidate.entry
    ours = geocoder.acled_admins.admin1(entry.iso3, entry.admin1, entry.latitude, entry.longitude) or entry.admin1
    return admin_skeleton(ours) == admin_skeleton(acled_admin1)


def evaluate(lookups, tables, geocoder, margin, kernel, family_only, without_country) -> tuple[int, int, int, int]:
    resolution_ties.TIE_MARGIN = margin
    ties = changed = right_before = right_after = 0
    for (country, location, family), (scored, story, admins) in lookups.items():
        if family_only and family == ALL:
            continue
        family = family if family != ALL else "all-events"  # resolve only breaks ties for armed-group families
        table = tables[(fold_of(location), country if without_country else None)]
        table = {**table, "all-events": table.get(ALL, np.zeros((0, 3)))}
        geocoder.event_density = EventDensity(table, kernel)
        story = dataclasses.replace(story, family=family)
        before = max(scored, key=lambda pair: pair[1])
        tied = {admin_skeleton(c.entry.admin1) for c, s in scored if s >= before[1] - margin}
        if len(tied) < 2:
            continue
        after = resolution_ties._densest_of_ties(scored, story, geocoder)
        rows = sum(admins.values())
        ties += rows
        changed += rows if after[0] is not before[0] else 0
        right_before += sum(n for a, n in admins.items() if agrees(before[0], a, geocoder))
        right_after += sum(n for a, n in admins.items() if agrees(after[0], a, geocoder))
    return ties, changed, right_before, right_after


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/eventwire-geo-bench"))
    parser.add_argument("--without-country", action="store_true", help="density from other countries only")
    parser.add_argument("--countries", nargs="*", help="score only these countries' rows")
    parser.add_argument("--family", help="score only rows of this family (e.g. sahel-jihadist)")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    geocoder = Geocoder(Gazetteer.open(tuning_gazetteer(args.workdir)))
    rows = training_rows()
    scored_rows = [r for r in rows if not args.countries or r["country"] in args.countries]
    lookups = scored_lookups(scored_rows, geocoder)
    if args.family:
        lookups = {key: value for key, value in lookups.items() if key[2] == args.family}
    tables = density_tables(rows, args.without_country)
    print("| families | margin | kernel km | tie rows | changed | admin1 before | admin1 after |")
    print("|---|---|---|---|---|---|---|")
    for family_only in (True, False):
        for margin in MARGINS:
            for kernel in KERNELS:
                ties, changed, before, after = evaluate(lookups, tables, geocoder, margin, kernel, family_only, args.without_country)
                share = (lambda n: f"{n / ties:.3f}" if ties else "–")
                print(f"| {'armed-group families' if family_only else 'all events'} | {margin} | {'/'.join(f'{k:.0f}' for k in kernel)} | {ties} | "
                      f"{changed} | {share(before)} | {share(after)} |", flush=True)


if __name__ == "__main__":
    main()
