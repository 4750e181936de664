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


# ----------------------------------------------------------------- find_triggers: the lexicon tried at gate words

from eventwire.extract import detect  # noqa: E402
from eventwire.extract.lexicon import PATTERN_TABLE  # noqa: E402

STORY = ("BAMAKO, March 3 (Reuters) - Gunmen killed 12 villagers and burned homes in central Mali on Sunday, a local "
         "official said. Soldiers later clashed with the attackers, who had abducted two herders. \u201cThey shot "
         "everyone,\u201d a resident of Ségou told reporters. Protesters marched on the governor's office on Monday; "
         "police fired tear gas and arrested 30 people. An airstrike hit a rebel base, the army said.")
FOLDING = "A \u212aurdish crowd attacked the office and ſhot two guards; police arrested them."
SHIFTING = "Gunmen attacked İzmir's market and killed three people, police said."


def _plain_matches(text: str, start: int, end: int) -> list[tuple[str, str, tuple[int, int]]]:
    return [(kind, tactic, m.span()) for kind, tactic, pattern in PATTERN_TABLE
            for m in pattern.finditer(text, start, end)]


def _ranges(text: str) -> list[tuple[int, int]]:
    stops = [0] + [i + 1 for i, c in enumerate(text) if c in ".;"] + [len(text)]
    ranges = list(zip(stops, stops[1:])) + [(0, len(text))]
    return ranges + [(s + 2, e - 3) for s, e in ranges if e - s > 6]  # ends inside words too


@pytest.mark.parametrize("text", [STORY, FOLDING, SHIFTING, "killed", "Nothing happened here."])
def test_lexicon_matches_equal_a_full_scan_of_the_range(text: str) -> None:
    for start, end in _ranges(text):
        gated = [(kind, tactic, m.span()) for kind, tactic, m in detect._lexicon_matches(text, start, end)]
        assert gated == _plain_matches(text, start, end)


def test_lexicon_matches_finds_the_story_triggers() -> None:
    tactics = {tactic for _, tactic, _ in detect._lexicon_matches(STORY, 0, len(STORY))}
    assert {"killing", "arson", "clash", "abduction", "protest", "arrest", "air_strike"} <= tactics
    # a range that cuts "killed" to "kil" finds no killing there, as the full scan does not
    cut = STORY.index("killed") + 3
    assert not any(t == "killing" for _, t, _ in detect._lexicon_matches(STORY, 0, cut))
