"""Cues that block a trigger or change its kind: negation, modality, background history, habitual and generic
uses, appositive asides, and nouns that report an act ("protesters blocked the road", "carried out an attack")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.extract.dates import MONTHS, find_dates
from eventwire.extract.gates import gate_words, whole_words
from eventwire.extract.lexicon import REFERENCE, folds_to_ascii, may_hold_any
from eventwire.extract.words import text_words
from eventwire.records import DateMention, Span

_MONTHS = tuple(list(MONTHS)[:12])  # the date reader's table lists the twelve full names first, January to December

SUMMARY = "summary"  # the blocker of a campaign summed up: like history, never one event
ASIDE = "aside"  # the blocker of an act told in an aside about an actor or a place (", who took Kabul in August,")
# How many words before a trigger a negation / modality cue may stand and still govern it.
CUE_WINDOW_WORDS = 7

_NEGATIONS = r"no one|nobody|no casualties|no deaths|not|n't|never|without|denied|denies|deny|false|rumou?rs?|no"
# ("would-be": a bomber or kidnapper told as such, whose act was stopped, not a hypothesis; round sixteen)
_MODALITY = (
    r"will|would(?!-be)|could|might|shall|plans? to|planned to|planning to|threaten(?:s|ed)? to|vow(?:s|ed)? to|"
    r"aims? to|intend(?:s|ed)? to|set to|going to|to prevent|prevent|feared|fears?|risk of|warn(?:s|ed|ing)?|"
    r"if|unless|possible|potential|"
    r"call(?:s|ed)?(?: (?:late |early )?on (?:mon|tues|wednes|thurs|fri|satur|sun)day)? for|"
    # ("called on Thursday for a general strike": the day the call was made, between the verb and its "for")
    r"urged?|to avoid|to stop|against any|ready to|able to|"
    r"in order to|to carry out|to contain|to tackle|to fight|to combat|to counter|prepar(?:e|es|ed|ing) to"
)
_NEGATION_RE = re.compile(rf"\b(?:{_NEGATIONS})\b", re.IGNORECASE)
_NEGATION_NEEDS = gate_words(_NEGATION_RE)  # speed only: read off the pattern, never kept by hand
_MODALITY_RE = re.compile(rf"\b(?:{_MODALITY})\b|(?-i:\bmay\b)", re.IGNORECASE)
# Speed only: the same search, case-sensitive on the lower-cased words (2-3 times faster than case-insensitive
# matching) plus the case-sensitive "may" on the words as written. Equal whenever no letter folds to an ASCII one.
_MODALITY_LOWERED = re.compile(rf"\b(?:{_MODALITY})\b")
_MAY = re.compile(r"\bmay\b")
_CLAUSE_BREAK = re.compile(r"[;:]|,(?!\d)|\b(?:but|while|whereas|although|after|before|when|as)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:in|since|during|back in|from|until|by|of|between)\s+(?:early |late |mid-)?((?:19|20)\d\d)\b", re.I)
_YEAR_ADJECTIVE = re.compile(r"\b(?:the|a|an|its|their)\s+((?:19|20)\d\d)\s+(?!(?:and|to|-)\b)[a-z]", re.I)
# ", who took control of Kabul on August 15,": an aside about an actor, not the news of the sentence.
# Round fourteen: a place's aside told in the past perfect (", where ethnic violence had killed dozens,") is earlier
# history, not the act the sentence reports ("where they killed 20" stays the act).
_APPOSITIVE = re.compile(r",\s+(?:who|which|whose|where(?=[^,;]*\bhad\s+(?:been\s+)?\w+(?:ed|en|t)\b))\b[^,;]*,")
_HABITUAL = re.compile(
    r"\b(?:since|regularly|frequently|often|routinely|increasingly|repeatedly|years of|series of|spate of|wave of|"
    r"campaign of|frequent|repeated|numerous|countless|sporadic|recurrent|recurring|continues? to|"
    r"so far this year|since the start of|since the beginning of|in recent (?:years|months|weeks)|"
    r"over the past (?:years?|decades?|months)|"
    # "hold the centre and the airport, and answer with air strikes": a side's way of fighting in the present
    r"(?:answer|respond|retaliate|reply)s? with|replies with|"
    # "warning of a sharp rise in summary executions and sexual violence": a trend of many acts
    r"(?:rise|rises|increase|increases|surge|spike|upsurge|decline|drop|fall) in)\b",
    re.IGNORECASE,
)
_HABITUAL_NEEDS = gate_words(_HABITUAL)  # speed only: read off the pattern, never kept by hand
# After the trigger: a running toll or an ongoing state, not one event ("have been killed since the war
# began", "fighting has raged for weeks").
_ONGOING_AFTER = re.compile(
    r"\s+(?:has|have)\s+(?:raged|continued|persisted|intensified|escalated|spread|"
    r"been (?:raging|going on|ongoing|continuing))\b|\s+(?:continues|continued|rages|raged) (?:for|since|across)\b|"
    # "as fighting raged on the ground", "clashes continued unabated": a war's state with no place of its own (the
    # clause ends there: "raged on the ground around the airport of Sake" has one)
    r"\s+(?:continues|continued|rages|raged|went on) (?:on the ground|unabated)(?=\s*(?:[,.;:]|$))|"
    # "Fighting continued this week around El Fasher": a week's state, no day's act
    r"\s+(?:continues|continued|raged) (?:this week|through(?:out)? the week|in recent days)\b|"
    # (round fifteen: a counted span too, "kidnapped oil workers over the past two years")
    r"(?:\s+[\w,'’-]+){0,6}?\s+over the (?:past|last) (?:few |several |(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|eighteen|\d{1,2}) )?(?:weeks?|months?|years?|decades?)\b|"
    # "have been detained by armed groups ... in recent years": a tally of a period, not one act
    r"(?:\s+[\w'’-]+){0,10}?\s+(?:in recent (?:years|months|weeks)|in the past (?:few |several )?(?:years|decades)|"
    r"over the years|for years|over (?:several |many |a number of |the (?:past|last) (?:few |several )?)(?:weeks|months|years))\b|"
    r"\s+(?:are|is|were|was|remain|remains|have become|has become) (?:\w+ )?(?:frequent|common|rife|rampant|"
    r"routine|widespread|commonplace)\b|"
    # "shelling along the front lines and artillery fire remained the main threats to civilians": kinds of force
    # ranked as a standing danger, not one act
    r"(?:\s+[\w'’-]+){0,10}?\s+(?:are|is|were|was|remain|remains|remained|has been|have been) "
    r"(?:the |a |one of the )?"
    r"(?:main|biggest|greatest|leading|chief|principal|primary|major|single biggest) (?:threats?|dangers?|causes?|"
    r"killers?|risks?)\b|"
    # "had bombed villages by mistake several times": a count of acts, not one act
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:several|many|multiple|numerous|countless|dozens of|hundreds of) times\b|"
    r"(?:\s+[\w'’-]+){0,6}?\s+on (?:several|many|numerous|multiple) occasions\b|"
    # "181 social leaders killed during the year": a count of a year, not of one day; "killed in the first two
    # months of the year", "in the first half of 2024": a count of months
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:during|over|throughout|in the course of) the (?:past |last )?year(?![\w-])|"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:in|during|over) the (?:first|last|past) (?:[\w-]+ )?(?:months|weeks|half|quarter) of\b|"
    # "were killed between January and June", "from March to May": a count of months, however the span is written
    rf"(?:\s+[\w,'’-]+){{0,6}}?\s+(?:between|from) (?:early |late |mid-)?(?-i:{'|'.join(_MONTHS)})(?:\s+(?:19|20)\d\d)? "
    rf"(?:and|to|until) (?:early |late |mid-)?(?-i:{'|'.join(_MONTHS)})\b(?!\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)
# "have been killed since 2012", "since the war began": a count running since then.
_SINCE_PATTERN = (
    r"(?:\s+[\w,'’-]+){0,6}?\s+since\s+(?:(?:early |late |mid-)?(?:19|20)\d\d|the (?:war|conflict|fighting|"
    r"insurgency|crisis|unrest|violence|start|beginning|outbreak|coup|takeover|uprising|revolution|elections?|"
    r"invasion)|"
    # "have pushed al-Shabaab out of more than 60 towns since last August": a month named with "last" or "early"
    # opens the same running span as the bare month
    r"(?:(?:last|early|late|mid-) ?)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|last year\b|"
    # "since the electoral process formally began", "since the new law took effect": a span from a beginning
    # "have now been killed since the CPC launched its offensive on 19 December": a campaign's start
    r"(?:the|a|an|its|their|his|her) (?:[\w-]+ ){1,4}?(?:began|begun|started|opened|erupted|broke out|took effect|"
    r"took office|came to power|launched|seized power)\b)|"
    r"(?:\s+[\w,'’-]+){0,6}?\s+since (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?-i:[A-Z])\w+"
)
_SINCE_AFTER = re.compile(_SINCE_PATTERN, re.IGNORECASE)
# In a sentence with a precise date, "since" counts only inside the trigger's clause: "a truce that began on
# Saturday, the first since 2016" reports one act; "under house arrest since the coup on October 25" does not.
_SINCE_IN_CLAUSE = re.compile(_SINCE_PATTERN.replace("[\\w,'’-]", "[\\w'’-]"), re.IGNORECASE)
# Running tolls and region-wide summaries: "thousands have been killed", "attacks across the Sahel".
_CUMULATIVE = re.compile(
    r"\b(?:thousands|hundreds|tens of thousands|millions)\b[^.;]*?\b(?:have|has)\b(?: (?:been|also))? "
    r"(?:killed|died|displaced|lost|fled|surrendered|defected|been (?:arrested|detained|released|freed))\b|"
    r"\b(?:have|has) (?:also )?(?:killed|displaced) (?:thousands|hundreds|tens of thousands|millions)\b|"
    # "the militants killed thousands of Yazidi men": a toll of thousands is a campaign's, not one act's
    r"\b(?:killed|abducted|kidnapped|displaced|massacred) (?:tens of |hundreds of |many )?(?:thousands|millions)\b|"
    # "extremists killed some 800,000 people": a toll of tens of thousands is a war's or a genocide's
    r"\b(?:killed|massacred|slaughtered) (?:some |about |around |more than |nearly |over |at least |up to |an estimated )?"
    r"(?:\d{2,3},\d{3}|\d{1,3},\d{3},\d{3})\b|"
    # "more than 800,000 people were killed in 100 days": tens of thousands dead are a war's or a genocide's
    r"\b(?:\d{2,3},\d{3}|\d{1,3},\d{3},\d{3}) (?:[\w-]+ ){0,2}(?:were|was) (?:killed|massacred|slaughtered)\b|"
    # "the two-year war killed ...": a war's toll (not "fighting", which also names one day's battle)
    r"\b(?:war|civil war|conflict|insurgency|genocide)\s+(?:has |have |had )?(?:killed|left)\b|"
    # "the army's drone strikes have killed more civilians than militants": tolls compared, not one act's
    r"\b(?:have|has|had) (?:also )?(?:killed|wounded|displaced|abducted) more (?:[\w-]+ ){1,2}than\b|"
    # "fighting has killed at least 12,000 people": a toll in thousands told in the perfect is a war's
    r"\b(?:have|has) (?:also )?(?:killed|displaced) (?:at least |more than |over |nearly |some |about )?\d{1,3}(?:,\d{3})+|"
    r"\b\d{1,3}(?:,\d{3})+ (?:[\w-]+ ){1,2}?(?:have|has|had) (?:been )?(?:killed|died|abducted|kidnapped|displaced)\b|"
    # "More than 200 people have been killed and about 60,000 displaced": a toll beside thousands uprooted is a war's
    r"\b(?:have|has) been killed,? and (?:[\w-]+ ){0,2}(?:\d{1,3}(?:,\d{3})+|thousands|hundreds of thousands|millions) "
    r"(?:[\w-]+ )?(?:displaced|uprooted|made homeless)\b|"
    # "attacks across the Sahel", but not "tourists from across the country": where people came from
    r"(?<!from )\b(?:across|throughout) (?:the )?(?:Sahel|region|country|north|south|east|west(?! bank)|continent)\b|"
    # "219 civilians were killed and 1,017 injured across Ukraine in June": a named land's count for a whole month
    r"\b(?:across|throughout) (?:the )?(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,2} (?:in|during|over) "
    r"(?:the month of )?(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b(?!\s+\d{1,2}\b)|"
    r"\b(?:(?:almost |nearly )?every (?:day|week|night|month|year)|almost daily|on a daily basis|on a regular basis)\b",
    re.IGNORECASE,
)
# Speed only: every alternative of _CUMULATIVE holds one of these words or a digit, so a clause without them
# cannot match and the costly search is skipped (``lexicon.may_hold_any`` runs it whenever a letter folds to ASCII).
_CUMULATIVE_NEEDS = ("thousands", "hundreds", "millions", "across", "throughout", "every", "daily", "basis", " more ")
# The one alternative without such a word needs a count with a thousands separator ("12,000 people have died").
_THOUSANDS_GROUP = re.compile(r"\d,\d{3}")


# "ordered its fighters to resume attacks across the country": what an order, a call or an instruction asks for is
# still to be done; its scope ("across the country") sums up no acts (round seventeen).
_ORDERED_TO = re.compile(r"\b(?:ordered|orders|told|tells|instructed|instructs|urged|urges|called on|calls on)"
                         r"(?: [\w'’-]+){0,4}? to\b", re.IGNORECASE)


def _is_cumulative(clause: str) -> bool:
    if not ("," in clause and _THOUSANDS_GROUP.search(clause)) and not may_hold_any(clause, _CUMULATIVE_NEEDS):
        return False
    return any(not _asked_for(clause, match.start()) for match in _CUMULATIVE.finditer(clause))


def _asked_for(clause: str, at: int) -> bool:
    return " to " in clause[:at] and _ORDERED_TO.search(clause, 0, at) is not None


# A date in the sentence anchors plural nouns too ("On 6 May, clashes took place ...").
_DATE_HINT = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|yesterday|"
    r"last (?:night|week|weekend)|over the weekend|(?:days?|weeks?|months?) ago|overnight|this (?:morning|week))\b"
)
# Speed only: every match of the case-sensitive _DATE_HINT holds one of these (weekdays and "yesterday" end in "day").
_DATE_HINT_NEEDS = (
    "day", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep", "Oct.", "Nov.", "Dec.",
    "last night", "last week", "over the weekend", "ago", "overnight", "this morning", "this week",
)
_ANCHOR_DETERMINER = re.compile(
    r"(?:\b(?:the|this|that|a|an|one|another|latest|twin|double|deadly|bloody|suspected)\s+(?:\w+[- ]){0,3}$)|"
    r"(?:'s\s+(?:\w+[- ]){0,2}$)|(?:’s\s+(?:\w+[- ]){0,2}$)",
    re.IGNORECASE,
)


# "the schoolgirls abducted from Chibok a decade ago": a past participle right after a noun, followed by a
# preposition, describes the noun; it does not report a new act.
_NOUN_BEFORE = re.compile(r"\b(?i:the|those|these|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*s)\s+$")
# A count after a preposition stands for the determiner: "on the release of two Americans detained in Afghanistan"
# (not a count opening its clause: "Four Kenyan citizens died in the incident" is a finite verb).
_COUNTED_NOUN_BEFORE = re.compile(
    r"\b(?i:of|for|with|about)\s+(?i:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"([A-Za-z][\w-]*s)\s+$")
_PREPOSITION_AFTER = re.compile(r"\s+(?:from|in|at|during|near|by|on|last|earlier|a (?:decade|year|month|week)s? ago)\b")
_NOT_NOUNS = frozenset({"was", "were", "has", "is", "as", "this", "thus", "its", "his", "has", "always", "also"})


_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|this|that|these|those|its|their|his|her)\s+$|['’]s\s+$")


def is_gerund_noun(text: str, match: re.Match) -> bool:
    """"condemned the killing": an -ing form after a determiner names an event, it does not report one."""
    return match.group().lower().endswith("ing") and bool(
        _DETERMINER_BEFORE.search(text, max(0, match.start() - 12), match.start()))


# "accused of killing two brothers", "convicted over the attack": the act is the charge, not the news.
_CHARGE_BEFORE = re.compile(
    r"\b(?:accused|accusing|accuses|convicted|charged|suspected|guilty|acquitted|sentenced|jailed|tried|arrested|"
    r"detained|trial)\s+"
    # "sentenced 10 soldiers to prison terms for the rape of": the object and the sentence may stand between
    # ("convicted members of a powerful political clan of murder": six words)
    # "sentenced for his role in the bombing of a bus station": the part one played in the act is the charge
    r"(?:[\w-]+\s+){0,6}?(?:of|for|over|with|in connection with|"
    r"(?:for|over) (?:his|her|their|its) (?:role|part|involvement|participation) in)\s+(?:the\s+|an?\s+)?"
    # "found six men guilty of terrorist murder", "on trial over the torture and killing of": one word may qualify
    # the charge or come before it in a pair
    r"(?:(?-i:[a-z])[\w-]*,?\s+(?:and\s+|or\s+)?)?$",
    re.IGNORECASE,
)
# "the man who killed 10 people", "the 2017 bombing that killed 500": a relative clause names a past act when
# the sentence is about a trial or a commemoration ("a suicide bomber who blew himself up" stays news).
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?$", re.IGNORECASE)
# Speed only: every match of _CHARGE_BEFORE / _RELATIVE_BEFORE holds one of these words.
_CHARGE_NEEDS = gate_words(_CHARGE_BEFORE)  # speed only: read off the pattern, never kept by hand
_RELATIVE_NEEDS = gate_words(_RELATIVE_BEFORE)  # speed only: read off the pattern, never kept by hand
_ABOUT_A_PAST_ACT = re.compile(
    r"\b(?:court|trial|judge|verdict|sentenc\w+|convict\w+|prosecut\w+|acquit\w+|anniversary|commemorat\w+|"
    r"remember\w*|memorial|mourn\w*|funeral|tribute|victims of|compensation|families of|relatives of)\b",
    re.IGNORECASE,
)


# "Witnesses told the court how soldiers opened fire": testimony retells the act a trial is about.
_TESTIMONY_BEFORE = re.compile(
    r"\b(?:(?:told|telling|tells|tell) (?:the )?(?:court|tribunal|judges?|jury|hearing|inquiry|commission)|"
    r"testif(?:y|ies|ied|ying)|in (?:his|her|their) testimony)\b[^.;]*?\b(?:how|that|what)\b[^.;]*$",
    re.IGNORECASE,
)
_TESTIMONY_NEEDS = gate_words(_TESTIMONY_BEFORE)  # speed only: read off the pattern, never kept by hand
TESTIMONY_WITHIN_CHARS = 120  # "told the court over six months how soldiers": a clause's length before the verb


def refers_back(text: str, sentence_start: int, sentence_end: int, match: re.Match) -> bool:
    """A verb inside a charge or a testimony, or inside a relative clause of a sentence about a trial or a
    commemoration, names an act the sentence refers to."""
    window = max(sentence_start, match.start() - 60)
    before = text[window:match.start()]
    if may_hold_any(before, _CHARGE_NEEDS) and _CHARGE_BEFORE.search(text, window, match.start()):
        return True
    if _in_testimony(text, sentence_start, match.start()):
        return True
    return may_hold_any(before, _RELATIVE_NEEDS) and bool(_RELATIVE_BEFORE.search(text, window, match.start())) and bool(
        _ABOUT_A_PAST_ACT.search(text, sentence_start, sentence_end))


# "cannot return to stations where their colleagues were murdered", "candles were lit in the courtyard where the
# pupils were shot": an act in a "where" clause bound to a common noun (no comma, no capital) names the place by what
# happened there before; the sentence is about the place. A clause with a day or a count of its own may be the news
# ("reached the village where gunmen killed 40 people", "the market where traders were shot on Tuesday"), and so may
# one set off by a comma ("stormed Kuchi, where 12 people were killed").
_PLACE_NAMED_BY_ITS_ACT = re.compile(
    r"\b(?-i:[a-z])[\w'’-]*\s+where\s+(?:[\w'’-]+\s+){1,5}?(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?$",
    re.IGNORECASE)
PLACE_NAMED_REACH = 70  # characters before the verb: "where", the clause's subject and its auxiliary
_COUNT_WORD = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
    r"dozens|scores|hundreds|thousands)\b", re.IGNORECASE)


def names_a_place_by_its_act(text: str, sentence_start: int, match: re.Match) -> bool:
    window = max(sentence_start, match.start() - PLACE_NAMED_REACH)
    if "where" not in text[window:match.start()]:
        return False  # speed only: every match holds it
    where = _PLACE_NAMED_BY_ITS_ACT.search(text, window, match.start())
    if where is None:
        return False
    right = _CLAUSE_MARK.search(text, match.end())
    clause = text[where.start():right.start() if right else len(text)]
    return not (_DATE_HINT.search(clause) or _COUNT_WORD.search(clause))


# "accusing him of war crimes and crimes against humanity committed in Timbuktu, including rape, torture and ...":
# the acts listed after the charges are what the court charges, however far the list runs from "accusing".
_CHARGE_LIST_BEFORE = re.compile(
    r"\b(?:crimes|charges|counts|offences|offenses)\b[^.;]{0,120}?\bincluding\s+(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,8}$",
    re.IGNORECASE,
)
CHARGE_LIST_WITHIN_CHARS = 200  # the charges, where they were committed, and a list of six or eight acts


def _charged_in_court(text: str, sentence_start: int, span: Span) -> bool:
    """"A court sentenced 10 soldiers to prison terms for the rape of aid workers": the act a court tries, even as
    a noun the sentence's day seems to date (not an arrest "over the attack on Monday": police, no court)."""
    window = max(sentence_start, span.start - 60)
    charged = may_hold_any(text[window:span.start], _CHARGE_NEEDS) and _CHARGE_BEFORE.search(text, window, span.start)
    if not (charged or _listed_among_charges(text, sentence_start, span)):
        return False
    sentence_end = text.find(". ", span.end)
    sentence_end = sentence_end if sentence_end >= 0 else len(text)
    if not may_hold_any(text[sentence_start:sentence_end], _COURT_WORDS_NEEDS):
        return False  # speed only
    return bool(_COURT_WORDS.search(text, sentence_start, sentence_end))


def _listed_among_charges(text: str, sentence_start: int, span: Span) -> bool:
    window = max(sentence_start, span.start - CHARGE_LIST_WITHIN_CHARS)
    return "including" in text[window:span.start] and bool(_CHARGE_LIST_BEFORE.search(text, window, span.start))


# A court's or a government's charge: sanctions and terrorist listings name acts as a court does ("imposed sanctions
# on three commanders of the militia, which it accused of killing hundreds of civilians").
_COURT_WORDS = re.compile(r"\b(?:court|tribunal|judges?|trial|verdict|sentenc\w+|convict\w+|acquit\w+|sanction\w*|"
                          r"designat\w+|blacklist\w*)\b", re.IGNORECASE)
_COURT_WORDS_NEEDS = gate_words(_COURT_WORDS)  # speed only: read off the pattern, never kept by hand


def _in_testimony(text: str, sentence_start: int, position: int) -> bool:
    window = max(sentence_start, position - TESTIMONY_WITHIN_CHARS)
    return may_hold_any(text[window:position], _TESTIMONY_NEEDS) and bool(
        _TESTIMONY_BEFORE.search(text, window, position))


# A trial's or an inquiry's account of the act it is about: "Prosecutors argued that the attacks were carried out
# by the same cell", "According to the indictment, the accused led the men who burned the village", "an inquiry
# commission found that soldiers had attacked the village", "... and one died under torture, according to
# prosecutors". The account retells an act the story is not news of. Police and "investigators" are left out: they
# report fresh acts ("Police said gunmen attacked ...").
_COURT_ACCOUNT_BEFORE = re.compile(
    r"\b(?:(?:the )?(?:prosecut(?:ors?|ion)|indictment|charge sheet)"
    r" (?:argued|argues|alleged?|alleges|says?|said|claims?|claimed|told (?:the )?(?:court|jury|judges?)|"
    r"described|describes|accused|accuses)\b|"
    # a finding, not "found no sufficient basis for the arrest" (an ACLED note on a release order, PHL9596)
    r"(?:inquiry|commission)(?: [\w-]+){0,2} (?:found|finds|concluded|established)(?! no\b)\b|"
    r"(?:according to|in) (?:the )?(?:prosecut(?:ors?|ion)(?:'s|’s)?|indictment|charge sheet)(?: account| case)?,)"
    r"[^.;]*$",
    re.IGNORECASE,
)
_COURT_ACCOUNT_AFTER = re.compile(
    r"^[^.;]*?,? according to (?:the )?(?:prosecut(?:ors?|ion)|indictment|charge sheet|court (?:documents|papers|"
    r"filings)|the inquiry)\b", re.IGNORECASE)
_COURT_ACCOUNT_NEEDS = gate_words(_COURT_ACCOUNT_BEFORE)  # speed only: read off the pattern, never kept by hand
_COURT_ACCOUNT_AFTER_NEEDS = gate_words(_COURT_ACCOUNT_AFTER)  # speed only: read off the pattern
# A finding is said of the past whatever date the act carries ("found that soldiers had attacked the village on 14
# February"); an allegation or a prosecutor's word with a date of its own may be fresh news ("Prosecutors said a
# gunman shot dead two worshippers on Monday").
_FINDING = re.compile(r"\b(?:found|finds|concluded|established)\b", re.IGNORECASE)
# "Prosecutors argued over seven months that the cell, which had planned ...": an account's subject, its verb and
# the clause to the trigger; set on the variation table of tests/extract/test_nonevents_round6.py.
COURT_ACCOUNT_WITHIN_CHARS = 200


def _told_in_a_court_account(text: str, sentence_start: int, span: Span, has_date: bool) -> bool:
    """The act is what prosecutors, an indictment or an inquiry's finding say happened (see _COURT_ACCOUNT_BEFORE),
    or what a witness tells a court (``_in_testimony``: a testimony is of the past whatever day the sentence names)."""
    if _in_testimony(text, sentence_start, span.start):
        return True
    window = max(sentence_start, span.start - COURT_ACCOUNT_WITHIN_CHARS)
    if may_hold_any(text[window:span.start], _COURT_ACCOUNT_NEEDS):
        account = _COURT_ACCOUNT_BEFORE.search(text, window, span.start)
        if account is not None and (not has_date or _FINDING.search(account.group())):
            return True
    if has_date:
        return False
    end = _SENTENCE_BREAK.search(text, span.end)
    after = text[span.end:end.start() + 1 if end else len(text)]
    return may_hold_any(after, _COURT_ACCOUNT_AFTER_NEEDS) and bool(_COURT_ACCOUNT_AFTER.search(after))


def is_participle_modifier(text: str, sentence_start: int, match: re.Match) -> bool:
    word = match.group()
    if " " in word or not word.lower().endswith("ed"):
        return False
    window = max(sentence_start, match.start() - 60)
    noun = _NOUN_BEFORE.search(text, window, match.start()) or _COUNTED_NOUN_BEFORE.search(text, window, match.start())
    if noun is None or noun.group(1).lower() in _NOT_NOUNS:
        return False
    return bool(_PREPOSITION_AFTER.match(text, match.end()))


_CROWD = re.compile(r"protesters|demonstrators|rioters|mobs?", re.IGNORECASE)
_PAST_VERB_AFTER = re.compile(
    r"(?:\s+[\w,'’-]+){0,8}?\s+(?:\w+ed|\w+ing|held|took|went|set|threw|burnt|stormed|gathered|sang|tore)\b",
    re.IGNORECASE,
)


_HAPPENED_AFTER = re.compile(
    r"\s+(?:was|were|has been|have been) (?:held|staged|organi[sz]ed|carried out|launched|reported|recorded)\b|"
    r"\s+(?:was|were) (?:thrown|hurled|lobbed|fired|detonated|planted|dropped|launched)\b|"
    r"\s+(?:took place|broke out|erupted|occurred|happened|ensued|went off|exploded|hit|struck|killed|left)\b",
    re.IGNORECASE,
)


# "carried out an attack", "used explosives", "launched an offensive": a verb of doing makes the noun a report.
_ACT_VERB_BEFORE = re.compile(
    r"\b(?:carried out|carries out|conducted|launched|staged|mounted|used|planted|detonated|hurled|lobbed)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


_ACT_VERB_NEEDS = gate_words(_ACT_VERB_BEFORE)  # speed only: read off the pattern, never kept by hand


# Typing round fourteen: a report that names its act with a noun phrase and makes that phrase the subject of a verb
# saying the act happened or was attested ("The capture of Avdiivka by Russian forces after months of fighting was
# confirmed by Ukraine's army chief", "A prisoner swap between Russia and Ukraine brought home 95 servicemen", "The
# signing of a truce ... ended two years of war"). The noun opens the sentence (after an article, a possessive or a
# few modifiers, or "the signing / discovery / exhumation of"), and its phrase runs to that verb with no verb of its
# own (asides between commas apart: "The pillaging of the hospital by soldiers, who took beds, was documented ...").
# A noun inside another head ("The anniversary of the kidnapping was marked", "the trial of those behind the attack
# opened") is not the subject, and verbs of doubt or of a plan ("was denied", "was postponed") are not read.
_SUBJECT_OPENING = re.compile(
    r"[\"“]?(?:(?:the|a|an|another)\s+)?(?:(?!(?:said|says|saw|told|was|were|is|are|has|have|had|no|similar|other|"
    r"such|earlier|previous|past|these|those)\b)"
    r"[\w'’-]+(?<!ed)\s+){0,3}(?:(?:signing|discovery|exhumation) of (?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?)?",
    re.IGNORECASE)
_ATTESTED_AFTER = re.compile(
    r"\b(?:(?:was|were|has been|have been) (?:\w+ly )?(?:confirmed|announced|reported|documented|recorded|completed|"
    r"carried out|signed|celebrated|marked|verified|filmed|staged|held)|took place|came into (?:force|effect)|"
    r"took effect|went ahead|brought home|passed off|entered its (?:[\w-]+ )?(?:day|week|month)|"
    r"ended (?:(?:a|two|three|four|five|\w+) )?(?:years?|months?|decades?) of|"
    r"left (?:[\w-]+ ){1,4}(?:dead|poisoned|wounded|injured|missing|homeless))\b", re.IGNORECASE)
_ATTESTED_AFTER_NEEDS = gate_words(_ATTESTED_AFTER)  # speed only: read off the pattern, never kept by hand
# Between the noun and the verb: a finite verb or a relative word outside an aside means the noun is not the subject
# of the attesting verb ("The attack, which the army denied, was reported" keeps its aside; "attacks that were
# reported" is a relative).
_ASIDE = re.compile(r",[^,]*,")
_CLAUSE_WORD = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|said|says|who|which|that|when|after \w+ed)\b",
                          re.IGNORECASE)
SUBJECT_TO_VERB_WITHIN_CHARS = 160  # the noun's phrase with an aside; set on our test sentences
# A definite noun with no phrase of its own points back at an act told before ("The ceasefire took effect on November
# 27", a background line of a later story); one told with its parties, place or object is the act told here.
_DEFINITE_OPENING = re.compile(r"[\"“]?the\b", re.IGNORECASE)
_COMPLEMENT = r"(?:of|between|by|on|against|in|at|across|near|with|from)"
_COMPLEMENT_AFTER = re.compile(rf"\s+{_COMPLEMENT}\b", re.IGNORECASE)
_COMPLEMENT_CLOSING = re.compile(rf"\s{_COMPLEMENT}$", re.IGNORECASE)  # the lexicon's "capture of", "handover of"


def subject_noun_told(text: str, sentence_start: int, match: re.Match, end: int) -> bool:
    """The noun ``match`` heads the sentence's subject and the verb after its phrase says the act happened."""
    if not _SUBJECT_OPENING.fullmatch(text, sentence_start, match.start()):
        return False
    if _DEFINITE_OPENING.match(text, sentence_start) and not (
            _COMPLEMENT_AFTER.match(text, match.end(), end) or _COMPLEMENT_CLOSING.search(match.group())
            or " of " in text[sentence_start:match.start()]):  # "The exhumation of 440 bodies from a mass burial"
        return False
    stop = min(end, match.end() + SUBJECT_TO_VERB_WITHIN_CHARS)
    if not may_hold_any(text[match.end():stop], _ATTESTED_AFTER_NEEDS):
        return False
    verb = _ATTESTED_AFTER.search(text, match.end(), stop)
    if verb is None:
        return False
    between = _ASIDE.sub(" ", text[match.end():verb.start()])
    return _CLAUSE_WORD.search(between) is None


def crowd_acting(text: str, match: re.Match, end: int) -> bool:
    """'Protesters blocked the road', 'a protest was held', 'clashes broke out': the noun reports an act. Not a
    campaign: "In April it launched a new offensive in the Duhok area" tells no one act (the long sets' gold codes
    none, or leaves it optional)."""
    if match.group().lower() in _CAMPAIGN_NOUNS:
        return False
    if _HAPPENED_AFTER.match(text, match.end(), end):
        return True
    window = max(0, match.start() - 50)
    if may_hold_any(text[window:match.start()], _ACT_VERB_NEEDS) and _ACT_VERB_BEFORE.search(text, window, match.start()):
        return True
    if not _CROWD.fullmatch(match.group()):
        return False
    return bool(_PAST_VERB_AFTER.match(text, match.end(), end)) or _crowd_headline(text, match, end)


# "Rioters attack mosque in Southport", "Mob torches police station": a crowd opening a report's first sentence, subject
# of an act verb in the present, is a headline telling the crowd's act.
_HEADLINE_OPENING_WORDS = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}")
_CROWD_ACT_IN_THE_PRESENT = re.compile(
    r"\s+(?:attack|torch|storm|burn|loot|block|stone|pelt|clash|lynch|beat|ransack|vandali[sz]e|rall(?:y|ie)|march|"
    r"occupy|set fire|smash|raid)(?:s|es)?\b", re.IGNORECASE)


def _crowd_headline(text: str, match: re.Match, end: int) -> bool:
    return bool(_HEADLINE_OPENING_WORDS.fullmatch(text, 0, match.start())) and bool(
        _CROWD_ACT_IN_THE_PRESENT.match(text, match.end(), end))


@dataclass(frozen=True)
class SentenceCues:
    """Sentence-wide facts every trigger of the sentence shares (computed once per sentence)."""

    background: bool
    has_date: bool
    year: int | None = None  # the publication year
    background_from: int = 0  # where the history the sentence tells begins (0: the whole sentence)

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(self, background: bool, has_date: bool, year: int | None = None, background_from: int = 0) -> None:
        object.__setattr__(self, "background", background)
        object.__setattr__(self, "has_date", has_date)
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "background_from", background_from)

    @classmethod
    def of(cls, text: str, start: int, end: int, published: date | None) -> "SentenceCues":
        sentence = text[start:end]
        has_date = _has_date(sentence)
        background = _tells_history(sentence, has_date, published) or (
            not has_date and _history_told_before(text, start, published, ANAPHORA_SENTENCES))
        background_from = _possessive_history_from(sentence, has_date, published) if background else None
        if not background:
            background_from = _since_old_time_when(sentence, published)
            background = background_from is not None
        return cls(background, has_date, published.year if published else None,
                   start + background_from if background_from is not None else 0)

    def blocks_as_background(self, span: Span) -> bool:
        return self.background and span.start >= self.background_from


# "Thousands marched in central Nairobi, carrying the names of people killed in last year's demonstrations": a past
# period in the possessive dates the noun it stands before, not the sentence. When it is the sentence's only
# history, what comes before it is news; what comes after ("last year's attack killed 40") stays history.
_PAST_POSSESSIVE = re.compile(r"\b(?:last|the previous|the past) year['’]s\b", re.IGNORECASE)


def _possessive_history_from(sentence: str, has_date: bool, published: date | None) -> int | None:
    """Where a sentence's history begins when only a past period in the possessive makes it history (else None)."""
    if "year's" not in sentence and "year’s" not in sentence:
        return None  # speed only: every match holds one of these
    first = _PAST_POSSESSIVE.search(sentence)
    if first is None:
        return None
    masked = _PAST_POSSESSIVE.sub(lambda m: " " * len(m.group()), sentence)
    return None if _tells_history(masked, has_date, published) else first.start()


# "The bombing was the deadliest in the capital since January, when twin suicide attacks killed 32 people": the
# "when" clause tells the act a record or a span is counted from, as old as that month or year. A day or a month not
# yet over ("since Monday, when the army launched its offensive") leaves the act news. A season is always past there
# ("the deadliest attack in the province since the spring, when militants killed three soldiers": round twenty).
_SINCE_OLD_TIME_WHEN = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>" + "|".join(_MONTHS) + r")(?:\s+(?P<month_year>"
    r"(?:19|20)\d\d))?|(?P<year>(?:19|20)\d\d)|(?P<season>(?:the\s+|last\s+)(?:spring|summer|autumn|fall|winter)))"
    r"\s*,\s*when\b", re.IGNORECASE)


def since_old_time_when(sentence: str, published: date | None) -> int | None:
    """Where the "when" clause of an old time's "since" begins in ``sentence`` (None: no such clause): what it tells
    (the act a record is counted from, its dead) is history."""
    return _since_old_time_when(sentence, published)


def _since_old_time_when(sentence: str, published: date | None) -> int | None:
    """Where the "when" clause of an old time's "since" begins (None: no such clause)."""
    if published is None or "since" not in sentence or "when" not in sentence:
        return None  # speed only: every match holds both words
    for match in _SINCE_OLD_TIME_WHEN.finditer(sentence):
        if match["season"]:
            old = True
        elif match["year"]:
            old = int(match["year"]) < published.year
        else:
            month = MONTHS[match["month"].capitalize()]
            year = int(match["month_year"]) if match["month_year"] else (
                published.year if month <= published.month else published.year - 1)
            old = (year, month) < (published.year, published.month)
        if old:
            return match.end() - len("when")
    return None


def _has_date(sentence: str) -> bool:
    if not (any(map(sentence.__contains__, _DATE_HINT_NEEDS)) and _DATE_HINT.search(sentence)):
        return False
    if not may_hold_any(sentence, _OCCASION_NEEDS):
        return True  # speed only: no occasion to own the date
    return bool(_DATE_HINT.search(_OCCASION_DATE.sub(" ", sentence)))


# "described the election in February as marred by ... arrests of opposition workers": a month right after an
# occasion dates the occasion, not the acts of its sentence (they stay plural nouns of a record). Not a day: "the
# election on Sunday was marred by clashes in Kano" tells the clashes of that day.
_MONTHS_FULL = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_OCCASION_DATE = re.compile(
    r"\b(?:the|this|last|next|its|their)\s+(?:[\w-]+\s+)?(?:elections?|vote|polls|referendum|summit|conference|"
    rf"census|inauguration)\s+(?:in|of)\s+(?-i:{'|'.join(_MONTHS_FULL)})\b", re.IGNORECASE)
_OCCASION_NEEDS = gate_words(_OCCASION_DATE)  # speed only: read off the pattern, never kept by hand


def _tells_history(sentence: str, has_date: bool, published: date | None) -> bool:
    # A bare year dates the whole sentence only when nothing more precise does ("on 30 April, teachers who
    # qualified in 2019 protested" is news).
    return (not has_date and (_is_background(sentence, published) or _personal_account(sentence))
            or _told_years_on(sentence) or _dated_long_ago(sentence, published))


# "Elliott was seized in Djibo in January 2016. ... The abduction came on the same day as a deadly assault on a
# hotel": a time that points back ("the same day", "a month later", "at the time") takes the time of the sentence
# before it, and that one may point back in turn (up to this many sentences: a paragraph's chain of retelling).
ANAPHORA_SENTENCES = 3
_TIME_POINTING_BACK = re.compile(
    r"\b(?:(?:on )?(?:that|the same|that same) (?:day|night|morning|evening|week|month|year)|at (?:the|that) time|"
    r"(?:a|one|two|three|a few|several) (?:days?|weeks?|months?) later|later that (?:day|night|week|month|year)|"
    r"(?-i:later)(?! (?:this|today|tonight|on)\b)|"
    r"the (?:following|next) (?:day|morning|week|month|year))\b",
    re.IGNORECASE,
)
_TIME_POINTING_BACK_NEEDS = gate_words(_TIME_POINTING_BACK)  # speed only: read off the pattern, never kept by hand
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=\S)")
PREVIOUS_SENTENCE_CHARS = 600  # how far back the sentence before is looked for (a long sentence of news)


def _history_told_before(text: str, start: int, published: date | None, depth: int) -> bool:
    """The sentence starting at ``start`` points back in time, and the sentence before it tells history."""
    end = _SENTENCE_BREAK.search(text, start)
    sentence = text[start:end.start() if end else len(text)]
    if depth == 0 or not may_hold_any(sentence, _TIME_POINTING_BACK_NEEDS) or not _TIME_POINTING_BACK.search(sentence):
        return False
    window = max(0, start - PREVIOUS_SENTENCE_CHARS)
    breaks = list(_SENTENCE_BREAK.finditer(text, window, start + 1))  # + 1: the lookahead sees the sentence
    if not breaks or breaks[-1].end() < start:
        return False  # the sentence opens its paragraph (or the text): nothing before it to point back to
    before = breaks[-2].end() if len(breaks) > 1 else window
    previous = text[before:breaks[-1].start() + 1]
    has_date = _has_date(previous)
    return _tells_history(previous, has_date, published) or (
        not has_date and _history_told_before(text, before, published, depth - 1))


# "the 2017 truck bombing", "the 2013 siege": an event noun dated by an earlier year is history.
_CENTURIES = "19|20"
_EARLIER_YEAR_BEFORE = re.compile(rf"\b(?:the|a|an|its|their|this|that)\s+((?:{_CENTURIES})\d\d)\s+"
                                  r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# Speed only: a window without the year's century cannot match (``gate_words`` reads the articles, in nearly every
# window, or the digits "1" and "2"; none of the dense mix's 2,189 windows held "19" or "20")
_EARLIER_YEAR_NEEDS = tuple(sorted(whole_words(_CENTURIES)))


# "the coffin of a boy shot dead during last month's protests", "last year's attack on the base": an event noun owned
# by last month or last year names an earlier act (the day's own noun, "Sunday's attack", is news).
_LAST_PERIODS_BEFORE = re.compile(r"\blast\s+(?:month|year)['’]s\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _year_before(text: str, span: Span) -> bool:
    # speed only: a year needs digits; map, not a generator (no frame resumed per character)
    return any(map(str.isdigit, text[max(0, span.start - 40):span.start]))


def _dated_earlier(text: str, span: Span, year: int | None) -> bool:
    before = text[max(0, span.start - 40):span.start]
    if "last " in before and _LAST_PERIODS_BEFORE.search(before):
        return True
    if year is None or not may_hold_any(before, _EARLIER_YEAR_NEEDS):
        return False
    match = _EARLIER_YEAR_BEFORE.search(text, max(0, span.start - 40), span.start)
    return match is not None and int(match.group(1)) < year


def blocker_in(cues: SentenceCues, text: str, start: int, span: Span, kind: str) -> str | None:
    clause = _clause_before(text, start, span.start)
    words_before = " ".join(clause.split()[-CUE_WINDOW_WORDS:])
    if may_hold_any(words_before, _NEGATION_NEEDS) and _NEGATION_RE.search(words_before):
        return "negation"
    if _has_modality(words_before):
        return "modality"
    if cues.blocks_as_background(span):
        return "background"
    if _inside_appositive(text, start, span):
        return ASIDE
    if kind == REFERENCE and (_dated_earlier(text, span, cues.year) or _charged_in_court(text, start, span)):
        return "background"
    if kind != REFERENCE and _year_before(text, span) and _dated_earlier(text, span, cues.year):
        return "background"  # "jailed for his part in the 2019 killing of nine women": a gerund read as a noun
    if _marked_as_an_anniversary(text, start, span) or _asked_about(text, start, span):
        return "background"
    words_after = _WORDS_RUN.match(text, span.end).group()  # read once for both tests after the trigger (speed only)
    if _old_time_after(text, span.end, cues.year, words_after) or _years_after_before(
            text, max(start, span.start - 80), span.start) or _joined_to_years_after(text, start, span):
        return "background"
    if "which" in words_before and _told_in_an_old_acts_clause(text, start, span, cues.year):
        return "background"
    if _is_cumulative(_clause_around(text, start, span)):
        return "background"
    if not cues.has_date and _in_a_long_period(text, start, span):
        return "background"
    if kind == REFERENCE and _one_of_many(text, start, span):
        return "generic"
    if kind == REFERENCE and not cues.has_date and _lasted_long(text, start, span):
        return SUMMARY
    if kind == REFERENCE and not cues.has_date and _is_generic_reference(text, start, span):
        return "generic"
    if (kind == REFERENCE or not cues.has_date or _opens_on_a_running_span(text, start)) and _counted_many(
            text, start, span):
        return "generic"  # "dozens of attacks since the war began in October": many acts, whatever the date
    if kind != REFERENCE and not cues.has_date and _MANY_ACTS_AFTER.match(text, span.end) and _PERFECT_BEFORE.search(
            text, max(start, span.start - PERFECT_REACH), span.start):
        return "generic"
    if may_hold_any(words_before, _HABITUAL_NEEDS) and _HABITUAL.search(words_before):
        return SUMMARY
    if kind == REFERENCE and _told_as_a_trend(text, start, span, words_before, words_after):
        return SUMMARY
    if _added_to_a_tally(text, start, span, cues.has_date) or _listed_in_a_toll(text, start, span):
        return SUMMARY
    if _tells_ongoing_after(text, span.end, cues.has_date, words_after):
        return SUMMARY
    if not cues.has_date and _counted_over_a_year(text, span, words_after):
        return SUMMARY
    if _retold_experience(text, start, span, cues.has_date):
        return "background"
    if _opens_a_war_in_a_month(text, span) or _told_of_a_side_in_a_wars_opening(text, start, span):
        return "background"
    if _told_in_a_court_account(text, start, span, cues.has_date):
        return "background"
    return None


# "the 2019 attack on the DusitD2 hotel complex, in which 21 people were killed", "a seafront restaurant on the Lido
# last summer in which several people died": a clause "in/during which" tells the act of the phrase it hangs on, and
# is as old as that phrase's time (an earlier year, a season or a year gone), unless it carries a day of its own.
# Not "since 2019" (a record's span: "the worst attack since 2019, in which 12 died" is news).
_WHICH_CLAUSE_BEFORE = re.compile(r",?\s+(?:in|during)\s+which\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)
_OLD_PHRASE_TIME = re.compile(
    # "in late 2019 and early 2020", "the massacre of March 2022": a part of the year or a month may come between
    rf"\b(?<!since )(?:(?:the|a|an|its|their|in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{'|'.join(_MONTHS)})\s+)?|"
    rf"of\s+(?:{'|'.join(_MONTHS)})\s+)((?:19|20)\d\d)\b|"
    r"\b(?:last|in the) (?:spring|summer|autumn|winter)\b|\blast year\b(?!['’]s)|\b(?:years|decades) ago\b",
    re.IGNORECASE)
OLD_PHRASE_WORDS = 12  # the noun phrase the clause hangs on: "the 2019 attack on the DusitD2 hotel complex"


def _told_in_an_old_acts_clause(text: str, sentence_start: int, span: Span, year: int | None) -> bool:
    which = _WHICH_CLAUSE_BEFORE.search(text, max(sentence_start, span.start - 60), span.start)
    if which is None:
        return False
    right = _CLAUSE_MARK.search(text, span.end)
    if _DATE_HINT.search(text, which.start(), right.start() if right else len(text)):
        return False  # "..., in which gunmen killed 12 people on Sunday": a day of its own
    phrase = _LAST_CLAUSE_MARK.match(text, sentence_start, which.start())
    words = text[phrase.end() if phrase else sentence_start:which.start()].split()[-OLD_PHRASE_WORDS:]
    time = _OLD_PHRASE_TIME.search(" ".join(words))
    return time is not None and (time.group(1) is None or year is None or int(time.group(1)) < year)


# A trend of acts, not one: plural act nouns whose verb counts them up or down ("killings and kidnappings for ransom by
# armed gangs rose for the third year running", "abductions have doubled"), or that a force "has intensified" or
# "stepped up" in the perfect ("Russia has intensified its use of heavy glide bombs"). A toll's verb is no trend of
# acts ("the attack's death toll rose to 12"), nor a dated step-up in the past ("intensified its shelling on Monday").
_TREND_AFTER = re.compile(
    r"(?:\s+(?!(?:death|toll|tolls|number|numbers|count|figure|figures|prices?|costs?)\b)[\w'’-]+){0,7}?\s+"
    r"(?:(?:have|has|had)\s+)?(?:rose|risen|increased|doubled|tripled|soared|declined)\b(?!\s+up\b)", re.IGNORECASE)
# Not "fell", "dropped", "surged": shells "fell in Ayn Zarah", mortars and grenades "dropped from a drone", crowds
# "surged towards the gate" are acts (acled-2020-dev lost two typings to the first two).
_TREND_AFTER_NEEDS = ("rose", "risen", "increased", "doubled", "tripled", "soared", "declined")
_TREND_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:intensif\w+|stepp\w+\s+up|increas\w+|escalat\w+|ramp\w+\s+up)\s+"
    r"(?:(?:its|their|the)\s+)?(?:(?:use|number)\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_TREND_BEFORE_NEEDS = ("intensif", "stepp", "increas", "escalat", "ramp")


def _told_as_a_trend(text: str, start: int, span: Span, words_before: str, words_after: str) -> bool:
    if span.text[-1:].lower() != "s":
        return False  # one act ("the attack") is no trend
    if may_hold_any(words_after, _TREND_AFTER_NEEDS) and _TREND_AFTER.match(text, span.end):
        return True
    return may_hold_any(words_before, _TREND_BEFORE_NEEDS) and bool(
        _TREND_BEFORE.search(text, max(start, span.start - 80), span.start))


# "marked the tenth anniversary on Tuesday of the attack on the Bardo museum, where gunmen killed 21 tourists": the
# act an anniversary is of, and the "where/when/in which" clause that tells it, are history whatever the day. A
# clause of its own after a comma is news: "On the first anniversary of the coup, soldiers killed five protesters".
_ANNIVERSARY_OF_BEFORE = re.compile(
    r"\banniversar(?:y|ies)\s+(?:[\w'’-]+\s+){0,3}?of\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:(?:[\w'’-]+,\s+)?(?:where|when|in which)\s+(?:[\w'’-]+\s+){0,3})?$", re.IGNORECASE)
ANNIVERSARY_WITHIN_CHARS = 150  # the anniversary, its day, the act's noun phrase and the clause's subject


def _marked_as_an_anniversary(text: str, sentence_start: int, span: Span) -> bool:
    window = max(sentence_start, span.start - ANNIVERSARY_WITHIN_CHARS)
    return "anniversar" in text[window:span.start].lower() and bool(
        _ANNIVERSARY_OF_BEFORE.search(text, window, span.start))


# "appeared before a Senate committee on Wednesday to answer questions about the drone strike that killed dozens of
# villagers last month", "what assessment they have made of attacks on schools": an act that is the topic of a
# question, a hearing or an assessment is the act the questions are about, told before; the day is the hearing's.
# A clause with a day of its own is news ("asked about the raid that killed five on Sunday", as the which-clause).
_ASKED_ABOUT_BEFORE = re.compile(
    r"\b(?:questions?\s+(?:about|over|on)|asked\s+(?:[\w'’-]+\s+){0,2}?about|(?:hearings?|debate)\s+(?:on|about|over)|"
    r"assessment\s+(?:[\w'’-]+\s+){0,4}?of)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:that|which|who)\s+)?$", re.IGNORECASE)
ASKED_ABOUT_WITHIN_CHARS = 120  # the question's word, the act's noun phrase and its clause's subject
_ASKED_ABOUT_NEEDS = gate_words(_ASKED_ABOUT_BEFORE)  # speed only: read off the pattern, never kept by hand


def _asked_about(text: str, sentence_start: int, span: Span) -> bool:
    window = max(sentence_start, span.start - ASKED_ABOUT_WITHIN_CHARS)
    if not may_hold_any(text[window:span.start], _ASKED_ABOUT_NEEDS):
        return False  # speed only: every match holds one of these
    if _ASKED_ABOUT_BEFORE.search(text, window, span.start) is None:
        return False
    right = _CLAUSE_MARK.search(text, span.end)
    return not _DATE_HINT.search(text, span.end, right.start() if right else len(text))


# "During their rule, fighters destroyed the mausoleums", "killed while the town was controlled by the militia": an
# act placed in a rule, an occupation or a war, with no day, month or week, is the history of that period. Read from
# the sentence's start to the end of the trigger's clause (a leading "During their rule," governs what follows).
_LONG_PERIOD = re.compile(
    r"\b(?:during|under|throughout) (?:the |their |its |his |her |a )?(?:[\w'’-]+ ){0,2}(?:rule|reign|regime|"
    r"dictatorship|civil war|war|genocide|era|presidency|tenure|"
    # "killed by security forces during the uprising", "during Duterte's six years in power": a period too
    r"uprising|revolution|insurgency|conflict|(?:years|decades) in (?:power|office))\b(?! (?:on|in (?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December))\b)|"
    r"\bwhile (?:the |a |their |its )?(?:[\w'’-]+ ){0,3}(?:was|were) (?:(?:controlled|held|occupied|ruled|run) by|"
    r"under (?:the )?(?:control|rule|occupation))\b",
    re.IGNORECASE,
)
_LONG_PERIOD_NEEDS = gate_words(_LONG_PERIOD)  # speed only: read off the pattern, never kept by hand


# "detained a former minister on charges linked to the killing of a student during the uprising": a period told after
# the charge that follows the act dates the charged deed, not the arrest (round thirteen).
_CHARGE_LINK = re.compile(r"\b(?:charges?|charged|accused|suspected|in connection with|linked to|role in)\b",
                          re.IGNORECASE)


def _in_a_long_period(text: str, sentence_start: int, span: Span) -> bool:
    right = _CLAUSE_MARK.search(text, span.end)
    stretch = text[sentence_start:right.start() if right else len(text)]
    if not may_hold_any(stretch, _LONG_PERIOD_NEEDS):
        return False
    after = span.end - sentence_start
    return any(period.start() < after or not _CHARGE_LINK.search(stretch, after, period.start())
               for period in _LONG_PERIOD.finditer(stretch))


# "one of the deadliest attacks in the country's history": an act ranked among others, told elsewhere in the
# sentence if at all, never one of its own (whatever the sentence's date).
_ONE_OF_BEFORE = re.compile(r"\b(?:one|some|among) of the (?:[\w'’-]+\s+){0,3}$|\bamong the (?:[\w'’-]+\s+){0,3}$",
                            re.IGNORECASE)


def _one_of_many(text: str, sentence_start: int, span: Span) -> bool:
    if _ranked_in_history(text, sentence_start, span):
        return True
    if not _COUNTED_EVENT_NOUNS.fullmatch(span.text):
        return False
    return bool(_ONE_OF_BEFORE.search(text, max(sentence_start, span.start - 50), span.start))


# "in the deadliest militant attack in Pakistan's history", "the worst massacre on record": a noun ranked against
# history names the act a verb of the sentence tells (or retells), never a second one. The act itself stays news
# when its verb does: "Gunmen killed 50 people on Sunday in the deadliest attack in the country's history".
_SUPERLATIVE_BEFORE = re.compile(
    r"\bthe (?:single )?(?:deadliest|worst|bloodiest|biggest|largest|most (?:deadly|lethal|violent))\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_IN_HISTORY_AFTER = re.compile(r"\s+(?:in (?:[\w'’-]+\s+){0,3}?history|on record|ever (?:recorded|seen))\b",
                               re.IGNORECASE)


def _ranked_in_history(text: str, sentence_start: int, span: Span) -> bool:
    if not _IN_HISTORY_AFTER.match(text, span.end):
        return False
    return bool(_SUPERLATIVE_BEFORE.search(text, max(sentence_start, span.start - 50), span.start))


# "The battle for Mosul, which lasted nine months", "the nine-month siege", "a years-long insurgency": an act that
# lasted weeks or more is a campaign, not the one day ACLED codes.
_LASTED_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?,?\s+(?:which|that) (?:had )?(?:lasted|went on|raged) (?:for )?(?:more than |nearly |almost |"
    r"about |over )?(?:[\w-]+ ){0,1}(?:weeks|months|years|decades)\b",
    re.IGNORECASE,
)
_LASTED_BEFORE = re.compile(
    r"\b(?:[\w]+-(?:week|month|year)(?:-long)?|(?:weeks|months|years|decades)-long|"
    # "a ceasefire that ended a year of fighting", "after months of clashes"
    r"(?:a|one|two|three|four|five|several|many|\d+)?\s*(?:weeks?|months?|years?|decades?) of)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE)
_LASTED_BEFORE_NEEDS = gate_words(_LASTED_BEFORE)  # speed only: read off the pattern, never kept by hand


# "a blockade imposed by the militants on fuel imports tightens its grip", "the siege, now in its second year", "as
# the standoff drags on": a state that goes on, not the day ACLED codes.
_GOES_ON_AFTER = re.compile(
    r"(?:\s+[\w,'’-]+){0,10}?\s+(?:tightens|tightened|tightening) its (?:grip|stranglehold)\b|"
    r"(?:\s+[\w'’-]+){0,4}?,?\s+(?:now )?(?:in|enters|entered|entering) its (?:[\w-]+ )(?:week|month|year)\b|"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:drags|dragged|dragging) on\b",
    re.IGNORECASE,
)


def _lasted_long(text: str, sentence_start: int, span: Span) -> bool:
    window = max(sentence_start, span.start - 30)
    if may_hold_any(text[window:span.start], _LASTED_BEFORE_NEEDS) and _LASTED_BEFORE.search(text, window, span.start):
        return True
    after = text[span.end:span.end + 100]
    if may_hold_any(after, ("grip", "stranglehold", " its ", "drag")) and _GOES_ON_AFTER.match(text, span.end):
        return True
    return may_hold_any(after, ("lasted", "went on", "raged")) and bool(_LASTED_AFTER.match(text, span.end))


# "Fighting broke out in Amhara in early August between the army and Fano", "Fighting between the army and Fano, a
# loose collection of local militias, broke out in August last year": the month a war opened is the war's, many acts,
# not one event (round twenty-one; "Fighting broke out on Monday" and "fighting erupted in the town" stay acts).
WAR_NOUNS = r"(?i:fighting|hostilities|war|conflict|insurgency|rebellion|offensive|campaign|crackdown)"
WAR_OPENED = (r"(?:\s+(?i:between|against|with|involving)\b[^.;:]{1,100}?)?,?\s+"
              r"(?i:broke\s+out|erupted|flared(?:\s+up)?|(?:was\s+)?launched|began|started)"
              r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?")  # "in Amhara", "in Middle Shabelle"
_WAR_NOUN = re.compile(WAR_NOUNS)
_WAR_NOUN_WORD = re.compile(rf"\b{WAR_NOUNS}\b")
_OPENED_IN_A_MONTH_AFTER = re.compile(
    WAR_OPENED + rf"\s+in\s+(?:(?i:early|late|mid-?)\s*)?(?-i:{'|'.join(_MONTHS)})\b(?!\s+\d{{1,2}}\b)")
_WAR_OPENED_NEEDS = ("broke", "erupted", "flared", "launched", "began", "started")
WAR_OPENED_REACH = 160  # "Fighting between the army and Fano, a loose collection of local militias, broke out" is 90


def _opens_a_war_in_a_month(text: str, span: Span) -> bool:
    after = text[span.end:span.end + WAR_OPENED_REACH]
    return may_hold_any(after, _WAR_OPENED_NEEDS) and _WAR_NOUN.fullmatch(span.text) is not None \
        and _OPENED_IN_A_MONTH_AFTER.match(after) is not None


def _told_of_a_side_in_a_wars_opening(text: str, sentence_start: int, span: Span) -> bool:
    """"... between the army and Fano, a loosely organised militia that fought alongside federal troops during the war
    in Tigray": a relative clause about a side of the war just opened says who the side is, not a new act."""
    if not _RELATIVE_BEFORE.search(text, max(sentence_start, span.start - 20), span.start):
        return False
    before = text[sentence_start:span.start]
    return may_hold_any(before, _WAR_OPENED_NEEDS) and any(
        _OPENED_IN_A_MONTH_AFTER.match(text, noun.end())
        for noun in _WAR_NOUN_WORD.finditer(text, sentence_start, span.start))


# "described being held in underground cells, beaten during interrogations", "recalled how soldiers burned the
# village": someone's account of what they lived through, undated, is no report of a new act. Witnesses of the
# story's own act speak with its day ("described how gunmen opened fire on Sunday").
# Round fifteen: a verb of telling may name its listener, its place and its own day before "how" ("a witness told a
# federal court in Abuja on Wednesday how gunmen stormed the church", "survivors explained to reporters how ...",
# "the court heard how ..."); that day is the telling's (group "told"), not the act's.
# The verbs of telling (before "being", "having been" or "how"; before a listener and "how") and a report's cases.
_TELLING_OF = (r"described|describes|describing|recalled|recalls|recalling|recounted|recounts|remembered|remembers|"
               r"spoke of|speaks of|told of")
_TELLING_HOW = (r"told|tells|telling|explained|explains|testified|testifies|heard|hears|detailed|details|described|"
                r"describes|recounted|recounts|recalled|recalls|related|relates|narrated")
_REPORTED_CASES = r"cases|incidents|examples|abuses|violations"
_RETOLD_BEFORE = re.compile(
    rf"\b(?:{_TELLING_OF})\s+(?:being|having been|how)\b[^.;]*$|"
    rf"\b(?:{_TELLING_HOW})\b"
    r"(?P<told>(?:\s+(?!how\b)[\w'’-]+,?){0,10}?)\s+how\b(?!\s+(?:many|much|long|far|often|soon)\b)[^.;]*$|"
    # and a report's cases: "Among the cases it describes are the killing of several men ...", "incidents
    # documented in the report include an attack on a bus"
    rf"\b(?:among|of) the (?:[\w-]+ )?(?:{_REPORTED_CASES}) (?:that )?(?:it|they|the report|"
    r"the study|the group|investigators|researchers|the commission|the panel|the mission) (?:describes?|described|"
    r"documents?|documented|cites?|cited|lists?|listed|details?|detailed|records?|recorded|investigated|examined)\b"
    r"[^.;]*$|"
    rf"\b(?:{_REPORTED_CASES}) (?:described|documented|cited|listed|detailed|recorded) "
    r"(?:in|by) (?:the|its|their) (?:[\w-]+ )?(?:report|study|investigation|review|inquiry)\b[^.;]*$",
    re.IGNORECASE,
)
_RETOLD_NEEDS = gate_words(_RETOLD_BEFORE)  # speed only: read off the pattern, never kept by hand
# Every match holds one of these as a word of its own (the verb of telling, or the report's "cases"): the strings
# of _RETOLD_NEEDS are met inside other words and phrases ("unrelated", "foretold", "of the"), these only as words
# (speed only: asked of the article's shared words, ``TextWords.holds_word``; the pattern cost ~35 µs a window and
# found nothing in the dense mix's 401 windows that passed the string gate).
RETOLD_WORDS = whole_words(f"{_TELLING_OF}|{_TELLING_HOW}|{_REPORTED_CASES}")
RETOLD_WITHIN_CHARS = 240  # a clause with a listener, a place and a day, or a report's list of cases


def _retold_experience(text: str, sentence_start: int, span: Span, has_date: bool) -> bool:
    window = max(sentence_start, span.start - RETOLD_WITHIN_CHARS)
    told = _RETOLD_BEFORE.search(text, window, span.start) if may_hold_any(text[window:span.start], _RETOLD_NEEDS) \
        and text_words(text).holds_word(window, span.start, RETOLD_WORDS) else None
    if told is None:
        return False
    if not has_date:
        return True
    # the dateline's day dates the story, not the account ("New York, March 13 – A new book describes how ..."), and
    # a day between the verb of telling and "how" dates the telling
    end = _SENTENCE_BREAK.search(text, span.end)
    sentence_end = end.start() if end else len(text)
    if told.group("told") is not None:
        sentence = text[sentence_start:told.start("told")] + " " + text[told.end("told"):sentence_end]
    else:
        sentence = text[sentence_start:sentence_end]
    sentence = _LEADING_DATELINE.sub("", sentence)
    # the date reader has the last word on a weekday the hint words see ("during a Pentecost Sunday mass": any year's)
    return not (_has_date(sentence) and find_dates(sentence, _ANY_PUBLICATION_DAY))


_ANY_PUBLICATION_DAY = date(2100, 1, 1)  # only whether a date is told matters here, not which day it is


def _tells_ongoing_after(text: str, position: int, has_date: bool, words_after: str | None = None) -> bool:
    """"… have been killed since 2012", "fighting has raged for weeks": a running count or state after the trigger.
    ``words_after`` is the run of words at ``position`` when the caller has read it already."""
    if text[max(0, position - 1):position] in _SENTENCE_ENDS:
        return False  # a trigger spanning its whole sentence (the classifier's): what follows is another sentence
    if words_after is None:
        words_after = _WORDS_RUN.match(text, position).group()
    if not may_hold_any(words_after, _ONGOING_NEEDS + _SINCE_NEEDS):
        return False  # speed only: the common case, one check for both patterns
    if _ONGOING_AFTER.match(text, position):
        return True
    return bool((_SINCE_IN_CLAUSE if has_date else _SINCE_AFTER).match(text, position))


# "have killed dozens of soldiers and villagers in attacks in Diyala and Kirkuk provinces this year": with no day,
# week or month in the sentence, acts in the perfect closed by "this year" or "last year" are a year's count, not
# one act (a year is no date a coder can use). Not a ranking ("the deadliest attack this year" names the act a verb
# tells), nor a victim's rank ("He is the 50th social leader killed this year": the murder told before is news).
_YEAR_COUNT_AFTER = re.compile(
    r"(?:\s+(?!deadliest|worst|biggest|largest)[\w'’-]+){0,12}?\s+(?:this|last) year(?![\w'’-])", re.IGNORECASE)


_PERFECT_JUST_BEFORE = re.compile(r"\b(?:have|has)\s+(?:also\s+|been\s+){0,2}$", re.IGNORECASE)


# Round sixteen, headline-speak drops the perfect: "Hundreds killed in North Darfur this year", "300 bandits killed this
# year" (a count of a hundred or more, or a vague plural, right before the participle).
_LARGE_COUNT_JUST_BEFORE = re.compile(
    r"\b(?:hundreds|thousands|dozens|scores|\d{3,}|\d{1,3}(?:,\d{3})+)(?:\s+of)?(?:\s+[\w'’-]+){0,2}\s+$",
    re.IGNORECASE)


def _counted_over_a_year(text: str, span: Span, words_after: str) -> bool:
    if " year" not in words_after or not _YEAR_COUNT_AFTER.match(text, span.end):
        return False
    before = text[max(0, span.start - 40):span.start]
    return bool(_PERFECT_JUST_BEFORE.search(before) or _LARGE_COUNT_JUST_BEFORE.search(before))


# Speed only: every match of _ONGOING_AFTER and _SINCE_AFTER after a trigger is made of words, spaces, commas,
# apostrophes and hyphens (the run below), and holds one of these words; a run without them is not searched.
_WORDS_RUN = re.compile(r"[\s\w,'’-]*")
_ONGOING_NEEDS = ("has", "have", "continue", "rage", "over the", "frequent", "common", "rife", "rampant", "routine",
                  "widespread", "times", "occasions", "in recent", "in the past", "over ", "for years", "the year",
                  "the first", "the last", "the past", "went on", "threat", "danger", "cause", "killer", "risk",
                  "between", "from")
_SINCE_NEEDS = ("since",)
_SENTENCE_ENDS = frozenset({".", "!", "?"})


# "at least 30 candidates had been killed ..., and hundreds more had been threatened, attacked or kidnapped": a vague
# count added to a tally, in the perfect, tells a record of many acts (a day's act counts its victims: "five more
# bodies were found on Monday" is no perfect, "dozens more were killed in the shelling" no "have/had been").
_MORE_IN_THE_PERFECT_BEFORE = re.compile(
    r"\b(?:hundreds|thousands|tens of thousands|millions|dozens|scores) more\s+(?:[\w-]+\s+)?(?:have|has|had)\s+"
    r"(?:also\s+)?been\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,4}$",
    re.IGNORECASE,
)
# "said thousands remained in detention ... and that some had been tortured": an unnumbered share of a group,
# reported in the perfect with no date in its sentence, tells a claim about many people's treatment, not an act of
# a day ("said that several had been shot dead at the checkpoint on Sunday" dates one).
_SOME_IN_THE_PERFECT_BEFORE = re.compile(
    r"\bthat\s+(?:some|many|most|several|others|a number)(?:\s+of\s+(?:them|those|the\s+[\w-]+))?\s+(?:have|has|had)\s+"
    r"(?:also\s+)?been\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,4}$",
    re.IGNORECASE,
)
TALLY_WITHIN_CHARS = 80  # the count, its verb and a list of three or four participles


def _added_to_a_tally(text: str, sentence_start: int, span: Span, has_date: bool) -> bool:
    window = max(sentence_start, span.start - TALLY_WITHIN_CHARS)
    before = text[window:span.start]
    if " more " in before and _MORE_IN_THE_PERFECT_BEFORE.search(text, window, span.start):
        return True
    return not has_date and " been " in before and bool(_SOME_IN_THE_PERFECT_BEFORE.search(text, window, span.start))


# "put the toll much higher, at up to 30,000, including people shot dead by masked gunmen": acts listed in a toll are
# examples of its many acts, never one of their own.
_TOLL_LIST_BEFORE = re.compile(
    r"\b(?:toll|tally|count|figures?)\b[^.;]{0,60}?\bincluding\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
TOLL_LIST_WITHIN_CHARS = 100  # the toll, its figure and the first words of its list


# "1,200 civilians were killed between January and June, most of them in air strikes": the share of a toll its
# many acts took, no act of its own
_SHARE_OF_A_TOLL_BEFORE = re.compile(
    r"\b(?:most|many|some|half|all|a third|a quarter|two-thirds|the majority|nearly all|almost all)\s+of\s+them\s+"
    r"(?:(?:were\s+|was\s+)?(?:killed|wounded|hit|caused)\s+)?(?:in|by)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _listed_in_a_toll(text: str, sentence_start: int, span: Span) -> bool:
    window = max(sentence_start, span.start - TOLL_LIST_WITHIN_CHARS)
    before = text[window:span.start]
    if "including" in before and _TOLL_LIST_BEFORE.search(text, window, span.start):
        return True
    return " of them " in before and bool(_SHARE_OF_A_TOLL_BEFORE.search(text, window, span.start))


def _has_modality(words: str) -> bool:
    if folds_to_ascii(words):
        return bool(_MODALITY_RE.search(words))
    return bool(_MODALITY_LOWERED.search(words.lower()) or _MAY.search(words))


_CLAUSE_MARK = re.compile(r",(?!\d)|;|\.\s")  # not the comma of "3,000"
# The last break or mark of a stretch in one match: the greedy ``.*`` runs to the end and backs off to the last
# place the pattern matches (speed only: found from the end instead of by a scan of the whole stretch). No two
# matches of either pattern can overlap (single marks, whole words), so the last is where ``finditer`` ends too.
_LAST_CLAUSE_MARK = re.compile(rf"(?s:.*)(?:{_CLAUSE_MARK.pattern})")
_LAST_CLAUSE_BREAK = re.compile(rf"(?s:.*)(?:{_CLAUSE_BREAK.pattern})", re.IGNORECASE)


def _clause_around(text: str, sentence_start: int, span: Span) -> str:
    """The comma- or semicolon-delimited stretch of the sentence that holds the trigger."""
    last = _LAST_CLAUSE_MARK.match(text, sentence_start, span.start)
    left = last.end() if last else sentence_start
    right = _CLAUSE_MARK.search(text, span.end)
    return text[left:right.start() if right else len(text)]


# Round fourteen: a relative clause closed only by the source ("dragged off a bus by a crowd, which killed him with
# sticks, police said") runs to the sentence's end: it tells the act, it is no aside.
_SOURCE_CLOSING = re.compile(
    r"\s*(?:(?:the|a|an|local|state|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:said|say|says|reported|added|told [\w'’-]+)\s*[.!?]|\s*according to [^,;.!?]*[.!?]", re.IGNORECASE)


def _inside_appositive(text: str, sentence_start: int, span: Span) -> bool:
    window = text[sentence_start:span.start + 200]
    if "wh" not in window:
        return False  # speed only: every match holds "who", "which" or "whose" (a case-sensitive pattern)
    offset = span.start - sentence_start
    return any(m.start() < offset < m.end() and not _SOURCE_CLOSING.match(window, m.end())
               for m in _APPOSITIVE.finditer(window))


def _clause_before(text: str, sentence_start: int, trigger_start: int) -> str:
    before = text[sentence_start:trigger_start]
    last = _LAST_CLAUSE_BREAK.match(before)
    return before[last.end():] if last else before


def _is_background(sentence: str, published: date | None) -> bool:
    """A sentence anchored in an earlier year ("in 2012", "since 2015", "the 2013 attack") tells history."""
    reference_year = published.year if published else None
    if "19" in sentence or "20" in sentence:  # speed only: both year patterns need a year 19xx or 20xx
        for match in [*_YEAR.finditer(sentence), *_YEAR_ADJECTIVE.finditer(sentence)]:
            year = int(match.group(1))
            if reference_year is None or year < reference_year:
                return True
    return may_hold_any(sentence, _EARLIER_PERIOD_NEEDS) and bool(_EARLIER_PERIOD.search(sentence))


_EARLIER_PERIOD = re.compile(r"\b(?:last year|years ago|in the past|decades? ago|earlier this year)\b", re.IGNORECASE)
_EARLIER_PERIOD_NEEDS = gate_words(_EARLIER_PERIOD)  # speed only: read off the pattern, never kept by hand


# "Three years later, 20 fans died", "Two and a half years after insurgents overran the town": an act told from
# years away. The dateline's day ("Palma, Sept 12 –") dates the story, not the act, so it does not count here.
_YEARS_AWAY = re.compile(r"\b(?:years?|decades?) (?:later|after|on\b)", re.IGNORECASE)
# "Fifteen years ago this week, troops stormed...": the day or week of an anniversary, not of the act.
_ANNIVERSARY_DAY = re.compile(
    r"\b(?:years?|decades?) ago (?:this (?:week|month)|today|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.IGNORECASE,
)
_LEADING_DATELINE = re.compile(
    r"^[A-Z][^–—\n.]{0,60}?,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*[–—-]\s*")


def _told_years_on(sentence: str) -> bool:
    if not may_hold_any(sentence, ("year", "decade")):
        return False  # speed only: both patterns need one of these words
    if _ANNIVERSARY_DAY.search(sentence):
        return True
    body = _LEADING_DATELINE.sub("", sentence)
    return bool(_YEARS_AWAY.search(body)) and not _DATE_HINT.search(body)


# A feature's undated personal account: "Halima, 34, said her husband was shot when fighters stormed the village",
# "she fled with her children after militants burned their home". Witnesses of the story's own act speak with its
# day or beside a lead that tells it; without a day, the act is the reason someone fled, years or months ago.
_INTERVIEWEE = re.compile(r"\b(?-i:[A-Z])[a-z]+, (?:a )?\d{2}(?:-year-old)?,")
# The one who fled is a person of the feature ("she", "her family", "the refugees"), not a town's crowd: "thousands
# fled after insurgents attacked the town" may be the only sentence of a lead that tells the attack.
_FLED_AFTER = re.compile(
    r"\b(?:I|we|she|he|they|refugees|families|(?:her|his|their|the) famil(?:y|ies)|many of them|most of them)\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:fled|escaped|had to flee|were forced to leave|was forced to leave)\b[^.;]{0,60}?"
    r"\b(?:after|when|because|as)\b",
    re.IGNORECASE,
)


# "said Llore Pasco, whose two sons were shot dead by men she says were police officers": the speaker's own loss,
# told with no day, is the person's story (with a day it stays news: the caller's test, ``not has_date``).
_SPEAKER_ASIDE = re.compile(r"\bsaid (?:[\w'’.-]+ ){0,3}?(?-i:[A-Z])[\w'’.-]+, (?:who|whose)\b")


def _personal_account(sentence: str) -> bool:
    if ", wh" in sentence and "said" in sentence and _SPEAKER_ASIDE.search(sentence):  # speed only: the two tests
        return True
    return bool(_INTERVIEWEE.search(sentence) or (may_hold_any(sentence, ("fle", "escaped", "forced to leave"))
                                                  and _FLED_AFTER.search(sentence)))


# "killed by militants in 2014", "both destroyed in 2021", "abducted more than seven years ago": a time long past
# closing the trigger's own phrase (no comma and no relative pronoun between, at most 12 words: "killed at least 40
# civilians in raids on villages in Zamfara state last year" holds 11) dates that act, even when another
# clause of the sentence carries today's date ("forensic teams on Tuesday began exhuming ... killed in 2014").
# Not "since" (a running count, ``_SINCE_AFTER``) and not a month of last year (a coder may still code it).
_NOT_A_MONTH_BEFORE = "".join(f"(?<!{month} )" for month in _MONTHS)
_OLD_TIME_AFTER = re.compile(
    # "and" only before "a"/"an"/"the": "killed 32 people at the airport and a metro station in 2016" is one phrase
    r"(?:\s+(?!(?:who|whom|whose|which|that|when|after|before|but|while)\b)(?!and\b(?!\s+(?:a|an|the)\b))"
    r"[\w'’-]+){0,12}?\s+"
    # "attacked the Bardo museum in March 2015": a month may name the year's part
    # round fifteen: "of" too when a month names it ("relatives killed in the massacre of June 2021")
    rf"(?:(?:(?:in|during|throughout|back in|between) (?:early |late |mid-)?(?:(?:{'|'.join(_MONTHS)}) )?|"
    rf"of (?:{'|'.join(_MONTHS)}) )((?:19|20)\d\d)\b|"
    # a part of a year or a season, vaguer than the month a coder needs: "retook Kidal late in the year"
    r"(?:early|late|later|earlier) in the year\b|at the (?:start|end|beginning|turn) of the year\b|"
    r"(?:in the|this|last) (?:spring|summer|autumn|winter)\b(?! of)|"
    # round fifteen: a season of the farming year ("during an army raid in the dry season")
    r"(?:in|during) the (?:dry|rainy|wet|lean|harvest|planting) season\b|"
    r"(?:(?:more than|about|nearly|almost|some|over) )?(?:[\w-]+ )?(?:years?|decades?) ago\b|"
    rf"earlier this year\b|{_NOT_A_MONTH_BEFORE}last year\b(?!['’]s)|"
    # "killed in last year's protests", "shot dead during last month's protests" (a funeral's or a trial's past
    # act); not "marking the anniversary of last year's storming" (that dates the noun)
    r"(?:in|during|since) last (?:year|month)['’]s\b|"
    # the victim's age at the time: "abducted as a nine-year-old boy", "recruited as a child"
    r"as an? (?:[\w-]+-year-old|child|boy|girl|teenager|schoolboy|schoolgirl)\b)",
    re.IGNORECASE,
)
# "thirty years after extremists began killing", "more than four months after the attack": the act the years (or
# months: no news is that late) are counted from, in the trigger's clause ("ten years to the day after a gunman
# killed 38 tourists": an anniversary). Not "a month after": a recent act.
_TO_THE_DAY = r"(?:(?:almost |nearly |exactly )?to the day )?"
_YEARS_AFTER_BEFORE = re.compile(rf"\b(?:years?|decades?|months) {_TO_THE_DAY}(?:after|since)\b[^,;.]*$", re.IGNORECASE)
_OLD_TIME_NEEDS = ("19", "20", "ago", "year", "month", "child", "boy", "girl", "teenager", "spring", "summer", "season",
                   "autumn", "winter")  # speed only: in every match


def _years_after_before(text: str, start: int, end: int) -> bool:
    # speed only: every _YEARS_AFTER_BEFORE match holds "year", "decade" or "month" (any letter case)
    if not may_hold_any(text[start:end], ("year", "decade", "month")):
        return False
    return _YEARS_AFTER_BEFORE.search(text, start, end) is not None


# "The alert came three months after gunmen freed 400 inmates from the Kuje prison, an attack claimed by Islamic State,
# and after soldiers were ambushed near the city in July": an act named in apposition to the time-counted one, or
# told in an "and after" joined to it, is as old, however far from "months after" the sentence runs.
_JOINED_TO_YEARS_AFTER = re.compile(
    rf"\b(?:years?|decades?|months) {_TO_THE_DAY}(?:after|since)\b[^;.]*?"
    r"(?:\band (?:[\w-]+ ){0,2}?(?:after|since)\b[^,;.]*|"
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2})$", re.IGNORECASE)


def _joined_to_years_after(text: str, sentence_start: int, span: Span) -> bool:
    if not may_hold_any(text[sentence_start:span.start], ("year", "decade", "month")):
        return False  # speed only: as in _years_after_before
    return _JOINED_TO_YEARS_AFTER.search(text, sentence_start, span.start) is not None


# "On April 14, 2014, fighters stormed the school", "In March 2012, soldiers mutinied": a date with its year, long
# before the story (the date reader drops it as history, ``context.is_history``), and no other date in the sentence.
# A dated act this long before publication is history told as background ("seized power in a coup in
# February 2021" in a 2023 story); news about an event comes within weeks, rarely months.
HISTORY_AFTER_DAYS = 180
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_WORD = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b")  # full and short month names, as the date reader reads them


def _dated_long_ago(sentence: str, published: date | None) -> bool:
    if published is None or not ("19" in sentence or "20" in sentence):
        return False  # speed only: every date with its year holds one
    with_year = [d for d in find_dates(sentence, published) if _written_with_year(d)]
    if not any((published - d.day).days > HISTORY_AFTER_DAYS for d in with_year):
        return False
    rest = sentence
    for mention in reversed(with_year):
        rest = rest[:mention.span.start] + " " + rest[mention.span.end:]
    return not _DATE_HINT.search(_LEADING_DATELINE.sub("", rest))


def _written_with_year(mention: DateMention) -> bool:
    """A day or a month written out with its year ("April 14, 2014", "21 September 2013", "In March 2012")."""
    return bool(_WRITTEN_YEAR.search(mention.span.text) and _MONTH_WORD.search(mention.span.text))


def _old_time_after(text: str, position: int, year: int | None, words_after: str | None = None) -> bool:
    if words_after is None:
        words_after = _WORDS_RUN.match(text, position).group()
    if not may_hold_any(words_after, _OLD_TIME_NEEDS):
        return False
    match = _OLD_TIME_AFTER.match(text, position)
    if match is None:
        return False
    return match.group(1) is None or year is None or int(match.group(1)) < year


def dated_long_ago_within(text: str, span: Span, year: int | None) -> bool:
    """Whether a trigger of several words closes its own act with a time long past, inside the span: the lexicon's
    gone-since reading spans the taking and the state after it ("was taken from his home in 2019 and has not been
    seen since"), so the time after the span's end is the saying's ("..., his family said on Tuesday")."""
    if not may_hold_any(span.text, _OLD_TIME_NEEDS):
        return False  # speed only: every old time holds one of these
    first_word_end = text.find(" ", span.start, span.end)
    return first_word_end > 0 and _old_time_after(text[:span.end], first_word_end, year)


_CAMPAIGN_NOUNS = frozenset({"offensive", "onslaught"})
_COUNTED_EVENT_NOUNS = re.compile(
    r"(?:attacks|raids|strikes|bombings|clashes|killings|explosions|blasts|ambushes|abductions|kidnappings|"
    r"shootings|massacres|incidents|assaults|murders)", re.IGNORECASE)
# A count of events, not twin or triple attacks: five or more (a day's coordinated attacks are told in words, "three
# simultaneous attacks"; tallies in reports use figures, "recorded 94 attacks").
_MANY_COUNTED = re.compile(
    r"\b(?:(?:[5-9]|\d{2,}|\d{1,3}(?:,\d{3})+)|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of)\s+"
    r"(?:[a-z][\w-]*\s+){0,1}$", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# "The army says it has repelled more than 170 RSF assaults on El Fasher": a verb in the perfect whose object counts
# five or more acts tallies them; with a day of its own ("have carried out 13 strikes on Monday") or in the simple
# past ("Russian jets carried out dozens of strikes on Idlib", a snippet's one day of raids) the count stays news.
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", re.IGNORECASE)
PERFECT_REACH = 20  # characters before the verb searched for its auxiliary ("have now", "had since")
_MANY_ACTS_AFTER = re.compile(
    r"\s+(?:more\s+than\s+|over\s+|some\s+|nearly\s+|about\s+|around\s+|at\s+least\s+|almost\s+)?"
    r"(?:[5-9]|\d{2,}|\d{1,3}(?:,\d{3})+|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of|hundreds\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _COUNTED_EVENT_NOUNS.pattern + r"\b", re.IGNORECASE)


def _counted_many(text: str, sentence_start: int, span: Span) -> bool:
    """"another 12 attacks were reported": a plural event noun counted in figures, even when a verb reports it."""
    if not _COUNTED_EVENT_NOUNS.fullmatch(span.text):
        return False  # not people ("15 protesters") nor weapons ("fired 30 rockets"): only events are tallied
    return bool(_MANY_COUNTED.search(text, max(sentence_start, span.start - 40), span.start))


# "Since January, armed groups have carried out more than 120 attacks in the region, its governor told officials last
# month": a sentence opening on a running span counts the acts of that span; the day in it is the telling's, so the
# count is a tally whatever the sentence dates ("carried out 13 strikes on Monday" stays one day's strikes).
_RUNNING_SPAN_OPENER = re.compile(
    r"\W*since\s+(?:(?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:19|20)\d\d)|the (?:start|beginning) of (?:the|this) (?:year|month)|last year)\s*,",
    re.IGNORECASE)


def _opens_on_a_running_span(text: str, sentence_start: int) -> bool:
    return text[sentence_start:sentence_start + 6].lower().lstrip(" \"'“").startswith("since") and bool(
        _RUNNING_SPAN_OPENER.match(text, sentence_start))


def _is_generic_reference(text: str, sentence_start: int, span: Span) -> bool:
    """A bare plural ("strikes", "attacks") or an unanchored noun names a kind of event, not one event."""
    before = text[max(sentence_start, span.start - 40):span.start]
    if span.text.lower() in _CAMPAIGN_NOUNS:
        return True  # "the government's offensive has freed some roads": a campaign, dated by nothing
    if span.text.lower().endswith("s") and not span.text.lower().endswith(("ss", "us")):
        if _CROWD.fullmatch(span.text) and _DEFINITE_BEFORE.search(before):
            return False  # "the demonstrators": a crowd already in the story
        if _MANY_COUNTED.search(before):
            return True  # "94 attacks on clinics", "another 12 attacks were reported": a count of events
        return not re.search(r"\b(?:twin|two|three|both|double|triple|\d+)\s+(?:\w+\s+){0,2}$", before, re.I)
    return not _ANCHOR_DETERMINER.search(before)

