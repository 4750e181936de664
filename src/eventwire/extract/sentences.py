"""A fast rule-based sentence splitter that keeps absolute character offsets.

News copy breaks sentences at ``.``, ``!`` and ``?``; the hard cases are the dots that do not end a
sentence: titles ("Gen.", "Lt. Col."), months ("Nov. 5"), dotted acronyms ("U.N.", "U.S."),
initials ("Abdoulaye M. Diop") and decimals. Paragraph breaks (a newline) always end a sentence.
No model is needed: measured at well over 1 MB/s per core (see benchmarks/extract/RESULTS.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that, followed by a dot, almost never end a sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """
    gen lt col maj capt cpt sgt cpl pvt adm brig cmdr cdr gov sen rep pres prof dr mr mrs ms st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs etc inc co corp ltd jr sr approx est dept univ rev hon messrs fig al
    """.split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_PARAGRAPH = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
_NEXT_START = re.compile(r"\s+([\"'“‘(\[]*)(\S)")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text == article_text[start:end]``; ``paragraph`` counts lines from 0."""

    start: int
    end: int
    text: str
    paragraph: int

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(self, start: int, end: int, text: str, paragraph: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "paragraph", paragraph)


def split_sentences(text: str) -> list[Sentence]:
    """Every non-blank sentence of ``text`` in order, with offsets into ``text``."""
    sentences: list[Sentence] = []
    paragraph = 0
    for line in _PARAGRAPH.finditer(text):
        if not line.group().strip():
            continue
        for start, end in _split_line(text, line.start(), line.end()):
            sentences.append(Sentence(start, end, text[start:end], paragraph))
        paragraph += 1
    return sentences


_TERMINALS = ".!?…"  # the characters a _BOUNDARY match starts with


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    piece_start = start
    for match in _BOUNDARY.finditer(text, start, end) if _may_break(text, start, end) else ():
        if _ends_sentence(text, match, end):
            pieces.append((piece_start, match.end()))
            piece_start = match.end()
    pieces.append((piece_start, end))
    return [trimmed for piece in pieces if (trimmed := _trim(text, *piece))]


def _may_break(text: str, start: int, end: int) -> bool:
    """False when no terminal mark stands before the line's last character, so ``_BOUNDARY`` (a mark followed,
    inside the line, by white space) cannot match: most lines hold one sentence whose full stop ends the line
    (speed only: one search in C per mark instead of a regex scan)."""
    return any(text.find(mark, start, end - 1) >= 0 for mark in _TERMINALS)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _ends_sentence(text: str, boundary: re.Match, line_end: int) -> bool:
    following = _NEXT_START.match(text, boundary.end(), line_end)
    if following is None:
        return False
    next_char = following.group(2)
    if boundary.group()[0] in "!?…":
        return not next_char.islower()
    if next_char.islower() or next_char in ",;:":
        return False
    return not _is_abbreviation(text, boundary.start(), next_char)


def _is_abbreviation(text: str, dot: int, next_char: str) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if match is None:
        return False
    word = match.group(1)
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return True
    if len(bare) == 1 and bare.isalpha():  # an initial: "M. Diop"
        return word.isupper()
    if "." in word and re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # "U.N", "U.S"
        return next_char.isupper() and _acronym_then_name(text, dot)
    return False


def _acronym_then_name(text: str, dot: int) -> bool:
    """'U.N. troops' or 'U.S. President' go on; 'left the U.S. The next day' ends.

    A dotted acronym is followed by a capitalised word in both cases, so we only split when that word is a
    common sentence opener (a determiner or pronoun).
    """
    nxt = re.match(r"\.\s+([A-Za-z]+)", text[dot:dot + 30])
    return not (nxt and nxt.group(1).lower() in _SENTENCE_OPENERS)


_SENTENCE_OPENERS = frozenset(
    "the a an he she it they we i this that these those his her their its on in at but and".split()
)
