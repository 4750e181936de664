"""Score cross-outlet merging end to end: ingest → extract → geo → resolve on the merge-news set.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/merge-news/score.py [-v]

Every article's events are extracted and located exactly as ``pipeline.extract_paths`` does, then clustered
with ``resolve.cluster_events`` (what ``merge_batch`` does). Each extracted report is mapped to one gold report
of its own article (see README.md); then, over pairs of reports from *different* articles:

- precision: of the pairs put in one event, the share that belong to one gold incident;
- recall: of the gold pairs (required reports only), the share that ended in one event;
- wrong merges: pairs of distinct gold incidents that share an event;
- wrong merges, by article: the same when every report counts for its article's own (required) incident,
  as a judge that scores whole articles would see it (a passing mention's report merged into its incident
  then counts as wrong too).
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Sequence

from eventwire.pipeline import Toolkit, process_paths, with_batch_priors
from eventwire.records import Event, ReadFailure
from eventwire.resolve import cluster_events, reconcile

HERE = Path(__file__).resolve().parent
DEFAULT_DATE_SLACK = 7  # days a report's date may sit from its gold date and still be that report


@dataclass(frozen=True)
class GoldReport:
    file: str
    incident: str
    event_date: date
    names: tuple[str, ...]
    optional: bool
    date_slack: int


def load_gold(path: Path) -> list[GoldReport]:
    reports = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for r in row["reports"]:
            reports.append(GoldReport(Path(row["path"]).name, r["incident"], date.fromisoformat(r["event_date"]),
                                      tuple(r["names"]), bool(r.get("optional")), r.get("date_slack", DEFAULT_DATE_SLACK)))
    return reports


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def names_match(event: Event, gold: GoldReport) -> bool:
    """The report's place (location, else admin2, else admin1) contains or is contained in a gold name."""
    places = [p for p in (event.location, event.admin2) if p] or [p for p in (event.admin1,) if p]
    return any(_fold(n) in _fold(p) or _fold(p) in _fold(n) for p in places for n in gold.names)


def map_report(event: Event, candidates: Sequence[GoldReport]) -> GoldReport | None:
    """The gold report an extracted report stands for: a named place first, then the nearest date."""
    if event.event_date is None:
        return None
    near = [g for g in candidates if abs((event.event_date - g.event_date).days) <= g.date_slack]
    named = [g for g in near if names_match(event, g)]
    pool = named or ([near[0]] if len(near) == 1 else [])
    return min(pool, key=lambda g: abs((event.event_date - g.event_date).days), default=None)


def extract_reports(paths: Sequence[Path]) -> list[Event]:
    toolkit = Toolkit.load()
    results = [r for r in process_paths([str(p) for p in paths], toolkit) if not isinstance(r, ReadFailure)]
    return [event for result in with_batch_priors(results, toolkit) for event in result.events]


def file_of(event: Event) -> str:
    return Path(event.sources[0].path or "").name


def score(gold: list[GoldReport], reports: list[Event], clusters: list[tuple[str, ...]]) -> dict:
    by_file: dict[str, list[GoldReport]] = {}
    for g in gold:
        by_file.setdefault(g.file, []).append(g)
    mapped = {e.event_id: map_report(e, by_file.get(file_of(e), [])) for e in reports}
    cluster_of = {eid: i for i, c in enumerate(clusters) for eid in c}
    by_article = {eid: _main_report(g, by_file) for eid, g in mapped.items()}
    return {
        **_precision(reports, mapped, cluster_of),
        "wrong merges, by article": _precision(reports, by_article, cluster_of)["wrong merges"],
        **_recall(gold, reports, mapped, cluster_of),
        "reports extracted": len(reports),
        "reports mapped to gold": sum(1 for g in mapped.values() if g),
        "events after merging": len(clusters),
        "gold incidents": len({g.incident for g in gold}),
    }


def _main_report(gold: GoldReport | None, by_file: dict[str, list[GoldReport]]) -> GoldReport | None:
    """The article's own incident: what a judge that scores whole articles sees (mentions in passing ignored)."""
    if gold is None or not gold.optional:
        return gold
    return next((g for g in by_file[gold.file] if not g.optional), gold)


def _cross_article_pairs(reports: list[Event]):
    for a, b in combinations(reports, 2):
        if file_of(a) != file_of(b):
            yield a, b


def _precision(reports, mapped, cluster_of) -> dict:
    together = [(a, b) for a, b in _cross_article_pairs(reports)
                if cluster_of[a.event_id] == cluster_of[b.event_id] and mapped[a.event_id] and mapped[b.event_id]]
    right = [p for p in together if mapped[p[0].event_id].incident == mapped[p[1].event_id].incident]
    wrong = sorted({tuple(sorted((mapped[a.event_id].incident, mapped[b.event_id].incident)))
                    for a, b in together if (a, b) not in right})
    return {"pairwise precision": round(len(right) / len(together), 3) if together else 1.0,
            "merged pairs": len(together), "wrong merges": wrong}


def _recall(gold, reports, mapped, cluster_of) -> dict:
    """A gold pair (two articles, one incident) is recalled when some report of each sits in one event."""
    clusters_by: dict[tuple[str, str], set[int]] = {}
    for e in reports:
        g = mapped[e.event_id]
        if g:
            clusters_by.setdefault((g.file, g.incident), set()).add(cluster_of[e.event_id])
    required = [g for g in gold if not g.optional]
    pairs = [(a, b) for a, b in combinations(required, 2) if a.incident == b.incident and a.file != b.file]
    found = [(a, b) for a, b in pairs
             if clusters_by.get((a.file, a.incident), set()) & clusters_by.get((b.file, b.incident), set())]
    missed = sorted(f"{a.incident}: {a.file}/{b.file}" for a, b in pairs if (a, b) not in found)
    return {"pairwise recall": round(len(found) / len(pairs), 3) if pairs else 1.0,
            "gold pairs": len(pairs), "missed pairs": missed}


def describe(event: Event) -> str:
    place = event.location or event.admin2 or event.admin1
    return (f"{file_of(event)} {event.event_date} p{event.time_precision} {event.sub_event_type} | "
            f"{place} ({event.admin1}) g{event.geo_precision} | {event.fatalities} | {event.actor1} / {event.actor2}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=HERE / "gold.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every event's reports")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    paths = sorted({args.gold.parent / "articles" / g.file for g in gold})
    reports = extract_reports(paths)
    clusters, _ = cluster_events(reports)
    result = score(gold, reports, clusters)
    if args.verbose:
        by_id = {e.event_id: e for e in reports}
        for cluster in sorted(clusters, key=lambda c: min(file_of(by_id[m]) for m in c)):
            merged = reconcile([by_id[m] for m in cluster])
            print(f"EVENT {merged.event_date} {merged.sub_event_type} {merged.location} toll {merged.fatalities}")
            for member in cluster:
                print("   ", describe(by_id[member]))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
