"""Reading the counted groups of one matched statement ("two soldiers and three civilians") into mentions,
one per kind of victim (attackers apart), with the noun that says who died."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from eventwire.extract.fatalities.phrases import (
    _GROUP_RE, _KILLING_VERB, LIST_ASIDE, NOT_PEOPLE_NOUNS, OPEN_NOUN_ONLY_RE, POSSESSIVE_NAME,
)
from eventwire.extract.fatalities.words import (
    _ALL_NOUNS, _ATTACKERS_RE, _DETERMINERS, _GENERIC_NOUN_RE, _STATE_SIDE_RE, QUALIFIERS, VAGUE_COUNTS,
)
from eventwire.extract.numbers import TENS, UNITS, first_letter_alternation, parse_number
from eventwire.records import CasualtyMention, Span


# After a bare count ("killing two ..."), words that let the count stand for people; any other
# lowercase word means the count is of something else ("killed 12 cows", "killing several sheep"). A word of the
# dead says whom the count counts: "the toll has risen to 17 dead", "climbed to 14 killed", "reached 35 deaths".
_CONTENT_WORD_AFTER_RE = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|near|during|when|while|after|before|as|more|of|with|by|from|since|including"
    r"|includes|included|among|across|over|inside|outside|around|between|last|this|yesterday|overnight|early|late|earlier|later"
    r"|were|was|had|have|who|whom|according|and|others|other|people|persons|then|instantly|immediately|them"
    r"|dead|killed|deaths|fatalities)\b)"
    r"(?:[a-z][\w'’-]*)")
_FAMILY_OF_RE = re.compile(r"^(?:a|an|one) family of ")
_POSSESSIVE_RE = re.compile(r"^(?:his|her|their|the) (?=\S)")
_POSSESSIVE_NAME_RE = re.compile(POSSESSIVE_NAME)
# session 26: "killing eight people, a local official and the group said": the source's noun may close the list.
# Round twenty: "It confirmed the deaths of an officer and three soldiers and said ...": a speech verb after "and" is
# the sentence's own subject speaking again, so the list before it is all dead.
_SPEECH_VERB_RE = re.compile(
    r"\s+(?!and\b)(?:[a-z][\w'’-]*\s+){0,2}?(?:said|say|says|told|reported|added|confirmed|according)\b")
# Verbs the military uses only of its enemies: whoever was "neutralised" was an attacker.
_ENEMY_VERB_RE = re.compile(r"(?i)\b(?:neutrali[sz]|eliminated)")


@dataclass(frozen=True)
class _Group:
    count: int
    qualifier: str
    high: int
    who: str | None
    attackers: bool

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(self, count: int, qualifier: str, high: int, who: str | None, attackers: bool) -> None:
        object.__setattr__(self, "count", count)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "who", who)
        object.__setattr__(self, "attackers", attackers)


def _mentions_from(match: re.Match[str], kind: str) -> Iterator[CasualtyMention]:
    """One mention per kind of victim in the matched list; groups of one kind are summed."""
    if "title" in match.re.groupindex and match["title"]:
        yield _titled_person(match, kind)
        return
    group_matches = list(_GROUP_RE.finditer(_without_list_asides(match.group("groups"))))  # read once, used twice
    if _counts_something_else(match, group_matches):
        return
    enemy_verb = bool(_ENEMY_VERB_RE.search(match.group(0)))
    listed = _listed_groups(match.group("groups"), group_matches, enemy_verb, _KILLING_VERB_BEFORE_RE.match(
        match.string, match.start(), match.start("groups")) is not None)
    groups = (_one_named_person(match, listed) + listed + _along_with(match, enemy_verb)
              + _second_person(match, group_matches) + _later_finds(match))
    groups += _more_at_another_spot(match, groups)
    if "first" in match.re.groupindex and len(groups) < 2:
        return  # the person is no single person, or the others are no count of people
    if len(groups) > 1 and _SPEECH_VERB_RE.match(match.string, match.end()):
        groups = groups[:1]  # "killing 11 people, a health worker and a resident said": the rest are sources
    if len(groups) == 1 and groups[0].who is None and _OF_THEM_RE.search(match.group("groups")):
        groups = [_with_antecedent(groups[0], match.string, match.start())]
    if len(groups) == 1 and groups[0].who is None:
        groups = [_named_by_the_number_of(groups[0], match.group(0))]
    start = _past_groups_of_no_one(match, group_matches)
    span = Span(start, match.end(), match.string[start:match.end()])
    for attackers in (False, True):
        chosen = [g for g in groups if g.attackers == attackers]
        if chosen:
            yield _sum_groups(chosen, "attackers_killed" if attackers and kind == "killed" else kind, span)


def _past_groups_of_no_one(match: re.Match[str], group_matches: list[re.Match[str]]) -> int:
    """Where a statement opening on its list starts: at the first group that counts people ("a roadside bomb and a
    French soldier was killed" is the soldier's statement; its span decides the event it joins)."""
    if match.start() != match.start("groups"):
        return match.start()
    for group in group_matches:
        if not (_names_no_person(group) or _open_noun_after_a_determiner(group)):
            return match.start("groups") + group.start()
    return match.start()


def _titled_person(match: re.Match[str], kind: str) -> CasualtyMention:
    """"killed commander Abu Khalid al-Shami": one person, named by the title (an attacker when the verb is one used
    only of enemies)."""
    attackers = kind == "killed" and bool(_ENEMY_VERB_RE.search(match.group(0)))
    span = Span(match.start(), match.end(), match.group(0))
    return _sum_groups([_Group(1, "exact", 1, match["title"].lower(), attackers)],
                       "attackers_killed" if attackers else kind, span)


_LIST_ASIDE_RE = re.compile(rf"(?i){LIST_ASIDE}")


def _without_list_asides(phrase: str) -> str:
    """The list with its asides blanked out (same length, so positions hold): "eight civilians, among them three
    women, and a soldier" counts the civilians and the soldier only."""
    return _LIST_ASIDE_RE.sub(lambda aside: " " * len(aside.group(0)), phrase)


# "Troops repelled the insurgents and killed 14 of them": "them" are the people last named before in the sentence.
_OF_THEM_RE = re.compile(r"(?i)\bof\s+them$")
_KNOWN_NOUN_RE = re.compile(r"(?i)\b(?:" + first_letter_alternation(_ALL_NOUNS) + r")\b")


def _with_antecedent(group: _Group, text: str, position: int) -> _Group:
    """The group of "N of them" named by the last victim noun before it in its sentence (else unchanged)."""
    sentence_start = text.rfind(". ", 0, position) + 1
    nouns = list(_KNOWN_NOUN_RE.finditer(text, sentence_start, position))
    if not nouns:
        return group
    noun = nouns[-1].group(0)
    attackers = group.attackers or (bool(_ATTACKERS_RE.search(noun)) and not _STATE_SIDE_RE.search(noun))
    return _Group(group.count, group.qualifier, group.high, noun, attackers)


# "the number of soldiers killed had reached 11": the toll is of the noun it names.
_NUMBER_OF_NOUN_RE = re.compile(r"(?i)\bnumber\s+of\s+(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:killed|dead)\b")


def _named_by_the_number_of(group: _Group, statement: str) -> _Group:
    """A toll told as "the number of <noun> killed" counts that noun's victims (else the group unchanged)."""
    named = _NUMBER_OF_NOUN_RE.search(statement)
    if not named or not _KNOWN_NOUN_RE.fullmatch(named["noun"]):
        return group
    attackers = group.attackers or (bool(_ATTACKERS_RE.search(named["noun"])) and not _STATE_SIDE_RE.search(named["noun"]))
    return _Group(group.count, group.qualifier, group.high, named["noun"], attackers)


_LATER_COUNT_RE = re.compile(rf"(?i)(?:\d[\d,]*|{first_letter_alternation([*UNITS, *TENS])})\b")


def _later_finds(match: re.Match[str]) -> list[_Group]:
    """The bodies found on later days ("14 bodies on Saturday and another nine on Sunday"): more of the same dead."""
    if "later" not in match.re.groupindex or not match["later"]:
        return []
    counts = (parse_number(count.group(0)) for count in _LATER_COUNT_RE.finditer(match["later"]))
    return [_Group(count, "exact", count, "bodies", False) for count in counts if count]


# "killing four people at the fish market and three at a bus station nearby", "eleven were killed at the mosque and
# four at the market": one act's dead told spot by spot (spots named by a common noun) add up; a spot named by a
# proper noun ("eight people in the capital and three in Baidoa") is another place, so another event.
_AT_ANOTHER_SPOT_RE = re.compile(
    r"\s+(?:at|in|inside|outside|near)\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?:\s+nearby)?,?\s+and\s+"
    rf"(?:another\s+)?(?P<count>\d[\d,]*|{first_letter_alternation([*UNITS, *TENS])})\s+(?:more\s+)?"
    r"(?:at|in|inside|outside|near)\s+(?:the|a|an)\s+[a-z]")


def _more_at_another_spot(match: re.Match[str], groups: list[_Group]) -> list[_Group]:
    """The dead of the same act told at a second spot right after the statement, counted as its last group."""
    if not groups or match.string.find(" and ", match.end(), match.end() + 80) == -1:
        return []
    spot = _AT_ANOTHER_SPOT_RE.match(match.string, match.end())
    count = parse_number(spot["count"]) if spot else None
    if not count:
        return []
    last = groups[-1]
    return [_Group(count, "exact", count, last.who, last.attackers)]


def _along_with(match: re.Match[str], enemy_verb: bool) -> list[_Group]:
    """The groups killed "along with" the first ones: "a guard was killed, along with four inmates"."""
    if "along" not in match.re.groupindex or not match["along"]:
        return []
    phrase = match["along"]
    # a bare count is something else: "one demonstrator was killed along with 27 injured"
    return [g for g in _listed_groups(phrase, list(_GROUP_RE.finditer(phrase)), enemy_verb) if g.who]


# In the one person's words: a count or a plural victim noun makes it a list ("two soldiers and three others"), a
# speech verb a source ("the leader, police said, and two others").
_NOT_ONE_PERSON_RE = re.compile(
    r"(?i)\b(?:" + first_letter_alternation([*UNITS, *TENS, "dozens?", "hundreds?", "several", "many", "both",
                                            "said", "says", "told", "according"]) + r")\b")


# Where the head of the person's words ends.
_HEAD_END_RE = re.compile(r"(?i),|\bof\b")
# Collective nouns that also stand before another noun ("a police chief", "the army's men"): no plural person there.
_COLLECTIVE_ADJECTIVES = ("police", "personnel")


def _one_named_person(match: re.Match[str], others: list[_Group]) -> list[_Group]:
    """The one person killed before "and N others" (``rules._ONE_PERSON_*``), unless the words are no single person;
    on the side of the others ("a senior official of the NPA and two other rebels")."""
    if "first" not in match.re.groupindex or not match["first"]:
        return []
    first = " ".join(match["first"].split())
    head = _HEAD_END_RE.split(first, maxsplit=1)[0]  # "the commander of the special forces": the commander
    if _NOT_ONE_PERSON_RE.search(first) or any(not _is_singular(noun.group(0)) for noun in _KNOWN_NOUN_RE.finditer(head)
                                               if noun.group(0).lower() not in _COLLECTIVE_ADJECTIVES):
        return []
    return [_Group(1, "exact", 1, first.split(",")[0], any(group.attackers for group in others))]


def _second_person(match: re.Match[str], group_matches: list[re.Match[str]]) -> list[_Group]:
    """"A lieutenant and police officer were killed": a singular noun joined to one person is a second person
    ("21 gendarmes and civilians" share their count)."""
    if "conjoined" not in match.re.groupindex or not match["conjoined"] or len(group_matches) != 1:
        return []
    one = group_matches[0]["count"].lower() in ("a", "an", "one")
    # "a drug suspect and farmer was shot dead": a singular verb says the two nouns are one person
    told_of_one = _SINGULAR_VERB_RE.match(match.string, match.end("conjoined")) is not None
    if one and not told_of_one and _is_singular(match["conjoined"]):
        return [_Group(1, "exact", 1, match["conjoined"], False)]
    return []


_SINGULAR_VERB_RE = re.compile(r"(?i)[^.;]{0,40}?\b(?:was|is|has)\b")


def _counts_something_else(match: re.Match[str], group_matches: list[re.Match[str]]) -> bool:
    """"killed 12 cows": a count right after the verb, followed by a noun we do not know as people. At the end of a
    list of people the noun is people too: "a pharmacist, his wife and two neighbours" (no list knows
    "neighbours")."""
    if match.end("groups") != match.end():
        return False
    last = group_matches
    if not last or last[-1]["noun"] is not None or any(group["noun"] is not None for group in last[:-1]):
        return False
    return bool(_CONTENT_WORD_AFTER_RE.match(match.string, match.end()))


def _sum_groups(groups: list[_Group], kind: str, span: Span) -> CasualtyMention:
    low, high = sum(g.count for g in groups), sum(g.high for g in groups)
    qualifiers = {g.qualifier for g in groups}
    qualifier = qualifiers.pop() if len(qualifiers) == 1 else "floor" if "floor" in qualifiers else "approx"
    who = " and ".join(g.who for g in groups if g.who) or None
    return CasualtyMention(low=low, high=high, kind=kind, qualifier=qualifier, who=who, span=span)


_PART_OF_THEM_RE = re.compile(r"(?i)[\w-]+\s+of\s+(?:them|whom|those)\b")


# The verb a list is the object of: "killing one constable", "shot dead the head of ...".
_KILLING_VERB_BEFORE_RE = re.compile(rf"(?i){_KILLING_VERB}[\"”’']?\s+$")


def _listed_groups(phrase: str, group_matches: list[re.Match[str]], enemy_verb: bool,
                   killing_object: bool = False) -> list[_Group]:
    """The counted groups of a list (``group_matches``: ``_GROUP_RE`` over ``phrase``); a bare number before
    a comma is something else ("On May 12, 1 fighter"). ``killing_object``: the list is a killing verb's object."""
    groups: list[_Group] = []
    for match in group_matches:
        # a list of people goes on with people: "five Maoists and a head constable were killed"
        counted = not _names_no_person(match) and (not _open_noun_after_a_determiner(match) or bool(groups)
                                                   or (killing_object and match.start() == 0))
        group = _group(match, enemy_verb) if counted else None
        if groups and _PART_OF_THEM_RE.match(match.group(0)):
            continue  # "killed 35 people, 12 of them soldiers": a part of the total before it
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


_NOT_PEOPLE_NOUN_RE = re.compile(r"(?i)(?:" + first_letter_alternation(NOT_PEOPLE_NOUNS) + r")\b")


def _names_no_person(match: re.Match[str]) -> bool:
    """"killed 40 cattle", "killed the bill": a noun no list knows that names an animal or a thing."""
    return (match["noun"] is not None and _NOT_PEOPLE_NOUN_RE.match(match.string, match.start("noun")) is not None
            and OPEN_NOUN_ONLY_RE.match(match["noun"]) is not None)


_ONE_OR_THE_COUNTS = frozenset((*_DETERMINERS, "a", "an", "another", "both"))


def _open_noun_after_a_determiner(match: re.Match[str]) -> bool:
    """Whether a noun no list knows follows a determiner ("a result", "the airstrike"): mostly no person there ("As a
    result, two women were killed", "The airstrike killed and wounded ..."), unlike after a number ("killing one
    constable")."""
    if match["noun"] is None or not OPEN_NOUN_ONLY_RE.match(match["noun"]):
        return False
    count_text = " ".join(match["count"].lower().split())
    return (count_text in _ONE_OR_THE_COUNTS
            or _POSSESSIVE_NAME_RE.match(match["count"] + " ") is not None)


def _group(match: re.Match[str], enemy_verb: bool) -> _Group | None:
    count_text = "the" if _POSSESSIVE_NAME_RE.match(match["count"] + " ") else " ".join(match["count"].lower().split())
    noun = match["noun"]
    if count_text in _DETERMINERS and not _is_singular(noun):
        return None  # "the soldiers were killed": no count
    if noun is None and count_text in ("a", "an", "another", "the", "his", "their", "its", "both"):
        return None
    who = _who(match)
    attackers = bool(noun and _ATTACKERS_RE.search(noun) and not _STATE_SIDE_RE.search(who or "")) or enemy_verb
    if count_text in VAGUE_COUNTS:
        return _Group(VAGUE_COUNTS[count_text], "vague", VAGUE_COUNTS[count_text], who, attackers)
    count_text = _FAMILY_OF_RE.sub("", count_text)  # "a family of six" counts six
    count_text = _POSSESSIVE_RE.sub("", count_text)  # "his two sons", "the three attackers" count
    value = (1 if count_text in _DETERMINERS or count_text in ("him", "another")
             else 2 if count_text == "both" else parse_number(count_text))
    if value is None or (noun is None and _looks_like_year(value)):
        return None
    range_low = match["range_low"] or match["range_from"]
    if range_low:  # "between 18 and 21 residents", "15 to 20 people": the lower figure, the spread kept
        low = parse_number(range_low)
        return _Group(min(low, value), "approx", value, who, attackers) if low is not None else None
    qualifier = QUALIFIERS.get(" ".join((match["qual"] or "").lower().split()), "exact")
    return _Group(value, qualifier, value, who, attackers)


_COLLECTIVE = ("men", "women", "children", "people", "police", "personnel", "troops", "bodies", "lives")


def _is_singular(noun: str | None) -> bool:
    """"the bomber", "his son": one person; "the soldiers", "the police": no count."""
    if not noun:
        return False
    last = noun.lower().split()[-1]
    return not last.endswith(("s", "men")) and last not in _COLLECTIVE  # "the fishermen": no count


def _looks_like_year(value: int) -> bool:
    return 1900 <= value <= 2100


def _who(match: re.Match[str]) -> str | None:
    if match["noun"] is None:
        return None
    tail = match.string[match.end("count"):match.end("noun")]
    tail = re.sub(r"(?i)^\s+(?:of\s+(?:the|their|its|his|them|those|these)\s+|of\s+)?", "", tail)
    if match["noun"].lower() in ("members", "member") and match["of_tail"]:
        tail += match["of_tail"]  # "five members of the Popular Mobilisation Forces": the tail says who they were
    return " ".join(tail.split())
