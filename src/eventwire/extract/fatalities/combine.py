"""``combine_fatalities``: the figure ACLED would code for one event from all its casualty mentions
(competing statements, victim groups that add up, bombers on top), and ``split_total`` over days or places."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from eventwire.extract.fatalities.bombers import ANOTHER_BOMBER_RE, SELF_DEATH_WHO
from eventwire.extract.fatalities.phrases import OF_THE_COUNT_WHO_DIED
from eventwire.extract.fatalities.rules import TOLL_RAISING, TOLL_REVISION_RE
from eventwire.extract.fatalities.totals import ORDINALS
from eventwire.extract.fatalities.words import _CIVILIANS_RE, _FORCES_RE, _FORCES_WORD_RE, _STATE_SIDE_RE
from eventwire.records import CasualtyMention, Fatalities


# Victim groups whose counts add up within an event; the generic group ("people") is a competing total.
_GENERIC = "generic"
_ARMED_SIDES = ("forces", "militia")


def victim_group(mention: CasualtyMention) -> str:
    """Which kind of victims a mention counts: attackers, forces, civilians, or generic (a total)."""
    if mention.kind == "attackers_killed":
        return "attackers"
    nouns = (mention.who or "").split(" and ")
    group = _named_group(nouns[-1])
    armed = [_named_group(noun) for noun in nouns[:-1] if _named_group(noun) in _ARMED_SIDES]
    if group == _GENERIC and armed:
        # "one US soldier and two American contractors", "three soldiers and one militia member": a list with forces
        # before a noun no list knows counts the forces' side (with civilians before it, "three young girls and their
        # grandmother", it stays a total: news-long's fatalities fell when it joined the civilians)
        return armed[0]
    return group


def _named_group(noun: str) -> str:
    if _MILITIA_RE.search(noun):
        return "militia"
    if _MEMBERS_OF_RE.match(noun) and _FORCES_WORD_RE.search(noun):
        return "forces"  # "three members of the vigilante group": the side their of-phrase names
    if _FORCES_RE.search(noun) or _STATE_SIDE_RE.search(noun):
        return "forces"
    if _CIVILIANS_RE.search(noun):
        return "civilians"
    return _GENERIC


_MEMBERS_OF_RE = re.compile(r"(?i)^members?\s+of\s")
# Militias, vigilantes and volunteer auxiliaries are the forces' list of nouns but not the army's men: "killing six
# militiamen. One soldier was killed" counts two sides' dead, which add, not two reports of one side's.
_MILITIA_RE = re.compile(r"(?i)\b(?:militiam[ae]n|vigilantes?|dozos?|VDPs?|volunteers?)\b")


@dataclass(frozen=True)
class _Estimate:
    fatalities: int
    low: int
    best: int
    high: int | None  # None: the top figure is only a floor ("at least 40"), the range is open above

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(self, fatalities: int, low: int, best: int, high: int | None) -> None:
        object.__setattr__(self, "fatalities", fatalities)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "best", best)
        object.__setattr__(self, "high", high)


def combine_fatalities(mentions: Sequence[CasualtyMention]) -> Fatalities:
    """The figure ACLED would code for one event from every statement of its deaths.

    Injured counts are ignored. Within one victim group the statements compete (floors → the highest
    floor; differing exact counts → the lowest, the spread in low/high); distinct groups add up
    (soldiers + attackers); a generic total ("49 people") stands beside the sum of the groups and the
    larger wins. No figure at all → ``Fatalities(0)`` with low/best/high None.
    """
    deaths = _after_last_update([m for m in mentions if m.kind in ("killed", "attackers_killed")])
    deaths = _without_breakdowns(deaths)
    if not deaths:
        return Fatalities()
    self_deaths = [m for m in deaths if _a_bombers_own_death(m)]
    others = [m for m in deaths if m not in self_deaths]
    bombers_on_top = any(ANOTHER_BOMBER_RE.match(m.span.text) for m in self_deaths)
    if self_deaths and others and (bombers_on_top or not any(victim_group(m) == "attackers" or _TOLL_RE.search(
            m.span.text) for m in others)):
        # the bombers died on top of the people they killed: "killing four people" is 4 + the bomber
        rest = combine_fatalities(others)
        bombers = max(m.low for m in self_deaths)
        return Fatalities(rest.fatalities + bombers, _plus(rest.low, bombers), _plus(rest.best, bombers),
                          _plus(rest.high, bombers))
    by_group = _same_victims_together(deaths)
    also = {group for group, items in by_group.items() if group != _GENERIC
            and all(_ALSO_RE.search(m.span.text) for m in items)}
    if set(by_group) == {_GENERIC, "attackers"} and _attackers_apart(by_group[_GENERIC]) and all(
            _ASSAILANTS_RE.search(m.who or "") for m in by_group["attackers"]):
        also.add("attackers")  # "gunmen killed 147 people ... the four gunmen were killed": on top of their victims
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


# "Among the dead were five children", "the dead included a pastor": a list of the dead breaks down a toll told
# beside it, and is the toll only when no other count of the dead is told.
_BREAKDOWN_RE = re.compile(r"(?i)^(?:among\s|the\s+(?:dead|victims|deceased)\s|those\s+killed\s)")


def _without_breakdowns(deaths: list[CasualtyMention]) -> list[CasualtyMention]:
    """The counts less the lists of the dead that break one of them down. Deaths told as coming on top ("the dead
    included the mayor and his driver, and four soldiers were also killed") break nothing down: the list stands."""
    told = [m for m in deaths if not _BREAKDOWN_RE.match(m.span.text)]
    if told and all(_ALSO_RE.search(m.span.text) for m in told):
        return deaths
    return told or deaths


# "The bomber, a Syrian-born man, also died": the bombers told dead by their noun are the ones who blew themselves up.
_BOMBERS_WHO_RE = re.compile(r"(?i)\bbombers?$")


def _a_bombers_own_death(mention: CasualtyMention) -> bool:
    return mention.who == SELF_DEATH_WHO or (
        mention.kind == "attackers_killed" and _BOMBERS_WHO_RE.search(mention.who or "") is not None)


# ACLED's coders' own figure ("unknown fatalities coded as 3", "total of 5 fatalities") counts deaths on top of
# the named ones, or all of them: it never competes as another report.
_CODED_RE = re.compile(r"(?i)\bcoded\b|\btotal\s+of\b")
# Only a count of anyone ("seven people", "nine deaths", "the number of dead") can be another report of the named
# dead; "four others" are other people, and a noun we do not know ("his daughter and a housekeeper") names victims.
_COUNTS_ANYONE_RE = re.compile(r"(?i)^(?:[\w-]+\s+){0,2}?(?:people|persons?|individuals?|victims)$")
# A generic count of one ("the body", "a man") names one victim, not the event's toll: it never competes
# with a named group (train, 20,000 notes: letting it compete made 9 notes worse, 2 better).
_LEAST_REPORTED_TOLL = 2
# Two reports of one group's dead differ by less than this factor; a count of people this many times the group's
# ("gunmen killed 100 people ... a week earlier seven soldiers had been killed") is a total of its own, beside
# another event's dead. Tuned on ../shared/train (20,000 notes) and our passage sets: see dates-fatalities.md.
_REPORTS_APART = 5


def _competing_report(generic: CasualtyMention) -> bool:
    """Whether a generic count can be another report of a named group's dead: a count of anyone ("seven
    people"), not one victim, not the coder's figure, not a raised toll (it counts every group), not a floor
    ("killing at least 74 people. 25 residents were killed in Garki, ..." breaks a total down; train: letting
    floors compete made 3 notes worse, none better)."""
    text = generic.span.text
    return (generic.low >= _LEAST_REPORTED_TOLL and generic.qualifier != "floor" and not _is_toll_update(generic)
            and not _CODED_RE.search(text) and _COUNTS_ANYONE_RE.match(generic.who or "people") is not None)


def _attackers_apart(generic: list[CasualtyMention]) -> bool:
    """Whether the attackers killed beside these generic counts are not among them: one is a count of people
    ("killing 147 people", not "4 fatalities" or the dead of a toll) and none is the coder's figure or a death toll
    (a toll counts every dead of the event, the attackers too: "raised the toll to 27")."""
    return any(_COUNTS_ANYONE_RE.match(m.who or "") and not _TOLL_RE.search(m.span.text) for m in generic) and not any(
        _CODED_RE.search(m.span.text) or _A_TOLL_RE.search(m.span.text) or _is_toll_update(m)
        for m in generic)


# Nouns that name the assailants of the act itself, not a side's members: "air strikes killed 46 people ... the army
# said it had killed about 20 militants" are two claims about one strike's dead, not attackers shot by defenders.
_ASSAILANTS_RE = re.compile(r"(?i)\b(?:attackers?|assailants?|gunm[ae]n|bombers?|raiders?|robbers?|kidnappers?"
                            r"|hijackers?)$")
# A toll, or a later count chained to a toll update (", and to 27 on Sunday", read by the mentions stage).
_A_TOLL_RE = re.compile(r"(?i)\btoll\b|^,?\s*and\s+(?:then\s+)?to\b")


# A generic part of a list whose other part names a side ("six insurgents and two porters died", "left five of the
# raiders and two of the pursuers dead"): the parts of one statement are different people, so it adds to the named
# side's dead as a group of its own instead of competing with them as a total.
_LISTED = "listed"
_LIST_RE = re.compile(r"(?i)\s(?:and|as\s+well\s+as)\s")
# "one of the attackers and a third blew himself up": an ordinal counts one more of the side named before it
_ORDINAL_WHO_RE = re.compile(r"(?i)(?:" + "|".join(ORDINALS) + r")\b")


def _group_in_its_list(mention: CasualtyMention, deaths: list[CasualtyMention]) -> str:
    group = victim_group(mention)
    if group == _GENERIC and _a_part_of_a_list(mention) and any(
            other.span == mention.span and victim_group(other) != _GENERIC for other in deaths):
        return _LISTED
    return group


def _a_part_of_a_list(mention: CasualtyMention) -> bool:
    return bool(_LIST_RE.search(mention.span.text)) and not _ORDINAL_WHO_RE.match(mention.who or "")


def _same_victims_together(deaths: list[CasualtyMention]) -> dict[str, list[CasualtyMention]]:
    """The mentions by victim group. With one named group of victims only, a generic count is of the same
    dead ("killing four civilians" ... "seven people had died" are two reports of one figure), so it competes
    with that group instead of standing beside it as a total."""
    by_group: dict[str, list[CasualtyMention]] = {}
    for mention in deaths:
        by_group.setdefault(_group_in_its_list(mention, deaths), []).append(mention)
    named = [group for group in by_group if group != _GENERIC]
    if _GENERIC in by_group and len(named) == 1 and named[0] != "attackers" and not any(
            _ALSO_RE.search(m.span.text) for m in by_group[named[0]]):  # "a police officer also died": on top
        top_floor = max((m.low for m in by_group[named[0]] if m.qualifier == "floor"), default=0)
        # below a stated floor a count is a part ("at least 8 soldiers" ... "footage shows 4 bodies")
        # deaths told as added ("one of the wounded has since died") are that group's too, whatever their number
        most = max(m.high for m in by_group[named[0]])
        reports = [m for m in by_group[_GENERIC] if _competing_report(m) and top_floor <= m.low <= most * _REPORTS_APART
                   or adds_to_the_dead(m)]
        by_group[named[0]].extend(reports)
        by_group[_GENERIC] = [m for m in by_group[_GENERIC] if m not in reports]
    return {group: items for group, items in by_group.items() if items}


# "The toll rose to 27", "raising the number of dead to eight": an update of the event's toll, not a conflicting
# report; it replaces the exact counts told before it (the assembly's ``latest_toll`` does the same for the
# wordings it knows; this one also reads "raising ... to"). "Bringing the toll to 12" after a new day's dead is a
# running count over days (the assembly's rule too); it updates the act's toll only when it names the act
# ("bringing the number killed in the raid to 27").
_TOLL_UPDATE_RE = re.compile(
    r"(?i)\b(?:rose|risen|rises|climbed|jumped|increased|mounted|soared|reached|grown|grew)\b(?:\s+\w+){0,2}\s+to\b"
    # "the number of soldiers killed had reached 11": a figure reached, told without "to"
    r"|\b(?:had|has|have)\s+(?:(?:since|now|already|then)\s+)?reached\s+(?!to\b)\w"
    r"|\b(?:now\s+)?stands\s+at\b|^(?:raising|raised|raises)\s+(?:the|to)\b"
    # "By Monday the commissioner put the toll at nine", "later put the toll at 12", "By Saturday night he gave the
    # toll as 52" (the rule of a toll put later)
    r"|^(?:by|later)\s[^.;]*?\b(?:put|placed|gave|given)\s+the\s+(?:death\s+)?toll\b"
    # "the toll was lowered to 36": a toll revised, down or up
    r"|\btoll\s+(?:\w+\s+){0,3}?(?:revised|lowered|corrected|updated)\s+(?:(?:down|up)(?:wards?)?\s+)?to\b"
    r"|^(?:bringing|taking|pushing)\s+the\s+[^.;]*?\b(?:from|in)\s+(?:the|[\w-]+['’]s)\s+(?:[\w-]+\s+){1,3}?to\b"
    # deaths told one at a time: "a fifth protester died" is the new toll (``totals._ordinal_toll`` reads it as 5);
    # "the seventh leader killed this month" ranks the act in a period and updates nothing
    r"|^an?\s+(?:" + "|".join(ORDINALS) + r")\b")


def _is_toll_update(mention: CasualtyMention) -> bool:
    """A raised, risen or revised toll ("revised the toll down to 157")."""
    return bool(_TOLL_UPDATE_RE.search(mention.span.text) or TOLL_REVISION_RE.match(mention.span.text))


def _after_last_update(deaths: list[CasualtyMention]) -> list[CasualtyMention]:
    updates = [m for m in deaths if m.kind == "killed" and _is_toll_update(m)]
    if not updates:
        return deaths
    last = max(m.span.start for m in updates)
    return [m for m in deaths if m.kind != "killed" or m.qualifier == "floor" or m.span.start >= last]


# A toll counts everyone dead, bombers included: "the death toll had risen to 100".
_TOLL_RE = re.compile(r"(?i)\btoll\b|\bnumber\s+of\s+(?:dead|deaths|people\s+killed|those\s+killed)|\bnumbered\b")


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


def _larger(a: _Estimate | None, b: _Estimate | None) -> _Estimate | None:
    if a is None or b is None:
        return a or b
    high = None if a.high is None or b.high is None else max(a.high, b.high)
    return _Estimate(max(a.fatalities, b.fatalities), max(a.low, b.low), max(a.best, b.best), high)


# "two more men were found dead", "another soldier died in hospital": deaths on top of those already stated.
# Also when the dead are found later: "the bodies of three other men were recovered", "found the bodies of six more",
# and when the wounded die later: "14 were killed ... 3 succumbed to their wounds". "Killed more than 60 soldiers" is a
# floor, not "N more".
_ADDITIONAL_RE = re.compile(r"(?i)^(?:(?:found\s+|recovered\s+|discovered\s+)?(?:the\s+)?(?:bodies|body|corpses|remains)"
                            r"\s+of\s+)?(?:another|a\s+further|(?:\w+|\d+)\s+(?:more(?!\s+than)|further|additional|other))\b"
                            r"|^[^.;]*\bsuccumbed\b")
# "Two of the wounded (later/since) died": counted wounded who died add; "several of the wounded died" may be what a
# later figure already holds (news-dev4: "at least 26 ... several of the wounded had died"), so a vague one does not.
_WOUNDED_WHO_DIED_RE = re.compile(r"(?i)^(?:\w+\s+){1,3}?of\s+(?:the|those)\s+(?:wounded|injured)\b"
                                  rf"|^(?:\w+\s+){{1,3}}?{OF_THE_COUNT_WHO_DIED}"
                                  r"|^(?:\w+\s+)?(?:(?:seriously|badly|critically|severely|gravely)\s+)?"
                                  r"(?:wounded|injured)\s+(?!and\b|or\b)\w")


# "Rescuers pulled two more bodies from the rubble, bringing the number of dead to 12" (or "bringing to 12 the number
# of dead"): the raised figure holds the deaths just added when they are the act's own (bodies found later, the
# wounded who died) or when it names the act ("raising the toll from the raid to nine"). "Three more soldiers were
# killed, bringing the toll to 12" after a new day's fighting is a running count over days: the new deaths stand
# (the assembly's convention).
_RAISED_TO_RE = re.compile(rf"(?i)^(?:{TOLL_RAISING})\s+(?:the|to)\s")
_THE_ACTS_OWN_DEAD_RE = re.compile(
    r"(?i)\b(?:bodies|body|corpses|remains|succumb\w*|wounds|injuries|wounded|injured)\b")


def _without_parts_of_a_raise(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The mentions less the added deaths ("two more bodies") that a later raised figure already counts."""
    raises = [m for m in mentions if _RAISED_TO_RE.match(m.span.text)]
    if not raises:
        return mentions
    last = max(raises, key=lambda m: m.span.start)
    names_the_act = _TOLL_UPDATE_RE.search(last.span.text) is not None
    parts = [m for m in mentions if adds_to_the_dead(m) and m.span.start < last.span.start and (
        names_the_act or _THE_ACTS_OWN_DEAD_RE.search(m.span.text))]
    if not parts:
        return mentions
    # holding the act's own dead, the raised figure is the act's toll: the counts told before it are earlier tolls
    # ("killing four ... two more bodies were found, bringing the number of dead to six": 6)
    return [m for m in mentions if m not in parts and (
        m.span.start >= last.span.start or m.qualifier == "floor" or m.kind != "killed")]


def _combine_group(mentions: list[CasualtyMention]) -> _Estimate:
    """One victim group: statements compete, except deaths a later one adds ("two more soldiers died")."""
    mentions = _without_parts_of_a_raise(mentions)
    in_text_order = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
    inside = [m for m in in_text_order if inside_a_risen_toll(m, in_text_order)]
    mentions = [m for m in mentions if m not in inside]
    additions = [m for m in in_text_order[1:] if m.kind == "killed" and adds_to_the_dead(m) and m not in inside]
    base = _combine_statements([m for m in mentions if m not in additions])
    for added in additions:
        high = None if base.high is None else base.high + added.high
        base = _Estimate(base.fatalities + added.low, base.low + added.low, base.best + added.low, high)
    return base


# "The toll ... has risen to 21, up from the 13 deaths reported the day of the blast ... 'Seven of the wounded died in
# hospital overnight and one more this morning'": the wounded who died, told after a risen toll larger than them, are
# what raised it (the risen toll is today's count). Told as more or later ("two more of the wounded died", "later
# died"), they come on top.
_DIED_AFTER_THE_TOLL_RE = re.compile(r"(?i)\b(?:more|further|another|additional|later|since|subsequently)\b")


def inside_a_risen_toll(mention: CasualtyMention, mentions: Sequence[CasualtyMention]) -> bool:
    """Whether ``mention`` counts wounded who died that a risen toll told before it already holds."""
    return (_WOUNDED_WHO_DIED_RE.match(mention.span.text) is not None
            and not _DIED_AFTER_THE_TOLL_RE.search(mention.span.text)
            and any(_RISEN_TOLL_RE.search(m.span.text) and m.low > mention.low and m.span.start < mention.span.start
                    for m in mentions))


# A toll told as risen ("has risen to 21", "climbed to 14"): the count of the day it is told.
_RISEN_TOLL_RE = re.compile(r"(?i)\btoll\b[^.;]*\b(?:rose|risen|climbed|jumped|increased|mounted|grown|grew)\b")


# The counted noun itself says the dead come on top: "gunmen killed three more policemen" (the verb opens the span).
_MORE_WHO_RE = re.compile(r"(?i)^(?:more|further|additional|other)\s")


def adds_to_the_dead(mention: CasualtyMention) -> bool:
    return bool(_ADDITIONAL_RE.match(mention.span.text) or _MORE_WHO_RE.match(mention.who or "")) or (
        mention.qualifier != "vague" and _WOUNDED_WHO_DIED_RE.match(mention.span.text) is not None)


# A rounded figure ("some seventy", "roughly a dozen", "nearly a hundred and sixty") and an exact count this close to
# it (as a share of the rounded figure) are one report and its precise form: the exact count is the figure. Tuned
# on our tables (the widest rounding: "close to twenty" ... 18, 10 %; "around thirty" ... 34, 13 %) against two
# reports of one event's dead in ../shared/train notes ("about 20 killed ... police killing eight", 60 %).
ROUNDING_SHARE = 0.2


def _refined_by_an_exact_count(mention: CasualtyMention, exacts: list[int]) -> bool:
    """Whether ``mention`` is a rounded single figure that an exact count of the same dead makes precise (a range,
    "between 20 and 30", is not rounded: its low end competes as before)."""
    if mention.qualifier != "approx" or mention.low != mention.high:
        return False
    return any(abs(exact - mention.low) <= ROUNDING_SHARE * mention.low for exact in exacts)


def _combine_statements(mentions: list[CasualtyMention]) -> _Estimate:
    positive = [m for m in mentions if m.high > 0]
    if not positive:
        return _Estimate(0, 0, 0, 0)  # only denials
    stated = [m for m in positive if m.qualifier != "vague"] or positive
    exact_counts = [m.low for m in stated if m.qualifier == "exact"]
    stated = [m for m in stated if not _refined_by_an_exact_count(m, exact_counts)]
    exacts = [m.low for m in stated if m.qualifier in ("exact", "approx", "vague")]
    ceilings = [m.high for m in stated if m.qualifier == "ceiling"]
    # later floors raise the toll ("at least 40" ... "at least 49"); of two sources' rival floors the lower counts
    rivals = [m.low for m in stated if m.qualifier == "floor" and m.rival]
    floors = [m.low for m in stated if m.qualifier == "floor" and not m.rival] + ([min(rivals)] if rivals else [])
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
    high: int | None = max(candidates + stated_highs)
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
