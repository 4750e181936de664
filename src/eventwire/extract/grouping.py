"""Group mentions into events, in text order.

A mention joins an earlier event when nothing in it conflicts (date window, town, clause of the same sentence,
"separately", another weapon) and, for a mere reference ("Friday's assault", "the Indelimane strike") or a
bare toll, when it shares the event's date or place or is about the event last spoken of. A report with a new
date, or in another town than the event names, starts a new event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Sequence

from eventwire.countries import written_as_attackers_origin
from eventwire.extract.detect import CLASSIFIED, REPORT, Trigger
from eventwire.extract.event_places import ORIGIN_LOOKBACK
from eventwire.extract.gates import gate_words
from eventwire.extract.lexicon import may_hold_any
from eventwire.extract.mentions import (
    WEAK_DATE_EXPRESSIONS, Mention, condemned_killing_in, dates_agree, firm_dates, is_body_count, is_counted_only,
)
from eventwire.records import DateMention

# "A second attack" opens another event; "a second bomber blew himself up" is the same twin bombing.
_SEPARATE_EVENT = re.compile(
    r"^\W*(?:separately|in a separate|in another|elsewhere|meanwhile|in other|also on|earlier on|on the same day|"
    r"the same day|(?:on )?the same night|that same (?:day|night)|in a second|a second (?:attack|assault|blast|explosion|bombing|strike|raid|incident|ambush|clash))\b",
    re.IGNORECASE,
)
# "The army said it had killed about 40 militants in the area in the days that followed": what came of the act told
# before, over the days after it, is neither that act's toll nor, with no day of its own, an event to code.
_IN_THE_DAYS_AFTER = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:(?:following|next|subsequent)\s+(?:days|weeks|months)|(?:days|weeks|months)\s+"
    r"(?:that\s+followed|afterwards|since))\b", re.IGNORECASE)
_IN_THE_DAYS_AFTER_NEEDS = gate_words(_IN_THE_DAYS_AFTER)  # speed only: read off the pattern
_ANAPHOR_BEFORE = re.compile(r"(?:\b(?:the|this|that|its|their)|['’]s)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


@dataclass
class _Group:
    """Mentions of one event while grouping (local to one call, never shared)."""

    mentions: list[Mention] = field(default_factory=list)
    story_date: DateMention | None = None  # the story's last named day before the group: its day if it has none
    story_towns: frozenset[str] = frozenset()  # the lead's town: its place if it names none
    home_country: str | None = None  # the article's country: the group's if none of its mentions names one

    @property
    def dates(self) -> list[DateMention]:
        return [d for m in self.mentions for d in m.dates]

    @property
    def towns(self) -> set[str]:
        return set().union(*(m.towns for m in self.mentions)) or set(self.story_towns)


def group_mentions(
    mentions: Sequence[Mention], story_days: Sequence[DateMention] = (), lead_towns: frozenset[str] = frozenset(),
    paragraph_starts: Sequence[int] = (), home_country: str | None = None,
) -> list[list[Mention]]:
    """Events in text order. ``story_days`` are the event days the text names (``event_dates.story_days``): an
    event with no date of its own happened on the last of them told before it. ``paragraph_starts`` (where each
    paragraph begins) let an undated report take the day its own paragraph told last. ``home_country`` is the
    article's country (``ArticleContext.country``): the country of an event whose sentences name none."""
    groups: list[_Group] = []
    last: _Group | None = None
    headings = [d for d in story_days if _day_heading(d, paragraph_starts)]  # read once (speed only)
    for mention in mentions:
        target = _target(mention, groups, last, _paragraph_day(mention, story_days, paragraph_starts),
                         _heading_day(mention, headings))
        if target is None:
            if not _can_start(mention) or (last is not None and _told_as_what_followed(mention)
                                           and not firm_dates(mention.dates)):
                continue
            told = [d for d in story_days if d.span.start < mention.start]
            # a clause cut from the lead ("..., a day after a drone exploded in central Tel Aviv and killed a man")
            # tells another act than the lead's town saw
            own_clause_of_lead = mention.clause_of_split and mention.sentence.start == mentions[0].sentence.start
            target = _Group(story_date=told[-1] if told else None,
                            story_towns=frozenset() if own_clause_of_lead else lead_towns, home_country=home_country)
            groups.append(target)
        counts_only = is_body_count(mention) or is_counted_only(mention) or _brings_the_toll_up(mention)
        target.mentions.append(_undated(mention) if counts_only else mention)
        if not _sets_the_time(mention):
            last = target
    return _with_summaries_folded([g.mentions for g in groups])


# "Five more bodies were found in burnt houses on Monday, bringing the toll to 43", "Two of the wounded died in
# hospital, raising the death toll to 28": a clause that brings the toll to a new figure counts the dead of the act
# told before (its day is the finding's or the count's), never an act of its own (round twenty-two). Not "the day's
# toll" of a live blog, which adds another act's dead, nor new killings on a later day ("On Tuesday four more were
# killed in the camp, bringing the toll to 12": a second event); only bodies found or the wounded who died.
_FOUND_OR_DIED = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains|died|succumbed)\b", re.IGNORECASE)
_BRINGS_THE_TOLL_UP = re.compile(
    r"\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the\s+)?(?:death\s+)?(?:toll|number\s+of\s+(?:the\s+)?dead)"
    r"\s+to\b", re.IGNORECASE)
_BRINGS_THE_TOLL_UP_NEEDS = gate_words(_BRINGS_THE_TOLL_UP)  # speed only: read off the pattern


def _brings_the_toll_up(mention: Mention) -> bool:
    base = mention.sentence.start
    clause = mention.sentence.text[mention.start - base:mention.end - base]
    return may_hold_any(clause, _BRINGS_THE_TOLL_UP_NEEDS) and _BRINGS_THE_TOLL_UP.search(clause) is not None \
        and _FOUND_OR_DIED.search(clause) is not None


def _undated(mention: Mention) -> Mention:
    """A count of the act's dead told with no act: the day it names is when it was counted or said, never the act's
    ("On Monday an official said 43 bodies had been buried in Yelwata")."""
    return replace(mention, dates=(), speech_dates=())


def _with_summaries_folded(groups: list[list[Mention]]) -> list[list[Mention]]:
    """'Hours after the attack, government forces began shelling towns in the north-west. Artillery hit the city of
    Idlib on Thursday night, killing five': a sentence that only the classifier reads as an act, with no place, no
    dead and only the day of the act it counts from, sums up the act its paragraph tells next on that day; it is
    that act's, not an event of its own."""
    folded: list[list[Mention]] = []
    for group in groups:
        if folded and _sums_up(folded[-1]) and _told_in_full(group, folded[-1][0]):
            folded[-1] = folded[-1] + group
        else:
            folded.append(group)
    return folded


def _sums_up(group: list[Mention]) -> bool:
    if len(group) != 1:
        return False
    mention = group[0]
    reported = {t.tactic for t in mention.triggers if t.kind == "report" and t.live}
    # its day comes from the act it counts from ("Hours after the attack", ``mentions._counted_from_the_act_before``)
    carried = mention.dates and all(d.span.start < mention.sentence.start for d in mention.dates)
    return reported == {CLASSIFIED} and not mention.deaths and not mention.place_names and bool(carried)


def _told_in_full(group: list[Mention], summary: Mention) -> bool:
    """The act told next, in the summary's paragraph, on its day, with a place of its own."""
    first = group[0]
    mine, theirs = firm_dates(first.dates), firm_dates(summary.dates)
    return first.reports and first.sentence.paragraph == summary.sentence.paragraph and bool(first.place_names) \
        and bool(mine) and bool(theirs) and dates_agree(mine[0], theirs[0])


# "..., four days after Pakistani air strikes that killed 46 people": a clause cut off at such a joint tells an
# earlier act only to set the sentence's act in time; what the story tells next is about the sentence's act.
_TIME_JOINT_BEFORE = re.compile(r"\b(?:hours|days?)\s+(?:after|before)\s+$", re.IGNORECASE)
TIME_JOINT_REACH = 30  # characters before a cut clause searched for "four days after" (the joint itself)


def _sets_the_time(mention: Mention) -> bool:
    if not mention.clause_of_split or mention.start == mention.sentence.start:
        return False
    before = mention.sentence.text[max(0, mention.start - mention.sentence.start - TIME_JOINT_REACH):
                                   mention.start - mention.sentence.start]
    return bool(_TIME_JOINT_BEFORE.search(before)) and not _CAME_BEFORE.search(before)


# "The attack came a day after gunmen opened fire at a petrol station ... An armed civilian shot dead one of the
# gunmen": after "came <a span> after" the clause only refers back to the act told before ("The attack"); the earlier
# act it tells is what the story goes on about.
_CAME_BEFORE = re.compile(r"\b(?:came|comes|come)\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)


def _can_start(mention: Mention) -> bool:
    """A report starts an event; a reference only when it pins down a date and a toll, or a date and a place
    through an event noun ("Friday's attack in Gao"; not "the girls abducted from Chibok ... gathered on Sunday")."""
    if is_body_count(mention) or is_counted_only(mention):
        return False  # bodies counted with no act told before them (``mentions.body_count_trigger``)
    if mention.detection.is_event and mention.reports:
        return True
    nouns = any(t.noun for t in mention.triggers)
    if mention.speech_dates and mention.deaths:
        return True  # "the death toll from a suicide bombing rose to 100 on Tuesday": the story's lead
    if mention.deaths and mention.place_names and condemned_killing_in(mention.sentence):
        return True  # "condemned the killing of 43 farmers by terrorists in Zabarmari": the act, told undated
    if mention.places and _dated_participle(mention):
        return True  # a release story's "the 120 pupils kidnapped on 9 May from ... Kajuru": ACLED codes the act
    return bool(mention.dates) and bool(mention.deaths or (mention.places and nouns))


# "kidnapped on 9 May", "abducted last Friday", "seized on Thursday night": the day written right after the verb of a
# reference is the act's own (not "abducted from Chibok ... gathered on Sunday", whose day is the gathering's).
_DAY_RIGHT_AFTER = re.compile(r"^\s+(?:on|last|early on|late on)\b", re.IGNORECASE)
PARTICIPLE_DATE_WITHIN_CHARS = 4  # " on ": the date opens one preposition after the verb, nothing between


def _told_as_what_followed(mention: Mention) -> bool:
    text = mention.sentence.text
    return bool(mention.reports) and may_hold_any(text, _IN_THE_DAYS_AFTER_NEEDS) and bool(
        _IN_THE_DAYS_AFTER.search(text))


def _dated_participle(mention: Mention) -> bool:
    """A verb of a reference ("the pupils kidnapped on 9 May") followed at once by a firm day of its own."""
    text, base = mention.sentence.text, mention.sentence.start
    for trigger in mention.triggers:
        if trigger.noun or trigger.blocked_by is not None:
            continue
        after = trigger.span.end - base
        if not _DAY_RIGHT_AFTER.match(text[after:]):
            continue
        if any(0 <= d.span.start - trigger.span.end <= PARTICIPLE_DATE_WITHIN_CHARS for d in firm_dates(mention.dates)):
            return True
    return False


def _paragraph_day(mention: Mention, story_days: Sequence[DateMention], paragraph_starts: Sequence[int]
                   ) -> DateMention | None:
    """'Protests resumed on Wednesday ... In Baghdad, police again fired, killing two': the day the mention's own
    paragraph told last before it, for a mention with no date of its own."""
    if firm_dates(mention.dates):
        return None
    opened = max((p for p in paragraph_starts if p <= mention.start), default=None)
    told = [d for d in story_days if opened is not None and opened <= d.span.start < mention.start]
    return told[-1] if told else None


def _heading_day(mention: Mention, headings: Sequence[DateMention]) -> DateMention | None:
    """The last day heading (``_day_heading``) above a mention with no date of its own."""
    if not headings or firm_dates(mention.dates):
        return None
    above = [d for d in headings if d.span.start < mention.start]
    return above[-1] if above else None


# "Thursday 28 November" alone on a line above a live blog's time-stamped entries ("09:15 - Factions cut the
# highway"): a paragraph that is only a day dates the entries under it, up to the next such heading (round 22).
DAY_HEADING_SLACK = 3  # characters between a heading's day and the next paragraph (a line break, a colon)


def _under_another_heading(group: _Group, heading_day: DateMention | None) -> bool:
    if heading_day is None:
        return False
    theirs = firm_dates(group.dates) or ([group.story_date] if group.story_date is not None else [])
    return bool(theirs) and not dates_agree(heading_day, theirs[0])


def _day_heading(day: DateMention, paragraph_starts: Sequence[int]) -> bool:
    if day.span.start not in paragraph_starts:
        return False
    following = next((p for p in paragraph_starts if p > day.span.start), None)
    return following is not None and following - day.span.end <= DAY_HEADING_SLACK


def _target(mention: Mention, groups: list[_Group], last: _Group | None,
            paragraph_day: DateMention | None = None, heading_day: DateMention | None = None) -> _Group | None:
    if _SEPARATE_EVENT.search(mention.sentence.text if mention.start == mention.sentence.start else ""):
        return None
    if last is not None and _another_act_counted_from(mention, last):
        return None
    if last is not None and _told_as_what_followed(mention):
        return None
    if last is not None and (is_body_count(mention) or _brings_the_toll_up(mention)):
        return _last_told_deaths_or_violence(groups, last) or last  # the act's dead, counted whenever (never alone)
    if is_counted_only(mention) and not is_toll_statement(mention):
        return None  # a count with no act, no source and no day of a figure: not this act's (never an event alone)
    if last is not None and _death_after_the_act(mention):
        violent = _last_told_deaths_or_violence(groups, last)
        if violent is not None:
            return violent
    if len(groups) == 1 and (_retells_the_lead(mention, groups[0]) or _told_after_its_headline(mention, groups[0])):
        return groups[0]
    candidates = [g for g in groups if _compatible(mention, g) and not _of_another_day(mention, g, paragraph_day)
                  and not _under_another_heading(g, heading_day)]
    if not candidates:
        return None
    own_kind = _kind_told_elsewhere(mention, candidates, last)
    if own_kind is not None:
        return own_kind
    if not mention.reports:
        # "The bombing was the first suicide attack in Damascus since ...", after a raid in the Damascus countryside:
        # a mention that only names its act belongs to the event of that kind before one it shares a town or a day
        # with (news-long: event type 0.885 → 0.894, admin1 0.941 → 0.961)
        for group in reversed(candidates):
            if _same_kind_of_act(mention, group):
                return group
    for group in reversed(candidates):
        if _shares_anchor(mention, group) and not _another_act_in_a_scene_of_its_own(mention, group) \
                and not _timed_from_it_elsewhere(mention, group):
            return group
    if is_toll_statement(mention):
        return last if last in candidates else candidates[-1]
    if not mention.reports or _bare_account_of_participants(mention):
        for group in reversed(candidates):
            if _same_kind_of_act(mention, group):
                return group  # "IS claimed the bombing" after a later air strike: the bombing's
    if last is not None and last is groups[0] and last in candidates and _dates_the_leads_toll(mention, last):
        return last
    if _brings_news(mention):
        return None
    target = last if last in candidates else candidates[-1]  # a town named later is usually the same event's
    return None if _another_act_in_a_scene_of_its_own(mention, target) else target


# "In the port city of Mombasa, ...", "Gunmen also attacked ...": a sentence that opens on a place of its own or says
# "also" tells another act of the day, not the lead's act retold. "In a statement on Monday evening, the army said
# ..." opens on the statement that retells the act, not on a scene (round nineteen).
_SPEECH_VEHICLE = (r"(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statements?|interviews?|messages?|videos?|"
                   r"posts?|posting|reports?|letters?|speech|address|briefing|communiqu[eé]|notes?|tweets?|"
                   r"press\s+conference|remarks|comments)\b")
_FRONTED_PLACE_PATTERN = (r"^\W*in\s+(?!" + _SPEECH_VEHICLE +  # "In neighbouring Chin state,"
                          r")(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*,")
_OPENS_ANOTHER_SCENE = re.compile(_FRONTED_PLACE_PATTERN + r"|\balso\b", re.IGNORECASE)


def _retells_the_lead(mention: Mention, lead: _Group) -> bool:
    """'The toll from Thursday's twin suicide bombing in central Baghdad has risen to 32 ... Two suicide bombers blew
    themselves up in a clothing market in Tayaran Square on Thursday morning': the body's first account of the act
    the lead summed up names a finer place (a square, a restaurant, a village) than the lead did. Told before any
    other event, on the lead's day and of the lead's kind of act, with no dead of its own, it is the lead's act
    retold, not a second one in another town."""
    if not mention.reports or any(c.kind == "killed" for c in mention.deaths):
        return False
    if {t.tactic for t in mention.triggers} & _CROWD_ACTS or _OPENS_ANOTHER_SCENE.search(mention.sentence.text):
        return False  # "In the port city of Mombasa, thousands marched on Tuesday": the day's acts elsewhere
    mine, theirs = firm_dates(mention.dates), firm_dates(lead.dates)
    if not (mine and theirs and dates_agree(mine[0], theirs[0])):
        return False
    if not mention.towns or not lead.towns or mention.towns & lead.towns:
        return False  # only the place conflict is lifted; everything else is the ordinary grouping's
    told = {t.tactic for m in lead.mentions for t in m.triggers}
    return _same_kind_of_act(mention, lead) or (told <= _TOO_GENERAL and bool(
        {t.tactic for t in mention.triggers} & _TOO_GENERAL))


# "GUSAU –", "JOS, Nigeria, Dec 29 –": a place in capitals and a dash open a story; a line before it is its
# headline, written on the lead's line (some outlets' feeds), even when it ends with a full stop.
_DATELINE_OPENER = re.compile(
    r"^[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}(?:\s*,[^–—\n]{1,40}?)?\s*[–—-]\s")


def _told_after_its_headline(mention: Mention, headline: _Group) -> bool:
    """'Gunmen kill 14 worshippers in attack on Burkina Faso mosque / Armed men opened fire on worshippers at a mosque
    in Natiaboani on Sunday, killing 14': a first line of its own with no day (a headline, as news feeds give it
    above the lead) sums up the act the lines below tell first, with its day; that is one event."""
    line = headline.mentions[0].sentence
    if any(m.sentence is not line for m in headline.mentions) or line.paragraph != 0 or firm_dates(headline.dates):
        return False
    if _DATELINE_OPENER.match(mention.sentence.text) and line.start < mention.sentence.start:
        return True  # "Bandits kill 18 in Zamfara village raid. GUSAU – Armed bandits on Sunday night stormed ..."
    if line.text.rstrip(" \"'”’").endswith((".", ":")):
        return False  # a lead paragraph's sentence ("SANAA – A coalition air strike ... marked a bloody week.")
    if mention.sentence.paragraph == 0:
        return False  # the first line's own second act
    general = _TOO_GENERAL | {CLASSIFIED}  # a headline's present tense often escapes the lexicon
    told = {t.tactic for m in headline.mentions for t in m.triggers}
    tells = {t.tactic for t in mention.triggers}
    return _same_kind_of_act(mention, headline) or told <= general or tells <= general


def _dates_the_leads_toll(mention: Mention, lead: _Group) -> bool:
    """'The number of people killed in a militia attack on a camp in Ituri has risen to 62, an official said on
    Friday. Fighters of the militia attacked the camp on Tuesday night ...': a lead that gave an act's toll and no
    day of the act (only the day it was said) is told next with its day; that account is the lead's act, not news,
    when it reports the lead's kind of act (or either names only an attack or a killing: "Suspected bandits have killed
    the commander of a vigilance group and abducted 10 residents ... the hoodlums stormed the community around 10pm on
    Sunday")."""
    if firm_dates(lead.dates) or lead.story_date is not None or not any(m.deaths for m in lead.mentions):
        return False
    if not firm_dates(mention.dates) or not mention.reports:
        return False
    told = {t.tactic for m in lead.mentions for t in m.triggers}
    tells = {t.tactic for t in mention.triggers if t.kind == REPORT}
    return told <= _TOO_GENERAL or tells <= _TOO_GENERAL or _same_kind_of_act(mention, lead)


def _kind_told_elsewhere(mention: Mention, candidates: list[_Group], last: _Group | None) -> _Group | None:
    """'Settlers rampaged ..., hours after a gunman shot dead two men. The men were shot at noon. After dark,
    settlers threw stones at houses': an undated crowd's act of the kind only an earlier event of the same day
    told belongs to that event, not to the one spoken of last."""
    reported = [t for t in mention.triggers if t.kind == "report" and t.blocked_by is None]
    if not reported or firm_dates(mention.dates) or last is None or last not in candidates:
        return None
    first = _kinds({min(reported, key=lambda t: t.span.start).tactic})
    if not first & _CROWD_ACTS or first & {t.tactic for m in last.mentions for t in m.triggers}:
        return None
    same_kind = [g for g in candidates if first & {t.tactic for m in g.mentions for t in m.triggers}]
    return same_kind[-1] if same_kind else None


# Acts of a crowd: a group of them in a story of armed violence is its own event (the other acts are told with
# their actor and weapon, which grouping already reads).
_CROWD_ACTS = frozenset({"riot", "protest"})


def _compatible(mention: Mention, group: _Group) -> bool:
    # two clauses of one sentence tell two acts, unless the second only gives a figure for the dead: one the first
    # did not give ("Early reports of 20 dead proved wrong, and the ministry confirmed on Friday that nine gendarmes
    # had been killed"), more dead ("Nine soldiers were killed and one interpreter also died, the army said") or the
    # figure after a first report ("Local media initially reported ten dead; on Sunday the prosecutor confirmed that
    # six had been killed"). Two sources' figures stay apart ("The ministry said 71 soldiers were killed; a source
    # said at least 100 had died").
    siblings = [m for m in group.mentions if m.sentence is mention.sentence and m.clause_of_split]
    if mention.clause_of_split and siblings and _the_fights_outcome(mention, siblings):
        return True
    if mention.clause_of_split and siblings and not (is_toll_statement(mention) and (
            not any(m.deaths for m in siblings) or _more_dead_or_a_later_figure(mention, siblings))):
        return False
    mine, theirs = firm_dates(mention.dates), firm_dates(group.dates)
    if mine and theirs and not dates_agree(mine[0], theirs[0]) and not _same_night(mention, mine[0], group, theirs[0]):
        return False
    if mine and theirs and _another_named_day(mine[0], theirs) and not _same_night(mention, mine[0], group, theirs[0]):
        return False
    if mine and theirs and _another_act_at_another_hour(mention, mine[0], group, theirs[0]):
        return False
    if mine and not theirs and _dated_otherwise(mention, group):
        return False
    if not mine and theirs and _a_later_night(mention, group, theirs):
        return False
    if _arrests_beside_violence(mention, group) or _said_before_it(mention, theirs):
        return False
    if _across_a_border(mention, group) or _next_act_by_another_side(mention, group):
        return False
    if mine and theirs and not mention.reports and _only_a_month(mine, theirs[0]):
        return False  # "The fighting spread rapidly this month": the war around a day's strike, not the strike
    if mention.towns and group.towns and not (mention.towns & group.towns):
        reference = not mention.reports and not (mine and theirs and mine[0].day != theirs[0].day)
        if not reference and _another_side_elsewhere(mention, group):
            return False
        return reference or _detail_of_told_event(mention) or is_toll_statement(mention) \
            or _its_weapon_again(mention, group) or _places_the_unplaced_act(mention, group) \
            or _a_source_retells_it(mention, group)
    return not _other_weapon(mention, group)


# "On Saturday the RSF fought the joint forces inside the camp, and by the evening the paramilitaries said they had
# taken full control of Zamzam": a clause that only tells ground taken, after a clause of the same sentence that tells
# the fight for it in no other town, is that fight's outcome (ACLED codes the fight and the capture as one event of
# the day and place), not a second act (round twenty).
def _the_fights_outcome(mention: Mention, siblings: Sequence[Mention]) -> bool:
    acts = [t for t in mention.triggers if t.live and t.kind == REPORT]
    if not acts or any(t.tactic != "territory" for t in acts):
        return False
    fights = [m for m in siblings if any(t.live and t.tactic == "clash" for t in m.triggers)]
    if not fights or any(m.towns and not m.towns <= mention.towns for m in fights):
        return False
    mine, theirs = firm_dates(mention.dates), firm_dates([d for m in fights for d in m.dates])
    return not (mine and theirs and not dates_agree(mine[0], theirs[0]))


# "In a statement on Monday evening, the army spokesman said soldiers from the Bule post had driven off "CODECO
# terrorists" who had massacred 45 displaced people near Bule", after "CODECO fighters attacked a camp at Lala late on
# Sunday, killing at least 46": a source's account of an act told before, in the pluperfect of reported speech and
# with no day of its own, names the place the source knows it by (a nearby post, the district). Told with the event's
# own armed group, or with its toll again (another source's count), it is that act, not another in another town.
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?(?:[\w-]+\s+){0,1}$", re.IGNORECASE)
_NOT_A_PERPETRATOR = ("Military Forces", "Police Forces", "Civilians", "Protesters", "Rioters", "Unidentified")
TOLL_TOLD_AGAIN_SHARE = 0.15  # another source's count of the same dead: within 15% of the event's (45 for 46)


def _a_source_retells_it(mention: Mention, group: _Group) -> bool:
    if firm_dates(mention.dates) or not _ATTRIBUTED.search(mention.sentence.text):
        return False
    text, base = mention.sentence.text, mention.sentence.start
    told = [t for t in mention.triggers if t.kind == REPORT and t.live and not t.noun]
    acts = [t for t in told if t.tactic not in _DEATH_TACTICS] or told  # the dead of the act told are its toll
    if not acts or not all(_PLUPERFECT_BEFORE.search(text[max(0, t.span.start - base - 30):t.span.start - base])
                           or _DEFINITE_TARGET_AFTER.match(text, t.span.start - base) for t in acts):
        return False
    return _same_armed_group(mention, group) or _toll_told_again(mention, group)


# "Security sources said 25 people lost their lives when Boko Haram fighters overran the village, in the Konduga
# district": the act's target named by a bare definite noun is the one told before.
_DEFINITE_TARGET_AFTER = re.compile(  # the verb, a particle ("opened fire on"), the target
    r"[\w-]+(?:\s+(?:fire\s+)?(?:on|into|at|upon))?\s+(?:the|that)\s+(?:village|town|camp|base|post|position|barracks|convoy|market|mosque|church|school|"
    r"checkpoint|station|compound|prison|hospital)\b(?!\s+(?:of|in|at|near)\b)", re.IGNORECASE)


def _same_armed_group(mention: Mention, group: _Group) -> bool:
    mine = {a.name for a in mention.actors if not a.name.startswith(_NOT_A_PERPETRATOR)}
    return bool(mine & {a.name for m in group.mentions for a in m.actors})


def _toll_told_again(mention: Mention, group: _Group) -> bool:
    mine = [c.low for c in mention.deaths if c.kind == "killed"]
    theirs = [c.low for m in group.mentions for c in m.deaths if c.kind == "killed"]
    return any(abs(a - b) <= TOLL_TOLD_AGAIN_SHARE * max(a, b) for a in mine for b in theirs if min(a, b) > 1)


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_FIRST_REPORT = re.compile(r"\b(?:initially|first|earlier|early)\b", re.IGNORECASE)


def _more_dead_or_a_later_figure(mention: Mention, siblings: Sequence[Mention]) -> bool:
    """The clause tells more dead ("also died") or the figure after a first report the clause before it gave."""
    base = mention.sentence.start
    own = mention.sentence.text[mention.start - base:mention.end - base]
    return bool(_ALSO.search(own)) or any(
        _FIRST_REPORT.search(m.sentence.text[m.start - base:m.end - base]) for m in siblings)


# "PKK militants killed six soldiers at an outpost in Hakkari on Friday ... In response, Turkish jets hit PKK targets
# in northern Iraq on Friday night": an act the story places in another country than the event's is an event of its
# own there (ACLED codes each event in the country where it happened), even on the same day between the same sides.
def _across_a_border(mention: Mention, group: _Group) -> bool:
    violent = any(t.kind == REPORT and t.tactic in _VIOLENCE for t in mention.triggers)
    abroad = _country_named(mention) if violent and firm_dates(mention.dates) else None
    if abroad is None:
        return False
    theirs = {country for m in group.mentions if (country := _country_named(m))}
    if not theirs and group.home_country:
        theirs = {group.home_country}
    return bool(theirs) and abroad not in theirs


def _country_named(mention: Mention) -> str | None:
    """The country a mention says its act happened in ("in northern Iraq"), not where its attackers came from."""
    text, base = mention.sentence.text, mention.sentence.start
    for place in mention.places:
        if place.cue != "country" or not place.country_hint:
            continue
        before = text[:place.span.start - base][-ORIGIN_LOOKBACK:]
        if text[place.span.end - base:].startswith(("-based", " based")) or _SEAT_BEFORE.search(before):
            continue  # "the Britain-based Syrian Observatory", "a monitor based in Britain": where a source sits
        if not written_as_attackers_origin(before):
            return place.country_hint
    return None


_SEAT_BEFORE = re.compile(r"\b(?:based|headquartered)\s+in\s+(?:the\s+)?$", re.IGNORECASE)


# "White Army youths overran the barracks in Nasir on Tuesday ... Security forces on Tuesday night arrested the
# petroleum minister": arrests reported on their own, with their own day, are their own event (ACLED's Arrests),
# not part of a fight or an attack told the same day; at a protest they are its intervention and stay with it.
_VIOLENCE = frozenset({"attack", "killing", "clash", "territory", "shelling", "air_strike", "ied", "suicide",
                       "bombing", "grenade", "abduction"})


_OVERNIGHT_OPENER = re.compile(r"^\W*overnight\b", re.IGNORECASE)


def _a_later_night(mention: Mention, group: _Group, group_days: Sequence[DateMention]) -> bool:
    """'Overnight, army drones struck positions of the attackers north of Barsalogho' in a Tuesday story about
    Saturday's attack: a sentence that opens on "Overnight" tells the night before the story's day, not the night of
    an event whose days all ended before it, when it tells a kind of act that event has not told."""
    if not _OVERNIGHT_OPENER.match(mention.sentence.text) or mention.start != mention.sentence.start:
        return False
    night = [d for d in mention.dates if d.expression in WEAK_DATE_EXPRESSIONS]
    if not night or any(d.window[1] >= night[0].window[0] for d in group_days):
        return False
    return _first_act_of_an_untold_kind(mention, group)


def _another_named_day(day: DateMention, group_days: Sequence[DateMention]) -> bool:
    """'The number of soldiers killed ... earlier in the week ... attacked on Monday ... On Tuesday, the day after the
    attack, residents marched': a named day is not an event's whose named days are all other days, even when a vaguer
    date it opened with ("earlier in the week") would hold both."""
    named = [d for d in group_days if d.time_precision == 1]
    return day.time_precision == 1 and bool(named) and not any(dates_agree(day, d) for d in named)


def _places_the_unplaced_act(mention: Mention, group: _Group) -> bool:
    """'On Tuesday, Iran struck bases in Pakistan's Balochistan province. The ministry said two children were killed
    in the strike near Panjgur': an event that named no town of its own (only the lead's stands in for it) is placed
    by a later sentence that refers back to it, with no day of its own."""
    own_towns = set().union(*(m.towns for m in group.mentions))
    return not own_towns and not firm_dates(mention.dates) and _is_anaphoric(mention)


def _said_before_it(mention: Mention, group_dates: Sequence[DateMention]) -> bool:
    """'Jets bombed a village in Sagaing on Wednesday ... the Arakan Army said on Tuesday it had captured Paletwa':
    an act already told the day before the event happened is not that event."""
    if not (group_dates and mention.speech_dates) or _is_anaphoric(mention):
        return False  # "condemned Wednesday's attack": the day of the act referred to, not of a statement
    earliest = min(d.window[0] for d in group_dates)  # a dateline's day sits among the event's dates too
    return all(said.window[1] < earliest for said in mention.speech_dates)


_FRONTED_PLACE = re.compile(_FRONTED_PLACE_PATTERN, re.IGNORECASE)  # a sentence opening on a place of its own


def _another_act_in_a_scene_of_its_own(mention: Mention, group: _Group) -> bool:
    """'Jets bombed a village in Sagaing on Wednesday, killing 28. In neighbouring Chin state, the Arakan Army
    captured the town of Paletwa': a report that opens on a place of its own, names a town the event has not named
    and tells a kind of act the event has not told, or dead of its own ("In the city of Nobol, near Guayaquil, two
    police officers were shot dead"), is another event, not a detail of the one before."""
    fronted = _FRONTED_PLACE.match(mention.sentence.text) if mention.reports and mention.place_names else None
    if fronted is None or mention.start != mention.sentence.start or _is_anaphoric(mention):
        return False
    if _an_attack_in_a_district_of_its_own(mention, group, fronted.end()):
        return True
    if not mention.towns:
        return False
    scene = _scene_towns(mention, fronted.end())
    if _towns_told_in_turn(mention, group, scene):
        return True
    group_towns = set().union(*(m.towns for m in group.mentions))
    if scene & group_towns:
        return False
    # dead of its own in another named town; an event that named no town is placed by it ("Protests spread to
    # several cities. In Baghdad, police again fired live ammunition, killing two")
    return bool(mention.deaths and group_towns) or _first_act_of_an_untold_kind(mention, group)


def _towns_told_in_turn(mention: Mention, group: _Group, scene: set[str]) -> bool:
    """'Armed men attacked Kumbi, Sadu Yengkhuman and Thamnapokpi on Sunday night ... In Kumbi, attackers fired on
    houses ... In Sadu Yengkhuman, gunmen fired from the hills': once the event has a paragraph opening on one town,
    a report of violence opening on another town tells that town's act, even when the lead listed both (not a
    crowd's town: protests told town by town keep their own reading)."""
    if not any(t.tactic in _VIOLENCE and t.live for t in mention.triggers):
        return False
    told = set()
    for other in group.mentions:
        opened = _FRONTED_PLACE.match(other.sentence.text) if other.start == other.sentence.start else None
        if opened is not None:
            told |= _scene_towns(other, opened.end())
    return bool(told) and not told & scene


def _an_attack_in_a_district_of_its_own(mention: Mention, group: _Group, fronted_end: int) -> bool:
    """'The deadliest attack took place in the Musakhel district, where gunmen stopped buses ... In the Kalat
    district, militants attacked a police station': a wave of attacks told district by district; a report of
    violence that opens on a district or region of its own, when the event has named another, is another act."""
    end = mention.sentence.start + fronted_end
    scene = {p.name.lower() for p in mention.places if p.cue not in ("country", "dateline") and p.span is not None
             and p.span.start < end}
    named = set().union(*(m.place_names for m in group.mentions))
    return bool(scene and named and not scene & named) and any(
        t.kind == REPORT and t.tactic in _VIOLENCE for t in mention.triggers)


def _scene_towns(mention: Mention, fronted_end: int) -> set[str]:
    """The towns the opening phrase names ("In the city of Nobol, near Guayaquil, two police officers were shot
    dead": Nobol; the town it is near is a landmark, not the scene), or all the mention's towns when it names none."""
    end = mention.sentence.start + fronted_end
    scene = {p.name.lower() for p in mention.places if p.cue in ("in", "near") and p.span is not None
             and p.span.start < end}
    return scene or mention.towns


def _arrests_beside_violence(mention: Mention, group: _Group) -> bool:
    reported = [t for t in mention.triggers if t.kind == "report"]
    if {t.tactic for t in reported} != {"arrest"} or _is_anaphoric(mention) or any(_passive(t, mention) for t in reported):
        return False  # "images of 20 men it said had been arrested": the attackers caught, told as the act's outcome
    if not any(d.span.start >= mention.sentence.start for d in firm_dates(mention.dates)):
        return False  # "The police arrested a suspect and seized two pistols": the operation's own arrests
    told = {t.tactic for m in group.mentions for t in m.triggers}
    return bool(told & _VIOLENCE) and not told & _CROWD_ACTS and "arrest" not in told


def _only_a_month(dates: Sequence[DateMention], group_day: DateMention) -> bool:
    return group_day.time_precision == 1 and all(d.time_precision == 3 for d in dates)


_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|be)\s+$", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _passive(trigger: Trigger, mention: Mention) -> bool:
    start = trigger.span.start - mention.sentence.start
    return bool(_PASSIVE_BEFORE.search(mention.sentence.text[max(0, start - 12):start]))


def _its_weapon_again(mention: Mention, group: _Group) -> bool:
    """'... the missiles hit the home of a businessman in a residential district': the event's own weapon named
    again with "the" tells where it struck, not a new act in another place."""
    weapons = {t.tactic for m in group.mentions for t in m.triggers} & _SPECIFIC_WEAPONS
    return any(t.tactic in weapons and t.noun and _definite_before(t, mention) for t in mention.triggers)


def _definite_before(trigger: Trigger, mention: Mention) -> bool:
    start = trigger.span.start - mention.sentence.start
    return bool(_DEFINITE_BEFORE.search(mention.sentence.text[max(0, start - 30):start]))


# "Gunmen stormed the hotel on Friday night ... Security forces ended the siege in the early hours of Saturday": one
# act told across midnight. A mention dated to the small hours of the day after an event told at night, with no
# dead of its own, is still that event (ACLED dates it to the day it began).
_NIGHT = re.compile(r"\b(?:night|evening|late on|p\.?m\b|midnight|after dark)", re.IGNORECASE)
_SMALL_HOURS = re.compile(
    r"\b(?:early hours|small hours|dawn|daybreak|first light|midnight|early on|morning|[1-5](?:[.:]\d\d)?\s*a\.?m\b)",
    re.IGNORECASE)
NIGHT_CUE_REACH = 30  # characters either side of a date searched for its time of day ("at about 10.30 p.m. on Friday")


def _same_night(mention: Mention, day: DateMention, group: _Group, group_day: DateMention) -> bool:
    if (day.day - group_day.day).days != 1 or any(c.kind == "killed" for c in mention.deaths):
        return False
    told_in = next((m for m in group.mentions if group_day in m.dates), None)
    return told_in is not None and bool(_NIGHT.search(_around(told_in, group_day))) \
        and bool(_SMALL_HOURS.search(_around(mention, day)))


def _around(mention: Mention, day: DateMention) -> str:
    start = day.span.start - mention.sentence.start
    end = day.span.end - mention.sentence.start
    return mention.sentence.text[max(0, start - NIGHT_CUE_REACH):end + NIGHT_CUE_REACH]


# "Gunmen attacked the ship on Monday evening ... In the early hours of Monday, warplanes struck the port": the same
# day at another time of day, reporting another kind of act, is another event (the merge the brief names: a
# shooting and that night's rampage). Parts of the day, read beside each date in its own clause.
_PARTS_OF_DAY = (
    ("small hours", re.compile(r"\b(?:early hours|small hours|dawn|daybreak|first light|[1-5](?:[.:]\d\d)?\s*a\.?m\b)",
                               re.IGNORECASE)),
    ("morning", re.compile(r"\b(?:morning|(?:[6-9]|1[01])(?:[.:]\d\d)?\s*a\.?m\b)", re.IGNORECASE)),
    ("afternoon", re.compile(r"\b(?:afternoon|midday|noon)\b", re.IGNORECASE)),
    ("night", re.compile(r"\b(?:night|evening|late on|after dark|dusk|(?:[1-9]|1[0-2])(?:[.:]\d\d)?\s*p\.?m\b)",
                         re.IGNORECASE)),
)


def _another_act_at_another_hour(mention: Mention, day: DateMention, group: _Group, group_day: DateMention) -> bool:
    if day.day != group_day.day or not mention.reports or _is_anaphoric(mention):
        return False
    told_in = next((m for m in group.mentions if group_day in m.dates), None)
    if told_in is None:
        return False
    reported = {t.tactic for t in mention.triggers if t.kind == "report"} - _TOO_GENERAL
    told = {t.tactic for m in group.mentions for t in m.triggers}
    if not reported or _kinds(reported) & _kinds(told):
        return False  # read before the parts of the day, which cost more (speed only)
    mine, theirs = _part_of_day(mention, day), _part_of_day(told_in, group_day)
    return mine is not None and theirs is not None and mine != theirs


def _part_of_day(mention: Mention, day: DateMention) -> str | None:
    """The part of the day written beside a date, inside its own clause ("on Monday evening", "In the early hours
    of Monday,")."""
    around = _around(mention, day)
    before, after = around.split(day.span.text, 1) if day.span.text in around else ("", "")
    clause = re.split(r"[,;]", before)[-1] + day.span.text + re.split(r"[,;]", after)[0]
    return next((part for part, words in _PARTS_OF_DAY if words.search(clause)), None)


# "In Eldoret, protesters marched...": a place that opens the sentence sets a new scene. Set from the sentences
# we wrote for tests/extract/test_grouping.py: "In <Town>," fits in 15 characters for most names; a place named
# later in the sentence ("forced to stop near Katari") is detail of the event just told.
FRONTED_PLACE_WITHIN_CHARS = 15


# A count of the dead someone gives ("Hospital officials said an eighth child had died", "the rebels said only
# eight civilians died", "rescuers recovered 36 bodies"): who says it, and deaths told as a state, not an act.
_ATTRIBUTED = re.compile(r"\b(?:said|says|say|told|according to|put the|confirmed|reported|estimated|figures?|"
                         r"reports?)\b", re.IGNORECASE)
_DEATH_AS_STATE = re.compile(
    r"(?:\b(?:was|were|been|be|being)\s+(?:\w+\s+)?(?:killed|shot dead)|\bdied|\bdead|\bdeaths?|\bbodies|\btoll|"
    r"\bof\s+(?:[\w-]+\s+){1,3}killed)$",  # "spoke of five officers killed"
    re.IGNORECASE,
)
_DEATH_TACTICS = frozenset({"killing", "toll"})
# "...said 17 people had died, and that several of the 16 wounded were in a critical condition": the wounded
# counted beside the dead are part of the same figure, not another act.
_WOUNDS = frozenset({"wounded", "injured", "hurt"})


def is_toll_statement(mention: Mention) -> bool:
    """A figure for the dead of an event told before, not a new act: deaths only, told as a state ("had been
    killed", "died", "bodies"), attributed to a source, with no firm date of its own. It joins the event told
    last whatever town it names (where the dead were counted) and whenever it was said."""
    counts = [t for t in mention.triggers if t.span.text.lower() not in _WOUNDS and not _names_the_act_died_in(t, mention)]
    tactics = {t.tactic for t in counts}
    if not tactics or not tactics <= _DEATH_TACTICS or firm_dates(mention.dates):
        return False
    text, offset = mention.sentence.text, mention.sentence.start
    if not _ATTRIBUTED.search(text):
        return False
    return all(t.tactic == "toll" or _DEATH_AS_STATE.search(text[:t.span.end - offset]) for t in counts)


# "... said on Saturday that 54 soldiers had died in the attack on the position": the noun after "died in the" names
# the act told before that the dead died in; it is no other act of the statement's (round nineteen).
_DIED_IN_THE = re.compile(r"\b(?:died|killed|dead|lost\s+their\s+lives)\s+(?:in|during)\s+(?:the|that|this)\s+"
                          r"(?:[\w-]+\s+){0,1}$", re.IGNORECASE)


def _names_the_act_died_in(trigger: Trigger, mention: Mention) -> bool:
    if not trigger.noun or trigger.kind == REPORT:
        return False
    start = trigger.span.start - mention.sentence.start
    return bool(_DIED_IN_THE.search(mention.sentence.text[max(0, start - 40):start]))


# Deaths that follow the act, told after it: "One of the injured died in hospital on Sunday", "a soldier later
# succumbed to his wounds", "On Wednesday residents found the bodies of six more villagers", "Six more bodies were
# found". ACLED adds them to the act's toll, whatever day they were told or found on (not "four more were killed",
# a new killing of its own).
_DIED_LATER = r"(?:died|succumbed|passed\s+away)"  # the verbs of a death after the act
DEATH_AFTER_THE_ACT = re.compile(
    r"\bof\s+the\s+(?:[\w-]+\s+){0,4}?(?:injured|wounded|(?:burned|burnt|injured|wounded)\s+victims)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _DIED_LATER + r"\b|"
    r"\b" + _DIED_LATER + r"\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:wounds|injuries)\b|"
    r"\b(?:bodies|corpses)\s+of\s+(?:[\w-]+\s+)?more\b|\bmore\s+(?:bodies|corpses)\b|"
    # "Five officers were killed at the scene, and three others died later in hospital"
    r"\b(?:more|others?|further)\s+(?:[\w-]+\s+)?" + _DIED_LATER + r"\s+(?:later\b|in\s+(?:a\s+|the\s+)?hospital\b)",
    re.IGNORECASE,
)


def _death_after_the_act(mention: Mention) -> bool:
    """A clause telling only deaths that followed an act told before (the wounded who died, more bodies found),
    before any other death ("On Tuesday gunmen killed three traders, and two more died later" is a new act)."""
    if _later_victim_died(mention):
        return True
    deaths = [t for t in mention.triggers if t.span.text.lower() not in _WOUNDS]
    if not {t.tactic for t in deaths} <= _DEATH_TACTICS or not (deaths or mention.deaths):
        return False  # (no trigger of death: "four of the wounded had since died" read by the fatalities extractor)
    base = mention.sentence.start
    found = DEATH_AFTER_THE_ACT.search(mention.sentence.text, mention.start - base, mention.end - base)
    return found is not None and all(t.span.end > base + found.start() for t in deaths)


# Round twelve: a victim of the act told before dies, in any wording: the subject names the victim as one more
# ("a fifth protester", "another victim", "two more worshippers") or as already hurt ("a girl who had been shot in
# the chest", "a man injured in the shooting"), and the verb is a death with no cause of its own after it. The act
# inside the subject ("who had been shot") is the earlier act's; a cause after the verb ("died when their truck hit
# a mine") makes a new act, and so does a subject with no such cue ("two farmers died on Tuesday").
_ORDINALS = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
_LATER_VICTIM_DIED = re.compile(
    r"(?:\b(?:an?other|(?:one|two|three|four|five|six|\d+)\s+more|(?:a|the)\s+(?:" + _ORDINALS + r"))\s+"
    # "a third victim, a 12-year-old boy hit in the chest, died": an apposition between the victim and the verb
    r"(?:(?:[\w-]+\s+){0,2}?|[\w-]+,\s+[^,.;]{1,60},\s+)|"
    r"\b(?:who|which)\s+had\s+been\s+(?:\w+\s+)?(?:shot|wounded|injured|hurt|burned|burnt|stabbed|hit)\b"
    r"[^.;]{0,50}?|"
    r"\b(?:wounded|injured|hurt|burned|burnt)\s+(?:in|during|by)\s+(?:the|that|this|[\w-]+['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?)"
    r"(?:later\s+)?(?:" + _DIED_LATER + r"|lost\s+(?:his|her|their)\s+li(?:fe|ves))\b|"
    r"\bdeath\s+(?:on\s+\w+\s+)?of\s+(?:a|an|one|another)\s+(?:(?!and\b)[\w-]+\s+)?(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)
_LATER_VICTIM_NEEDS = gate_words(_LATER_VICTIM_DIED)  # speed only: read off the pattern


def _later_victim_died(mention: Mention) -> bool:
    return later_victim_phrase(mention) is not None


def later_victim_phrase(mention: Mention) -> re.Match[str] | None:
    """'A fifth worshipper died in hospital on Tuesday', 'a girl who had been shot in the chest died on Sunday':
    the words telling a later death of the act told before (offsets in the mention's clause), when no trigger of
    its own follows the death (see ``_LATER_VICTIM_DIED``)."""
    base = mention.sentence.start
    clause = mention.sentence.text[mention.start - base:mention.end - base]
    if not may_hold_any(clause, _LATER_VICTIM_NEEDS):
        return None
    found = _LATER_VICTIM_DIED.search(clause)
    if found is None:
        return None
    told_at, verb_end = mention.start + found.start(), mention.start + found.end()
    reports = [t for t in mention.triggers if t.kind == REPORT]
    if any(t.span.start < told_at for t in reports):
        return None  # "On Tuesday gunmen killed three traders, and two more died later": a new act's own dead
    if any(t.span.start >= verb_end and t.tactic not in _DEATH_TACTICS for t in reports):
        return None
    return found


def _last_told_deaths_or_violence(groups: list[_Group], last: _Group) -> _Group | None:
    """'... killed at least 100 villagers. Videos showed the bodies before a mass burial on Thursday. Three more of
    the wounded died later in hospital': the deaths that followed belong to the act told last, past an aftermath
    (a burial, a funeral) told in between as an event of its own."""
    if _told_deaths_or_violence(last):
        return last
    before_last = groups[:groups.index(last)] if last in groups else groups
    return next((g for g in reversed(before_last) if _told_deaths_or_violence(g)), None)


def _told_deaths_or_violence(group: _Group) -> bool:
    told = {t.tactic for m in group.mentions for t in m.triggers}
    return bool(told & _VIOLENCE) or any(m.deaths for m in group.mentions)


# "Hours later, gunmen attacked soldiers in Mondoro", "The same morning, ...": a sentence that opens on a time
# tells a new act (the event told before needs no new time). So does one that opens on the other side's answer ("In
# response, army units shelled ...") and a live blog's time-stamped entry ("19:45 – Hezbollah says ...").
_NEXT_IN_TIME = (
    r"^\W*(?:(?:\w+ |a few |several )?(?:hours|days|minutes|weeks) later|an? (?:hour|day|week) later|later|then|"
    r"(?:shortly|soon|immediately) after(?:wards)?|afterwards|"
    r"earlier|(?:the same|that|later that|earlier that) (?:day|morning|afternoon|evening|night)|the (?:following|next) "
    r"(?:day|morning|evening|night)|the day after|in (?:response|retaliation|reply)|in a (?:counter-?attack|"
    r"counter-?offensive|response|retaliatory [\w-]+)|retaliating|responding)\b")
_LATER_OPENER = re.compile(
    _NEXT_IN_TIME + r"|^\W*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|local(?: time)?|[ap]\.?m\.?))?\s*[–—:|-]\s",
    re.IGNORECASE,
)
# The same openers without a live blog's time stamps: an entry retells the blog's act as often as it tells another.
_NEXT_IN_TIME_OPENER = re.compile(_NEXT_IN_TIME, re.IGNORECASE)


# Round twenty-three: when do two mentions name the same act? A sentence that opens on what came next ("The next day",
# "Shortly afterwards", "In response") and whose act is done by another side than the event's ("Separatists killed
# five soldiers near Ndop ... The next day, soldiers searching for the attackers shot dead four civilians"; "An Israeli
# strike killed three girls ... Shortly afterwards, Hezbollah fired a salvo of rockets at Kiryat Shmona") tells a
# second act, not the first told on: the sides of an act are what ACLED codes it by. The event's own participants
# ("The next day, the attackers torched the houses", "they", "gunmen" retold) and a side named only as its victims
# (civilians) are no other side.
def _next_act_by_another_side(mention: Mention, group: _Group) -> bool:
    text = mention.sentence.text
    if mention.start != mention.sentence.start or not mention.reports:
        return False
    opener = _NEXT_IN_TIME_OPENER.match(text)  # anchored: tried at the sentence's start only (speed)
    return opener is not None and not _participants_after(text[opener.end():]) and _by_another_side(mention, group)


def _by_another_side(mention: Mention, group: _Group) -> bool:
    """The mention's act is done by another actor than the event's (both named)."""
    if _tells_only_a_count(mention):
        return False
    mine = _agent(mention)
    if mine is None or mine.startswith("Unidentified"):
        return False  # "gunmen" told again are the event's attackers as often as others
    theirs = next((agent for m in group.mentions if (agent := _agent(m)) is not None), None)
    return theirs is not None and theirs != mine


def _another_side_elsewhere(mention: Mention, group: _Group) -> bool:
    """'Masked gunmen stormed a television studio in Aden ... The coalition said its aircraft had carried out 13
    strikes on Houthi positions south of Marib, killing more than 90 of the rebels': an act in another town, done by
    another side with dead of its own, is another act, even with no day of its own; not a source's retelling of the
    event's act."""
    if not mention.deaths or not any(t.live and t.kind == REPORT and t.tactic in _VIOLENCE for t in mention.triggers):
        return False
    return not is_toll_statement(mention) and not _a_source_retells_it(mention, group) \
        and _by_another_side(mention, group)


def _tells_only_a_count(mention: Mention) -> bool:
    """'Later, the defence ministry said 34 soldiers had died': its first act is a death told as a state, a count
    that names no one who acted (the ministry only speaks)."""
    verbs = [t for t in mention.triggers if t.kind == REPORT and t.live and not t.noun]
    first = min(verbs, key=lambda t: t.span.start) if verbs else None
    text, offset = mention.sentence.text, mention.sentence.start
    return first is not None and first.tactic in _DEATH_TACTICS and bool(
        _DEATH_AS_STATE.search(text[:first.span.end - offset]))


def _participants_after(rest: str) -> bool:
    """What follows an opener on time names the event's own participants ("the attackers", "they")."""
    rest = re.sub(r"^(?:\s+(?:the|that|this)\s+[\w-]+)?\s*,?\s*", "", rest)
    return bool(_PARTICIPANT_ANAPHOR.match(rest) or re.match(r"(?:they|he|she)\b", rest, re.IGNORECASE))


def _agent(mention: Mention) -> str | None:
    """Who does the mention's act: the first actor its clause names before its first act verb ("Anglophone
    separatists killed five soldiers", "soldiers searching for the attackers shot dead four civilians": the separatists,
    the soldiers), never the victims ("civilians"); none for an act told only with a noun."""
    verbs = [t.span.start for t in mention.triggers if t.kind == REPORT and t.live and not t.noun]
    if not verbs:
        return None
    first_verb = min(verbs)
    before = [a for a in mention.actors if a.span is not None and a.span.end <= first_verb
              and a.span.start >= mention.start and not a.name.startswith(("Civilians", "Protesters", "Rioters"))]
    return min(before, key=lambda a: a.span.start).name if before else None


# "Troops later repelled an attack on a base in Hombori", "Militants subsequently ambushed a patrol near X": "later"
# between the subject and its verb tells an act that followed the one told before, as the sentence-opening "Later,
# ..." does (``_LATER_OPENER``); not when the subject is the event's own participants ("and the gunmen later opened
# fire on the drivers", "they later burned the lorries"): that is the act told on.
_LATER_BEFORE_VERB = re.compile(r"\b(?:later|subsequently|afterwards)\s+$", re.IGNORECASE)
_LATER_BEFORE_VERB_NEEDS = gate_words(_LATER_BEFORE_VERB)  # speed only: read off the pattern, never kept by hand
LATER_BEFORE_VERB_REACH = 14  # characters before a verb searched for "later " (the adverb right before it)
PARTICIPANTS_BEFORE_LATER_REACH = 40  # characters before the adverb searched for "the gunmen", "they"
_OWN_PARTICIPANTS_BEFORE = re.compile(
    r"(?:\b(?:the|these|those)\s+(?:\w+\s+)?(?:attackers?|assailants?|gunm[ae]n|militants?|jihadists?|"
    r"insurgents?|rebels?|fighters?|raiders?|kidnappers?|abductors?|bandits?)|\bthey)\s+$", re.IGNORECASE)


def _act_told_as_later(mention: Mention) -> bool:
    text, base = mention.sentence.text, mention.sentence.start
    if not may_hold_any(text, _LATER_BEFORE_VERB_NEEDS):
        return False
    for verb in (t.span.start - base for t in mention.triggers if t.kind == "report" and not t.noun and t.live):
        later = _LATER_BEFORE_VERB.search(text[max(0, verb - LATER_BEFORE_VERB_REACH):verb])
        if later is None:
            continue
        adverb = max(0, verb - LATER_BEFORE_VERB_REACH) + later.start()
        if not _OWN_PARTICIPANTS_BEFORE.search(text[max(0, adverb - PARTICIPANTS_BEFORE_LATER_REACH):adverb]):
            return True
    return False


def _detail_of_told_event(mention: Mention) -> bool:
    """A report in another town that adds detail to the event told before it rather than telling a new one:
    no dead of its own, no new time, and it refers back to the event's participants ("The fighters attacked the
    bus near Al-Mayadin") or has no date either and does not open with its place ("two officers were airlifted
    to Nairobi")."""
    if any(c.kind == "killed" for c in mention.deaths) or _LATER_OPENER.search(mention.sentence.text):
        return False  # dead of its own in another town: another act ("the militants also killed three in Gao");
        # attackers killed ("a bomber blew himself up at the hotel gate") died in the act already told
    if _act_told_as_later(mention):
        return False
    if _is_anaphoric(mention):
        return True
    if mention.dates:
        return False
    return not any(p.span.start - mention.sentence.start <= FRONTED_PLACE_WITHIN_CHARS
                   for p in mention.places if p.cue in ("in", "near"))


# Weapons that make distinct sub-event types: a grenade mention does not join a roadside-bomb event.
_SPECIFIC_WEAPONS = frozenset({"suicide", "air_strike", "shelling", "ied", "grenade"})


def _other_weapon(mention: Mention, group: _Group) -> bool:
    mine = {t.tactic for t in mention.triggers} & _SPECIFIC_WEAPONS
    theirs = {t.tactic for m in group.mentions for t in m.triggers} & _SPECIFIC_WEAPONS
    return bool(mine and theirs and not mine & theirs and not _is_anaphoric(mention))


def _of_another_day(mention: Mention, group: _Group, paragraph_day: DateMention | None) -> bool:
    """An undated report naming a town, in a paragraph that told another day than the event's, is not that
    event's for sharing its town ("In Baghdad, police again fired..." after "Protests resumed on Wednesday"),
    unless it refers back to it or only gives its toll."""
    theirs = firm_dates(group.dates)
    if paragraph_day is None or not mention.place_names or not theirs or dates_agree(paragraph_day, theirs[0]):
        return False
    return not _is_anaphoric(mention) and not is_toll_statement(mention)


def _dated_otherwise(mention: Mention, group: _Group) -> bool:
    """'In Lagos, hundreds gathered at Ikeja... On Friday smaller crowds gathered in Lagos': an undated event takes
    the day the story told last before it; a new mention of another day that does not refer back to it is
    another event, even in the same town."""
    implicit = group.story_date
    if implicit is None or _is_anaphoric(mention):
        return False
    return not dates_agree(firm_dates(mention.dates)[0], implicit)


def _shares_anchor(mention: Mention, group: _Group) -> bool:
    same_place = bool(mention.place_names & set().union(*(m.place_names for m in group.mentions)))
    same_day = bool(mention.dates and group.dates and mention.dates[0].day == group.dates[0].day)
    return same_place or same_day


# A reference names the kind of act it speaks of; these tactics are one kind ("the bombing" of a suicide attack).
_EXPLOSIVE_KIND = frozenset({"suicide", "bombing", "ied", "grenade"})
_TOO_GENERAL = frozenset({"attack", "killing", "claim", "toll"})


def _same_kind_of_act(mention: Mention, group: _Group) -> bool:
    mine = {t.tactic for t in mention.triggers} - _TOO_GENERAL
    theirs = {t.tactic for m in group.mentions for t in m.triggers}
    return bool(mine and _kinds(mine) & _kinds(theirs))


def _kinds(tactics: set[str]) -> set[str]:
    return tactics | _EXPLOSIVE_KIND if tactics & _EXPLOSIVE_KIND else tactics


def _bare_account_of_participants(mention: Mention) -> bool:
    """'The minister said the army had repelled the attackers': no date, no place, only the participants of an
    event told before; it belongs to the event of its kind of act, not to a side event told in between."""
    return not mention.dates and not mention.place_names and bool(_PARTICIPANT_AFTER.search(mention.sentence.text))


def _brings_news(mention: Mention) -> bool:
    """A report with its own date and no back-reference is a new event, and so is one that opens on a time counted
    from the told event and names its own place ("Hours before the jailbreak, gunmen ambushed a convoy near
    Dutsin-Ma"). (A report that only names a town joins the event before it unless that event names another town,
    which ``_compatible`` rules out.)"""
    if not mention.reports:
        return False
    opens_on_time = mention.start == mention.sentence.start and _TIME_FROM_THE_EVENT.search(mention.sentence.text)
    if opens_on_time and mention.place_names:
        return True  # "before the jailbreak" refers back only to count the time from it
    # a date carried from the scene-setting sentence before (``mentions._in_the_scene_before``) dates the act but
    # brings no news of its own: the lead told that act without it
    own_dates = [d for d in mention.dates if d.span.start >= mention.sentence.start]
    return bool(own_dates) and not _is_anaphoric(mention)


def _timed_from_it_elsewhere(mention: Mention, group: _Group) -> bool:
    """'Hours before the shooting in Irapuato, gunmen killed a police officer in the neighbouring city of Salamanca':
    a report opening on a time counted from the told event names that event's town only to count from it; a town
    of its own beside it is where its act happened (round nineteen)."""
    opener = _TIMED_FROM_THE_ACT_IN.match(mention.sentence.text) if mention.start == mention.sentence.start else None
    if opener is None or not mention.deaths:
        return False
    return bool(mention.towns - set().union(*(m.towns for m in group.mentions)))


_TIMED_FROM_THE_ACT_IN = re.compile(
    r"\W*(?i:(?:\w+ |a few |several )?(?:hours|days|minutes)|an? (?:hour|day)) (?:before|after) the [\w-]+ (?:in|at) "
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,")


def _another_act_counted_from(mention: Mention, group: _Group) -> bool:
    """'Hours after the bombing, looters ransacked shops': a report opening on a time counted from the event just
    told, of a kind of act that event has not told, is an act of its own (a riot is not part of the bombing)."""
    opener = _TIME_FROM_THE_EVENT.search(mention.sentence.text)
    if mention.start != mention.sentence.start or opener is None:
        return False
    if _participants_after(mention.sentence.text[opener.end():]):
        return False  # "Hours later, the attackers set fire to the depot": the same act's participants
    return _first_act_of_an_untold_kind(mention, group)


def _first_act_of_an_untold_kind(mention: Mention, group: _Group) -> bool:
    """The mention's first reported act is of a kind the event has not told. For a crowd's event, only a crowd of
    its own: force on a crowd ("Hours later, police fired tear gas at them", "In Baghdad, police again fired") is
    the crowd's event."""
    reported = [t for t in mention.triggers if t.kind == "report" and t.blocked_by is None]
    told = {t.tactic for m in group.mentions for t in m.triggers}
    if told & _CROWD_ACTS:
        return _a_crowd_of_its_own(reported)
    # the clause's first act is what it tells ("settlers went on a rampage ..., and a man was shot dead")
    return bool(reported) and not _kinds({min(reported, key=lambda t: t.span.start).tactic}) & _kinds(told)


# The force a crowd met ("fired tear gas", "to disperse them", "broke up the rally") is told of the crowd before it.
_FORCE_ON_A_CROWD = re.compile(r"\b(?:tear|disperse\w*|water cannons?|rubber bullets|batons|broke|broken|cleared)\b",
                               re.IGNORECASE)


def _a_crowd_of_its_own(reported: Sequence[Trigger]) -> bool:
    """'In the southern city of Najaf, protesters rallied peacefully outside the consulate', after a crowd in Baghdad:
    a crowd acting in a scene of its own is another crowd's event; force on a crowd there is the first crowd's."""
    crowd = [t for t in reported if t.tactic in _CROWD_ACTS]
    return bool(crowd) and not any(_FORCE_ON_A_CROWD.search(t.span.text) for t in crowd)


_TIME_FROM_THE_EVENT = re.compile(
    r"^\W*(?:(?:\w+ |a few |several )?(?:hours|days|minutes)|an? (?:hour|day)) (?:later|before|after|earlier)\b",
    re.IGNORECASE,
)


# "The attackers arrived late on Friday": a definite reference to the participants of the event just told.
_PARTICIPANT_ANAPHOR = re.compile(
    r"^\W*(?:the|these|those)\s+(?:\w+\s+)?(?:attackers?|assailants?|gunm[ae]n|militants?|jihadists?|insurgents?|"
    r"rebels?|fighters?|raiders?|kidnappers?|abductors?|bombers?|victims?|protesters|demonstrators|rioters)\b",
    re.IGNORECASE,
)


_PARTICIPANT_AFTER = re.compile(
    r"\b(?:repelled|repulsed|pushed back|fought off|routed|chased)[\"”’']?\s+(?:the|these|those)\s+(?:\w+\s+)?"
    r"(?:attackers?|assailants?|gunm[ae]n|militants?|jihadists?|insurgents?|rebels?|fighters?|raiders?)\b",
    re.IGNORECASE,
)


def _is_anaphoric(mention: Mention) -> bool:
    text = mention.sentence.text
    if mention.start == mention.sentence.start and _PARTICIPANT_ANAPHOR.search(text):
        return True
    for trigger in mention.triggers:
        if trigger.noun:
            before = text[max(0, trigger.span.start - mention.sentence.start - 40):trigger.span.start - mention.sentence.start]
            if _ANAPHOR_BEFORE.search(before) and not re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}$", before, re.I):
                return True
    return False

