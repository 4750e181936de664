"""Which sentences report a real violent or political event, and with which tactic.

A sentence is an event mention when it holds at least one *live* trigger: a word of the trigger lexicon
(attack, clash, IED, air strike, protest, looting, arrest, ...) that is not negated ("no one was killed"),
not future or hypothetical ("will attack", "plans to protest"), not background history ("in 2012 the
north fell") and not a generic plural ("hit-and-run strikes"). Verbs *report* an act; nouns only *refer*
to one ("Friday's attack") and count when something specific (a date, a toll, a determiner) anchors them.
The classifier's event probability is blended in for the score and confidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from eventwire.extract.cues import (
    SUMMARY,
    SentenceCues,
    blocker_in,
    crowd_acting,
    dated_long_ago_within,
    is_gerund_noun,
    is_participle_modifier,
    names_a_place_by_its_act,
    refers_back,
    subject_noun_told,
)
from eventwire.extract.gates import gate_words
from eventwire.extract.lexicon import (
    ACT_VERB_PATTERN, ACT_VERBS, ARMED_CLOSURE, GATES, IED_EXACT, NOT_TO_PEOPLE, PATTERN_TABLE, REFERENCE, REPORT,
    act_verb_sub_types, gate_positions_of, gated_matches, may_hold_any,
)
from eventwire.extract.sentences import Sentence
from eventwire.extract.words import text_words
from eventwire.records import EVENT_TYPE_OF, Span, TypePrediction

# Blend of lexicon strength and classifier probability. The lexicon leads because the classifier was
# trained on terse coder notes, not news prose; 0.3 keeps a confident classifier able to lift a weak
# noun mention over the threshold but never to create an event from a sentence with no live trigger.
CLASSIFIER_WEIGHT = 0.3
# A sentence is an event mention at or above this blended score. Tuned on the seed and on our golden
# articles: a noun reference alone scores 0.28 without the classifier (below), a reported act 0.525+ (above).
DETECTION_THRESHOLD = 0.35


@dataclass(frozen=True)
class Trigger:
    """A word that names an event: ``tactic`` from the lexicon, ``kind`` report (verb) or reference (noun)."""

    span: Span
    tactic: str
    kind: str
    blocked_by: str | None = None  # negation, modality, background, aside, generic, summary, figurative (or None)
    noun: bool = False  # a noun ("the attack"), even when it reports an act ("the attack took place")

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(self, span: Span, tactic: str, kind: str, blocked_by: str | None = None, noun: bool = False) -> None:
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "tactic", tactic)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "blocked_by", blocked_by)
        object.__setattr__(self, "noun", noun)

    @property
    def live(self) -> bool:
        return self.blocked_by is None


@dataclass(frozen=True)
class Detection:
    """The verdict on one sentence."""

    sentence: Sentence
    triggers: tuple[Trigger, ...]
    score: float
    is_event: bool

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(self, sentence: Sentence, triggers: tuple[Trigger, ...], score: float, is_event: bool) -> None:
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "triggers", triggers)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "is_event", is_event)

    @property
    def live_triggers(self) -> tuple[Trigger, ...]:
        return tuple(t for t in self.triggers if t.live)

    @property
    def reports(self) -> bool:
        return any(t.kind == REPORT for t in self.live_triggers)


# Verbs of a forced disappearance or of a group's change of course that news uses and the lexicon lacks; read
# beside the lexicon's, with the same blockers ("would never disband" is modal, "disbanded in 1998" history).
_UNLISTED_VERBS = (
    ("abduction", re.compile(
        r"\b(?:held (?:\w+ ){0,2}?incommunicado|forcibly disappeared|"
        r"bundled (?:[\w-]+ ){1,4}?into (?:an? |the |their |his |her )?(?:[\w-]+ )?(?:car|van|vehicle|truck|pickup|SUV))\b",
        re.IGNORECASE), ("incommunicado", "disappeared", "bundled")),
    # "have occupied the town of Boni since Sunday" (not protesters who "occupied the town hall")
    ("territory", re.compile(
        r"\b(?:occupied) (?:the )?(?:(?:border |provincial |district |regional )?(?:town|village|city|"
        r"district|locality|commune|municipality|capital|military base|army base|garrison)\b"
        r"(?! (?:hall|square|centre|center)\b))",
        re.IGNORECASE), ("occup",)),
    ("group_change", re.compile(
        r"\b(?:disband(?:ed|s)|(?:decided|agreed|voted|resolved) to disband|"
        r"announc(?:ed|es) (?:their|its) (?:fusion|merger|unification) (?:into|with)|"
        r"(?:called|calls|calling) off (?:its|their|the) (?:[\w-]+ ){0,2}?(?:ceasefire|truce)|"
        r"(?:take|taking|took|taken) up arms again|return(?:ed|ing|s)? to arms)\b",
        re.IGNORECASE), ("disband", "fusion", "merger", "unification", "called off", "calls off", "calling off",
                         "up arms again", "to arms")),
)


def _unlisted_matches(text: str, start: int, end: int, verbs: tuple = _UNLISTED_VERBS) -> list[tuple[str, str, re.Match]]:
    found: list[tuple[str, str, re.Match]] = []
    for tactic, pattern, needs in verbs:
        if may_hold_any(text[start:end], needs):
            found.extend((REPORT, tactic, m) for m in pattern.finditer(text, start, end))
    return found


def find_triggers(text: str, start: int, end: int, published: date | None = None) -> list[Trigger]:
    """Every lexicon trigger in ``text[start:end]``, each with the cue that blocks it (if any)."""
    matches = _lexicon_matches(text, start, end)
    return _triggers_from(text, start, end, matches + _unlisted_matches(text, start, end), published)


def _lexicon_matches(text: str, start: int, end: int) -> list[tuple[str, str, re.Match]]:
    """``pattern.finditer(text, start, end)`` for every pattern of the lexicon, in table order, each pattern tried
    only at the word starts of the range whose word begins with one of its first words (speed only: the words are
    the article's, read once; every pattern opens with ``\b`` and a literal word, see ``lexicon.GATES``). Text
    whose lower-casing moves offsets or folds a letter to ASCII is scanned in full."""
    words = text_words(text)
    if words.folds or not words.aligned:
        return [(kind, tactic, m) for kind, tactic, pattern in PATTERN_TABLE for m in pattern.finditer(text, start, end)]
    first, last = bisect_left(words.starts, start), bisect_left(words.starts, end)
    positions = gate_positions_of(words.words[first:last], words.starts[first:last])
    return [(kind, tactic, m) for (kind, tactic, pattern), gate, candidates in zip(PATTERN_TABLE, GATES, positions)
            for m in gated_matches(text, pattern, candidates if gate is not None else None, start, end)]


def find_sentence_triggers(text: str, sentences: Sequence[Sentence], published: date | None = None) -> list[list[Trigger]]:
    """``find_triggers`` for every sentence at once, then the matches are dealt out to their sentences.

    Scanning 44 patterns over every character costs ~15 ms for a 600-word article, so each pattern is only
    tried at the words that begin with one of its possible first words (``GATES``); patterns whose first
    word cannot be read off the regex are scanned in full."""
    starts = [s.start for s in sentences]
    per_sentence: list[list] = [[] for _ in sentences]
    words = text_words(text)  # speed only: the article's words, read once for every reader that needs them
    positions = gate_positions_of(words.words, words.starts)
    for (kind, tactic, pattern), gate, candidates in zip(PATTERN_TABLE, GATES, positions):
        for match in gated_matches(text, pattern, candidates if gate is not None else None):
            index = bisect_right(starts, match.start()) - 1
            if index >= 0 and match.end() <= sentences[index].end:
                per_sentence[index].append((kind, tactic, match))
    unlisted = tuple(verb for verb in _UNLISTED_VERBS if words.holds_any(verb[2]))  # speed only: the article's words
    for index, sentence in enumerate(sentences):
        per_sentence[index].extend(_unlisted_matches(text, sentence.start, sentence.end, unlisted))
    return [_triggers_from(text, s.start, s.end, matches, published) if matches else []
            for s, matches in zip(sentences, per_sentence)]


# A siege, a blockade or a place kept closed by armed men (round twenty-four): told with "since" or "for weeks", the
# state that still holds, not a summary.
_SIEGE_WORDS = re.compile(r"besieg|blockad|siege|blocked|closed|sealed off|cut off|encircled|surrounded", re.IGNORECASE)


_ARMED_CLOSURE = re.compile(ARMED_CLOSURE, re.IGNORECASE)


def _armed_closures_first(matches: list) -> list:
    """Armed men who keep a road closed ("gangs have blocked the national road") are read before the protest's
    "blocked the road" inside them, which the lexicon's order would otherwise let win the overlap (round twenty-four)."""
    closures = [m for m in matches if m[1] == "other" and _ARMED_CLOSURE.match(m[2].group())]
    if not closures:
        return matches
    return closures + [m for m in matches if all(m is not c for c in closures)]


def _triggers_from(text: str, start: int, end: int, matches, published: date | None) -> list[Trigger]:
    found: list[Trigger] = []
    matches = _armed_closures_first(matches)
    taken: list[tuple[int, int, str]] = []  # verbs and nouns may overlap ("fired mortars at" + "mortars")
    cues = SentenceCues.of(text, start, end, published)
    for kind, tactic, match in matches:
        if tactic == "ied" and match.group().lower().startswith("ied") and not IED_EXACT.match(match.group()):
            continue
        if any(s < match.end() and match.start() < e and k == kind for s, e, k in taken):
            continue
        if any(t.span.start == match.start() and t.tactic == tactic for t in found):
            continue
        taken.append((match.start(), match.end(), kind))
        span = Span(match.start(), match.end(), match.group())
        kind_here = REPORT if crowd_acting(text, match, end) else kind
        if kind_here == REPORT and _refers(text, start, end, match, tactic):
            kind_here = REFERENCE
        if kind == REFERENCE and kind_here == REFERENCE and subject_noun_told(text, start, match, end):
            kind_here = REPORT  # "The pillaging of the hospital by soldiers was documented by ..."
        blocker = blocker_in(cues, text, start, span, kind_here)
        if blocker == SUMMARY and kind_here == REPORT and tactic == "other" and _SIEGE_WORDS.search(span.text):
            blocker = None  # "has been besieged by the RSF since May": a siege that still holds, not a campaign summed up
        if blocker == "generic" and (_weapon_subject(text, tactic, match) or _headline_subject(text, start, tactic, match)
                                     or _headline_verb(text, start, end, match)):
            # the act it reports still answers to the cues read after "generic" ("and answer with air strikes": a
            # habit)
            kind_here, blocker = REPORT, blocker_in(cues, text, start, span, REPORT)
        if blocker is None and tactic in _EXERCISE_TACTICS and _in_exercise(text, start, end):
            blocker = FIGURATIVE
        if blocker is None and _not_armed_violence(text, start, end, tactic, match):
            blocker = FIGURATIVE
        if blocker is None and _acts_on_kinds_of_things(text, start, match, tactic, kind_here, cues.has_date):
            blocker = SUMMARY
        if blocker is None and kind_here == REFERENCE and _talks_to_end(text, start, end, tactic, match):
            blocker = "modality"
        if blocker is None and kind_here == REFERENCE and _planned(text, start, match, end):
            blocker = "modality"
        if blocker is None and _sought_agreement(text, start, tactic, match):
            blocker = "modality"
        if blocker is None and " " in match.group() and dated_long_ago_within(text, span, cues.year):
            blocker = "background"
        if blocker is None and " " in match.group() and _adjective_participle(text, start, match):
            blocker = "generic"  # "a specially built courtroom in the former NATO headquarters": a thing described
        found.append(Trigger(span, tactic, kind_here, blocker, noun=kind == REFERENCE or _is_weapon_noun(span.text)))
    return _same_act_as_history(text, sorted(found, key=lambda t: t.span.start))


# "to mark five years since suicide bombers struck three churches and three hotels, killing 269 people, as the
# cardinal accused governments of hiding who was behind the attacks": a ", killing ..." participle and a "the
# attacks" noun after a verb told as history tell that same act again, so they take its blocker. Only the nearest
# verb before them counts: "Gunmen who attacked the town in 2019 struck again on Monday, killing five" is news.
_HISTORY_TO_INHERIT = frozenset({"background"})
_IT_AFTER = re.compile(r"\s+it\b")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+$")
_DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _same_act_as_history(text: str, triggers: list[Trigger]) -> list[Trigger]:
    told: list[Trigger] = []
    for trigger in triggers:
        # a verb a trial's clause refers back to is a verb too ("the gunmen who attacked the museum in March 2015,
        # killing 22")
        last_verb = next((t for t in reversed(told) if not t.noun), None)
        if trigger.live and last_verb is not None and last_verb.blocked_by in _HISTORY_TO_INHERIT and (
                _retells_the_verb(text, trigger)):
            trigger = Trigger(trigger.span, trigger.tactic, trigger.kind, last_verb.blocked_by, trigger.noun)
        elif trigger.live and told and told[-1].blocked_by == "modality" and _participle_after_comma(text, trigger):
            trigger = Trigger(trigger.span, trigger.tactic, trigger.kind, "modality", trigger.noun)
        elif trigger.live and told and told[-1].blocked_by == FIGURATIVE and _IT_AFTER.match(text, trigger.span.end):
            # "This was a raid on the constitution, and we have repelled it": "it" is the figure's act
            trigger = Trigger(trigger.span, trigger.tactic, trigger.kind, FIGURATIVE, trigger.noun)
        told.append(trigger)
    return told


# "an elevated risk of terrorist attacks in Abuja, targeting government buildings": a ", targeting"/", killing"
# participle right after an act that may come tells what that act would do (the nearest trigger only: "Despite
# the threat of attacks, gunmen stormed the hotel, killing six" has "stormed" in between).
def _participle_after_comma(text: str, trigger: Trigger) -> bool:
    before = text[max(0, trigger.span.start - 6):trigger.span.start]
    return trigger.span.text.lower().endswith("ing") and bool(_PARTICIPLE_AFTER_COMMA.search(before))


def _retells_the_verb(text: str, trigger: Trigger) -> bool:
    if _participle_after_comma(text, trigger):
        return True
    before = text[max(0, trigger.span.start - 6):trigger.span.start]
    return trigger.kind == REFERENCE and bool(_DEFINITE_BEFORE.search(before))


# The blocker of words of force said of something else: a drill, a parade, a film, a computer, a court, a struggle.
FIGURATIVE = "figurative"


# "Suicide car bombers rammed the gate", "rockets slammed into the market": a bare plural weapon noun that is the
# subject of an act names the means of that act, it is no generic mention of the weapon.
_WEAPON_NOUN_TACTICS = frozenset({"suicide", "air_strike", "shelling"})
_ACT_VERB_AFTER = re.compile(
    # round fifteen: past an aside that tells where they came from ("shells, fired from hills held by the rebels,
    # crashed into a school"), and the verbs of a shell's fall
    r"(?:,[^,.;]{3,70},)?\s+(?:[\w-]+\s+)?(?:detonated|blew|exploded|struck|hit|attacked|rammed|targeted|killed|wounded|"
    r"destroyed|drove|slammed|landed|pounded|levell?ed|flattened|crashed|smashed|tore|ripped|fell|"
    # round twenty-one: "a drone attack set fire to the refinery", "Drone attack sets fire to oil depot"
    r"set fire|sets fire|set ablaze|sets ablaze)\b",
    re.IGNORECASE,
)
# ... or the object its wearer set off: "two men set off their explosive vests in a crowded market".
_SET_OFF_BEFORE = re.compile(r"\b(?:set off|detonated|triggered|exploded|activated)\s+(?:their|his|her|an?|the)\s+$",
                             re.IGNORECASE)


# Weapons fired in a drill, a test or a simulation hit nobody: "fired cruise missiles at mock targets during a naval
# drill", "missiles that destroyed a floating target, and commandos storming a vessel in a simulated hostage rescue". Not
# killings and abductions: a drill kills nobody, so a death told beside one is news of its own.
_EXERCISE = re.compile(
    r"\b(?:drills?|(?:military|naval|joint|live-fire) exercises?|war ?games|manoeuvres|maneuvers|test[- ]fir\w*|"
    # "the highlight of the largest Balikatan exercises", "during the two-week exercise": a plural is a drill's,
    # a singular needs its kind or its length (not a lockdown's "exercise window", nor "the exercise of power")
    r"exercises|(?:training|annual|amphibious|combined|field|[\w-]+-(?:day|week)) exercise|"
    # "staged a raid on a mock Israeli position", "fired missiles at a decommissioned frigate", "blank rounds"
    r"(?:mock|dummy|decommissioned) (?:[\w'’-]+ ){0,2}?(?:targets?|positions?|camps?|compounds?|villages?|bases?|"
    r"ships?|vessels?|frigates?|tanks?|enemy)|blank (?:rounds|ammunition|cartridges)|"
    r"(?:missile|weapons?) tests?|(?:mock|dummy|floating|practice) targets?|simulated|(?:played|playing|plays) the (?:role|part) of|"
    r"posing as|"
    # "In the simulations, Chinese missiles first struck the air bases": a war game's or an analyst's imagined war
    r"simulations?|in (?:the |a |an |most |every |all |each |one |some |many |these |those |such |its |their )?"
    r"(?:[\w-]+ )?scenarios?)\b",
    re.IGNORECASE,
)
_EXERCISE_NEEDS = gate_words(_EXERCISE)  # speed only: read off the pattern, never kept by hand


def _in_exercise(text: str, start: int, end: int) -> bool:
    return may_hold_any(text[start:end], _EXERCISE_NEEDS) and _EXERCISE.search(text, start, end) is not None


# "other": "warships and jets simulated a blockade of the island in exercises" (a drill's siege)
_EXERCISE_TACTICS = frozenset({"suicide", "air_strike", "shelling", "attack", "clash", "bombing", "looting",
                               "disrupted", "other"})


# Words of force said of computers, films and complaints: "a cyber attack disrupted the portal", "scenes showing
# the raid would be filmed with special effects", "mining companies have protested the changes".
CYBER_WORDS = re.compile(
    r"\b(?:cyber[- ]?\w*|hackers?|hacking(?! to death)|hacked (?:into|the (?:website|account|server|system|portal))|ransomware|malware|phishing|denial-of-service|DDoS|data breach|"
    r"servers?|websites?|online (?:portal|platform|system)s?)\b",
    re.IGNORECASE,
)
_CYBER_TACTICS = frozenset({"attack", "clash"})
_DEPICTION = re.compile(
    r"\b(?:special effects|re-?enact(?:ed|ing|ments?)?|(?:to|will|would) be (?:filmed|shot|staged)|"
    r"(?:film|movie|documentary|play|novel|series) (?:about|based on|depicting)|film(?:ed|ing)? (?:scenes?|sequences?)|"
    r"mock-?ups?|replicas?|models? of|posters? of)\b",
    re.IGNORECASE,
)
# Speed only: every _DEPICTION match holds one of these ("be filmed" holds "film").
_DEPICTION_NEEDS = ("special effects", "enact", "film", "be shot", "be staged", "movie", "documentary", "play",
                    "novel", "series", "mock", "replica", "model", "poster")
# An institution's complaint, not a crowd: "companies have protested the changes", "Algeria protested to Rabat".
_INSTITUTION_PROTESTED = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|businesses|investors|governments?|ministr(?:y|ies)|embass(?:y|ies)|officials|"
    r"diplomats|authorities|lawyers|clubs?|federations?|delegations?|capitals?)\s+(?:(?:have|has|had|also|formally|"
    r"strongly|repeatedly|already)\s+){0,2}$",
    re.IGNORECASE,
)


# "Soldiers marched through the capital in a graduation parade": troops on parade, not a crowd with a demand.
_PARADE = re.compile(r"\b(?:parade[sd]?|parading|passing-out|march-past|guard of honou?r)\b", re.IGNORECASE)
_MARCH_WORDS = frozenset({"marched", "march", "marches", "marchers"})


# "as Security Belt recruits marched past", "cadets marching in step": recruits on parade or drill. Not soldiers or
# policemen, who march to demand their pay too.
_TROOPS_MARCHED = re.compile(
    r"\b(?:recruits|cadets|graduates|contingents?|battalions?|regiments?)\s+(?:(?:had|have|then|proudly|slowly)\s+)?$",
    re.IGNORECASE,
)
TROOPS_LOOKBACK = 40  # characters before the verb: its subject and an adverb or auxiliary
# "Recruits marched to the governor's office to demand their pay": a demand makes the march a protest again.
_MARCH_DEMAND = re.compile(r"\b(?:to demand|demanding|in protest|to protest|protesting|chanting|against)\b",
                           re.IGNORECASE)


def _parade(text: str, start: int, end: int, match: re.Match) -> bool:
    if match.group().lower() not in _MARCH_WORDS:
        return False
    if _PARADE.search(text, start, end) is not None:
        return True
    return _TROOPS_MARCHED.search(text, max(start, match.start() - TROOPS_LOOKBACK), match.start()) is not None \
        and _MARCH_DEMAND.search(text, match.end(), end) is None



# "We have fought a long battle, and we won it with ballots", "a legal battle": a struggle, not a fight. A long or
# hard battle "with militants" or "against the rebels" is a fight; a legal or political one never is.
_FIGURATIVE_BATTLE = re.compile(
    r"(?:(?:legal|political|court|electoral|diplomatic|bureaucratic|custody|price|turf|ratings)\s+"
    r"(?:battles?|fights?|wars?)|"
    r"(?:uphill|long|lonely|personal|losing|winning|tough|hard)\s+(?:battles?|fights?|wars?)(?!\s+(?:with|against)\b))\b",
    re.IGNORECASE,
)
FIGURATIVE_NOUN_WITHIN_CHARS = 12  # "fought a long battle": the verb's object starts right after it


def _figurative_battle(text: str, end: int, match: re.Match) -> bool:
    before = _FIGURATIVE_BATTLE.search(text, max(0, match.start() - 30), match.end())
    if before is not None and before.end() == match.end():
        return True  # the noun itself: "a long battle"
    after = _FIGURATIVE_BATTLE.search(text, match.end(), min(end, match.end() + FIGURATIVE_NOUN_WITHIN_CHARS + 30))
    return after is not None and after.start() - match.end() <= FIGURATIVE_NOUN_WITHIN_CHARS


# "a commander who fought in two rebellions", "fought in both wars", "had fought in several conflicts": wars counted
# are a life's record, no one fight. One war named is left alone ("fought during the uprising", "fought in the civil
# war" is also how a day's fight in a war is told: the lead's check set lost a typing to that wider reading).
_FOUGHT_IN_WARS_AFTER = re.compile(
    r"\s+(?:in|during|through|throughout)\s+(?:two|three|four|both|several|many|successive)\s+(?:[a-z][\w'’-]*\s+)?"
    r"(?:wars|rebellions|risings|uprisings|insurgencies|revolutions|conflicts|campaigns)(?![\w-])",
    re.IGNORECASE)


def _fought_in_wars(text: str, match: re.Match) -> bool:
    return match.group().lower() == "fought" and _FOUGHT_IN_WARS_AFTER.match(text, match.end()) is not None


# "workers of a meat packing company protested": the institution only qualifies the crowd that protested.
_OF_BEFORE = re.compile(r"\bof\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _institution_protested(text: str, start: int, match: re.Match) -> bool:
    subject = _INSTITUTION_PROTESTED.search(text, max(start, match.start() - 60), match.start())
    return subject is not None and not _OF_BEFORE.search(text, max(start, subject.start() - 40), subject.start())


_CLAUSE_EDGE = re.compile(r"[,;:]|\bbut\b|\bwhile\b", re.IGNORECASE)
CYBER_WORD_WITHIN_CHARS = 40  # "a cyber attack", "attack on its servers", "hackers ... attacked": one phrase
CYBER_NEEDS = ("cyber", "hack", "ransomware", "malware", "phishing", "denial-of-service", "ddos", "data breach",
               "server", "website", "online")  # speed only: every CYBER_WORDS match holds one (any letter case)


def _cyber_clause(text: str, start: int, end: int, match: re.Match) -> bool:
    """A computer word in the trigger's own clause, near it."""
    near = text[max(start, match.start() - CYBER_WORD_WITHIN_CHARS):min(end, match.end() + CYBER_WORD_WITHIN_CHARS)]
    if not text_words(text).holds_any(CYBER_NEEDS) or not may_hold_any(near, CYBER_NEEDS):
        return False  # speed only: the clause parts below and the trigger all lie in ``near``
    before = text[max(start, match.start() - CYBER_WORD_WITHIN_CHARS):match.start()]
    after = text[match.end():min(end, match.end() + CYBER_WORD_WITHIN_CHARS)]
    before = _CLAUSE_EDGE.split(before)[-1]
    after = _CLAUSE_EDGE.split(after)[0]
    return bool(CYBER_WORDS.search(before) or CYBER_WORDS.search(after) or CYBER_WORDS.search(match.group()))


# "stormed to a 3-1 victory", "stormed into the final": a team or a party storms to a result, not into a place.
_STORMED_TO_A_RESULT = re.compile(
    r"\s+(?:to|into)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:victory|win|lead|title|final|semi-finals?|"
    r"quarter-finals?|majority|landslide)\b|"
    # fans who "stormed the pitch" celebrate (a pitch invasion that turns violent has its own verbs)
    r"\s+(?:onto\s+)?the\s+(?:pitch|field|stage)(?=\s*(?:[,.;]|(?:to|and|on|after|at|in|as)\b))|"
    # a film, a song or a book that "stormed the box office / the charts": a sales record
    r"\s+(?:(?:to\s+)?the\s+top\s+of\s+)?the\s+(?:box[\s-]office|charts|best-?seller\s+lists?|streaming\s+charts)"
    r"\b(?!\s+of\b)",
    re.IGNORECASE)
# "the battle against corruption", "the fight against malaria": a struggle with a thing, not with an armed foe.
_ABSTRACT_FOE_AFTER = re.compile(
    r"\s+(?:against|on)\s+(?:the\s+)?(?:corruption|graft|poverty|malaria|diseases?|inflation|hunger|illiteracy|"
    r"cancer|unemployment|pandemic|covid\S*|climate change|locusts|drought|fake news|misinformation|"
    # "a raid on the constitution", "an assault on democracy", "a raid on the public purse": a law, a freedom or
    # public money, not a place or people
    r"constitution|democracy|rule of law|press freedom|free speech|freedom of (?:the press|speech|expression)|"
    r"treasury|public (?:purse|funds|coffers)|(?:state |public )?coffers|pension funds?)\b"
    r"(?!\s+(?:building|office|offices|headquarters|compound|premises)\b)|"
    # "locked in a bitter battle with regulators and importers", "an all-out assault on Nigeria's fuel importers": a
    # firm's foes in a market or a court
    r"\s+(?:with|against|on)\s+(?:the\s+|its\s+|his\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:regulators?|importers?|competitors?|shareholders?|creditors?|insurers?|distributors?|suppliers?|"
    r"landlords?|tax authorities)(?![\w'’-])",
    re.IGNORECASE)
_ASSAULT_NOUNS = frozenset({"assault", "assaults", "attack", "attacks", "offensive", "onslaught", "raid", "raids"})
# "fired the first shot in the battle against corruption", "the opening shots of the campaign"
_SHOT_IN_A_STRUGGLE_AFTER = re.compile(
    r"s?\s+(?:in|of)\s+(?:the|a|this|their|its)\s+(?:[\w-]+\s+){0,2}?(?:battle|war|fight|campaign|race|contest)\b",
    re.IGNORECASE)


# "The Senate shot down a proposal to extend the terms": a vote's no, not an aircraft downed.
_SHOT_DOWN_AN_IDEA_AFTER = re.compile(
    r"\s+down\s+(?:(?:a|an|the|his|her|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?(?:proposals?|bills?|"
    r"plans?|ideas?|motions?|amendments?|requests?|bids?|offers?|suggestions?|claims?|rumou?rs?|demands?|"
    r"petitions?|reforms?|budgets?|nominations?|nominees?)\b", re.IGNORECASE)


# "died of a heart attack": an attack of illness.
_ILLNESS_BEFORE = re.compile(r"\b(?:heart|panic|asthma|anxiety)\s+$", re.IGNORECASE)


def _not_armed_violence(text: str, start: int, end: int, tactic: str, match: re.Match) -> bool:
    if tactic in _CYBER_TACTICS and _cyber_clause(text, start, end, match):
        return True
    if tactic == "attack" and _ILLNESS_BEFORE.search(text, max(start, match.start() - 10), match.start()):
        return True
    if tactic == "attack" and match.group().lower() == "stormed" and _STORMED_TO_A_RESULT.match(text, match.end()):
        return True
    if tactic == "clash" and (_figurative_battle(text, end, match) or _group_fighting_for(text, start, match)
                              or _ABSTRACT_FOE_AFTER.match(text, match.end()) or _fought_in_wars(text, match)):
        return True
    if match.group().lower() == "shot" and (_SHOT_IN_A_STRUGGLE_AFTER.match(text, match.end())
                                            or _SHOT_DOWN_AN_IDEA_AFTER.match(text, match.end())):
        return True
    if match.group().lower() in _ASSAULT_NOUNS and _ABSTRACT_FOE_AFTER.match(text, match.end()):
        return True  # "an assault on inflation", "launched an all-out assault on the fuel importers"
    if match.group().lower() == "attack" and _ATTACK_AS_A_MACHINE_AFTER.match(text, match.end()):
        return True  # "light attack aircraft ... arrived", "24 Apache attack helicopters": a kind of weapon
    if match.group() == "air force" and _AIR_FORCE_AS_AN_INSTITUTION_AFTER.match(text, match.end()):
        return True  # "landed at the air force base", "the air force said": the institution, not its strikes
    if tactic == "ied" and _TO_BLOW_OPEN_A_SAFE_AFTER.match(text, match.end()):
        return True  # "used explosives to blow open the vault": a robbery's tool
    if tactic == "transfer" and _people_handed_over(text, start, match):
        return True  # "their bodies were handed over last week", "handed over the remains of": no territory
    if tactic == "arrest" and _ARREST_WARRANT_AFTER.match(text, match.end()):
        return True
    if tactic == "killing" and match.group().lower() == "death" and _sentenced_to_death(text, start, match):
        return True
    if tactic == "killing" and _DIED_IN_A_DISASTER_AFTER.match(text, match.end()):
        return True  # "at least 37 people died in the flooding": nature's toll (no training note has one)
    if _in_a_quoted_slogan(text, start, match) or _likened(text, start, match):
        return True
    if _debunked_claim(text, start, end, match):
        return True
    if match.group().lower() in _BEATEN_WORDS and _SCORE_AFTER.match(text, match.end()):
        return True
    if match.group().lower() in _ROUTED_WORDS and (_BARE_SCORE_AFTER.match(text, match.end())
                                                   or _ASSET_ROUTED_BEFORE.search(text, max(start, match.start() - 40),
                                                                                  match.start())):
        return True  # "the visitors were massacred 5-0": a match's score; "the naira was slaughtered": a market's fall
    if _IN_A_MARKET_FALL_AFTER.match(text, match.end()):
        return True  # "investors were slaughtered in the sell-off"
    if match.group().lower() in _EXPLODED_WORDS and _PRICE_BEFORE.search(text, max(start, match.start() - 40),
                                                                         match.start()):
        return True  # "Oil prices exploded on Tuesday": a price that soars
    if tactic == "territory" and _corporate_takeover(text, start, match):
        return True
    if tactic == "group_change" and match.group().lower().endswith("suspension") and _MEDIA_AFTER.match(
            text, match.end()):
        return True
    if _is_weapon_noun(match.group()) and _weapons_traded(text, start, match):
        return True
    if tactic == "protest":
        return (_institution_protested(text, start, match) or _parade(text, start, end, match)
                or _PROTEST_AS_A_MODIFIER_AFTER.match(text, match.end()) is not None
                or _campaign_rally(text, start, match) or _cut_off_by_war_or_weather(text, start, match))
    return text_words(text).holds_any(_DEPICTION_NEEDS) and may_hold_any(text[start:end], _DEPICTION_NEEDS) \
        and _DEPICTION.search(text, start, end) is not None  # speed only: the article's words asked first


# "marched under the slogan "They are killing us"", "a film titled "The Killing Fields"": words quoted as a
# slogan, a chant or a title name no act.
_SLOGAN_BEFORE = re.compile(
    r"\b(?:slogans?|chant(?:s|ed|ing)?|banners? reading|placards? reading|hashtag|motto|(?:en)?titled)\s*:?\s+"
    r"[\"“‘'][^\"”’]{0,40}$", re.IGNORECASE)
SLOGAN_WITHIN_CHARS = 70  # the word that names the slogan, its opening quote and a few words before the trigger


def _in_a_quoted_slogan(text: str, start: int, match: re.Match) -> bool:
    window = max(start, match.start() - SLOGAN_WITHIN_CHARS)
    before = text[window:match.start()]
    return ('"' in before or "“" in before or "‘" in before) and bool(
        _SLOGAN_BEFORE.search(text, window, match.start()))


# "At least 37 people died in the flooding", "were killed in the earthquake": deaths a natural disaster dealt. Not a
# fire, a crash or a stampede: arsonists, downed aircraft and crowds fleeing tear gas kill in the notes.
_ACCIDENT_THING = (r"(?:bus|minibus|lorry|truck|tanker|car|train|boat|ferry|canoe|mine|pit|shaft|tunnel|building|"
                   r"bridge|dam|wall|roof)")
_DIED_IN_A_DISASTER_AFTER = re.compile(
    r"\s+(?:in|during|from|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:floods?|flooding|floodwaters|earthquakes?|quakes?|"
    r"landslides?|mudslides?|storms?|cyclones?|hurricanes?|typhoons?|drought|heatwaves?|tsunami)\b|"
    # round thirteen's accidents: "were killed when a bus collided with a lorry", "died in a mine collapse" (a road,
    # a river, a pit or a building; not a plane, which the notes see downed)
    r"(?:\s+[\w-]+){0,3}?\s+when\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?" + _ACCIDENT_THING + r"\s+"
    r"(?:collided|overturned|crashed|capsized|sank|derailed|collapsed|caved\s+in|plunged|veered|burst|gave\s+way)\b|"
    r"\s+(?:in|during|after)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:road|traffic|bus|car|train|boat|ferry|mine|pit)\s+"
    r"(?:accident|crash|collision|collapse|disaster)\b", re.IGNORECASE)


# "the first six A-29 light attack aircraft arrived", "attack helicopters took part in the drill": "attack" names a
# kind of machine, not an act (the notes tell the act by another verb: "bombarded KIA positions using an attack
# helicopter", "with support of MONUSCO attack helicopters, clashed with").
# "The planes landed at the air force base in Kainji", "..., the air force said", "air force cadets killed by the
# militants": the force as an institution, a place, a speaker or its members ("the air force killed 30 militants"
# keeps the reference that types the strike).
_AIR_FORCE_AS_AN_INSTITUTION_AFTER = re.compile(
    r"\s+(?:bases?|spokes(?:man|woman|person)|chiefs?|commanders?|headquarters|academy|officers?|pilots?|personnel|"
    r"cadets?|recruits?|trainees?|veterans?|college|school|band|museum|said|says|statement)\b")
# "used explosives to blow open the vault", "dynamite to break into the cash machine": robbers' tools, not a bombing
# (a bomb that "blew open the prison gate" frees inmates: gates and doors are left out).
_TO_BLOW_OPEN_A_SAFE_AFTER = re.compile(
    r"\s+to\s+(?:blow|blast|break|force|crack)\s+(?:open\s+|into\s+)?(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:vaults?|safes?|ATMs?|cash machines?|strongrooms?|cash boxes|cash-in-transit vans?)\b", re.IGNORECASE)
_ATTACK_AS_A_MACHINE_AFTER = re.compile(
    r"[\s-]+(?:aircraft|helicopters?|choppers?|gunships?|jets?|planes?|drones?|submarines?|boats?|craft|squadrons?)\b",
    re.IGNORECASE)


# "Their bodies were handed over last week under the truce", "handed the hostages over", "handed over the remains of
# three soldiers": people or the dead change hands, not a place (a hostage or a prisoner handed over to officials is
# the lexicon's NOT_TO_PEOPLE).
_HANDED_OVER_WHO = r"(?:bod(?:y|ies)|remains|corpses?|hostages?|captives?|prisoners?|detainees?|abductees?|suspects?)"
_HANDED_OVER_WHO_BEFORE = re.compile(
    rf"\b{_HANDED_OVER_WHO}(?:\s+[\w'’-]+){{0,3}}?\s+(?:were|was|had been|have been|has been|being|to be)\s+$",
    re.IGNORECASE)
_HANDED_OVER_WHO_AFTER = re.compile(rf"\s+(?:the\s+|their\s+|its\s+|his\s+)?(?:[\w-]+\s+){{0,2}}?{_HANDED_OVER_WHO}\b",
                                    re.IGNORECASE)
_HANDED_OVER_WHO_INSIDE = re.compile(rf"\b{_HANDED_OVER_WHO}\b", re.IGNORECASE)
HANDED_OVER_WITHIN_CHARS = 60  # the people, up to three words about them and the passive's auxiliary


def _people_handed_over(text: str, start: int, match: re.Match) -> bool:
    if not match.group().lower().startswith("hand"):
        return False
    window = max(start, match.start() - HANDED_OVER_WITHIN_CHARS)
    return bool(_HANDED_OVER_WHO_INSIDE.search(match.group()) or _HANDED_OVER_WHO_AFTER.match(text, match.end())
                or _HANDED_OVER_WHO_BEFORE.search(text, window, match.start()))


# "took part in the protest movement", "protest leaders": the noun names a group or its people, not a protest;
# "staged a demonstration assault on a compound", "a demonstration of force": a display of skill, not a crowd.
_PROTEST_AS_A_MODIFIER_AFTER = re.compile(
    r"\s+(?:movements?|leaders?|organi[sz]ers?|groups?|songs?|assaults?|raids?|attacks?|flights?|jumps?|"
    r"of (?:force|strength|skills?|firepower|military might))\b", re.IGNORECASE)


# "His campaign held its first rally in Maroua", "a campaign rally", "election rallies in the north": a candidate's
# or a party's canvassing, which ACLED does not code as a demonstration (5 of the 18,869 peaceful protests of the
# training notes name one); an attack at one stays ("grenades were thrown at an election rally").
_CAMPAIGN_BEFORE = re.compile(r"\b(?:campaign|election|electoral|re-election)\s+(?:[\w'’-]+\s+){0,3}?$",
                              re.IGNORECASE)


# "cheered their candidate at a rally in Kano on Tuesday as the campaign drew to a close": the campaign told after it
_CAMPAIGN_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:as|during|at the (?:close|end|start|launch|opening) of) the (?:[\w-]+ )?campaign\b",
    re.IGNORECASE)


def _campaign_rally(text: str, start: int, match: re.Match) -> bool:
    return "rall" in match.group().lower() and bool(
        _CAMPAIGN_BEFORE.search(text, max(start, match.start() - 40), match.start())
        or _CAMPAIGN_AFTER.match(text, match.end()))


# "The violence has cut off the road to Kadugli", "floods cut off roads": a war or the weather closes a road, not a
# crowd's blockade
_WAR_OR_WEATHER_BEFORE = re.compile(
    r"\b(?:violence|fighting|insecurity|clashes|war|conflict|siege|floods?|flooding|floodwaters|rains?|landslides?|"
    r"storms?|snow)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?$", re.IGNORECASE)


def _cut_off_by_war_or_weather(text: str, start: int, match: re.Match) -> bool:
    return match.group().lower().startswith("cut off") and bool(
        _WAR_OR_WEATHER_BEFORE.search(text, max(start, match.start() - 40), match.start()))


# "sentenced seven men to death", "condemned to death in absentia", "the death sentences", "the death penalty":
# a court's sentence, not a killing.
_SENTENCED_TO_BEFORE = re.compile(r"\b(?:sentenc\w+|condemn\w+)\s+(?:[\w'’-]+\s+){0,10}?to\s+$", re.IGNORECASE)
_SENTENCE_AFTER = re.compile(r"\s+(?:sentences?|penalty|row|warrants?)\b", re.IGNORECASE)
SENTENCED_WITHIN_CHARS = 90  # the verb, the convicts ("seven members of a banned Islamist group") and "to"


def _sentenced_to_death(text: str, start: int, match: re.Match) -> bool:
    if _SENTENCE_AFTER.match(text, match.end()):
        return True
    window = max(start, match.start() - SENTENCED_WITHIN_CHARS)
    return bool(_SENTENCED_TO_BEFORE.search(text, window, match.start()))


# "the Indomitable Lions beat Nigeria 2-0": a team beaten by a score is a match result, not an assault. The score
# follows the beaten side's name ("Police beat protesters with batons" names no score).
_SCORE_AFTER = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}\d{1,2}-\d{1,2}(?![\w-])")
_BEATEN_WORDS = frozenset({"beat", "beats", "beaten"})
# "were massacred 5-0", "crushed 3-0 at home": a score right after a word of slaughter (a range of a count is
# followed by its noun: "destroyed 10-15 houses")
_BARE_SCORE_AFTER = re.compile(
    r"\s+\d{1,2}-\d{1,2}(?![\w-])(?=\s*(?:[,.;:)]|$|(?:in|at|on|away|by|after|before|victory|win|defeat|loss)\b))")
_ROUTED_WORDS = frozenset({"massacred", "slaughtered", "crushed", "thrashed", "routed", "hammered", "demolished",
                           "destroyed", "humiliated", "mauled"})
# "investors were slaughtered in the sell-off", "burned in the market rout": a market's fall, whoever suffers it
_IN_A_MARKET_FALL_AFTER = re.compile(
    r"\s+(?:in|during|by)\s+(?:the|a|an|this|that|[\w]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:sell-?offs?|slump|"
    r"market (?:crash|rout|meltdown)|stock market)\b", re.IGNORECASE)
# "Oil prices exploded on Tuesday", "demand has exploded": a figure that soars (a market, a depot or a lorry that
# explodes is left out)
_EXPLODED_WORDS = frozenset({"exploded", "explodes", "explode"})
_PRICE_BEFORE = re.compile(
    r"\b(?:prices?|shares|stocks|index|inflation|demand|sales|costs|rents|rates|debts?|bills|numbers|figures)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:[\w-]+ly\s+)?$", re.IGNORECASE)
# "the naira was slaughtered on Monday", "shares of importers were hammered": a currency, a share or a price routed is
# a market's fall (a market, a bank or traders attacked are places and people: left out)
_ASSET_ROUTED_BEFORE = re.compile(
    r"\b(?:currency|currencies|naira|pound|cedi|shilling|rand|dinar|riyal|lira|birr|kwacha|leone|franc|shares|stocks|"
    r"equities|index|bonds|prices)\s+(?:was|were|has\s+been|have\s+been|had\s+been|got|is\s+being)\s+(?:[\w-]+ly\s+)?$",
    re.IGNORECASE)
# "launched a hostile takeover bid for its rival", "the takeover offer": a company bought, not a place taken
_TAKEOVER_BID_AFTER = re.compile(r"\s+(?:bids?|offers?|deals?|battles?|talks|approach(?:es)?|premium|target)\b",
                                 re.IGNORECASE)
_HOSTILE_BEFORE = re.compile(r"\b(?:hostile|corporate|reverse|leveraged)\s+$", re.IGNORECASE)


def _corporate_takeover(text: str, start: int, match: re.Match) -> bool:
    if not match.group().lower().endswith("takeover"):
        return False
    return bool(_TAKEOVER_BID_AFTER.match(text, match.end())
                or _HOSTILE_BEFORE.search(text, max(start, match.start() - 12), match.start()))


# An act a debunked post shows: "posts circulating on social media claiming that soldiers had clashed with police in
# Nairobi were fake", "dismissed as fake news a video purporting to show soldiers fleeing". The claim's word and its
# medium come before the act, the verdict anywhere in the sentence; a claim not called false stays what it says.
_CLAIMED_BY_A_POST_BEFORE = re.compile(
    r"\b(?:posts?|videos?|clips?|footage|images?|photos?|pictures?|messages?|rumou?rs?|reports?|claims?)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:claiming|purporting|purports|purported|alleging)\b[^.;]*$",
    re.IGNORECASE,
)
_CLAIMED_NEEDS = gate_words(_CLAIMED_BY_A_POST_BEFORE)  # speed only: read off the pattern, never kept by hand
_DEBUNKED = re.compile(r"\b(?:fake|false|untrue|baseless|doctored|fabricated|hoax|misleading|old footage)\b",
                       re.IGNORECASE)


def _debunked_claim(text: str, start: int, end: int, match: re.Match) -> bool:
    before = text[start:match.start()]
    if not may_hold_any(before, _CLAIMED_NEEDS) or _CLAIMED_BY_A_POST_BEFORE.search(before) is None:
        return False
    return _DEBUNKED.search(text, start, end) is not None


# Words of force in a comparison or an idiom name no act: "the scene was like a battlefield", "it was as if a bomb
# had gone off", "the mine was an explosion waiting to happen", "a ticking time bomb". A noise is not likened
# ("residents heard what sounded like an explosion" may be the act itself), and a plain "time bomb" is a weapon.
_LIKENED_BEFORE = re.compile(
    r"\b(?:(?:was|were|is|are|looked|looks|felt|feels|seemed|seems)\s+(?:just\s+|exactly\s+)?like|as if|as though)"
    r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$|\bticking\s+(?:time\s+)?$",
    re.IGNORECASE,
)
_LIKENED_NEEDS = gate_words(_LIKENED_BEFORE)  # speed only: read off the pattern, never kept by hand
_WAITING_TO_HAPPEN_AFTER = re.compile(r"\s+(?:just\s+)?waiting\s+to\s+happen\b", re.IGNORECASE)
LIKENED_WITHIN_CHARS = 40  # "looked exactly like a huge" and the trigger: the comparison sits right before it


def _likened(text: str, start: int, match: re.Match) -> bool:
    if _WAITING_TO_HAPPEN_AFTER.match(text, match.end()):
        return True
    window = max(start, match.start() - LIKENED_WITHIN_CHARS)
    before = text[window:match.start()]
    return may_hold_any(before, _LIKENED_NEEDS) and _LIKENED_BEFORE.search(before) is not None


# "announced the suspension of Radio France Internationale and France 24": a government silencing the press is no
# change in an armed or political group's activity (ACLED codes none); "the suspension of its military operations" is.
_MEDIA_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:radio|television|TV|broadcast\w*|newspapers?|magazines?|channels?|"
    r"media|press|outlets?|licen[cs]es?|accreditations?|websites?|internet|social networks?|broadcasters?|"
    r"correspondents?|journalists?|programmes?|programs?)\b",
    re.IGNORECASE,
)
# "an arrest warrant", "arrest warrants for three commanders": a court's order to arrest, no arrest made.
_ARREST_WARRANT_AFTER = re.compile(r"\s+warrants?\b", re.IGNORECASE)


# "hundreds of hopefuls asked for bodyguards after threats from drug cartels fighting for control of town halls": a
# participle right after a group names what the group is about, like an adjective; it reports no fight. "Heavy
# fighting for control of the port" (no group before it) stays a fight, and so does a group's own act ("Gangs
# fighting for control of the port killed 12 people on Sunday": "killed" reports).
_GROUP_BEFORE = re.compile(
    r"\b(?:cartels|gangs|groups|factions|militias|rebels|clans|armies|forces|parties|movements|insurgents|jihadists|"
    r"militants|organisations|organizations|networks|mafias|bands)\s+$", re.IGNORECASE)
_FIGHTING_FOR_AFTER = re.compile(
    r"\s+(?:for (?:control|power|supremacy|dominance|influence|territory|turf|the spoils)|over (?:territory|turf|"
    r"routes|control|power)|(?:among|between) themselves|each other|one another)\b", re.IGNORECASE)


def _group_fighting_for(text: str, start: int, match: re.Match) -> bool:
    if match.group().lower() != "fighting" or not _FIGHTING_FOR_AFTER.match(text, match.end()):
        return False
    return bool(_GROUP_BEFORE.search(text, max(start, match.start() - 20), match.start()))


# "received the first batteries of cruise missiles from India", "a deal to buy 12 attack drones": weapons bought,
# sold or delivered are goods, not fired. Not when the weapon then acts ("received reports that missiles struck",
# "the drones it bought from Iran hit the depot"): a "that" between, or a verb of striking after.
_TRADED_BEFORE = re.compile(
    r"\b(?:received|receives?|receiving|delivered|delivers?|delivering|deliver(?:y|ies) of|(?:took|take|takes|taking) "
    r"delivery of|bought|buys?|buying|purchased?|purchases|purchasing|acquired?|acquires|acquiring|acquisition of|"
    r"ordered|orders? (?:of|for)|sold|sells?|selling|sales? of|supplied|supplies|supply of|supplying|shipments? of|"
    r"shipped|exported|imported|exports? of|imports? of|deal (?:for|to buy)|"
    # shown, not fired: "paraded dozens of new armoured vehicles and artillery pieces", "displayed its drones"
    r"paraded|parading|displayed|displaying|showed off|shows? off|showing off|unveiled|unveils?|unveiling)"
    r"\b(?:(?!\bthat\b)[^.;,]){0,60}$",
    re.IGNORECASE,
)
_TRADED_NEEDS = gate_words(_TRADED_BEFORE)  # speed only: read off the pattern, never kept by hand
TRADED_WITHIN_CHARS = 60  # the verb, the count and the weapon's names ("the first batteries of BrahMos supersonic")


def _weapons_traded(text: str, start: int, match: re.Match) -> bool:
    if _ACT_VERB_AFTER.match(text, match.end()):
        return False
    if _OWNED_BEFORE.search(text, max(start, match.start() - 50), match.start()):
        return True
    window = max(start, match.start() - TRADED_WITHIN_CHARS)
    if not may_hold_any(text[window:match.start()], _TRADED_NEEDS):
        return False
    return bool(_TRADED_BEFORE.search(text, window, match.start()))


# "..., its first land-based anti-ship missiles", "their own drones": weapons named as what a force owns.
_OWNED_BEFORE = re.compile(
    r"\b(?:its|their|our|his|her)\s+(?:first|new|own|latest|newest|entire|whole|growing)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE)


# "the recapture of roads and towns", "jihadists, who have cut roads, destroyed bridges and sabotaged water points":
# an act on bare plurals of places or works, told in the perfect or as a noun with no date, sums up a campaign.
_KINDS_OF_PLACES = (r"(?:towns|villages|roads|areas|territor(?:y|ies)|positions|cities|bases|districts|localities|"
                    r"bridges|schools|clinics|health centres|water points|wells|farms|fields|markets|homes|houses|"
                    r"forests)")
_TAKEN_KINDS_AFTER = re.compile(rf"\s+(?:of|over)\s+(?:[a-z][\w-]*\s+)?{_KINDS_OF_PLACES}\b")
_DESTROYED_KINDS_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?{_KINDS_OF_PLACES}\b(?!\s+(?:in|at|near|of)\s+[A-Z])")
# "went on to overrun dozens of army bases": many places in one verb, with no day, is a campaign.
# Not when one place holds them: "blew up dozens of houses in the border village of Mhaibib".
_MANY_KINDS_AFTER = re.compile(
    rf"\s+(?:(?:dozens|scores|hundreds|a string|a series|a number) of )(?:[a-z][\w-]*\s+)?{_KINDS_OF_PLACES}\b"
    r"(?!\s+(?:in|at|near|of)\s+(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:village|town|city|district|camp|"
    r"neighbou?rhood|area|locality)\s+of\s+)?(?-i:[A-Z]))")
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:(?:also|already|repeatedly)\s+)?(?:[\w-]+,?\s+){0,6}$",
                             re.IGNORECASE)
_WORKS_TACTICS = frozenset({"looting", "arson"})


def _acts_on_kinds_of_things(
    text: str, start: int, match: re.Match, tactic: str, kind: str, has_date: bool
) -> bool:
    if has_date:
        return False
    if tactic == "territory" and kind == REFERENCE:
        return bool(_TAKEN_KINDS_AFTER.match(text, match.end()))
    if kind == REPORT and _MANY_KINDS_AFTER.match(text, match.end()):
        return True
    if kind != REPORT or not _PERFECT_BEFORE.search(text, max(start, match.start() - 60), match.start()):
        return False
    if (tactic in _WORKS_TACTICS or tactic == "territory") and _DESTROYED_KINDS_AFTER.match(text, match.end()):
        return True  # "have burned schools", "have pushed the gangs out of forests for a while"
    return bool(_KINDS_OF_PEOPLE_AFTER.match(text, match.end()))


# "his government has jailed journalists and activists", "have targeted police and non-local workers": an act done
# in the perfect to kinds of people, with no count and no date, sums up a record (a count makes it one act: "have
# killed 12 civilians").
_KINDS_OF_PEOPLE_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:journalists|reporters|activists|critics|opponents|dissidents|civilians|villagers|"
    r"farmers|herders|students|worshippers|teachers|workers|traders|police|policemen|officers|soldiers|"
    r"(?:rights |armed |civil society |opposition )?groups|parties|newspapers|lawyers|protesters|demonstrators|"
    r"migrants|refugees|minorities|Christians|Muslims)\b(?!\s+(?:in|at|near|from|of)\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


# Report patterns that match only the weapon noun ("the missile" of "the missile struck"): still a noun, so that
# "the missile" can refer back to an event already told.
_WEAPON_NOUN = re.compile(
    r"(?:rockets?|missiles?|mortars?|mortar (?:rounds|shells)|shells|air ?strikes?|air raids?|drone strikes?|"
    r"artillery(?: pieces| guns)?|howitzers?)",
    re.IGNORECASE,
)


def _is_weapon_noun(text: str) -> bool:
    return bool(_WEAPON_NOUN.fullmatch(text))


# Talks "aimed at ending the fighting", "to negotiate an end to the clashes": the violence is what the meeting wants
# to stop, not an act it reports (a meeting is not a battle at its venue). Only in a sentence about talks, since
# "police intervened to stop the fighting" tells a fight.
_ENDING_BEFORE = re.compile(
    r"\b(?:end|ends|ending|halt|halting|stop|stopping)\s+(?:to\s+)?(?:(?:the|a|an|this|that|their|its|of|months|years|"
    r"weeks|days|decades|two|three|several|many|recent|deadly|ongoing|[\w]+-(?:year|month|week)-old)\s+){0,4}$",
    re.IGNORECASE,
)
_TALKS = re.compile(
    r"\b(?:talks|negotiat\w+|mediat\w+|met|meeting|meet|summit|dialogue|peace (?:process|conference|initiative)|"
    r"delegations?|envoys?)\b",
    re.IGNORECASE,
)
_ENDED_TACTICS = frozenset({"clash", "attack", "killing", "shelling", "air_strike"})


def _talks_to_end(text: str, start: int, end: int, tactic: str, match: re.Match) -> bool:
    if tactic not in _ENDED_TACTICS or not _ENDING_BEFORE.search(text, max(start, match.start() - 50), match.start()):
        return False
    return bool(_TALKS.search(text, start, end))


# "resumed indirect talks on a ceasefire", "efforts to reach a truce": the agreement is what the talks seek.
# An act only planned or authorised ("approved plans for a ground offensive in Rafah", "gave the green light for an
# assault on the port", "preparations for a new offensive", "the planned withdrawal of troops"): the noun names what
# may come, like "plans to attack".
_PLANNED_BEFORE = re.compile(
    r"\b(?:plans?|planning|preparations?|blueprint|green light|go-ahead|approval|authori[sz]ation)\s+(?:for|of)\s+"
    r"(?:an?|the|its|their|a new|new)?\s*(?:[\w-]+\s+){0,2}$|"
    # "residents are planning a march next Sunday" (round nineteen): a new act planned (not "planned the attack",
    # the act done)
    r"\b(?:plans?|planning|planned)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$|"
    # "to discuss the planned withdrawal of African Union troops", "the proposed handover of bases"
    r"\b(?:the|a|an|its|their)\s+(?:planned|proposed|scheduled|expected|upcoming|forthcoming|intended|promised)\s+"
    r"(?:[\w-]+\s+){0,1}$|"
    # round fifteen: what a reward asks for ("a reward for information leading to his arrest", "a bounty for the
    # capture of"): an arrest sought, not made
    r"\b(?:information|tips?|intelligence)\s+(?:that\s+(?:could|would|might)\s+)?(?:leading|leads?)\s+to\s+"
    r"(?:the|his|her|their|its)\s+$|\b(?:rewards?|bount(?:y|ies))\s+for\s+(?:the|his|her|their|its)\s+$",
    re.IGNORECASE,
)
PLANNED_WITHIN_CHARS = 50  # the plan's word, "for", a determiner and two modifiers ("a large-scale ground")


# "Nationwide protests against the cost of living were also due to begin on Thursday", "a strike is scheduled to
# start on Monday": the noun's act is what a schedule says will begin (not "expected to continue": that one is on).
_SCHEDULED_TO_BEGIN = (
    r"(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+|originally\s+|initially\s+)?"
    r"(?:due|expected|scheduled|set|planned)\s+to\s+(?:begin|start|take\s+place|be\s+held|go\s+ahead|kick\s+off)\b")
_PLANNED_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,7}}?\s+{_SCHEDULED_TO_BEGIN}", re.IGNORECASE)
_PLANNED_AFTER_NEEDS = gate_words(_PLANNED_AFTER)  # speed only: read off the pattern, never kept by hand


def _planned(text: str, sentence_start: int, match: re.Match, sentence_end: int | None = None) -> bool:
    window = max(sentence_start, match.start() - PLANNED_WITHIN_CHARS)
    if _PLANNED_BEFORE.search(text, window, match.start()) is not None:
        return True
    if sentence_end is None or " to " not in text[match.end():sentence_end]:
        return False  # speed only: every schedule after the noun holds " to "
    return may_hold_any(text[match.end():sentence_end], _PLANNED_AFTER_NEEDS) and bool(
        _PLANNED_AFTER.match(text, match.end(), sentence_end))


_AGREEMENT_TACTICS = frozenset({"agreement", "agreement_signed"})
_SOUGHT_BEFORE = re.compile(
    r"\b(?:talks|negotiations?|negotiating|discussions?|proposals?|push(?:ing)?|calls?|called|calling|efforts?|bid|"
    r"hopes?|hoped|hoping|seeks?|seeking|sought|aims?|aimed|aiming|wants?|wanted|mediation|mediators?|pressure|"
    # a plea for a truce is no truce: "religious leaders appealed this month for a ceasefire", "pressed for a truce"
    r"appeal(?:s|ed|ing)?|plead(?:s|ed|ing)?|pleas?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|pray(?:s|ed|ing|ers?)?)"
    r"\b[^.;]{0,60}?\b(?:on|about|over|for|towards?|to reach|to secure|"
    r"to agree(?: on)?|to sign|to conclude)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$|"
    # "al-Sisi proposed a ceasefire to take effect on Monday": a truce proposed is sought, not made
    r"\bpropos(?:e|es|ed|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
SOUGHT_WITHIN_CHARS = 90  # "talks in Doha on Tuesday on a ceasefire": the talks and the object in one phrase


# "a prisoner exchange was under discussion", "a truce is on the table": an agreement talked about, not made.
_SOUGHT_AFTER = re.compile(
    r"\s+(?:was|were|is|are|remains?|remained)\s+(?:still\s+)?(?:under discussion|being (?:discussed|negotiated)|"
    r"on the table)\b", re.IGNORECASE)


def _sought_agreement(text: str, start: int, tactic: str, match: re.Match) -> bool:
    if tactic not in _AGREEMENT_TACTICS:
        return False
    if _SOUGHT_AFTER.match(text, match.end()):
        return True
    return bool(_SOUGHT_BEFORE.search(text, max(start, match.start() - SOUGHT_WITHIN_CHARS), match.start()))


_AGREEMENT_HINT = re.compile(r"ceasefire|truce|cessation|agreement|deal|accord|exchanges?", re.IGNORECASE)


def _sought_hint(text: str, sentence: Sentence, hint: Span) -> bool:
    """The classifier's agreement is what talks seek: "resumed talks in Doha on Tuesday on a ceasefire", "a prisoner
    exchange was under discussion"."""
    if not _AGREEMENT_HINT.fullmatch(hint.text):
        return False
    return bool(_SOUGHT_AFTER.match(text, hint.end) or
                _SOUGHT_BEFORE.search(text, max(sentence.start, hint.start - SOUGHT_WITHIN_CHARS), hint.start))


# ... or the instrument of one: "attacked the base with two suicide car bombs".
_INSTRUMENT_BEFORE = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _weapon_subject(text: str, tactic: str, match: re.Match) -> bool:
    if tactic not in _WEAPON_NOUN_TACTICS:
        return False
    instrument = _INSTRUMENT_BEFORE.search(text, max(0, match.start() - 40), match.start())
    set_off = tactic == "suicide" and _SET_OFF_BEFORE.search(text, max(0, match.start() - 30), match.start())
    return bool(instrument or set_off or _ACT_VERB_AFTER.match(text, match.end()))


# Headline-speak: "Landmine hits minibus in Lower Shabelle", "Suicide blast kills minister", "Grenade attack on Srinagar
# market wounds 12": a bare singular weapon or blast noun opening its sentence, subject of an act verb in the present,
# reports that act (no English but a headline's drops the article of a singular noun). A plural stays generic
# ("Landmines kill thousands"), and so does a habit or a tally ("Shelling kills civilians every week").
_HEADLINE_NOUN_TACTICS = frozenset({"suicide", "air_strike", "shelling", "ied", "grenade", "bombing", "chemical"})
_HEADLINE_OPENING = re.compile(r"(?:(?!(?:the|a|an|this|that|its|their|his|her|of|and|or)\s)[\w'’-]+\s+){0,3}",
                               re.IGNORECASE)
_HEADLINE_ACT_VERB_AFTER = re.compile(
    r"(?:\s+(?:attack|blast|explosion|strike|raid))?(?:\s+(?:on|at|in|near|from|outside)\s+(?:[\w'’-]+\s+){0,3}?)?"
    r"\s*(?:kills|hits|strikes|wounds|injures|rocks|targets|destroys|damages|leaves|claims)\b",
    re.IGNORECASE,
)
_HEADLINE_HABIT = re.compile(r"\b(?:every|each|daily|weekly|monthly|annually|per|a (?:day|week|month|year)|this year|"
                             r"so far|since)\b", re.IGNORECASE)


def _headline_subject(text: str, sentence_start: int, tactic: str, match: re.Match) -> bool:
    noun = match.group().lower()
    if tactic not in _HEADLINE_NOUN_TACTICS or (noun.endswith("s") and not noun.endswith(("ss", "us"))):
        return False
    if _HEADLINE_OPENING.fullmatch(text, sentence_start, match.start()) is None:
        return False
    verb = _HEADLINE_ACT_VERB_AFTER.match(text, match.end())
    if verb is None:
        return False
    end_of_sentence = text.find(". ", verb.end())
    rest = text[verb.end(): end_of_sentence if end_of_sentence >= 0 else len(text)]
    return not _HEADLINE_HABIT.search(rest)


# Headline-speak tells the act with a bare verb the lexicon knows as a noun: "Female bomber attacks Borno wedding",
# "Rioters attack mosque in Southport", "Army shells villages near Kadugli", "Rival gangs clash in Port-au-Prince",
# "Thousands rally in Belgrade". In a report's first sentence, the word right after a bare subject (no article, at most
# four words) is its verb when an object follows it (a transitive act: a name, a figure or a noun, never a verb: "Drone
# strikes kill 12" is a noun) or, for the acts a crowd or two sides do, a place ("clash in Port-au-Prince." but not
# "Clashes in Tripoli kill 27"): the verb agrees with its subject (singular "Army shells", plural "Rioters attack").
_TRANSITIVE_HEADLINE_VERB = re.compile(r"(?:attack|raid|strike|shell|arrest|rape|ambush|bomb)s?", re.IGNORECASE)
_INTRANSITIVE_HEADLINE_VERB = re.compile(r"clash(?:es)?|rall(?:y|ies)|march(?:es)?|protests?", re.IGNORECASE)
_HEADLINE_SUBJECT = re.compile(
    # no article or preposition, and no verb of saying or intent ("Militants threaten attacks during elections")
    r"(?:(?!(?:the|a|an|this|that|its|their|his|her|of|and|or|in|on|at|to|for|after|as|with|by|new|more|"
    r"threat(?:en)?s?|vows?|warns?|plans?|calls?|urges?|den(?:y|ies)|condemns?|fears?|says?|claims?|blames?|"
    r"probes?|marks?|mourns?|rejects?|demands?|seeks?|wants?|eyes?)\s)"
    r"[A-Za-z][\w'’.-]*,?\s+){1,4}",
    re.IGNORECASE)
_IRREGULAR_PLURALS = ("men", "people", "children", "police")  # "Gunmen", "Militiamen", "Tribesmen", "Police"
_NOT_AN_OBJECT = re.compile(
    r"(?:are|is|was|were|have|has|had|will|would|could|may|might|can|must|should|continue[sd]?|rise[sn]?|rose|"
    r"resume[sd]?|spread|kill(?:s|ed)?|hit|hits|leave[sd]?|left|wound(?:s|ed)?|injure[sd]?|claim(?:s|ed)?|"
    r"force[sd]?|displace[sd]?|target(?:s|ed)?|on|in|at|near|against|by|from|of|for|to|and|or|after|over|amid|"
    r"across|since|as|that|which)\b", re.IGNORECASE)
_HEADLINE_OBJECT = re.compile(r"\s+(?:\d|[A-Z]|[a-z][\w'’-]*\b)")
_HEADLINE_PLACE = re.compile(
    r"\s+(?:in|near|at|on|across|outside|along)\s+(?:[A-Z][\w'’.-]*\s*)+(?:$|[,.;:]|(?:after|as|amid|over|against|for)\b)")


def _headline_verb(text: str, sentence_start: int, sentence_end: int, match: re.Match) -> bool:
    word = match.group()
    transitive = _TRANSITIVE_HEADLINE_VERB.fullmatch(word)
    if text[:sentence_start].strip() or not (transitive or _INTRANSITIVE_HEADLINE_VERB.fullmatch(word)):
        return False
    subject = _HEADLINE_SUBJECT.fullmatch(text, sentence_start, match.start())
    if subject is None or not _agrees(subject.group(), word):
        return False
    after = text[match.end():sentence_end]
    if transitive:
        return bool(_HEADLINE_OBJECT.match(after)) and not _NOT_AN_OBJECT.match(after.lstrip())
    return bool(_HEADLINE_PLACE.match(after))


def _agrees(subject: str, verb: str) -> bool:
    """Whether the verb's person agrees with its headline subject ("Army shells", "Rioters attack", "Troops, rebels")."""
    last = subject.split()[-1].strip(",").lower()
    if last in ("army", "military", "militia", "junta", "government"):
        return True  # "Army shells", "Junta arrest ...": collective nouns take either form in headlines
    plural = "," in subject or last.endswith(_IRREGULAR_PLURALS) or (last.endswith("s") and not last.endswith(("ss", "us")))
    third_singular = verb.lower().endswith("s") and not verb.lower().endswith("ss")
    return plural != third_singular


# The tactics of a crowd's act (a protest, a riot), which several readings treat apart from violence.
CROWD_TACTICS = frozenset({"protest", "riot"})


# "to rescue the abducted schoolchildren", "families of the kidnapped girls": a participle between a determiner and
# its noun describes the people, it does not report an act.
_DETERMINER_JUST_BEFORE = re.compile(r"\b(?:the|those|these|its|their|his|her|our)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:by|in|at|on|from|to|near|during|with|and|or|the|a|an)\b)[a-z][\w-]*\b")
# "a specially built courtroom in the former NATO headquarters", "a newly established camp for the displaced": a
# lexicon phrase that opens on a participle after a determiner and an adverb describes a thing (not "an improvised
# explosive device", whose participle is part of the weapon's name: no adverb).
_DETERMINER_ADVERB_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+[a-z]+ly\s+$", re.IGNORECASE)
_PARTICIPLES_WITHOUT_ED = frozenset({"built", "set"})


def _adjective_participle(text: str, sentence_start: int, match: re.Match) -> bool:
    word = match.group()
    if " " in word:
        return _described_by_a_phrase(text, sentence_start, match)
    if not word.lower().endswith("ed"):
        return False
    return bool(_DETERMINER_JUST_BEFORE.search(text, max(sentence_start, match.start() - 8), match.start())
                and _NOUN_AFTER.match(text, match.end()))


def _described_by_a_phrase(text: str, sentence_start: int, match: re.Match) -> bool:
    first = match.group().split(" ", 1)[0].lower()
    if not (first.endswith("ed") or first in _PARTICIPLES_WITHOUT_ED):
        return False
    return bool(_DETERMINER_ADVERB_BEFORE.search(text, max(sentence_start, match.start() - 24), match.start())
                and _NOUN_AFTER.match(text, match.start() + len(first)))


# "planes to evacuate some of the badly wounded", "the people who carry the dead": victims named as a group are
# the people of an act told elsewhere, not a report of one.
_VICTIM_WORDS = frozenset({"wounded", "injured", "dead"})
_THE_VICTIMS_BEFORE = re.compile(
    r"\bthe\s+(?:(?:badly|seriously|critically|severely|gravely|lightly|many|other)\s+)?$", re.IGNORECASE)


# "visited wounded soldiers at a military hospital", "treated injured civilians": the victims of an earlier act as the
# object of care, not someone wounding them ("Gunmen wounded soldiers at a checkpoint" has no such verb before it).
# Round twenty-seven: a count in words and the verbs that move the victims ("treated eleven wounded people on Monday",
# "evacuated four wounded children to Jos", "admitted more than 30 injured patients").
_CARED_FOR_BEFORE = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|treat(?:ed|s|ing)?|met|meets|meeting|comfort(?:ed|s|ing)?|decorat(?:ed|es|ing)|"
    r"honou?r(?:ed|s|ing)?|cared for|car(?:es|ing) for|airlift(?:ed|s|ing)?|medals? to|evacuat(?:ed|es|ing)|"
    r"admit(?:s|ted|ting))\s+(?:(?:more than|about|at least|nearly|some)\s+)?"
    r"(?:(?:the|some|several|dozens of|scores of|hundreds of|[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+)?$",
    re.IGNORECASE,
)
CARED_FOR_REACH = 40  # characters before the victims' word: the verb and a count ("treated more than 40")
_PEOPLE_AFTER = re.compile(
    r"\s+(?:soldiers|troops|servicemen|fighters|veterans|civilians|people|children|patients|survivors|officers|"
    r"policemen|police officers|protesters|demonstrators|students|residents)\b", re.IGNORECASE)


def _victims_as_a_group(text: str, sentence_start: int, match: re.Match) -> bool:
    if match.group().lower() not in _VICTIM_WORDS:
        return False
    before = max(sentence_start, match.start() - 24)
    if _THE_VICTIMS_BEFORE.search(text, before, match.start()):
        return True
    care_from = max(sentence_start, match.start() - CARED_FOR_REACH)
    return bool(_CARED_FOR_BEFORE.search(text, care_from, match.start()) and _PEOPLE_AFTER.match(text, match.end()))


def _refers(text: str, sentence_start: int, sentence_end: int, match: re.Match, tactic: str) -> bool:
    """The verb names an act the sentence is about rather than reporting it."""
    if is_participle_modifier(text, sentence_start, match) or is_gerund_noun(text, match):
        return True
    if _adjective_participle(text, sentence_start, match) or _victims_as_a_group(text, sentence_start, match):
        return True
    if names_a_place_by_its_act(text, sentence_start, match):
        return True
    # "police dispersed students who protested": a crowd's act in a relative clause is still news
    return tactic not in CROWD_TACTICS and refers_back(text, sentence_start, sentence_end, match)


# Strategic developments the lexicon has no verb for ("a new detachment has been installed", "the group announced
# its dissolution"): a sentence with one of these words and no live trigger is read by the classifier, and
# becomes a mention when it reads a strategic development or a change of territory. The words keep the
# classifier (0.35 ms a call) off the many sentences that cannot be one.
_STRATEGIC_HINT = re.compile(
    rf"\b(?:bases?|headquarters|detachments?|garrison|withdr\w+|handed over{NOT_TO_PEOPLE}|handover|departure|"
    r"retreat\w*|merg\w+|leader\w*|allegiance|surrender\w*|defect\w*|dissol\w+|disband\w*|ceasefire|truce|cessation|agreement|deal|"
    r"accord|exchang\w+|releas\w+|freed|graves?|burial|bann\w+|bans?|decree\w*|curfew|siege|besieged|blockade|"
    r"levy|tax\w*|chlorine|chemical|toxic|poison\w*|cache|arsenal|dismantl\w+|defus\w+|intercept\w*|installed|"
    r"entered|liberated|fell)\b",
    re.IGNORECASE,
)
_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# What may follow "since" when it points at a recent moment: a weekday (or "yesterday", "last night", "dawn", "then"), a
# clause dated by one within a few words ("since gunmen seized him near his home on Tuesday"), or nothing at all.
# A clock time is a moment of the same day ("fighting around the town since 5am").
_RECENT_SINCE = (rf"\s+(?:(?:last |early |late )?{_WEEKDAYS}|yesterday|last night|this morning|then|(?:the )?(?:early )?"
                 r"(?:dawn|daybreak|morning|afternoon|midday|noon|nightfall|midnight)|the early hours|"
                 r"(?:about |around )?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d)(?!\w)|"
                 rf"\s+(?:[\w'’-]+\s+){{1,12}}?(?:on|late on|early on)\s+{_WEEKDAYS}\b|\s*(?:[,.;:]|$)")
# Without a trigger to scope them, period words anywhere in the sentence make it a summary, not one act.
_SPANS_A_PERIOD = re.compile(
    # "For more than three decades, he has reinvented himself": a profile's frame, not one act
    # "since" counts unless a recent moment follows it: "occupied the town since Sunday", "held incommunicado since
    # officers took him on Tuesday", "no word of him since" tell one act still going on, not a period summed up
    rf"\b(?:over the (?:past|last)|since(?!{_RECENT_SINCE})|in recent|so far|years? ago|every (?:day|week)|"
    r"for (?:more than |nearly |almost |over |about |some )?(?:[\w-]+ )?(?:years|decades|months))\b",
    re.IGNORECASE,
)
_SPANS_A_PERIOD_NEEDS = gate_words(_SPANS_A_PERIOD)  # speed only: read off the pattern, never kept by hand
CLASSIFIED = "classified"  # the tactic of a trigger that only the classifier saw
# Without a word of the lexicon, the classifier must find an event more likely than not (its probabilities are
# calibrated; its own threshold, 0.41, was set to keep 95 % of events, too lenient without lexical support).
# Set on the round-3 model's probability scale: refit it for any retrained model with
# benchmarks/classifier/refit_detect_thresholds.py (held-out training rows, never dev), which finds the value whose
# trade (non-event sentences accepted, unreported events found) is nearest this one's (4 of 3,389 / 112 of 1,322).
CLASSIFIED_EVENT_AT = 0.5
_TERRITORY_SUB_TYPES = frozenset({
    "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory",
})


# Above this calibrated probability the classifier alone makes an event of a sentence the lexicon has no word for.
# Measured on the aggregate dev numbers, 0.9 against 0.95: both lift snippet event_type from 0.771 to about 0.80;
# 0.95 keeps long-news precision (F1 0.852 against 0.848) and snippet non-event rejection (0.886 against 0.881).
# It costs speed: the classifier now reads every sentence without a trigger (~20 % of pipeline throughput).
# Refit like CLASSIFIED_EVENT_AT for a retrained model (here: 0 of 3,389 non-event sentences, 282 of 1,322
# unreported events); the batch-14 model would need 0.9375, its top probabilities sit lower.
CLASSIFIER_ALONE_EVENT_AT = 0.95


def _near_certain(prediction: TypePrediction, at: float = CLASSIFIER_ALONE_EVENT_AT) -> bool:
    return prediction.event_type is not None and prediction.event_probability >= at


# Crowd words for protests the lexicon has no verb for ("thousands of farmers sitting on the highway demanding ...",
# "formed a human chain"): with one of these, a classifier reading a protest more likely than not makes a mention.
_PROTEST_HINT = re.compile(
    r"\b(?:thousands|hundreds|dozens|crowds?|throngs?|to demand|demanding|chanting|placards|banners|slogans|"
    r"human chain|sit-in|boycott\w*|encampment|(?-i:march)|rally)\b",
    re.IGNORECASE,
)
_PROTEST_SUB_TYPES = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})


# Words of a forced disappearance the lexicon has no verb for ("held incommunicado since officers took him", "picked
# up ... and his family has had no word of him since"): with one of these, a classifier reading an abduction more
# likely than not makes a mention.
_DISAPPEARANCE_HINT = re.compile(
    r"\b(?:incommunicado|no (?:word|news|trace) (?:of|from) (?:him|her|them)|whereabouts (?:remain|are|is) "
    r"(?:still )?unknown|(?:to|at) an (?:unknown|undisclosed) location|forcibly disappeared|forced disappearance)\b",
    re.IGNORECASE,
)


# "Dozens of people were still missing on Tuesday", "several villagers remain unaccounted for": people missing are the
# state an act left (a raid, a flood, a capsized boat), told after it, not an act. The classifier, trained on coders'
# notes in which "missing" follows an abduction, reads the sentence alone as one near certain; the act itself is told
# by its own verb, and a forced disappearance the lexicon has no verb for by its own words (``_DISAPPEARANCE_HINT``).
_PEOPLE_MISSING = re.compile(
    r"\b(?:is|are|was|were|remain(?:s|ed)?|been|still|listed as|reported) (?:still )?(?:missing|unaccounted for)\b",
    re.IGNORECASE,
)


def _tells_people_missing(sentence: Sentence) -> bool:
    return may_hold_any(sentence.text, ("missing", "unaccounted")) and bool(_PEOPLE_MISSING.search(sentence.text))


def _likely_sub_type(prediction: TypePrediction) -> str | None:
    """The single most likely sub-type when the classifier finds an event more likely than not."""
    scores = prediction.sub_event_scores
    if prediction.event_type is None or prediction.event_probability < CLASSIFIED_EVENT_AT or not scores:
        return None
    return max(scores, key=scores.get)  # type: ignore[arg-type]


def _reads_protest(prediction: TypePrediction) -> bool:
    return _likely_sub_type(prediction) in _PROTEST_SUB_TYPES


# Phrases that name a change in an armed group's course the lexicon has no verb for ("decided to disband", "announced
# their fusion into one movement", "called off their ceasefire", "were taking up arms again"). With one of these,
# the classifier need only rank "Change to group/activity" first, at a lower event probability than for a bare
# sentence: its model, trained on coder notes, puts 0.35-0.45 on such news sentences we wrote, against 0.00-0.01
# on the non-event sentences with the same words we wrote as twins (the test table).
_GROUP_CHANGE_HINT = re.compile(
    r"\b(?:disband(?:ed|ing|s)?|dissolv(?:e|ed|es|ing) (?:itself|themselves)|"
    r"(?:their|its|the) (?:fusion|merger|unification) (?:into|with)|"
    r"(?:call(?:ed|s|ing)? off|scrapp(?:ed|ing)|abandon(?:ed|ing|s)?|end(?:ed|ing|s)?) (?:its|their|the|a) "
    r"(?:[\w-]+ ){0,2}?(?:ceasefire|truce)|"
    r"(?:take|taking|took|taken) up arms again|return(?:ed|ing|s)? to (?:arms|armed struggle)|re-?arm(?:ed|ing)?)\b",
    re.IGNORECASE,
)
GROUP_CHANGE_EVENT_AT = 0.3  # below the 0.35-0.45 our news sentences read, above the twins' 0.01


def _reads_group_change(prediction: TypePrediction) -> bool:
    scores = prediction.sub_event_scores
    return (prediction.event_probability >= GROUP_CHANGE_EVENT_AT and bool(scores)
            and max(scores, key=scores.get) == "Change to group/activity")  # type: ignore[arg-type]


def _reads_abduction(prediction: TypePrediction) -> bool:
    return _likely_sub_type(prediction) == "Abduction/forced disappearance"


def _hint_span(sentence: Sentence, pattern: re.Pattern) -> Span | None:
    hint = pattern.search(sentence.text)
    if hint is None:
        return None
    return Span(sentence.start + hint.start(), sentence.start + hint.end(), hint.group())


# The sub-event types each noun tactic names: when a sentence's only live triggers are nouns ("a million-man march",
# "the rape of two girls") and the classifier's most likely sub-type is one of them, lexicon and classifier agree
# that the sentence tells that kind of event. "attack" and "killing" nouns name too many kinds to agree with.
_NOUN_FAMILIES: dict[str, frozenset[str]] = {
    "protest": frozenset(_PROTEST_SUB_TYPES),
    "riot": frozenset({"Violent demonstration", "Mob violence"}),
    "sexual": frozenset({"Sexual violence"}),
    "abduction": frozenset({"Abduction/forced disappearance"}),
    "arrest": frozenset({"Arrests"}),
    "chemical": frozenset({"Chemical weapon"}),
    "suicide": frozenset({"Suicide bomb"}),
    "air_strike": frozenset({"Air/drone strike"}),
    "shelling": frozenset({"Shelling/artillery/missile attack"}),
    "ied": frozenset({"Remote explosive/landmine/IED"}),
    "grenade": frozenset({"Grenade"}),
    "clash": frozenset({"Armed clash"}),
    "territory": _TERRITORY_SUB_TYPES,
    "agreement": frozenset({"Agreement"}),
    "agreement_signed": frozenset({"Agreement"}),
    "group_change": frozenset({"Change to group/activity"}),
    "base": frozenset({"Headquarters or base established"}),
    "transfer": frozenset({"Non-violent transfer of territory"}),
    "other": frozenset({"Other"}),
    "disrupted": frozenset({"Disrupted weapons use"}),
    "looting": frozenset({"Looting/property destruction"}),
}


def sub_types_named_by(tactic: str) -> frozenset[str]:
    """The sub-event types a noun of ``tactic`` names (none for "attack" and "killing", which name too many)."""
    return _NOUN_FAMILIES.get(tactic, frozenset())


_INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


def _agreeing_noun(
    text: str, sentence: Sentence, published: date | None, prediction: TypePrediction
) -> Trigger | None:
    """A live event noun whose kind is the classifier's most likely sub-type, read as a report of that act."""
    best = _likely_sub_type(prediction)
    if best is None:
        return None
    for trigger in find_triggers(text, sentence.start, sentence.end, published):
        if _INFINITIVE_BEFORE.search(text, max(0, trigger.span.start - 4), trigger.span.start):
            continue  # "summoned the ambassador to protest": a verb in the infinitive, not the event noun
        if _agreement_in_force(text, sentence.start, trigger):
            continue
        if trigger.live and best in _NOUN_FAMILIES.get(trigger.tactic, ()):
            return Trigger(trigger.span, trigger.tactic, REPORT, None, noun=True)
    return None


# Precision round twenty-five: an agreement named as the frame of other acts ("deployed soldiers in the south under
# the ceasefire deal", "hundreds of violations of the truce", "despite the ceasefire") is one in force, made before;
# the classifier reading such a sentence as an Agreement does not make the noun a report of one made that day.
_IN_FORCE_BEFORE = re.compile(
    r"\b(?:under|despite|(?:violations?|breach(?:es)?|terms|implementation|collapse) of)\s+"
    r"(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
IN_FORCE_WITHIN_CHARS = 50  # the preposition, an article and two modifiers ("under the US-brokered")


def _agreement_in_force(text: str, sentence_start: int, trigger: Trigger) -> bool:
    return trigger.tactic in _AGREEMENT_TACTICS and bool(_IN_FORCE_BEFORE.search(
        text, max(sentence_start, trigger.span.start - IN_FORCE_WITHIN_CHARS), trigger.span.start))


# An act verb of the coder notes (``lexicon.ACT_VERBS``) makes a sentence an event when the classifier's most
# likely sub-type is one the notes with that verb were coded as, at this event probability. Refit with
# benchmarks/recall/fit_act_verb_threshold.py on held-out training rows (never dev): the lowest value from
# CLASSIFIED_EVENT_AT up that accepts no more non-event sentences than CLASSIFIER_ALONE_EVENT_AT does there (none of
# the 7,756 sentences read at any value from 0.3; 53 events that no lexicon verb reports found at 0.5, 57 at 0.3).
ACT_VERB_EVENT_AT = 0.5
_ACT_VERB_NEEDS = tuple(ACT_VERBS)  # speed only: the verbs themselves, read off the derived table


def _agreeing_act_verb(sentence: Sentence, prediction: TypePrediction, at: float = ACT_VERB_EVENT_AT) -> Span | None:
    """The first act verb of the notes whose coded sub-types hold the classifier's most likely one."""
    scores = prediction.sub_event_scores
    if prediction.event_type is None or prediction.event_probability < at or not scores:
        return None
    if not may_hold_any(sentence.text, _ACT_VERB_NEEDS):
        return None
    best = max(scores, key=scores.get)  # type: ignore[arg-type]
    for match in ACT_VERB_PATTERN.finditer(sentence.text):
        if best in act_verb_sub_types(match.group()):
            return Span(sentence.start + match.start(), sentence.start + match.end(), match.group())
    return None


def _reads_strategic(prediction: TypePrediction) -> bool:
    """An event more likely than not, whose single most likely sub-type (not only the summed type) is a strategic
    development or a change of territory: "Attack" 0.32 beside three strategic sub-types is not one."""
    best = _likely_sub_type(prediction)
    return best is not None and (EVENT_TYPE_OF[best] == "Strategic developments" or best in _TERRITORY_SUB_TYPES)


# "Opposition calls mass rally in Nairobi next week": a time still to come makes the act a plan, which the classifier
# (it reads no time) takes for the act itself.
# So does a schedule: "Nationwide protests ... were also due to begin on Thursday".
_TIME_TO_COME = re.compile(
    r"\b(?:next (?:week|month|year|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|tomorrow|"
    rf"later this (?:week|month|year)|in the coming (?:days|weeks|months)|{_SCHEDULED_TO_BEGIN})", re.IGNORECASE)
_TIME_TO_COME_NEEDS = gate_words(_TIME_TO_COME)  # speed only: read off the pattern, never kept by hand


def _tells_a_time_to_come(sentence: Sentence) -> bool:
    return may_hold_any(sentence.text, _TIME_TO_COME_NEEDS) and bool(_TIME_TO_COME.search(sentence.text))


# "troops of the coalition, who had been stationed there since 2016, moved out", "savings frozen since 2019": a "since"
# inside a relative clause, or after a participle that describes a noun's state, dates that clause or that state,
# not the act the sentence tells. A participle after an auxiliary ("has been besieged since May") or of an act
# ("people killed since January": a tally) still makes the sentence a period summed up.
_DESCRIBED_SINCE_BEFORE = re.compile(
    r"(?:\b(?:which|who|whom|whose|where)\b(?P<clause>[^,;.()]{0,80}?)|"
    r"\b(?!(?:been|being|be|is|are|was|were|has|have|had|it|they|he|she|we)\b)[a-z]+\s+"
    r"(?:frozen|stationed|based|deployed|confined|closed|shut|stuck|held|kept)(?:\s+there)?)\s+$",
    re.IGNORECASE,
)


# Whether a sentence of the article sums up a period, by its text: ``classifier_candidates`` asks it of every sentence
# with no live report, then ``classified_trigger`` of the same sentences again (speed only: the answer is a function
# of the text; emptied at every article by ``forget_period_readings``, so the benchmark's repeated bodies never hit).
_PERIOD_READINGS: dict[str, bool] = {}
PERIOD_READINGS_KEPT = 1024  # a dense article reads ~19 sentences here


def forget_period_readings() -> None:
    """Empty the sentences' period readings (at the start of each article)."""
    _PERIOD_READINGS.clear()


def _spans_a_period(sentence: Sentence) -> bool:
    text = sentence.text
    spans = _PERIOD_READINGS.get(text)
    if spans is None:
        if len(_PERIOD_READINGS) >= PERIOD_READINGS_KEPT:  # a caller outside ``extract_events`` never empties it
            _PERIOD_READINGS.clear()
        spans = _PERIOD_READINGS[text] = _text_spans_a_period(text)
    return spans


def _text_spans_a_period(text: str) -> bool:
    if not may_hold_any(text, _SPANS_A_PERIOD_NEEDS):
        return False
    return any(not _since_describes_a_state(text, match) for match in _SPANS_A_PERIOD.finditer(text))


# A relative clause that tells violence over the period ("Kharkiv, which has been under heavy bombardment since May")
# sums up that period itself.
_VIOLENCE_IN_CLAUSE = re.compile(r"\b(?:bombard|shell|attack|fight|fought|kill|clash|war\b|siege|besieg|occup|strike|"
                                 r"raid|violence|conflict|offensive|insurgen)", re.IGNORECASE)


def _since_describes_a_state(text: str, match: re.Match) -> bool:
    if match.group().lower() != "since":
        return False
    before = _DESCRIBED_SINCE_BEFORE.search(text, max(0, match.start() - 100), match.start())
    return before is not None and not (before.group("clause") and _VIOLENCE_IN_CLAUSE.search(before.group("clause")))


def classifier_candidates(sentences: Sequence[Sentence], all_triggers: Sequence[Sequence[Trigger]]) -> list[str]:
    """The texts of the sentences ``classified_trigger`` may read: no live trigger reports an act, and no period
    word makes the sentence a summary. Queued so that an article's sentences are classified in one batch."""
    return [sentence.text for sentence, triggers in zip(sentences, all_triggers)
            if not any(t.live and t.kind == REPORT for t in triggers) and not _spans_a_period(sentence)]


# A sentence whose words of violence the lexicon reads as history ("killed by militants in 2014", "abducted as a
# boy") or as a campaign summed up ("went on to overrun dozens of army bases") tells no one act: the classifier,
# which reads no time and no plurality, does not make it an event; nor one whose words of force the lexicon reads as
# said of something else (a drill, a parade, a film: ``FIGURATIVE``). An aside (``ASIDE``) never vetoes: the sentence
# around it may tell the act the classifier reads. (Not the "generic" blocker: an unanchored
# "fighting" beside a strategic development the classifier reads is common in real reports; news-types sub-type
# accuracy fell 0.913 -> 0.896 when it counted.)
_TELLS_NO_ACT = frozenset({"background", SUMMARY, FIGURATIVE})


def _lexicon_reads_history(text: str, sentence: Sentence, published: date | None) -> bool:
    alone = Sentence(0, len(sentence.text), sentence.text, sentence.paragraph)  # speed only: gated scan of it
    triggers = find_sentence_triggers(sentence.text, [alone], published)[0]
    return any(t.blocked_by in _TELLS_NO_ACT for t in triggers)


def classified_trigger(
    text: str, sentence: Sentence, published: date | None, classifier,
    near_certain_at: float = CLASSIFIER_ALONE_EVENT_AT, strategic: bool = True, short_report: bool = False,
) -> list[Trigger]:
    """A report trigger when the classifier alone reads the sentence as an event: on the first hint word when it
    reads a strategic development or a change of territory (unless ``strategic`` is off), on the whole sentence
    when it is near certain (event probability ≥ ``near_certain_at``); in a ``short_report``, also on an event noun
    of the kind the classifier reads, even one unanchored by a date (``_short_report_noun``)."""
    if _spans_a_period(sentence) or _tells_a_time_to_come(sentence):
        return []
    found = _classifier_trigger(text, sentence, published, classifier, near_certain_at, strategic)
    if not found and short_report:
        found = _short_report_noun(text, sentence, published, classifier.predict(sentence.text))
    # Speed only: the lexicon's history reading (a trigger scan of the sentence) is asked only of a sentence the
    # classifier does make an event; the prediction it now reads first is already in the article's batch.
    if found and _lexicon_reads_history(text, sentence, published):
        return []
    return found


# A short report (a wire flash, a feed's description) names its act with a noun and often no day ("Combats oppose
# since dawn the army to the jihadists around Boulkessi", "Live: explosion at the entrance of the ministry"): the
# lexicon reads such a noun as unanchored ("generic"), the classifier reads the act below its bar for a sentence
# alone. When the two agree (the noun's kind holds the classifier's most likely sub-type) at this event probability,
# the noun reports the act. Fitted on held-out training rows (never dev) by
# benchmarks/recall/fit_short_noun_threshold.py, over the sentences the other paths leave: the lowest value from
# SHORT_REPORT_EVENT_AT (the short report's bar with no lexicon word) up that accepts no non-event sentence (none of
# 2,124 at any value from 0.5; unreported events found: 30 at 0.8, 42 at 0.5).
SHORT_REPORT_NOUN_AGREES_AT = 0.8
# The sub-types each kind of noun of violence names. Only acts of violence: a noun of a protest, a takeover or a
# truce stands as often in a ban, a report's aftermath or a talk ("the prohibition of all demonstrations", "after
# the Taliban takeover"), and those kinds have hint paths of their own; nor "killing(s)", "death(s)", the words of
# charges and tolls ("accusing the militia of killing villagers", "the deaths of three protesters").
_SHORT_REPORT_NOUN_KINDS: dict[str, frozenset[str]] = {
    **{tactic: _NOUN_FAMILIES[tactic] for tactic in ("sexual", "abduction", "chemical", "suicide", "air_strike",
                                                     "shelling", "ied", "grenade", "clash")},
    "attack": frozenset({"Attack", "Armed clash"}),
    "bombing": frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike",
                          "Shelling/artillery/missile attack"}),
}
_UNANCHORED = frozenset({None, "generic"})
# "accusing the militia of killing their relatives in the raid": a noun after an accusation names the charge (with
# no day to anchor it, a short report's charge is no report of the act).
_ACCUSATION = re.compile(r"\baccus(?:ed|es|ing|ations?)\b", re.IGNORECASE)


def _short_report_noun(
    text: str, sentence: Sentence, published: date | None, prediction: TypePrediction,
    at: float = SHORT_REPORT_NOUN_AGREES_AT,
) -> list[Trigger]:
    """The first event noun, live or only unanchored, whose kind holds the classifier's most likely sub-type."""
    best = _likely_sub_type(prediction)
    if best is None or prediction.event_probability < at:
        return []
    for trigger in find_triggers(text, sentence.start, sentence.end, published):
        if trigger.kind == REFERENCE and trigger.blocked_by in _UNANCHORED \
                and best in _SHORT_REPORT_NOUN_KINDS.get(trigger.tactic, ()):
            accused = _ACCUSATION.search(text, sentence.start, trigger.span.start) is not None
            return [] if accused else [Trigger(trigger.span, trigger.tactic, REPORT, None, noun=True)]
    return []


# A short report in which no sentence made a mention that may be an event is read whole: a headline and its
# sentence, read one by one, each tell the classifier less than the two together ("Riots in Nanterre after police
# shooting. Youths set cars on fire ...": 0.03 and 0.44 apart, 0.83 together), and a noun the lexicon reads as a bare
# reference ("the handover of the town", "a missile ... was intercepted") makes no event alone. When the whole report
# reads as an event at SHORT_REPORT_WHOLE_EVENT_AT, each of its sentences that no cue blocks carries the act.
# Fitted by benchmarks/recall/fit_whole_report_threshold.py on held-out training rows (held-out coder notes, the same
# notes framed as denials, trials or history, held-out news-style rows; never dev): the lowest bar that accepts no
# non-event row (1,950 short rows the path reads, 1,722 non-event): 0.80 accepts none and finds 80 event rows (72 of
# the gold sub-type); 0.75 accepts one (88 found); 0.95 none (63 found). A second bar on the top sub-type's score
# (0.5, 0.7) only lost events. Checked on the snippet sets' dev parts (held parts never read): no non-event accepted
# from 0.80 up (7 event rows read at 0.80, 3 at 0.95); one at 0.75.
SHORT_REPORT_WHOLE_EVENT_AT = 0.8


def whole_report_reads_an_act(prediction: TypePrediction, event_at: float = SHORT_REPORT_WHOLE_EVENT_AT) -> bool:
    """Whether the classifier's reading of a whole short report is an event at ``event_at``."""
    return prediction.event_type is not None and prediction.event_probability >= event_at


def whole_report_trigger(text: str, sentence: Sentence, published: date | None) -> list[Trigger]:
    """A report trigger over one sentence of a short report read whole (``whole_report_reads_an_act``), unless the
    sentence sums up a period ("abducted ... more than seven years ago, was freed on Friday": the classifier reads no
    time), tells a charge (``_ACCUSATION``) or tells acts the lexicon reads as history, a summary or a figure of
    speech ("after a year of fighting", "playing the role of a pirate craft", as ``classified_trigger`` does), or
    talks that seek the agreement it names ("resumed talks on a ceasefire"); the sentence's cues may still block it
    (a denial, a plan, a trial)."""
    if _spans_a_period(sentence) or _ACCUSATION.search(sentence.text) or _tells_a_time_to_come(sentence):
        return []
    hint = _hint_span(sentence, _STRATEGIC_HINT)
    if hint is not None and _sought_hint(text, sentence, hint) or _lexicon_reads_history(text, sentence, published):
        return []
    span = Span(sentence.start, sentence.end, sentence.text)
    cues = SentenceCues.of(text, sentence.start, sentence.end, published)
    return [Trigger(span, CLASSIFIED, REPORT, blocker_in(cues, text, sentence.start, span, REPORT))]


def _classifier_trigger(
    text: str, sentence: Sentence, published: date | None, classifier, near_certain_at: float, strategic: bool,
) -> list[Trigger]:
    prediction = classifier.predict(sentence.text)
    hint = _hint_span(sentence, _STRATEGIC_HINT) if strategic and _reads_strategic(prediction) else None
    if hint is not None and _sought_hint(text, sentence, hint):
        return []
    if hint is not None:
        span = hint
    elif _near_certain(prediction, near_certain_at) and not _tells_people_missing(sentence):
        span = Span(sentence.start, sentence.end, sentence.text)
    elif strategic and _reads_protest(prediction) and (hint := _hint_span(sentence, _PROTEST_HINT)) is not None:
        span = hint
    elif strategic and _reads_abduction(prediction) and (hint := _hint_span(sentence, _DISAPPEARANCE_HINT)) is not None:
        span = hint
    elif _reads_group_change(prediction) and (hint := _hint_span(sentence, _GROUP_CHANGE_HINT)) is not None:
        span = hint
    elif not strategic and (agreeing := _agreeing_noun(text, sentence, published, prediction)) is not None:
        return [agreeing]
    elif (verb := _agreeing_act_verb(sentence, prediction)) is not None:
        span = verb
    else:
        return []
    cues = SentenceCues.of(text, sentence.start, sentence.end, published)
    return [Trigger(span, CLASSIFIED, REPORT, blocker_in(cues, text, sentence.start, span, REPORT))]


def detect_sentence(
    text: str,
    sentence: Sentence,
    event_probability: float = 0.0,
    published: date | None = None,
    triggers: Sequence[Trigger] | None = None,
) -> Detection:
    """Decide whether ``sentence`` reports an event; ``event_probability`` comes from the classifier.

    ``triggers`` may be passed when already found (``find_sentence_triggers``)."""
    if triggers is None:
        triggers = find_triggers(text, sentence.start, sentence.end, published)
    triggers = tuple(triggers)
    live = [t for t in triggers if t.live]
    lexical = _lexical_strength(live)
    score = (1 - CLASSIFIER_WEIGHT) * lexical + CLASSIFIER_WEIGHT * event_probability
    return Detection(sentence, triggers, round(score, 4), bool(live) and score >= DETECTION_THRESHOLD)


# Lexical strength of a sentence: a reported act is strong evidence, a reference alone is weak.
_REPORT_STRENGTH = 0.75
_REFERENCE_STRENGTH = 0.4
_EXTRA_TRIGGER_BONUS = 0.1  # one more live trigger of another tactic ("attacked ... killing")


def _lexical_strength(live: list[Trigger]) -> float:
    if not live:
        return 0.0
    base = _REPORT_STRENGTH if any(t.kind == REPORT for t in live) else _REFERENCE_STRENGTH
    extra = _EXTRA_TRIGGER_BONUS if len({t.tactic for t in live}) > 1 else 0.0
    return min(1.0, base + extra)

