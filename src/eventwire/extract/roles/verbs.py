"""The verbs a passage's sides turn on (violence, defence, death) and their voice (active or passive), found
once per article; and the sentence around a position."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from eventwire.extract.gates import leading_words
from eventwire.extract.words import Beginnings, gated_scan, text_words


VIOLENCE_VERB = re.compile(
    r"\b(?:attack(?:ed|s|ing)?|kill(?:ed|s|ing)?|launch(?:ed|es|ing)\s+(?:an?|its|their)\s+(?:\w+\s+)?offensive|"
    r"ambush(?:ed|es|ing)?|raid(?:ed|s|ing)?|shell(?:ed|s|ing)?|"
    r"bomb(?:ed|s|ing)?|struck|strik(?:e|es|ing)|target(?:ed|s|ing)?|"
    r"abduct(?:ed|s|ing)?|kidnap(?:ped|s|ping)?|"
    r"sho(?:t|ot|oting|ots)|open(?:ed)? fire|fir(?:ed|es|ing)|exchang(?:ed|es|ing) fire|storm(?:ed|s|ing)?|overr(?:an|un|unning)|"
    r"seiz(?:ed|es|ing)|captur(?:ed|es|ing)|clash(?:ed|es|ing)?|fought|fight(?:s|ing)?|assault(?:ed|s|ing)?|"
    r"massacr(?:ed|es|ing)|behead(?:ed|s|ing)?|burn(?:ed|t|s|ing)|loot(?:ed|s|ing)?|arrest(?:ed|s|ing)?|"
    r"detain(?:ed|s|ing)?|dispers(?:ed|es|ing)|beat(?:en|s|ing)?|injur(?:ed|es|ing)|wound(?:ed|s|ing)|"
    r"execut(?:ed|es|ing)|torch(?:ed|es|ing)|hit|bombard(?:ed|s|ing)?|besieg(?:ed|es|ing)|engag(?:ed|es|ing)|"
    r"battl(?:ed|es|ing)|murder(?:ed|s|ing)?|lynch(?:ed|es|ing)?|stab(?:bed|s|bing)?|rap(?:ed|es|ing)|"
    r"hack(?:ed|s|ing)|assassinat(?:ed|es|ing)|abduct(?:ion)?|tear[- ]gas(?:sed)?|rocket(?:ed)?|"
    r"thr(?:ew|own|owing|ows)|hurl(?:ed|s|ing)?|lob(?:bed|s|bing)?|plant(?:ed|s|ing)?|detonat(?:ed|es|ing)|"
    r"set(?:ting)?\s+(?:fire\s+to|ablaze|alight))\b",
    re.IGNORECASE,
)
# The subject of these verbs is the side that was attacked: "troops repelled an attack by militants" (round
# eighteen: "soldiers fought off separatists who attacked a checkpoint" too). Not
# "thwarted": ACLED makes the side that thwarted an attack actor1 (train's clashes with "thwart": 30 of 43 rows
# whose two actors we found had them that way round).
DEFENCE_VERB = re.compile(r"\b(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing)|fo(?:iled|il)|"
                          r"fend(?:ed)? off|fought off|beat(?:en)? back|came under (?:attack|fire)|survived)\b",
                          re.IGNORECASE)
# Their subject suffered: "three gendarmes died when ..." reads like "were killed".
DEATH_VERB = re.compile(r"\b(?:died|dies|die|perished|succumbed|lost\s+(?:their|his|her)\s+lives?)\b", re.IGNORECASE)
# "the army lost 17 men": a force that lost people suffered the act (scanned apart, only in texts with "lost").
LOST_PEOPLE = re.compile(r"\blost\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?[\w-]+\s+(?:of\s+its\s+)?"
                         r"(?:men|soldiers|troops|officers|policemen|fighters|members|personnel)\b")
# A participle followed by its agent is passive without an auxiliary: "a mine planted by militants",
# "two soldiers killed by a roadside bomb" (headline style).
BY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\b")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")


# How many articles' verb and sentence lists are kept: the assembly reads the passages of one article at a time.
VERB_CACHE_ARTICLES = 4


@lru_cache(maxsize=VERB_CACHE_ARTICLES)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of a whole text ends, found once per article."""
    return tuple(match.end() for match in SENTENCE_END.finditer(text))


def _sentence_bounds(text: str, start: int, end: int, position: int) -> tuple[int, int]:
    """The sentence of ``text[start:end]`` around ``position``."""
    ends = _sentence_ends(text)
    before = bisect.bisect_right(ends, position)  # ends[before - 1] <= position < ends[before]
    left = ends[before - 1] if before and ends[before - 1] > start else start
    right = ends[before] if before < len(ends) and ends[before] <= end else end
    return left, right


def _alternatives(pattern: re.Pattern[str]) -> str:
    """The ``a|b|c`` inside a ``\\b(?:a|b|c)\\b`` verb pattern."""
    return pattern.pattern[len("\\b(?:"):-len(")\\b")]


def _first_letters(*patterns: re.Pattern[str]) -> str:
    """A superset of the letters the verbs start with (every letter after a ``|`` or at the start)."""
    return "".join(sorted({part[0] for p in patterns for part in _alternatives(p).split("|") if part[:1].isalpha()}))


# The three verb lists in one case-sensitive scan of the lowered text (2-3 times faster than three
# case-insensitive scans); a lookahead on the first letter lets the engine skip most positions at once.
_VERB_SCAN = re.compile(
    rf"(?<!\w)(?=[{_first_letters(DEFENCE_VERB, DEATH_VERB, VIOLENCE_VERB)}])(?:(?P<defence>{_alternatives(DEFENCE_VERB)})"
    rf"|(?P<death>{_alternatives(DEATH_VERB)})|(?P<violence>{_alternatives(VIOLENCE_VERB)}))\b"
)

# Every match begins a word ((?<!\w) then a letter) with one of these (read off the pattern, never kept by hand).
_VERB_BEGINNINGS = Beginnings.of(leading_words(_VERB_SCAN) or ("",))


@lru_cache(maxsize=VERB_CACHE_ARTICLES)
def _verb_matches(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of every defence, death and violence verb of a whole text, sorted.

    ``assign_roles`` is called for many overlapping passages of one article: the verbs are found once.
    """
    words = text_words(text)
    lowered = words.lowered
    if not words.aligned:  # a character whose lower case is longer: keep the offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = []
    # Speed only: the article's words, read once (``words``), name the few places a verb may begin.
    scan = gated_scan(_VERB_SCAN, words, _VERB_BEGINNINGS.words_in(words)) if words.aligned else \
        _VERB_SCAN.finditer(lowered)
    for match in scan:
        kind = match.lastgroup or "violence"
        found.append((match.start(), match.end(), kind))
        if kind == "defence":  # "came under attack" also holds a violence verb; "beat back" and "fought off" begin
            # with one, which would make their subject the attacker (round eighteen)
            found += [(m.start(), m.end(), "violence")
                      for m in VIOLENCE_VERB.finditer(lowered, match.start() + 1, match.end())]
    if "lost " in lowered:
        found += [(m.start(), m.end(), "death") for m in LOST_PEOPLE.finditer(lowered)]
    return tuple(sorted(found))


def _verbs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, voice) of every violence or defence verb; voice: active | passive | defence."""
    matches = _verb_matches(text)
    found = []
    for first, last, kind in matches[bisect.bisect_left(matches, (start,)):bisect.bisect_left(matches, (end,))]:
        if last > end:
            continue
        if kind == "violence":
            passive = PASSIVE_BEFORE.search(text[max(start, first - 30):first]) or BY_AFTER.match(text, last, end)
            kind = "passive" if passive else "active"
        found.append((first, last, "passive" if kind == "death" else kind))
    return found
