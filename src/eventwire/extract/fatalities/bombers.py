"""Suicide bombers who died by their own charge ("blew himself up"): ACLED counts them among the dead."""

from __future__ import annotations

import re
from typing import Iterator

from eventwire.extract.numbers import NUMBER_PATTERN, WORD_NUMBER_PATTERN, parse_number
from eventwire.records import CasualtyMention, Span


# A suicide bomber who set off the charge died: "blew himself up", "detonated herself", "killed themselves",
# "a suicide bomber killed four people", "nine dead (plus bombers)". ACLED counts the bombers among the
# fatalities (train's 223 suicide-bomber notes: 46 % read right before, see docs/decisions/dates-fatalities.md).
_SELF_DEATH_RE = re.compile(r"(?i)\b(?:(?:blew|blown|blowing|blows)\s+(?:himself|herself|themselves)\s+up"
                            r"|(?:detonated|detonating|detonates|exploded|exploding)\s+(?:himself|herself|themselves)"
                            r"|(?:killed|killing|kills)\s+(?:himself|herself|themselves)"
                            r"|suicide\s+(?:car\s+|truck\s+|vest\s+)?bombers?\b(?:(?!\b(?:was|were|is|are|been)\b)[^.;]){0,120}?"
                            r"\b(?:killed|killing|kills)\b(?!\s+(?:by|in|when|as|while))"
                            r"|\(plus\s+(?:the\s+|two\s+|both\s+)?(?:self|(?:suicide\s+)?bombers?)\))")
_SELF_DEATH_WORDS = ("himself", "herself", "themselves", "bomber")
# The bombers counted before the deed: "two female suicide bombers", "a suicide bomber" (within this reach).
BOMBERS_REACH = 160
# The words between the count and "bombers" are words, not another number or a dash: "BAGHDAD, Jan 21 - Two
# suicide bombers" counts two, not the dateline's day.
_BOMBERS_RE = re.compile(rf"(?i)\b(?P<count>{NUMBER_PATTERN}|a|an|one)\s+"
                         rf"(?:(?!{WORD_NUMBER_PATTERN}\b)[^\W\d_][\w-]*\s+){{0,3}}?(?:suicide\s+)?bombers?\b")
# "killing twelve people, including the bomber": the bomber is already in the count.
_BOMBER_INCLUDED_RE = re.compile(r"(?i)\b(?:including|among\s+them|among\s+the\s+dead\s+(?:was|were))\s+"
                                 r"(?:the\s+|both\s+|two\s+|three\s+)?(?:suicide\s+)?(?:bombers?|attackers?)")


SELF_DEATH_WHO = "suicide bombers (their own charge)"
# "two of the attackers were shot dead and a third blew himself up": a bomber on top of the attackers counted.
_ANOTHER_BEFORE_RE = re.compile(r"(?i)\b(?:a\s+(?:third|fourth|fifth)|another|the\s+other)\s+(?:[\w-]+\s+){0,2}?$")
ANOTHER_REACH = 40  # characters before "blew himself up" searched for "a third (attacker)"
ANOTHER_BOMBER_RE = re.compile(r"(?i)^(?:a\s+(?:third|fourth|fifth)|another|the\s+other)\b")


def _self_deaths(text: str, start: int, end: int) -> Iterator[CasualtyMention]:
    """The suicide bombers who died by their own charge, as attackers killed (kept beside overlapping counts)."""
    for match in _SELF_DEATH_RE.finditer(text, start, end):
        if _BOMBER_INCLUDED_RE.search(text, start, end):
            return
        one = re.search(r"(?i)himself|herself|bomber\b|self\)", match.group(0))
        # "one blew himself up" is one bomber even after "two suicide bombers"
        bombers = 1 if one else _bombers_before(text, max(start, match.start() - BOMBERS_REACH), match.end()) or 2
        another = _ANOTHER_BEFORE_RE.search(text, max(start, match.start() - ANOTHER_REACH), match.start())
        begin = another.start() if another else match.start()  # the span keeps "a third": one more attacker
        span = Span(begin, match.end(), text[begin:match.end()])
        yield CasualtyMention(low=bombers, high=bombers, kind="attackers_killed", qualifier="exact",
                              who=SELF_DEATH_WHO, span=span)
        return  # one statement of a bombing's bombers per sentence


def _bombers_before(text: str, start: int, end: int) -> int | None:
    counts = [m["count"].lower() for m in _BOMBERS_RE.finditer(text, start, end)]
    if not counts:
        return None
    last = counts[-1]
    return 1 if last in ("a", "an", "one") else parse_number(last)
