"""Fit the bars at which a short report with no mention is read whole (held-out training rows; dev parts checked).

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/recall/fit_whole_report_threshold.py [--dev]

``mentions.find_mentions`` reads a short report (at most ``mentions.SHORT_REPORT_SENTENCES`` sentences) in which no
sentence made a mention that may be an event with the classifier over the whole report
(``mentions._short_report_read_whole``): when the reading is an event at ``detect.SHORT_REPORT_WHOLE_EVENT_AT``, each
sentence that ``detect.whole_report_trigger`` lets through (no period summed up, no accusation, no act read as history,
summary or figure of speech, no talks sought, no blocking cue) carries the act.

The rows are those ``benchmarks/classifier/refit_detect_thresholds.py`` replays (held-out coder notes, the same notes
framed as denials, trials or history, held-out news-style rows), with their gold sub-types. For every row that makes
no mention that may be an event (a detected or dated act) without the path, the script reads the whole row and, for
each pair of bars, counts the non-event rows the path would accept and the event rows it would find (and of those,
how many with the gold sub-type). The event bar kept is the lowest that accepts no non-event row. ``--dev`` prints the
same trade on the snippet sets' dev parts (the held parts are never read), as a check, never as the fit; ``--show``
prints the non-event rows read at or above a bar.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks" / "classifier"))
sys.path.insert(0, str(REPO / "benchmarks" / "news-types"))

from eventwire.extract import ExtractionKit, detect  # noqa: E402
from eventwire.extract.context import article_context  # noqa: E402
from eventwire.extract.mentions import SHORT_REPORT_SENTENCES, find_mentions  # noqa: E402
from eventwire.extract.models import train_classifier as tc  # noqa: E402
from eventwire.records import Article  # noqa: E402
import refit_detect_thresholds as refit  # noqa: E402

EVENT_GRID = np.round(np.arange(0.50, 1.0, 0.05), 2)
SUB_GRID = (0.0, 0.5, 0.7)
NEVER = 2.0  # a bar no reading reaches: find_mentions without the whole-report path


def held_out_rows() -> list[tuple[str, str | None]]:
    """As ``refit_detect_thresholds.held_out_rows``, with each row's gold sub-type (None: a non-event)."""
    rng = random.Random(tc.SEED)
    _, _, test_notes = tc.split_notes(tc.load_notes(), rng)
    news_calib, news_test, notes_test = tc.held_out_sets(test_notes, tc.load_news_style())
    frame_rng = random.Random(refit.FRAME_SEED)
    rows: list[tuple[str, str | None]] = [(text, sub) for text, sub in notes_test]
    rows += [(tc.frame_as_non_event(text.partition(". ")[0], frame_rng), None) for text, _ in notes_test]
    return rows + [(r["text"], r["sub_event_type"]) for r in news_calib + news_test]


def dev_rows() -> list[tuple[str, str | None]]:
    from score_news_types import (DEVSET, FRESH2_SET, FRESH3_SET, FRESH4_SET, FRESH5_SET, FRESH6_SET, FRESH7_SET,
                                  FRESH_SET, load_devset, select_part)
    sets = ((DEVSET, "all"), (FRESH_SET, "all"), (FRESH2_SET, "all"), (FRESH3_SET, "all"), (FRESH4_SET, "dev"),
            (FRESH5_SET, "dev"), (FRESH6_SET, "dev"), (FRESH7_SET, "dev"))
    return [(s.text, s.sub_event_type) for path, part in sets for s in select_part(load_devset(path), part)]


def unread_reports(rows, kit) -> list[tuple[str | None, float, float, str, str]]:
    """(gold, event probability, top sub-type score, top sub-type, text) of the short rows that make no mention that may
    be an event and have a sentence the path may read."""
    out = []
    for number, (text, gold) in enumerate(rows):
        context = article_context(Article(id=str(number), title="", text=text, published_at=datetime(2020, 6, 15)), kit)
        if len(context.sentences) > SHORT_REPORT_SENTENCES or any(
                m.detection.is_event or m.dates for m in find_mentions(context, NEVER)):
            continue
        if not any(t.live for s in context.sentences for t in detect.whole_report_trigger(text, s, context.published)):
            continue
        reading = context.readings.predict(" ".join(s.text for s in context.sentences))
        scores = reading.sub_event_scores or {"": 0.0}
        top = max(scores, key=scores.get)
        out.append((gold, reading.event_probability if reading.event_type else 0.0, scores[top], top, text))
    return out


def trade(unread) -> None:
    for sub_at in SUB_GRID:
        for event_at in EVENT_GRID:
            fired = [(gold, top) for gold, p, score, top, _ in unread if p >= event_at and score >= sub_at]
            false = sum(gold is None for gold, _ in fired)
            found = sum(gold is not None for gold, _ in fired)
            right = sum(gold == top for gold, top in fired)
            print(f"  event >= {event_at:.2f}, sub >= {sub_at:.1f}: non-event rows accepted {false}, "
                  f"event rows found {found} (gold sub-type {right})")


def show_non_events(unread, at: float) -> None:
    for gold, p, score, top, text in sorted(unread, key=lambda row: -row[1]):
        if gold is None and p >= at:
            print(f"  non-event {p:.2f} {top} {score:.2f} | {text[:150]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", action="store_true", help="the snippet sets' dev parts instead (a check only)")
    parser.add_argument("--show", type=float, help="print the non-event rows read at or above this bar")
    args = parser.parse_args()
    rows = dev_rows() if args.dev else held_out_rows()
    unread = unread_reports(rows, ExtractionKit.load())
    print(f"{len(rows)} rows; {len(unread)} short rows with no mention the path may read "
          f"({sum(g is None for g, *_ in unread)} non-event)")
    trade(unread)
    if args.show is not None:
        show_non_events(unread, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
