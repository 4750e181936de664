"""Speed round eight: the same answers, cheaper; each reading is checked against the code it replaced."""

from __future__ import annotations

import gc

from eventwire.extract import ExtractionKit

# ----------------------------------------------------------------- the kit kept out of the cyclic collector


def test_the_loaded_kit_is_frozen_out_of_collections() -> None:
    kit = ExtractionKit.load()
    assert gc.get_freeze_count() > 0
    assert all(obj is not kit.actors for obj in gc.get_objects())  # the permanent generation is not listed


def test_a_kit_loaded_again_is_the_same_kit() -> None:
    assert ExtractionKit.load() is ExtractionKit.load()  # the freeze runs once per process, at the first load
