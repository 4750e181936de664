"""List the paired events whose sub_event_type is wrong on a whole-article gold set (for finding error kinds).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/sub_errors.py ../shared/eval/acled-2020-dev/gold.jsonl
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/sub_errors.py benchmarks/news-long/gold.jsonl

Pairs events as `eventwire eval` does, then prints gold → predicted sub-type, the article and the predicted
event's source sentence. For measurement only: never write a rule for one item. Never point it at news-check*.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from eventwire.evaluate.gold import load_gold
from eventwire.evaluate.run import as_record
from eventwire.evaluate.score import pair_article
from eventwire.ingest.reader import read_article
from eventwire.pipeline import Toolkit, extract_paths


def wrong_pairs(gold_path: Path):
    """(article, gold sub-type, predicted sub-type, predicted record) for every mistyped pair."""
    gold = load_gold(gold_path)
    records = [as_record(e) for e in extract_paths([a.path for a in gold], toolkit=Toolkit.load(), merge=False)]
    by_name: dict[str, list] = {}
    for record in records:
        for source in record.get("sources") or ():
            by_name.setdefault(Path(str(source.get("path"))).name, []).append(record)
            break
    for article in gold:
        for pair in pair_article(article, by_name.get(article.file_name, [])):
            if pair.agreement.get("sub_event_type") is False:
                yield article.file_name, pair.gold.get("sub_event_type"), pair.predicted.get("sub_event_type"), \
                    sentence_around(article_text(article.path), pair.predicted)


def article_text(path: Path) -> str:
    return "\n".join(article.text for article in read_article(path))


def sentence_around(text: str, record) -> str:
    """The sentence holding the predicted sub-type's evidence span (empty when the record has none)."""
    spans = (record.get("evidence") or {}).get("sub_event_type") or []
    if not spans:
        return ""
    start = spans[0]["start"]
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0), default=len(text))
    return " ".join(text[left:right + 1].split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    args = parser.parse_args()
    counts: Counter = Counter()
    for name, gold_sub, predicted_sub, sentence in wrong_pairs(args.gold):
        counts[(gold_sub, predicted_sub)] += 1
        print(f"{name}: gold {gold_sub} -> {predicted_sub} | {sentence[:220]}")
    for (gold_sub, predicted_sub), count in counts.most_common():
        print(f"{count:>4}  {gold_sub} -> {predicted_sub}")


if __name__ == "__main__":
    main()
