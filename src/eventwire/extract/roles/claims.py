"""Claims and blame: the actors a passage says claimed an attack or were blamed for it."""

from __future__ import annotations

import re
from typing import Protocol, Sequence

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.gates import gate_words
from eventwire.extract.lexicon import may_hold_any
from eventwire.records import ActorMention


CLAIMED_DEED = (r"(?:attacks?|ambush(?:es)?|bombings?|blasts?|killings?|raids?|assaults?|strikes?|kidnappings?|"
                r"abductions?|explosions?|operations?|massacres?|shootings?|shelling|beheadings?|executions?)")
# The claimant is followed by at most a few lower-case words ("has since", "later", "in a statement") before the claim.
CLAIM_AFTER = re.compile(
    r"^[\s,]{0,3}(?:[a-z]+[\s,]+){0,4}?(?:claimed|claims|took|takes)\s+"
    rf"(?:responsibility|credit|it\b|(?:the|an|a|this|that|its|their|[\w']+['’]s)\s+(?:\w+\s+){{0,2}}?{CLAIMED_DEED})"
)
# "the Islamic State group said on Monday that its fighters had taken the town": a claim in reported speech.
# Only of armed groups: "the army said its soldiers repelled the attack" is a communiqué, not a claim.
# "Al Shabaab said its fighters repelled an offensive by government troops": a defence is no claim of an attack.
DEFENDED_AFTER = (r"\s+(?:had\s+|have\s+|has\s+)?(?:repel|repuls|fought\s+off|beat\s+back|beaten\s+back|foil|thwart|resist"
             r"|defend|push(?:ed)?\s+back)")
# "said that its fighters were among the dead": what the group suffered is no claim (round fourteen: the claims of
# a whole story are read for its unnamed attackers, so a group's own losses must not name them).
_SUFFERED = r"|\s+(?:were|was|had\s+been|have\s+been|died|among|lost)\b"
# The speech may say where it was made ("said in a message broadcast on its radio that its men ...") and the
# group may speak of itself ("said it had carried out the attack").
# Round twelve: the group's own part may be "two of its fighters", and what it says it did any attack verb ("said
# it had fired a barrage of rockets", "said they had killed 12 soldiers"); "Hamas's armed wing said".
# Round eighteen: "said in a video that they had planted the device" (the bomb's layer).
CLAIMED_VERBS = (r"carried\s+out|was\s+behind|were\s+behind|staged|conducted|fired|launched|detonated|killed|"
                 r"attacked|ambushed|targeted|struck|bombed|shelled|stormed|executed|beheaded|planted")
# Round eighteen: the group's unit named ("said ... that its Majeed Brigade had carried out the assault"), and the
# place of the speech told at more length ("said in a claim published by its news agency on Friday that ...", up to
# twelve words).
_NAMED_UNIT = r"(?:[A-Z][\w'’-]+\s+){1,3}(?:Brigades?|Battalions?|Unit|Wing|Squad|Division)"
CLAIM_SPEECH_AFTER = re.compile(
    r"^(?:['’]s?)?[\s,]{0,3}(?:[a-z]+\s+){0,2}?(?:said|says|announced|stated)\s+"
    r"(?:(?:on|in|through|via)\s+(?:[\w'’-]+\s+){1,12}?)?"
    r"(?:that\s+)?(?:(?:(?:one|two|three|four|some|several|many|dozens|\d+)\s+of\s+)?(?:its|their)\s+"
    r"(?:fighters|militants|members|men|mujahideen|units|" + _NAMED_UNIT + r")\b"
    r"(?!(?:\s+(?:members|fighters|militants|men))?(?:" + DEFENDED_AFTER + _SUFFERED + r"))|"
    r"(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:" + CLAIMED_VERBS + r")\b)"
)
STATE_INTERS = frozenset({1, 8})
# How far after the group's name its claim may end (characters): "said in a statement published by its news agency
# that its fighters" is 66 (round eighteen: "said in a statement published by its Amaq news agency late on Thursday
# that it had carried out" is 95); the patterns themselves bound what may stand between.
CLAIM_REACH = 110
# Round eighteen: the words before the group may be hyphened ("blamed the killing on the Ugandan-led ADF rebels").
CLAIM_BLAME = re.compile(r"\b(?:(?:blamed|attributed|pinned)\s+(?:\w+\s+){0,4}?(?:on|to)|claimed by|the work of)"
                         r"\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# Speed only: every match of the pattern named holds one of these words (case-sensitive ones as written, the
# others in any letter case: ``lexicon.may_hold_any``), so a passage without them is not searched.
CLAIM_AFTER_NEEDS = ("claim", "took", "takes")
CLAIM_SPEECH_AFTER_NEEDS = ("said", "says", "announced", "stated")
CLAIM_BLAME_NEEDS = gate_words(CLAIM_BLAME)  # speed only: read off the pattern, never kept by hand
# The unnamed attackers identified: "the army said the killers were fighters of the CODECO militia", "police
# identified the gunmen as members of ...". Train: of the 17 notes that identify attackers so by name, 11 code
# the named group as the attacking side (FDLR, Nyatura, ARSA, Mambilla, Bonta) and 4 keep the unidentified
# armed group; news writes it after the opening sentence ("a gendarmerie commander said the attackers were Boko
# Haram fighters").
# Round fourteen: "said the attackers belonged to Los Lobos" says the same; round nineteen: "the commissioner said
# the attackers were suspected al Shabaab militants", "... were thought to be"; round twenty: "their captors called
# themselves Oromo Liberation Army fighters", "the gunmen identified themselves as al Shabaab fighters".
IDENTIFIED_BEFORE = re.compile(
    r"\b(?:(?:attackers|assailants|killers|gunmen|perpetrators|kidnappers|abductors|culprits)\s+(?:(?:were|was|are|is)"
    r"\s+(?:(?:reportedly|allegedly|presumably|probably|likely|believed\s+to\s+be|identified\s+as|suspected\s+to\s+be|"
    r"said\s+to\s+be|thought\s+to\s+be|suspected)\s+)?|belong(?:ed|s)?\s+to\s+|(?:who\s+(?:were|are)\s+)?loyal\s+to\s+)|"
    r"identified\s+(?:the\s+)?(?:attackers|assailants|gunmen|killers|"
    r"kidnappers)\s+as\s+|"
    r"(?:attackers|assailants|gunmen|kidnappers|abductors|captors)\s+(?:called|identified|described|introduced)\s+"
    r"themselves\s+(?:as\s+)?)"
    r"(?:(?:the\s+)?(?:members|fighters|militants)\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
IDENTIFIED_BEFORE_NEEDS = gate_words(IDENTIFIED_BEFORE)  # speed only: read off the pattern
# Round fourteen: the blamed group named right after the verb, the act after "for": "the community blamed Fulani
# herdsmen for the killings", "the minister blamed Los Choneros, the country's largest gang, for the massacre".
# Blame for anything but an act ("blamed the army for failing to protect them") is no attribution.
BLAMED_BEFORE = re.compile(r"\bblam(?:ed|es|ing)\s+(?:the\s+)?(?:(?:remnants|members|fighters|militants|elements|cells)"
                           r"\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
BLAMED_BEFORE_NEEDS = gate_words(BLAMED_BEFORE)  # speed only: read off the pattern
_BLAMED_DEED = r"(?:" + CLAIMED_DEED + r"|deaths?|violence|murders?)"
# The blame may also end the clause ("officials blamed Islamic State sleeper cells, which ...", "blamed the ADF.").
BLAMED_FOR_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,2}?(?:,[^,.;]{1,60}?)?(?:,?\s+for\s+(?:the\s+|this\s+|that\s+|these\s+|a\s+|an\s+|its\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?" + _BLAMED_DEED + r"\b|,\s+(?:which|who)\b|\s*[.;]|\s*$)", re.IGNORECASE)


class ActorReader(Protocol):
    """What ``find_claims`` asks of a dictionary (an ``ActorDictionary``, or a test's stand-in)."""

    def find_actors(self, text: str, start: int = 0, end: int | None = None,
                    country: str | None = None) -> list[ActorMention]: ...


def find_claims(text: str, start: int, end: int | None, dictionary: ActorReader | None = None,
                country: str | None = None, found: Sequence[ActorMention] | None = None) -> list[ActorMention]:
    """Actors that claim or are blamed for an attack in ``text[start:end]``: "ISGS claimed responsibility",
    "the attack was blamed on Boko Haram", "attributed to JNIM". ``found``: the passage's actors, when the caller
    has already read them for ``country`` (then the dictionary is not asked again)."""
    end = len(text) if end is None else end
    if found is None:
        found = (dictionary or ActorDictionary.load()).find_actors(text, start, end, country)
    claims = []
    for mention in found:
        if _is_claimant(text, mention, start, end):
            claims.append(mention)
    return claims


def _is_claimant(text: str, mention: ActorMention, start: int, end: int) -> bool:
    span = mention.span
    if span is None:
        return False
    after = text[span.end:min(end, span.end + CLAIM_REACH)]
    before = text[max(start, span.start - 40):span.start]
    if _holds_any(after, CLAIM_AFTER_NEEDS) and _claims_after(after):
        return not _IN_APPOSITIVE_BEFORE.search(before)
    if may_hold_any(before, CLAIM_BLAME_NEEDS) and CLAIM_BLAME.search(before):
        return True
    if may_hold_any(before, IDENTIFIED_BEFORE_NEEDS) and IDENTIFIED_BEFORE.search(before):
        return True
    if may_hold_any(before, BLAMED_BEFORE_NEEDS) and BLAMED_BEFORE.search(before):
        return _blamed_for_an_act(mention, after)
    return mention.inter not in STATE_INTERS and _holds_any(after, CLAIM_SPEECH_AFTER_NEEDS) and bool(
        CLAIM_SPEECH_AFTER.search(after))


# "The Islamic State's Khorasan branch, a rival of the Taliban, claimed the attack": the group the subject's aside
# names is no claimant; the subject claims past its aside.
_IN_APPOSITIVE_BEFORE = re.compile(r",\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:of|to|with|against|from)\s+(?:the\s+)?$",
                                   re.IGNORECASE)
_APPOSITIVE_AFTER = re.compile(r"^,\s*(?:an?|the)\s+[^,.;()]{1,50},")


def _claims_after(after: str) -> bool:
    aside = _APPOSITIVE_AFTER.match(after)
    return bool(CLAIM_AFTER.search(after) or (aside and CLAIM_AFTER.search(after[aside.end() - 1:])))


# Only armed groups are blamed for an act here ("blamed the hospital's staff for the death" names no attacker;
# "the demonstrators blamed state forces for the killing" is a protest's grievance, as ACLED codes it), and a
# blame the group denies in the same breath ("but the TNLA denied responsibility") is left unnamed, as ACLED does.
_NEVER_BLAMED_INTERS = frozenset({5, 6, 7}) | STATE_INTERS
_DENIED = re.compile(r"\bden(?:ied|ies|y)\b", re.IGNORECASE)


def _blamed_for_an_act(mention: ActorMention, after: str) -> bool:
    if mention.inter in _NEVER_BLAMED_INTERS or _DENIED.search(after):
        return False
    return bool(BLAMED_FOR_AFTER.match(after))


# Round nineteen: "The government blamed Anglophone separatists for the massacre, but separatist leaders denied any
# role": a group blamed or accused in a sentence that also tells a denial is no side of the act, as ACLED codes
# "blamed the TNLA for the shelling, but the TNLA denied" (train: both notes that blame an armed group for the
# act and tell its denial keep the unidentified armed group).
_ACCUSED_BEFORE = re.compile(r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing))\s+(?:the\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
DENIAL_WORDS = ("deni", "deny", "Deni", "Deny")  # speed gate, as written
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def blame_denied(text: str, mention: ActorMention, end: int) -> bool:
    """Whether ``mention`` is an armed group the sentence blames for an act and then says denied it."""
    span = mention.span
    if span is None or mention.inter in _NEVER_BLAMED_INTERS:
        return False
    before = text[max(0, span.start - 40):span.start]
    if not (_ACCUSED_BEFORE.search(before) or may_hold_any(before, CLAIM_BLAME_NEEDS) and CLAIM_BLAME.search(before)):
        return False
    after = text[span.end:min(end, span.end + CLAIM_REACH)]
    stop = _SENTENCE_END.search(after)
    return bool(_DENIED.search(after[:stop.start()] if stop else after))


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` as written (gates of case-sensitive patterns)."""
    return any(map(text.__contains__, words))
