"""``find_casualties``: every stated count of people killed or injured in a text, read sentence by sentence
around the death and injury words, hypotheticals and subsets left out."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from eventwire.extract.dates import lower_keeping_offsets, merge_windows
from eventwire.extract.fatalities.bombers import _SELF_DEATH_WORDS, _self_deaths
from eventwire.extract.fatalities.groups import _mentions_from
from eventwire.extract.fatalities.rules import (
    _NEGATIONS, _PREPOSITION_BEFORE, _RULES, _RULES_BY_START, RULES_AT_A_NAME,
)
from eventwire.extract.fatalities.totals import (_as_total_if_background, _ordinal_toll, in_wider_scope,
                                                 shared_over_events, without_first_counts, without_wider_totals)
from eventwire.extract.fatalities.triggers import (
    TRIGGER_STEMS, _count_worth_reading, _sentence_around, _trigger_close, _trigger_positions, _verb_triggers,
    _WORD_RE,
)
from eventwire.extract.fatalities.words import COUNT_WORDS, VAGUE_COUNTS
from eventwire.extract.numbers import parse_number
from eventwire.records import CasualtyMention, Span

# _WORD_RE's matches kept by ``split``: gaps and words in turn (no match is empty, so they alternate exactly)
_WORD_SPLIT = re.compile(f"({_WORD_RE.pattern})")


_HYPOTHETICAL_RE = re.compile(
    r"(?i)\b(?:could|would|might|(?-i:may)|(?-i:will)|shall|threaten(?:ed|ing|s)?\s+to|plan(?:s|ned|ning)?\s+to"
    r"|vow(?:ed|s)?\s+to|tried\s+to|try\s+to|attempt(?:ed|ing)?\s+to|intend(?:ed|s)?\s+to|aim(?:ed|s)?\s+to|if)\b[^.;]{0,40}$"
    r"|\bto\s+$"
)


_SUBSET_RE = re.compile(r"(?i)\b(?:including|among\s+them|among\s+whom|of\s+whom|among\s+the\s+dead(?:\s+were)?)"
                        r"\s*$"
                        # "the toll rose to 14 after four people who had been missing were found dead": the cause
                        # of a rise is a part of the risen toll, whatever words follow the figure ("has risen to 19
                        # victims after", "now stands at nine soldiers killed after", "rose to 14 on Sunday after")
                        r"|\b(?:(?:rose|risen|climbed|increased|jumped|grown|grew)\s+to|reached|stands\s+at)\s+[\w,]+"
                        r"(?:\s+[a-z]+){0,3}?\s+after\s+$")


def find_casualties(text: str, start: int = 0, end: int | None = None) -> list[CasualtyMention]:
    """Every stated count of people killed or injured in ``text[start:end]``, in text order.

    Spans are absolute offsets into ``text``. Denials ("no one was killed") give a 0 count; a conflict's running
    total ("has killed more than 40,000 people", "300,000 people have died") has ``kind="total"``; counts
    under "including ..." are parts of a total already stated and are left out; hypotheticals
    ("could kill", "threatened to kill") are skipped. Only sentences with a death or injury word are read.
    """
    end = len(text) if end is None else end
    found: list[CasualtyMention] = []
    taken: list[Span] = []
    lowered = lower_keeping_offsets(text, start, end)
    triggers = _trigger_positions(lowered, start, end)
    verb_triggers = _verb_triggers(lowered, triggers)
    scoped: list[bool] = []
    reading = _without_parenthetical_asides(text, start, end)
    for window_start, window_end in merge_windows(sorted(_sentence_around(lowered, t, start, end) for t in triggers)):
        statements = (*_denials(text, lowered, window_start, window_end),
                      *_stated_counts(reading, lowered, (window_start, window_end), triggers, verb_triggers))
        for span, mentions in statements:
            if not any(_overlaps(span, kept) for kept in taken):
                taken.append(span)
                mentions = [_with_span_text(m, text) for m in mentions] if reading is not text else mentions
                read = [_as_total_if_background(_ordinal_toll(m), text, window_start, window_end) for m in mentions]
                found.extend(read)
                scoped.extend(in_wider_scope(m, text, window_start, window_end) for m in read)
        if any(word in lowered[window_start:window_end] for word in _SELF_DEATH_WORDS):
            selves = _self_deaths(text, window_start, window_end)
            found.extend(selves)
            scoped.extend(False for _ in selves)
    if any(scoped):
        found = without_wider_totals(found, scoped)
    found = shared_over_events(without_first_counts(found, text), text, start, end)
    return sorted(found, key=lambda m: m.span.start)


# A parenthesis holding no death word is an aside a statement reads past: "three fighters of the Syrian Democratic
# Forces (SDF) and two tribal gunmen were killed", "three Fulani and three farmers (including the village chief)
# were killed" (train: 53 notes with a parenthesis between a count and its verb, 15 % read right before).
_PARENTHESIS_RE = re.compile(r"\([^()]{1,80}\)")


def _without_parenthetical_asides(text: str, start: int, end: int) -> str:
    """``text`` with the parentheses in ``text[start:end]`` that hold no death word blanked, and the quotation
    marks around a quoted vague count (same length)."""
    reading = text
    if text.find("(", start, end) != -1:
        reading = text[:start] + _PARENTHESIS_RE.sub(_blank_unless_deaths, text[start:end]) + text[end:]
    if any(text.find(mark, start, end) != -1 for mark in ('"', "“")):  # speed only: no quote, no quoted count
        reading = reading[:start] + _QUOTED_COUNT.sub(_unquoted, reading[start:end]) + reading[end:]
    return reading


# 'killing "dozens" of fighters', "killed “scores” of people": a count in scare quotes is the count.
_QUOTED_COUNT = re.compile(r"[\"“](dozens|scores|hundreds|tens|several|many|a few|a dozen|[\d,]+|\w+teen|\w+ty)[\"”]",
                           re.IGNORECASE)


def _unquoted(quoted: re.Match[str]) -> str:
    return f" {quoted.group(1)} "


def _blank_unless_deaths(parenthesis: re.Match[str]) -> str:
    """Blanks an aside; keeps a parenthesis that tells deaths or deaths kept apart ("(coded separately)":
    train, reading past it counted deaths the coder kept out)."""
    inside = parenthesis.group(0).lower()
    kept = "separately" in inside or any(stem in inside for stem in TRIGGER_STEMS)
    return parenthesis.group(0) if kept else " " * len(inside)


def _with_span_text(mention: CasualtyMention, text: str) -> CasualtyMention:
    """The mention with its span's text as written (its parentheses back)."""
    return replace(mention, span=Span(mention.span.start, mention.span.end, text[mention.span.start:mention.span.end]))


def _stated_counts(text: str, lowered: str, window: tuple[int, int], triggers: list[int],
                   verb_triggers: list[int]) -> Iterator[tuple[Span, list[CasualtyMention]]]:
    """Per matched statement: its span and its mentions (one per kind of victim), best rule first."""
    start, end = window
    matches: list[tuple[int, int, re.Match[str], str]] = []
    sentence = lowered[start:end]
    pieces = _WORD_SPLIT.split(sentence)  # [gap, word, gap, ..., gap]: no match object per word (speed only)
    position = start
    for piece in range(1, len(pieces), 2):
        word_start = position + len(pieces[piece - 1])
        spelled = pieces[piece]
        position = word_start + len(spelled)
        rules = _RULES_BY_START.get("0" if spelled[0].isdigit() else spelled, ())
        at_a_name = not rules and _possessive_name(text, word_start, position)
        if at_a_name:
            rules = RULES_AT_A_NAME
        elif not rules:
            continue  # most words start no rule
        word = _WORD_RE.match(lowered, word_start, end)  # the match ``finditer`` gave here: the same span
        assert word is not None
        count_read = _trigger_close(word, triggers) if at_a_name else _count_worth_reading(lowered, word, triggers)
        verb_read = count_read and _trigger_close(word, verb_triggers)
        for index in rules:
            if _RULES[index].starts is None and not (verb_read if _RULES[index].verb_after else count_read):
                continue  # a count with no death or injury word close behind it
            if _RULES[index].needs and not any(map(sentence.__contains__, _RULES[index].needs)):  # map: no frame
                continue
            match = _RULES[index].pattern.match(text, word.start(), end)
            if (match and not _follows(_RULES[index].not_after, text, _past_a_preposition(text, word.start()))
                    and not _tail_misread(match)
                    and not _is_a_day(match) and not _vague_count_conjoined(match) and not _one_burial(match)
                    and not _counted_twice(match)):
                matches.append((index, match.start(), match, _RULES[index].kind))
    for index, _, match, kind in sorted(matches, key=lambda m: (m[0], m[1])):
        if _is_hypothetical(text, match.start()) or _in_a_whose_clause(text, match.start()) or (
                not _RULES[index].breakdown and _is_subset(text, match.start("groups"))
                and not _dead_among_casualties(text, match.start("groups"))):
            continue
        if "injured" in match.re.groupindex and match["injured"] is not None:
            kind = "injured"
        elif _OR_WOUNDED_RE.match(text, match.end()):
            kind = "injured"  # "were killed or wounded": casualties, no deaths told
        losses = _LOST_RE.match(match.group(0)) or _OF_ITS_MEN_RE.search(match.group("groups"))
        mentions = [_as_force_losses(m) if losses else m for m in _mentions_from(match, kind)]
        if mentions:
            yield mentions[0].span, mentions


# "over" and "about" are qualifiers ("over 20 people") and prepositions ("protested over two colleagues who were
# beaten to death": the deaths a protest is about, told elsewhere).
_QUALIFIER_OR_PREPOSITION_RE = re.compile(r"(?i)(?:over|about)\s+")


def _past_a_preposition(text: str, start: int) -> int:
    """Where the words a rule's ``not_after`` is checked before begin: past an opening "over" or "about"."""
    opening = _QUALIFIER_OR_PREPOSITION_RE.match(text, start)
    return opening.end() if opening else start


def _possessive_name(text: str, start: int, after: int) -> bool:
    """"Somalia's minister": a capitalised word (``text[start:after]``) with a possessive, which may open a count
    of one person."""
    return text[after:after + 1] in ("'", "’") and text[after + 1:after + 3] in ("s ", "s\n") and text[start].isupper()


# "Dozens were killed or wounded", "left 40 persons dead or injured": a count of casualties, not of the dead (train:
# 252 notes use the wording, three in four coded 0; the rest take their figure from another sentence).
_OR_WOUNDED_RE = re.compile(r"(?i)\s+(?:and/)?or\s+(?:were\s+|was\s+)?(?:wounded|injured|hurt|maimed)\b")


_PREPOSITION_BEFORE_RE = re.compile(rf"(?i){_PREPOSITION_BEFORE}$")


# "the army lost 10 men": the men a side lost are its fighters, not civilians (one victim group with "ten
# soldiers were killed", so the two statements compete instead of adding up).
_LOST_RE = re.compile(r"(?i)(?:lost|losing|loses)\s")
# "the army said six of its men died": a side's own men are its fighters too
_OF_ITS_MEN_RE = re.compile(r"(?i)\bof\s+(?:its|their)\s+(?:own\s+)?m[ae]n$")


def _as_force_losses(mention: CasualtyMention) -> CasualtyMention:
    if mention.who and re.search(r"(?i)\bm[ae]n$", mention.who):
        return replace(mention, who=f"{mention.who} of the forces")
    return mention


def _denials(text: str, lowered: str, start: int, end: int) -> Iterator[tuple[Span, list[CasualtyMention]]]:
    window = lowered[start:end]
    if "no" not in window and "without" not in window:
        return
    for pattern, kind in _NEGATIONS:
        for match in pattern.finditer(text, start, end):
            span = Span(match.start(), match.end(), match.group(0))
            yield span, [CasualtyMention(low=0, high=0, kind=kind, qualifier="exact", who=None, span=span)]


# A day of the month is no count: "shot on February 9 died", "on 9 March killed". A full month name before a full
# stop ends a dateline ("12 May. Two soldiers were killed"): only abbreviations take a dot. Checked after a match
# (a lookaround inside every counted group of every rule made compiling the rules 1.6 G instructions slower).
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
_MONTH_BEFORE_RE = re.compile(rf"(?i)\b(?:(?:{_MONTHS})|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.)\s$")
_MONTH_AFTER_RE = re.compile(rf"(?i)\d+(?:st|nd|rd|th)?\s+(?:{_MONTHS.replace('|may', '')})\b")


def _is_a_day(match: re.Match[str]) -> bool:
    groups_start = match.start("groups")
    if not match.string[groups_start:groups_start + 1].isdigit():
        return False
    return bool(_MONTH_BEFORE_RE.search(match.string, max(0, groups_start - 12), groups_start)
                or _MONTH_AFTER_RE.match(match.string, groups_start))


# "Raisani, a member of the Balochistan Awami Party, was buried in his home town": one person's funeral after the
# toll, not a count of the dead ("43 rice farmers were buried", "a villager was buried alive" still count).
_ONE_BURIED_RE = re.compile(r"(?i)^(?:a|an|the|his|her|one)\s[^.;]*\bburied$")


def _one_burial(match: re.Match[str]) -> bool:
    return (match.group(0).endswith("buried") and _ONE_BURIED_RE.match(match.group(0)) is not None
            and not _ALIVE_RE.match(match.string, match.end()))


_ALIVE_RE = re.compile(r"(?i)\s+alive\b")


# "the minister lowered the figure to 12, saying three deaths had been counted twice": the count a toll was lowered by
# is no count of the dead.
_COUNTED_TWICE_RE = re.compile(r"(?i)\s+(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?(?:counted|recorded|registered"
                               r"|listed)\s+(?:twice|more\s+than\s+once)|\s+(?:had\s+been\s+|were\s+)?double[- ]counted"
                               # the count's own verb read: "four bodies were counted" + " twice"
                               r"|(?<=counted)\s+(?:twice|more\s+than\s+once)\b")


def _counted_twice(match: re.Match[str]) -> bool:
    return (_COUNTED_TWICE_RE.match(match.string, match.end()) is not None
            or _PROVED_WRONG_RE.match(match.string, match.end()) is not None)


# "Early reports of 20 dead proved wrong": a count the story says was wrong is no count.
_PROVED_WRONG_RE = re.compile(r"(?i)\s+(?:(?:later\s+)?proved|turned\s+out\s+to\s+be|were|was)\s+(?:wrong|false|untrue"
                              r"|inaccurate|incorrect|exaggerated|unfounded)\b")


def _tail_misread(match: re.Match[str]) -> bool:
    """A counted group reaching its verb past a tail, where the tail is not the subject's: a preposition governs the
    group ("the brother of one of the civilians who took up arms died": the relative-clause rule's guard), or the
    group is a bare count whose noun the tail swallowed ("one injured policeman later died")."""
    if "tail" not in match.re.groupindex or match["tail"] is None:
        return False
    last_word = match["groups"].split()[-1].lower()
    bare_count = last_word in COUNT_WORDS or parse_number(last_word) is not None
    return bare_count or _follows(_PREPOSITION_BEFORE_RE, match.string, match.start())


# "Hundreds of soldiers and police have been killed since": a vague count over two nouns is a conflict's running
# total far more often than an act's dead (news-dev7: the only such reading made a false event).
_VAGUE_START_RE = re.compile(r"(?i)(?:" + "|".join(sorted(VAGUE_COUNTS, key=len, reverse=True)) + r")\b")


def _vague_count_conjoined(match: re.Match[str]) -> bool:
    """A vague count read over two conjoined nouns ("dozens of soldiers and police were killed")."""
    return "conjoined" in match.re.groupindex and match["conjoined"] is not None and bool(
        _VAGUE_START_RE.match(match["groups"]))


def _follows(pattern: re.Pattern[str] | None, text: str, position: int) -> bool:
    """Whether ``pattern`` matches the words just before ``position`` (a rule's ``not_after``)."""
    return pattern is not None and bool(pattern.search(text, max(0, position - 30), position))


def _is_hypothetical(text: str, position: int) -> bool:
    return bool(_HYPOTHETICAL_RE.search(text, max(0, position - 60), position))


# "said a trader whose brother and two nephews were killed": the dead of a whose-clause are a person's own, told to
# say who speaks, not the act's count (the person's noun ends a count before "whose": ``phrases._STOP_WORDS``).
_WHOSE_CLAUSE_RE = re.compile(r"(?i)\bwhose\s+(?:[\w'’-]+\s+){1,4}?and\s+$")


def _in_a_whose_clause(text: str, position: int) -> bool:
    return bool(_WHOSE_CLAUSE_RE.search(text, max(0, position - 50), position))


def _is_subset(text: str, position: int) -> bool:
    return bool(_SUBSET_RE.search(text, max(0, position - 60), position))


# "fifteen worshippers were killed or injured, including six dead", "20 casualties, among them three dead": the head
# count is of casualties (no death figure), so the dead under it are the only count of the dead, not a part of one.
_CASUALTIES_BEFORE_RE = re.compile(r"(?i)(?:\bcasualties|\b(?:killed|dead)\s+(?:and/)?or\s+(?:wounded|injured|hurt))"
                                   r"[^.;]{0,30}?\b(?:including|among\s+them|of\s+whom)\s*$")


def _dead_among_casualties(text: str, position: int) -> bool:
    return bool(_CASUALTIES_BEFORE_RE.search(text, max(0, position - 80), position))


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
