"""Speed round five: every shortcut answers as the code it replaced (outputs identical)."""

from __future__ import annotations

import pytest

from eventwire.extract import lexicon
from eventwire.extract.lexicon import may_hold_any


def _may_hold_any_unmemoised(text: str, words: tuple[str, ...]) -> bool:
    if not text.isascii() and lexicon.folds_to_ascii(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


TEXTS = [
    "Gunmen KILLED three villagers near Mopti on Sunday.",
    "“Soldiers” patrolled Ségou’s market – residents said.",
    "Le ſuspect a été arrêté.",
    "A \u212aurdish crowd gathered.",
    "",
]
NEEDS = [("kill",), ("mob", "crowd"), ("suspect",), ("nothing",), ("market", "said")]


@pytest.mark.parametrize("text", TEXTS)
def test_may_hold_any_asked_again_of_the_same_text_answers_as_before(text: str) -> None:
    for needs in NEEDS * 2:  # the same string object asked in turn, as the typing rules do
        assert may_hold_any(text, needs) == _may_hold_any_unmemoised(text, needs)


def test_may_hold_any_alternating_texts_keeps_no_stale_lowering() -> None:
    folding, plain = "A \u212aurdish crowd.", "Soldiers patrolled the market."
    for _ in range(3):
        assert may_hold_any(folding, ("nothing",))
        assert not may_hold_any(plain, ("mob", "crowd"))
        assert may_hold_any(plain, ("market",))


def test_may_hold_any_equal_string_built_anew_answers_alike() -> None:
    first = "".join(["Police ", "fired on the crowd."])
    assert may_hold_any(first, ("crowd",))
    second = "".join(["Police ", "fired on the mob."])
    assert not may_hold_any(second, ("crowd",)) and may_hold_any(second, ("mob",))
