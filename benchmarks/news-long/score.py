"""Score eventwire on the long-news dev set: the `eventwire eval` numbers plus what they hide.

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/news-long/score.py
    ... score.py --pred predictions.jsonl     # score saved event records instead of running the pipeline
    ... score.py --save-pred out.jsonl        # keep this run's records (re-score with `eventwire eval --pred`)
    ... score.py --gold benchmarks/news-check/gold.jsonl   # the same scorer on another set in this format

Besides event precision/recall/F1 and field accuracy (the same `eventwire.evaluate.score` that
`eventwire eval` prints), it reports the false events on the articles whose gold is empty (diplomacy,
trials, elections, disasters, analysis...) and lists, per error kind, the articles where it happened.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Mapping, Sequence

from eventwire.evaluate import load_gold, read_predictions, score
from eventwire.evaluate.gold import GoldArticle
from eventwire.evaluate.run import as_record, default_pipeline
from eventwire.evaluate.score import pair_article

GOLD = Path(__file__).resolve().parent / "gold.jsonl"
# Fields whose disagreements are listed per article (the ones extraction engineers act on).
ERROR_FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "location")


def run_pipeline(gold: Sequence[GoldArticle]) -> list[Mapping[str, Any]]:
    """Event records for every article of the set, from the same pipeline `eventwire eval` runs."""
    return [as_record(event) for event in default_pipeline()([article.path for article in gold])]


def records_by_file(records: Sequence[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    by_file: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for record in records:
        paths = [s.get("path") for s in record.get("sources") or () if s.get("path")]
        if paths:
            by_file[Path(str(paths[0])).name].append(record)
    return by_file


def false_events_on_non_event_articles(
    gold: Sequence[GoldArticle], by_file: Mapping[str, Sequence[Mapping[str, Any]]]
) -> dict[str, int]:
    """Article id → number of events predicted on an article whose gold has none."""
    return {a.article_id: len(by_file.get(a.file_name, ())) for a in gold if not a.events}


def error_kinds(
    gold: Sequence[GoldArticle], by_file: Mapping[str, Sequence[Mapping[str, Any]]]
) -> dict[str, list[str]]:
    """Error kind → article ids (repeated once per occurrence), from the same greedy pairing as the scorer."""
    errors: dict[str, list[str]] = defaultdict(list)
    for article in gold:
        if not article.events:
            continue
        predicted = by_file.get(article.file_name, [])
        pairs = pair_article(article, predicted)
        _add_pair_errors(errors, article.article_id, pairs)
        paired_gold = {id(p.gold) for p in pairs}
        missed = [g for g in article.events if id(g) not in paired_gold and not g.optional]
        errors["missed event"] += [article.article_id] * len(missed)
        errors["extra event"] += [article.article_id] * (len(predicted) - len(pairs))
    return errors


def _add_pair_errors(errors: dict[str, list[str]], article_id: str, pairs) -> None:
    for pair in pairs:
        for name in ERROR_FIELDS:
            if pair.agreement.get(name) is False:
                errors[f"wrong {name}"].append(article_id)


def summary(gold, records) -> dict[str, Any]:
    report = score(gold, records)
    by_file = records_by_file(records)
    false_events = false_events_on_non_event_articles(gold, by_file)
    return {
        "report": report.to_dict(details=False),
        "non_event_articles": len(false_events),
        "false_events_on_non_event_articles": sum(false_events.values()),
        "non_event_articles_with_false_events": sum(1 for n in false_events.values() if n),
        "false_events_by_article": false_events,
        "error_kinds": {kind: _count_ids(ids) for kind, ids in sorted(error_kinds(gold, by_file).items())},
    }


def _count_ids(ids: list[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for article_id in ids:
        counts[article_id] += 1
    return dict(sorted(counts.items()))


def print_totals(report: Mapping[str, Any], label: str = "") -> None:
    """Precision, recall, F1 and field accuracies: the totals only, never an article's errors."""
    print(f"{label}articles {report['articles']}  gold events {report['gold_events']}  "
          f"predicted {report['predicted_events']}")
    print(f"events: P {report['precision']:.3f}  R {report['recall']:.3f}  F1 {report['f1']:.3f}")
    for name, field in report["fields"].items():
        if field["accuracy"] is not None:
            print(f"  {name:<15} {field['accuracy']:.3f}  (of {field['total']})")


def print_summary(result: Mapping[str, Any]) -> None:
    print_totals(result["report"])
    print(f"false events on the {result['non_event_articles']} non-event articles: "
          f"{result['false_events_on_non_event_articles']} "
          f"({result['non_event_articles_with_false_events']} articles affected)")
    for kind, counts in result["error_kinds"].items():
        listed = ", ".join(f"{a}×{n}" if n > 1 else a for a, n in counts.items())
        print(f"  {kind:<20} {sum(counts.values()):>3}  {listed}")


def score_arguments(description: str, default_gold: Path) -> argparse.ArgumentParser:
    """The options of every scorer built on this one (news-nonevent's too): --gold, --pred, --save-pred, --json."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--gold", type=Path, default=default_gold, metavar="PATH",
                        help=f"gold JSONL to score (default: {default_gold.parent.name}/{default_gold.name})")
    parser.add_argument("--pred", type=Path, help="score these event records (JSONL) instead of running")
    parser.add_argument("--save-pred", type=Path, help="write this run's event records as JSONL")
    parser.add_argument("--json", type=Path, help="write the summary as JSON")
    return parser


def event_records(args: argparse.Namespace, gold: Sequence[GoldArticle]) -> list[Mapping[str, Any]]:
    """The records to score: read from ``--pred`` or made by running the pipeline, kept in ``--save-pred``."""
    records = read_predictions(args.pred) if args.pred else run_pipeline(gold)
    if args.save_pred:
        lines = (json.dumps(dict(r), ensure_ascii=False, default=str) for r in records)
        args.save_pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return records


def main(argv: Sequence[str] | None = None) -> None:
    args = score_arguments(__doc__.splitlines()[0], GOLD).parse_args(argv)
    gold = load_gold(args.gold)
    records = event_records(args, gold)
    result = summary(gold, records)
    print_summary(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
