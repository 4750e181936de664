"""The token trie every alias is compiled into, and the checks made while walking it (acronyms match
case-sensitively)."""

from __future__ import annotations

from typing import Any, Sequence

from eventwire.extract.actors.entries import Hit, Meaning
from eventwire.extract.actors.tokens import Token, tokenize


# Acronyms of this length or shorter ("AA", "ADF", "SAF") collide across regions ("ADF" is also Australia's
# Defence Force), so they only name an actor in its own countries or when the event's country is unknown.
SHORT_ACRONYM_LENGTH = 3
END = ""  # trie key under which a node stores what the phrase ending there means


def _phrase_tokens(phrase: str) -> list[Token]:
    return tokenize(phrase)


# Mixed-case acronyms up to this length ("LeT", "IsK") match case-sensitively too: folded, "LeT" is the word "let".
MIXED_CASE_ACRONYM_LENGTH = 5


def _is_acronym(surface: str) -> bool:
    """All capitals ("JNIM", "FARDC"), or a short word with a capital inside it ("LeT")."""
    if len(surface) < 2:
        return False
    mixed = surface.isalpha() and len(surface) <= MIXED_CASE_ACRONYM_LENGTH and not surface[1:].islower()
    return surface.isupper() or mixed


def _exact_surfaces(tokens: Sequence[Token]) -> tuple[str | None, ...]:
    """Acronym tokens must match case-sensitively; () when no token must (most phrases: nothing to check)."""
    surfaces = tuple(t.surface if _is_acronym(t.surface) else None for t in tokens)
    return surfaces if any(want is not None for want in surfaces) else ()


def _is_short_acronym(tokens: Sequence[Token]) -> bool:
    return len(tokens) == 1 and tokens[0].surface.isupper() and len(tokens[0].surface) <= SHORT_ACRONYM_LENGTH


class Trie:
    """Phrases of folded tokens → meanings; the walk returns every phrase starting at a token."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}

    def add(self, phrase: str, meaning: Meaning) -> None:
        tokens = _phrase_tokens(phrase)
        if not tokens:
            return
        node = self.root
        for token in tokens:
            node = node.setdefault(token.key, {})
        node.setdefault(END, []).append(meaning)

    def walk(self, tokens: Sequence[Token], i: int) -> list[Hit]:
        """Every phrase starting at ``tokens[i]``, longest first."""
        hits = []
        node: Any = self.root
        for j in range(i, len(tokens)):
            node = node.get(tokens[j].key)
            if node is None:
                break
            if END in node:
                hits.append(Hit(j + 1, tuple(node[END])))
        return hits[::-1]


def _may_start_phrase(root: dict[str, Any], tokens: Sequence[Token], i: int) -> bool:
    """A phrase of the trie may start at ``tokens[i]``: a cheap look at two tokens before the full walk
    ("the" and "a" start many phrases but are followed by one of their next words only rarely)."""
    node = root.get(tokens[i].key)
    if node is None:
        return False
    return END in node or (i + 1 < len(tokens) and tokens[i + 1].key in node)


def _phrase_starts(root: dict[str, Any], tokens: Sequence[Token]) -> list[int]:
    """Every token position where ``_may_start_phrase`` holds, in order (one pass: most tokens start nothing)."""
    return [i for i, token in enumerate(tokens) if token.key in root and _may_start_phrase(root, tokens, i)]


def _surfaces_match(meaning: Meaning, tokens: Sequence[Token], i: int) -> bool:
    if not meaning.exact:
        return True  # no acronym in the phrase (most of them)
    return all(want is None or tokens[i + k].surface == want for k, want in enumerate(meaning.exact))
