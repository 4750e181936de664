"""The words of a casualty count: vague plurals, qualifiers, victim nouns by the group they belong to, and
the words a count can start with."""

from __future__ import annotations

import re

from eventwire.extract.numbers import TENS, UNITS


# Vague plurals and the conservative figure coding-rules.md gives them (3 for "several" and unknown numbers:
# what ACLED's coders chose most often in ../shared/train, see docs/decisions/dates-fatalities.md).
VAGUE_COUNTS: dict[str, int] = {
    "a few": 3, "few": 3, "several": 3, "a number of": 3, "a handful of": 3, "some": 3,
    "an unknown number of": 3, "an unspecified number of": 3, "an undetermined number of": 3,
    "unknown number of": 3, "unspecified number of": 3,
    "many": 10, "numerous": 10, "tens of": 10, "tens": 10,
    "dozens of": 12, "dozens": 12, "scores of": 20, "scores": 20,
    "hundreds of": 100, "hundreds": 100, "thousands of": 1000, "thousands": 1000,
}
QUALIFIERS: dict[str, str] = {
    "at least": "floor", "more than": "floor", "over": "floor", "upwards of": "floor",
    "in excess of": "floor", "no fewer than": "floor", "no less than": "floor",
    "not less than": "floor", "a minimum of": "floor", "a further": "exact", "another": "exact",
    "up to": "ceiling", "nearly": "ceiling", "almost": "ceiling", "close to": "ceiling",
    "as many as": "ceiling", "just under": "ceiling", "fewer than": "ceiling", "less than": "ceiling",
    "at most": "ceiling",
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx",
    "approximately": "approx", "an estimated": "approx", "estimated": "approx", "a reported": "exact",
    "a total of": "exact", "at the very least": "floor", "all": "exact", "all of the": "exact",
}

# Victim nouns (regular-expression fragments) by the group they belong to when counts are combined.
FORCES_NOUNS = (
    "members of the (?:defence and )?security forces", "members of the armed forces",
    "security forces", "special forces", "armed forces", "forces", "security personnel", "military personnel",
    "army personnel", "army officers?", "police officers?", "police chiefs?", "police commanders?",
    "police commissioners?", "border guards?", "soldiers?", "troops",
    "servicem[ae]n", "gendarmes?", "policem[ae]n", "police", "constables?", "officers?", "guards?(?:m[ae]n)?",
    "peacekeepers?", "marines?", "commandos?", "paratroopers?",
    "legionnaires?", "recruits?", "militiam[ae]n", "volunteers?", "VDPs?", "dozos?", "personnel", "vigilantes?",
    "comrades",  # "we lost three comrades": a side's fighters, told by their own
)
ATTACKER_NOUNS = (
    "suicide bombers?", "bombers?", "attackers?", "assailants?", "gunm[ae]n", "militants?", "jihadists?",
    "terrorists?", "insurgents?", "rebels?", "fighters?", "bandits?", "extremists?", "kidnappers?",
    "raiders?", "islamists?", "combatants?", "elements", "criminals?", "robbers?", "gangsters?",
)
CIVILIAN_NOUNS = (
    "civilians?", "villagers?", "residents?", "worshipp?ers?", "children", "child", "women", "woman",
    "men", "man", "boys?", "girls?", "farmers?", "herders?", "herdsm[ae]n", "pastoralists?", "traders?",
    "miners?", "students?", "pupils?", "teachers?", "passengers?", "travell?ers?", "drivers?", "motorists?",
    "fishermen", "refugees?", "displaced people", "protesters?", "demonstrators?", "mourners?", "guests?",
    "shoppers?", "journalists?", "aid workers?", "health workers?", "workers?", "employees?", "nurses?",
    "doctors?", "chiefs?", "elders?", "imams?", "pastors?", "priests?", "catechists?", "inhabitants?",
    "family members", "relatives", "christians?", "muslims?", "hostages?", "prisoners?", "detainees?",
    "infants?", "babies", "baby", "kids?", "teenagers?", "youths?", "young men", "farmworkers?", "labourers?",
    "laborers?", "officials?", "councill?ors?", "mayors?", "leaders?", "sons?", "daughters?", "wife", "wives",
    "husbands?", "brothers?", "sisters?", "fathers?", "mothers?", "hawkers?", "vendors?", "delegates?",
    "notables?", "dignitar(?:y|ies)", "IDPs?", "commanders?", "suspects?", "hitm[ae]n", "captains?",
    "bystanders?", "companions?", "cadres?", "inmates?", "medics?", "paramedics?", "rescuers?", "patients?",
    "bodyguards?", "interpreters?", "shopkeepers?", "businessm[ae]n", "tourists?", "adults?", "passers?-by",
    "village heads?", "community heads?", "ward heads?", "district heads?", "clan heads?",
    "neighbou?rs?", "citizens?", "nationals?", "pilgrims?", "locals", "peasants?", "churchgoers?", "congregants?",
    "customers?", "spectators?", "engineers?", "contractors?",
)
GENERIC_NOUNS = ("people", "persons?", "individuals?", "others", "victims?", "bodies", "body", "corpses?",
                 "lives", "members", "soul", "souls", "martyrs?")
_ALL_NOUNS = sorted((*FORCES_NOUNS, *ATTACKER_NOUNS, *CIVILIAN_NOUNS, *GENERIC_NOUNS), key=len, reverse=True)

# "four government fighters", "pro-government militiamen": fighters on the state's side are its forces.
_STATE_SIDE_RE = re.compile(r"(?i)\b(?:government|pro-government|army|regime|state|allied)\b")
_FORCES_RE = re.compile(r"(?i)\b(?:" + "|".join(FORCES_NOUNS) + r")$")
_FORCES_WORD_RE = re.compile(r"(?i)\b(?:" + "|".join(FORCES_NOUNS) + r")\b")
_ATTACKERS_RE = re.compile(r"(?i)\b(?:" + "|".join(ATTACKER_NOUNS) + r")$")
_GENERIC_NOUN_RE = re.compile(r"(?i)\b(?:" + "|".join(GENERIC_NOUNS) + r")$")
_CIVILIANS_RE = re.compile(r"(?i)\b(?:" + "|".join(CIVILIAN_NOUNS) + r")$")


# First words of a count phrase: qualifiers, number words, vague plurals, determiners of one person.
COUNT_WORDS = frozenset(
    {q for q in QUALIFIERS if " " not in q} | {v.split()[0] for v in VAGUE_COUNTS} | set(UNITS) | set(TENS)
    | {"a", "an", "half", "dozen", "the", "his", "her", "their", "its", "him", "another", "hundred", "thousand", "both",
       "between"}
)
COUNT_STARTS = COUNT_WORDS | {q.split()[0] for q in QUALIFIERS}


_DETERMINERS = ("the", "his", "her", "their", "its")
