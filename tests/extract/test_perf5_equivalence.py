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


# ----------------------------------------------------------------- accidents: gated substitutions, violence first

import re  # noqa: E402

from eventwire.extract import event_filter  # noqa: E402
from eventwire.extract.context import VIOLENCE_WORDS  # noqa: E402

ACCIDENT_TEXTS = [
    "A cholera outbreak has killed 40 people in the camps, health officials said.",
    "Two farmers were trampled to death by a herd of elephants near the park.",
    "The former commander died of a heart attack in hospital on Tuesday.",
    "A fire broke out at the market and killed 12 traders, police said.",
    "A fire broke out after gunmen attacked the market and killed 12 traders.",
    "Gunmen shot dead three villagers and torched homes in the village.",
    "A bus plunged into a gorge, killing 20 passengers.",
    "A man died after being hit by a truck near the checkpoint.",
    "Militants were killed by the army in an air strike on their camp.",
    "An Ebola epidemic was declared in the province, where 35 people have died.",
    "Rebels clashed with troops; a stray dog was later found dead.",
]


def _natural_deaths_as_accidents_ungated(text: str) -> str:
    for natural_death in (event_filter._NATURAL_DEATH, event_filter._NON_HUMAN_KILLER):
        text = natural_death.sub(" accident ", text)
    return text


def _reads_as_accident_before(text: str) -> bool:
    text = _natural_deaths_as_accidents_ungated(text)
    return bool(event_filter._ACCIDENT.search(text)) and not VIOLENCE_WORDS.search(text) \
        and not event_filter._dropped_or_poisoned(text)


@pytest.mark.parametrize("text", ACCIDENT_TEXTS)
def test_natural_deaths_substituted_as_before(text: str) -> None:
    assert event_filter._natural_deaths_as_accidents(text) == _natural_deaths_as_accidents_ungated(text)


@pytest.mark.parametrize("text", ACCIDENT_TEXTS)
def test_accident_reading_answers_as_before(text: str) -> None:
    after = event_filter._natural_deaths_as_accidents(text)
    now = not VIOLENCE_WORDS.search(after) and bool(event_filter._ACCIDENT.search(after)) \
        and not event_filter._dropped_or_poisoned(after)
    assert now == _reads_as_accident_before(text)


def test_every_disease_or_animal_killer_holds_a_gate_word() -> None:
    killers = ["Cholera killed 30", "a rogue elephant trampled", "mauled by a leopard", "the disease epidemic has died",
               "bitten by a snake", "gored by a buffalo", "wild animals killed", "an mpox outbreak has killed"]
    for text in killers:
        if event_filter._NON_HUMAN_KILLER.search(text):
            assert lexicon.may_hold_any(text, event_filter._NON_HUMAN_KILLER_NEEDS)
    assert event_filter._NON_HUMAN_KILLER.search("Cholera has killed 30 people")
    assert not lexicon.may_hold_any("Gunmen killed 30 people", event_filter._NON_HUMAN_KILLER_NEEDS)
    assert re.search("cholera", " ".join(event_filter._NON_HUMAN_KILLER_NEEDS))
