"""Probe: does a report whose country geo could not tell still meet its incident, and never another?

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/resolve/no_country_probe.py [--sets merge-news ... merge-news4] [-v]

For each merge-news set, every extracted report that the scorer maps to a required gold report is taken in turn
and stripped of its place (country, admin names, location, point, precision), as when geo fails; its location
evidence (the place as the article wrote it) is kept. The set is re-clustered and the stripped report is counted
as joined to its own incident, joined to another incident (a wrong merge), or left alone. Not a score: a probe
of the no-country path (``matching.countries_may_meet``), which reuses the sets' scorer for the mapping.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from eventwire.resolve import cluster_events

HERE = Path(__file__).resolve().parent
BENCHMARKS = HERE.parent
sys.path.insert(0, str(BENCHMARKS))
from benchmark_scripts import load_script  # noqa: E402

PLACELESS = dict(country=None, iso3=None, admin1=None, admin2=None, admin3=None, location=None, latitude=None,
                 longitude=None, geo_precision=None, geonameid=None)


def load_scorer():
    return load_script(BENCHMARKS / "merge-news" / "score.py")


def probe_set(scorer, name: str, verbose: bool = False) -> Counter:
    gold = scorer.load_gold(BENCHMARKS / name / "gold.jsonl")
    reports = scorer.extract_reports(sorted({BENCHMARKS / name / "articles" / g.file for g in gold}))
    by_file: dict[str, list] = {}
    for g in gold:
        by_file.setdefault(g.file, []).append(g)
    mapped = {e.event_id: scorer.map_report(e, by_file.get(scorer.file_of(e), [])) for e in reports}
    outcome: Counter = Counter()
    for report in reports:
        own = mapped[report.event_id]
        if own is None or own.optional:
            continue
        stripped = [replace(e, **PLACELESS) if e.event_id == report.event_id else e for e in reports]
        clusters, _ = cluster_events(stripped)
        mates = next(c for c in clusters if report.event_id in c)
        incidents = {mapped[m].incident for m in mates if m != report.event_id and mapped[m]}
        verdict = "alone" if not incidents else "own incident" if incidents == {own.incident} else "WRONG"
        outcome[verdict] += 1
        if verbose and verdict == "WRONG":
            print(f"  {scorer.file_of(report)} ({own.incident}) joined {sorted(incidents)}:",
                  sorted(scorer.file_of(e) for e in reports if e.event_id in mates))
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["merge-news", "merge-news2", "merge-news3", "merge-news4"])
    parser.add_argument("-v", "--verbose", action="store_true", help="name every report that joined another incident")
    args = parser.parse_args()
    scorer = load_scorer()
    for name in args.sets:
        print(name, dict(sorted(probe_set(scorer, name, args.verbose).items())))


if __name__ == "__main__":
    main()
