"""Counts written in digits or words: "49", "1,200", "forty-nine", "a dozen", "two hundred and fifty".

``parse_number`` turns one such phrase into an int. ``NUMBER_PATTERN`` is the regular-expression
fragment other extractors embed to find those phrases in running text (it matches a superset;
``parse_number`` has the last word).
"""

from __future__ import annotations

import re
from typing import Sequence

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

# Whole phrases that name one number and that the word grammar below does not build.
IDIOMS: dict[str, int] = {
    "a": 1, "an": 1, "single": 1, "a single": 1, "lone": 1, "a lone": 1,
    "a couple": 2, "a couple of": 2, "a pair of": 2, "both": 2,
    "dozen": 12, "a dozen": 12, "half a dozen": 6, "half-a-dozen": 6,
}



def first_letter_alternation(alternatives: Sequence[str]) -> str:
    """A regex alternation of ``alternatives`` (each starting with a letter) grouped by first letter.

    ``(?:s(?:oldiers?|everal)|t(?:roops|wo))`` instead of ``soldiers?|several|troops|two``: the engine rejects a
    whole group on one character, which makes long word lists several times faster. Longer alternatives are put
    first so that "seventeen" wins over "seven". Use it inside case-insensitive patterns.
    """
    groups: dict[str, list[str]] = {}
    for alternative in sorted(alternatives, key=len, reverse=True):
        groups.setdefault(alternative[0].lower(), []).append(alternative[1:].replace(" ", r"\s+"))
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in sorted(groups.items()))


_WORD = r"(?:" + first_letter_alternation([*UNITS, *TENS, *SCALES, "dozen", "score"]) + r")"
# A run of number words: "two hundred and fifty", "forty-nine", "a hundred", "a hundred and sixty" (the article
# starts a run too: "nearly a hundred and sixty villagers" is 160, not "a hundred" left and "sixty" read alone).
WORD_NUMBER_PATTERN = rf"(?:(?:(?:a|an)\s+(?:hundred|thousand|dozen|score)|{_WORD})(?:(?:\s+and\s+|[\s-]+){_WORD})*)"
# Digits with optional thousands separators and an optional "million"/"thousand" scale.
DIGIT_NUMBER_PATTERN = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|thousand))?"
NUMBER_PATTERN = rf"(?:{DIGIT_NUMBER_PATTERN}|half[\s-]a[\s-]dozen|{WORD_NUMBER_PATTERN})"

_DIGITS_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(million|thousand))?$")
_SPLIT_RE = re.compile(r"[\s-]+")


def parse_number(words: str) -> int | None:
    """The integer a count phrase names, or None when it names none.

    >>> parse_number("forty-nine"), parse_number("1,200"), parse_number("a dozen")
    (49, 1200, 12)
    """
    phrase = " ".join(words.strip().lower().split())
    if not phrase:
        return None
    if phrase in IDIOMS:
        return IDIOMS[phrase]
    if phrase[0].isdigit():
        return _parse_digits(phrase)
    return _parse_words(phrase)


def _parse_digits(phrase: str) -> int | None:
    match = _DIGITS_RE.match(phrase)
    if not match:
        return None
    whole, fraction, scale = match.groups()
    if fraction and not scale:
        return None  # "2.5" people is not a count
    value = float(f"{whole.replace(',', '')}.{fraction or 0}")
    return int(round(value * SCALES.get(scale or "", 1)))


def _parse_words(phrase: str) -> int | None:
    tokens = [t for t in _SPLIT_RE.split(phrase) if t != "and"]
    if tokens and tokens[0] in ("a", "an"):
        tokens[0] = "one"  # "a hundred", "an estimated" is not reached here
    total, current, seen = 0, 0, False
    for token in tokens:
        if token in UNITS or token in TENS:
            current += UNITS.get(token, 0) + TENS.get(token, 0)
        elif token == "dozen":
            current = max(current, 1) * 12
        elif token == "score":  # "a score of herders", "two score people" (translated and older press)
            current = max(current, 1) * 20
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in SCALES:
            total += max(current, 1) * SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None
