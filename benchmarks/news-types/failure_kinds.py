"""File every news-types snippet by kind of extractor failure, beside what the classifier alone says.

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/failure_kinds.py            # the counts
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/failure_kinds.py --list     # and every failing snippet
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/failure_kinds.py --fresh    # on fresh.jsonl
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/failure_kinds.py --fresh3   # on fresh3.jsonl (also --fresh2)
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/failure_kinds.py --fresh4   # fresh4.jsonl, dev part only
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/failure_kinds.py --fresh6   # fresh6.jsonl, dev part only

Kinds: a right sub-type; an event snippet with no event at all (a detection miss); a wrong sub-type; a
non-event reported as an event. Each failure says whether the classifier alone got that snippet right, which
tells a typing problem (rules overruling a right classifier, precedence) from a reading problem (neither knows).
For measurement only, like the set itself: never write a rule for one snippet.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_news_types import (  # noqa: E402
    FRESH2_SET, FRESH3_SET, FRESH4_SET, FRESH5_SET, FRESH6_SET, FRESH_SET, Prediction, Snippet, classifier_predictor,
    extractor_predictor, load_devset, select_part,
)


def failure_kind(snippet: Snippet, extractor: Prediction, classifier: Prediction) -> str:
    """One label per snippet; failures carry "(classifier right)" or "(classifier wrong)"."""
    if not snippet.is_event:
        if extractor.event_type is None:
            return "non-event rejected"
        return "false event" + (" (classifier rejects)" if classifier.event_type is None else " (classifier too)")
    if extractor.sub_event_type == snippet.sub_event_type:
        return "right"
    kind = "missed event" if extractor.event_type is None else "wrong sub-type"
    return kind + (" (classifier right)" if classifier.sub_event_type == snippet.sub_event_type else
                   " (classifier wrong)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every failing snippet")
    sets = parser.add_mutually_exclusive_group()
    for flag, path in (("--fresh", FRESH_SET), ("--fresh2", FRESH2_SET), ("--fresh3", FRESH3_SET),
                       ("--fresh4", FRESH4_SET), ("--fresh5", FRESH5_SET), ("--fresh6", FRESH6_SET)):
        sets.add_argument(flag, dest="set_path", action="store_const", const=path, help=f"use {path.name}")
    args = parser.parse_args(argv)
    snippets = load_devset(args.set_path) if args.set_path else load_devset()
    if args.set_path in (FRESH4_SET, FRESH5_SET, FRESH6_SET):
        snippets = select_part(snippets, "dev")  # the held part is never read for errors
    extract, classify = extractor_predictor(), classifier_predictor()
    kinds = Counter()
    for snippet in snippets:
        extracted, classified = extract(snippet), classify(snippet)
        kind = failure_kind(snippet, extracted, classified)
        kinds[kind] += 1
        if args.list and kind not in ("right", "non-event rejected"):
            print(f"{snippet.id}  {kind}: gold {snippet.sub_event_type}, extractor {extracted.sub_event_type}, "
                  f"classifier {classified.sub_event_type}  | {snippet.text[:90]}")
    for kind, count in sorted(kinds.items()):
        print(f"{count:>5}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
