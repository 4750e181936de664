"""Check the documented-entry tie-break (``resolve.ties._best_documented_of_equals``) and the S.CMP-as-populated-place
score on held-out training places, never on dev sets.

Same set-up as ``tune_density.py``: every training row's location is looked up alone in its country, in a gazetteer
with no ACLED-derived places (the embedded one minus its ACLED rows, plus Niger's full GeoNames dump), so the answer
is not in the index. Rows whose equal-scoring same-country candidates lie in >= 2 admin1 units are "tie rows";
ACLED's admin1 of the row is compared with the candidate chosen before (the first of the equals, an arbitrary order)
and after the tie-break, and with the expected agreement of a uniform pick among the equals.

    PYTHONPATH=src python benchmarks/geo/tune_documented.py --workdir DIR [--margin 0.1]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from tune_density import agrees, scored_lookups, training_rows, tuning_gazetteer

from eventwire.geo import Gazetteer, Geocoder
from eventwire.geo.names import admin_skeleton

from eventwire.geo.resolve import scoring as resolution_scoring
from eventwire.geo.resolve import ties as resolution_ties

DUMP_COUNTRIES = {"Niger"}


def tie_rows(lookups, margin: float):
    """(country, scored, best, equals, ACLED admin1 counts) for every lookup with equals in >= 2 admin1 units."""
    for (country, location, _family), (scored, _story, admins) in lookups.items():
        best = max(scored, key=lambda pair: pair[1])
        equals = [(c, s) for c, s in scored if c.entry.iso3 == best[0].entry.iso3 and s >= best[1] - margin
                  and c.match in resolution_ties._SPELLED_AS_WRITTEN]
        if best in equals and len({admin_skeleton(c.entry.admin1) for c, _ in equals}) >= 2:
            yield country, location, scored, best, equals, admins


def evaluate(lookups, geocoder: Geocoder, margin: float) -> dict[str, list[float]]:
    """Per group (Niger's dump / the embedded gazetteer's countries): rows, changed, right before/after/uniform."""
    resolution_ties.EQUAL_SCORE_MARGIN = margin
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0, 0, 0.0])
    for country, location, scored, best, equals, admins in tie_rows(lookups, margin):
        after = resolution_ties._best_documented_of_equals(scored, best, location)
        group = "Niger (dump)" if country in DUMP_COUNTRIES else "other countries (embedded)"
        rows = sum(admins.values())
        right = {id(c): sum(n for a, n in admins.items() if agrees(c, a, geocoder)) for c, _ in equals}
        for key in (group, "all"):
            t = totals[key]
            t[0] += rows
            t[1] += rows if after[0] is not best[0] else 0
            t[2] += right[id(best[0])]
            t[3] += right[id(after[0])]
            t[4] += sum(right.values()) / len(equals)
    return totals


def top_agreement(lookups, geocoder: Geocoder) -> dict[str, tuple[int, int]]:
    """Per group: rows, rows whose best-scored candidate lies in ACLED's admin1 (every lookup, not only ties)."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (country, _location, _family), (scored, _story, admins) in lookups.items():
        best = max(scored, key=lambda pair: pair[1])
        group = "Niger (dump)" if country in DUMP_COUNTRIES else "other countries (embedded)"
        for key in (group, "all"):
            totals[key][0] += sum(admins.values())
            totals[key][1] += sum(n for a, n in admins.items() if agrees(best[0], a, geocoder))
    return totals


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/eventwire-geo-bench"))
    parser.add_argument("--margins", type=float, nargs="*", default=[0.0, 0.1, 0.5, 1.0, 1.5])
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    geocoder = Geocoder(Gazetteer.open(tuning_gazetteer(args.workdir)))
    rows = training_rows()
    print("| S.CMP | margin | group | tie rows | changed | admin1 before | after | uniform pick |")
    print("|---|---|---|---|---|---|---|---|")
    for camp_codes, label in ((frozenset(), "site"), (frozenset({"CMP"}), "populated")):
        resolution_scoring.POPULATED_SITE_CODES = resolution_ties.POPULATED_SITE_CODES = camp_codes
        lookups = scored_lookups(rows, geocoder)
        for group, (total, right) in sorted(top_agreement(lookups, geocoder).items()):
            print(f"S.CMP as {label}, {group}: best-scored candidate in ACLED's admin1 on {right}/{total} rows", flush=True)
        for margin in args.margins:
            for group, (ties, changed, before, after, uniform) in sorted(evaluate(lookups, geocoder, margin).items()):
                share = (lambda n: f"{n / ties:.3f}" if ties else "–")
                print(f"| {label} | {margin} | {group} | {ties} | {changed} | {share(before)} | {share(after)} | "
                      f"{share(uniform)} |", flush=True)


if __name__ == "__main__":
    main()
