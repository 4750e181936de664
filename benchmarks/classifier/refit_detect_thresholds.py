"""Refit detect's classifier thresholds for a retrained model's probability scale, on held-out training rows.

    cd <repo> && git show <old-commit>:src/eventwire/extract/models/event_classifier.npz > /tmp/old.npz
    PYTHONPATH=src .venv/bin/python benchmarks/classifier/refit_detect_thresholds.py --old /tmp/old.npz \
        --old-threshold 0.26 [--new src/eventwire/extract/models/event_classifier.npz]

``detect.CLASSIFIED_EVENT_AT`` (the strategic / protest hint paths) and ``detect.CLASSIFIER_ALONE_EVENT_AT``
(a sentence with no lexicon word made an event by the classifier alone) were set on one model's probability
scale. A retrained model spreads its probabilities differently, so the same number keeps a different share of
sentences. This script replays those two paths of ``detect.classified_trigger`` on the sentences the classifier
really reads there (no live report trigger, no period word) of our held-out rows: the *test* halves of the
held-out news-style rows (templated and hand-written; the calibration halves fitted the second stage) and the
held-out coder notes, plus those notes framed as denials, trials or history (non-events). For each path it finds
the new model's threshold whose operating point (non-event sentences accepted, events of rows that no lexicon
verb reports found) lies nearest the old model's at its old threshold: the old value was chosen for that
trade, the refit keeps the trade on the new scale. ``NOUN_SENTENCE_EVENT_AT`` (mentions.py) is printed too.
Never reads the dev, fresh or long-news sets.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from eventwire.extract import detect  # noqa: E402
from eventwire.extract.classify import DEFAULT_MODEL, EVENT_THRESHOLD, EventClassifier  # noqa: E402
from eventwire.extract.detect import REPORT, find_sentence_triggers  # noqa: E402
from eventwire.extract.models import train_classifier as tc  # noqa: E402
from eventwire.extract.sentences import split_sentences  # noqa: E402

FRAME_SEED = 11
# CLASSIFIED_EVENT_AT, CLASSIFIER_ALONE_EVENT_AT and NOUN_SENTENCE_EVENT_AT as they were set for the round-3 model
# (commit 66dd02d, threshold 0.26), on whose scale they were tuned.
ROUND3_VALUES = [0.5, 0.95, 0.98]
GRID = np.round(np.arange(0.30, 0.996, 0.0025), 4)


@dataclass(frozen=True)
class Candidate:
    """One sentence the classifier path reads, with what decides it apart from the two thresholds."""
    text: str
    is_event: bool
    row_has_report: bool  # some sentence of the row has a live report trigger (the lexicon already found it)
    nouns_only: bool  # live triggers, all nouns (the NOUN_SENTENCE_EVENT_AT path)
    strategic_hint: bool  # a strategic hint word that no talks seek
    protest_hint: bool
    history: bool  # the lexicon reads the sentence as history or a summary


def held_out_rows() -> list[tuple[str, bool]]:
    """Held-out coder notes (events), the same notes framed as denials, trials or history (non-events, as the
    training recipe frames its own), and both halves of the held-out news-style rows."""
    rng = random.Random(tc.SEED)
    _, _, test_notes = tc.split_notes(tc.load_notes(), rng)
    news_calib, news_test, notes_test = tc.held_out_sets(test_notes, tc.load_news_style())
    frame_rng = random.Random(FRAME_SEED)
    rows = [(text, True) for text, _ in notes_test]
    rows += [(tc.frame_as_non_event(text.partition(". ")[0], frame_rng), False) for text, _ in notes_test]
    return rows + [(r["text"], r["sub_event_type"] is not None) for r in news_calib + news_test]


def candidates(text: str, is_event: bool) -> list[Candidate]:
    sentences = split_sentences(text)
    triggers = find_sentence_triggers(text, sentences)
    has_report = any(t.live and t.kind == REPORT for ts in triggers for t in ts)
    out = []
    for sentence, ts in zip(sentences, triggers):
        live = [t for t in ts if t.live]
        if any(t.kind == REPORT for t in live) or detect._spans_a_period(sentence):
            continue
        hint = detect._hint_span(sentence, detect._STRATEGIC_HINT)
        out.append(Candidate(
            sentence.text, is_event, has_report, bool(live),
            hint is not None and not detect._sought_hint(text, sentence, hint),
            detect._hint_span(sentence, detect._PROTEST_HINT) is not None,
            detect._lexicon_reads_history(text, sentence, None),
        ))
    return out


def readings(model: EventClassifier, cands: list[Candidate]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Event probability, and whether the most likely sub-type is strategic / territorial or a protest."""
    predictions = model.predict_many([c.text for c in cands])
    probs = np.array([p.event_probability if p.event_type else 0.0 for p in predictions])
    best = [max(p.sub_event_scores, key=p.sub_event_scores.get) if p.sub_event_scores else "" for p in predictions]
    strategic = np.array([detect.EVENT_TYPE_OF.get(b) == "Strategic developments" or b in detect._TERRITORY_SUB_TYPES
                          for b in best])
    protest = np.array([b in detect._PROTEST_SUB_TYPES for b in best])
    return probs, strategic, protest


def path_masks(cands: list[Candidate], strategic: np.ndarray, protest: np.ndarray) -> dict[str, np.ndarray]:
    """The sentences each path may fire on, whatever the threshold."""
    flag = lambda name: np.array([getattr(c, name) for c in cands])  # noqa: E731
    open_ = ~flag("history") & ~flag("nouns_only")
    return {
        "hint (CLASSIFIED_EVENT_AT)": open_ & ((flag("strategic_hint") & strategic) | (flag("protest_hint") & protest)),
        "alone (CLASSIFIER_ALONE_EVENT_AT)": open_ & ~(flag("strategic_hint") & strategic),
        "nouns (NOUN_SENTENCE_EVENT_AT)": ~flag("history") & flag("nouns_only"),
    }


def counts(probs: np.ndarray, mask: np.ndarray, is_event: np.ndarray, unreported: np.ndarray, at: float):
    fired = mask & (probs >= at)
    return int((fired & ~is_event).sum()), int((fired & is_event & unreported).sum())


def refit(old: tuple, new: tuple, is_event, unreported, old_at: float) -> tuple[float, int, int, int, int]:
    """The new threshold whose operating point (non-event sentences accepted, unreported events found) lies
    nearest the old model's at its threshold (L1 distance in sentences; ties go to the value nearest the old one)."""
    (old_probs, old_mask), (new_probs, new_mask) = old, new
    old_false, old_found = counts(old_probs, old_mask, is_event, unreported, old_at)
    best = (float("inf"), float("inf"), 1.0, 0, 0)
    for at in GRID:
        false, found = counts(new_probs, new_mask, is_event, unreported, at)
        best = min(best, (abs(false - old_false) + abs(found - old_found), abs(at - old_at), float(at), false, found))
    _, _, new_at, false, found = best
    return new_at, old_false, old_found, false, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, help="the previous model's .npz")
    parser.add_argument("--old-threshold", type=float, required=True, help="its EVENT_THRESHOLD")
    parser.add_argument("--new", default=str(DEFAULT_MODEL))
    parser.add_argument("--new-threshold", type=float, default=EVENT_THRESHOLD)
    parser.add_argument("--old-at", type=float, nargs=3, default=ROUND3_VALUES, metavar=("HINT", "ALONE", "NOUNS"),
                        help="the three thresholds as set for the old model (default: the round-3 model's)")
    args = parser.parse_args()
    cands = [c for text, is_event in held_out_rows() for c in candidates(text, is_event)]
    is_event = np.array([c.is_event for c in cands])
    unreported = ~np.array([c.row_has_report for c in cands])
    print(f"{len(cands)} candidate sentences: {int(is_event.sum())} of events "
          f"({int((is_event & unreported).sum())} in rows no lexicon verb reports), {int((~is_event).sum())} of non-events")
    models = {"old": EventClassifier.from_file(args.old, threshold=args.old_threshold),
              "new": EventClassifier.from_file(args.new, threshold=args.new_threshold)}
    read = {name: readings(model, cands) for name, model in models.items()}
    masks = {name: path_masks(cands, strategic, protest) for name, (_, strategic, protest) in read.items()}
    old_at = {"hint (CLASSIFIED_EVENT_AT)": args.old_at[0], "alone (CLASSIFIER_ALONE_EVENT_AT)": args.old_at[1],
              "nouns (NOUN_SENTENCE_EVENT_AT)": args.old_at[2]}
    print("| path | old at | old false / found | new at (refit) | new false / found | new at old value: false / found |")
    print("|---|---:|---:|---:|---:|---:|")
    for path, at in old_at.items():
        old = (read["old"][0], masks["old"][path])
        new = (read["new"][0], masks["new"][path])
        new_at, old_false, old_found, false, found = refit(old, new, is_event, unreported, at)
        same_false, same_found = counts(new[0], new[1], is_event, unreported, at)
        print(f"| {path} | {at} | {old_false} / {old_found} | {new_at} | {false} / {found} | {same_false} / {same_found} |")


if __name__ == "__main__":
    main()
