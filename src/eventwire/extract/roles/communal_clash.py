"""The two sides of a clash between communities the dictionary does not name: "militias from Ugbo and Ugbonla
clash", "Obeche Inyi and Umuinyagbo communities clash", "clashes between the Marehan and Saleeban clans".

ACLED names each side after its community: "Ugbo Communal Militia (Nigeria)", "Marehan Clan Militia (Somalia)";
a community the dictionary knows as an ethnic militia keeps that name ("Tiv and Jukun communities": "Tiv Ethnic
Militia (Nigeria)"). Such clashes were the commonest actor error of round eleven's training sample (35 sides of the
dev half's 1,525 notes were read as no actor at all).
"""

from __future__ import annotations

import re
from typing import Sequence

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.gates import gate_words
from eventwire.extract.lexicon import may_hold_any
from eventwire.records import ActorMention, Span

_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
_COMMUNITY_WORDS = r"communities|militias|clans|villages|villagers|youths|clansmen|tribes|tribesmen|ethnic groups"
COMMUNITY_PAIR = re.compile(
    # "militias from Wanikade town and their Wanhihem neighbours", "residents from the villages of A and B"
    rf"\b(?i:militias?|militia groups|youths?|residents|villagers|members|gunmen|fighters)\s+(?:from|of)\s+"
    rf"(?:the\s+)?(?:(?:villages?|communities|towns?)\s+of\s+)?(?P<a>{_NAME})(?:\s+(?:town|village|community))?\s+"
    rf"and\s+(?:their\s+)?(?:the\s+)?(?P<b>{_NAME})"
    # "Obeche Inyi and Umuinyagbo communities", "the Marehan and Saleeban clans"
    rf"|\b(?P<a2>{_NAME})\s+and\s+(?:the\s+)?(?P<b2>{_NAME})\s+(?P<kind>{_COMMUNITY_WORDS})\b"
    # "clashes between the Banunu and Batende"
    rf"|\b(?i:clash(?:es)?|fighting|hostilities|feud)\s+(?:\w+\s+){{0,2}}?between\s+(?:the\s+)?(?P<a3>{_NAME})\s+"
    rf"and\s+(?:the\s+)?(?P<b3>{_NAME})\b")
COMMUNITY_PAIR_NEEDS = gate_words(COMMUNITY_PAIR)  # speed only: read off the pattern
# Words a capitalised pair may hold that are not communities ("the Army and Police", "Boko Haram and ISWAP"):
# a pair whose name holds one is not read.
_NOT_COMMUNITIES = re.compile(r"\b(?:Army|Police|Forces?|Military|State|Government|Local|LGA|Area|Council|"
                              r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]{2,})\b")
COMMUNAL_INTER = 4


def community_pair(text: str, start: int, end: int, country: str | None,
                   dictionary: ActorDictionary) -> tuple[ActorMention, ActorMention] | None:
    """The two community militias a clash passage names as a pair, or None."""
    if not country or not may_hold_any(text[start:end].lower(), COMMUNITY_PAIR_NEEDS):
        return None
    match = COMMUNITY_PAIR.search(text, start, end)
    if match is None:
        return None
    groups = ("a", "b") if match["a"] else ("a2", "b2") if match["a2"] else ("a3", "b3")
    kind = _pair_kind(match, text, country)
    names = [match[g] for g in groups]
    if any(_NOT_COMMUNITIES.search(name) for name in names) or names[0] == names[1]:
        return None
    first, second = (_community_militia(match, g, kind, country, dictionary) for g in groups)
    return (first, second) if first.name != second.name else None  # "Ugbo and Ugbo clans": one community


# Communities a clash passage calls tribes or ethnic groups are ACLED's ethnic militias (train: the battle notes
# saying "tribe", "tribal", "tribesmen" or "ethnic" name 170 ethnic and 185 tribal militia sides against 9
# communal ones); tribal militias are Iraq's (15 of the 17 tribal names in train's actor table).
_KIND_AFTER = re.compile(r"\s+(?P<kind>tribes|tribesmen|clans|clansmen|ethnic groups)\b", re.IGNORECASE)
TRIBAL_COUNTRIES = frozenset({"Iraq"})
_SENTENCE_THE = re.compile(r"^The\s+")


def _pair_kind(match: re.Match[str], text: str, country: str) -> str:
    """"Clan", "Ethnic", "Tribal" or "Communal": how ACLED names the pair's militias in ``country``."""
    after = _KIND_AFTER.match(text, match.end())
    word = (match["kind"] or (after["kind"] if after else "")).lower()
    if country == "Somalia" or word in ("clans", "clansmen"):
        return "Clan"
    if word in ("tribes", "tribesmen", "ethnic groups"):
        return "Tribal" if country in TRIBAL_COUNTRIES else "Ethnic"
    return "Communal"


def _community_militia(match: re.Match[str], group: str, kind: str, country: str,
                       dictionary: ActorDictionary) -> ActorMention:
    name = _SENTENCE_THE.sub("", match[group])  # "The Dinka Bor and Murle tribesmen" at a sentence's start
    span = Span(match.end(group) - len(name), match.end(group), name)
    known = [m for m in dictionary.find_actors(f"{name} militia", country=country) if m.inter == COMMUNAL_INTER]
    if known:
        return ActorMention(known[0].name, COMMUNAL_INTER, country, span)
    return ActorMention(f"{name} {kind} Militia ({country})", COMMUNAL_INTER, country, span)


def with_community_sides(side1: list[ActorMention], side2: list[ActorMention], pair: Sequence[ActorMention]):
    """Fill the empty side(s) of a clash with the pair's militias, in the pair's order, never one twice."""
    taken = {m.name for m in side1 + side2}
    free = [m for m in pair if m.name not in taken]
    if not side1 and free:
        side1 = [free.pop(0)]
    if not side2 and free:
        side2 = [free.pop(0)]
    return side1, side2


# One community's fighters: "armed men from the Gumuz community", "militias from Kwatas", "youths from the Lou
# Nuer community". A head other than "militias" needs the community word after the name or a name the
# dictionary knows as a community militia ("gunmen from Zamfara state" are not Zamfara's militia).
COMMUNITY_FIGHTERS = re.compile(
    rf"\b(?P<head>(?i:militias?|militiamen|armed youths?|youths?|armed men|gunmen|fighters|attackers|assailants))"
    rf"\s+from\s+(?:the\s+)?(?P<a>{_NAME})(?P<word>\s+(?i:community|tribe|clan|ethnic group|village))?(?!\s+and\b)")
COMMUNITY_FIGHTERS_NEEDS = gate_words(COMMUNITY_FIGHTERS)  # speed only: read off the pattern


def community_fighters(text: str, start: int, end: int, country: str | None,
                       dictionary: ActorDictionary) -> ActorMention | None:
    """The community militia a passage names by its community ("armed men from the Gumuz community"), or None."""
    if not country or not may_hold_any(text[start:end].lower(), COMMUNITY_FIGHTERS_NEEDS):
        return None
    match = COMMUNITY_FIGHTERS.search(text, start, end)
    if match is None or _NOT_COMMUNITIES.search(match["a"]):
        return None
    kind = "Clan" if country == "Somalia" or (match["word"] or "").strip().lower() == "clan" else "Communal"
    militia = _community_militia(match, "a", kind, country, dictionary)
    named_by_community = match["word"] or match["head"].lower().startswith("militia")
    return militia if named_by_community or not militia.name.endswith(f"{kind} Militia ({country})") else None
