"""List the extra (unpaired) events on news-long with the evidence spans that made them, to find false events by kind.

    cd <repo> && PYTHONPATH=src .venv/bin/python benchmarks/news-long/score.py --save-pred /tmp/pred.jsonl
    PYTHONPATH=src .venv/bin/python benchmarks/precision/extra_events.py /tmp/pred.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news-long"))

from score import GOLD, records_by_file  # noqa: E402  (the news-long scorer, imported by path)

from eventwire.evaluate import load_gold, read_predictions  # noqa: E402
from eventwire.evaluate.score import pair_article  # noqa: E402

EVIDENCE_FIELDS = ("event_type", "event_date", "fatalities", "location")


def print_extras(pred_path: Path, gold_path: Path = GOLD) -> None:
    by_file = records_by_file(read_predictions(pred_path))
    for article in load_gold(gold_path):
        predicted = by_file.get(article.file_name, [])
        paired = {id(p.predicted) for p in pair_article(article, predicted)} if article.events else set()
        extras = [r for r in predicted if id(r) not in paired]
        if extras:
            print(f"===== {article.article_id} ({len(article.events)} gold events)")
            for record in extras:
                _print_record(record)


def _print_record(record) -> None:
    print("  EXTRA", record["event_date"], record["location"], record["fatalities"], record["sub_event_type"])
    for name in EVIDENCE_FIELDS:
        for span in (record.get("evidence") or {}).get(name, [])[:2]:
            print(f"      {name:<11} @{span['start']:<5} {span['text'][:100]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pred", type=Path, help="event records saved by score.py --save-pred")
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args()
    print_extras(args.pred, args.gold)


if __name__ == "__main__":
    main()
