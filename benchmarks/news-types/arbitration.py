"""When should the classifier's sub-type win over a precedence rule's? Measure it on the snippet sets' dev parts.

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/arbitration.py [--list]

For every gold event where the rules' sub-type (before assemble's own overrule) and the classifier's top sub-type
differ, print who was right, with the classifier's top probability, the probability it gives the rules' sub-type,
and whether the rule was firm or named a weapon. The held parts of fresh4 to fresh7 are never read.
Measurement only: the script wraps ``assemble.type_from_tactics`` to see each decision (benchmarks may do this;
tests never do).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_news_types import (  # noqa: E402
    DEVSET, FRESH2_SET, FRESH3_SET, FRESH4_SET, FRESH5_SET, FRESH6_SET, FRESH7_SET, FRESH_SET, load_devset, select_part,
)

from eventwire.extract import ExtractionKit, assemble, extract_events  # noqa: E402
from eventwire.records import Article  # noqa: E402

SETS = ((DEVSET, "all"), (FRESH_SET, "all"), (FRESH2_SET, "all"), (FRESH3_SET, "all"), (FRESH4_SET, "dev"),
        (FRESH5_SET, "dev"), (FRESH6_SET, "dev"), (FRESH7_SET, "dev"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    kit = ExtractionKit.load()
    calls: list[tuple] = []
    original = assemble.type_from_tactics

    def logged(tactics, text, victims, deaths, prediction):
        decision = original(tactics, text, victims, deaths, prediction)
        calls.append((decision, prediction))
        return decision

    assemble.type_from_tactics = logged
    tally: Counter = Counter()
    for path, part in SETS:
        for snippet in select_part(load_devset(path), part):
            if not snippet.is_event:
                continue
            calls.clear()
            article = Article(id=snippet.id, title="", text=snippet.text, published_at=datetime(2020, 6, 15))
            drafts = extract_events(article, kit)
            if not calls or not drafts:
                continue
            decision, prediction = calls[0]
            scores = prediction.sub_event_scores or {}
            if not scores or not decision.sub_event_type or decision.sub_event_type == prediction.sub_event_type:
                continue
            final = max(drafts, key=lambda d: d.confidence).sub_event_type
            gold = snippet.sub_event_type
            who = ("rule" if gold == decision.sub_event_type else "clf" if gold == prediction.sub_event_type
                   else "neither")
            p_top, p_rule = max(scores.values()), scores.get(decision.sub_event_type, 0.0)
            kind = "firm" if decision.firm else decision.tactic
            tally[(who, final == gold)] += 1
            print(f"{snippet.id:8} {who:7} final_ok={final == gold!s:5} p_top={p_top:.2f} p_rule={p_rule:.3f} "
                  f"event_p={prediction.event_probability:.2f} rule={decision.sub_event_type} [{kind}] "
                  f"clf={prediction.sub_event_type}" + (f" | {snippet.text[:90]}" if args.list else ""))
    print(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
