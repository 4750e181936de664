"""Event detection and ACLED typing of a news passage: a hashed-feature linear model plus precedence rules.

    classifier = EventClassifier.load()          # shipped weights, cached
    prediction = classifier.predict("Gunmen killed five villagers in ...")
    prediction.event_type, prediction.sub_event_type, prediction.event_probability
    predictions = classifier.predict_many(texts)  # many texts: one pass of numpy, each read as if alone

Runtime is numpy only (no scikit-learn, no scipy, no torch). Two linear models share one hashed feature
vector (``features.py``), both trained by ``models/train_classifier.py``:

- a detector (event vs none) over the hashed features;
- a sub-type model (25 ACLED sub-types) whose margins become probabilities by a calibrated softmax.

A small second-stage logistic regression (``stage2_inputs``: detector margin, the typer's confidence, cue
flags) turns both into the calibrated event probability that is compared with ``EVENT_THRESHOLD``.

The event type is the type whose sub-types carry the most probability; the sub-type is the best one
inside it, then ACLED's precedence rules (``PRECEDENCE_RULES``) may move it when the text carries a
decisive cue the bag of words underweights. A non-event still carries its ``sub_event_scores``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Mapping

import numpy as np

from eventwire.errors import ClassifierModelError
from eventwire.extract import features
from eventwire.records import EVENT_TYPE_OF, SUB_EVENT_TYPES, TypePrediction

DEFAULT_MODEL = Path(__file__).resolve().parent / "models" / "event_classifier.npz"

# A passage is an event when its calibrated event probability (the second stage's) reaches this value.
# Set from train_classifier.py's output (tune_threshold): the lowest threshold at which both held-out
# news-style calibration groups (hand-written, templated) reject 90 % of their non-events, capped so that
# 95 % of calibration coder notes are kept. Raising it rejects more non-events and loses more events.
# Never tuned on benchmarks/news-types/dev.jsonl.
EVENT_THRESHOLD = 0.26


# --------------------------------------------------------------------------- precedence rules

Rule = Callable[[set[str], Mapping[str, float], str], "str | None"]


def _best_of(scores: Mapping[str, float], candidates: Iterable[str]) -> str:
    return max(candidates, key=lambda sub: scores.get(sub, 0.0))


def rule_tear_gas_is_not_chemical(cues: set[str], scores: Mapping[str, float], sub: str) -> str | None:
    """Tear gas is a riot-control agent, not a chemical weapon: fall back to the next-best sub-type."""
    if sub == "Chemical weapon" and "tear_gas" in cues and "weapon_chemical" not in cues:
        return _best_of(scores, (s for s in scores if s != "Chemical weapon"))
    return None


# Sub-types that precede Suicide bomb in coding-rules.md: a chemical attack, and an air or drone strike (a
# "suicide drone" or "kamikaze drone" is a drone strike, not a suicide bombing).
_BEFORE_SUICIDE_BOMB = frozenset({"Chemical weapon", "Air/drone strike"})


def rule_suicide_bomb(cues: set[str], scores: Mapping[str, float], sub: str) -> str | None:
    """An explosion carried by a suicide bomber is a Suicide bomb, unless a sub-type that precedes it was read."""
    if EVENT_TYPE_OF[sub] == "Explosions/Remote violence" and "weapon_suicide" in cues:
        return None if sub in _BEFORE_SUICIDE_BOMB else "Suicide bomb"
    return None


def rule_grenade(cues: set[str], scores: Mapping[str, float], sub: str) -> str | None:
    """A hand-thrown explosive is a Grenade, unless air, artillery or a suicide bomber was involved."""
    explosions = EVENT_TYPE_OF[sub] == "Explosions/Remote violence"
    if explosions and "grenade_word" in cues and not cues & {"weapon_suicide", "weapon_air", "weapon_shell"}:
        return "Grenade"
    return None


def rule_abduction_then_killing(cues: set[str], scores: Mapping[str, float], sub: str) -> str | None:
    """A kidnapping in which victims are killed is an Attack (killing takes precedence)."""
    if sub == "Abduction/forced disappearance" and "killing_verb" in cues:
        return "Attack"
    return None


def rule_protest_turns_violent(cues: set[str], scores: Mapping[str, float], sub: str) -> str | None:
    """A protest in which the demonstrators burn, stone or loot is one Riots event."""
    if sub in ("Peaceful protest", "Protest with intervention") and "riot" in cues:
        return "Violent demonstration"
    return None


def rule_attack_on_military_target(cues: set[str], scores: Mapping[str, float], sub: str) -> str | None:
    """An attack on a military base or post, with no civilian victims, is an Armed clash."""
    armed_target = "base_target" in cues and "armed_state" in cues
    if sub == "Attack" and armed_target and "victim_civ" not in cues:
        return "Armed clash"
    return None


# Measured one by one on held-out notes and held-out news-style snippets (docs/decisions/classifier.md):
# the three kept never hurt; rule_protest_turns_violent (-1.3 pt on news-style), rule_attack_on_military_target
# (-0.1 pt on notes) and rule_grenade (-0.06 pt) did, so their cues stay as model features only
# ("pair:protest+riot", "pair:base_target+armed_nonstate", "cue:grenade_word").
PRECEDENCE_RULES: tuple[Rule, ...] = (
    rule_tear_gas_is_not_chemical,
    rule_abduction_then_killing,
    rule_suicide_bomb,
)
MEASURED_BUT_NOT_APPLIED: tuple[Rule, ...] = (
    rule_protest_turns_violent,
    rule_attack_on_military_target,
    rule_grenade,
)


def apply_precedence(cues: set[str], scores: Mapping[str, float], sub: str,
                     rules: tuple[Rule, ...] = PRECEDENCE_RULES) -> str:
    """Run the rules in order; each sees the sub-type the previous ones left."""
    for rule in rules:
        sub = rule(cues, scores, sub) or sub
    return sub


# --------------------------------------------------------------------------- model


# The second-stage detector reads the two linear models' scores beside these cue flags (features.py):
# the frames in which violent words do not make an event (accidents, sport, courts, memorials, talks),
# the actors whose presence does, and the words of agreements, group changes and new bases.
STAGE2_CUES = (
    "accident", "sport", "justice", "commemoration", "diplomacy", "military_routine", "statement", "history",
    "hedge", "nonevent_topic", "armed_state", "armed_nonstate", "protest", "killing_verb", "agreement_verb",
    "group_change", "establish",
)
STAGE2_FLAGS = ("scope:negated", "scope:unreal", "cue:violence_without_political_agent")


def stage2_inputs(detector_margin: float, sub_type_margins: np.ndarray, sub_type_probs: np.ndarray,
                  labels: tuple[str, ...], feature_names: Iterable[str], cues: set[str]) -> np.ndarray:
    """The second stage's input vector: detector margin, the typer's confidence and type mass, cue flags."""
    return stage2_rows(np.array([detector_margin]), sub_type_margins[None, :], sub_type_probs[None, :], labels,
                       [feature_names], [cues])[0]


def stage2_rows(detector_margins: np.ndarray, sub_type_margins: np.ndarray, sub_type_probs: np.ndarray,
                labels: tuple[str, ...], feature_names: list[Iterable[str]], cues: list[set[str]]) -> np.ndarray:
    """``stage2_inputs`` for several texts at once, one row each (float32)."""
    probs = sub_type_probs.astype(np.float32)
    types = len(SUB_EVENT_TYPES)
    inputs = np.empty((len(cues), 3 + types + len(STAGE2_CUES) + len(STAGE2_FLAGS)), dtype=np.float32)
    inputs[:, 0] = detector_margins
    inputs[:, 1] = sub_type_margins.max(axis=1)
    inputs[:, 2] = probs.max(axis=1)
    inputs[:, 3:3 + types] = _type_mass(probs, labels)
    inputs[:, 3 + types:] = [_stage2_flags(names, row_cues) for names, row_cues in zip(feature_names, cues)]
    return inputs


_STAGE2_FLAG_SET = frozenset(STAGE2_FLAGS)


def _stage2_flags(feature_names: Iterable[str], cues: set[str]) -> list[bool]:
    names = _STAGE2_FLAG_SET.intersection(feature_names)
    return [cue in cues for cue in STAGE2_CUES] + [flag in names for flag in STAGE2_FLAGS]


def _type_mass(probs: np.ndarray, labels: tuple[str, ...]) -> np.ndarray:
    """Each event type's summed sub-type probability, per row: float64 sums (in label order) rounded to float32."""
    order, starts, present = _type_groups(labels)
    mass = np.zeros((len(probs), len(SUB_EVENT_TYPES)), dtype=np.float32)
    if len(probs) and len(order):
        sums = np.add.reduceat(probs.astype(np.float64)[:, order], starts, axis=1)
        mass[:, present] = sums.astype(np.float32)
    return mass


@lru_cache(maxsize=4)
def _type_groups(labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The label positions grouped by event type, where each group starts, and which types have labels."""
    groups = [[i for i, label in enumerate(labels) if EVENT_TYPE_OF[label] == event_type]
              for event_type in SUB_EVENT_TYPES]
    present = [t for t, group in enumerate(groups) if group]
    starts = np.cumsum([0] + [len(groups[t]) for t in present])[:-1]
    return np.array([i for group in groups for i in group], dtype=np.int64), starts, np.array(present, dtype=np.int64)


def row_dot(batch: features.FeatureBatch, *weights: np.ndarray) -> np.ndarray:
    """Each row of the batch times the weights (n_features × k, or n_features for one column; several are read
    side by side), as float32 (rows × all their columns).

    The products of two float32 numbers are exact in float64; they are summed in float64 in index order and
    rounded once to float32. Every row is computed alone (``reduceat`` per row), so a text gets the same margins
    whatever else is in its batch, on every machine (a BLAS product would sum in a CPU-dependent order)."""
    gathered = np.column_stack([w[batch.indices] for w in weights])
    products = batch.values.astype(np.float64)[:, None] * gathered
    filled = batch.ends > batch.starts
    if filled.all():
        return np.add.reduceat(products, batch.starts, axis=0).astype(np.float32)
    out = np.zeros((batch.rows, gathered.shape[1]), dtype=np.float32)  # a text without features sums to 0
    if filled.any():
        out[filled] = np.add.reduceat(products, batch.starts[filled], axis=0)
    return out


def _exact_dot(rows: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Each row (float32) times a float32 weight vector: exact float64 products summed per row, rounded to float32."""
    return (rows.astype(np.float64) * weights.astype(np.float64)).sum(axis=1).astype(np.float32)


def _sigmoids(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


@dataclass(frozen=True)
class LinearModel:
    """The shipped weights: a sub-type SVM (n_features × 25), an event/none detector (n_features) and,
    when trained, a small second-stage logistic regression over ``stage2_inputs``."""

    typer_weights: np.ndarray
    typer_bias: np.ndarray
    labels: tuple[str, ...]
    temperature: float
    detector_weights: np.ndarray
    detector_bias: float
    platt: tuple[float, float]
    hash_bits: int
    stage2_weights: np.ndarray | None = None
    stage2_bias: float = 0.0

    @classmethod
    def from_npz(cls, path: Path) -> LinearModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(data["meta"].tobytes().decode("utf-8"))
                typer = data["typer_weights"].astype(np.float32) * data["typer_scale"]
                detector = data["detector_weights"].astype(np.float32) * data["detector_scale"]
                typer_bias, detector_bias = data["typer_bias"], float(data["detector_bias"][0])
                stage2 = data["stage2_weights"].astype(np.float32) if "stage2_weights" in data.files else None
                stage2_bias = float(data["stage2_bias"][0]) if stage2 is not None else 0.0
        except (OSError, KeyError, ValueError) as err:
            raise ClassifierModelError(f"cannot read classifier weights {path}: {err}") from err
        return cls(typer, typer_bias.astype(np.float32), tuple(meta["labels"]), float(meta["temperature"]),
                   detector, detector_bias, tuple(meta["platt"]), int(meta["hash_bits"]), stage2, stage2_bias)

    def margins(self, batch: features.FeatureBatch) -> tuple[np.ndarray, np.ndarray]:
        """The typer's margins (one row of 25 per text, float32) and the event/none detector's margin per text
        (float64 of a float32 sum, plus the bias), from one gather of both models' weights."""
        sums = row_dot(batch, self.typer_weights, self.detector_weights)
        typer_columns = len(self.labels)
        return self.typer_bias + sums[:, :typer_columns], self.detector_bias + sums[:, typer_columns].astype(np.float64)

    def softmax(self, margins: np.ndarray) -> np.ndarray:
        """Temperature-calibrated softmax over each row of sub-type margins (each row sums to 1)."""
        z = margins / self.temperature
        p = np.exp(z - z.max(axis=-1, keepdims=True))
        return p / p.sum(axis=-1, keepdims=True)

    def event_probabilities(self, detector_margins: np.ndarray) -> np.ndarray:
        """Platt-calibrated probabilities from the first-stage detector alone."""
        a, b = self.platt
        return _sigmoids(a * detector_margins + b)

    def stage2_probabilities(self, inputs: np.ndarray) -> np.ndarray:
        """The second stage's calibrated event probability per row of ``stage2_rows``."""
        return _sigmoids(_exact_dot(inputs, self.stage2_weights).astype(np.float64) + self.stage2_bias)  # type: ignore[arg-type]


class EventClassifier:
    """Detects whether a passage reports an event and codes its ACLED type and sub-type."""

    def __init__(self, model: LinearModel, threshold: float = EVENT_THRESHOLD,
                 rules: tuple[Rule, ...] = PRECEDENCE_RULES):
        self.model = model
        self.threshold = threshold
        self.rules = rules

    @classmethod
    def load(cls, path: str | Path | None = None) -> EventClassifier:
        """The classifier with the shipped weights (or ``path``), loaded once per process and path."""
        return _load_cached(str(Path(path) if path else DEFAULT_MODEL))

    @classmethod
    def from_file(cls, path: str | Path, **options) -> EventClassifier:
        """An uncached classifier (for training scripts and experiments)."""
        path = Path(path)
        if not path.exists():
            raise ClassifierModelError(f"classifier weights not found: {path}")
        return cls(LinearModel.from_npz(path), **options)

    def predict(self, text: str) -> TypePrediction:
        return self.predict_many([text])[0]

    def predict_many(self, texts: Iterable[str]) -> list[TypePrediction]:
        """``predict`` for several texts with one pass of numpy over all of them (each text's reading does not
        depend on the others: the same numbers as alone)."""
        analysed = [features.analyse(text) for text in texts]
        if not analysed:
            return []
        batch = features.hash_many([names for names, _ in analysed], 1 << self.model.hash_bits)
        margins, detector_margins = self.model.margins(batch)
        probs = self.model.softmax(margins)
        event_probabilities = self._event_probabilities(detector_margins, margins, probs, analysed)
        return [self._prediction(row, cues, probability)
                for row, (_, cues), probability in zip(probs.tolist(), analysed, event_probabilities.tolist())]

    def _prediction(self, probs: list[float], cues: set[str], event_probability: float) -> TypePrediction:
        scores = dict(zip(self.model.labels, probs))
        if event_probability < self.threshold:  # no event: the sub-type is not read (speed only)
            return TypePrediction(None, None, event_probability, scores)
        sub = apply_precedence(cues, scores, _best_sub_type(scores), self.rules)
        return TypePrediction(EVENT_TYPE_OF[sub], sub, event_probability, scores)

    def _event_probabilities(self, detector_margins, margins, probs, analysed) -> np.ndarray:
        """The second stage's probabilities when the weights carry one, else the Platt-scaled detector's."""
        if self.model.stage2_weights is None:
            return self.model.event_probabilities(detector_margins)
        inputs = stage2_rows(detector_margins, margins, probs, self.model.labels,
                             [names for names, _ in analysed], [cues for _, cues in analysed])
        return self.model.stage2_probabilities(inputs)


_ZEROS = (0.0,) * max(len(subs) for subs in SUB_EVENT_TYPES.values())  # the default of each scores.get


def _best_sub_type(scores: Mapping[str, float]) -> str:
    """The best sub-type inside the event type that carries the most probability."""
    by_type = {t: sum(map(scores.get, subs, _ZEROS)) for t, subs in SUB_EVENT_TYPES.items()}
    event_type = max(by_type, key=by_type.__getitem__)
    return _best_of(scores, SUB_EVENT_TYPES[event_type])


@lru_cache(maxsize=4)
def _load_cached(path: str) -> EventClassifier:
    return EventClassifier.from_file(path)
