"""Who the civilians of an event were, as ACLED's associated actor of actor2: "shot dead 11 farmers" is
"Civilians (Nigeria)" with "Farmers (Nigeria)", "killed two aid workers" adds "Aid Workers (Somalia)".

Train: of 14,721 violence-against-civilians and remote-violence notes with civilians as actor2, 53 % carry such an
associate; when the note names the victims' trade (farmers, teachers, journalists, aid and health workers,
students, fishermen, lawyers, workers, women) ACLED gives it in 73–100 % of them (farmer 236 of 255, journalist
132 of 134, aid workers 19 of 19, teacher 49 of 53, students 60 of 65, workers 79 of 89, fishermen 49 of 67,
women 325 of 406). Train's held-out share, assoc_actor_2: 0.8003 -> 0.8152 with the trades, 0.8210 with women.
"""

from __future__ import annotations

import re
from typing import Sequence

from eventwire.countries import country_by_name, names_a_people_abroad
from eventwire.extract.actors import ActorDictionary, state_force_name
from eventwire.extract.gates import gate_words, whole_words
from eventwire.extract.lexicon import may_hold_any
from eventwire.extract.words import text_words
from eventwire.records import ActorMention, Span

# Matched against a civilian mention's words plus the few words before it ("polio vaccination workers", "two
# employees of a local aid agency" name health and aid workers, "workers" alone a labour group). Order matters:
# the first label whose pattern matches is taken.
VICTIM_GROUPS = (
    (re.compile(r"\b(?:aid|humanitarian|relief|charity|NGO)\b[\w\s-]{0,20}?\b(?:workers?|staff|employees?)$",
                re.IGNORECASE), "Aid Workers"),
    (re.compile(r"\b(?:(?:health|medical|hospital|vaccination|vaccine|polio)\b[\w\s-]{0,20}?\b(?:workers?|staff)|"
                r"doctors?|nurses?|medics?|paramedics?|vaccinators?)$", re.IGNORECASE), "Health Workers"),
    (re.compile(r"\b(?:journalists?|reporters?|cameram[ae]n|photojournalists?|(?:radio|television|TV|news)\s+"
                r"(?:presenters?|hosts?|anchors?)|broadcasters?)$", re.IGNORECASE), "Journalists"),
    (re.compile(r"\bteachers?$", re.IGNORECASE), "Teachers"),
    (re.compile(r"\b(?:students?|pupils?|schoolchildren|schoolgirls?|schoolboys?)$", re.IGNORECASE), "Students"),
    (re.compile(r"\bfarmers?$", re.IGNORECASE), "Farmers"),
    (re.compile(r"\bfishermen$", re.IGNORECASE), "Fishermen"),
    (re.compile(r"\blawyers?$", re.IGNORECASE), "Lawyers"),
    (re.compile(r"\b(?:farm|agricultural|plantation)\s+(?:workers?|labou?rers?|hands)$", re.IGNORECASE), "Farmers"),
    # round eighteen: train's civilians hit with "displaced people", "IDPs" in the note carry the label in 68 of 93
    (re.compile(r"\b(?:displaced\s+(?:people|persons|families|civilians|residents)|IDPs?|refugees)$", re.IGNORECASE),
     "Refugees/IDPs"),
    # round nineteen: "gold miners", "artisanal miners" (train: civilians hit in notes naming miners carry Miners in
    # about half, Labour Group in 2, none in the rest)
    (re.compile(r"\bminers$", re.IGNORECASE), "Miners"),
    (re.compile(r"\b(?:workers?|labou?rers?)$", re.IGNORECASE), "Labour Group"),
    (re.compile(r"\b(?:women|woman|girls?)$", re.IGNORECASE), "Women"),
)
# Civilians are named bare ("Civilians") when the text never says the country; their groups are then named
# bare too and ``assemble.qualify_actors`` adds the country once the geo stage knows it.
_CIVILIANS = re.compile(r"^Civilians(?: \((?P<country>[^)]+)\))?$")
# How far before a mention its qualifying words are looked for ("employees of a local aid agency" reads the
# other way round and is not caught; "polio vaccination workers" is).
_WORDS_BEFORE = 30


# The capitalised words just before a civilian mention that may name its community ("Masalit civilians", "Amhara
# and Shinasha residents", "Hema villagers").
_COMMUNITY_BEFORE = re.compile(r"\b([A-Z][a-z'’-]+)(?=(?:\s+and\s+[A-Z][a-z'’-]+)?\s*$|\s+and\s+)")
_COMMUNITY_REACH = 25


def with_victim_groups(side: Sequence[ActorMention], text: str, dictionary: ActorDictionary | None = None,
                       passage: tuple[int, int] | None = None,
                       attackers: Sequence[ActorMention] = ()) -> list[ActorMention]:
    """``side`` (actor2's side, its lead first) with the civilians' trades, communities and faith (read in
    ``text[passage]``) added as associated actors, when civilians lead it and their country is known.
    ``attackers``: side 1, whose own community is not the victims'."""
    lead = next(iter(side), None)
    match = _CIVILIANS.match(lead.name) if lead is not None else None
    if match is None:
        return list(side)
    country = match["country"]
    groups: dict[str, ActorMention] = {}
    for mention in side:
        if mention.inter != 7 or mention.span is None:
            continue
        ethnic = _ethnic_groups(text, mention.span, country, dictionary) if country else []
        for label in (victim_label(text, mention.span), *ethnic):
            if label and label not in groups:
                groups[label] = ActorMention(_in_country(label, country), 7, country, mention.span)
    told = text[passage[0]:passage[1]] if passage else ""
    home = victims_home_community(told, country, dictionary, attackers) if country else None
    for label in (victims_faith(told), victims_office(told), home):
        if label and label not in groups:
            groups[label] = ActorMention(_in_country(label, country), 7, country, None)
    return [*side, *groups.values()]


# Round twenty-four: victims named by a foreign nationality are civilians of their own country ("a Nigerian drug
# suspect was killed" in the Philippines, "Tanzanian truck drivers were taken hostage" in Congo, "a Chinese citizen
# was shot dead" in Myanmar). A demonym (one word between at most) right before a person's noun, or "of Indian
# origin / of Spanish nationality" after one. Train's look share: 170 notes code civilians of another country than
# the event's (114 of one nationality, 56 "International"), 116 of them read as civilians of the wrong country;
# this reading: 19 better, 9 worse (ACLED keeps the event country's civilians for some foreigners).
_PERSON_NOUNS = (r"(?:nationals?|citizens?|migrants?|tourists?|crew(?:\s+members)?|crewmen|sailors|seafarers|"
                 r"workers?|employees?|engineers?|businessm[ae]n|merchants?|traders?|drivers?|truckers|pastoralists|"
                 r"herders|fishermen|expatriates?|missionar(?:y|ies)|priests?|nuns?|contractors?|investors?|"
                 r"suspects?|refugees|pilgrims|visitors?|civilians|m[ae]n|wom[ae]n)")
FOREIGN_VICTIMS = re.compile(
    r"\b(?:(?-i:(?P<first>[A-Z][a-z]+))\s*(?:,|and|&)\s+)?(?-i:(?P<demonym>[A-Z][a-z]+))\s+(?:[a-z][\w-]*\s+)?"
    + _PERSON_NOUNS + r"\b"
    r"|\b" + _PERSON_NOUNS + r"\s+of\s+(?-i:(?P<origin>[A-Z][a-z]+))\s+(?:origin|nationality|descent)\b",
    re.IGNORECASE)
# Every match holds a person's noun as a word of its own (a blank or a word boundary on both sides), so a passage
# none of whose words is one of these cannot match (speed only: ``TextWords.holds_word``, a set lookup per word
# where the pattern, tried at every word, cost ~50 µs a passage and found nothing in 9 of 10).
PERSON_NOUN_WORDS = whole_words(_PERSON_NOUNS)
# ... but not one foreigner among other victims ("killing two people, including a Russian citizen") nor the
# attackers ("gunmen believed to be Burkinabe workers", "killed by Somali herders")
_NOT_THE_VICTIMS_BEFORE = re.compile(r"\b(?:including|among\s+(?:them|whom|those)|believed\s+to\s+be|"
                                     r"suspected\s+to\s+be|by)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_BEFORE_REACH = 40


def with_foreign_victims(side: Sequence[ActorMention], text: str, passage: tuple[int, int], country: str | None,
                         others: Sequence[ActorMention] = ()) -> list[ActorMention]:
    """Actor2's side with the event country's civilians read as another country's when the passage names the
    victims by one foreign nationality only (two nationalities are left as they were). ``others``: the passage's
    actors the roles put on no side or on side 1, whose words are not the victims ("a Somali man drove a truck
    into pedestrians")."""
    lead = next(iter(side), None)
    if lead is None or country is None or lead.name != f"Civilians ({country})":
        return list(side)
    if not text_words(text).holds_word(*passage, PERSON_NOUN_WORDS):
        return list(side)
    taken = [m.span for m in others if m.span is not None and m not in side]
    found: dict[str, Span] = {}
    for match in FOREIGN_VICTIMS.finditer(text, *passage):
        if _NOT_THE_VICTIMS_BEFORE.search(text, max(passage[0], match.start() - _BEFORE_REACH), match.start()):
            continue
        if any(span.start < match.end() and match.start() < span.end for span in taken):
            continue
        for word in filter(None, (match["first"], match["demonym"] or match["origin"])):
            home = country_by_name(word)
            if home is not None and home.name != country and not names_a_people_abroad(word):
                found.setdefault(home.name, Span(match.start(), match.end(), match.group()))
    if len(found) != 1:
        return list(side)
    (home_name, span), = found.items()
    return [ActorMention(f"Civilians ({home_name})", 7, home_name, span), *side[1:]]


def _in_country(label: str, country: str | None) -> str:
    if label == GOVERNMENT:
        return state_force_name(country, GOVERNMENT)  # "Government of the Philippines"
    return f"{label} ({country})" if country else label


def victim_groups_in_country(associates: str | None, country: str) -> str | None:
    """``associates`` ("Farmers; Government of Nigeria (2015-)") with the bare victims' groups this module
    named before the country was known given it: "Farmers (Nigeria); Government of Nigeria (2015-)"."""
    if not associates:
        return associates
    names = [_in_country(name, country) if name in BARE_VICTIM_LABELS else name for name in associates.split("; ")]
    return "; ".join(names)


# The victims' faith, as ACLED's associated actor. Train, violence against civilians and remote violence with
# civilians as actor2: notes naming a church carry a Christian group in 79 of 99, Christians 50 of 58, Shi'ites
# a "Shiite Muslim Group" in 12 of 18, Muslims a Muslim group in 51 of 94, Hindus 6 of 7, Buddhists 9 of 14; a
# mosque alone only 25 of 77 (attacks near one), so a mosque needs its worshippers or prayers. A passage naming
# two faiths (the attackers' and the victims') is left alone. The first matching faith is taken (Shi'ites
# before Muslims).
FAITHS = (
    (re.compile(r"\bShi['’]?ites?\b|\bShias?\b", re.IGNORECASE), "Shiite Muslim Group"),
    (re.compile(r"\b(?:Christians?|churchgoers|churche?s?|parishioners|congregation)\b", re.IGNORECASE),
     "Christian Group"),
    (re.compile(r"\bMuslims?\b|\bmosques?\b[^.;]{0,60}\b(?:worshippers|prayers?)\b|"
                r"\b(?:worshippers|prayers?)\b[^.;]{0,60}\bmosques?\b", re.IGNORECASE), "Muslim Group"),
    (re.compile(r"\bHindus?\b", re.IGNORECASE), "Hindu Group"),
    (re.compile(r"\bBuddhists?\b|\bmonks\b", re.IGNORECASE), "Buddhist Group"),
)
FAITH_CUES = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _label in FAITHS), re.IGNORECASE)
FAITH_CUES_NEEDS = gate_words(FAITH_CUES)  # speed only: read off the patterns


# Victims who hold a public office: ACLED gives the country's government as actor2's associate ("a councilor
# shot dead" -> Civilians with "Government of the Philippines"). The offices are those whose train notes
# (violence against civilians and remote violence, civilians as actor2) carry a government associate in at
# least 55 % of 5 or more notes: councilor 115 of 125, barangay captain/chairman 37 of 40, mayor 67 of 93,
# district commissioner 10 of 12, district head 20 of 23, government official 30 of 42, government employee
# 20 of 22, civil servant 7 of 9, lawmaker 9 of 13, village administrator 15 of 25, tax collector 6 of 9.
# Plain "chief" (27 %), "chairman" (41 %), "governor" (44 %) and "minister" (52 %) fall below and are left out.
GOVERNMENT = "Government"
OFFICE_HOLDERS = re.compile(
    r"\b(?:(?:vice[- ]|deputy )?mayors?|council+ors?|barangay (?:captain|chairman|chairwoman|kagawad|officials?)s?|"
    r"district (?:commissioner|head)s?|(?:government|local|(?<!islamic )state|village|barangay) "
    r"(?:officials?|employees?|workers?)|"  # "an Islamic State official" is the group's
    r"civil servants?|lawmakers?|village administrators?|tax collectors?|deputy governors?|"
    r"(?:local government|LGA) chairman)\b", re.IGNORECASE)
OFFICE_HOLDERS_NEEDS = gate_words(OFFICE_HOLDERS)  # speed only: read off the pattern
# An office holder quoted as the source ("..., the district commissioner said") is not a victim.
# ("local officials and medics said", "a local official, who asked not to be named, told AFP"; round eighteen: the
# other source named in up to three words, "a local official and the Red Cross said").
_SPEAKER_AFTER = re.compile(r"(?:\s+(?:and|or)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?(?:\s*,[^,.]{0,50},)?\s+"
                            r"(?:said|says|told|confirmed|reported|added)\b")
_SPEAKER_BEFORE = re.compile(r"\b(?:according to|quoted|quoting)\b[\w\s'’-]{0,30}$", re.IGNORECASE)


def victims_office(passage: str) -> str | None:
    """``GOVERNMENT`` when the passage tells of an office holder who is not its source, else None."""
    if not may_hold_any(passage, OFFICE_HOLDERS_NEEDS):
        return None
    for match in OFFICE_HOLDERS.finditer(passage):
        quoted = (_SPEAKER_AFTER.match(passage, match.end())
                  or _SPEAKER_BEFORE.search(passage, max(0, match.start() - 45), match.start()))
        if not quoted:
            return GOVERNMENT
    return None


BARE_VICTIM_LABELS = frozenset([GOVERNMENT, *(label for _pattern, label in VICTIM_GROUPS + FAITHS)])


def victims_faith(passage: str) -> str | None:
    """ACLED's faith group of the civilians a passage tells of ("Christian Group"), or None."""
    if not may_hold_any(passage, FAITH_CUES_NEEDS):
        return None
    found = [label for pattern, label in FAITHS if pattern.search(passage)]
    named = {label.split()[-2] for label in found}  # "Muslim" for both Shiite and plain Muslim groups
    return found[0] if len(named) == 1 else None


# Round seventeen: the community whose village was hit ("attacked a Jukun village", "raided Berom farming
# villages", "a Fulani settlement"). Train, civilians as actor2, notes naming "<X> village / community / settlement /
# camp / hamlet" where X is an ethnic militia of the country: the X Ethnic Group is the associate in 145 notes,
# another or none in 19 (when X is also the attackers' community, 24 notes, never).
# Round nineteen: "attacked Lou Nuer cattle camps", a herding community's camps.
_HOME_COMMUNITY = re.compile(r"\b([A-Z][a-z'’-]+)\s+(?:farming\s+|fishing\s+|herding\s+|cattle\s+)?"
                             r"(?:villages?|communit(?:y|ies)|settlements?|camps?|hamlets?)\b")
_HOME_COMMUNITY_NEEDS = gate_words(_HOME_COMMUNITY)  # speed only: read off the pattern


def victims_home_community(passage: str, country: str, dictionary: ActorDictionary | None,
                           attackers: Sequence[ActorMention] = ()) -> str | None:
    """``"Jukun Ethnic Group"`` when the passage tells of a community's village that is not the attackers'."""
    militia = home_community_militia(passage, country, dictionary, attackers)
    return militia.replace(" Ethnic Militia", " Ethnic Group").rsplit(" (", 1)[0] if militia else None


def home_community_militia(passage: str, country: str, dictionary: ActorDictionary | None,
                           attackers: Sequence[ActorMention] = ()) -> str | None:
    """``"Jukun Ethnic Militia (Nigeria)"``: the dictionary's militia of the community whose village, camp or
    settlement the passage tells of, when it is not the attackers' own."""
    if dictionary is None or not may_hold_any(passage, _HOME_COMMUNITY_NEEDS):
        return None
    for match in _HOME_COMMUNITY.finditer(passage):
        word = match.group(1)
        if any(word in m.name for m in attackers):
            continue
        name = f"{word} Ethnic Militia ({country})"
        if dictionary.actor(name) is not None:
            return name
    return None


def _ethnic_groups(text: str, span: Span, country: str, dictionary: ActorDictionary | None) -> list[str]:
    """"Masalit Ethnic Group" for "Masalit civilians": a community named just before the civilians that the
    dictionary knows as an ethnic militia of the country (ACLED gives the victims' community as an associate:
    train's commonest, Fulani Ethnic Group, 220 notes)."""
    if dictionary is None:
        return []
    before = text[max(0, span.start - _COMMUNITY_REACH):span.start]
    words = _COMMUNITY_BEFORE.findall(before)
    return [f"{word} Ethnic Group" for word in words
            if dictionary.actor(f"{word} Ethnic Militia ({country})") is not None]


# Round twenty: the employer told after the mention ("a staff member of an international aid agency", "two employees
# of a local charity", "a driver for the Red Crescent"), which the words before it never say.
_EMPLOYER_AFTER = (
    (re.compile(r"\s+(?:of|with|for)\s+(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,3}?(?:aid|humanitarian|relief|charity|"
                r"charities|NGO|non-governmental)\b", re.IGNORECASE), "Aid Workers"),
    (re.compile(r"\s+(?:of|with|for|at)\s+(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,3}?(?:hospital|clinic|"
                r"health\s+(?:centre|center|post)|medical\s+(?:charity|team)|Red\s+Crescent|ambulance\s+service)\b",
                re.IGNORECASE),
     "Health Workers"),
)
_EMPLOYEE_WORDS = re.compile(r"\b(?:staff(?:\s+members?)?|employees?|workers?|drivers?|volunteers?)$", re.IGNORECASE)
_WORDS_AFTER = 60


def victim_label(text: str, span: Span) -> str | None:
    """ACLED's label for the civilians one mention names ("Farmers"), or None."""
    words = text[max(0, span.start - _WORDS_BEFORE):span.end]
    label = next((label for pattern, label in VICTIM_GROUPS if pattern.search(words)), None)
    if label in (None, "Labour Group") and _EMPLOYEE_WORDS.search(span.text):
        after = text[span.end:span.end + _WORDS_AFTER]
        label = next((found for pattern, found in _EMPLOYER_AFTER if pattern.match(after)), label)
    return label
