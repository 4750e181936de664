"""Word gates read off a compiled pattern, so a gate can never fall behind the pattern it guards.

``required_words(pattern)`` gives lower-case strings one of which every match of ``pattern`` holds (in the
lower-cased matched text), or None when the pattern has no such set (a match may consist of character
classes only, or the strings grow past ``MAX_GATE_STRINGS``). ``lexicon.may_hold_any(text, words)`` is the gate:
when it is False the pattern cannot match anywhere in ``text``.

How it reads a pattern (``re._parser``, the parse tree ``re.compile`` itself uses):
- a run of consecutive literal characters, optional parts (``s?``) and small alternations (``(?:s|ed)``) is a
  finite set of strings, and every match holds one of them in a row (zero-width parts such as ``\\b`` and
  look-arounds do not break the run, since they consume nothing);
- an alternation requires the union of what each branch requires; a repeat at least once, what its body
  requires; a group, what its content requires;
- every stretch of such a run is a requirement too; of those a sequence offers, the cheapest rare one is kept
  (``_best``), and strings that contain another kept string are dropped ("attacked" is implied by "attack").
Only ASCII literals count: case-insensitive matching equates an ASCII letter only with itself, its other case
and the four code points ``lexicon.folds_to_ascii`` guards against, so the lower-cased match holds the
lower-cased literal.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
from typing import Any

# Beyond this many strings a finite run is not spelled out further (its shorter stretches still are): a product
# of alternations grows fast, and round four measured a 36-word gate in front of the modality regex to cost
# what it saved.
MAX_CHOICES = 48
# Gate strings with this many letters are rare enough in a sentence that a longer one is not worth more strings
# (chosen so that " the " or "in a" never wins over "drill" or "audio"; checked on the gates printed for every
# ``*_NEEDS`` list the extractor kept by hand: each derived gate implies the hand-kept one).
RARE_ENOUGH = 5
# The most strings a gate may list: the alternatives of a long alternation each bring their own word (the speech
# look-back of ``mentions`` needs 48 after minimising); a gate this long still costs about a microsecond a call.
MAX_GATE_STRINGS = 64
# The most beginnings ``leading_words`` lists (a word's beginnings are looked up once per distinct word).
MAX_BEGINNINGS = 1024
# The most repetitions of a bounded repeat (``x{1,3}``) spelled out as strings.
MAX_SPELLED_REPEAT = 3
# Character classes of at most this many single characters (``[sS]``, ``['’]``, ``[ -]``) are spelled out.
MAX_CLASS_CHARS = 4

_ZERO_WIDTH = frozenset({_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT})
_REPEATS = frozenset({_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT})

Choices = frozenset[str]


def required_words(pattern: re.Pattern[str], shunned: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` holds, shortest first; None when none exist.
    ``shunned``: words too common in the texts a gate is asked of to be worth one ("killing" before a suicide
    bomber's wording): a requirement that lists one is passed over when another one can be read."""
    found = _required(_sre_parse.parse(pattern.pattern, pattern.flags), shunned)
    return None if found is None else tuple(sorted(found, key=lambda word: (len(word), word)))


def _required(items: Any, shunned: frozenset[str] = frozenset()) -> Choices | None:
    """What a sequence of parsed items requires: the best of its finite runs and of its items' own needs."""
    candidates: list[tuple[Choices, int]] = []
    run: list[Choices] = []
    for op, value in items:
        spelled = _spelled(op, value)
        if spelled is not None:
            run.append(spelled)
            if op is _sre.BRANCH or op is _sre.SUBPATTERN:  # a few words inside may beat spelling it all out
                _add_candidate(candidates, _item_needs(op, value, shunned))
            continue
        candidates += _run_requirements(run)
        run = []
        _add_candidate(candidates, _item_needs(op, value, shunned))
    candidates += _run_requirements(run)
    return _best(candidates, shunned)


def _add_candidate(candidates: list[tuple[Choices, int]], choices: Choices | None) -> None:
    if choices:
        candidates.append((choices, _fewest_letters(choices)))


def _run_requirements(run: list[Choices]) -> list[tuple[Choices, int]]:
    """Every stretch of a run of spelled items is a requirement: the match holds one of its strings in a row.
    Each comes with the letters of its shortest string (they add up along the stretch). Only stretches that
    start where a word may start are read, and a stretch stops growing at the end of the word in which it
    became rare enough (a longer one could only list more strings). Every stretch is sound, so leaving some
    unread only changes which gate is picked, never whether it is right (and keeps the import fast)."""
    letters = [_fewest_letters(part) for part in run]
    in_word = [len(part) == 1 and next(iter(part)).isalpha() for part in run]  # one letter, no choice
    found: list[tuple[Choices, int]] = []
    for first in range(len(run)):
        if first > 0 and in_word[first - 1] and in_word[first]:
            continue  # inside a word: the stretch from the word's start holds this one
        stretch: Choices = frozenset({""})
        stretch_letters = 0
        for index in range(first, len(run)):
            if len(stretch) * len(run[index]) > MAX_CHOICES:
                break
            if stretch_letters >= RARE_ENOUGH and not in_word[index]:
                break
            stretch, stretch_letters = _product(stretch, run[index]), stretch_letters + letters[index]
            if "" not in stretch:
                found.append((stretch, stretch_letters))
    return found


def _item_needs(op: Any, value: Any, shunned: frozenset[str]) -> Choices | None:
    """What one item that is not a short finite set requires (a group, an alternation, a repeat)."""
    if op is _sre.SUBPATTERN:
        return _required(value[3], shunned)
    if op is _sre.ATOMIC_GROUP:
        return _required(value, shunned)
    if op is _sre.BRANCH:
        united = _union([_required(branch, shunned) for branch in value[1]], MAX_GATE_STRINGS)
        return None if united is None else _minimal(united)
    if op in _REPEATS and value[0] >= 1:
        return _required(value[2], shunned)
    return None


def _spelled(op: Any, value: Any) -> Choices | None:
    """Every string one item can match when they are few and plain ASCII (zero-width items match ""), else None."""
    if op in _ZERO_WIDTH:
        return frozenset({""})
    if op is _sre.LITERAL:
        return _literal(value)
    if op is _sre.IN:
        return _spelled_class(value)
    if op is _sre.SUBPATTERN:
        return _spelled_sequence(value[3])
    if op is _sre.BRANCH:
        return _union([_spelled_sequence(branch) for branch in value[1]])
    if op in _REPEATS and value[1] <= MAX_SPELLED_REPEAT:
        return _spelled_repeat(value[0], value[1], _spelled_sequence(value[2]))
    return None


def _literal(code: int) -> Choices | None:
    character = chr(code)
    return frozenset({character.lower()}) if character.isascii() else None


def _spelled_class(members: Any) -> Choices | None:
    if len(members) > MAX_CLASS_CHARS or any(op is not _sre.LITERAL for op, _ in members):
        return None
    return _union([_literal(code) for _, code in members])


def _spelled_sequence(items: Any) -> Choices | None:
    spelled: Choices = frozenset({""})
    for op, value in items:
        part = _spelled(op, value)
        if part is None or len(spelled) * len(part) > MAX_CHOICES:
            return None
        spelled = _product(spelled, part)
    return spelled


def _spelled_repeat(least: int, most: int, body: Choices | None) -> Choices | None:
    if body is None:
        return None
    spelled: set[str] = set()
    power: Choices = frozenset({""})
    for times in range(most + 1):
        if times >= least:
            spelled |= power
        if len(power) * len(body) > MAX_CHOICES:
            return None
        power = _product(power, body)
    return frozenset(spelled) if len(spelled) <= MAX_CHOICES else None


def _product(left: Choices, right: Choices) -> Choices:
    return frozenset(a + b for a in left for b in right)


def _union(parts: list[Choices | None], limit: int = MAX_CHOICES) -> Choices | None:
    united: set[str] = set()
    for part in parts:
        if part is None:
            return None
        united |= part
    return frozenset(united) if len(united) <= limit else None


def _minimal(choices: Choices) -> Choices:
    """Drop every string that holds another of the strings: holding the shorter one is already required."""
    return frozenset(c for c in choices if not any(o != c and o in c for o in choices))


def _best(candidates: list[tuple[Choices, int]], shunned: frozenset[str] = frozenset()) -> Choices | None:
    """The cheapest rare requirement: strings of ``RARE_ENOUGH`` letters or more count as equally rare, then the
    fewest strings (each is one substring search of the gate), then the most letters in the shortest string; one
    that lists a ``shunned`` word only when nothing else is required."""
    best: Choices | None = None
    best_key = (-1, -1, 0, 0)
    for choices, letters in candidates:
        if len(choices) > MAX_GATE_STRINGS:
            continue
        key = (not _shuns(choices, shunned), min(letters, RARE_ENOUGH), -len(choices), letters)
        if key > best_key:
            best, best_key = choices, key
    return None if best is None else _minimal(best)


def _shuns(choices: Choices, shunned: frozenset[str]) -> bool:
    """A requirement that lists a shunned word or a piece of one ("killin" of "killing") is met as often."""
    return any(choice.strip() in word for word in shunned for choice in choices)


def _fewest_letters(choices: Choices) -> int:
    """Rarity of a requirement: the letters of its shortest string (" the " is as common as "the")."""
    return min(sum(map(str.isalpha, choice)) for choice in choices)


def leading_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case beginnings one of which the matched text of ``pattern`` starts with (letters and digits only,
    so each lies inside the first word of the match), shortest first; None when some match may begin otherwise
    (with a character class, a non-ASCII letter, or nothing literal at all). Zero-width items at the start
    (``\\b``, look-arounds) are passed over: they consume nothing."""
    found = _leading(_sre_parse.parse(pattern.pattern, pattern.flags))
    if found is None or "" in found:
        return None
    return tuple(sorted(found, key=lambda word: (len(word), word)))


def leading_words_by_branch(pattern: re.Pattern[str]) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] | None:
    """For a pattern that is one alternation (after zero-width items such as ``\\b``): each alternative's gate words
    (as ``gate_words``: ``("",)`` when it has none) and the beginnings its matches start with (as ``leading_words``).
    A text that holds none of an alternative's gate words cannot match it, so only the beginnings of the others
    can start a match. None when the pattern is not one alternation or some alternative has no beginnings."""
    items = list(_sre_parse.parse(pattern.pattern, pattern.flags))
    while items and items[0][0] in _ZERO_WIDTH:
        items.pop(0)
    if len(items) != 1 or items[0][0] is not _sre.BRANCH:
        return None
    branches = []
    for branch in items[0][1][1]:
        needs, beginnings = _required(branch), _leading(branch)
        if beginnings is None or "" in beginnings:
            return None
        gate = tuple(sorted(_minimal(needs), key=lambda word: (len(word), word))) if needs else ("",)
        branches.append((gate, tuple(sorted(beginnings, key=lambda word: (len(word), word)))))
    return tuple(branches)


def _leading(items: Any) -> Choices | None:
    beginnings: Choices = frozenset({""})
    for index, (op, value) in enumerate(items):
        if op in _ZERO_WIDTH or _is_zero_width_branch(op, value):
            continue
        if op is _sre.LITERAL and chr(value).isascii() and chr(value).isalnum():
            beginnings = frozenset(b + chr(value).lower() for b in beginnings)
            continue
        if op in _REPEATS and value[0] == 0 and beginnings == {""}:  # an optional start: read on past it
            inner = _leading_past_optional(value[2], items[index + 1:])
        else:
            inner = _leading_of_item(op, value)
        if inner is None:
            return None if beginnings == {""} else beginnings
        if "" in inner and beginnings == {""}:
            # a start that may match nothing ("(?i:(?:last|this)\s+|on\s+)?)" wrapped in a group): read on past it
            rest = _leading(items[index + 1:])
            return None if rest is None else _union([inner - {""}, rest], MAX_BEGINNINGS)
        return frozenset(b + i for b in beginnings for i in inner)
    return beginnings


def _is_zero_width_branch(op: Any, value: Any) -> bool:
    """An alternation each alternative of which consumes nothing (look-arounds and anchors only)."""
    return op is _sre.BRANCH and all(all(item_op in _ZERO_WIDTH for item_op, _ in branch) for branch in value[1])


def _leading_past_optional(body: Any, rest: Any) -> Choices | None:
    """The beginnings of an optional item and what follows it ("(?:air\\s*|drone\\s+)?strikes?"): a match begins
    with the item's beginnings or, without it, with the rest's; None when either may begin with nothing literal."""
    with_body, without_body = _leading(body), _leading(rest)
    if with_body is None or without_body is None or "" in with_body:
        return None
    return _union([with_body, without_body], MAX_BEGINNINGS)


def _leading_of_item(op: Any, value: Any) -> Choices | None:
    if op is _sre.IN and all(kind is _sre.LITERAL and chr(code).isascii() and chr(code).isalnum()
                             for kind, code in value):
        return frozenset(chr(code).lower() for _, code in value)
    if op is _sre.SUBPATTERN:
        return _leading(value[3])
    if op is _sre.BRANCH:
        return _union([_leading(branch) for branch in value[1]], MAX_BEGINNINGS)
    return None


def gate_words(pattern: re.Pattern[str], shunned: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """``required_words`` as the words of a ``lexicon.may_hold_any`` gate. A pattern that has none (someone gave
    it an alternative without a literal word) gets ``("",)``, which every text holds: never skipped, never wrong."""
    return required_words(pattern, shunned) or ("",)


# The most first words ``whole_words`` spells out (an alternation of words lists one per alternative).
MAX_WHOLE_WORDS = 256
_NOT_WORD_CATEGORIES = frozenset({_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD})

# A spelling in progress: the lower-case letters read so far, and whether a character that is no word character
# has ended the first word (the rest of the alternative no longer changes it).
_Spelling = tuple[str, bool]


def whole_words(alternation: str) -> frozenset[str]:
    """The first word of every string ``alternation`` matches, in lower case (``crew(?:\\s+members)?`` gives
    "crew", ``m[ae]n`` "man" and "men"), read off the pattern (``re._parser``) so that a set of whole words kept
    for a word gate (``TextWords.holds_word``) can never fall behind its pattern. The first word ends at the first
    character that is no word character (a blank, "-", "'") or at the alternation's end: a pattern that uses the
    set must put a word boundary there and before the alternation (its tests check). Raises ValueError where a
    first word cannot be spelled (a class of letters, a repeat of word characters, a non-ASCII letter, an
    alternative that may begin with no word character)."""
    spellings = _spell_first_words(_sre_parse.parse(alternation, re.IGNORECASE), {("", False)})
    words = frozenset(word for word, _ in spellings)
    if "" in words:
        raise ValueError(f"an alternative of {alternation!r} may begin with no word character")
    return words


def _spell_first_words(items: Any, spellings: set[_Spelling]) -> set[_Spelling]:
    for op, value in items:
        spellings = _spell_item(op, value, spellings)
        if len(spellings) > MAX_WHOLE_WORDS:
            raise ValueError("too many first words to spell out")
    return spellings


def _spell_item(op: Any, value: Any, spellings: set[_Spelling]) -> set[_Spelling]:
    if all(ended for _, ended in spellings) or op in _ZERO_WIDTH:
        return spellings
    if op is _sre.LITERAL:
        return {_spell_character(chr(value), spelling) for spelling in spellings}
    if op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in value):
        return {_spell_character(chr(code), spelling) for _, code in value for spelling in spellings}
    if op is _sre.IN and all(kind is _sre.CATEGORY and code in _NOT_WORD_CATEGORIES for kind, code in value):
        return {(word, True) for word, _ in spellings}
    if op is _sre.SUBPATTERN:
        return _spell_first_words(value[3], spellings)
    if op is _sre.BRANCH:
        return set().union(*(_spell_first_words(branch, spellings) for branch in value[1]))
    if op in _REPEATS and value[1] <= MAX_SPELLED_REPEAT:
        return _spell_repeat(value[0], value[1], value[2], spellings)
    if op in _REPEATS and value[0] >= 1 and _ends_every_word(value[2]):
        return {(word, True) for word, _ in spellings}
    raise ValueError(f"a first word cannot be spelled through {op}")


def _spell_character(character: str, spelling: _Spelling) -> _Spelling:
    word, ended = spelling
    if ended:
        return spelling
    if not character.isascii():
        raise ValueError(f"a first word holds the non-ASCII {character!r}")
    return (word + character.lower(), False) if character.isalnum() or character == "_" else (word, True)


def _spell_repeat(least: int, most: int, body: Any, spellings: set[_Spelling]) -> set[_Spelling]:
    spelled: set[_Spelling] = set()
    for times in range(most + 1):
        if times >= least:
            spelled |= spellings
        spellings = _spell_first_words(body, spellings)
    return spelled


def _ends_every_word(body: Any) -> bool:
    """A repeated body (``\\s+``) whose every match begins with a character that is no word character."""
    return _spell_first_words(body, {("", False)}) == {("", True)}
