"""People killed (and injured) as the text states them, and the figure ACLED would code.

``find_casualties`` reads counts next to death verbs, active ("gunmen killed 12 villagers",
"killing two") and passive ("at least 30 gendarmes were killed", "a peacekeeper was killed"),
death tolls, bodies found, "left N dead", and denials ("no one was killed" → a 0 count).
``combine_fatalities`` turns the mentions of one event into a :class:`~eventwire.records.Fatalities`
by the rules of coding-rules.md; ``split_total`` spreads a total over several days or places.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterator, Sequence

from eventwire.extract.dates import lower_keeping_offsets, merge_windows
from eventwire.extract.numbers import NUMBER_PATTERN, TENS, UNITS, first_letter_alternation, parse_number
from eventwire.records import CasualtyMention, Fatalities, Span

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
    "army personnel", "army officers?", "police officers?", "border guards?", "soldiers?", "troops",
    "servicem[ae]n", "gendarmes?", "policem[ae]n", "police", "officers?", "guards?(?:m[ae]n)?", "peacekeepers?",
    "marines?", "commandos?", "paratroopers?",
    "legionnaires?", "recruits?", "militiam[ae]n", "volunteers?", "VDPs?", "dozos?", "personnel",
)
ATTACKER_NOUNS = (
    "suicide bombers?", "bombers?", "attackers?", "assailants?", "gunm[ae]n", "militants?", "jihadists?",
    "terrorists?", "insurgents?", "rebels?", "fighters?", "bandits?", "extremists?", "kidnappers?",
    "raiders?", "islamists?", "combatants?", "elements", "criminals?",
)
CIVILIAN_NOUNS = (
    "civilians?", "villagers?", "residents?", "worshipp?ers?", "children", "child", "women", "woman",
    "men", "man", "boys?", "girls?", "farmers?", "herders?", "herdsm[ae]n", "pastoralists?", "traders?",
    "miners?", "students?", "pupils?", "teachers?", "passengers?", "travell?ers?", "drivers?", "motorists?",
    "fishermen", "refugees?", "displaced people", "protesters?", "demonstrators?", "mourners?", "guests?",
    "shoppers?", "journalists?", "aid workers?", "health workers?", "workers?", "employees?", "nurses?",
    "doctors?", "chiefs?", "elders?", "imams?", "pastors?", "priests?", "catechists?", "inhabitants?",
    "family members", "relatives", "christians?", "muslims?", "hostages?", "prisoners?", "detainees?",
    "infants?", "babies", "baby", "teenagers?", "youths?", "young men", "farmworkers?", "labourers?",
    "laborers?", "officials?", "councill?ors?", "mayors?", "leaders?", "sons?", "daughters?", "wife", "wives",
    "husbands?", "brothers?", "sisters?", "fathers?", "mothers?", "hawkers?", "vendors?", "delegates?",
    "notables?", "dignitar(?:y|ies)", "IDPs?", "commanders?", "suspects?", "hitm[ae]n", "captains?",
    "bystanders?", "companions?", "cadres?",
)
GENERIC_NOUNS = ("people", "persons?", "individuals?", "others", "victims?", "bodies", "body", "corpses?",
                 "lives", "members", "soul", "souls")
_ALL_NOUNS = sorted((*FORCES_NOUNS, *ATTACKER_NOUNS, *CIVILIAN_NOUNS, *GENERIC_NOUNS), key=len, reverse=True)

# "four government fighters", "pro-government militiamen": fighters on the state's side are its forces.
_STATE_SIDE_RE = re.compile(r"(?i)\b(?:government|pro-government|army|regime|state|allied)\b")
_FORCES_RE = re.compile(r"(?i)\b(?:" + "|".join(FORCES_NOUNS) + r")$")
_ATTACKERS_RE = re.compile(r"(?i)\b(?:" + "|".join(ATTACKER_NOUNS) + r")$")
_GENERIC_NOUN_RE = re.compile(r"(?i)\b(?:" + "|".join(GENERIC_NOUNS) + r")$")
_CIVILIANS_RE = re.compile(r"(?i)\b(?:" + "|".join(CIVILIAN_NOUNS) + r")$")

# --------------------------------------------------------------------------- the pieces of a count phrase

_QUALIFIER = (r"(?P<qual>" + first_letter_alternation(list(QUALIFIERS))
              + rf"|between\s+(?P<range_low>{NUMBER_PATTERN})\s+and)\s+")
_VAGUE = first_letter_alternation([v for v in VAGUE_COUNTS if v != "some"])
# A number that is not a year, an hour, an age, a distance or a duration.
_NOT_A_MEASURE = (r"(?![\w,.]*\d)(?!-year|-month|-week|\s*(?:%|per\s?cent|years?\b|year-old|months?\b|weeks?\b"
                  r"|days?\b|hours?\b|minutes?\b|km\b|kilomet|miles?\b|metres?\b|meters?\b|[ap]\.?m\b|o'clock"
                  r"|vehicles?\b|trucks?\b|cars?\b|motorbikes?\b|motorcycles?\b|houses?\b|homes?\b|weapons?\b"
                  r"|guns?\b|rifles?\b|rounds?\b|times\b|nations?\b|countries\b|-nation|-strong))")
# "it was not clear how many died": a question, not a vague count.
_COUNT = (rf"(?P<count>(?<!\bhow\s)(?:{_VAGUE})|(?:a|an|one)\s+family\s+of\s+{NUMBER_PATTERN}|{NUMBER_PATTERN}{_NOT_A_MEASURE}"
          r"|(?:a|an|one|the|another|his|her|their|its)(?=\s)|(?:him|her)\b)")
# Words that end a run of adjectives: verbs, prepositions, conjunctions (matched in lower case only).
_STOP_WORDS = ("and or but were was are is have has had been being in on at by from with when while after during who"
               " which that the to also all reportedly killed dead died wounded injured of said says told reported"
               " added claimed say according").split()
_STOP = r"(?!(?-i:" + first_letter_alternation(_STOP_WORDS) + r")\b)"
# Adjectives between count and noun: words, or a hyphenated age ("12-year-old"); never a second number.
_MODIFIER = rf"(?:{_STOP}(?:[A-Za-z][\w'’-]*|\d+-[A-Za-z][\w'’-]*)\s+){{0,3}}?"
# Any word that names people by role when our lists do not know it: "supporters", "a biker", "an activist".
# Lowercase only (nationalities like "Malian" are adjectives) and not followed by a likelier noun.
_NOT_PEOPLE = ("number", "other", "water", "order", "power", "border", "cent", "matter", "quarter", "letter",
               "cover", "corner", "paper", "chapter", "shelter", "weather", "river", "manner", "tower", "summer",
               "winter", "error", "sector", "factor", "floor", "door", "motor", "event", "incident", "moment",
               "government", "parliament", "statement", "movement", "agreement", "department", "equipment",
               "document", "comment", "percent", "amount", "account", "attempt", "segment", "shipment", "fragment",
               "parent", "explosive", "vehicle", "tractor", "helicopter", "container", "computer", "tanker", "trailer")
# After a guessed noun, a word that is not one of these means the real noun is still to come.
_NOUN_ENDERS = ("and or but were was are is have has had been in on at by from with of who died killed including"
                " among").split()
_LIKELIER_NOUN_FOLLOWS = r"(?!\s+(?!(?:" + first_letter_alternation(_NOUN_ENDERS) + r")\b)[A-Za-z])"
_ROLE_NOUN = (r"(?!(?:" + first_letter_alternation(_NOT_PEOPLE) + r")s?\b)"
              r"(?-i:[a-z])[a-z]+(?:er|ist|ian|ant|ent|ee|or|ive|ite|man|men)s?\b" + _LIKELIER_NOUN_FOLLOWS)
# "members of the special forces", "residents of Garin Goje": an of-phrase of up to four words after the noun.
_OF_TAIL = rf"(?:\s+of\s+(?:the\s+|a\s+|an\s+|their\s+)?{_STOP}[A-Za-z][\w'’-]*(?:\s+{_STOP}[A-Za-z][\w'’-]*){{0,3}}?)?"


# A capitalised name as the last resort ("4 Kamwina Nsapu were killed"), unless a likelier noun follows it.
_NAME_NOUN = r"(?-i:[A-Z])[\w'’-]+" + _LIKELIER_NOUN_FOLLOWS
_NOUN = r"(?P<noun>" + first_letter_alternation(_ALL_NOUNS) + "|" + _ROLE_NOUN + "|" + _NAME_NOUN + r")\b"
_OF = r"(?:of\s+(?:the|their|its|his|them|those|these)\s+|of\s+)?"
# One counted group: "at least 49 Malian soldiers", "five of the assailants", "dozens of civilians", "two".
_GROUP = (rf"(?:{_QUALIFIER})?{_COUNT}(?:\s+{_OF}{_MODIFIER}{_NOUN}(?P<of_tail>{_OF_TAIL})"
          r"|\s+of\s+(?:them|those|whom|the\s+(?:wounded|injured|dead|victims)))?")
# Re-reading one group of a matched list: it must run up to a separator or the end of the list.
_GROUP_RE = re.compile(rf"(?i){_GROUP}(?=\s*(?:,|and\b|$))")
# Groups joined by commas and "and": "two soldiers and three civilians".
_ANY_GROUP = re.sub(r"\(\?P<\w+>", "(?:", _GROUP)  # the same without names, to repeat it
# A list ends in "and": "two soldiers, a gendarme and three civilians". Without the "and", what follows a comma is
# something else ("killing two soldiers, a military officer told reporters").
_GROUPS = rf"(?P<groups>{_ANY_GROUP}(?:(?:,\s*{_ANY_GROUP})*,?\s+and\s+{_ANY_GROUP})?)"

# ", including a child," between a count and its verb
_ASIDE = (r"(?:\s*,\s*(?:including|among\s+them|mostly|most\s+of\s+them|all\s+of\s+them)\s+[^,.;]{1,60},"
          r"|\s+(?:including|among\s+them)\s+[^,.;]{1,40}?(?=\s+(?:were|was|have|had|died)\b))?")
_AUX = (r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|reportedly|reported|also|all|later"
        r"|allegedly|now|confirmed|believed\s+to\s+have\s+been|said\s+to\s+have\s+been)\s+){1,3}")
_KILLED_PARTICIPLE = (r"(?:killed|shot\s+dead|shot\s+and\s+killed|gunned\s+down|massacred|executed|beheaded|slain"
                      r"|slaughtered|murdered|assassinated|lynched|burn(?:ed|t)\s+(?:alive|to\s+death)"
                      r"|(?:hacked|stabbed|beaten|burned|burnt|clubbed|shot|tortured|lynched)\s+to\s+death"
                      r"|neutrali[sz]ed|eliminated|shot\s+and\s+died"
                      r"|found\s+dead|confirmed\s+dead|left\s+dead|buried)")
_DIED = (r"(?:(?:have\s+|had\s+|also\s+|reportedly\s+|later\s+"
         r"|(?:are|were|is|was)\s+(?:believed|thought|said|reported|feared)\s+to\s+have\s+)*"
         r"(?:died|dies|die|perished|(?:was|were|is|are)\s+(?:reported\s+|confirmed\s+|found\s+)?dead"
         r"|lost\s+(?:their\s+lives|his\s+life|her\s+life)|succumbed\s+to\s+(?:their|his|her)\s+(?:injuries|wounds)"
         r"|dead))")
_INJURED_PARTICIPLE = r"(?:injured|wounded|hurt|maimed)"
_KILLING_VERB = (r"(?:killed|killing|kills|kill|massacred|massacring|executed|executing|beheaded|beheading"
                 r"|slaughtered|slaughtering|murdered|murdering|shot\s+dead|shot\s+and\s+killed|gunned\s+down"
                 r"|neutrali[sz]ed|assassinated|assassinating|lynched|lynching"
                 r"|neutrali[sz]ing|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of)")
_INJURING_VERB = r"(?:injured|injuring|wounded|wounding|injures|wounds)"
# After a bare participle ("12 soldiers killed ...") the sentence must go on like a headline, not an object.
_HEADLINE_TAIL = (r"(?=\s*(?:[.,;:)\-–—]|$|\s(?:at(?!\s+(?:least|most))|in|on|near|during|by|when|while|after|and"
                  r"|as|since|last|this|yesterday|overnight|following|early|late)\b))")

_HYPOTHETICAL_RE = re.compile(
    r"(?i)\b(?:could|would|might|(?-i:may)|(?-i:will)|shall|threaten(?:ed|ing|s)?\s+to|plan(?:s|ned|ning)?\s+to"
    r"|vow(?:ed|s)?\s+to|tried\s+to|try\s+to|attempt(?:ed|ing)?\s+to|intend(?:ed|s)?\s+to|aim(?:ed|s)?\s+to|if)\b[^.;]{0,40}$"
    r"|\bto\s+$"
)
# After a bare count ("killing two ..."), words that let the count stand for people; any other
# lowercase word means the count is of something else ("killed 12 cows", "killing several sheep").
_CONTENT_WORD_AFTER_RE = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|near|during|when|while|after|before|as|more|of|with|by|from|since|including"
    r"|among|across|over|inside|outside|around|between|last|this|yesterday|overnight|early|late|earlier|later"
    r"|were|was|had|have|who|whom|according|and|others|other|people|persons|then|instantly|immediately|them)\b)"
    r"(?:[a-z][\w'’-]*)")
_FAMILY_OF_RE = re.compile(r"^(?:a|an|one) family of ")
_SPEECH_VERB_RE = re.compile(r"\s+(?:said|say|says|told|reported|added|confirmed|according)\b")
# Verbs the military uses only of its enemies: whoever was "neutralised" was an attacker.
_ENEMY_VERB_RE = re.compile(r"(?i)\b(?:neutrali[sz]|eliminated)")
_SUBSET_RE = re.compile(r"(?i)\b(?:including|among\s+them|among\s+whom|of\s+whom|among\s+the\s+dead(?:\s+were)?)"
                        r"\s*$")


# Lowercase stems of every word a casualty statement turns on: sentences without one are not read.
TRIGGER_STEMS = ("kill", "dead", "die", "death", "lives", "perish", "massacr", "execut", "behead", "slain",
                 "slaughter", "murder", "assassin", "lynch", "neutrali", "eliminat", "bodies", "body", "corpse",
                 "remains", "toll", "fatalit", "injur", "wound", "hurt", "maim", "casualt", "no one", "nobody",
                 "to death", "alive", "gunned down", "lost", "losing", "buried", "number of", "himself", "herself",
                 "themselves")
# How far a "sentence" may reach either side of its trigger when no full stop is found (characters).
# Long enough for "At least 30 gendarmes from the ... brigade were killed", short enough to stay fast.
SENTENCE_REACH = 240
# First words of a count phrase: qualifiers, number words, vague plurals, determiners of one person.
COUNT_WORDS = frozenset(
    {q for q in QUALIFIERS if " " not in q} | {v.split()[0] for v in VAGUE_COUNTS} | set(UNITS) | set(TENS)
    | {"a", "an", "half", "dozen", "the", "his", "her", "their", "its", "him", "another", "hundred", "thousand"}
)
COUNT_STARTS = COUNT_WORDS | {q.split()[0] for q in QUALIFIERS}
# A count is only read when a trigger word follows within this many characters: enough for
# "at least 49 Malian soldiers of the 4th battalion were reportedly killed" (about 70 characters).
COUNT_TO_TRIGGER_REACH = 130
# The same for "the"/"his"/"her" (one person): "the 25-year-old local council member was shot dead" (about 50).
ONE_PERSON_TO_TRIGGER_REACH = 70
_WORD_RE = re.compile(r"[A-Za-z]+|\d[\d,.]*")


def _qualifiers_by_first_word() -> dict[str, tuple[str, ...]]:
    """Multi-word qualifiers by their first word: "at" starts a count only in "at least", "at most", ..."""
    table: dict[str, list[str]] = {}
    for qualifier in sorted(q for q in QUALIFIERS if " " in q):
        table.setdefault(qualifier.split()[0], []).append(qualifier)
    return {word: tuple(qualifiers) for word, qualifiers in table.items()}


_QUALIFIERS_BY_FIRST_WORD = _qualifiers_by_first_word()


@dataclass(frozen=True)
class _Rule:
    """One way of stating casualties: a regex whose ``groups`` names the counted victims.

    ``starts`` are the lowercase words a match can begin with; the regex is only tried where one of
    them stands (``None``: where a count can begin). Trying a regex at a handful of word starts
    instead of scanning every character is what keeps this module fast.
    """

    pattern: re.Pattern[str]
    kind: str  # "killed" or "injured"; attackers are told apart by their noun
    starts: frozenset[str] | None
    needs: tuple[str, ...] = ()  # lowercase words one of which the sentence must hold for the rule to be tried
    verb_after: bool = False  # a count rule ending on a participle: tried only before one ("killed", not "killing")


def _rule(pattern: str, kind: str, starts: str | None = None, needs: tuple[str, ...] = (),
          verb_after: bool = False) -> _Rule:
    return _Rule(re.compile(rf"(?i)\b{pattern}"), kind, frozenset(starts.split()) if starts else None, needs,
                 verb_after)


# How far "the death toll from ..." or "the number of people killed in ..." may run before its verb (characters):
# long enough for "from a military air strike on a village ceremony in the north a week ago".
TOLL_SUBJECT_REACH = 90
# What a "number of" counts when it counts the dead: "the number of dead", "of people killed", "of deaths".
_COUNTED_DEAD = (r"(?:(?:people|persons|civilians|soldiers|victims|those)\s+(?:killed|dead)|dead|deaths|fatalities"
                 r"|victims|killed)")
# "the death toll (has) later/since/now rose to ...": auxiliaries and adverbs between a toll and its verb.
_TOLL_ADVERBS = (r"(?:(?:has|had|have|later|since|now|further|subsequently|reportedly|already|then|officially"
                 r"|quickly|also)\s+){0,3}")
# What "lost" must count to mean deaths: people of a force or a community, never "lost 12 vehicles".
_LOST_PEOPLE = (r"(?:[\w,.-]+\s+){1,5}?(?:of\s+(?:its|their|his|her)\s+)?(?:[a-z-]+\s+)?"
                r"(?:men|soldiers?|troops|officers?|policemen|police\s+officers|gendarmes|fighters|members|personnel"
                r"|servicemen|peacekeepers|guards|commandos|people|civilians|villagers)\b")
_KILLING_STARTS = ("killed killing kills kill massacred massacring executed executing beheaded beheading slaughtered"
                   " slaughtering murdered murdering shot gunned neutralised neutralized neutralising neutralizing"
                   " assassinated assassinating lynched lynching claimed claiming")
_RULES: tuple[_Rule, ...] = (
    # Counted groups, then what happened to them: one regex so the count is parsed once per word.
    _rule(rf"{_GROUPS}{_ASIDE}(?:,(?=\s+(?:were|was|have|had)\b))?\s+(?:{_AUX}{_KILLED_PARTICIPLE}\b|{_KILLED_PARTICIPLE}\b{_HEADLINE_TAIL}|{_DIED}\b"
          rf"|(?:reported\s+|confirmed\s+)?{_MODIFIER}(?:fatalities|fatality|deaths|death)\b"
          rf"|lives\s+(?:were|have\s+been)\s+lost"
          rf"|(?P<injured>{_AUX}{_INJURED_PARTICIPLE}\b|{_INJURED_PARTICIPLE}\b{_HEADLINE_TAIL}))", "killed",
          verb_after=True),
    _rule(rf"{_KILLING_VERB}[\"”’']?\s+{_GROUPS}", "killed", _KILLING_STARTS),
    _rule(rf"(?:left|leaving)\s+{_GROUPS}\s+(?:people\s+)?(?:dead|killed)\b", "killed", "left leaving"),
    # "the army lost 17 men", "Chad lost at least 92 soldiers": a force's losses are its dead
    _rule(rf"(?:lost|losing|loses)\s+(?={_LOST_PEOPLE}){_GROUPS}", "killed", "lost losing loses"),
    # "a suicide bomber killed himself and three soldiers": the others are the dead (the bomber: _self_deaths)
    _rule(rf"(?:killed|killing|kills)\s+(?:himself|herself|themselves)\s+and\s+{_GROUPS}", "killed",
          "killed killing kills"),
    _rule(rf"(?:shot|stabbed|hacked|beat|beaten|tortured|burned|burnt|clubbed|stoned|burning|beating)\s+{_GROUPS}"
          r"\s+(?:to\s+death|alive)", "killed", "shot stabbed hacked beat beaten tortured burned burnt clubbed stoned"
          " burning beating"),
    _rule(rf"(?:bodies|body|corpses?|remains)\s+of\s+{_GROUPS}\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+"
          r"|had\s+been\s+)?(?:found|discovered|recovered|retrieved)", "killed", "bodies body corpse corpses remains"),
    # "a farmer's body was found", "two men's bodies were recovered"
    _rule(rf"(?P<groups>{_ANY_GROUP})['’]s?\s+(?:dead\s+)?(?:bodies|body|corpses?|remains)\s+(?:were\s+|was\s+"
          r"|have\s+been\s+|has\s+been\s+|had\s+been\s+)?(?:found|discovered|recovered|retrieved)", "killed",
          needs=("body", "bodies", "corpse", "remains")),
    # ACLED's own coding note: "unknown number of fatalities coded as 3", "fatalities coded as 10"
    _rule(rf"fatalit(?:y|ies)\s+(?:were\s+|was\s+)?coded\s+as\s+(?P<groups>{NUMBER_PATTERN}|zero)", "killed",
          "fatalities fatality"),
    _rule(rf"(?P<groups>(?:{_QUALIFIER})?{_COUNT}\s+(?:more\s+|other\s+)?(?P<noun>bodies|corpses))"
          r"(?:\s+(?:of|with)\s+[^.;]{0,40}?)?\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
          r"(?:found|discovered|recovered|retrieved|exhumed)", "killed", needs=("bodies", "corpses")),
    # "rescuers recovered 43 bodies", "found the corpses of ..." is read by the rule above
    _rule(rf"(?:recovered|found|discovered|retrieved|exhumed|pulled\s+out)\s+(?:the\s+)?"
          rf"(?P<groups>(?:{_QUALIFIER})?{_COUNT}\s+(?:more\s+|other\s+)?(?:dead\s+)?(?P<noun>bodies|corpses))",
          "killed", "recovered found discovered retrieved exhumed pulled"),
    # "the death toll (from Sunday's attack) has risen to 35", "the toll stood at 12"
    _rule(rf"(?:death\s+)?toll(?:\s+(?:from|in|of)\s+[^.;]{{1,{TOLL_SUBJECT_REACH}}}?)?\s+{_TOLL_ADVERBS}"
          r"(?:(?:rose|risen|rises|climbed|reached|jumped|increased|stands|stood|is|was)"
          r"\s+(?:at\s+|to\s+|above\s+|past\s+)?"
          rf"|(?:at|to)\s+){_GROUPS}", "killed", "death toll"),
    _rule(rf"(?:raising|bringing|pushing|put|putting|puts|placed|placing)\s+the\s+(?:death\s+)?toll"
          rf"\s+(?:to|at)\s+{_GROUPS}", "killed", "raising bringing pushing put putting puts placed placing"),
    _rule(rf"death\s+toll\s+of\s+{_GROUPS}", "killed", "death"),
    # "the number of people killed in the raid has risen to 160", "put the number of dead at about 100"
    _rule(rf"number\s+of\s+{_COUNTED_DEAD}(?:\s+[^.;]{{1,{TOLL_SUBJECT_REACH}}}?)?\s+{_TOLL_ADVERBS}"
          rf"(?:rose|risen|rises|climbed|reached|jumped|increased|stands|stood)\s+(?:at\s+|to\s+){_GROUPS}",
          "killed", "number"),
    _rule(rf"(?:put|putting|puts|placed|placing|raising|bringing)\s+the\s+number\s+of\s+{_COUNTED_DEAD}"
          rf"\s+(?:at|to)\s+{_GROUPS}", "killed", "put putting puts placed placing raising bringing"),
    _rule(rf"(?:resulting\s+in|resulted\s+in|causing|caused|led\s+to|leading\s+to|confirmed|provoking)"
          rf"\s+the\s+(?:deaths?|killing)\s+of\s+{_GROUPS}", "killed",
          "resulting resulted causing caused led leading confirmed provoking"),
    _rule(rf"{_INJURING_VERB}\s+{_GROUPS}", "injured", "injured injuring wounded wounding injures wounds"),
    _rule(rf"(?:left|leaving)\s+{_GROUPS}\s+(?:people\s+)?(?:injured|wounded)\b", "injured", "left leaving"),
)


def _rules_by_start() -> dict[str, tuple[int, ...]]:
    """Which rules (by index) may start at a word; "0" stands for any number in digits."""
    table: dict[str, list[int]] = {}
    for index, rule in enumerate(_RULES):
        for word in rule.starts if rule.starts is not None else (*COUNT_STARTS, "0"):
            table.setdefault(word, []).append(index)
    return {word: tuple(indices) for word, indices in table.items()}


_RULES_BY_START = _rules_by_start()
_NOBODY = r"(?:no\s+one|nobody|no\s+(?:people|persons|civilians|soldiers))"
# Denials: "no one was killed", "there were no casualties", "without loss of life", "nobody was hurt".
_NEGATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?i)\b(?:{_NOBODY}|none|no\s+lives)\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?"
                r"(?:killed|died|lost)"), "killed"),
    (re.compile(r"(?i)\b(?:there\s+were\s+|with\s+|caused\s+|causing\s+|reported\s+)?no\s+"
                r"(?:immediate\s+(?:reports?\s+of\s+)?)?(?:casualties|deaths|fatalities|loss\s+of\s+life|one\s+dead)\b"),
     "killed"),
    (re.compile(r"(?i)\bwithout\s+(?:any\s+)?(?:casualties|loss\s+of\s+life|fatalities)\b"), "killed"),
    (re.compile(rf"(?i)\b{_NOBODY}\s+(?:was\s+|were\s+)?(?:injured|wounded|hurt)"), "injured"),
)


# --------------------------------------------------------------------------- finding mentions



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
    for window_start, window_end in merge_windows(sorted(_sentence_around(lowered, t, start, end) for t in triggers)):
        statements = (*_denials(text, lowered, window_start, window_end),
                      *_stated_counts(text, lowered, (window_start, window_end), triggers, verb_triggers))
        for span, mentions in statements:
            if not any(_overlaps(span, kept) for kept in taken):
                taken.append(span)
                found.extend(_as_total_if_background(_ordinal_toll(m), text, window_start, window_end)
                             for m in mentions)
        if any(word in lowered[window_start:window_end] for word in _SELF_DEATH_WORDS):
            found.extend(_self_deaths(text, window_start, window_end))
    return sorted(found, key=lambda m: m.span.start)


# A suicide bomber who set off the charge died: "blew himself up", "detonated herself", "killed themselves",
# "a suicide bomber killed four people", "nine dead (plus bombers)". ACLED counts the bombers among the
# fatalities (train's 223 suicide-bomber notes: 46 % read right before, see docs/decisions/dates-fatalities.md).
_SELF_DEATH_RE = re.compile(r"(?i)\b(?:(?:blew|blown|blowing|blows)\s+(?:himself|herself|themselves)\s+up"
                            r"|(?:detonated|detonating|detonates|exploded|exploding)\s+(?:himself|herself|themselves)"
                            r"|(?:killed|killing|kills)\s+(?:himself|herself|themselves)"
                            r"|suicide\s+bombers?\b(?:(?!\b(?:was|were|is|are|been)\b)[^.;]){0,120}?"
                            r"\b(?:killed|killing|kills)\b(?!\s+(?:by|in|when|as|while))"
                            r"|\(plus\s+(?:the\s+|two\s+|both\s+)?(?:self|(?:suicide\s+)?bombers?)\))")
_SELF_DEATH_WORDS = ("himself", "herself", "themselves", "bomber")
# The bombers counted before the deed: "two female suicide bombers", "a suicide bomber" (within this reach).
BOMBERS_REACH = 160
_BOMBERS_RE = re.compile(rf"(?i)\b(?P<count>{NUMBER_PATTERN}|a|an|one)\s+(?:[\w-]+\s+){{0,3}}?"
                         r"(?:suicide\s+)?bombers?\b")
# "killing twelve people, including the bomber": the bomber is already in the count.
_BOMBER_INCLUDED_RE = re.compile(r"(?i)\b(?:including|among\s+them|among\s+the\s+dead\s+(?:was|were))\s+"
                                 r"(?:the\s+|both\s+|two\s+|three\s+)?(?:suicide\s+)?(?:bombers?|attackers?)")


SELF_DEATH_WHO = "suicide bombers (their own charge)"


def _self_deaths(text: str, start: int, end: int) -> Iterator[CasualtyMention]:
    """The suicide bombers who died by their own charge, as attackers killed (kept beside overlapping counts)."""
    for match in _SELF_DEATH_RE.finditer(text, start, end):
        if _BOMBER_INCLUDED_RE.search(text, start, end):
            return
        one = re.search(r"(?i)himself|herself|bomber\b|self\)", match.group(0))
        # "one blew himself up" is one bomber even after "two suicide bombers"
        bombers = 1 if one else _bombers_before(text, max(start, match.start() - BOMBERS_REACH), match.end()) or 2
        span = Span(match.start(), match.end(), match.group(0))
        yield CasualtyMention(low=bombers, high=bombers, kind="attackers_killed", qualifier="exact",
                              who=SELF_DEATH_WHO, span=span)
        return  # one statement of a bombing's bombers per sentence


def _bombers_before(text: str, start: int, end: int) -> int | None:
    counts = [m["count"].lower() for m in _BOMBERS_RE.finditer(text, start, end)]
    if not counts:
        return None
    last = counts[-1]
    return 1 if last in ("a", "an", "one") else parse_number(last)


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


def _as_total_if_background(mention: CasualtyMention, text: str, start: int, end: int) -> CasualtyMention:
    """A running total of a conflict comes back with ``kind="total"`` (counted by no event)."""
    if mention.kind not in ("killed", "attackers_killed"):
        return mention
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


def _trigger_positions(lowered: str, start: int, end: int) -> list[int]:
    """Where a death or injury word starts in ``lowered[start:end]``, sorted (plain substring search: fast)."""
    positions: list[int] = []
    part = lowered[start:end]
    for stem in TRIGGER_STEMS:
        if stem not in part:
            continue
        position = lowered.find(stem, start, end)
        while position != -1:
            if position == 0 or not lowered[position - 1].isalpha():  # "die" in "soldiers" is no trigger
                positions.append(position)
            position = lowered.find(stem, position + 1, end)
    return sorted(positions)


def _sentence_around(text: str, position: int, start: int, end: int) -> tuple[int, int]:
    full_stop, newline = text.rfind(". ", start, position), text.rfind("\n", start, position)
    left = max(full_stop + 2 if full_stop != -1 else start, newline + 1, start, position - SENTENCE_REACH)
    stops = [i for i in (text.find(". ", position, end), text.find("\n", position, end)) if i != -1]
    right = min([*stops, end, position + SENTENCE_REACH]) + 1
    return left, min(right, end)


def _may_start_count(lowered: str, word: re.Match[str]) -> bool:
    """False for "at", "in", "as" ... unless they open a qualifier ("at least", "in excess of")."""
    if word.group(0)[0].isdigit() or word.group(0) in COUNT_WORDS:
        return True
    qualifiers = _QUALIFIERS_BY_FIRST_WORD.get(word.group(0), ())
    return any(lowered.startswith(q, word.start()) for q in qualifiers)


def _count_worth_reading(lowered: str, word: re.Match[str], triggers: list[int]) -> bool:
    """A count can start at ``word`` and a death or injury word follows close enough to be its verb."""
    return _trigger_close(word, triggers) and _may_start_count(lowered, word)


def _trigger_close(word: re.Match[str], triggers: list[int]) -> bool:
    reach = ONE_PERSON_TO_TRIGGER_REACH if word.group(0) in _DETERMINERS else COUNT_TO_TRIGGER_REACH
    after = bisect.bisect_right(triggers, word.start())
    return after < len(triggers) and triggers[after] - word.start() <= reach


# Trigger words no count statement ends on: gerunds ("killing two" is read from the verb), the present "kill(s)",
# and nouns read by their own rules ("bodies", "toll", "casualties").
_NOT_AFTER_A_COUNT = ("kill", "kills", "bodies", "body", "corpse", "corpses", "remains", "toll", "casualties",
                      "casualty")


def _verb_triggers(lowered: str, triggers: list[int]) -> list[int]:
    """The triggers a counted group can be the subject of: "were killed", "died", "dead", "injured"."""
    verbs = []
    for position in triggers:
        word = _WORD_RE.match(lowered, position)
        text = word.group(0) if word else ""
        if not text.endswith("ing") and text not in _NOT_AFTER_A_COUNT:
            verbs.append(position)
    return verbs


def _stated_counts(text: str, lowered: str, window: tuple[int, int], triggers: list[int],
                   verb_triggers: list[int]) -> Iterator[tuple[Span, list[CasualtyMention]]]:
    """Per matched statement: its span and its mentions (one per kind of victim), best rule first."""
    start, end = window
    matches: list[tuple[int, int, re.Match[str], str]] = []
    sentence = lowered[start:end]
    for word in _WORD_RE.finditer(lowered, start, end):
        rules = _RULES_BY_START.get("0" if word.group(0)[0].isdigit() else word.group(0), ())
        if not rules:
            continue  # most words start no rule
        count_read = _count_worth_reading(lowered, word, triggers)
        verb_read = count_read and _trigger_close(word, verb_triggers)
        for index in rules:
            if _RULES[index].starts is None and not (verb_read if _RULES[index].verb_after else count_read):
                continue  # a count with no death or injury word close behind it
            if _RULES[index].needs and not any(need in sentence for need in _RULES[index].needs):
                continue
            match = _RULES[index].pattern.match(text, word.start(), end)
            if match:
                matches.append((index, match.start(), match, _RULES[index].kind))
    for _, _, match, kind in sorted(matches, key=lambda m: (m[0], m[1])):
        if _is_hypothetical(text, match.start()) or _is_subset(text, match.start("groups")):
            continue
        if "injured" in match.re.groupindex and match["injured"] is not None:
            kind = "injured"
        mentions = [_as_force_losses(m) if _LOST_RE.match(match.group(0)) else m for m in _mentions_from(match, kind)]
        if mentions:
            yield mentions[0].span, mentions


# "the army lost 10 men": the men a side lost are its fighters, not civilians (one victim group with "ten
# soldiers were killed", so the two statements compete instead of adding up).
_LOST_RE = re.compile(r"(?i)(?:lost|losing|loses)\s")


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


def _is_hypothetical(text: str, position: int) -> bool:
    return bool(_HYPOTHETICAL_RE.search(text, max(0, position - 60), position))


def _is_subset(text: str, position: int) -> bool:
    return bool(_SUBSET_RE.search(text, max(0, position - 25), position))


@dataclass(frozen=True)
class _Group:
    count: int
    qualifier: str
    high: int
    who: str | None
    attackers: bool


def _mentions_from(match: re.Match[str], kind: str) -> Iterator[CasualtyMention]:
    """One mention per kind of victim in the matched list; groups of one kind are summed."""
    group_matches = list(_GROUP_RE.finditer(match.group("groups")))  # read once, used twice
    if _counts_something_else(match, group_matches):
        return
    enemy_verb = bool(_ENEMY_VERB_RE.search(match.group(0)))
    groups = _listed_groups(match.group("groups"), group_matches, enemy_verb)
    if len(groups) > 1 and _SPEECH_VERB_RE.match(match.string, match.end()):
        groups = groups[:1]  # "killing 11 people, a health worker and a resident said": the rest are sources
    span = Span(match.start(), match.end(), match.group(0))
    for attackers in (False, True):
        chosen = [g for g in groups if g.attackers == attackers]
        if chosen:
            yield _sum_groups(chosen, "attackers_killed" if attackers and kind == "killed" else kind, span)


def _counts_something_else(match: re.Match[str], group_matches: list[re.Match[str]]) -> bool:
    """"killed 12 cows": a count right after the verb, followed by a noun we do not know as people."""
    if match.end("groups") != match.end():
        return False
    last = group_matches
    if not last or last[-1]["noun"] is not None:
        return False
    return bool(_CONTENT_WORD_AFTER_RE.match(match.string, match.end()))


def _sum_groups(groups: list[_Group], kind: str, span: Span) -> CasualtyMention:
    low, high = sum(g.count for g in groups), sum(g.high for g in groups)
    qualifiers = {g.qualifier for g in groups}
    qualifier = qualifiers.pop() if len(qualifiers) == 1 else "floor" if "floor" in qualifiers else "approx"
    who = " and ".join(g.who for g in groups if g.who) or None
    return CasualtyMention(low=low, high=high, kind=kind, qualifier=qualifier, who=who, span=span)


def _listed_groups(phrase: str, group_matches: list[re.Match[str]], enemy_verb: bool) -> list[_Group]:
    """The counted groups of a list (``group_matches``: ``_GROUP_RE`` over ``phrase``); a bare number before
    a comma is something else ("On May 12, 1 fighter")."""
    groups: list[_Group] = []
    for match in group_matches:
        group = _group(match, enemy_verb)
        if match["noun"] is None and match.end() < len(phrase.rstrip()):
            groups.clear()
        elif group is not None:
            groups.append(group)
    return _without_breakdown(groups)


def _without_breakdown(groups: list[_Group]) -> list[_Group]:
    """"Two people, a soldier and a civilian, were killed": the groups after a total that add up to it
    break the total down; they are not more victims."""
    if len(groups) > 2 and _GENERIC_NOUN_RE.search(groups[0].who or "people"):
        if sum(g.count for g in groups[1:]) == groups[0].count:
            return groups[:1]
    return groups


def _group(match: re.Match[str], enemy_verb: bool) -> _Group | None:
    count_text = " ".join(match["count"].lower().split())
    noun = match["noun"]
    if count_text in _DETERMINERS and not _is_singular(noun):
        return None  # "the soldiers were killed": no count
    if noun is None and count_text in ("a", "an", "another", "the", "his", "their", "its"):
        return None
    who = _who(match)
    attackers = bool(noun and _ATTACKERS_RE.search(noun) and not _STATE_SIDE_RE.search(who or "")) or enemy_verb
    if count_text in VAGUE_COUNTS:
        return _Group(VAGUE_COUNTS[count_text], "vague", VAGUE_COUNTS[count_text], who, attackers)
    count_text = _FAMILY_OF_RE.sub("", count_text)  # "a family of six" counts six
    value = 1 if count_text in (*_DETERMINERS, "him", "another") else parse_number(count_text)
    if value is None or (noun is None and _looks_like_year(value)):
        return None
    if match["range_low"]:  # "between 18 and 21 residents": the lower figure, the spread kept
        low = parse_number(match["range_low"])
        return _Group(min(low, value), "approx", value, who, attackers) if low is not None else None
    qualifier = QUALIFIERS.get(" ".join((match["qual"] or "").lower().split()), "exact")
    return _Group(value, qualifier, value, who, attackers)


_DETERMINERS = ("the", "his", "her", "their", "its")
_COLLECTIVE = ("men", "women", "children", "people", "police", "personnel", "troops", "bodies", "lives")


def _is_singular(noun: str | None) -> bool:
    """"the bomber", "his son": one person; "the soldiers", "the police": no count."""
    if not noun:
        return False
    last = noun.lower().split()[-1]
    return not last.endswith("s") and last not in _COLLECTIVE


def _looks_like_year(value: int) -> bool:
    return 1900 <= value <= 2100


def _who(match: re.Match[str]) -> str | None:
    if match["noun"] is None:
        return None
    tail = match.string[match.end("count"):match.end("noun")]
    tail = re.sub(r"(?i)^\s+(?:of\s+(?:the|their|its|his|them|those|these)\s+|of\s+)?", "", tail)
    return " ".join(tail.split())


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


# --------------------------------------------------------------------------- combining mentions

# Victim groups whose counts add up within an event; the generic group ("people") is a competing total.
_GENERIC = "generic"


def victim_group(mention: CasualtyMention) -> str:
    """Which kind of victims a mention counts: attackers, forces, civilians, or generic (a total)."""
    if mention.kind == "attackers_killed":
        return "attackers"
    noun = (mention.who or "").split(" and ")[-1]
    if _FORCES_RE.search(noun) or _STATE_SIDE_RE.search(noun):
        return "forces"
    if _CIVILIANS_RE.search(noun):
        return "civilians"
    return _GENERIC


@dataclass(frozen=True)
class _Estimate:
    fatalities: int
    low: int
    best: int
    high: int | None  # None: the top figure is only a floor ("at least 40"), the range is open above


def combine_fatalities(mentions: Sequence[CasualtyMention]) -> Fatalities:
    """The figure ACLED would code for one event from every statement of its deaths.

    Injured counts are ignored. Within one victim group the statements compete (floors → the highest
    floor; differing exact counts → the lowest, the spread in low/high); distinct groups add up
    (soldiers + attackers); a generic total ("49 people") stands beside the sum of the groups and the
    larger wins. No figure at all → ``Fatalities(0)`` with low/best/high None.
    """
    deaths = [m for m in mentions if m.kind in ("killed", "attackers_killed")]
    if not deaths:
        return Fatalities()
    self_deaths = [m for m in deaths if m.who == SELF_DEATH_WHO]
    others = [m for m in deaths if m not in self_deaths]
    if self_deaths and others and not any(victim_group(m) == "attackers" or _TOLL_RE.search(m.span.text)
                                          for m in others):
        # the bombers died on top of the people they killed: "killing four people" is 4 + the bomber
        rest = combine_fatalities(others)
        bombers = max(m.low for m in self_deaths)
        return Fatalities(rest.fatalities + bombers, _plus(rest.low, bombers), _plus(rest.best, bombers),
                          _plus(rest.high, bombers))
    by_group: dict[str, list[CasualtyMention]] = {}
    for mention in deaths:
        by_group.setdefault(victim_group(mention), []).append(mention)
    also = {group for group, items in by_group.items() if group != _GENERIC
            and all(_ALSO_RE.search(m.span.text) for m in items)}
    estimates = {group: _combine_group(items) for group, items in by_group.items()}
    generic = estimates.pop(_GENERIC, None)
    parts = [estimate for group, estimate in estimates.items() if group not in also]
    summed = _sum_estimates(parts) if parts else None
    chosen = _larger(summed, generic)
    if also:  # "29 people were killed ... 21 of the attackers were also killed": the attackers come on top
        chosen = _sum_estimates([chosen, *(estimates[group] for group in also)]) if chosen else _sum_estimates(
            [estimates[group] for group in also])
    if any(_CODED_AS_ZERO_RE.search(m.span.text) for m in deaths):
        return Fatalities(0, 0, 0, chosen.high)  # the coder kept the reported deaths out of the count
    return Fatalities(chosen.fatalities, chosen.low, chosen.best, chosen.high)


# A toll counts everyone dead, bombers included: "the death toll had risen to 100".
_TOLL_RE = re.compile(r"(?i)\btoll\b|\bnumber\s+of\s+(?:dead|deaths|people\s+killed|those\s+killed)")


def _plus(value: int | None, added: int) -> int | None:
    return None if value is None else value + added


# "21 of the attackers were also killed", "four soldiers also died": deaths told as coming on top of the others.
_ALSO_RE = re.compile(r"(?i)\balso\s+(?:been\s+)?(?:killed|died|dead|perished|shot\s+dead|lost)\b")


# ACLED's coders note when they code no deaths despite a report: "Fatalities coded as 0 (a source reported 2)".
_CODED_AS_ZERO_RE = re.compile(r"(?i)\bcoded\s+as\s+(?:0|zero)\b")


def _sum_estimates(parts: list[_Estimate]) -> _Estimate:
    highs = [e.high for e in parts]
    high = None if None in highs else sum(highs)  # type: ignore[arg-type]
    return _Estimate(sum(e.fatalities for e in parts), sum(e.low for e in parts), sum(e.best for e in parts), high)


def _larger(a: _Estimate | None, b: _Estimate | None) -> _Estimate:
    if a is None or b is None:
        return a or b  # type: ignore[return-value]
    high = None if a.high is None or b.high is None else max(a.high, b.high)
    return _Estimate(max(a.fatalities, b.fatalities), max(a.low, b.low), max(a.best, b.best), high)


# "two more men were found dead", "another soldier died in hospital": deaths on top of those already stated.
_ADDITIONAL_RE = re.compile(r"(?i)^(?:another|a\s+further|(?:\w+|\d+)\s+(?:more|further|additional|other))\b")


def _combine_group(mentions: list[CasualtyMention]) -> _Estimate:
    """One victim group: statements compete, except deaths a later one adds ("two more soldiers died")."""
    in_text_order = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
    additions = [m for m in in_text_order[1:] if m.kind == "killed" and _ADDITIONAL_RE.match(m.span.text)]
    base = _combine_statements([m for m in mentions if m not in additions])
    for added in additions:
        high = None if base.high is None else base.high + added.high
        base = _Estimate(base.fatalities + added.low, base.low + added.low, base.best + added.low, high)
    return base


def _combine_statements(mentions: list[CasualtyMention]) -> _Estimate:
    positive = [m for m in mentions if m.high > 0]
    if not positive:
        return _Estimate(0, 0, 0, 0)  # only denials
    stated = [m for m in positive if m.qualifier != "vague"] or positive
    floors = [m.low for m in stated if m.qualifier == "floor"]
    exacts = [m.low for m in stated if m.qualifier in ("exact", "approx", "vague")]
    ceilings = [m.high for m in stated if m.qualifier == "ceiling"]
    floor = max(floors) if floors else None
    if exacts:
        fatalities = min(exacts)
    elif floor is not None:
        fatalities = floor
    else:
        fatalities = min(ceilings)
    candidates = exacts + ([floor] if floor is not None else []) or ceilings
    low = min(candidates)
    stated_highs = exacts + ceilings + [m.high for m in stated if m.qualifier != "floor"]
    high = max(candidates + stated_highs)
    if floor is not None and floor == high and not any(value >= floor for value in stated_highs):
        high = None  # the top figure is a floor: "at least 40" says nothing of how many more
    return _Estimate(fatalities, low, _best(candidates, fatalities, floor), high)


def _best(values: list[int], fatalities: int, floor: int | None) -> int:
    """The most repeated figure; without repeats the highest floor, else the conservative figure."""
    counts = Counter(values).most_common()
    top = counts[0][1]
    if top > 1:
        return max(value for value, n in counts if n == top)
    return floor if floor is not None else fatalities


def split_total(total: int, parts: int) -> list[int]:
    """``total`` spread evenly over ``parts`` days or places, the remainder on the first.

    >>> split_total(10, 3)
    [4, 3, 3]
    """
    if parts < 1:
        raise ValueError(f"cannot split fatalities over {parts} parts")
    share, remainder = divmod(total, parts)
    return [share + remainder] + [share] * (parts - 1)
