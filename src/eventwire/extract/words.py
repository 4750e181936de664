"""The words of an article read once and shared by the readers that used to tokenise it again.

``text_words(text)`` lower-cases the text and cuts it into ``\\w+`` words once (cached per text: every reader
of one article asks with the same string). The trigger gates (``lexicon.gate_positions_of``), the role verbs'
scan (``roles.verbs``), the place-pattern gates (``places``) and the disaster-story gate (``context``) read
their words from it instead of scanning the text with their own regex (speed only; round nine measured these
scans at ~0.5 ms of regex per dense article, most of it the same words found four times).

Offsets: a word's start is its offset in ``text`` only when lower-casing keeps every character one character
long (``aligned``); a reader whose answer depends on offsets falls back to its own scan when it is not.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from eventwire.extract.lexicon import folds_to_ascii

_WORD = re.compile(r"\w+")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")  # the text cut at _WORD's matches, kept: gaps and words in turn
_LETTERS = re.compile(r"[a-z]+")

# An article's readers ask for its words a few times in a row, with a sentence's now and then in between
# (``detect._lexicon_reads_history``): a handful of texts is enough to keep the article's.
TEXT_WORDS_CACHE = 8


@dataclass(frozen=True, eq=False)
class TextWords:
    """``words[i]`` is the i-th maximal ``\\w+`` run of ``lowered``; it starts at ``starts[i]``."""

    text: str
    lowered: str
    words: list[str]
    starts: list[int]
    distinct: frozenset[str]  # set(words)
    aligned: bool  # len(lowered) == len(text): every offset into ``lowered`` is the same offset into ``text``
    folds: bool  # the text holds a letter that case-insensitive matching equates with another ASCII letter
    held: dict[tuple[str, ...], bool] = field(default_factory=dict, compare=False, repr=False)  # holds_any's answers

    def holds_any(self, needs: tuple[str, ...]) -> bool:
        """False only when no stretch of the text can pass ``lexicon.may_hold_any(text[a:b], needs)``: the whole
        lowered text holds none of ``needs`` (answered once per tuple of words). Speed only: a gate asked of many
        sentences or windows of one article is first asked of the article. Exact because lower-casing is done
        character by character (only the Greek final sigma looks at its neighbours, and a word holding a sigma or
        a text whose letters fold to ASCII always passes)."""
        answer = self.held.get(needs)
        if answer is None:
            answer = self.held[needs] = self.folds or _holds_any(self.lowered, needs)
        return answer

    def words_in(self, start: int, end: int) -> list[str]:
        """The maximal ``\\w+`` runs of ``lowered[start:end]``: the words that overlap the stretch, cut at its ends."""
        first = bisect_right(self.starts, start) - 1
        if first < 0 or self.starts[first] + len(self.words[first]) <= start:
            first += 1
        last = bisect_left(self.starts, end)
        pieces = self.words[first:last]
        if pieces:  # the end first: when one word holds both ends, its offsets still count from its start
            pieces[-1] = pieces[-1][:end - self.starts[last - 1]]
            pieces[0] = pieces[0][max(0, start - self.starts[first]):]
        return pieces

    def holds_word(self, start: int, end: int, words: frozenset[str]) -> bool:
        """False only when no maximal ``\\w+`` run of ``text[start:end]`` is, in lower case, one of ``words`` (ASCII
        lower case): a set lookup per word where a pattern's scan would look at every character. A case-insensitive
        pattern each of whose matches holds one of ``words`` with no word character right before or after it (or
        at the stretch's ends) cannot match in the stretch then. Exact because lower-casing keeps a character a
        word character or not (only "İ" does not, and it lengthens the text); a text whose offsets do not align or
        whose letters fold to ASCII ones always passes."""
        return not self.aligned or self.folds or not words.isdisjoint(self.words_in(start, end))

    def letter_runs(self, start: int, end: int) -> set[str]:
        """The maximal ``[a-z]+`` runs of ``lowered[start:end]``: each lies inside one ``\\w+`` word (a-z are
        word characters), so they are read off the words that overlap the stretch, cut at its ends."""
        return _letter_runs(set(self.words_in(start, end)))

    def all_letter_runs(self) -> set[str]:
        """The maximal ``[a-z]+`` runs of the whole lowered text."""
        return _letter_runs(set(self.distinct))


def _holds_any(lowered: str, needs: tuple[str, ...]) -> bool:
    for word in needs:
        if word in lowered or "\u03c3" in word or "\u03c2" in word:  # σ and ς: lowered by their neighbours
            return True
    return False


def _letter_runs(words: set[str]) -> set[str]:
    runs = {word for word in words if word.isascii() and word.isalpha()}  # lower-cased, so [a-z]+ already
    for word in words - runs:
        if not word.isdigit():  # a number holds no letter (most words left here are numbers)
            runs.update(_LETTERS.findall(word))
    return runs


@lru_cache(maxsize=TEXT_WORDS_CACHE)
def text_words(text: str) -> TextWords:
    """The words of ``text``, read once per text (see the module's docstring)."""
    lowered = text.lower()
    pieces = _WORD_SPLIT.split(lowered)  # [gap, word, gap, word, ..., gap]: no match object per word (speed only)
    words = pieces[1::2]
    starts = list(accumulate(map(len, pieces[:-1])))[::2]  # a word starts where the pieces before it end
    return TextWords(text, lowered, words, starts, frozenset(words), len(lowered) == len(text), folds_to_ascii(text))


@dataclass(frozen=True)
class Beginnings:
    """Word beginnings (``gates.leading_words``) grouped by their first ``head`` characters, so that a word is
    checked with one dictionary lookup and, for the few words whose head fits, one ``startswith``."""

    head: int
    by_head: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, beginnings: tuple[str, ...]) -> Beginnings:
        head = min(map(len, beginnings))
        by_head: dict[str, tuple[str, ...]] = {}
        for beginning in beginnings:
            by_head[beginning[:head]] = by_head.get(beginning[:head], ()) + (beginning,)
        return cls(head, by_head)

    def words_in(self, words: TextWords) -> frozenset[str]:
        """The distinct words of ``words`` that begin with one of the beginnings."""
        head, by_head = self.head, self.by_head
        return frozenset(word for word in words.distinct if word.startswith(by_head.get(word[:head], ())))


def gated_scan(pattern: re.Pattern[str], words: TextWords, may_start: frozenset[str]) -> list[re.Match[str]]:
    """``list(pattern.finditer(words.lowered))`` for a pattern every match of which begins a word of
    ``may_start`` (the caller proves it, e.g. with ``gates.leading_words``): the pattern is only tried where such
    a word begins, and a match is kept only after the end of the previous one, as ``finditer`` does."""
    found: list[re.Match[str]] = []
    last_end = -1
    for word, start in zip(words.words, words.starts):
        if start >= last_end and word in may_start and (match := pattern.match(words.lowered, start)):
            found.append(match)
            last_end = match.end()
    return found
