"""The threshold refit of benchmarks/classifier/refit_detect_thresholds.py, on synthetic probability scales."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from benchmark_sets import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "classifier" / "refit_detect_thresholds.py"
refit_script = load_script(SCRIPT, "refit_detect_thresholds")


def _sentences(seed: int, n: int = 400):
    rng = np.random.default_rng(seed)
    is_event = rng.random(n) < 0.6
    # events high, non-events low, overlapping a little: a round-3-like scale
    probs = np.where(is_event, rng.beta(8, 1.5, n), rng.beta(1.5, 6, n))
    unreported = rng.random(n) < 0.5
    return probs, is_event, unreported


@pytest.mark.parametrize("old_at", [0.5, 0.9, 0.95])
def test_the_same_model_refits_to_its_own_threshold(old_at):
    probs, is_event, unreported = _sentences(1)
    mask = np.ones_like(is_event)
    new_at, old_false, old_found, false, found = refit_script.refit(
        (probs, mask), (probs, mask), is_event, unreported, old_at)
    assert new_at == pytest.approx(old_at)
    assert (false, found) == (old_false, old_found)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([0.5, 0.8, 0.9]), st.integers(min_value=1, max_value=20))
def test_a_shifted_scale_shifts_the_threshold(old_at, steps):
    """A model whose probabilities are all lower by some grid steps finds the old trade again, at most that many
    steps lower (ties between thresholds of one trade go to the value nearest the old one)."""
    probs, is_event, unreported = _sentences(2)
    shift = steps * 0.0025
    mask = np.ones_like(is_event)
    new_at, old_false, old_found, false, found = refit_script.refit(
        (probs, mask), (probs - shift, mask), is_event, unreported, old_at)
    assert (false, found) == (old_false, old_found)
    assert old_at - shift - 1e-9 <= new_at <= old_at + 1e-9


def test_counts_only_read_the_path_mask():
    probs = np.array([0.99, 0.99, 0.2, 0.99])
    is_event = np.array([True, False, True, True])
    unreported = np.array([True, True, True, False])
    mask = np.array([True, True, True, False])
    assert refit_script.counts(probs, mask, is_event, unreported, 0.95) == (1, 1)
