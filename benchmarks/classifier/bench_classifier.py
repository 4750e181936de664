"""Benchmark the shipped event-type classifier.

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/classifier/bench_classifier.py [--confusions N]

Reports accuracy on held-out coder notes (the same split train_classifier.py holds out), on the held-out
news-style templates, on the news dev set (benchmarks/news-types/dev.jsonl, measured only, never tuned
on), with and without the precedence rules; held-out hand-written sentences; non-event rejection; detector ROC AUC; throughput on one
core; load time; file size. Event-type / sub-type accuracy counts a missed event (predicted non-event)
as wrong; "typing | detected" is the accuracy on the events the detector kept.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from eventwire.extract import classify  # noqa: E402
from eventwire.extract.classify import EventClassifier  # noqa: E402
from eventwire.extract.models import train_classifier as tc  # noqa: E402
from eventwire.records import EVENT_TYPE_OF  # noqa: E402


measure = tc.evaluate  # one definition of the metrics, shared with the training script


def confusions(classifier: EventClassifier, texts: list[str], gold: list[str | None], top: int):
    counter: collections.Counter = collections.Counter()
    example: dict[tuple[str, str], str] = {}
    for text, prediction, g in zip(texts, classifier.predict_many(texts), gold):
        pair = (g or "none", prediction.sub_event_type or "none")
        if pair[0] != pair[1]:
            counter[pair] += 1
            example.setdefault(pair, text)
    for (g, p), n in counter.most_common(top):
        print(f"  {n:3d}  gold {g:38s} → {p:38s} | {example[(g, p)][:110]}")


def type_matrix(classifier: EventClassifier, texts: list[str], gold: list[str | None]) -> None:
    """Event-type confusion matrix (rows gold, columns predicted), "none" = non-event."""
    names = ["none", "Battles", "Protests", "Riots", "Explosions/Remote violence",
             "Violence against civilians", "Strategic developments"]
    short = ["none", "Battl", "Prot", "Riot", "Expl", "VAC", "StratD"]
    counts = np.zeros((len(names), len(names)), dtype=int)
    for prediction, g in zip(classifier.predict_many(texts), gold):
        row = names.index(EVENT_TYPE_OF[g] if g else "none")
        counts[row, names.index(prediction.event_type or "none")] += 1
    print("  gold \\ pred " + " ".join(f"{n:>6s}" for n in short))
    for label, row in zip(short, counts):
        print(f"  {label:11s} " + " ".join(f"{c:6d}" for c in row))


def throughput(classifier: EventClassifier, texts: list[str], seconds: float = 3.0) -> float:
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for text in texts:
            classifier.predict(text)
        done += len(texts)
    return done / (time.perf_counter() - started)


def evaluation_sets() -> dict[str, tuple[list[str], list[str | None]]]:
    sets: dict[str, tuple[list[str], list[str | None]]] = {}
    rng = random.Random(tc.SEED)
    if tc.NOTES_CSV.exists():
        _, _, test_notes = tc.split_notes(tc.load_notes(), rng)
        sets["held-out notes (2,000)"] = ([tc.features.normalise_note(t) for t, _ in test_notes[:2000]],
                                          [g for _, g in test_notes[:2000]])
    _, news_test, _ = tc.held_out_sets([], tc.load_news_style())
    templated = [r for r in news_test if not tc.is_handwritten(r)]
    hand = [r for r in news_test if tc.is_handwritten(r)]
    sets["held-out news-style"] = ([r["text"] for r in templated], [r["sub_event_type"] for r in templated])
    sets["held-out hand-written"] = ([r["text"] for r in hand], [r["sub_event_type"] for r in hand])
    dev = tc.load_dev_set()
    if dev:
        sets["news dev set"] = ([r["text"] for r in dev], [r.get("sub_event_type") for r in dev])
    return sets


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--confusions", type=int, default=20)
    args = parser.parse_args()
    started = time.perf_counter()
    classifier = EventClassifier.from_file(classify.DEFAULT_MODEL)
    load_seconds = time.perf_counter() - started
    no_rules = EventClassifier(classifier.model, classifier.threshold, rules=())
    sets = evaluation_sets()
    print(f"model {classify.DEFAULT_MODEL.name}: {classify.DEFAULT_MODEL.stat().st_size / 1e6:.2f} MB, "
          f"load {load_seconds * 1000:.0f} ms, threshold {classifier.threshold}")
    for name, (texts, gold) in sets.items():
        print(f"{name:24s} rules   {measure(classifier, texts, gold)}")
        print(f"{'':24s} no rules {measure(no_rules, texts, gold)}")
    name = "news dev set" if "news dev set" in sets else "held-out news-style"
    texts = sets[name][0]
    print(f"throughput: {throughput(classifier, texts):.0f} snippets/s on one core "
          f"(mean {np.mean([len(t.split()) for t in texts]):.0f} words)")
    print(f"event-type confusion matrix on {name}:")
    type_matrix(classifier, *sets[name])
    # Snippet-level confusions only on our own held-out material: the dev set's confusion list comes from
    # benchmarks/news-types/score_news_types.py --markdown, for the error-analysis write-up, so that no
    # dev snippet is read while training material is being written.
    print(f"top {args.confusions} confusions on held-out news-style (gold → predicted | first snippet):")
    confusions(classifier, *sets["held-out news-style"], args.confusions)


if __name__ == "__main__":
    main()
