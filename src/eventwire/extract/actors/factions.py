"""Boko Haram's factions: plain "Boko Haram" is JAS in a text that tells it apart from the Islamic State's
West Africa branch, else ACLED's either-faction actor."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.records import ActorMention


# "Boko Haram" alone is ACLED's either-faction actor unless the text tells the factions apart: it names Shekau,
# JAS, ISWAP or the Islamic State besides Boko Haram (not in one combined phrase such as "ISWAP or Boko Haram").
# Then "Boko Haram" is JAS (train notes: 237 JAS, 81 either, 52 ISWAP; without such a name 920 either, 12 JAS).
BOKO_HARAM_EITHER = "Islamic State (West Africa) and/or Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
BOKO_HARAM_JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
BOKO_HARAM_COMBINED = re.compile(
    r"Boko Haram\s*(?:/|\bor\b|\band\b|\(or\))\s*(?:ISWAP|IS|ISIS|Islamic State)\b"
    r"|\b(?:ISWAP|IS|ISIS)\s*(?:/|\bor\b|\band\b)\s*Boko Haram")
JAS_NAMED = re.compile(r"\bShekau|\bJAS\b|Jama'?atu")
ISWAP_NAMED = re.compile(r"\bISWAP\b|Islamic State|\bIS\b|\bISIS\b|\bISIL\b|Barnawi")
OTHER_FACTION_NAMED = re.compile(f"{JAS_NAMED.pattern}|{ISWAP_NAMED.pattern}")
# A faction named this close to "Boko Haram" qualifies that very mention; the faction reading is left to it.
FACTION_NEIGHBOURHOOD = 25


def _boko_haram_faction(mention: ActorMention, text: str) -> ActorMention:
    """Plain "Boko Haram" is JAS in a text that tells it apart from the Islamic State's branch."""
    if mention.name != BOKO_HARAM_EITHER or BOKO_HARAM_COMBINED.search(mention.span.text):
        return mention
    span = mention.span
    nearby = text[max(0, span.start - FACTION_NEIGHBOURHOOD):span.end + FACTION_NEIGHBOURHOOD]
    if ISWAP_NAMED.search(nearby):
        return mention  # "Boko Haram IS faction", "IS-aligned Boko Haram": the phrase itself says which
    if not JAS_NAMED.search(nearby) and not _factions_told_apart(text):
        return mention
    return ActorMention(BOKO_HARAM_JAS, mention.inter, mention.country, mention.span)


@lru_cache(maxsize=8)
def _factions_told_apart(text: str) -> bool:
    return "Boko Haram" in text and bool(OTHER_FACTION_NAMED.search(BOKO_HARAM_COMBINED.sub(" ", text)))
