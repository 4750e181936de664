"""Measure the classifier's precedence rules one by one on the held-out training splits (never on dev or fresh).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/precedence_rules.py

For each rule set it prints sub-type accuracy among detected events on the held-out coder notes, the
held-out templated news-style rows and the held-out hand-written rows (the same splits train_classifier.py
reports), so a rule is kept only when it never hurts there. Needs ../shared/train.
"""

from __future__ import annotations

import random
import sys

from eventwire.extract import classify
from eventwire.extract.classify import EventClassifier
from eventwire.extract.models import train_classifier as trainer


def held_out_splits() -> dict[str, tuple[list[str], list[str]]]:
    """(texts, gold sub-types) of the three held-out test splits, events only."""
    rng = random.Random(trainer.SEED)
    _, _, test_notes = trainer.split_notes(trainer.load_notes(), rng)
    _, news_test, notes_test = trainer.held_out_sets(test_notes, trainer.load_news_style())
    hand = [r for r in news_test if trainer.is_handwritten(r) and r["sub_event_type"]]
    templated = [r for r in news_test if not trainer.is_handwritten(r) and r["sub_event_type"]]
    return {
        "notes": ([t for t, _ in notes_test], [g for _, g in notes_test]),
        "templated": ([r["text"] for r in templated], [r["sub_event_type"] for r in templated]),
        "hand-written": ([r["text"] for r in hand], [r["sub_event_type"] for r in hand]),
    }


def sub_accuracy_on_detected(classifier: EventClassifier, texts: list[str], gold: list[str]) -> tuple[float, int]:
    pairs = [(p.sub_event_type, g) for p, g in zip(classifier.predict_many(texts), gold) if p.event_type]
    return sum(p == g for p, g in pairs) / max(len(pairs), 1), sum(p != g for p, g in pairs)


def main() -> int:
    splits = held_out_splits()
    model = classify.EventClassifier.load().model
    variants = {"shipped rules": classify.PRECEDENCE_RULES, "no rules": ()}
    for rule in classify.PRECEDENCE_RULES + classify.MEASURED_BUT_NOT_APPLIED:
        variants[f"only {rule.__name__}"] = (rule,)
    for name, rules in variants.items():
        classifier = EventClassifier(model, rules=rules)
        cells = [f"{split} {acc:.4f} ({wrong} wrong)" for split, (texts, gold) in splits.items()
                 for acc, wrong in [sub_accuracy_on_detected(classifier, texts, gold)]]
        print(f"{name:45s} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
