"""Score cross-article merging on the news-check set: which merged events join or split real incidents.

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/news-check/merge_score.py
    ... merge_score.py --json /tmp/merge.json      # also write the summary as JSON

Every gold event of `gold.jsonl` carries an `incident` key; reports of one real event in different
articles share it (the Yelwata and Kishishe massacres are each told by three outlets). The script runs the
whole pipeline once per article, merges the reports across all 24 articles exactly as
`eventwire.pipeline.extract_paths(..., merge=True)` does (`merge_batch`), and then:

1. pairs each article's reports with that article's gold events (the `eventwire eval` pairing), so a report
   gets the incident of its gold partner, or none when it pairs with nothing (a false event);
2. links every report to the merged event that absorbed it (the merged event carries the report's evidence
   spans; its id is the smallest report id);
3. counts **wrong merges** (one merged event holding reports of two different incidents), **missed merges**
   (one incident reported in several articles but spread over several merged events), and pairwise merge
   precision and recall over cross-article report pairs.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any, Mapping, Sequence

from eventwire.evaluate import load_gold
from eventwire.evaluate.gold import GoldArticle
from eventwire.evaluate.score import pair_article
from eventwire.pipeline import ArticleEvents, Toolkit, merge_batch, process_paths
from eventwire.records import Event

GOLD = Path(__file__).resolve().parent / "gold.jsonl"
NO_INCIDENT = None  # a report that pairs with no gold event


@dataclass(frozen=True)
class Report:
    """One single-article event report and what the gold says it is."""

    event: Event
    article_id: str  # the gold article id (nc-0xx)
    incident: str | None


# --------------------------------------------------------------------------- pairing reports with gold


def label_reports(gold: Sequence[GoldArticle], results: Sequence[ArticleEvents]) -> list[Report]:
    """Every report of every article, labelled with the incident of the gold event it pairs with."""
    gold_by_file = {article.file_name: article for article in gold}
    reports = []
    for result in results:
        article = gold_by_file.get(Path(str(result.article.path)).name)
        if article is not None:
            reports += _label_article(article, result.events)
    return reports


def _label_article(article: GoldArticle, events: Sequence[Event]) -> list[Report]:
    records = [event.to_record() for event in events]
    pairs = pair_article(article, records)
    incident_of = {id(pair.predicted): pair.gold.get("incident") for pair in pairs}
    return [Report(event, article.article_id, incident_of.get(id(record), NO_INCIDENT))
            for event, record in zip(events, records)]


# --------------------------------------------------------------------------- linking reports to merged events


def _span_keys(event: Event) -> set[tuple]:
    return {(name, s.article_id, s.start, s.end) for name, spans in event.evidence.items() for s in spans}


def link_reports(reports: Sequence[Report], merged: Sequence[Event]) -> dict[str, list[Report]]:
    """Merged event id → the reports it absorbed (a report's evidence spans all reappear in its merged event)."""
    spans_of = {event.event_id: _span_keys(event) for event in merged}
    members: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        members[_merged_id_of(report.event, spans_of)].append(report)
    return dict(members)


def _merged_id_of(report: Event, spans_of: Mapping[str, set[tuple]]) -> str:
    if report.event_id in spans_of:  # a cluster is named after its smallest report id
        return report.event_id
    wanted = _span_keys(report)
    holders = sorted(event_id for event_id, spans in spans_of.items() if wanted <= spans)
    return holders[0] if holders else f"unlinked:{report.event_id}"


# --------------------------------------------------------------------------- merge errors


def wrong_merges(members: Mapping[str, Sequence[Report]]) -> list[dict[str, Any]]:
    """Merged events that hold reports of two or more different gold incidents."""
    wrong = []
    for event_id, reports in sorted(members.items()):
        incidents = sorted({r.incident for r in reports if r.incident is not NO_INCIDENT})
        if len(incidents) > 1:
            wrong.append({"merged_event": event_id, "incidents": incidents, "articles": _articles(reports)})
    return wrong


def missed_merges(members: Mapping[str, Sequence[Report]]) -> list[dict[str, Any]]:
    """Incidents reported in several articles whose reports ended in more than one merged event."""
    events_of: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for event_id, reports in members.items():
        for report in reports:
            if report.incident is not NO_INCIDENT:
                events_of[report.incident][event_id].append(report.article_id)
    missed = []
    for incident, split in sorted(events_of.items()):
        articles = {a for ids in split.values() for a in ids}
        if len(articles) > 1 and len(split) > 1:
            missed.append({"incident": incident, "merged_events": len(split),
                           "groups": sorted(sorted(ids) for ids in split.values())})
    return missed


def spurious_joins(members: Mapping[str, Sequence[Report]]) -> list[dict[str, Any]]:
    """Merged events that join a gold-paired report with a false report from another article."""
    joins = []
    for event_id, reports in sorted(members.items()):
        paired = [r for r in reports if r.incident is not NO_INCIDENT]
        false = [r for r in reports if r.incident is NO_INCIDENT]
        if paired and false and {r.article_id for r in false} - {r.article_id for r in paired}:
            joins.append({"merged_event": event_id, "incidents": sorted({r.incident for r in paired}),
                          "false_report_articles": sorted({r.article_id for r in false})})
    return joins


def pairwise(reports: Sequence[Report], members: Mapping[str, Sequence[Report]]) -> dict[str, Any]:
    """Precision and recall of 'same event' over pairs of gold-paired reports from different articles."""
    merged_of = {id(r): event_id for event_id, rs in members.items() for r in rs}
    labelled = [r for r in reports if r.incident is not NO_INCIDENT]
    pairs = [(a, b) for a, b in combinations(labelled, 2) if a.article_id != b.article_id]
    same_gold = {(id(a), id(b)) for a, b in pairs if a.incident == b.incident}
    same_pred = {(id(a), id(b)) for a, b in pairs if merged_of[id(a)] == merged_of[id(b)]}
    hits = len(same_gold & same_pred)
    return {
        "gold_pairs": len(same_gold), "merged_pairs": len(same_pred), "correct_pairs": hits,
        "precision": hits / len(same_pred) if same_pred else None,
        "recall": hits / len(same_gold) if same_gold else None,
    }


def _articles(reports: Sequence[Report]) -> list[str]:
    return sorted({r.article_id for r in reports})


# --------------------------------------------------------------------------- run and print


def multi_article_incidents(gold: Sequence[GoldArticle]) -> dict[str, list[str]]:
    """Incident → the articles whose gold carries it, for incidents told by more than one article."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for article in gold:
        for event in article.events:
            if event.get("incident"):
                articles_of[event.get("incident")].add(article.article_id)
    return {incident: sorted(ids) for incident, ids in sorted(articles_of.items()) if len(ids) > 1}


def evaluate(gold_path: Path) -> dict[str, Any]:
    gold = load_gold(gold_path)
    toolkit = Toolkit.load()
    results = [r for r in process_paths([a.path for a in gold], toolkit) if isinstance(r, ArticleEvents)]
    merged = merge_batch(results)
    reports = label_reports(gold, results)
    members = link_reports(reports, merged)
    return {
        "articles": len(results), "reports": len(reports), "merged_events": len(merged),
        "reports_paired_with_gold": sum(r.incident is not NO_INCIDENT for r in reports),
        "unlinked_reports": sum(len(rs) for key, rs in members.items() if key.startswith("unlinked:")),
        "multi_article_incidents": multi_article_incidents(gold),
        "wrong_merges": wrong_merges(members),
        "missed_merges": missed_merges(members),
        "spurious_joins": spurious_joins(members),
        "pairwise": pairwise(reports, members),
    }


def print_summary(result: Mapping[str, Any]) -> None:
    print(f"articles {result['articles']}  reports {result['reports']} "
          f"({result['reports_paired_with_gold']} paired with gold)  merged events {result['merged_events']}"
          f"  unlinked reports {result['unlinked_reports']}")
    for incident, articles in result["multi_article_incidents"].items():
        print(f"  incident told by several articles: {incident}  {', '.join(articles)}")
    pair = result["pairwise"]
    precision = "n/a" if pair["precision"] is None else f"{pair['precision']:.3f}"
    recall = "n/a" if pair["recall"] is None else f"{pair['recall']:.3f}"
    print(f"pairwise same-event: precision {precision}  recall {recall}  "
          f"(gold pairs {pair['gold_pairs']}, merged pairs {pair['merged_pairs']}, correct {pair['correct_pairs']})")
    print(f"wrong merges (two incidents in one event): {len(result['wrong_merges'])}")
    for wrong in result["wrong_merges"]:
        print(f"  {wrong['merged_event']}: {' + '.join(wrong['incidents'])}  ({', '.join(wrong['articles'])})")
    print(f"missed merges (one incident split): {len(result['missed_merges'])}")
    for missed in result["missed_merges"]:
        groups = " | ".join(", ".join(g) for g in missed["groups"])
        print(f"  {missed['incident']}: {missed['merged_events']} events  [{groups}]")
    print(f"gold-paired events joined with a false report of another article: {len(result['spurious_joins'])}")
    for join in result["spurious_joins"]:
        print(f"  {join['merged_event']}: {', '.join(join['incidents'])} + false report from "
              f"{', '.join(join['false_report_articles'])}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold JSONL whose events carry 'incident' keys")
    parser.add_argument("--json", type=Path, help="write the summary as JSON")
    args = parser.parse_args(argv)
    result = evaluate(args.gold)
    print_summary(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
