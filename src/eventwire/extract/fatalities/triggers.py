"""Where casualty statements can be: the death and injury words of a text, the sentence around each, and
whether a word close before one can start a count."""

from __future__ import annotations

import bisect
import re

from eventwire.extract.fatalities.words import _DETERMINERS, COUNT_WORDS, QUALIFIERS


# Lowercase stems of every word a casualty statement turns on: sentences without one are not read.
TRIGGER_STEMS = ("kill", "dead", "die", "death", "lives", "perish", "massacr", "execut", "behead", "slain",
                 "slaughter", "murder", "assassin", "lynch", "neutrali", "eliminat", "bodies", "body", "corpse",
                 "remains", "toll", "fatalit", "injur", "wound", "hurt", "maim", "casualt", "no one", "nobody",
                 "to death", "alive", "gunned down", "gunning down", "lost", "losing", "buried", "number of", "himself", "herself",
                 "themselves", "succumb", "martyr", "none of", "throats")
# How far a "sentence" may reach either side of its trigger when no full stop is found (characters).
# Long enough for "At least 30 gendarmes from the ... brigade were killed", short enough to stay fast.
SENTENCE_REACH = 240


# A count is only read when a trigger word follows within this many characters: enough for
# "at least 49 Malian soldiers of the 4th battalion were reportedly killed" (about 70 characters).
COUNT_TO_TRIGGER_REACH = 130
# The same for "the"/"his"/"her" (one person): "the 25-year-old local council member was shot dead" (about 50).
ONE_PERSON_TO_TRIGGER_REACH = 70
_WORD_RE = re.compile(r"[A-Za-z]+|\d[\d,.]*")


def _qualifiers_by_first_word() -> dict[str, tuple[str, ...]]:
    """Multi-word qualifiers by their first word: "at" starts a count only in "at least", "at most", ..."""
    table: dict[str, list[str]] = {}
    for qualifier in sorted(q for q in QUALIFIERS if " " in q):
        table.setdefault(qualifier.split()[0], []).append(qualifier)
    return {word: tuple(qualifiers) for word, qualifiers in table.items()}


_QUALIFIERS_BY_FIRST_WORD = _qualifiers_by_first_word()


def _trigger_positions(lowered: str, start: int, end: int) -> list[int]:
    """Where a death or injury word starts in ``lowered[start:end]``, sorted (plain substring search: fast)."""
    positions: list[int] = []
    part = lowered[start:end]
    for stem in TRIGGER_STEMS:
        if stem not in part:
            continue
        position = lowered.find(stem, start, end)
        while position != -1:
            if position == 0 or not lowered[position - 1].isalpha():  # "die" in "soldiers" is no trigger
                positions.append(position)
            position = lowered.find(stem, position + 1, end)
    return sorted(positions)


def _sentence_around(text: str, position: int, start: int, end: int) -> tuple[int, int]:
    full_stop, newline = _full_stop_before(text, start, position), text.rfind("\n", start, position)
    left = max(full_stop + 2 if full_stop != -1 else start, newline + 1, start, position - SENTENCE_REACH)
    stops = [i for i in (_full_stop_after(text, position, end), text.find("\n", position, end)) if i != -1]
    right = min([*stops, end, position + SENTENCE_REACH]) + 1
    return left, min(right, end)


def _initialism_end(text: str, stop: int) -> bool:
    """The full stop closes an initialism ("three U.S. soldiers", "two U.N. peacekeepers"), not a sentence."""
    return stop >= 3 and text[stop - 1].isalpha() and text[stop - 2] == "."


def _full_stop_before(text: str, start: int, position: int) -> int:
    stop = text.rfind(". ", start, position)
    while stop != -1 and _initialism_end(text, stop):
        stop = text.rfind(". ", start, stop)
    return stop


def _full_stop_after(text: str, position: int, end: int) -> int:
    stop = text.find(". ", position, end)
    while stop != -1 and _initialism_end(text, stop):
        stop = text.find(". ", stop + 2, end)
    return stop


def _may_start_count(lowered: str, word: re.Match[str]) -> bool:
    """False for "at", "in", "as" ... unless they open a qualifier ("at least", "in excess of")."""
    if word.group(0)[0].isdigit() or word.group(0) in COUNT_WORDS:
        return True
    qualifiers = _QUALIFIERS_BY_FIRST_WORD.get(word.group(0), ())
    return any(lowered.startswith(q, word.start()) for q in qualifiers)


def _count_worth_reading(lowered: str, word: re.Match[str], triggers: list[int]) -> bool:
    """A count can start at ``word`` and a death or injury word follows close enough to be its verb."""
    return _trigger_close(word, triggers) and _may_start_count(lowered, word)


def _trigger_close(word: re.Match[str], triggers: list[int]) -> bool:
    reach = ONE_PERSON_TO_TRIGGER_REACH if word.group(0) in _DETERMINERS else COUNT_TO_TRIGGER_REACH
    after = bisect.bisect_right(triggers, word.start())
    return after < len(triggers) and triggers[after] - word.start() <= reach


# Trigger words no count statement ends on: gerunds ("killing two" is read from the verb), the present "kill(s)",
# and nouns read by their own rules ("bodies", "toll", "casualties").
_NOT_AFTER_A_COUNT = ("kill", "kills", "bodies", "body", "corpse", "corpses", "remains", "toll", "casualties",
                      "casualty")


def _verb_triggers(lowered: str, triggers: list[int]) -> list[int]:
    """The triggers a counted group can be the subject of: "were killed", "died", "dead", "injured"."""
    verbs = []
    for position in triggers:
        word = _WORD_RE.match(lowered, position)
        text = word.group(0) if word else ""
        if not text.endswith("ing") and text not in _NOT_AFTER_A_COUNT:
            verbs.append(position)
    return verbs
