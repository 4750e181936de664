"""The ways of stating casualties, one regex rule each (counts before a death verb, after a killing verb,
bodies found, death tolls, "the number of dead", injuries), indexed by the words they start with, and the
denials ("no one was killed")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.extract.fatalities.phrases import (
    _ALONG_WITH, _ANY_GROUP, _ASIDE, _AUX, _CONJOINED_NOUN, _COUNT, _DIED, _GROUPS, _HEADLINE_TAIL, _INJURED_PARTICIPLE,
    _INJURING_VERB, _KILLED_PARTICIPLE, _KILLING_VERB, _MODIFIER, _QUALIFIER, _SUBJECT_TAIL, _TITLED_NAME, LATER_FINDS,
)
from eventwire.extract.fatalities.words import COUNT_STARTS, QUALIFIERS, VAGUE_COUNTS
from eventwire.extract.numbers import NUMBER_PATTERN


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
    not_after: re.Pattern[str] | None = None  # the rule does not hold where this matches the text just before it
    breakdown: bool = False  # the rule reads "among the dead were <list>" itself: no subset to leave out


def _rule(pattern: str, kind: str, starts: str | None = None, needs: tuple[str, ...] = (),
          verb_after: bool = False, not_after: str | None = None, breakdown: bool = False) -> _Rule:
    return _Rule(re.compile(rf"(?i)\b{pattern}"), kind, frozenset(starts.split()) if starts else None, needs,
                 verb_after, re.compile(rf"(?i){not_after}$") if not_after else None, breakdown)


# How far "the death toll from ..." or "the number of people killed in ..." may run before its verb (characters):
# long enough for "from a military air strike on a village ceremony in the north a week ago".
TOLL_SUBJECT_REACH = 90
# What a "number of" counts when it counts the dead: "the number of dead", "of people killed", "of deaths".
_COUNTED_DEAD = (r"(?:(?:[a-z-]+\s+){1,2}?(?:killed|dead)|dead|deaths|fatalities|victims|killed)")
# "the death toll (has) later/since/now rose to ...": auxiliaries and adverbs between a toll and its verb.
_TOLL_ADVERBS = (r"(?:(?:has|had|have|later|since|now|further|subsequently|reportedly|already|then|officially"
                 r"|quickly|also)\s+){0,3}")
# What "lost" must count to mean deaths: people of a force or a community, never "lost 12 vehicles".
# The verbs of a toll that grows or stands: "rose to", "had since grown to", "stood at".
_TOLL_RISE = r"(?:rose|risen|rises|climbed|reached|jumped|increased|grown|grew|stands|stood)"
_LOST_PEOPLE = (r"(?:[\w,.-]+\s+){1,5}?(?:of\s+(?:its|their|his|her)\s+)?(?:[a-z-]+\s+)?"
                r"(?:men|soldiers?|troops|officers?|policemen|police\s+officers|gendarmes|fighters|members|personnel"
                r"|servicemen|peacekeepers|guards|commandos|comrades|people|civilians|villagers)\b")
# "Residents buried 43 rice farmers who were killed by insurgents", "the 12 soldiers that died in the ambush": a
# count whose death a relative clause tells (before, only a fallback in ``mentions`` read it). A number must
# count them: "justice for a teacher who was killed" is an earlier death a protest names (train: reading one
# person too changed 79 notes, 67 for the worse), and "villagers who fled" count nobody. Nor does a count that is
# the object of a preposition: "relatives of 27 people who were killed", "justice for two workers who were
# beaten to death" name deaths told elsewhere (train: 12 of the 15 notes it changed were worse).
_PREPOSITION_BEFORE = r"\b(?:of|for|over|into|about|with)\s+(?:(?:the|their|his|her|its|those|these)\s+)?"
# A counted number only: no article ("a teacher"), no vague plural ("relatives of dozens of protesters who were
# killed": the count is the relatives'; train: 2 notes, both worse).
_ARTICLE_COUNT = (r"(?!(?:(?:" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
                  r"(?:a|an|one|the|another|his|her|their|its|him|" + "|".join(sorted(VAGUE_COUNTS, key=len,
                  reverse=True)) + r")\b)")
_RELATIVE_CLAUSE = (r",?\s+(?:who|that)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|later|also|reportedly)\s+){0,2}"
                    r"(?:killed|shot\s+dead|gunned\s+down|massacred|executed|beheaded|slain|slaughtered|murdered"
                    r"|assassinated|lynched|(?:hacked|stabbed|beaten|burned|burnt|clubbed|shot|tortured)\s+to\s+death"
                    r"|died|perished)\b")
# A short relative clause between the dead and what was found of them: "who had fled the attack".
_WHO_CLAUSE = r"(?:\s+(?:who|that)\s+[^.;,]{1,60}?)?"
# Whose the dead were, and an aside about them between commas: "from the Meitei community, who were abducted in
# Jiribam district on Monday,"
_WHOSE_DEAD = r"(?:\s+(?:from|of)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?(?:,\s+(?:who|which)\s+[^.;,]{1,80}?,)?"
# "was abducted and later killed", "were tortured and then shot dead": what was done to them before the killing.
_DONE_FIRST = r"(?:(?-i:[a-z]+ed)\s+and\s+(?:then\s+|later\s+|subsequently\s+|eventually\s+)?)?"
_KILLING_STARTS = ("killed killing kills kill massacred massacring executed executing beheaded beheading slaughtered"
                   " slaughtering murdered murdering shot shooting gunned gunning neutralised neutralized neutralising"
                   " neutralizing eliminated eliminating"
                   " assassinated assassinating lynched lynching claimed claiming")
# One person told any way (a title, a name, an of-phrase, an aside between commas) and a count of others killed with
# them: "killing Hirshabelle's deputy health minister Abdullahi Nur Ali and five others", "the village head of Kadawa
# and three other people were killed", "the mayor of Boni and two of his councillors" (the person is one more dead;
# a first part with a count or a plural noun is a list the rules below read). ``groups._one_named_person`` checks
# the first part.
_OTHERS_AHEAD = (r"(?=(?:(?:at\s+least|more\s+than|some|about|around)\s+)?[\w-]+\s+(?:others\b|other\s"
                 r"|(?:members\s+)?of\s+(?:his|her|their|its)\s))")
# "killed the district chief and two others were wounded", "and three others were kidnapped": the others are the
# subject of their own verb
_OTHERS_OWN_VERB = (r"(?!(?:[\w-]+\s+){1,4}?(?:were|was|had|have|are|is|wounded|injured|hurt|kidnapped|abducted"
                    r"|arrested|captured|detained|taken|missing|escaped|fled|survived|rescued|stabbed|beaten)\b)")
_OTHERS_GROUP = rf"{_OTHERS_AHEAD}(?P<groups>{_ANY_GROUP})"
_PLAIN_WORD = (r"(?!(?:and|or|but|were|was|are|is|have|has|had|been|said|says|told|who|which|that|when|while|after"
               r"|killed|died|dead|wounded|injured)\b)[\w'’-]+")
# the person opens on a determiner or a capital ("killed in the attack and three others" is no person)
_ONE_PERSON_OBJECT = (r"(?P<first>(?=(?:the|a|an|his|her|their|its)\s|(?-i:[A-Z]))(?:(?!\b(?:and|or)\b)[^.;,\d]){2,70}?"
                      r"(?:,\s+(?!and\b)[^.;,\d]{1,90}?,)?)")
_ONE_PERSON_SUBJECT = rf"(?P<first>(?:the|a|an|his|her|their)\s+(?:{_PLAIN_WORD}\s+){{0,5}}?{_PLAIN_WORD})"
# The time a later toll is told by: "By Monday", "by the next morning", "by nightfall".
_LATER_TIME = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|nightfall|then|now|evening|morning"
               r"|the\s+(?:next|following)\s+(?:day|morning|evening)|the\s+(?:evening|afternoon|morning|weekend))")
_REVISED = "revised|revising|revises|lowered|lowering|lowers|updated|updating|updates|corrected|correcting"
_DOWN_OR_UP = r"(?:down|up)(?:wards?)?"
# The verbs that raise a toll to a figure ("bringing the number of dead to 12", "raised to 141 the number of people
# killed"), and with "put" and "placed" those that set it at one ("put the number of dead at 20").
TOLL_RAISING = "raising|raised|raises|bringing|brought|brings|taking|took|takes|pushing|pushed|pushes"
_TOLL_SETTING = f"put|putting|puts|placed|placing|{TOLL_RAISING}"
# A statement that opens on a revision ("revised the toll down to 157") updates the act's toll (``combine`` and the
# assembly keep the last update).
TOLL_REVISION_RE = re.compile(rf"(?i)^(?:{_REVISED})\b")
_OTHERS_WORDS = ("other", " of his ", " of her ", " of their ", " of its ")
# "put the toll at 12", "gave the toll as 52": the figure a source sets a toll at ("from/in/of <the act>" between)
_TOLL_OF_THE_ACT = rf"(?:\s+(?:from|in|of)\s+[^.;]{{1,{TOLL_SUBJECT_REACH}}}?)?"
_A_TOLL = rf"\s+the\s+(?:death\s+)?toll{_TOLL_OF_THE_ACT}"
# "gave the toll as 52": the forms ``mentions`` reads as a toll given anew too (it leaves the present ones out)
TOLL_GIVEN = "gave|given|giving"
_TOLL_GIVING = f"{TOLL_GIVEN}|gives|give"
# "the toll of the attack", "the toll of Thursday's bombing": what follows "toll of" is the act, not a count of one
_DETERMINER_BEFORE_A_WORD = r"(?:the|a|an|his|her|their|its|this|that|another|both)\s+(?!\d|dozen|hundred|thousand|score)"

# "the toll has risen to 17 dead", "reached eight dead", "now stands at nine soldiers killed": a figure a toll rose
# to is the toll's, read by the toll rules below (whose span tells the update), not a count of its own
_A_TOLLS_VERB = rf"\b(?:{_TOLL_RISE}|hit)(?:\s+(?:to|at))?\s+"

_RULES: tuple[_Rule, ...] = (
    # One person and others first: a statement's span goes to the first rule, and the list rules below would read
    # only a part of it ("two of his councillors").
    _rule(rf"{_KILLING_VERB}\s+{_ONE_PERSON_OBJECT}\s*,?\s+and\s+{_OTHERS_OWN_VERB}{_OTHERS_GROUP}", "killed",
          _KILLING_STARTS, needs=_OTHERS_WORDS),
    _rule(rf"{_ONE_PERSON_SUBJECT}\s+and\s+{_OTHERS_GROUP}\s+(?:{_AUX}{_KILLED_PARTICIPLE}\b|{_DIED}\b)", "killed",
          "the a an his her their", needs=_OTHERS_WORDS, not_after=r"(?:,|\band)\s*"),
    # Counted groups, then what happened to them: one regex so the count is parsed once per word.
    _rule(rf"{_GROUPS}{_CONJOINED_NOUN}{_ASIDE}{_SUBJECT_TAIL}(?:,(?=\s+(?:were|was|have|had)\b))?"
          rf"\s+(?:{_AUX}{_DONE_FIRST}{_KILLED_PARTICIPLE}\b"
          # a bare participle after a tail is the reduced clause of the tail's own noun: "hundreds of mourners who
          # marched with the coffin of a boy shot dead" (the boy was; the mourners were not)
          rf"|(?(tail)(?!)|{_KILLED_PARTICIPLE}\b{_HEADLINE_TAIL})|{_DIED}\b"
          rf"|(?:reported\s+|confirmed\s+)?{_MODIFIER}(?:fatalities|fatality|deaths|death)\b"
          rf"|lives\s+(?:were|have\s+been)\s+lost"
          rf"|(?P<injured>{_AUX}{_INJURED_PARTICIPLE}\b|{_INJURED_PARTICIPLE}\b{_HEADLINE_TAIL})){_ALONG_WITH}",
          "killed", verb_after=True, not_after=_A_TOLLS_VERB),
    _rule(rf"{_KILLING_VERB}[\"”’']?\s+{_GROUPS}{_ALONG_WITH}", "killed", _KILLING_STARTS),
    _rule(rf"{_KILLING_VERB}\s+(?P<groups>{_TITLED_NAME})", "killed", _KILLING_STARTS),
    _rule(rf"{_ARTICLE_COUNT}{_GROUPS}{_RELATIVE_CLAUSE}", "killed", verb_after=True, needs=("who", "that"),
          not_after=_PREPOSITION_BEFORE),
    _rule(rf"(?:left|leaving)\s+{_GROUPS}\s+(?:people\s+)?(?:dead|killed)\b", "killed", "left leaving"),
    # "the bandits left fifteen bodies on the ground": the dead a side left behind
    _rule(rf"(?:left|leaving)\s+(?:behind\s+)?(?P<groups>(?:{_QUALIFIER})?{_COUNT}\s+(?:(?:dead|more|of\s+their)\s+)?"
          r"(?P<noun>bodies|corpses))\b", "killed", "left leaving", needs=("bodies", "corpses")),
    # "the dead were a teacher, two pupils and a driver", "among those killed were a pastor and his wife": a list
    # after the dead as subject, the toll when no other count tells it, else a breakdown of that count
    # (``combine._BREAKDOWN_RE``)
    _rule(rf"(?:among\s+(?:the\s+(?:dead|victims|deceased)|those\s+killed)\s+(?:were|was)"
          rf"|(?:the\s+(?:dead|victims|deceased)|those\s+killed)\s+(?:were|included|include|are))\s+{_GROUPS}"
          # the list ends the clause, or a phrase of when or where follows it ("... and ten jihadists after a battle")
          r"(?=\s*(?:[,.;]|$)|\s+(?:after|during|following|when|in|on|near|at)\s)", "killed", "the those among",
          breakdown=True),
    # "the blast claimed eight lives", "clashes cost five lives", "took / cost the lives of three soldiers"
    _rule(rf"(?:claimed|claiming|claims|cost|costing|costs)\s+(?P<groups>(?:{_QUALIFIER})?{_COUNT}\s+(?P<noun>lives))\b",
          "killed", "claimed claiming claims cost costing costs", needs=("lives",)),
    _rule(rf"(?:took|taking|takes|cost|costing|costs)\s+the\s+lives\s+of\s+{_GROUPS}", "killed",
          "took taking takes cost costing costs", needs=("lives",)),
    # a state agency's "led to the martyrdom of four citizens"; "slit the throats of seven men", "put 12 prisoners to
    # death"
    _rule(rf"(?:led|leading|leads|resulted|resulting|results)\s+(?:to|in)\s+the\s+martyrdom\s+of\s+{_GROUPS}",
          "killed", "led leading leads resulted resulting results", needs=("martyrdom",)),
    _rule(rf"(?:slit|slitting|slits|cut|cutting)\s+the\s+throats\s+of\s+{_GROUPS}", "killed",
          "slit slitting slits cut cutting", needs=("throats",)),
    _rule(rf"(?:put|putting|puts)\s+{_GROUPS}\s+to\s+death\b", "killed", "put putting puts", needs=("death",)),
    # "the army lost 17 men", "Chad lost at least 92 soldiers": a force's losses are its dead
    _rule(rf"(?:lost|losing|loses)\s+(?={_LOST_PEOPLE}){_GROUPS}", "killed", "lost losing loses"),
    # "a suicide bomber killed himself and three soldiers": the others are the dead (the bomber: _self_deaths)
    _rule(rf"(?:killed|killing|kills)\s+(?:himself|herself|themselves)\s+and\s+{_GROUPS}", "killed",
          "killed killing kills"),
    # "special forces shot both attackers dead"
    _rule(rf"shot\s+{_GROUPS}\s+dead\b", "killed", "shot"),
    # "vigilantes torture a man to death" (the present of notes and headlines too)
    _rule(rf"(?:shot|stabbed|hacked|beat|beaten|tortured|burned|burnt|clubbed|stoned|burning|beating|shoot|stab|hack"
          rf"|torture|burn|club|stone)\s+{_GROUPS}\s+(?:to\s+death|alive)", "killed",
          "shot stabbed hacked beat beaten tortured burned burnt clubbed stoned burning beating shoot stab hack"
          " torture burn club stone"),
    # "rebels hacked to death twelve farmers", "a mob beat to death two suspected thieves": the manner before the
    # victims (train: 25 notes, 2 read right before)
    _rule(rf"(?:hacked|stabbed|beaten|beat|burned|burnt|clubbed|shot|tortured|stoned)\s+to\s+death\s+{_GROUPS}",
          "killed", "hacked stabbed beaten beat burned burnt clubbed shot tortured stoned", needs=("death",)),
    # "the bodies of 14 herders (who had fled the attack) were found", "the bodies of three women and three children
    # from the Meitei community, who were abducted on Monday, were found"
    _rule(rf"(?:bodies|body|corpses?|remains)\s+of\s+{_GROUPS}{_WHOSE_DEAD}{_WHO_CLAUSE}\s+(?:were\s+|was\s+|have\s+been\s+"
          r"|has\s+been\s+|had\s+been\s+)?(?:found|discovered|recovered|retrieved|brought|received|counted)", "killed",
          "bodies body corpse corpses remains"),
    # "villagers found the body of a local chief", "troops recovered the bodies of 11 fishermen"; a hospital's
    # count (round twenty-two): "the hospital had received the bodies of 29 children" (not "I counted the bodies of
    # eleven people from my family": a relative's count, left to the toll told elsewhere, session 28)
    _rule(rf"(?:found|discovered|recovered|retrieved|exhumed|received|collected|identified)\s+the\s+"
          rf"(?:bodies|body|corpses?|remains)\s+of\s+{_GROUPS}", "killed",
          "found discovered recovered retrieved exhumed received collected identified"),
    # "a farmer's body was found", "two men's bodies were recovered"
    _rule(rf"(?P<groups>{_ANY_GROUP})['’]s?\s+(?:dead\s+)?(?:bodies|body|corpses?|remains)\s+(?:were\s+|was\s+"
          r"|have\s+been\s+|has\s+been\s+|had\s+been\s+)?(?:found|discovered|recovered|retrieved)", "killed",
          needs=("body", "bodies", "corpse", "remains")),
    # ACLED's own coding note: "unknown number of fatalities coded as 3", "fatalities coded as 10"
    _rule(rf"fatalit(?:y|ies)\s+(?:were\s+|was\s+)?coded\s+as\s+(?P<groups>{NUMBER_PATTERN}|zero)", "killed",
          "fatalities fatality"),
    # "four martyrs and nine wounded": a state agency's word for the dead
    _rule(rf"(?P<groups>(?:{_QUALIFIER})?{_COUNT}\s+(?:more\s+|new\s+)?(?P<noun>martyrs))\b", "killed",
          needs=("martyrs",), not_after=_PREPOSITION_BEFORE),
    _rule(rf"(?P<groups>(?:{_QUALIFIER})?{_COUNT}\s+(?:more\s+|other\s+)?(?P<noun>bodies|corpses))"
          r"(?:\s+(?:of|with)\s+[^.;]{0,40}?)?\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
          # "eight bodies were counted by the morning", "a health official said five bodies had been taken to a hospital",
    # "a medic said 13 bodies had been brought in"
          rf"(?:found|discovered|recovered|retrieved|exhumed|counted|brought\s+in\b|(?:taken|brought|carried)\s+to\s+(?:a\s+|the\s+)?"
          rf"(?:[\w-]+\s+){{0,2}}?(?:hospitals?|morgues?|mortuar(?:y|ies))){LATER_FINDS}", "killed",
          needs=("bodies", "corpses")),
    # "seven more bodies were pulled from burned houses the next day": more of the act's dead (a count of bodies pulled
    # from a river without "more" can be a part of a larger toll: news-dev8's "40 bodies had been pulled from the Nile")
    _rule(rf"(?P<groups>(?:{_QUALIFIER})?{_COUNT}\s+more\s+(?P<noun>bodies|corpses))\s+(?:were\s+|have\s+been\s+"
          r"|had\s+been\s+)pulled\b", "killed", needs=("pulled",)),
    # "rescuers recovered 43 bodies", "found the corpses of ..." is read by the rule above
    # "we received two bodies with bullet wounds" (a hospital, a morgue)
    _rule(rf"(?:recovered|found|discovered|retrieved|exhumed|received|counted|pulled(?:\s+out)?)\s+(?:the\s+)?"
          rf"(?P<groups>(?:{_QUALIFIER})?{_COUNT}\s+(?:more\s+|other\s+)?(?:dead\s+)?(?P<noun>bodies|corpses))"
          rf"{LATER_FINDS}", "killed", "recovered found discovered retrieved exhumed received counted pulled"),
    # "By Monday the commissioner put the toll at nine", "officials later put the toll at 12": a toll put later is the
    # latest (``combine._TOLL_UPDATE_RE`` reads the span's opening word)
    _rule(rf"(?:by\s+{_LATER_TIME}\s*,?\s+(?:[\w'’-]+\s+){{0,5}}?|later\s+)(?:(?:put|placed){_A_TOLL}\s+at"
          rf"|(?:{_TOLL_GIVING}){_A_TOLL}\s+as)\s+{_GROUPS}", "killed", "by later", needs=("toll",)),
    # before the bare toll rule, so the span keeps the verb that tells an update ("raising the toll to 15")
    # "the government revised the toll down to 157", "lowered the death toll to 12": a revision is an update too
    _rule(rf"(?:{_TOLL_SETTING}|{_REVISED})(?:\s+{_DOWN_OR_UP})?"
          rf"\s+the\s+(?:death\s+)?toll(?:\s+{_DOWN_OR_UP})?"
          rf"(?:\s+(?:from|in|of)\s+[^.;]{{1,{TOLL_SUBJECT_REACH}}}?)?"
          rf"\s+(?:to|at)\s+{_GROUPS}", "killed", f"{_TOLL_SETTING}|{_REVISED}".replace("|", " ")),
    # "the governor gave the toll as 52", "giving the death toll from the blast as 31": a toll set in other words
    _rule(rf"(?:{_TOLL_GIVING}){_A_TOLL}\s+as\s+{_GROUPS}", "killed", _TOLL_GIVING.replace("|", " "), needs=("toll",)),
    # "the minister later lowered the figure to 12": a revised figure is the toll revised
    _rule(rf"(?:{_REVISED})(?:\s+{_DOWN_OR_UP})?\s+(?:the|its|their)\s+figure(?:\s+{_DOWN_OR_UP})?\s+to\s+{_GROUPS}",
          "killed", _REVISED.replace("|", " "), needs=("figure",)),
    # "the death toll (from Sunday's attack) has risen to 35", "the toll stood at 12"
    _rule(rf"(?:death\s+)?toll(?:\s+(?:from|in|of)\s+[^.;]{{1,{TOLL_SUBJECT_REACH}}}?)?\s+{_TOLL_ADVERBS}"
          rf"(?:(?:{_TOLL_RISE}|is|was)"
          r"\s+(?:at\s+|to\s+|above\s+|past\s+)?"
          # "the toll was later lowered to 36" (``combine._TOLL_UPDATE_RE``: an update)
          rf"|(?:(?:was|is|has\s+been|had\s+been)\s+{_TOLL_ADVERBS})?(?:{_REVISED})\s+(?:{_DOWN_OR_UP}\s+)?to\s+"
          # "the toll at 51"; not "the death toll from a truck bomb at a checkpoint ... has risen to 21": a place
          rf"|(?:at|to)\s+(?!{_DETERMINER_BEFORE_A_WORD})){_GROUPS}", "killed", "death toll"),
    # "a death toll of 16", "the toll of nine includes the bomber" ("the toll of the jihadist attack" names the act:
    # a determiner before a word counts no one there)
    _rule(rf"(?:death\s+)?toll\s+of\s+(?!{_DETERMINER_BEFORE_A_WORD}){_GROUPS}", "killed", "death toll"),
    # "the dead numbered nine, said a nurse"
    _rule(rf"(?:dead|deceased|victims|fatalities)\s+numbered\s+{_GROUPS}", "killed", "dead deceased victims fatalities",
          needs=("numbered",)),
    # "none of the 14 people on board survived": all of them died
    _rule(rf"none\s+of\s+(?:(?:the|its|their)\s+)?{_GROUPS}(?:\s+(?:on\s+board|aboard|inside))?\s+(?:had\s+|has\s+|have\s+)?survived",
          "killed", "none", needs=("survived",)),
    # "the toll stood at 14, but a day later the Red Cross said the number had risen to 21": the number, figure or
    # tally alone is the toll the sentence names (read only where a death word stands, as every rule is)
    _rule(rf"the\s+(?:number|figure|tally)\s+{_TOLL_ADVERBS}{_TOLL_RISE}\s+(?:to|at)\s+{_GROUPS}", "killed", "the",
          needs=("number", "figure", "tally")),
    # "the number of people killed in the raid has risen to 160", "put the number of dead at about 100"
    # "the number of soldiers killed had reached 11" ("reached" and "hit" take the figure without "to")
    _rule(rf"number\s+of\s+{_COUNTED_DEAD}(?:\s+[^.;]{{1,{TOLL_SUBJECT_REACH}}}?)?\s+{_TOLL_ADVERBS}"
          rf"(?:{_TOLL_RISE}\s+(?:at\s+|to\s+)|(?:reached|hit)\s+){_GROUPS}",
          "killed", "number"),
    # "bringing the number of civilians killed by the rebels in the attack to 27", "raising the total number of dead
    # to 145"
    _rule(rf"(?:{_TOLL_SETTING})\s+the\s+(?:total\s+|overall\s+)?number\s+of\s+{_COUNTED_DEAD}"
          rf"(?:\s+[^.;]{{1,{TOLL_SUBJECT_REACH}}}?)?\s+(?:at|to)\s+{_GROUPS}", "killed", _TOLL_SETTING.replace("|", " ")),
    # "the government has raised to 141 the number of people killed", "put at 132 the number of civilians killed",
    # "bringing to 26 the number killed": the figure told before the toll it sets (wires translated from French)
    _rule(rf"(?:{_TOLL_SETTING})\s+(?:at|to)\s+{_GROUPS}\s+the\s+(?:number\s+(?:of\s+)?{_COUNTED_DEAD}"
          rf"|(?:death\s+)?toll)\b", "killed", _TOLL_SETTING.replace("|", " "), needs=("number", "toll")),
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
# The rules a count opens (tried at a name's possessive too: "Somalia's minister ... was shot dead").
RULES_AT_A_NAME = tuple(index for index, rule in enumerate(_RULES) if rule.starts is None)
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
