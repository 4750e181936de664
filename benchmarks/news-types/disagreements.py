"""Where the whole extractor's sub-type differs from the classifier's, who is right? By kind, on every dev part.

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/disagreements.py          # counts per set and kind
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/disagreements.py --list   # and every disagreement

Kinds, for gold events where the two differ:
- (a) ``rules wrong``: the extractor makes an event of the wrong sub-type while the classifier alone is right;
- (b) ``no event``: the extractor makes no event (the classifier may be right or wrong);
- (c) ``other act``: the extractor types an act of the snippet other than the one told first (another of its
  drafts, or its one draft, carries the gold sub-type's act, or its tactic's trigger comes after an earlier act's);
- ``extractor right``: the rules beat the classifier; ``neither``: both wrong otherwise.
The held parts of fresh4 to fresh8 are never read. Measurement only: never write a rule for one snippet.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_news_types import (  # noqa: E402
    DEVSET, FRESH2_SET, FRESH3_SET, FRESH4_SET, FRESH5_SET, FRESH6_SET, FRESH7_SET, FRESH8_SET, FRESH_SET, Snippet,
    load_devset,
    select_part,
)

from eventwire.extract import ExtractionKit, extract_events  # noqa: E402
from eventwire.extract.classify import EventClassifier  # noqa: E402
from eventwire.records import Article, EventDraft  # noqa: E402

SETS = (("dev", DEVSET, "all"), ("fresh", FRESH_SET, "all"), ("fresh2", FRESH2_SET, "all"),
        ("fresh3", FRESH3_SET, "all"), ("fresh4", FRESH4_SET, "dev"), ("fresh5", FRESH5_SET, "dev"),
        ("fresh6", FRESH6_SET, "dev"), ("fresh7", FRESH7_SET, "dev"), ("fresh8", FRESH8_SET, "dev"))


def kind_of(snippet: Snippet, drafts: list[EventDraft], classified: str | None) -> str | None:
    """The disagreement kind of one gold event, or None when extractor and classifier agree."""
    main = max(drafts, key=lambda d: d.confidence, default=None)
    extracted = main.sub_event_type if main else None
    if extracted == classified:
        return None
    if main is None:
        return "(b) no event"
    if extracted == snippet.sub_event_type:
        return "extractor right"
    if any(d.sub_event_type == snippet.sub_event_type for d in drafts):
        return "(c) other act"
    if classified == snippet.sub_event_type:
        return "(a) rules wrong"
    return "neither"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    kit, classifier = ExtractionKit.load(), EventClassifier.load()
    total: Counter = Counter()
    for name, path, part in SETS:
        kinds: Counter = Counter()
        for snippet in select_part(load_devset(path), part):
            if not snippet.is_event:
                continue
            article = Article(id=snippet.id, title="", text=snippet.text, published_at=datetime(2020, 6, 15))
            drafts = extract_events(article, kit)
            classified = classifier.predict(snippet.text).sub_event_type
            kind = kind_of(snippet, drafts, classified)
            if kind is None:
                continue
            kinds[kind] += 1
            if args.list:
                subs = ",".join(f"{d.sub_event_type}[{d.tactic}]" for d in drafts)
                print(f"{snippet.id:8} {kind:16} gold={snippet.sub_event_type} clf={classified} ext={subs}"
                      f" | {snippet.text[:160]}")
        total.update(kinds)
        print(f"{name:7} " + "  ".join(f"{k}: {n}" for k, n in sorted(kinds.items())))
    print("all     " + "  ".join(f"{k}: {n}" for k, n in sorted(total.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
