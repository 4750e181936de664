"""Fit the short-report bars of the classifier path on held-out training rows (never dev sets).

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/recall/fit_short_noun_threshold.py

A short report (a wire flash, a feed's description: at most ``mentions.SHORT_REPORT_SENTENCES`` sentences) often
names its act with a noun only ("Heavy fighting between the KIA and junta troops around Bhamo", "Suicide blast at
the airport gate"), and without a day: the lexicon reads such a noun as unanchored ("generic"), and the classifier
may read the act below its bars. This fits ``detect.SHORT_REPORT_NOUN_AGREES_AT``: the event probability at which a
noun of violence reports the act when its kind holds the classifier's most likely sub-type
(``detect._short_report_noun``), counted on the sentences the other paths leave (below ``SHORT_REPORT_EVENT_AT`` when
no live trigger, below ``NOUN_SENTENCE_EVENT_AT`` when live nouns only).

The rows are those ``benchmarks/classifier/refit_detect_thresholds.py`` replays (held-out coder notes, the same notes
framed as denials, trials or history, held-out news-style rows): each is a short report. For each value the script
counts the non-event sentences accepted and the events found that no lexicon verb reports; the value kept is the
lowest from ``SHORT_REPORT_EVENT_AT`` up (the short report's bar for a sentence with no lexicon word) that accepts no
non-event sentence, as ``SHORT_REPORT_EVENT_AT`` accepts none of the trigger-less ones. (Lowering
``NOUN_SENTENCE_EVENT_AT`` itself for short reports, to 0.9, was tried and dropped: an accusation twin read at 0.96.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks" / "classifier"))

from eventwire.extract import detect, mentions  # noqa: E402
from eventwire.extract.classify import EventClassifier  # noqa: E402
import refit_detect_thresholds as refit  # noqa: E402

GRID = np.round(np.arange(0.50, 0.99, 0.02), 2)


def choose(name: str, trade: dict[float, tuple[int, int]]) -> float | None:
    chosen = None
    for at, (false, found) in trade.items():
        print(f"  {name} at {at:.2f}: non-event sentences accepted {false}, unreported events found {found}")
        if chosen is None and at >= mentions.SHORT_REPORT_EVENT_AT and false == 0:
            chosen = at
    print(f"chosen {name} = {chosen}")
    return chosen


def agreeing_noun_trade(cands, predictions, probs) -> dict[float, tuple[int, int]]:
    # the path reads short reports in which no lexicon verb reports an act, below the other paths' bars
    left = [(c, pred) for c, pred, p in zip(cands, predictions, probs) if not c.row_has_report
            and p < (mentions.NOUN_SENTENCE_EVENT_AT if c.nouns_only else mentions.SHORT_REPORT_EVENT_AT)]
    trade = {}
    for at in GRID:
        fired = [c for c, pred in left
                 if detect._short_report_noun(c.text, detect.Sentence(0, len(c.text), c.text, 0), None, pred, float(at))]
        trade[float(at)] = (sum(not c.is_event for c in fired), sum(c.is_event and not c.row_has_report for c in fired))
    return trade


def main() -> int:
    model = EventClassifier.load()
    cands = [c for text, is_event in refit.held_out_rows() for c in refit.candidates(text, is_event)
             if not c.history]
    predictions = model.predict_many([c.text for c in cands])
    probs = [p.event_probability if p.event_type else 0.0 for p in predictions]
    print(f"{len(cands)} sentences the classifier path reads ({sum(not c.is_event for c in cands)} non-event)")
    choose("SHORT_REPORT_NOUN_AGREES_AT", agreeing_noun_trade(cands, predictions, probs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
