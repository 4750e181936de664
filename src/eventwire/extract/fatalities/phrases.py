"""The regular-expression pieces of a count phrase: qualifier, count, modifiers, victim noun, a list of
counted groups, and the verbs of killing, dying and injuring that follow or precede them."""

from __future__ import annotations

import re

from eventwire.extract.fatalities.totals import ORDINALS
from eventwire.extract.fatalities.words import _ALL_NOUNS, QUALIFIERS, VAGUE_COUNTS
from eventwire.extract.numbers import NUMBER_PATTERN, TENS, UNITS, first_letter_alternation


# A range: "between 20 and 30", "between 6 to 9", and "15 to 20 people", "some 40 to 50 of them" (not "rose from
# 15 to 20": an update). The second number is the counted one; ``groups`` keeps the lower as the figure.
_NUMBER_WORD = rf"(?:{first_letter_alternation([*UNITS, *TENS])})\b"
_RANGE = (rf"between\s+(?P<range_low>{NUMBER_PATTERN})\s+(?:and|to)"
          r"|(?:(?:some|about|around|roughly|approximately|an\s+estimated)\s+)?(?<!from\s)"
          # digits or one number word ("15", "five"): the full number pattern, repeated in every counted group of
          # every rule, would make compiling the rules much slower
          rf"(?P<range_from>\d[\d,]*|{_NUMBER_WORD})\s+to(?=\s+[\da-z])")
_QUALIFIER = (rf"(?P<qual>{_RANGE}|" + first_letter_alternation(list(QUALIFIERS)) + r")\s+")
_VAGUE = first_letter_alternation([v for v in VAGUE_COUNTS if v != "some"])
# A number that is not a year, an hour, an age, a distance or a duration.
_NOT_A_MEASURE = (r"(?![\w,.]*\d)(?!-year|-month|-week|\s*(?:%|per\s?cent|years?\b|year-old|months?\b|weeks?\b"
                  r"|days?\b|hours?\b|minutes?\b|km\b|kilomet|miles?\b|metres?\b|meters?\b|[ap]\.?m\b|o'clock"
                  r"|vehicles?\b|trucks?\b|cars?\b|motorbikes?\b|motorcycles?\b|houses?\b|homes?\b|weapons?\b"
                  r"|guns?\b|rifles?\b|rounds?\b|times\b|nations?\b|countries\b|-nation|-strong))")
# "it was not clear how many died": a question, not a vague count. "his two sons", "the three attackers" count.
# "Somalia's minister of public works, ..., was shot dead": a name's possessive stands for "the" (one person before a
# singular noun, no count before a plural one: ``groups._group``).
POSSESSIVE_NAME = r"(?-i:[A-Z])[\w-]*(?-i:[a-z])['’]s(?=\s)"
_COUNT = (rf"(?P<count>(?<!\bhow\s)(?:{_VAGUE})|(?:a|an|one)\s+family\s+of\s+{NUMBER_PATTERN}"
          rf"|(?:(?:his|her|their|the)\s+)?{NUMBER_PATTERN}{_NOT_A_MEASURE}"
          r"|(?:a|an|one|the|another|his|her|their|its|both)(?=\s)|(?:him|her)\b|" + POSSESSIVE_NAME + ")")
# Words that end a run of adjectives: verbs, prepositions, conjunctions (matched in lower case only).
_STOP_WORDS = ("and or but were was are is have has had been being in on at by from with when while after during who whose"
               " which that the to also all reportedly killed dead died wounded injured of said says told reported"
               " added claimed say according lost").split()
_STOP = r"(?!(?-i:" + first_letter_alternation(_STOP_WORDS) + r")\b)"
# Adjectives between count and noun: words, or a hyphenated age ("12-year-old"); never a second number.
_MODIFIER = rf"(?:{_STOP}(?:(?-i:[A-Z]\.){{2,}}|[A-Za-z][\w'’-]*|\d+-[A-Za-z][\w'’-]*)\s+){{0,3}}?"  # "a U.S. soldier"
# Any word that names people by role when our lists do not know it: "supporters", "a biker", "an activist".
# Lowercase only (nationalities like "Malian" are adjectives) and not followed by a likelier noun.
_NOT_PEOPLE = ("number", "three", "committee", "degree", "other", "earlier", "water", "order", "power", "border", "cent", "matter", "quarter",
               "letter", "cover", "corner", "paper", "chapter", "shelter", "weather", "river", "manner", "tower",
               "summer", "winter", "error", "sector", "factor", "floor", "door", "motor", "event", "incident", "moment",
               "government", "parliament", "statement", "movement", "agreement", "department", "equipment",
               "document", "comment", "percent", "amount", "account", "attempt", "segment", "shipment", "fragment",
               "parent", "explosive", "vehicle", "tractor", "helicopter", "container", "computer", "tanker", "trailer")
# After a guessed noun, a word that is not one of these means the real noun is still to come.
_NOUN_ENDERS = ("and or but were was are is have has had been in on at by from with of who died killed dead including"
                " among succumbed perished later also").split()


def _no_word_after_but(enders: list[str]) -> str:
    """A lookahead: no word follows but one of ``enders`` (or punctuation, or the end)."""
    return r"(?!\s+(?!(?:" + first_letter_alternation(enders) + r")\b)[A-Za-z])"


_LIKELIER_NOUN_FOLLOWS = _no_word_after_but(_NOUN_ENDERS)
_ROLE_NOUN = (r"(?!(?:" + first_letter_alternation(_NOT_PEOPLE) + r")s?\b)"
              r"(?-i:[a-z])[a-z]+(?:er|ist|ian|ant|ent|ee|or|ive|ite|man|men)s?\b" + _LIKELIER_NOUN_FOLLOWS)
# "members of the special forces", "residents of Garin Goje": an of-phrase of up to four words after the noun.
_OF_TAIL = rf"(?:\s+of\s+(?:the\s+|a\s+|an\s+|their\s+)?{_STOP}[A-Za-z][\w'’-]*(?:\s+{_STOP}[A-Za-z][\w'’-]*){{0,3}})?"


# A capitalised name as the last resort ("4 Kamwina Nsapu were killed"), unless a likelier noun follows it. The whole
# word: cut at its hyphen, "an Israeli-American man" read "Israeli-" as the name and the man was never counted.
_NAME_NOUN = r"(?-i:[A-Z])[\w'’-]+(?![\w'’-])" + _LIKELIER_NOUN_FOLLOWS
# "a fifth succumbed", "a seventh died": the rank stands for the person (not "a fifth of the population").
_RANK_NOUN = r"(?:" + first_letter_alternation(list(ORDINALS)) + r")(?!\s+of\b)" + _LIKELIER_NOUN_FOLLOWS
# "shot dead a 17-year-old during a raid", "a 16-year-old was among the dead": the age stands for the person when
# no noun follows it ("a 17-year-old boy" reads the age as an adjective of "boy")
_AGE_ENDERS = _NOUN_ENDERS + "during near after before inside outside into across through as when while since".split()
_AGE_NOUN = r"\d{1,3}-year-olds?" + _no_word_after_but(_AGE_ENDERS)
# The nouns a list or a pattern knows as people (or as the person: a name, a rank, an age).
_KNOWN_NOUN = (first_letter_alternation(_ALL_NOUNS) + "|" + _ROLE_NOUN + "|" + _NAME_NOUN + "|" + _RANK_NOUN + "|"
               + _AGE_NOUN)
# Whatever other lowercase noun heads a counted phrase, as the last resort: "killing one constable", "shot dead two
# traffic wardens". People, unless it names things, animals, time, a share or a body of people, or is a word of the
# statement itself (a verb, an adverb, a preposition). ``groups`` reads it after a number only, or as a killing verb's
# object ("killed a shepherd"): "As a result, two women ..." and "The airstrike killed ..." count no result, no strike.
_NOT_A_PERSON = (
    "more", "others?", "them", "apiece", "each", "instantly", "immediately", "outright", "aboard", "alone",
    "together", "too", "respectively", "then", "yesterday", "today", "tonight", "overnight", "nearby", "there",
    "here", "inside", "outside", "earlier", "later", "last", "this", "next", "early", "late", "about", "near",
    "during", "when", "while", "before", "as", "since", "among", "across", "over", "around", "between", "into",
    "through", "including", "according", "whom", "whose", "what", "where", "because", "though", "although", "if",
    "until", "such", "so", "not", "no", "only", "just", "own", "same", "may", "might", "could", "would", "will",
    "shall", "must", "can",
    # shares, sums and bodies of people
    "rest", "remainder", "majority", "bulk", "latter", "former", "total", "lot", "half", "third", "dozens?",
    "scores?", "hundreds?", "thousands?", "millions?", "tens", "part", "share", "percent", "toll", "figure",
    "group", "company", "unit", "crowd", "team", "sides?", "families", "couple",
    # time
    "day", "night", "morning", "evening", "afternoon", "weekend", "week", "month", "year", "hour", "minute",
    "second", "time", "decade", "season", "spot", "scene", "way",
    # the statement's own words, and verbs without -ed ("the Mai-Mai Mazembe shot dead")
    "deaths?", "fatalit(?:y|ies)", "casualt(?:y|ies)", "injur(?:y|ies)", "lives", "life", "shot", "slain", "hit",
    "beat", "beaten", "burnt", "fell", "went", "came", "took", "got", "ran", "fled", "set", "struck", "found",
    "taken", "stolen", "seen", "given", "known", "wounds?",
    "three", "other", "earlier", "number", *_STOP_WORDS,
    # pronouns and number words ("wounding eight before he was shot dead", "children aged between nine and 12")
    "he", "she", "it", "they", "we", "you", "i", "us", "him", "her", "his", "its", "their", "our", "whose", *UNITS,
    *TENS,
)
# Things and animals a killing verb takes too ("killed 40 cattle", "killed the bill"): kept out of the regex (``groups``
# drops a group they head), since every counted group of every rule holds the open noun and its lookaheads.
NOT_PEOPLE_NOUNS = (
    # animals ("50 head of cattle")
    "cattle", "cows?", "bulls?", "oxen", "ox", "calves", "calf", "goats?", "sheep", "camels?", "donkeys?",
    "horses?", "mules?", "dogs?", "cats?", "animals?", "livestock", "birds?", "chickens?", "pigs?", "elephants?",
    "lions?", "rhinos?", "fish", "buffalo(?:es)?", r"head(?=\s+of\s+(?:cattle|livestock|sheep|goats|cows))",
    # things and places
    "vehicles?", "cars?", "trucks?", "buses", "bus", "boats?", "planes?", "aircraft", "drones?", "tanks?",
    "houses?", "homes?", "buildings?", "huts?", "shops?", "stores?", "churches?", "mosques?", "schools?",
    "villages?", "towns?", "targets?", "positions?", "bases?", "camps?", "weapons?", "guns?", "bombs?", "mines?",
    "rockets?", "shells?", "missiles?", "crops?", "fields?", "bills?", "deals?", "plans?", "projects?",
    "proposals?", "engines?", "lights?", "stories", "story", "ideas?", "chances?", "hopes?", "explosives?",
    *(f"{word}s?" for word in _NOT_PEOPLE),
)
# Nor a word with the ending of an adverb, a participle or an abstract noun ("the abduction of", "the management").
_NOT_A_PERSON_ENDING = r"(?-i:[a-z]+(?:ly|ing|ed|tion|sion|ment|ness|ity|ance|ence|ism)s?)\b"
# A whole word, hyphens and all ("killing one eco-guard"; "an off-duty policeman" is no "off").
_OPEN_NOUN = (r"(?!(?:" + first_letter_alternation(list(_NOT_A_PERSON)) + rf")\b)(?!{_NOT_A_PERSON_ENDING})"
              r"(?-i:[a-z])[a-z]+(?:-(?-i:[a-z])[a-z]+)*\b(?![-'’])"
              # "a colonel known as Bashir", "a chief named Musa": the name after it is the same person
              + _no_word_after_but(_AGE_ENDERS + "this last yesterday known named called identified".split()))
_NOUN = rf"(?P<noun>{_KNOWN_NOUN}|{_OPEN_NOUN})\b"
# A counted noun that only the last resort read.
OPEN_NOUN_ONLY_RE = re.compile(rf"(?i)(?!(?:{_KNOWN_NOUN})\b){_OPEN_NOUN}$")
_OF = r"(?:of\s+(?:the|their|its|his|them|those|these)\s+|of\s+)?"
# One counted group: "at least 49 Malian soldiers", "five of the assailants", "dozens of civilians", "two".
# "a wounded officer succumbed", "one of the two injured persons died": the wounded who die are counted by their
# noun (only before a death verb: "3 injured villagers and 20 deaths" lists the injured apart)
_WOUNDED_ADJECTIVE = (r"(?:(?:(?:seriously|badly|critically|severely|gravely)\s+)?(?:wounded|injured)\s+"
                      # (or the end of a list re-read alone, ``_GROUP_RE``)
                      r"(?=[^.;,]{0,40}?\b(?:died|dies|succumbed|passed\s+away|perished|killed)\b|[^.;,]{0,40}$))?")
# "wounding nine ... one of the nine died a day later": a part of a count told before, dying after it (the count is
# the part: "the nine died" is not nine dead)
OF_THE_COUNT_WHO_DIED = (rf"of\s+the\s+(?:\d[\d,]*|{_NUMBER_WORD})(?=\s+(?:(?:later|subsequently|also|since|have|had"
                         # (or the end of a list re-read alone, ``_GROUP_RE``)
                         r"|has)\s+)*(?:died|succumbed|passed\s+away)\b|\s*$)")
_GROUP = (rf"(?:{_QUALIFIER})?{_COUNT}(?:\s+{_OF}{_MODIFIER}{_WOUNDED_ADJECTIVE}{_NOUN}(?P<of_tail>{_OF_TAIL})"
          rf"|\s+of\s+(?:them|those|whom|the\s+(?:wounded|injured|dead|victims))|\s+{OF_THE_COUNT_WHO_DIED}"
          # "nine more were trampled to death", "two more died": more of the people counted before (no noun)
          r"|\s+more(?=\s+(?:were|was|have|had|has|later|also|died|succumbed|perished)\b|\s*$))?")
# Re-reading one group of a matched list: it must run up to a separator or the end of the list.
_GROUP_RE = re.compile(rf"(?i){_GROUP}(?=\s*(?:,|and\b|$))")
# Groups joined by commas and "and": "two soldiers and three civilians".
_ANY_GROUP = re.sub(r"\(\?P<\w+>", "(?:", _GROUP)  # the same without names, to repeat it
# A breakdown inside a list: "eight civilians, among them three women, and a soldier" (the women are among the eight).
LIST_ASIDE = r",\s*(?:among\s+them|among\s+whom|including|of\s+whom|mostly|most\s+of\s+them)\s+[^,.;]{1,50}(?=,)"
# A list ends in "and": "two soldiers, a gendarme and three civilians". Without the "and", what follows a comma is
# something else ("killing two soldiers, a military officer told reporters"). A comma before the "and" of a list
# of two joins clauses, not groups: "the toll had climbed to 14, and several of the wounded ...", "the mayor and his
# driver, and four soldiers ... were also killed" (the comma is a list's only after a third group or an aside, or
# before more of the same: "killing four people, and nine more were trampled to death").
_GROUPS = (rf"(?P<groups>{_ANY_GROUP}(?:(?:{LIST_ASIDE}(?P<listed_aside>))?(?:,\s*{_ANY_GROUP}(?:{LIST_ASIDE})?"
           rf"(?P<listed>))*(?(listed),?|(?(listed_aside),|(?:,(?=\s+and\s+[\w-]+\s+more\b))?))\s+and\s+{_ANY_GROUP})?)")
# "one officer was killed, along with four inmates", "killed a chief together with his driver": the people
# killed with them are more dead of the same statement.
_ALONG_WITH = (rf"(?:\s*,?\s*(?:(?:along|together)\s+with|alongside|as\s+well\s+as)\s+"
               rf"(?P<along>{_ANY_GROUP}(?:(?:,\s*{_ANY_GROUP})*,?\s+and\s+{_ANY_GROUP})?))?")

# One count over two conjoined nouns: "21 police officers and civilians were killed", "nine vigilantes and villagers
# died" count 21 and nine (a known victim noun only: "four soldiers were killed and civilians fled" keeps its four).
# A singular noun after a singular count is a second person: "a lieutenant and police officer were killed" counts two.
_CONJOINED_NOUN = rf"(?:\s+and\s+(?:other\s+)?(?P<conjoined>{first_letter_alternation(_ALL_NOUNS)})\b)?"

# ", including a child," between a count and its verb
# (up to ASIDE_REACH characters: "Fourteen guards, including six who had been hired by the mining company only a
# fortnight earlier, were killed" runs 70)
ASIDE_REACH = 120
# ", one of them a child," ", two of whom were women,": a breakdown between the count and its verb; so is an aside
# between dashes ("Fourteen civilians - among them a pregnant woman - were killed").
_ASIDE_OPENER = (r"(?:including|among\s+them|among\s+whom|mostly|most\s+of\s+them|many\s+of\s+them|all\s+of\s+them"
                 r"|[\w-]+\s+of\s+(?:them|whom))")
_ASIDE = (rf"(?:\s*,\s*{_ASIDE_OPENER}\s+[^,.;]{{1,{ASIDE_REACH}}},"
          rf"|\s+[-–—]+\s+{_ASIDE_OPENER}\s+[^.;–—]{{1,{ASIDE_REACH}}}?\s[-–—]+"
          r"|\s+(?:including|among\s+them)\s+[^,.;]{1,40}?(?=\s+(?:were|was|have|had|died)\b))?")
# What may stand between a counted subject and its death verb, told of the subject: an apposition ("a third victim,
# a 17-year-old student, died"), a relative clause ("a boy who was selling bread was killed") or a participle phrase
# ("three civilians living near the post lost their lives"). It holds no death or injury word of its own (that would
# be another statement) and no speech verb ("two soldiers, a source said, were wounded" is read as it was). Reaches
# tuned on our tables and news-fatalities3's dev part: the longest apposition there runs 70 characters.
SUBJECT_TAIL_REACH = 90
# Nor a weekday: "a kidnapped farmer, abducted from his farm on Monday, was found dead" tells two acts on two days,
# and the sentence's first day would date the death with the first act (the abduction would take the death).
_OWN_WORDS = (r"(?:(?!\b(?:kill|dead|die|death|wound|injur|hurt|lives|life|perish|shot\s+dead|said|says|told|according"
              r"|and\s|monday|tuesday|wednesday|thursday|friday|saturday|sunday))[^,.;])")
# A participle phrase may tell the wounds that later killed them: "two people hurt in the blast died later".
_PARTICIPLE_WORDS = r"(?:(?!\b(?:kill|dead|die|death|lives|life|perish|said|says|told|according|and\s))[^,.;])"
# "a teacher who was killed": the relative clause's own verb is read by the relative-clause rule (with its guards),
# so a clause ending on an auxiliary or adverb is no tail; nor is one ending on a word that needs more after it
# ("a man who tried to pay respect to the dead", "a victim that led to his death": the death word is its object).
_NOT_ITS_OWN_VERB = "".join(rf"(?<!\b{word})" for word in (
    "was", "were", "had", "has", "have", "been", "is", "are", "later", "also", "then", "reportedly", "subsequently",
    "found", "left", "beaten", "burned", "burnt", "shot", "to", "the", "a", "an", "of", "for", "by", "in", "on", "at",
    "with", "from", "his", "her", "their", "its", "into", "after", "before"))
# A past participle is told from a past tense ("people protested in the city") only by the words of wounding.
# ("shot", "stabbed", "burned" are left out: "two gunmen shot a man to death" is a finite verb with its object.)
_WOUND_PARTICIPLES = r"(?:wounded|injured|hurt|caught|trapped|abducted|kidnapped)"
_SUBJECT_TAIL = (rf"(?P<tail>\s*,\s+(?!and\b|who\b|which\b){_OWN_WORDS}{{2,{SUBJECT_TAIL_REACH}}}?,"
                 rf"|\s*,?\s+(?:who|that)\s+{_OWN_WORDS}{{2,{SUBJECT_TAIL_REACH}}}?{_NOT_ITS_OWN_VERB},?"
                 rf"|\s+(?-i:(?!kill)[a-z]+ing|{_WOUND_PARTICIPLES})\s+"
                 rf"{_PARTICIPLE_WORDS}{{2,{SUBJECT_TAIL_REACH}}}?{_NOT_ITS_OWN_VERB}"
                 rf"|\s+in\s+(?-i:[A-Z])[\w'’-]+)?")
# "said about 40 of the assailants had also been killed": the adverb inside the perfect passive; "57 people have now
# been killed in Friday's strike": a toll update's "now" (merge round fourteen)
_AUX = (r"(?:(?:were|was|(?:have|has|had)(?:\s+(?:also|all|now))?\s+been|are|is|got|reportedly|reported|also|all"
        r"|later|found|allegedly|now|confirmed|believed\s+to\s+have\s+been|said\s+to\s+have\s+been)\s+){1,3}")
_KILLED_PARTICIPLE = (r"(?:killed|shot\s+dead|shot\s+and\s+killed|gunned\s+down|massacred|executed|beheaded|slain"
                      r"|slaughtered|murdered|assassinated|lynched|burn(?:ed|t)\s+(?:alive|to\s+death)"
                      r"|(?:hacked|stabbed|beaten|burned|burnt|clubbed|shot|tortured|lynched)\s+to\s+death"
                      r"|neutrali[sz]ed|eliminated|shot\s+and\s+died|martyred"
                      r"|found\s+dead|confirmed\s+dead|left\s+dead|buried)")
_DIED = (r"(?:(?:have\s+|has\s+|had\s+|now\s+|also\s+|reportedly\s+|later\s+|since\s+"
         r"|(?:are|were|is|was)\s+(?:believed|thought|said|reported|feared)\s+to\s+have\s+)*"
         r"(?:died|dies|die|perished|passed\s+away|(?:was|were|is|are)\s+(?:reported\s+|confirmed\s+|found\s+)?dead"
         r"|lost\s+(?:their\s+lives|his\s+life|her\s+life)"
         # translated state and party media: "three citizens ascended as martyrs", "rose to martyrdom", "fell a martyr"
         r"|(?:ascended|rose|fell)\s+(?:to\s+heaven\s+)?(?:as\s+martyrs?|a\s+martyr|to\s+martyrdom)"
         r"|succumbed(?:\s+to\s+(?:their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:injuries|wounds))?"
         r"|dead))")
_INJURED_PARTICIPLE = r"(?:injured|wounded|hurt|maimed)"
_KILLING_VERB = (r"(?:killed|killing|kills|kill|massacred|massacring|executed|executing|beheaded|beheading"
                 r"|slaughtered|slaughtering|murdered|murdering|shot\s+dead|shot\s+and\s+killed|gunned\s+down"
                 r"|shooting\s+dead|shooting\s+and\s+killing|gunning\s+down"
                 r"|neutrali[sz]ed|eliminated|eliminating|assassinated|assassinating|lynched|lynching"
                 r"|neutrali[sz]ing|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of)")
_INJURING_VERB = r"(?:injured|injuring|wounded|wounding|injures|wounds)"
# Bodies recovered day by day: "recovered 14 bodies on Saturday and another nine on Sunday", "26 bodies were found on
# Friday, 12 on Saturday and five on Sunday". Each later count is told with its own day (else it is something else:
# "recovered 14 bodies and 20 rifles"); the counts add up (``groups._later_finds``).
_FIND_DAY = (r"(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening"
             r"|night))?|the\s+(?:next|following)\s+(?:day|morning)|(?:a|one|two|three)\s+days?\s+later|overnight)")
LATER_FINDS = (rf"(?:\s+{_FIND_DAY}(?P<later>(?:(?:,\s*|,?\s+and\s+)(?:then\s+)?(?:another\s+|a\s+further\s+)?"
               rf"(?:\d[\d,]*|{_NUMBER_WORD})(?:\s+more)?\s+{_FIND_DAY})+))?")
# One person named by a title and a name, no determiner: "killed commander Abu Khalid al-Shami", "shot dead Lieutenant
# Colonel Ahmed Jabbar", "killed Hezbollah commander Taleb Abdallah" (the determiner forms, "killed the commander",
# are counted groups). The name's words are capitalised (or Arabic particles); a possessive ("Colonel X's son") names
# someone else, so the name must end on punctuation or a lowercase word.
_TITLES = ("commander", "lieutenant colonel", "lieutenant general", "lieutenant", "colonel", "brigadier general",
           "brigadier", "major general", "general", "major", "captain", "sergeant", "corporal", "sheikh", "shaykh",
           "imam", "mullah", "maulana", "pastor", "reverend", "bishop", "chief", "emir", "mayor", "governor",
           "senator", "judge", "commandant", "lt", "col", "gen", "maj", "capt", "sgt", "cpl", "rev")
_NAME_WORD = r"(?:(?-i:[A-Z])(?:[\w.-]|['’](?!s\b))+|al-[\w'’-]+|bin|ibn|ould|ag)"
_TITLED_NAME = (r"(?:(?:senior|top|local|deputy|former|notorious|prominent|regional|rebel|militia|police|army"
                r"|(?-i:[A-Z])[\w-]+)\s+){0,3}?"
                rf"(?P<title>{first_letter_alternation(list(_TITLES))})\.?\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
                r"(?=\s*(?:[,.;:()]|$)|\s+(?-i:[a-z]))")
# After a bare participle ("12 soldiers killed ...") the sentence must go on like a headline, not an object.
_HEADLINE_TAIL = (r"(?=\s*(?:[.,;:)\-–—]|$|\s(?:at(?!\s+(?:least|most))|in|on|near|during|by|when|while|after|and"
                  r"|as|since|last|this|yesterday|overnight|following|early|late)\b))")
