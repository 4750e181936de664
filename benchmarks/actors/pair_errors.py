"""Actor and fatality disagreements on a gold set, pair by pair, to find *kinds* of error (not to fit items).

    cd /work/h-actors && PYTHONPATH=src .venv/bin/python benchmarks/actors/pair_errors.py GOLD.jsonl \
        [--save-pred /tmp/pred.jsonl | --pred /tmp/pred.jsonl] [--fields actor1,actor2,fatalities]

Prints, for every paired event whose field disagrees with the gold, the gold and predicted value, the event
type and the predicted record's evidence text for that field. Output goes to the terminal only: dev articles
are never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from eventwire.evaluate import load_gold, read_predictions
from eventwire.evaluate.run import as_record, default_pipeline
from eventwire.evaluate.score import _predictions_by_file, pair_article


def predictions(gold, args) -> list[dict]:
    if args.pred:
        return read_predictions(args.pred)
    records = [dict(as_record(e)) for e in default_pipeline()([a.path for a in gold])]
    if args.save_pred:
        Path(args.save_pred).write_text("".join(json.dumps(r, default=str) + "\n" for r in records))
    return records


def evidence_text(record, field: str) -> str:
    spans = (record.get("evidence") or {}).get(field) or ()
    return " | ".join(s.get("text", "") for s in spans)[:80]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("--pred")
    parser.add_argument("--save-pred")
    parser.add_argument("--fields", default="actor1,actor2,fatalities")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    by_file = _predictions_by_file(gold, predictions(gold, args))
    fields = args.fields.split(",")
    kinds: Counter = Counter()
    for article in gold:
        for pair in pair_article(article, by_file.get(article.file_name, [])):
            same_type = pair.predicted.get("sub_event_type") == pair.gold.get("sub_event_type")
            for field in fields:
                if pair.agreement.get(field) is False:
                    kinds[field] += 1
                    print(f"{article.article_id}\t{field}\t{pair.gold.get('sub_event_type')}"
                          f"{'' if same_type else ' (pred ' + str(pair.predicted.get('sub_event_type')) + ')'}\t"
                          f"gold={pair.gold.get(field)!r}\tpred={pair.predicted.get(field)!r}\t"
                          f"[{evidence_text(pair.predicted, field)}]")
    print(dict(kinds))


if __name__ == "__main__":
    main()
