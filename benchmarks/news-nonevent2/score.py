"""False events on the second non-event news set, and whether its five twins keep their one event.

    cd /work/h-nonevent2 && PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent2/score.py
    ... score.py --pred predictions.jsonl     # score saved event records instead of running the pipeline
    ... score.py --save-pred out.jsonl        # keep this run's records
    ... score.py --json summary.json          # the counts per story, machine-readable

The 20 `ne2-*` stories have gold `[]`: every event predicted there is false. The 5 `tw-*` twins carry one
codable event amid the same kind of context; they are scored like news-long (event P/R/F1, field accuracy).
The false-event count, its sentences and the pipeline run are `benchmarks/news-nonevent/score.py`'s (imported).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Mapping, Sequence

from eventwire.evaluate import load_gold, score

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script  # noqa: E402
GOLD = HERE / "gold.jsonl"
NON_EVENT_SCORER = HERE.parent / "news-nonevent" / "score.py"


def load_non_event_scorer():
    """benchmarks/news-nonevent/score.py as a module (it is a script, not a package module)."""
    return load_script(NON_EVENT_SCORER, "news_nonevent_score")


def twin_summary(gold, records, long_news) -> dict[str, Any]:
    """Event P/R/F1 and field accuracy on the twins, plus the events each twin got beyond its gold."""
    twins = [article for article in gold if article.events]
    twin_files = {article.file_name for article in twins}
    by_file = long_news.records_by_file(records)
    twin_records = [r for name, rs in by_file.items() if name in twin_files for r in rs]
    report = score(twins, twin_records).to_dict(details=False)
    predicted = {a.article_id: len(by_file.get(a.file_name, ())) for a in twins}
    return {"report": report, "predicted_per_twin": predicted}


def print_twins(result: Mapping[str, Any]) -> None:
    report = result["report"]
    print(f"twins {report['articles']}  gold {report['gold_events']}  predicted {report['predicted_events']}  "
          f"P {report['precision']:.3f}  R {report['recall']:.3f}  F1 {report['f1']:.3f}")
    fields = {name: f["accuracy"] for name, f in report["fields"].items() if f["accuracy"] is not None}
    print("  " + "  ".join(f"{name} {value:.2f}" for name, value in fields.items()))
    print("  events per twin: " + ", ".join(f"{k} {v}" for k, v in result["predicted_per_twin"].items()))


def main(argv: Sequence[str] | None = None) -> None:
    non_event = load_non_event_scorer()
    long_news = non_event.load_long_news_scorer()
    args = long_news.score_arguments(__doc__.splitlines()[0], GOLD).parse_args(argv)
    gold = load_gold(args.gold)
    records = long_news.event_records(args, gold)
    result = {"non_event": non_event.summary(gold, records, long_news),
              "twins": twin_summary(gold, records, long_news)}
    non_event.print_summary(result["non_event"])
    print_twins(result["twins"])
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
