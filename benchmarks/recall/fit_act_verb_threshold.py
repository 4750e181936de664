"""Fit ``detect.ACT_VERB_EVENT_AT`` on held-out training rows (never dev sets).

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/recall/fit_act_verb_threshold.py

The rows are those ``benchmarks/classifier/refit_detect_thresholds.py`` replays: the classifier's held-out coder
notes (events), the same notes framed as denials, trials or history (non-events), and the held-out news-style rows.
The act verbs were derived from the *training* split only. For each threshold on a grid the script counts, over the
sentences the classifier path reads (no live report trigger, no period word), the non-event sentences the act-verb
path accepts and the event rows it finds that no lexicon verb reports, beside what the classifier alone accepts at
``CLASSIFIER_ALONE_EVENT_AT`` on the same sentences. A value qualifies when its non-event acceptances do not exceed the
classifier-alone path's; of those, the value kept is the lowest at or above ``CLASSIFIED_EVENT_AT`` (an event more
likely than not, as on the other hint paths): these rows hold few hard non-events with an act verb, so a lower value
is not shown safe by them (measured: 0 accepted at every value from 0.30, 57 events found at 0.30, 53 at 0.50).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks" / "classifier"))

from eventwire.extract import detect  # noqa: E402
from eventwire.extract.classify import EventClassifier  # noqa: E402
from eventwire.extract.lexicon import ACT_VERB_PATTERN  # noqa: E402
import refit_detect_thresholds as refit  # noqa: E402

GRID = np.round(np.arange(0.30, 0.96, 0.05), 2)


def main() -> int:
    model = EventClassifier.load()
    cands = [c for text, is_event in refit.held_out_rows() for c in refit.candidates(text, is_event)]
    with_verb = [c for c in cands if ACT_VERB_PATTERN.search(c.text) and not c.history]
    predictions = model.predict_many([c.text for c in cands])
    alone = sum(1 for c, p in zip(cands, predictions) if not c.is_event and not c.history
                and detect._near_certain(p))
    print(f"{len(cands)} candidate sentences, {len(with_verb)} with an act verb; classifier alone accepts {alone} "
          f"non-event sentences at {detect.CLASSIFIER_ALONE_EVENT_AT}")
    verb_predictions = model.predict_many([c.text for c in with_verb])
    chosen = None
    for at in GRID:
        fired = [(c, detect._agreeing_act_verb(refit_sentence(c.text), p, float(at)) is not None)
                 for c, p in zip(with_verb, verb_predictions)]
        false = sum(1 for c, f in fired if f and not c.is_event)
        found = sum(1 for c, f in fired if f and c.is_event and not c.row_has_report)
        print(f"  at {at:.2f}: non-event sentences accepted {false}, unreported events found {found}")
        if chosen is None and false <= alone and at >= detect.CLASSIFIED_EVENT_AT:
            chosen = float(at)
    print(f"chosen ACT_VERB_EVENT_AT = {chosen}")
    return 0


def refit_sentence(text: str) -> detect.Sentence:
    return detect.Sentence(0, len(text), text, 0)


if __name__ == "__main__":
    raise SystemExit(main())
