"""The tokens phrases are matched on: words and punctuation marks, folded (lower case, no accents)."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple


# A hyphen standing between spaces is a dash ("TYRE, Lebanon - Warplanes struck"): a mark of its own that no
# phrase crosses, like "–"; a hyphen inside a word joins it.
TOKEN = re.compile(r"[^\W_]+(?:['’][sS](?![^\W_]))?|[^\w\s'’\-]|(?<=\s)-(?=\s)")
# The text cut at TOKEN's matches, the matches kept: [gap, token, gap, token, ..., gap] (no token matches nothing).
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")


class Token(NamedTuple):
    """One word or punctuation mark (a NamedTuple: thousands are built per article, so they must be cheap)."""

    key: str  # folded: lower case, no accents, no possessive
    surface: str  # as written, possessive removed
    start: int
    end: int


def fold(word: str) -> str:
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word.lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]``; hyphens and apostrophes join, never split."""
    end = len(text) if end is None else end
    part = text[start:end]
    folded = part.lower()  # one lower() for the passage: the hot path
    # The passage's lower case indexes like the passage when no character lower-cases to two ("İ"); then an
    # ASCII token's key is its slice of it (all of them in an ASCII passage), and only other tokens are folded.
    all_ascii = part.isascii()
    aligned = all_ascii or len(folded) == len(part)
    tokens = []
    # One split of the passage instead of a match object and three calls per token (speed only). A split sees no
    # text before the passage, which only the lone hyphen's look-behind asks about: a blank just before the
    # passage is kept in front of it (a blank begins no token, so the tokens are those of TOKEN.finditer).
    seen_from = start - 1 if start and text[start - 1].isspace() else start
    pieces = _TOKEN_SPLIT.split(text[seen_from:end])
    position = seen_from
    for index in range(1, len(pieces), 2):
        first = position + len(pieces[index - 1])
        matched = pieces[index]
        position = first + len(matched)
        surface = matched[:-2] if len(matched) > 2 and matched[-2] in "'’" else matched
        if all_ascii or (aligned and surface.isascii()):
            key = folded[first - start:first - start + len(surface)]
        else:
            key = fold(surface)
        tokens.append(_new_token(Token, (key, surface, first, position)))
    return tokens


_new_token = tuple.__new__  # builds a Token without NamedTuple's extra call layer (tens of thousands per article)
