"""Who acted on whom: actor1/actor2 (and associated actors) of one event from its passage.

The grammar is deliberately small. A violence verb splits a sentence into the side that acts and the side
acted upon: "gunmen attacked soldiers" (active: the subject acts), "soldiers were attacked by militants"
(passive: the by-phrase acts), "the army repelled an attack by JNIM" (a defence verb: the subject is attacked),
"ISGS claimed responsibility" (a claim: the claimant acts). ACLED's conventions then fill what the text leaves
open: victims of violence against civilians are always actor2 ``Civilians (X)``, protesters and rioters are
actor1, an unclaimed roadside bomb is the work of ``Unidentified Armed Group (X)``, a battle has two armed sides.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping, Sequence

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.lexicon import may_hold_any
from eventwire.records import EVENT_TYPE_OF, ActorMention, Span

VIOLENCE_VERB = re.compile(
    r"\b(?:attack(?:ed|s|ing)?|kill(?:ed|s|ing)?|ambush(?:ed|es|ing)?|raid(?:ed|s|ing)?|shell(?:ed|s|ing)?|"
    r"bomb(?:ed|s|ing)?|struck|strik(?:e|es|ing)|target(?:ed|s|ing)?|abduct(?:ed|s|ing)?|kidnap(?:ped|s|ping)?|"
    r"sho(?:t|ot|oting|ots)|open(?:ed)? fire|fir(?:ed|es|ing)|exchang(?:ed|es|ing) fire|storm(?:ed|s|ing)?|overr(?:an|un|unning)|"
    r"seiz(?:ed|es|ing)|captur(?:ed|es|ing)|clash(?:ed|es|ing)?|fought|fight(?:s|ing)?|assault(?:ed|s|ing)?|"
    r"massacr(?:ed|es|ing)|behead(?:ed|s|ing)?|burn(?:ed|t|s|ing)|loot(?:ed|s|ing)?|arrest(?:ed|s|ing)?|"
    r"detain(?:ed|s|ing)?|dispers(?:ed|es|ing)|beat(?:en|s|ing)?|injur(?:ed|es|ing)|wound(?:ed|s|ing)|"
    r"execut(?:ed|es|ing)|torch(?:ed|es|ing)|hit|bombard(?:ed|s|ing)?|besieg(?:ed|es|ing)|engag(?:ed|es|ing)|"
    r"battl(?:ed|es|ing)|murder(?:ed|s|ing)?|lynch(?:ed|es|ing)?|stab(?:bed|s|bing)?|rap(?:ed|es|ing)|"
    r"hack(?:ed|s|ing)|assassinat(?:ed|es|ing)|abduct(?:ion)?|tear[- ]gas(?:sed)?|rocket(?:ed)?|"
    r"thr(?:ew|own|owing|ows)|hurl(?:ed|s|ing)?|lob(?:bed|s|bing)?|plant(?:ed|s|ing)?|detonat(?:ed|es|ing))\b",
    re.IGNORECASE,
)
# The subject of these verbs is the side that was attacked: "troops repelled an attack by militants". Not
# "thwarted": ACLED makes the side that thwarted an attack actor1 (train's clashes with "thwart": 30 of 43 rows
# whose two actors we found had them that way round).
DEFENCE_VERB = re.compile(r"\b(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing)|fo(?:iled|il)|"
                          r"fend(?:ed)? off|beat(?:en)? back|came under (?:attack|fire)|survived)\b", re.IGNORECASE)
# Their subject suffered: "three gendarmes died when ..." reads like "were killed".
DEATH_VERB = re.compile(r"\b(?:died|dies|die|perished|succumbed|lost\s+(?:their|his|her)\s+lives?)\b", re.IGNORECASE)
# "the army lost 17 men": a force that lost people suffered the act (scanned apart, only in texts with "lost").
LOST_PEOPLE = re.compile(r"\blost\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?[\w-]+\s+(?:of\s+its\s+)?"
                         r"(?:men|soldiers|troops|officers|policemen|fighters|members|personnel)\b")
# A participle followed by its agent is passive without an auxiliary: "a mine planted by militants",
# "two soldiers killed by a roadside bomb" (headline style).
BY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\b")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
AGENT_BEFORE = re.compile(r"\b(?:by|at the hands of|from)\s+(?:(?:a|an|the|suspected|presumed|alleged|"
                          r"unidentified|unknown|armed|group of|some|several|\d+)\s+){0,3}(?:pro-)?$", re.IGNORECASE)
CLAIMED_DEED = (r"(?:attacks?|ambush(?:es)?|bombings?|blasts?|killings?|raids?|assaults?|strikes?|kidnappings?|"
                r"abductions?|explosions?|operations?|massacres?|shooting)")
# The claimant is followed by at most a few lower-case words ("has since", "later", "in a statement") before the claim.
CLAIM_AFTER = re.compile(
    r"^[\s,]{0,3}(?:[a-z]+[\s,]+){0,4}?(?:claimed|claims|took|takes)\s+"
    rf"(?:responsibility|credit|it\b|(?:the|an|a|this|that|its|their|[\w']+['’]s)\s+(?:\w+\s+){{0,2}}?{CLAIMED_DEED})"
)
# "the Islamic State group said on Monday that its fighters had taken the town": a claim in reported speech.
# Only of armed groups: "the army said its soldiers repelled the attack" is a communiqué, not a claim.
CLAIM_SPEECH_AFTER = re.compile(
    r"^[\s,]{0,3}(?:[a-z]+\s+){0,2}?(?:said|says|announced|stated)\s+(?:(?:on|in)\s+\w+\s+)?(?:that\s+)?"
    r"(?:its|their)\s+(?:fighters|militants|members|men|mujahideen|units)\b"
)
STATE_INTERS = frozenset({1, 8})
CLAIM_BLAME = re.compile(r"\b(?:(?:blamed|attributed|pinned)\s+(?:\w+\s+){0,4}?(?:on|to)|claimed by|the work of)"
                         r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# The object of a preposition of aim is what was hit: "thrown at a police station", "an attack on a military camp".
TARGET_BEFORE = re.compile(r"\b(?:at|on|against|targeting|towards?|upon)\s+(?:(?:a|an|the|their|its|two|three|several)\s+)?"
                           r"(?:[a-z]+\s+)?$")
SOURCE_AFTER = re.compile(r"^\W{0,3}(?:said|says|told|reported|announced|stated|confirmed|added)\b", re.IGNORECASE)
# A force named as the owner of an operation carried it out: "killed during a police raid", "a military offensive".
OPERATION_AFTER = re.compile(r"[\s-]*(?:-?led\s+|joint\s+)?(?:raids?|operations?|offensives?|crackdowns?|sweeps?"
                             r"|manhunts?|counter-?offensives?|(?:air|drone)\s*strikes?)\b", re.IGNORECASE)
# "the coalition said its aircraft struck ...", "the command said it carried out an air strike": a speaker telling
# what it or its own forces did is on their side (the verb after decides which: "the army said its soldiers
# repelled the attack" is the attacked side).
SPEAKS_OF_ITS_OWN = re.compile(r"^\W{0,3}(?:said|says|announced|stated|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
                               r"(?:(?:its|their)\s+|(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|"
                               r"launched|struck|hit|killed|targeted|bombed|shelled|shot\s+down|repelled|foiled)\b)",
                               re.IGNORECASE)
SOURCE_BEFORE = re.compile(r"\b(?:according to|(?:spokes(?:man|woman|person)|officials?)\s+(?:for|of))\s+(?:the\s+)?$",
                           re.IGNORECASE)
# A group a passage names as another's origin takes no part: "ISWAP, which split from Boko Haram in 2016, attacked".
ORIGIN_BEFORE = re.compile(r"\b(?:(?:split(?:\s+away|\s+off)?|broke\s+(?:away|off)|splintered|breakaway|defected|"
                           r"separated)\s+from|(?:pledged|swore|sworn|pledging)\s+(?:its\s+|their\s+)?allegiance\s+to)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
# What was captured "from" someone was theirs: "troops recaptured Tortoroow from Al Shabaab" (not an agent's "from").
TAKEN_FROM_BEFORE = re.compile(r"\b(?:captured|recaptured|seized|took|retook|taken|retaken|wrested|won\s+back"
                               r"|took\s+back|regained|snatched)\b[^.;]*?\bfrom\s+(?:the\s+)?(?:\w+\s+)?$",
                               re.IGNORECASE)
TAKEN_FROM_REACH = 90
# The force of a speaker is no actor of the deed told: "police spokeswoman Jane Doe said gunmen killed four",
# "an army spokesman, Col. X, told reporters ...". The speaker's title, at most a few name words, then the verb.
SPEAKER_TITLES = ("spokes", "press", "public", "information", "official", "source", "commissioner", "chief")
SPOKESPERSON_AFTER = re.compile(
    r"^\W{0,3}(?:spokes(?:man|woman|person|people)|press officer|public relations officer|information officer|"
    r"officials?|sources?|commissioner|chief)"
    r"(?:\s*,?\s+(?:(?-i:[A-Z])[\w.'’-]*|al|bin|ibn|de|el)){0,6}\s*,?\s+(?:has\s+|had\s+|also\s+|later\s+)?"
    r"(?:said|says|told|confirmed|reported|added|stated)\b",
    re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"\b(?:when|after|as|while|before|because|since|until|who|which|whereas)\b|[;:]|,\s*and\b",
                          re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")

# Speed only: every match of the pattern named holds one of these words (case-sensitive ones as written, the
# others in any letter case: ``lexicon.may_hold_any``), so a passage without them is not searched.
AGENT_BEFORE_NEEDS = ("by", "from", "hands")
CLAIM_AFTER_NEEDS = ("claim", "took", "takes")
CLAIM_SPEECH_AFTER_NEEDS = ("said", "says", "announced", "stated")
CLAIM_BLAME_NEEDS = ("blamed", "attributed", "pinned", "claimed by", "the work of")
SOURCE_BEFORE_NEEDS = ("according to", "spokes", "official")

# How many articles' verb and sentence lists are kept: the assembly reads the passages of one article at a time.
VERB_CACHE_ARTICLES = 4
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
VICTIM_INTERS = frozenset({7})
AGENT, PATIENT, UNKNOWN = "agent", "patient", "unknown"


@dataclass(frozen=True)
class Roles:
    """The actor fields of one event and the spans they were read from."""

    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    evidence: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Sides:
    agents: tuple[ActorMention, ...]
    patients: tuple[ActorMention, ...]
    unknown: tuple[ActorMention, ...]
    claimants: tuple[ActorMention, ...] = ()
    named_agents: tuple[ActorMention, ...] = ()  # agents the text names as such: "planted by X", "X claimed"


# --------------------------------------------------------------------------- claims


def find_claims(text: str, start: int, end: int | None, dictionary: ActorDictionary | None = None,
                country: str | None = None) -> list[ActorMention]:
    """Actors that claim or are blamed for an attack in ``text[start:end]``: "ISGS claimed responsibility",
    "the attack was blamed on Boko Haram", "attributed to JNIM"."""
    dictionary = dictionary or ActorDictionary.load()
    end = len(text) if end is None else end
    claims = []
    for mention in dictionary.find_actors(text, start, end, country):
        if _is_claimant(text, mention, start, end):
            claims.append(mention)
    return claims


def _is_claimant(text: str, mention: ActorMention, start: int, end: int) -> bool:
    span = mention.span
    if span is None:
        return False
    after = text[span.end:min(end, span.end + 60)]
    before = text[max(start, span.start - 40):span.start]
    if _holds_any(after, CLAIM_AFTER_NEEDS) and CLAIM_AFTER.search(after):
        return True
    if may_hold_any(before, CLAIM_BLAME_NEEDS) and CLAIM_BLAME.search(before):
        return True
    return mention.inter not in STATE_INTERS and _holds_any(after, CLAIM_SPEECH_AFTER_NEEDS) and bool(
        CLAIM_SPEECH_AFTER.search(after))


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` as written (gates of case-sensitive patterns)."""
    return any(map(text.__contains__, words))


# --------------------------------------------------------------------------- sides


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


@lru_cache(maxsize=VERB_CACHE_ARTICLES)
def _verb_matches(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of every defence, death and violence verb of a whole text, sorted.

    ``assign_roles`` is called for many overlapping passages of one article: the verbs are found once.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: keep the offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = []
    for match in _VERB_SCAN.finditer(lowered):
        kind = match.lastgroup or "violence"
        found.append((match.start(), match.end(), kind))
        if kind == "defence":  # "beat back", "came under attack" also hold a violence verb
            found += [(m.start(), m.end(), "violence")
                      for m in VIOLENCE_VERB.finditer(lowered, match.start(), match.end())]
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


def _side_of(mention: ActorMention, text: str, start: int, end: int, verbs: list[tuple[int, int, str]],
             claimant: bool) -> str | None:
    """agent | patient | unknown for one mention; None when it only reports ("police said")."""
    span = mention.span
    if span is None:
        return UNKNOWN
    if claimant:
        return AGENT
    before = text[max(start, span.start - 40):span.start]
    after = text[span.end:span.end + 40]
    if _only_reports(text, span, before, after):
        return None
    if _taken_from(text, max(start, span.start - TAKEN_FROM_REACH), span.start):
        return PATIENT
    if _agent_before(before) or OPERATION_AFTER.match(text, span.end, min(end, span.end + 40)):
        return AGENT
    if TARGET_BEFORE.search(before):
        return PATIENT
    left, right = _sentence_bounds(text, start, end, span.start)
    earlier = [v for v in verbs if left <= v[0] and v[1] <= span.start]
    later = [v for v in verbs if span.end <= v[0] < right]
    return _side_from_verbs(text, span, earlier, later)


def _only_reports(text: str, span: Span, before: str, after: str) -> bool:
    """"police said", "according to the army", "police spokeswoman X said": the force speaks, it does not act;
    "which split from Boko Haram": the group is history, it does not act either."""
    if SOURCE_AFTER.search(after) and not SPEAKS_OF_ITS_OWN.match(after):
        return True
    if ("from" in before or "allegiance" in before) and ORIGIN_BEFORE.search(before):
        return True
    if may_hold_any(before, SOURCE_BEFORE_NEEDS) and SOURCE_BEFORE.search(before):
        return True
    title = after.lstrip(" ,-").lower()
    return title.startswith(SPEAKER_TITLES) and bool(SPOKESPERSON_AFTER.match(text[span.end:span.end + 80]))


def _taken_from(text: str, start: int, end: int) -> bool:
    before = text[start:end]
    return "from" in before and bool(TAKEN_FROM_BEFORE.search(before))


def _side_from_verbs(text: str, span: Span, earlier: list, later: list) -> str:
    if earlier and not CLAUSE_BREAK.search(text[earlier[-1][1]:span.start]):
        verb_voice = earlier[-1][2]
        return AGENT if verb_voice == "defence" else PATIENT
    if later and not CLAUSE_BREAK.search(text[span.end:later[0][0]]):
        voice = later[0][2]
        return AGENT if voice == "active" else PATIENT
    if earlier:
        return PATIENT if earlier[-1][2] == "active" else UNKNOWN
    return UNKNOWN


def _split_sides(text: str, start: int, end: int, mentions: Sequence[ActorMention]) -> _Sides:
    if not mentions:
        return _Sides((), (), ())
    verbs = _verbs(text, start, end)
    claimant = [_is_claimant(text, m, start, end) for m in mentions]
    sides: dict[str, list[ActorMention]] = {AGENT: [], PATIENT: [], UNKNOWN: []}
    previous: tuple[ActorMention, str | None] | None = None
    for mention, is_claimant in zip(mentions, claimant):
        if previous is not None and _explains(text, previous[0], mention):
            side = previous[1]  # "militants (suspected TTP)", "Katiba Macina (JNIM)"
        else:
            side = _side_of(mention, text, start, end, verbs, is_claimant)
        if side is not None:
            sides[side].insert(_explained_index(sides[side], previous, mention, text), mention)
        previous = (mention, side)
    claimants = tuple(m for m, is_claimant in zip(mentions, claimant) if is_claimant)
    named = claimants + tuple(m for m in sides[AGENT] if m.span is not None and _after_by(text, m.span, start))
    return _claims_first(_Sides(tuple(sides[AGENT]), tuple(sides[PATIENT]), tuple(sides[UNKNOWN]), claimants, named))


def _after_by(text: str, span: Span, start: int) -> bool:
    return _agent_before(text[max(start, span.start - 40):span.start])


def _agent_before(before: str) -> bool:
    """"killed by", "at the hands of", "attacked from": the words before a mention make it the agent."""
    return may_hold_any(before, AGENT_BEFORE_NEEDS) and bool(AGENT_BEFORE.search(before))


PARENTHESIS_OPEN = re.compile(r"^\s*\(\s*(?:\w+\s+){0,2}$")


def _explains(text: str, before: ActorMention, mention: ActorMention) -> bool:
    """Whether ``mention`` stands in brackets right after ``before``: "Katiba Macina (JNIM)"."""
    if before.span is None or mention.span is None:
        return False
    return bool(PARENTHESIS_OPEN.match(text[before.span.end:mention.span.start]))


def _explained_index(side: list[ActorMention], previous, mention: ActorMention, text: str) -> int:
    """A bracketed group goes before the vaguer mention it explains, so that it leads the side."""
    if previous is not None and _explains(text, previous[0], mention) and previous[0] in side:
        return side.index(previous[0])
    return len(side)


def _claims_first(sides: _Sides) -> _Sides:
    """A named claimant replaces the vague attackers of the same passage ("presumed militants ... JNIM claimed")."""
    if not sides.claimants:
        return sides
    vague = [m for m in sides.agents if _is_vague(m) and m not in sides.claimants]
    agents = list(sides.claimants) + [m for m in sides.agents if m not in sides.claimants and m not in vague]
    return _Sides(tuple(agents), sides.patients, sides.unknown, sides.claimants, sides.named_agents)


def _is_vague(mention: ActorMention) -> bool:
    return mention.name.startswith("Unidentified") or " and/or " in mention.name


# --------------------------------------------------------------------------- ACLED conventions


def _inside(mentions: Sequence[ActorMention], start: int, end: int) -> list[ActorMention]:
    inside = [m for m in mentions if m.span is None or (start <= m.span.start and m.span.end <= end)]
    return sorted(inside, key=lambda m: m.span.start if m.span else -1)


def _first(mentions: Sequence[ActorMention], inters: frozenset[int]) -> ActorMention | None:
    return next((m for m in mentions if m.inter in inters), None)


def _armed(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    return [m for m in mentions if m.inter in ARMED_INTERS]


def _lead(side: Sequence[ActorMention]) -> tuple[ActorMention | None, list[ActorMention]]:
    """The main actor of one side and the distinct others fighting beside it.

    The first named actor leads; vague ones ("gunmen", "JNIM and/or ISGS") only when nothing else is named;
    state forces lead the militias that fight with them ("soldiers and VDP"). Actors of another kind that
    landed on this side by mistake are dropped rather than reported as associates.
    """
    if not side:
        return None, []
    lead = next((m for m in side if not _is_vague(m)), side[0])
    state = next((m for m in side if m.inter == 1), None)
    if state is not None and lead.inter == 3 and _same_side_kind(lead, state):
        lead = state
    seen = {lead.name}
    others = []
    for mention in side:
        if mention.name not in seen and _same_side_kind(mention, lead) and not _is_vague(mention):
            seen.add(mention.name)
            others.append(mention)
    return lead, others


def _violence_against_civilians(sides: _Sides, dictionary: ActorDictionary, country: str | None):
    """Armed actors acted upon ("two soldiers were killed by a bomb") are victims, never the attackers. With no
    attacker and no civilian named they stay actor2 (the sub-event type was likely wrong); when armed attackers
    are named the event is theirs against civilians, as ACLED codes it ("a former officer shot by gang members")."""
    everyone = sides.agents + sides.unknown + sides.patients
    attackers = _armed(sides.agents) or _armed(sides.unknown)
    armed_victims = [] if attackers else _armed(sides.patients)[:1]
    victims = [m for m in everyone if m.inter in VICTIM_INTERS] or armed_victims \
        or [dictionary.generic("civilians", country)]
    side1 = attackers[:1] + [m for m in attackers[1:] if _same_side_kind(m, attackers[0])]
    return side1 or [dictionary.generic("unidentified_armed_group", country)], victims[:1]


def _same_side_kind(mention: ActorMention, lead: ActorMention) -> bool:
    """Auxiliaries fight beside the state: VDP with the army, not ISGS with the army."""
    return (mention.inter == 1) == (lead.inter == 1) or {mention.inter, lead.inter} <= {1, 3}


def _battle(sides: _Sides, dictionary: ActorDictionary, country: str | None):
    agents, patients, unknown = _armed(sides.agents), _armed(sides.patients), _armed(sides.unknown)
    if not agents and len({m.name for m in patients}) >= 2:  # "clashes between X and Y"
        agents, patients = patients[:1], [m for m in patients if m.name != patients[0].name]
    elif not patients and len({m.name for m in agents}) >= 2:  # "X and Y clashed"
        agents, patients = agents[:1], [m for m in agents if m.name != agents[0].name]
    elif not agents and not patients and len(unknown) >= 2:
        agents, patients = unknown[:1], unknown[1:]
    elif not agents:
        agents = unknown[:1]
    elif not patients:
        patients = [m for m in unknown if m.name not in {a.name for a in agents}][:1]
    if not agents and patients:
        agents, patients = [_other_side(patients[0], dictionary, country)], patients
    if agents and not patients:
        patients = [_other_side(agents[0], dictionary, country)]
    return agents, patients


# Actors ACLED puts on both sides of one event: unnamed communal, tribal, clan and ethnic militias ("two tribes
# clashed"; train: 155 of 208 armed clashes led by one of them have the same actor2, 40 the state) and rioters
# of two mobs that clash.
SAME_ON_BOTH_SIDES = re.compile(r"^(?:Unidentified (?:Communal|Tribal|Clan|Ethnic) Militia|Rioters)\b")


def faces_itself(name: str | None) -> bool:
    """Whether ACLED may code ``name`` on both sides of one event (two unnamed tribes, two mobs clashing)."""
    return bool(name and SAME_ON_BOTH_SIDES.match(name))


def _other_side(known: ActorMention, dictionary: ActorDictionary, country: str | None) -> ActorMention:
    """A battle with one named side: state forces fought someone unnamed, an unnamed community militia fought
    another one, anyone else fought the state."""
    if known.inter in (1, 8):
        return dictionary.generic("unidentified_armed_group", country)
    if faces_itself(known.name):
        return ActorMention(known.name, known.inter, known.country, None)
    return dictionary.state_force(country, country)


def _crowd(sides: _Sides, dictionary: ActorDictionary, country: str | None, kind: str, sub_event_type: str):
    everyone = sides.agents + sides.unknown + sides.patients
    # the force a crowd turned on ("threw stones at police") before one merely named ("the forces withdrew")
    force_first = sides.patients + sides.agents + sides.unknown
    crowd_inter = 6 if kind == "protesters" else 5
    crowd = _first(everyone, frozenset({crowd_inter})) or dictionary.generic(kind, country)
    force_used = sub_event_type in ("Protest with intervention", "Excessive force against protesters",
                                    "Violent demonstration")
    state = _first(force_first, frozenset({1})) if force_used or kind == "rioters" else None
    if sub_event_type == "Mob violence" and (state is None or state not in sides.patients):
        # mobs mostly attack people (ACLED: actor2 Civilians in 46 % of train's mob violence, state forces 19 %)
        state = _first(everyone, VICTIM_INTERS) or dictionary.generic("civilians", country)
    if state is None and sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
        state = dictionary.state_force(country, country, branch="police")
    return [crowd], [state] if state else []


def _remote(sides: _Sides, dictionary: ActorDictionary, country: str | None, sub_event_type: str):
    agents = _armed(sides.agents)
    if sub_event_type == "Remote explosive/landmine/IED":
        # state forces hit mines, they rarely lay them (4 % of train's IED events have state forces as actor1),
        # unless the text says so ("a mine planted by pro-Houthi forces")
        victims = tuple(m for m in agents if m.inter in (1, 8) and m not in sides.named_agents)
        sides = _Sides(sides.agents, victims + sides.patients, sides.unknown)
        agents = [m for m in agents if m not in victims]
    if not agents and sub_event_type == "Air/drone strike":
        agents = [m for m in sides.unknown + sides.patients if m.inter in (1, 8)][:1] or \
                 [dictionary.state_force(country, country, branch="air_force")]
    if not agents and sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade"):
        agents = _armed(sides.unknown)[:1] or [dictionary.generic("unidentified_armed_group", country)]
    if not agents:
        agents = _armed(sides.unknown)[:1]
    taken = {a.name for a in agents}
    patients = [m for m in sides.patients + sides.unknown if m.name not in taken][:1]
    return agents, patients


def _looting(sides: _Sides, dictionary: ActorDictionary, country: str | None):
    """Looting and destruction hit civilians' property unless an armed patient is named (78 % in train)."""
    agents, patients = _generic_sides(sides)
    if not patients or patients[0].inter not in ARMED_INTERS:
        patients = [m for m in patients if m.inter in VICTIM_INTERS] or [dictionary.generic("civilians", country)]
    return agents or [dictionary.generic("unidentified_armed_group", country)], patients


def _arrests(sides: _Sides, dictionary: ActorDictionary, country: str | None):
    """State forces arrest (97 % of train's arrests); the arrested are civilians unless a group is named."""
    everyone = sides.agents + sides.unknown + sides.patients
    state = _first(everyone, frozenset({1, 8})) or dictionary.state_force(country, country, branch="police")
    others = [m for m in everyone if m.name != state.name and m.inter not in (1, 8)]
    return [state], others[:1] or [dictionary.generic("civilians", country)]


def _generic_sides(sides: _Sides):
    agents = list(sides.agents) or list(sides.unknown[:1])
    taken = {a.name for a in agents}
    patients = [m for m in sides.patients + sides.unknown if m.name not in taken][:1]
    return agents, patients


def _choose(sides: _Sides, dictionary: ActorDictionary, sub_event_type: str | None, country: str | None):
    event_type = EVENT_TYPE_OF.get(sub_event_type or "")
    if event_type == "Violence against civilians":
        return _violence_against_civilians(sides, dictionary, country)
    if event_type == "Battles":
        return _battle(sides, dictionary, country)
    if event_type == "Protests":
        return _crowd(sides, dictionary, country, "protesters", sub_event_type)
    if event_type == "Riots":
        return _crowd(sides, dictionary, country, "rioters", sub_event_type)
    if event_type == "Explosions/Remote violence":
        return _remote(sides, dictionary, country, sub_event_type)
    if sub_event_type == "Looting/property destruction":
        return _looting(sides, dictionary, country)
    if sub_event_type == "Arrests":
        return _arrests(sides, dictionary, country)
    return _generic_sides(sides)


# --------------------------------------------------------------------------- entry point


def assign_roles(text: str, start: int, end: int, mentions: Sequence[ActorMention], sub_event_type: str | None,
                 country: str | None, dictionary: ActorDictionary | None = None) -> Roles:
    """Actor1/actor2 (and associated actors) of the event reported in ``text[start:end]``.

    ``mentions`` are the actors ``find_actors`` found (absolute spans); those outside the passage are ignored.
    """
    dictionary = dictionary or ActorDictionary.load()
    local = _crowds_outside_protests(_inside(mentions, start, end), sub_event_type, dictionary, country)
    sides = _split_sides(text, start, end, local)
    side1, side2 = _choose(sides, dictionary, sub_event_type, country)
    if sub_event_type == "Attack" and country in DRUG_WAR_VIGILANTES and DRUG_WORDS.search(text, start, end):
        side1 = _drug_war_killers(side1, country)
    if sub_event_type == "Mob violence" and SYMMETRIC_VERB.search(text, start, end):
        side2 = _mobs_clash(side1, side2)
    if sub_event_type == "Government regains territory":
        side1, side2 = _state_retakes(side1, side2, local)
    if sub_event_type == "Armed clash" and _order_left_open(sides, side1, side2, text):
        side1, side2 = _country_order(side1, side2, dictionary, country)
    return _roles_from(*_distinct_sides(side1, side2))


def _distinct_sides(side1: list[ActorMention], side2: list[ActorMention]):
    """Each actor on one side only: actor2 is never actor1 (bar actors ACLED puts on both sides), and an actor
    the passage names on both sides ("FARDC attacked ... the ADF attacked FARDC") leads side 2 rather than
    vanishing from it as an associate of side 1."""
    lead1 = _lead(side1)[0]
    side2 = [m for m in side2 if lead1 is None or m.name != lead1.name or faces_itself(m.name)]
    lead2 = _lead(side2)[0]
    if lead2 is not None and not faces_itself(lead2.name):
        side1 = [m for m in side1 if m.name != lead2.name]
    return side1, side2


# "A crowd", "crowds" read as protesters only at a protest or riot (where "security forces" are the police);
# a bomb or an air strike on a crowd hits civilians (train: 32 of 32 non-protest events whose note says "crowd" with a generic actor2 have civilians).
CROWD_WORDS = re.compile(r"^(?:an?\s+|the\s+)?crowds?$", re.IGNORECASE)
_CROWD_EVENT_TYPES = frozenset({"Protests", "Riots"})


# "Security forces" facing a crowd are its police (train's protests and riots: 188 police vs 13 military actor2s
# when the note says only "security forces/personnel").
SECURITY_FORCES = re.compile(r"\bsecurity (?:forces|personnel|agents|officers)$", re.IGNORECASE)


def _police_at_crowds(mentions: list[ActorMention]) -> list[ActorMention]:
    return [ActorMention(m.name.replace("Military Forces", "Police Forces", 1), m.inter, m.country, m.span)
            if m.span is not None and m.name.startswith("Military Forces of") and SECURITY_FORCES.search(m.span.text)
            and m.name.count(" of ") == 1 else m for m in mentions]


def _crowds_outside_protests(mentions: list[ActorMention], sub_event_type: str | None,
                             dictionary: ActorDictionary, country: str | None) -> list[ActorMention]:
    if EVENT_TYPE_OF.get(sub_event_type or "") in _CROWD_EVENT_TYPES:
        return _police_at_crowds(mentions)
    civilians = dictionary.generic("civilians", country)
    return [ActorMention(civilians.name, civilians.inter, m.country, m.span)
            if m.inter == 6 and m.span is not None and CROWD_WORDS.match(m.span.text) else m for m in mentions]


# Verbs that say two sides fought without saying who started: "X clashed with Y", "fighting between X and Y".
SYMMETRIC_VERB = re.compile(r"\b(?:clash(?:ed|es|ing)?|fought|fight(?:s|ing)?|battl(?:ed|es|ing)|exchang(?:ed|es|ing) "
                            r"(?:fire|gunfire)|skirmish(?:ed|es)?|engag(?:ed|ement))\b", re.IGNORECASE)


def _order_left_open(sides: _Sides, side1: list[ActorMention], side2: list[ActorMention], text: str) -> bool:
    """Whether the passage leaves the order of a clash open: no side named as the actor ("an operation by the
    army", a claim) and either no direction at all or only a symmetric verb between the two ("clashed with")."""
    if sides.named_agents or not side1 or not side2:
        return False
    first, second = side1[0], side2[0]
    if first.span is None or second.span is None:  # one side inferred by convention: the named one's role decides
        named = first if first.span is not None else second
        return named not in sides.agents and named not in sides.patients
    if not (first in sides.agents and second in sides.patients):
        return True
    between = text[min(first.span.end, second.span.end):max(first.span.start, second.span.start)]
    return bool(SYMMETRIC_VERB.search(between)) and not VIOLENCE_VERB.search(SYMMETRIC_VERB.sub("", between))


def _country_order(side1: list[ActorMention], side2: list[ActorMention], dictionary: ActorDictionary,
                   country: str | None):
    """A clash between the state's forces and an armed group, in the order ACLED lists them in ``country``
    (the army first in Myanmar, the NPA first in the Philippines); elsewhere, or when the text names the side
    that acted ("an operation by the army", "the Taliban claimed"), the text's order stands."""
    state_first = getattr(dictionary, "state_first", {}).get(country or "")
    if state_first is None or not side1 or not side2:
        return side1, side2
    first, second = side1[0].inter, side2[0].inter
    if {first, second} not in ({1, 2}, {1, 3}, {1, 4}):
        return side1, side2
    return (side1, side2) if (first == 1) == state_first else (side2, side1)


# Unnamed killers of drug suspects in the Philippines' drug war are ACLED's vigilantes (train: 219 of the 280
# attacks by unnamed gunmen whose note mentions drugs; 13 stay an unidentified armed group).
DRUG_WAR_VIGILANTES = {"Philippines": "Anti-Drug Vigilantes (Philippines)"}
DRUG_WORDS = re.compile(r"\b(?:drugs?|shabu|narcotics?)\b", re.IGNORECASE)
VIGILANTE_INTER = 3


def _drug_war_killers(side1: list[ActorMention], country: str) -> list[ActorMention]:
    if side1 and not side1[0].name.startswith("Unidentified Armed Group"):
        return side1
    span = side1[0].span if side1 else None
    return [ActorMention(DRUG_WAR_VIGILANTES[country], VIGILANTE_INTER, country, span)]


def _mobs_clash(side1: list[ActorMention], side2: list[ActorMention]) -> list[ActorMention]:
    """Two groups clashing ("rival youth factions clashed", "a clash between supporters of two parties") are
    rioters on both sides; a force they fought stays actor2 (train: 631 mob-violence rows had rioters as actor2
    where we named civilians)."""
    if side2 and side2[0].inter in (1, 8):
        return side2
    return side1[:1]


def _state_retakes(side1: list[ActorMention], side2: list[ActorMention], everyone: Sequence[ActorMention]):
    """Government regains territory: the state's forces retake it (ACLED: actor1 is a state force in 325 of
    train's 355 such events), so a state force the passage put on the other side leads; one the passage named
    on no side ("troops and militiamen entered the village ... 20 Al Shabaab fighters were killed") leads too,
    and the group it retook the place from faces it."""
    if side1 and side1[0].inter == 1:
        return side1, side2
    if side2 and side2[0].inter == 1:
        return side2, side1
    state = next((m for m in everyone if m.inter == 1), None)
    if state is None:
        return side1, side2
    if side2 and side2[0].inter in ARMED_INTERS:  # "forces and clan fighters captured villages from Al Shabaab"
        return [state, *(m for m in side1 if m.name != state.name)], side2
    losers = [m for m in side1 if m.inter in ARMED_INTERS] or side2  # the only armed group named lost the place
    return [state], [m for m in losers if m.name != state.name]


def _roles_from(side1: Sequence[ActorMention], side2: Sequence[ActorMention]) -> Roles:
    lead1, others1 = _lead(side1)
    lead2, others2 = _lead(side2)
    evidence: dict[str, tuple[Span, ...]] = {}
    for key, group in (("actor1", [lead1]), ("assoc_actor_1", others1), ("actor2", [lead2]),
                       ("assoc_actor_2", others2)):
        spans = tuple(m.span for m in group if m is not None and m.span is not None)
        if spans:
            evidence[key] = spans
    return Roles(
        actor1=lead1.name if lead1 else None,
        assoc_actor_1="; ".join(m.name for m in others1) or None,
        actor2=lead2.name if lead2 else None,
        assoc_actor_2="; ".join(m.name for m in others2) or None,
        inter1=lead1.inter if lead1 else None,
        inter2=lead2.inter if lead2 else None,
        evidence=evidence,
    )
