"""Rebuild the shipped event-type classifier (``event_classifier.npz``) and print held-out numbers.

    python -m eventwire.extract.models.train_classifier            # build + ship
    python -m eventwire.extract.models.train_classifier --compare  # the transfer study (no shipping)

Inputs: ``../shared/train/acled-notes.csv.gz`` (ACLED coder notes) and eventwire's own news-style
snippets ``data/training/news_style.jsonl``. Needs scikit-learn and scipy (the ``train`` extra);
the shipped predictor needs neither. Deterministic: fixed seeds, fixed hashing, fixed row order.

Training recipe (chosen by measurement on held-out splits, see docs/decisions/classifier.md):
1. Notes are normalised (``features.normalise_note``); half of them also get news-style wrapping
   (dateline, attribution, a context sentence).
2. Notes framed as denials / background history become extra non-event rows.
3. News-style snippets (train split only) are added with a larger sample weight; hand-written
   sentences (``news_style_handwritten``) weigh ``HAND_BOOST`` times more than templated ones.
4. Sub-type model: one-vs-rest linear SVM over the 25 sub-types. Detector: binary logistic regression.
5. On a calibration split (held-out notes plus half of the held-out news-style rows, never the dev
   set): the softmax temperature, Platt scaling, the second-stage detector (a logistic regression over
   ``classify.stage2_inputs``, cross-fitted) and the event threshold (``tune_threshold``).

``--try CONSTANT=VALUE ...`` trains with overridden tuning constants and prints the same numbers
without shipping; that is how every constant below was chosen.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from eventwire.extract import features
from eventwire.extract.models import news_style_slots as slots
from eventwire.records import EVENT_TYPE_OF

REPO = Path(__file__).resolve().parents[4]
NOTES_CSV = REPO.parent / "shared" / "train" / "acled-notes.csv.gz"
NEWS_STYLE = REPO / "src" / "eventwire" / "data" / "training" / "news_style.jsonl"
DEV_SET = REPO / "benchmarks" / "news-types" / "dev.jsonl"
FRESH_SET = REPO / "benchmarks" / "news-types" / "fresh.jsonl"  # measured beside dev, never trained or tuned on
OUTPUT = Path(__file__).resolve().parent / "event_classifier.npz"

NONE_LABEL = "none"
SEED = 7
NOTES_TEST_FRACTION = 0.08
NOTES_CALIB_FRACTION = 0.04
AUGMENT_RATE = 0.5  # share of training notes that get news-style wrapping
FRAMED_NON_EVENTS = 4000  # notes turned into denial / trial / background-history non-events
FRAMED_WEIGHT = 1.0  # 0.3/1/3/7.5 tried: above 1 the detector starts rejecting plain coder notes
NEWS_WEIGHT = 15.0  # one news-style snippet counts as 15 notes (6/15/30 tried; 15 best on held-out news-style)
# A hand-written sentence occurs once where a template yields ~12 variants. Tried on the held-out splits:
# 3/4/6 in round 2 (4 best); 4/7/10 in round 3 with ~1,100 sentences (10 best detector AUC, hand and templates).
HAND_BOOST = 10.0
CLASS_WEIGHT_POWER = 0.75  # class weight ∝ count^-0.75: rare sub-types count almost as much as common ones
SVM_C = 0.5  # inverse regularisation of the sub-type SVM (0.25/0.5/1 tried; 1 is +0.4 pt on notes but -0.6 pt on held-out news-style)
DETECTOR_C = 4.0  # inverse regularisation of the event/none detector
NOTES_RECALL_FLOOR = 0.95  # share of calibration coder notes (all events) the threshold must keep
REJECTION_TARGET = 0.90  # issue 10's bar for non-events rejected, met by the mean of the news-style calibration groups
DETECTOR_NOTES = 20000  # notes in the detector's event class (6k/20k/40k tried; 20k best news-style AUC)
STAGE2 = 1  # 1: fit the second-stage detector on the news-style calibration rows; 0: Platt-scaled detector only
STAGE2_C = 1.0  # inverse regularisation of the second stage (0.1/1/10 tried on held-out news-style: 1 best on hand-written)
STAGE2_FOLDS = 5  # the threshold is tuned on cross-fitted second-stage probabilities, not on the rows it was fitted on


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # sub-event type or NONE_LABEL
    weight: float = 1.0
    source: str = "notes"  # notes | framed | news


# --------------------------------------------------------------------------- data


def load_notes() -> list[tuple[str, str]]:
    with gzip.open(NOTES_CSV, "rt", encoding="utf-8", newline="") as handle:
        return [(row["notes"], row["sub_event_type"]) for row in csv.DictReader(handle)]


def load_news_style() -> list[dict]:
    with NEWS_STYLE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def load_dev_set(path: Path = DEV_SET) -> list[dict]:
    """The dev and fresh sets are only ever *measured*, never trained or tuned on."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def split_notes(notes: list[tuple[str, str]], rng: random.Random):
    order = list(range(len(notes)))
    rng.shuffle(order)
    n_test = int(len(notes) * NOTES_TEST_FRACTION)
    n_calib = int(len(notes) * NOTES_CALIB_FRACTION)
    pick = lambda ids: [notes[i] for i in ids]  # noqa: E731
    return pick(order[n_test + n_calib:]), pick(order[n_test:n_test + n_calib]), pick(order[:n_test])


def wrap_like_news(text: str, rng: random.Random) -> str:
    """Give a normalised note a dateline, an attribution or a context sentence, as news has."""
    first, dot, rest = text.partition(". ")
    if rng.random() < 0.5 and first and not first.endswith(","):
        first = first.rstrip(".") + ", " + rng.choice(slots.ATTRIBUTIONS)
    text = first + (dot + rest if dot else "")
    if not text.endswith("."):
        text += "."
    if rng.random() < 0.3:
        text += " " + rng.choice(slots.CONTEXT_SENTENCES)
    if rng.random() < 0.2:
        place = rng.choice(slots.COUNTRIES)
        text = f"{place['capital']} (AFP) - " + text
    return text


DENIAL_FRAMES = [
    "The army denied reports that {clause}",
    "Officials dismissed as false social media claims that {clause}",
    "Authorities rejected allegations that {clause}",
    "The group denied that {clause}",
]
TRIAL_FRAMES = [
    "A court jailed {n} men over the incident in which {clause}",
    "Prosecutors opened a case against those suspected in the {year} incident in which {clause}",
    "Relatives gathered on the anniversary of the day {clause}",
    "Unverified posts on social media claimed that {clause}, but officials said the reports were false",
]
HISTORY_FRAMES = [
    "Back in {year}, {clause}",
    "The town has not forgotten {year}, when {clause}",
    "Analysts recall that in {year} {clause}",
]


def frame_as_non_event(clause: str, rng: random.Random) -> str:
    """Turn an event clause into a denial, a trial, an anniversary or background history (a non-event)."""
    clause = clause[:1].lower() + clause[1:]
    year = rng.choice(["2008", "2011", "2012", "2013", "2014"])
    frames = rng.choice([DENIAL_FRAMES, DENIAL_FRAMES, TRIAL_FRAMES, HISTORY_FRAMES])
    return rng.choice(frames).format(clause=clause, year=year, n=rng.choice(["two", "three", "five", "12"]))


def is_handwritten(row: dict) -> bool:
    return str(row.get("template", "")).startswith("hand:")


def build_training_examples(train_notes, news_rows, rng, *, augment=True, news=True, framed=True):
    """Training rows. ``augment``: None = raw notes, False = normalised notes, True = normalised notes,
    AUGMENT_RATE of them wrapped like news. ``framed``: add notes framed as non-events. ``news``: add the
    train split of our news-style snippets."""
    examples = []
    for note, label in train_notes:
        text = features.normalise_note(note) if augment is not None else note
        if augment and rng.random() < AUGMENT_RATE:
            text = wrap_like_news(text, rng)
        examples.append(Example(text, label))
    if framed:
        for note, _ in rng.sample(train_notes, FRAMED_NON_EVENTS):
            clause = features.normalise_note(note).partition(". ")[0]
            examples.append(Example(frame_as_non_event(clause, rng), NONE_LABEL, FRAMED_WEIGHT, "framed"))
    if news:
        for row in news_rows:
            if row["split"] == "train":
                weight = NEWS_WEIGHT * (HAND_BOOST if is_handwritten(row) else 1.0)
                examples.append(Example(row["text"], row["sub_event_type"] or NONE_LABEL, weight, "news"))
    return examples


# --------------------------------------------------------------------------- model


def to_matrix(texts: list[str]):
    from scipy import sparse

    indptr, indices, values = [0], [], []
    for text in texts:
        vec = features.featurise(text)
        indices.append(vec.indices)
        values.append(vec.values)
        indptr.append(indptr[-1] + len(vec.indices))
    return sparse.csr_matrix(
        (np.concatenate(values), np.concatenate(indices), np.array(indptr)),
        shape=(len(texts), features.N_FEATURES),
    )


def class_weights(labels: list[str]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    raw = {label: count ** -CLASS_WEIGHT_POWER for label, count in counts.items()}
    mean = sum(raw[label] for label in labels) / len(labels)
    return {label: value / mean for label, value in raw.items()}


def _sample_weights(examples: list[Example]) -> np.ndarray:
    weights = class_weights([e.label for e in examples])
    return np.array([e.weight * weights[e.label] for e in examples])


def fit_typer(examples: list[Example]):
    """Sub-type model: one-vs-rest linear SVM over the 25 sub-types (event rows only)."""
    from sklearn.svm import LinearSVC

    rows = [e for e in examples if e.label != NONE_LABEL]
    model = LinearSVC(C=SVM_C, max_iter=3000, random_state=SEED)
    model.fit(to_matrix([e.text for e in rows]), [e.label for e in rows], sample_weight=_sample_weights(rows))
    return model


def detector_rows(examples: list[Example], rng: random.Random) -> list[Example]:
    """Event-vs-none rows: every news-style and framed row plus a sample of notes (so style is not the cue)."""
    notes = [e for e in examples if e.source == "notes"]
    others = [e for e in examples if e.source != "notes"]
    sample = rng.sample(notes, min(DETECTOR_NOTES, len(notes)))
    return [Example(e.text, "event" if e.label != NONE_LABEL else NONE_LABEL, e.weight) for e in others + sample]


def fit_detector(examples: list[Example], rng: random.Random):
    """Binary logistic regression: is this passage an event at all?"""
    from sklearn.linear_model import LogisticRegression

    rows = detector_rows(examples, rng)
    model = LogisticRegression(C=DETECTOR_C, max_iter=1000, class_weight="balanced")
    model.fit(to_matrix([e.text for e in rows]), [e.label for e in rows], sample_weight=[e.weight for e in rows])
    return model


def fit_temperature(logits: np.ndarray, gold: np.ndarray) -> float:
    """The temperature that minimises negative log-likelihood on held-out rows (grid search)."""
    best_t, best_nll = 1.0, np.inf
    for t in np.exp(np.linspace(np.log(0.2), np.log(5.0), 80)):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        nll = -log_p[np.arange(len(gold)), gold].mean()
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return best_t


def quantise(coef: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 weights with one scale per column: 4x smaller than float32, < 0.1 pt accuracy cost."""
    scale = np.abs(coef).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    return np.round(coef / scale).astype(np.int8), scale.astype(np.float32)


@dataclass(frozen=True)
class Calibration:
    temperature: float  # sub-type softmax temperature over SVM margins
    platt: tuple[float, float]  # first-stage event probability = sigmoid(a * detector_margin + b)
    threshold: float  # lowest event probability that meets REJECTION_TARGET on calibration rows (tune_threshold)
    stage2_weights: tuple[float, ...] | None = None  # second-stage logistic regression over stage2_inputs
    stage2_bias: float = 0.0


def export(typer, detector, calibration: Calibration, path: Path = OUTPUT) -> None:
    typer_q, typer_scale = quantise(typer.coef_.T.astype(np.float32))
    sign = _event_sign(detector) if detector else 1.0  # margins > 0 must mean "event"
    det_coef = sign * detector.coef_.T.astype(np.float32) if detector else np.zeros((features.N_FEATURES, 1), np.float32)
    det_q, det_scale = quantise(det_coef)
    det_bias = sign * detector.intercept_.astype(np.float32) if detector else np.array([20.0], np.float32)
    meta = {
        "labels": [str(c) for c in typer.classes_], "hash_bits": features.HASH_BITS,
        "temperature": calibration.temperature, "platt": list(calibration.platt),
        "tuned_threshold": calibration.threshold, "feature_version": 3,
    }
    stage2 = {}
    if calibration.stage2_weights is not None:
        meta["stage2_inputs"] = stage2_input_names()
        stage2 = {"stage2_weights": np.array(calibration.stage2_weights, np.float32),
                  "stage2_bias": np.array([calibration.stage2_bias], np.float32)}
    np.savez_compressed(
        path, **stage2, typer_weights=typer_q, typer_scale=typer_scale, typer_bias=typer.intercept_.astype(np.float32),
        detector_weights=det_q[:, 0], detector_scale=det_scale, detector_bias=det_bias,
        meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
    )


# --------------------------------------------------------------------------- evaluation


def roc_auc(scores: np.ndarray, positive: np.ndarray) -> float:
    """Probability that a random event scores above a random non-event (ties count half)."""
    pos, neg = scores[positive], scores[~positive]
    if not len(pos) or not len(neg):
        return float("nan")
    return float((pos[:, None] > neg[None, :]).mean() + (pos[:, None] == neg[None, :]).mean() / 2)


def evaluate(classifier, texts: list[str], gold: list[str | None]) -> dict[str, float]:
    """Type / sub-type accuracy on events (a missed event counts as wrong), the same on detected
    events only ("|detected"), event recall, non-event rejection and detector ROC AUC."""
    preds = classifier.predict_many(texts)
    is_event = np.array([g is not None for g in gold])
    out: dict[str, float] = {"n": len(texts), "events": int(is_event.sum())}
    events = [(p, g) for p, g in zip(preds, gold) if g]
    if events:
        out["event_type"] = np.mean([p.event_type == EVENT_TYPE_OF[g] for p, g in events])
        out["sub_event_type"] = np.mean([p.sub_event_type == g for p, g in events])
        detected = [(p, g) for p, g in events if p.event_type]
        out["event_recall"] = len(detected) / len(events)
        if detected:
            out["type|detected"] = np.mean([p.event_type == EVENT_TYPE_OF[g] for p, g in detected])
            out["sub|detected"] = np.mean([p.sub_event_type == g for p, g in detected])
    if (~is_event).any():
        out["non_event_rejected"] = np.mean([p.event_type is None for p, g in zip(preds, gold) if not g])
        out["detector_auc"] = roc_auc(np.array([p.event_probability for p in preds]), is_event)
    return {k: (round(float(v), 4) if isinstance(v, float) else v) for k, v in out.items()}


def tune_threshold(groups: list[tuple[np.ndarray, np.ndarray]], notes_probs: np.ndarray) -> float:
    """The lowest threshold at which every news-style calibration group rejects ``REJECTION_TARGET`` of
    its non-events, so that every event above it is kept; never above the highest threshold that keeps
    ``NOTES_RECALL_FLOOR`` of the calibration notes.

    ``groups`` holds (event probabilities, non-event probabilities) for the hand-written sentences and
    for the templated snippets. Policies tried on the held-out splits (docs/decisions/classifier.md):
    a 95 % recall floor on the templates set 0.68 and lost 17 % of hand-written events; the same floor on
    the hand-written group (26 events) let one or two hard sentences pull it to 0.13; the best balanced
    accuracy was flat from 0.1 to 0.7 (within 0.02), so it decided nothing. The issue's own bar decides.

    Round 3: the bar is met by the two groups' *mean* rejection, not by each group alone. With ~65
    hand-written calibration non-events the per-group minimum followed a few sentences upwards (0.22 →
    0.48 across batches); on the held-out test half of the last batch it chose 0.48 where 0.30 already met
    the bar on both groups, and lost 9 % of the hand-written events for nothing.
    """
    grid = np.linspace(0.05, 0.95, 91)
    ceiling = max((t for t in grid if (notes_probs >= t).mean() >= NOTES_RECALL_FLOOR), default=grid[0])
    for threshold in grid:
        if np.mean([(others < threshold).mean() for _, others in groups]) >= REJECTION_TARGET:
            return float(min(threshold, ceiling))
    return float(ceiling)


def _event_sign(detector) -> float:
    """scikit-learn's binary margin favours classes_[1]; flip it so that positive means "event"."""
    return 1.0 if list(detector.classes_)[1] == "event" else -1.0


def fit_platt(margins: np.ndarray, is_event: np.ndarray) -> tuple[float, float]:
    """Platt scaling: a 1-D logistic regression from detector margin to event probability."""
    from sklearn.linear_model import LogisticRegression

    platt = LogisticRegression(C=100.0).fit(margins.reshape(-1, 1), is_event.astype(int))
    return float(platt.coef_[0, 0]), float(platt.intercept_[0])


def calibrate(typer, detector, calib: list[tuple[str, str]], sources: list[str]) -> Calibration:
    """Temperature for the sub-type scores, Platt scaling and threshold for the event probability.

    Platt scaling and the threshold use the news-style calibration rows only: that is the prose the
    detector must judge (notes are all events and would pull every probability towards 1).
    """
    matrix = to_matrix([t for t, _ in calib])
    labels = list(typer.classes_)
    events = [i for i, (_, g) in enumerate(calib) if g in labels]
    gold = np.array([labels.index(calib[i][1]) for i in events])
    temperature = fit_temperature(typer.decision_function(matrix[events]), gold)
    if detector is None:
        return Calibration(temperature, (0.0, 20.0), 0.0)
    sources = np.array(sources)
    news = sources != "notes"
    is_event = np.array([g != NONE_LABEL for _, g in calib])
    margins = _event_sign(detector) * detector.decision_function(matrix)
    a, b = fit_platt(margins[news], is_event[news])
    if STAGE2:
        return calibrate_stage2(typer, temperature, (a, b), margins, calib, sources)
    event_probs = 1.0 / (1.0 + np.exp(-(a * margins + b)))
    return Calibration(temperature, (a, b), _threshold_for(event_probs, is_event, sources))


def _threshold_for(event_probs: np.ndarray, is_event: np.ndarray, sources: np.ndarray) -> float:
    """``tune_threshold`` on calibration probabilities split by source (hand / news / notes)."""
    groups = [(event_probs[is_event & (sources == source)], event_probs[~is_event & (sources == source)])
              for source in ("hand", "news")]
    groups = [(events, others) for events, others in groups if len(events) and len(others)]
    return tune_threshold(groups, event_probs[sources == "notes"])


def stage2_input_names() -> list[str]:
    from eventwire.extract import classify
    from eventwire.records import SUB_EVENT_TYPES

    return (["detector_margin", "typer_max_margin", "typer_max_probability"]
            + [f"type_mass:{t}" for t in SUB_EVENT_TYPES] + [f"cue:{c}" for c in classify.STAGE2_CUES]
            + list(classify.STAGE2_FLAGS))


def stage2_matrix(typer, temperature: float, margins: np.ndarray, texts: list[str]) -> np.ndarray:
    """``classify.stage2_inputs`` for every text, exactly as the runtime computes them."""
    from eventwire.extract import classify

    labels = tuple(str(c) for c in typer.classes_)
    rows = []
    for text, margin in zip(texts, margins):
        names, cues = features.analyse(text)
        sub_margins = typer.decision_function(to_matrix([text]))[0]
        z = sub_margins / temperature
        probs = np.exp(z - z.max())
        rows.append(classify.stage2_inputs(float(margin), sub_margins, probs / probs.sum(), labels, names, cues))
    return np.array(rows)


def calibrate_stage2(typer, temperature, platt, margins, calib, sources) -> Calibration:
    """Fit the second stage on the news-style calibration rows; tune its threshold on cross-fitted
    probabilities (news-style) and on the calibration notes, which it never saw."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    inputs = stage2_matrix(typer, temperature, margins, [t for t, _ in calib])
    is_event = np.array([g != NONE_LABEL for _, g in calib])
    news = sources != "notes"
    model = LogisticRegression(C=STAGE2_C, max_iter=5000)
    folds = StratifiedKFold(STAGE2_FOLDS, shuffle=True, random_state=SEED)
    cross_fitted = cross_val_predict(model, inputs[news], is_event[news], cv=folds, method="predict_proba")[:, 1]
    model.fit(inputs[news], is_event[news])
    event_probs = np.zeros(len(calib))
    event_probs[news] = cross_fitted
    event_probs[~news] = model.predict_proba(inputs[~news])[:, 1]
    threshold = _threshold_for(event_probs, is_event, sources)
    return Calibration(temperature, platt, threshold, tuple(float(w) for w in model.coef_[0]),
                       float(model.intercept_[0]))


def held_out_sets(test_notes, news_rows):
    heldout = [r for r in news_rows if r["split"] == "heldout"]
    news_calib = [r for i, r in enumerate(heldout) if i % 2 == 0]
    news_test = [r for i, r in enumerate(heldout) if i % 2 == 1]
    notes_test = [(features.normalise_note(t), g) for t, g in test_notes]
    return news_calib, news_test, notes_test


def report(classifier, notes_test, news_test, dev, fresh=()) -> dict[str, dict]:
    hand_test = [r for r in news_test if is_handwritten(r)]
    template_test = [r for r in news_test if not is_handwritten(r)]
    results = {
        "held-out notes": evaluate(classifier, [t for t, _ in notes_test], [g for _, g in notes_test]),
        "held-out news-style": evaluate(classifier, [r["text"] for r in template_test],
                                        [r["sub_event_type"] for r in template_test]),
        "held-out hand-written": evaluate(classifier, [r["text"] for r in hand_test],
                                          [r["sub_event_type"] for r in hand_test]),
    }
    if dev:
        results["dev set (measure only)"] = evaluate(classifier, [r["text"] for r in dev],
                                                     [r.get("sub_event_type") for r in dev])
    if fresh:
        results["fresh set (measure only)"] = evaluate(classifier, [r["text"] for r in fresh],
                                                       [r.get("sub_event_type") for r in fresh])
    for name, numbers in results.items():
        print(f"  {name:28s} {numbers}")
    return results


def train_and_measure(name: str, *, augment, news, framed, ship: bool = False, keep: bool = False):
    from eventwire.extract.classify import EventClassifier

    rng = random.Random(SEED)
    train_notes, calib_notes, test_notes = split_notes(load_notes(), rng)
    news_rows = load_news_style()
    news_calib, news_test, notes_test = held_out_sets(test_notes, news_rows)
    examples = build_training_examples(train_notes, news_rows, rng, augment=augment, news=news, framed=framed)
    started = time.perf_counter()
    typer = fit_typer(examples)
    detector = fit_detector(examples, rng) if any(e.label == NONE_LABEL for e in examples) else None
    calib = [(features.normalise_note(t), g) for t, g in calib_notes[:1500]]
    calib += [(r["text"], r["sub_event_type"] or NONE_LABEL) for r in news_calib]
    sources = ["notes"] * min(1500, len(calib_notes))
    sources += ["hand" if is_handwritten(r) else "news" for r in news_calib]
    calibration = calibrate(typer, detector, calib, sources)
    path = OUTPUT if ship else OUTPUT.with_name(f"_experiment_{name}.npz")
    export(typer, detector, calibration, path)
    print(f"[{name}] {len(examples)} rows, fit {time.perf_counter() - started:.0f}s, {calibration}")
    classifier = EventClassifier.from_file(path, threshold=calibration.threshold)
    results = report(classifier, notes_test, news_test, load_dev_set(), load_dev_set(FRESH_SET))
    if not ship and not keep:
        path.unlink()
    return results


EXPERIMENTS = {
    "notes-raw": dict(augment=None, news=False, framed=False),
    "notes-normalised": dict(augment=False, news=False, framed=False),
    "notes+augmented": dict(augment=True, news=False, framed=True),
    "notes+augmented+news-style": dict(augment=True, news=True, framed=True),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="run the transfer study instead of shipping")
    parser.add_argument("--try", dest="overrides", nargs="*", default=[], metavar="CONSTANT=VALUE",
                        help="experiment: override tuning constants (e.g. HAND_BOOST=5) and train without shipping")
    parser.add_argument("--keep", action="store_true",
                        help="with --try: keep the experiment's weights (_experiment_*.npz beside the shipped file)")
    args = parser.parse_args()
    if args.overrides:
        for override in args.overrides:
            name, _, value = override.partition("=")
            globals()[name] = type(globals()[name])(value)  # KeyError on a misspelt constant
        train_and_measure("try-" + "-".join(args.overrides).replace("/", "_"), **EXPERIMENTS["notes+augmented+news-style"],
                          keep=args.keep)
    elif args.compare:
        for name, options in EXPERIMENTS.items():
            train_and_measure(name, **options)
    else:
        train_and_measure("shipped", **EXPERIMENTS["notes+augmented+news-style"], ship=True)
        print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
