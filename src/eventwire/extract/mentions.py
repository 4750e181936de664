"""Mentions: the clauses that speak of an event, each with the dates, tolls, places, actors and claims in it.

A sentence with a live trigger is one mention; one that reports two separate tolls ("two soldiers were killed
by a roadside bomb and a French soldier was killed by an IED") or two dates that cannot be one day is cut
into clauses. Dates after verbs of saying, history dates and multi-year totals are kept apart here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Sequence

from eventwire.extract.context import ArticleContext, date_key, is_event_date, is_history, span_key
from eventwire.extract.cues import since_old_time_when
from eventwire.extract.dates import ACT_WORD_REACH, counted_anchor, is_aftermath_of_an_act, named_day
from eventwire.extract.detect import (
    CLASSIFIED,
    CLASSIFIER_ALONE_EVENT_AT,
    CROWD_TACTICS,
    REPORT,
    SHORT_REPORT_WHOLE_EVENT_AT,
    Detection,
    Trigger,
    classified_trigger,
    classifier_candidates,
    detect_sentence,
    find_sentence_triggers,
    whole_report_reads_an_act,
    whole_report_trigger,
)
from eventwire.extract.fatalities.rules import TOLL_GIVEN
from eventwire.extract.fatalities.words import VAGUE_COUNTS
from eventwire.extract.gates import gate_words
from eventwire.extract.lexicon import may_hold_any
from eventwire.extract.numbers import parse_number
from eventwire.extract.places import find_places, headline_places
from eventwire.extract.roles.claims import DEFENDED_AFTER
from eventwire.extract.sentences import Sentence
from eventwire.records import ActorMention, CasualtyMention, DateMention, PlaceMention, Span

KILLED_KINDS = frozenset({"killed", "attackers_killed"})
# "..., a day after": the act told after it is another event, a day earlier (``_share_dates``).
_CLAUSE_JOINT = re.compile(
    r",\s+(?:a|one|two|three|four|five|six|[2-6])\s+days?\s+after\s+|,?\s+(?:and|while|whereas|but)\s+|;\s*",
    re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """One clause that speaks of an event, with everything found in it."""

    start: int
    end: int
    sentence: Sentence
    detection: Detection
    triggers: tuple[Trigger, ...]
    dates: tuple[DateMention, ...]
    casualties: tuple[CasualtyMention, ...]
    places: tuple[PlaceMention, ...]
    actors: tuple[ActorMention, ...]
    claims: tuple[ActorMention, ...] = ()
    clause_of_split: bool = False
    speech_dates: tuple[DateMention, ...] = ()

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(
            self, start: int, end: int, sentence: Sentence, detection: Detection, triggers: tuple[Trigger, ...],
            dates: tuple[DateMention, ...], casualties: tuple[CasualtyMention, ...], places: tuple[PlaceMention, ...],
            actors: tuple[ActorMention, ...], claims: tuple[ActorMention, ...] = (), clause_of_split: bool = False,
            speech_dates: tuple[DateMention, ...] = ()
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "detection", detection)
        object.__setattr__(self, "triggers", triggers)
        object.__setattr__(self, "dates", dates)
        object.__setattr__(self, "casualties", casualties)
        object.__setattr__(self, "places", places)
        object.__setattr__(self, "actors", actors)
        object.__setattr__(self, "claims", claims)
        object.__setattr__(self, "clause_of_split", clause_of_split)
        object.__setattr__(self, "speech_dates", speech_dates)

    @property
    def reports(self) -> bool:
        return any(t.kind == REPORT for t in self.triggers)

    @property
    def deaths(self) -> tuple[CasualtyMention, ...]:
        return tuple(c for c in self.casualties if c.kind in KILLED_KINDS)

    @property
    def towns(self) -> set[str]:
        return {p.name.lower() for p in self.places if p.cue in ("in", "near")}

    @property
    def place_names(self) -> set[str]:
        """Every place named, whatever the cue ("the area of Zolote-5" and "near Zolote-5" are one place)."""
        return {p.name.lower() for p in self.places if p.cue not in ("country", "dateline")}


def find_mentions(context: ArticleContext, whole_report_at: float = SHORT_REPORT_WHOLE_EVENT_AT) -> list[Mention]:
    """Every mention of an act in the article; a short report with none that may be an event is read whole at
    ``whole_report_at`` (``_short_report_read_whole``; the fitting script passes other values)."""
    mentions: list[Mention] = []
    all_triggers = find_sentence_triggers(context.text, context.sentences, context.published)
    context.readings.queue(classifier_candidates(context.sentences, all_triggers))  # one batch (speed only)
    previous: Sentence | None = None  # the sentence before, when it made no mention
    alone_at = _alone_event_at(context, all_triggers)
    short = _short_report_without_an_act(context, all_triggers)
    crowd_told = False  # a protest or a riot was told before: a crowd "also held" elsewhere is told again
    opening: Sentence | None = None  # the first sentence of the current paragraph
    history_paragraphs: dict[int, bool] = {}  # paragraph -> whether its first sentence tells history only
    for sentence, triggers in zip(context.sentences, all_triggers):
        if opening is None or opening.paragraph != sentence.paragraph:
            opening = sentence
        found = _sentence_mentions(sentence, triggers, context, alone_at, short, after_an_act=bool(mentions))
        if not found and crowd_told:
            found = _crowd_told_again(sentence, triggers, context)
        crowd_told = crowd_told or any(t.tactic in CROWD_TACTICS and t.kind == REPORT for m in found
                                       for t in m.triggers)
        found = _in_the_scene_before(found, previous, sentence, context) if previous else found
        found = _in_a_paragraph_of_history(found, opening, sentence, context, history_paragraphs)
        found = _counted_back_from_the_act_before(found, mentions, sentence, context.text)
        mentions.extend(_counted_from_the_act_before(found, mentions, sentence))
        previous = None if found else sentence
    if len(context.sentences) <= SHORT_REPORT_SENTENCES and not any(_may_be_an_event(m) for m in mentions):
        return _short_report_read_whole(context, whole_report_at) or mentions
    return mentions


def _may_be_an_event(mention: Mention) -> bool:
    """Whether assemble may make an event of the mention (a detected act or a dated one; not a bare reference)."""
    return mention.detection.is_event or bool(mention.dates)


# "A car bomb exploded on Monday ... The president condemned it on Tuesday. Hours after the bombing, looters
# ransacked shops": an undated act that opens on a time counted from an act told before happened that act's day, not
# the day of the statement told in between (when it names no place of its own).
_HOURS_FROM_AN_ACT = re.compile(
    r"^\W*(?:(?:\w+ |a few |several )?(?:hours|minutes)|an hour|moments|shortly) (?:later|after(?: the| that)?)\b",
    re.IGNORECASE,
)


# "Hours after the attack on the church, the same group of rebels ... killed five people in the village of Machongani,
# about 10 kilometres away": a place told as a short way off is no far city where the hours may have run into another
# day; the act is dated by the act before as an unplaced one is (round twenty).
_NEAR_THE_ACT = re.compile(
    r"\b(?:\d+|a\s+few|several|two|three|four|five|ten|twenty)\s+(?:kilomet(?:re|er)s|km|miles)\s+(?:away|from\s+the)\b"
    r"|\b(?:nearby|neighbouring|neighboring|next\s+door)\b", re.IGNORECASE)


# "On the same day in neighbouring Nigeria, insurgents ambushed a convoy": a sentence that opens on the day of the
# act told before is dated by that act wherever it happened, not by the last day the story named in between (a
# statement's, a visit's). Only the day or the night: "The same morning, gunmen attacked soldiers in Mondoro" dated
# so joined the act before it when the place was not known (tests/extract/test_assemble.py).
# "Nine soldiers were killed near Djibo the same day" (anywhere in the sentence; "the same day as the vote" names
# another time).
_SAME_DAY_AS_AN_ACT = re.compile(
    r"^\W*(?:(?:on|during|in|later)\s+)?(?:the\s+same|that\s+same|that)\s+(?:day|night)\b|"
    r"\b(?:the|that)\s+same\s+(?:day|night)\b(?!\s+as\b)",
    re.IGNORECASE)
_SAME_DAY_AS_AN_ACT_NEEDS = gate_words(_SAME_DAY_AS_AN_ACT)  # speed only: read off the pattern, never kept by hand


def _on_the_same_day(sentence: Sentence) -> bool:
    return may_hold_any(sentence.text, _SAME_DAY_AS_AN_ACT_NEEDS) and bool(_SAME_DAY_AS_AN_ACT.search(sentence.text))


def _counted_from_the_act_before(found: list[Mention], before: Sequence[Mention], sentence: Sentence) -> list[Mention]:
    if not found or any(m.dates for m in found):
        return found
    if not _on_the_same_day(sentence) and (not _HOURS_FROM_AN_ACT.match(sentence.text) or (
            any(m.place_names for m in found) and not _NEAR_THE_ACT.search(sentence.text))):
        return found  # an act in a place of its own ("Hours after the Beirut strike, ... killed in Tehran") may be
        # another day there: the date stage counts it as before
    acts = [m for m in before if m.reports and firm_dates(m.dates)]
    if not acts:
        return found
    day = firm_dates(acts[-1].dates)[0]
    return [replace(m, dates=(day,)) if m.reports else m for m in found]


# A short report (a news feed's description, a wire flash: at most SHORT_REPORT_SENTENCES sentences) in which the
# lexicon finds no act at all has no story around it to tell an event from a mention, and there the classifier is
# the better reader: on fresh snippets no engineer tuned on it beat the whole extractor on every column, most of
# the difference being reports the lexicon found no act in. So it may make the event at SHORT_REPORT_EVENT_AT
# instead of CLASSIFIER_ALONE_EVENT_AT. Tuned on the dev parts of the snippet sets (dev, fresh, fresh2, fresh3,
# fresh4 dev, fresh5 dev) over 0.3 / 0.4 / 0.6 / 0.8: sub-type gained at every value (+0.5 to +1.5 points). 0.8 keeps
# nearly all of it and loses 0.017 of dev's non-events rejected (0.6: 0.021, 0.4: 0.038); below it the classifier
# also read the figures of speech of tests/extract/test_nonevent_news.py ("killed the bill", 0.69) as acts.
SHORT_REPORT_SENTENCES = 3
SHORT_REPORT_EVENT_AT = 0.8


def _alone_event_at(context: ArticleContext, all_triggers: Sequence[Sequence[Trigger]]) -> float:
    """The classifier's bar for making an event alone of a sentence with no act the lexicon reads."""
    if len(context.sentences) > SHORT_REPORT_SENTENCES or any(t.live for ts in all_triggers for t in ts):
        return CLASSIFIER_ALONE_EVENT_AT
    return SHORT_REPORT_EVENT_AT


def _short_report_without_an_act(context: ArticleContext, all_triggers: Sequence[Sequence[Trigger]]) -> bool:
    """A short report in which no verb of the lexicon reports an act (nouns may name one): there an event noun the
    classifier agrees with may tell the act (``detect.classified_trigger``). Beside a reported act, such a noun is
    mostly a second telling of it ("twenty militants were neutralized in the clashes", an army's claimed toll)."""
    return len(context.sentences) <= SHORT_REPORT_SENTENCES and not any(
        t.live and t.kind == REPORT for ts in all_triggers for t in ts)


def _short_report_read_whole(context: ArticleContext, event_at: float) -> list[Mention]:
    """A short report in which no sentence made a mention that may be an event, read whole by the classifier
    (``detect.whole_report_reads_an_act``): each of its sentences that ``detect.whole_report_trigger`` lets through
    carries the act it reads."""
    prediction = context.readings.predict(" ".join(s.text for s in context.sentences))  # as assemble reads the event
    if not whole_report_reads_an_act(prediction, event_at):
        return []
    found: list[Mention] = []
    for sentence in context.sentences:
        triggers = whole_report_trigger(context.text, sentence, context.published)
        if any(t.live for t in triggers):
            detection = detect_sentence(context.text, sentence, 0.0, context.published, triggers)
            clauses = _clauses(sentence, detection, _facts(sentence, context, detection.live_triggers), context)
            found.extend(m for m in clauses if m.triggers)
    return found


def _sentence_mentions(
    sentence: Sentence, triggers: Sequence[Trigger], context: ArticleContext,
    alone_at: float = CLASSIFIER_ALONE_EVENT_AT, short_report: bool = False, after_an_act: bool = False,
) -> list[Mention]:
    """The mentions of one sentence: its clauses with a live trigger (``alone_at``: the classifier's bar for
    making one alone when the lexicon finds none; ``after_an_act``: the story told an act before, so a count of
    bodies with no act of its own counts that act's dead)."""
    if not any(t.live for t in triggers):
        triggers = _claim_trigger(sentence) or _toll_update_trigger(sentence) or classified_trigger(
            context.text, sentence, context.published, context.readings, alone_at, short_report=short_report) or (
            body_count_trigger(sentence) or _counted_dead_trigger(sentence, triggers, context) if after_an_act else [])
    elif _only_nouns(triggers):
        # "The attack on the camp left three dead": a near-certain classifier may read the act the nouns only
        # refer to (the strategic-hint path stays off: it made false events on non-event stories). "The toll from
        # the siege of the hotel rose to 21": the named act's toll tells its deaths.
        named_toll = _toll_trigger(sentence, _toll_of_named_act_in(sentence))
        triggers = [*triggers, *named_toll, *classified_trigger(
            context.text, sentence, context.published, context.readings, NOUN_SENTENCE_EVENT_AT,
            strategic=False, short_report=short_report)]
    triggers = [t for t in triggers if not _describes_a_group(t, sentence)]
    if any(t.live for t in triggers):
        detection = detect_sentence(context.text, sentence, 0.0, context.published, triggers)
        clauses = _clauses(sentence, detection, _facts(sentence, context, detection.live_triggers), context)
        return [m for m in clauses if m.triggers]
    return []


# "Thousands marched in Abuja on Monday ... Rallies were also held the same day in Kano and Jos": a bare plural
# naming crowds ("Rallies", "Marches") is blocked as generic ("Protests are common in Kano"), but after a crowd act
# the story told, with a word saying it is told again, it tells that crowd act in other towns.
_TOLD_AGAIN = re.compile(r"\b(?:also|similar|too|as\s+well|the\s+same\s+(?:day|morning|afternoon|evening))\b",
                         re.IGNORECASE)
_TOLD_AGAIN_NEEDS = gate_words(_TOLD_AGAIN)  # speed only: read off the pattern, never kept by hand


# The plural's own predicate says the crowds happened, in the past: "were (also) held / staged", "took place",
# "spread", "broke out" ("Rallies were also planned", "Protests are also common", "are expected" tell none).
_HAPPENED_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:(?:were|was)\s+(?:also\s+)?(?:held|staged|organi[sz]ed|reported)|"
    r"(?:also\s+)?(?:took\s+place|spread|broke\s+out|erupted))\b", re.IGNORECASE)


def _crowd_told_again(sentence: Sentence, triggers: Sequence[Trigger], context: ArticleContext) -> list[Mention]:
    generic = [t for t in triggers if t.tactic in CROWD_TACTICS and t.blocked_by == "generic"
               and _HAPPENED_AFTER.match(context.text, t.span.end, sentence.end)]
    if not generic or not may_hold_any(sentence.text, _TOLD_AGAIN_NEEDS) or not _TOLD_AGAIN.search(sentence.text):
        return []
    crowd = [replace(t, blocked_by=None, kind=REPORT) for t in generic]
    detection = detect_sentence(context.text, sentence, 0.0, context.published, crowd)
    clauses = _clauses(sentence, detection, _facts(sentence, context, detection.live_triggers), context)
    return [m for m in clauses if m.triggers]


# "Fano, an Amhara militia that fought alongside federal troops during the war in Tigray, turned against the
# government": a clause set off by commas that says what a group is tells its past, not an act of this story. It
# stays an act when the clause has its own time ("the militia, a group that killed 12 villagers on Sunday, ...").
_GROUP_DESCRIBED = re.compile(
    r",\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,6}?(?:militia|group|movement|force|faction|coalition|alliance|"
    r"organi[sz]ation|party|rebels?|army|insurgency)\s+(?:that|which|who)\b[^,;()]*$", re.IGNORECASE)
_GROUP_DESCRIBED_NEEDS = ("that", "which", "who")  # speed only: in every match of _GROUP_DESCRIBED
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_TIME_WORDS = re.compile(
    rf"\b(?:{_MONTHS}|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|ago|last|week|weekend|\d{4})\b",
    re.IGNORECASE)


def _describes_a_group(trigger: Trigger, sentence: Sentence) -> bool:
    start = trigger.span.start - sentence.start
    prefix = sentence.text[:start]
    opened = _GROUP_DESCRIBED.search(prefix) if may_hold_any(prefix, _GROUP_DESCRIBED_NEEDS) else None
    if opened is None:
        return False
    aside = sentence.text[opened.start():].split(",", 2)[1]
    return not _TIME_WORDS.search(aside)


# "On June 8, soldiers escorted a convoy out of Tera. Near Dargol, gunmen opened fire on the lorries": a sentence
# that opens on a date and tells no act sets the scene; the undated act told next in its paragraph happened
# then. "In 2016 the movement split. Its fighters then attacked ...": an old date sets a scene of history, and
# the act told next is background too. Only a date that opens the sentence (within this many characters, set on
# our test sentences: "On Monday morning,", "In March 2021,", "On the evening of June 8,") sets a scene.
SCENE_DATE_WITHIN_CHARS = 20
# "On Monday the government raised the toll, saying 79 bodies had been recovered": a day that dates what was said
# sets no scene for the sentence after it.
_TELLS_A_STATEMENT = re.compile(
    r"\b(?:said|says|saying|told|announced|reported|confirmed|stated|statement|according to|toll)\b", re.IGNORECASE)


def _in_the_scene_before(found: list[Mention], previous: Sentence, sentence: Sentence,
                         context: ArticleContext) -> list[Mention]:
    if not found or previous.paragraph != sentence.paragraph or any(m.dates or m.speech_dates for m in found):
        return found
    if _refers_to_that_act(sentence) and _tells_history(previous, context):
        return []  # "... since January 2016, when fighters overran a base at El Adde. The army never published a
        # toll for that attack, though officials said more than 100 soldiers died": the history's toll
    scene = [d for d in context.kit.find_dates(context.text, context.published, previous.start, previous.end)
             if d.span.start - previous.start <= SCENE_DATE_WITHIN_CHARS and d.day is not None]
    if not scene or is_speech_date_in(scene[0], context) or _TELLS_A_STATEMENT.search(previous.text):
        return found
    if is_history(scene[0], context):
        return []  # the act told after a scene of history is history too
    if not is_event_date(scene[0], context):
        return found
    return [replace(m, dates=(scene[0],)) if m.reports else m for m in found]


def _in_a_paragraph_of_history(found: list[Mention], opening: Sentence, sentence: Sentence, context: ArticleContext,
                               history_paragraphs: dict[int, bool]) -> list[Mention]:
    """'The jihadist group has been at war since 2009, when an uprising ... was crushed. ... A regional force has
    fought the militants for a decade': a paragraph that opens on history (a past date and no day of this story's
    news) goes on telling history; an undated act told later in it is background too, not today's raid the
    paragraphs around it tell. An act with a date of its own ("In March this year, the governor ... was killed")
    keeps it."""
    if not found or any(m.dates or m.speech_dates for m in found):
        return found
    if opening is sentence:
        # "Since then, the army has pushed the rebels out of most large towns": the years after the history told
        return [] if _SINCE_THEN.match(sentence.text) else found
    if sentence.paragraph not in history_paragraphs:
        history_paragraphs[sentence.paragraph] = _opens_on_history(opening, context)
    return [] if history_paragraphs[sentence.paragraph] else found


_SINCE_THEN = re.compile(r"\W*since\s+(?:then|that\s+(?:time|day|year|attack|war))\b", re.IGNORECASE)


def _opens_on_history(sentence: Sentence, context: ArticleContext) -> bool:
    dates = [d for d in context.kit.find_dates(context.text, context.published, sentence.start, sentence.end)
             if d.day is not None]
    return any(is_history(d, context) for d in dates) and not any(
        is_event_date(d, context) and not is_history(d, context) for d in dates)


# "that attack", "that raid": the distal demonstrative points back to an act told before, here the history the
# sentence before told (an act of this story is "the attack", "Saturday's attack").
_THAT_ACT = re.compile(
    r"\bthat\s+(?:attack|assault|raid|bombing|massacre|ambush|strike|blast|explosion|killing|siege|battle|"
    r"offensive|incident)\b", re.IGNORECASE)
_THAT_ACT_NEEDS = gate_words(_THAT_ACT)  # speed only: read off the pattern, never kept by hand


def _refers_to_that_act(sentence: Sentence) -> bool:
    return may_hold_any(sentence.text, _THAT_ACT_NEEDS) and bool(_THAT_ACT.search(sentence.text))


def _tells_history(sentence: Sentence, context: ArticleContext) -> bool:
    dates = context.kit.find_dates(context.text, context.published, sentence.start, sentence.end)
    return any(d.day is not None and is_history(d, context) for d in dates)


# The classifier's event probability at which it reads the act behind a sentence of event nouns only (no verb
# reports an act). Tuned on the news-types snippets: 0.9 and 0.98 both lift event_type
# 0.814 → 0.823 (strategic-hint path off); 0.9 rejects fewer non-events (0.877 against 0.881). With the
# strategic-hint path on too, snippets gain 0.6 more but news-long non-event stories get a second false event.
NOUN_SENTENCE_EVENT_AT = 0.98


def _only_nouns(triggers: Sequence[Trigger]) -> bool:
    """Live triggers that only refer to an act ("the attack", "Friday's killing"), none that reports one."""
    return not any(t.kind == REPORT for t in triggers if t.live)


# "The Islamic State claimed responsibility the same night": a claim names the perpetrator of the event
# told before it even when the sentence holds no word of violence.
_CLAIM_SENTENCE = re.compile(
    r"\bclaimed (?:responsibility|the (?:attack|bombing|assault|killing|abduction|kidnapping|raid|strike|blast))|"
    r"\btook responsibility\b",
    re.IGNORECASE,
)


_CLAIM_SENTENCE_NEEDS = gate_words(_CLAIM_SENTENCE)  # speed only: read off the pattern, never kept by hand


def _claim_trigger(sentence: Sentence) -> list[Trigger]:
    if not may_hold_any(sentence.text, _CLAIM_SENTENCE_NEEDS):
        return []
    match = _CLAIM_SENTENCE.search(sentence.text)
    if match is None:
        return []
    start = sentence.start + match.start()
    return [Trigger(Span(start, start + len(match.group()), match.group()), "claim", "reference", noun=True)]


# "then raised the toll on Wednesday to 55" (round nineteen): the update's day told between the toll and its count.
_DAY_OF_THE_UPDATE = r"(?:\s+(?:late\s+|early\s+)?on\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?)?"
# "By Tuesday the death toll had risen to 100": a later count of an event told before, in a sentence that
# holds no word of violence. Its count replaces the earlier one (``assemble.latest_toll``).
_TOLL_UPDATE_SENTENCE = re.compile(
    r"\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|people killed|victims))\b[^.;]{0,40}?"
    r"\b(?:rose|risen|rises|climbed|jumped|increased|mounted|soared|reached|now stands|stood|stands|revised)\b|"
    # "the government raised the toll to 48 dead": the updated count follows, as after "rose" (without it, as in
    # "raised the toll, saying 40 bodies were found once troops reached the village", the sentence tells more)
    r"\b(?:raised|revised|updated|lifted|increased|put|lowered|corrected)(?:\s+(?:down|up)(?:wards?)?)?"
    r"\s+(?:(?:the|its|their|a)\s+)?(?:official\s+|provisional\s+)?"
    r"(?:(?:death\s+)?toll|number of (?:the )?(?:dead|deaths|people killed|victims)(?: from [\w\s'’-]{0,40}?)?)"
    r"(?=(?:\s+(?:down|up)(?:wards?)?)?" + _DAY_OF_THE_UPDATE + r"\s+(?:to|at)\s)|"
    # "By Saturday night he gave the toll as 52": a toll given anew, its count after "as"
    rf"\b(?:{TOLL_GIVEN})\s+the\s+(?:death\s+)?toll(?=(?:\s+(?:from|in|of)\s+[^.;]{{0,60}}?)?\s+as\s)|"
    # "the police gave a toll of 20, but on Saturday lowered it to 16": the toll told again by its pronoun
    r"\b(?:death\s+toll|toll\s+of)\b[^.;]{0,60}?\b(?:raised|revised|updated|lowered|corrected)\s+it(?=(?:\s+(?:down|up)(?:wards?)?)?\s+to\s)",
    re.IGNORECASE,
)


_TOLL_UPDATE_NEEDS = gate_words(_TOLL_UPDATE_SENTENCE)  # speed only: read off the pattern, never kept by hand


def _toll_update_in(sentence: Sentence) -> re.Match | None:
    if not may_hold_any(sentence.text, _TOLL_UPDATE_NEEDS):
        return None
    return _TOLL_UPDATE_SENTENCE.search(sentence.text)


# "The death toll from Monday's suicide bombing at a market in Quetta has risen to 31": the toll of an act named in
# its own phrase, too long for the reach above. Read only for the updated count (``_with_toll_update``), not for
# dating or triggers. 80 characters held a possessive day, the act and "at/in <place>" in our test sentences; 150
# also holds a relative clause naming both sides ("the clashes that broke out in Tripoli on Monday night between the
# 444 Brigade and the Rada force has risen to 55", round ten), still inside one sentence.
_NAMED_ACT_TOLL_UPDATE = re.compile(
    r"\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|people killed|victims))\s+(?:from|of|in)\s+"
    r"[^.;]{0,150}?\b(?:rose|risen|climbed|jumped|increased|mounted|soared|reached)\b",
    re.IGNORECASE,
)


def _toll_of_named_act_in(sentence: Sentence) -> re.Match | None:
    return _toll_update_in(sentence) or (
        _NAMED_ACT_TOLL_UPDATE.search(sentence.text) if may_hold_any(sentence.text, _TOLL_UPDATE_NEEDS) else None)


# "The president condemned the killing of 43 farmers by terrorists in Zabarmari": a statement naming an act with its
# count of dead, its perpetrator and its town tells that act (ACLED codes it from such reports). A condemnation of
# violence in general names no count ("the recent wave of killings") or no perpetrator and town.
_CONDEMNED_KILLING = re.compile(
    r"\b(?:condemn(?:ed|s)?|deplor(?:ed|es)|denounc(?:ed|es)|decri(?:ed|es)|mourn(?:ed|s)|"
    r"(?:shock|outrage|sorrow|grief) (?:at|over))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:killings?|murders?|massacre|slaughter)\s+of\s+(?:at least\s+|more than\s+|some\s+)?"
    r"(?P<count>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){1,3}?by\s+(?:[\w-]+\s+){1,4}?(?:in|at|near)\s+[A-Z]",
)


def condemned_killing_in(sentence: Sentence) -> re.Match | None:
    """The condemnation of one act with its count, perpetrator and town, when the sentence holds one."""
    if not may_hold_any(sentence.text, ("condemn", "deplor", "denounc", "decri", "mourn", "shock", "outrage",
                                        "sorrow", "grief")):
        return None
    match = _CONDEMNED_KILLING.search(sentence.text)
    return match if match and parse_number(match.group("count").rstrip(",")) else None


# Round twelve: "should investigate the killing of at least 150 civilians in Kongoussi on April 24", "the massacre
# of at least 150 civilians in Kongoussi on April 24 must be investigated", "responsible for the deaths of at least
# 150 civilians in Kongoussi": an act named by a noun with its count of dead and its town (how NGO and UN releases
# tell it) carries that count as the condemned killing does. The town is what keeps a count of a region's or a
# war's dead out ("the killing of 300 civilians across the Sahel since January" names no town); aggregates are
# dropped before this (``_is_aggregate``), and an act with no firm day makes no event.
# Merge round twelve: releases write the same act with a vague count ("the killing of hundreds of civilians in
# Barsalogho"), an aside on the victims before the town ("of more than 100 people, including at least 20 children, in
# the village of Solhan") or the building before its town ("of 46 women in the Women's Centre for Social Adaptation
# in Tamara"); each is read as the plain form is.
_NAMED_KILLING_COUNT = re.compile(
    r"\b(?:killings?|massacres?|murders?|slaughter|deaths|executions?)\s+of\s+"
    r"(?:at least\s+|more than\s+|some\s+|about\s+|nearly\s+|over\s+)?"
    r"(?P<count>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:\w+,\s+(?:including|among them|most of them)"
    r"\s+[^,;.]{1,40},\s+)?(?:in|at|near)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|locality|camp|district|commune)\s+of\s+|"
    r"the\s+(?:[A-Z][\w'’-]*\s+(?:(?:for|of|and)\s+)?){1,5}(?:in|at)\s+)?[A-Z]",
)  # "... in the village of Djiguibombo" names a town as "in Djiguibombo" does
_NAMED_KILLING_NEEDS = gate_words(_NAMED_KILLING_COUNT)  # speed only: read off the pattern
# The plurals that count a killing without a figure, at the figure coding-rules.md gives them
_VAGUE_KILLING_COUNTS = {word: VAGUE_COUNTS[word] for word in ("dozens", "scores", "hundreds", "thousands")}


def _named_killing_in(sentence: Sentence) -> re.Match | None:
    if not may_hold_any(sentence.text, _NAMED_KILLING_NEEDS):
        return None
    match = _NAMED_KILLING_COUNT.search(sentence.text)
    return match if match and killing_count(match) else None


def killing_count(match: re.Match) -> int | None:
    """The count a named or condemned killing gives: a figure, or a vague plural ("hundreds")."""
    count = match.group("count").rstrip(",")
    return parse_number(count) or _VAGUE_KILLING_COUNTS.get(count.lower())


# Protests and riots over a killing ("students marched in Kano over the killing of five classmates in Zaria"): the
# training notes name killings this way mostly in protests (59 of 96 notes) and riots (15): the count is the
# grievance's, not the crowd's dead (``CROWD_TACTICS``).


def _with_condemned_count(casualties: tuple[CasualtyMention, ...], sentence: Sentence,
                          triggers: Sequence[Trigger] = ()) -> tuple[CasualtyMention, ...]:
    if any(c.kind in KILLED_KINDS for c in casualties):
        return casualties
    crowd = any(t.tactic in CROWD_TACTICS for t in triggers)
    match = condemned_killing_in(sentence) or (None if crowd else _named_killing_in(sentence))
    if match is None:
        return casualties
    number = killing_count(match)
    start, end = sentence.start + match.start("count"), sentence.start + match.end("count")
    return casualties + (CasualtyMention(number, number, "killed", "exact", None, Span(start, end, match.group("count"))),)  # type: ignore[arg-type]


_UPDATED_COUNT = re.compile(r"(?:\s+(?:down|up)(?:wards?)?)?" + _DAY_OF_THE_UPDATE +
                            r"\s+(?:to|at)\s+(?:about\s+|around\s+|some\s+)?([\w,-]+)")
# Characters after an updated count that may still name its dead ("to 48 dead", "to 40 people killed").
UPDATED_COUNT_NOUN_REACH = 15


# "... has risen to 21, up from the 13 deaths reported the day of the blast": the count after "up from" is the one the
# update replaces, not the act's toll.
_REPLACED_COUNT_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+|an?\s+)?(?:initial\s+|earlier\s+|first\s+)?$",
                                    re.IGNORECASE)
REPLACED_COUNT_REACH = 30  # characters before a count searched for "up from the initial"


def _with_toll_update(casualties: tuple[CasualtyMention, ...], sentence: Sentence) -> tuple[CasualtyMention, ...]:
    """The updated count when the fatalities extractor missed it ("the number of dead had increased to 23")."""
    match = _toll_of_named_act_in(sentence)
    if match is None:
        return casualties
    casualties = tuple(c for c in casualties if not _replaced_by_the_update(c, sentence))
    if any(c.kind in KILLED_KINDS for c in casualties):
        return casualties
    count = _UPDATED_COUNT.match(sentence.text, match.end())
    number = parse_number(count.group(1).rstrip(",")) if count else None
    if not number:
        return casualties
    start, end = sentence.start + match.start(), sentence.start + count.end()
    span = Span(start, end, sentence.text[match.start():count.end()])
    return casualties + (CasualtyMention(number, number, "killed", "exact", None, span),)


def _replaced_by_the_update(count: CasualtyMention, sentence: Sentence) -> bool:
    at = count.span.start - sentence.start
    return count.kind in KILLED_KINDS and bool(
        _REPLACED_COUNT_BEFORE.search(sentence.text[max(0, at - REPLACED_COUNT_REACH):at]))


# "It raised the toll to 31 on Saturday ... and to 45 on Sunday": a second, later count chained to a toll update.
_CHAINED_UPDATE = re.compile(r",?\s+and\s+(?:then\s+)?to\s+(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")
CHAINED_UPDATE_REACH = 80  # characters after the first updated count searched for "and to N"


def _with_chained_update(casualties: tuple[CasualtyMention, ...], sentence: Sentence) -> tuple[CasualtyMention, ...]:
    updates = [c for c in casualties if c.kind == "killed" and "toll" in c.span.text.lower()]
    if not updates:
        return casualties
    end = updates[-1].span.end - sentence.start
    match = _CHAINED_UPDATE.search(sentence.text, end, end + CHAINED_UPDATE_REACH)
    number = parse_number(match.group(1).replace(",", "")) if match else None
    if match is None or not number:
        return casualties
    span = Span(sentence.start + match.start(), sentence.start + match.end(), match.group())
    return casualties + (CasualtyMention(number, number, "killed", "exact", None, span),)


# "A hospital official said at least 40 bodies had been brought in, while local lawmakers put the toll at over 50":
# two sources' counts of the same dead told against each other; ACLED codes the lower (``fatalities.combine``).
_RIVAL_SOURCE_BETWEEN = re.compile(
    r"[,;]\s*(?:while|whereas|but|though|although)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:said|says|put|puts|gave|gives|estimated|reported|counted|told)\b", re.IGNORECASE)
_RIVAL_SOURCE_NEEDS = gate_words(_RIVAL_SOURCE_BETWEEN)  # speed only: read off the pattern


def _with_rival_sources(casualties: tuple[CasualtyMention, ...], sentence: Sentence) -> tuple[CasualtyMention, ...]:
    killed = [c for c in casualties if c.kind == "killed"]
    if len(killed) < 2 or not may_hold_any(sentence.text, _RIVAL_SOURCE_NEEDS):
        return casualties
    first, second = killed[0], killed[1]
    rival = _RIVAL_SOURCE_BETWEEN.search(sentence.text, first.span.end - sentence.start, second.span.end - sentence.start)
    if rival is None or rival.start() > second.span.start - sentence.start:
        return casualties
    return tuple(replace(c, rival=True) if c in (first, second) else c for c in casualties)


def _counts_an_earlier_toll(update: re.Match | None, triggers: Sequence[Trigger]) -> bool:
    """'On Wednesday it said the toll had risen to five': a sentence whose only news is a toll update (``update``,
    from ``_toll_update_in``) dates the count, not the act; its date is a statement date wherever it stands."""
    return all(t.tactic == "toll" for t in triggers) and update is not None


def _dates_a_toll_update(mention: DateMention, sentence: Sentence, triggers: Sequence[Trigger],
                         match: re.Match | None) -> bool:
    """'On Tuesday the government raised the toll to 48 dead after rescuers searched the burned homes': a day
    told right before a toll update (``match``, from ``_toll_update_in``) dates the count. Words of death inside
    the updated count are no other news; a reported act anywhere else, or any trigger between the day and the
    update, is."""
    if match is None:
        return False
    count = _UPDATED_COUNT.match(sentence.text, match.end())
    phrase_start = sentence.start + match.start()
    if count is None:
        return False  # "raised the toll, saying 40 bodies were found once troops reached the village": more news
    phrase_end = sentence.start + count.end() + UPDATED_COUNT_NOUN_REACH
    # "revised the toll down to 19 on Thursday": a day told right after the updated count dates it too
    told_after = sentence.start + match.end() <= mention.span.start <= phrase_end
    if mention.span.end > phrase_start and not told_after:
        return False
    between = any(mention.span.end <= t.span.start < phrase_start for t in triggers)
    # "first said 27 people had died, then raised the toll on Wednesday to 55": the count it replaces is no news
    earlier_counts = [(sentence.start + m.start(), sentence.start + m.end())
                      for m in _SAID_EARLIER_DEATHS.finditer(sentence.text)]
    other_news = any(t.kind == REPORT and t.tactic != "toll" and not phrase_start <= t.span.start < phrase_end
                     and not any(a <= t.span.start < b for a, b in earlier_counts) for t in triggers)
    return not between and not other_news


# "Late on Monday the UN envoy said 20 farmers had been killed in the attack", "on Monday an official said 43 bodies
# had been buried": a day told before a verb of saying whose deaths (or burials) are in the pluperfect dates the
# count, not the act (they died before it was said).
_SAID_EARLIER_DEATHS = re.compile(
    r"\b(?:said|says|told (?:\w+ )?(?:reporters|journalists)|announced|reported|confirmed|stated)\b[^.;]{0,60}?"
    r"\bhad (?:been [\"“]?(?:\w+ )?(?:killed|shot dead|found dead|buried|recovered|retrieved)|died|perished|"
    r"lost their lives)\b",
    re.IGNORECASE,
)


# "On Saturday, rescuers recovered 40 bodies from the burnt houses": the day the dead were found or buried, told
# before the verb (after it, "recovered 36 bodies on Sunday", ``_SPEECH_BEFORE`` already reads it). The act that
# killed them came before: the sentence is its toll, not a new event.
_BODIES_COUNTED_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:recovered|retrieved|pulled|found|counted|buried|exhumed|collected)\b[^.;]{0,30}?\bbodies\b|"
    r"^[^.;]{0,60}?\bbodies\b[^.;]{0,20}?\b(?:were|had been|have been)\s+(?:recovered|retrieved|pulled|found|"
    r"counted|buried|exhumed|collected)\b",
    re.IGNORECASE,
)


def _dates_a_body_count(mention: DateMention, sentence: Sentence) -> bool:
    return "bodies" in sentence.text and bool(
        _BODIES_COUNTED_AFTER.search(sentence.text[mention.span.end - sentence.start:]))


def _dates_a_later_count(mention: DateMention, sentence: Sentence, triggers: Sequence[Trigger],
                         totals: Sequence[Span] = ()) -> bool:
    if "had" not in sentence.text:  # speed only: in every match
        return False
    said = _SAID_EARLIER_DEATHS.search(sentence.text, mention.span.end - sentence.start)
    if said is None:
        return False
    if any(t.start < sentence.start + said.end() and sentence.start + said.start() < t.end for t in totals):
        return False  # "..., local officials said, as Amnesty said 10,000 had been killed across Nigeria": another count
    verb_at = sentence.start + said.start()
    return not any(t.kind == REPORT and mention.span.end <= t.span.start < verb_at for t in triggers)


# Round twelve: "The health department had put the number of dead at 25 on Monday evening", "A first statement on
# Monday had spoken of 17 soldiers dead", "Local radio on Monday gave a figure of 30 killed", "An army communique issued
# on Monday night mentioned 20 dead": a sentence whose only news is a count of the dead told as a figure (a noun of
# counting or of a statement, a verb that cites a figure) and whose deaths are only nouns ("25 dead", "of 30 killed",
# "the number killed") is the count's, wherever its day stands: the day the count was given. Deaths told by a verb
# ("seven people were killed in Kumba on Monday, a police report said") still tell the act.
_COUNT_GIVEN = re.compile(
    r"\b(?:figures?|counts?|tolls?|tall(?:y|ies)|statements?|communiqu[eé]s?|bulletins?|number\s+(?:of\s+)?"
    r"(?:dead|deaths|killed|victims)|spoke\s+of|speaks\s+of|mentioned|cited)\b",
    re.IGNORECASE)
_COUNT_GIVEN_NEEDS = gate_words(_COUNT_GIVEN)  # speed only: read off the pattern
_DEATH_AS_A_FIGURE = re.compile(
    r"(?:\bdead|\bdeaths?|\btoll|\bof\s+(?:[\w-]+\s+){1,3}killed|\bnumber\s+killed|\b\d[\d,]*\s+killed)$",
    re.IGNORECASE)
_COUNT_TACTICS = frozenset({"killing", "toll"})
_WOUND_WORDS = frozenset({"wounded", "injured", "hurt"})  # counted beside the dead, part of the same figure


# "The toll from Friday night's attack", "the toll of the raid on Sunday": a day that names the act stays the act's.
_ACTS_DAY = re.compile(
    r"\b(?:attack|raid|bombing|blast|strike|ambush|massacre|shooting|assault|explosion|killings?|clash(?:es)?)\b"
    r"[^.;,]{0,40}$", re.IGNORECASE)
ACTS_DAY_REACH = 60  # characters before a day searched for the act it names (as SPEECH_REACH)


def _dates_a_count_statement(mention: DateMention, sentence: Sentence, triggers: Sequence[Trigger]) -> bool:
    reports = [t for t in triggers if t.kind == REPORT]
    after = sentence.text[mention.span.end - sentence.start:mention.span.end - sentence.start + 2]
    if mention.span.text.endswith(("'s", "’s")) or after in ("'s", "’s"):
        return False
    before = sentence.text[max(0, mention.span.start - sentence.start - ACTS_DAY_REACH):mention.span.start - sentence.start]
    if _ACTS_DAY.search(before):
        return False
    if not reports or any(t.tactic not in _COUNT_TACTICS and t.span.text.lower() not in _WOUND_WORDS for t in triggers):
        return False  # "... on Tuesday, as fighting continued and the ministry said the number of dead had risen"
    if not may_hold_any(sentence.text, _COUNT_GIVEN_NEEDS) or not _COUNT_GIVEN.search(sentence.text):
        return False
    base = sentence.start
    return all(_DEATH_AS_A_FIGURE.search(sentence.text[:t.span.end - base]) for t in reports)


# "State media reported nine deaths.": another source's figure for the event told before, in a sentence of its own
# that holds nothing else (a count with a cause, "reported 12 cholera deaths", is not such a figure).
_SOURCES_FIGURE_SENTENCE = re.compile(
    r"^\W*(?:[\w'’-]+\s+){1,4}(?:reported|gave|counted|confirmed|recorded)\s+"
    # "The police gave a toll of 20": a toll needs no noun of the dead
    r"(?:a\s+toll\s+of\s+(?:at\s+least\s+|some\s+|about\s+)?[\w,-]+(?:\s+(?:deaths|dead))?"
    r"|(?:at\s+least\s+|some\s+|about\s+)?[\w,-]+\s+(?:deaths|dead))\W*$",
    re.IGNORECASE,
)


# Round nine (fatalities): "So far nine bodies have been retrieved from the ruins, the chairman said on Tuesday",
# "Eight bodies were counted by the morning", "the bandits left fifteen bodies on the ground": a count of bodies in a
# sentence that tells no act of its own counts the dead of the act told before (``grouping._target`` joins it there
# whatever its day; it never opens an event).
_BODY_COUNT = re.compile(
    r"\b(?:\d[\d,]*|a\s+dozen|dozens|scores|hundreds|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-\w+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)\s+(?:more\s+|other\s+)?"
    r"(?:dead\s+)?(?:bodies|corpses)\b|\b(?:bodies|corpses)\s+of\s+(?:\d|a\s+dozen|dozens|scores|(?:two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b|\w+teen\b)",
    re.IGNORECASE)
_BODY_COUNT_NEEDS = gate_words(_BODY_COUNT)  # speed only: read off the pattern


def body_count_trigger(sentence: Sentence) -> list[Trigger]:
    if not may_hold_any(sentence.text, _BODY_COUNT_NEEDS):
        return []
    return _toll_trigger(sentence, _BODY_COUNT.search(sentence.text))


def is_body_count(mention: Mention) -> bool:
    """A mention made only of a count of bodies (``body_count_trigger``)."""
    return bool(mention.triggers) and all(t.tactic == "toll" and _BODY_COUNT.fullmatch(t.span.text)
                                          for t in mention.triggers)


def _counted_dead_trigger(sentence: Sentence, triggers: Sequence[Trigger], context: ArticleContext) -> list[Trigger]:
    """'A total of 77 people perished, among them the bomber, according to a government statement on Friday': a
    sentence with no word of an act at all (not even a blocked one) whose count of the dead the fatalities
    extractor reads, told after an act. Grouping lets it join only as a toll statement (``is_counted_only``)."""
    if triggers:
        return []
    # (not attackers "neutralised": a side's claim about its enemies, often the act's victims told again; nor a vague
    # count: "Many families lost several men" tells the aftermath, not a figure)
    dead = [c for c in context.kit.find_casualties(context.text, sentence.start, sentence.end)
            if c.kind == "killed" and c.low > 0 and c.qualifier != "vague"]
    return [Trigger(dead[0].span, "toll", "reference", noun=True)] if dead else []


def is_counted_only(mention: Mention) -> bool:
    """A mention made only of counts of the dead (``_counted_dead_trigger``)."""
    counted = {(c.span.start, c.span.end) for c in mention.casualties}
    return bool(mention.triggers) and all(t.tactic == "toll" and (t.span.start, t.span.end) in counted
                                          for t in mention.triggers)


def _toll_update_trigger(sentence: Sentence) -> list[Trigger]:
    return _toll_trigger(sentence, _toll_update_in(sentence) or _SOURCES_FIGURE_SENTENCE.match(sentence.text))


def _toll_trigger(sentence: Sentence, match: re.Match | None) -> list[Trigger]:
    if match is None:
        return []
    start = sentence.start + match.start()
    return [Trigger(Span(start, start + len(match.group()), match.group()), "toll", "reference", noun=True)]


@dataclass(frozen=True)
class _Facts:
    """What the sibling extractors find in one sentence; clauses take the part inside their range."""

    actors: tuple[ActorMention, ...]
    casualties: tuple[CasualtyMention, ...]
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    claims: tuple[ActorMention, ...]
    history: tuple[DateMention, ...] = ()  # dates too old to be this story's events
    speech_dates: tuple[DateMention, ...] = ()  # "said on Monday": when it was said, not when it happened
    running_counts: tuple[CasualtyMention, ...] = ()  # "100,000 killed over the course of the war"
    spread_counts: tuple[CasualtyMention, ...] = ()  # "13 dead across the country": many incidents' dead

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(
            self, actors: tuple[ActorMention, ...], casualties: tuple[CasualtyMention, ...],
            dates: tuple[DateMention, ...], places: tuple[PlaceMention, ...], claims: tuple[ActorMention, ...],
            history: tuple[DateMention, ...] = (), speech_dates: tuple[DateMention, ...] = (),
            running_counts: tuple[CasualtyMention, ...] = (), spread_counts: tuple[CasualtyMention, ...] = ()
    ) -> None:
        object.__setattr__(self, "actors", actors)
        object.__setattr__(self, "casualties", casualties)
        object.__setattr__(self, "dates", dates)
        object.__setattr__(self, "places", places)
        object.__setattr__(self, "claims", claims)
        object.__setattr__(self, "history", history)
        object.__setattr__(self, "speech_dates", speech_dates)
        object.__setattr__(self, "running_counts", running_counts)
        object.__setattr__(self, "spread_counts", spread_counts)


def _facts(sentence: Sentence, context: ArticleContext, triggers: Sequence[Trigger] = ()) -> _Facts:
    kit, text, start, end = context.kit, context.text, sentence.start, sentence.end
    actors = _without_actors_beside_the_act(context.actors_between(start, end), sentence)
    actor_spans = tuple(a.span for a in actors if a.span is not None)
    claims = kit.find_claims(text, start, end, kit.actors, context.country, found=actors) \
        if _has_claim_hint(sentence.text) else []
    dates = kit.find_dates(text, context.published, start, end)
    event_dates = [d for d in dates if is_event_date(d, context) and not _in_aside(d, sentence, triggers)
                   and not _opens_a_span(d, text) and not _dates_a_grievance(d, text)]
    # once per date: the search is the costly part
    toll_update = _toll_update_in(sentence)
    counted_on = _counts_an_earlier_toll(toll_update, triggers)
    casualties = _without_the_record_acts_dead(kit.find_casualties(text, start, end), sentence, context.published)
    aggregate = [_is_aggregate(c, sentence) for c in casualties]  # once per count (speed only)
    totals = tuple(c.span for c, total in zip(casualties, aggregate) if total)
    speech = [counted_on or is_speech_date_in(d, context) or _in_quote(d, sentence, triggers)
              or _in_a_quotes_attribution(d, sentence, triggers)
              or _dates_a_toll_update(d, sentence, triggers, toll_update)
              or _dates_a_later_count(d, sentence, triggers, totals)
              or _dates_a_body_count(d, sentence) or _dates_a_count_statement(d, sentence, triggers)
              or _aftermath_of_a_dated_act(d, event_dates, sentence, text)
              for d in event_dates]
    acts_day = _acts_day_told_next(event_dates[0], sentence, context) if len(event_dates) == 1 else None
    if acts_day is not None:  # the act's own day, told next: no longer the day of a statement or a vow
        event_dates, speech = [acts_day], [False]
    event_dates = [_named_day_of_a_new_act(d, sentence, triggers, casualties, text) for d in event_dates]
    return _Facts(
        actors=actors,
        casualties=_with_rival_sources(_with_chained_update(_with_condemned_count(_with_toll_update(
            tuple(c for c, total in zip(casualties, aggregate) if not total), sentence), sentence, triggers), sentence),
            sentence),
        running_counts=tuple(c for c, total in zip(casualties, aggregate) if total),
        spread_counts=tuple(c for c in casualties if is_spread_total(c, sentence)),
        dates=tuple(d for d, said in zip(event_dates, speech) if not said),
        speech_dates=tuple(d for d, said in zip(event_dates, speech) if said),
        history=tuple(d for d in [*dates, *_year_ranges(sentence)] if d.day is not None and is_history(d, context)),
        places=_event_places(sentence, context, actor_spans),
        claims=tuple(c for c in claims if isinstance(c, ActorMention)) + _says_its_fighters(sentence, actors),
    )


def _without_the_record_acts_dead(casualties: list[CasualtyMention], sentence: Sentence,
                                  published: date) -> list[CasualtyMention]:
    """"Saturday's ambush was the deadliest attack ... since the spring, when militants killed three soldiers": the
    dead of the act a record is counted from are that old act's, not this one's (round twenty)."""
    if not casualties:
        return casualties
    history_from = since_old_time_when(sentence.text, published)
    if history_from is None:
        return casualties
    return [c for c in casualties if c.span.start < sentence.start + history_from]


# "Seven police officers were killed on Friday ..., the deadliest attack on security forces since Petro took office":
# whom a ranking compares the act's victims with ("security forces") is a kind of victim, not a party of this act.
# "..., blaming the federal army, which has been fighting Fano militiamen in the region": whom an actor's aside says
# it fights is the war around the act, not its victim.
_ACTORS_BESIDE_THE_ACT = re.compile(
    r"\bthe\s+(?:single\s+)?(?:deadliest|worst|bloodiest|most\s+(?:deadly|lethal|violent))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:on|against)\s+[^,.;]*|"
    r",\s*(?:which|who)\s+(?:has|have|had|is|are)\s+(?:been\s+)?(?:fighting|battling|waging|fought|battled)\b[^,.;]*|"
    # ", as the army battles Fano militiamen in the region": the war around the act; only whom it fights is set aside
    r",\s*as\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:battles|fights|battle|fight|(?:is|are)\s+(?:fighting|battling))\s+"
    r"(?P<foe>[^,.;]*)",
    re.IGNORECASE)
_ACTORS_BESIDE_THE_ACT_NEEDS = gate_words(_ACTORS_BESIDE_THE_ACT)  # speed only: read off the pattern


def _without_actors_beside_the_act(actors: tuple[ActorMention, ...], sentence: Sentence) -> tuple[ActorMention, ...]:
    if not actors or not may_hold_any(sentence.text, _ACTORS_BESIDE_THE_ACT_NEEDS):
        return actors
    beside = [(sentence.start + (m.start("foe") if m.group("foe") is not None else m.start()), sentence.start + m.end())
              for m in _ACTORS_BESIDE_THE_ACT.finditer(sentence.text)]
    return tuple(a for a in actors if a.span is None or not any(s <= a.span.start < e for s, e in beside))


def _named_day_of_a_new_act(mention: DateMention, sentence: Sentence, triggers: Sequence[Trigger],
                            casualties: Sequence[CasualtyMention], text: str) -> DateMention:
    """'Two days after the Tessit attack, on Tuesday, a passenger bus hit a mine near Ansongo, killing four': the
    date stage counts a day told with "N days after <act>" back to that act's day, right when the sentence tells
    the aftermath ("Rescuers searched on Monday, three days after the attack"). When the rest of the sentence tells
    an act with dead of its own, or a crowd's act ("On Tuesday, the day after the attack, several hundred residents
    marched to the prefecture"), the named day is that new act's."""
    crowd = any(t.kind == REPORT and t.tactic in CROWD_TACTICS for t in triggers)
    if mention.time_precision != 1 or not (casualties or crowd):
        return mention
    anchor = counted_anchor(mention, text, sentence.start, sentence.end)
    if anchor is None:
        return mention
    outside = (anchor.start(), _end_of_anchored_act(anchor, text, sentence.end))
    if crowd and any(t.kind == REPORT and t.tactic in CROWD_TACTICS and not outside[0] <= t.span.start < outside[1]
                     for t in triggers):
        return named_day(mention, anchor)
    new_act = any(t.kind == REPORT and t.tactic != "toll" and not outside[0] <= t.span.start < outside[1]
                  and not _DEATH_AS_A_STATE.search(sentence.text[:t.span.end - sentence.start]) for t in triggers)
    own_dead = any(c.kind == "killed" and not outside[0] <= c.span.start < outside[1] for c in casualties)
    return named_day(mention, anchor) if new_act and own_dead else mention


# "..., and dozens of people have been killed": deaths told as a state, with no agent, are the toll of the act the
# anchor named, not a new act.
_DEATH_AS_A_STATE = re.compile(
    r"(?:\b(?:was|were|been|be|being)\s+(?:\w+\s+)?(?:killed|shot dead)|\bdied|\bdead|\bdeaths?|\btoll)$",
    re.IGNORECASE)


_CLAUSE_END = re.compile(r"[,;.]")
# ", killing 14 people", ", leaving ...": a participle after the comma goes on telling the act before it.
_PARTICIPLE_NEXT = re.compile(r",\s+[a-z]+ing\b")


def _end_of_anchored_act(anchor: re.Match[str], text: str, sentence_end: int) -> int:
    """Where the act after "N days after" ends: at the comma that closes it ("On Tuesday, two days after the raid on
    the camp, a bomb ..."), past any participle that goes on telling it ("two days after a missile struck a block,
    killing 14 people"). An anchor opening the sentence already ends at its comma."""
    if "act" in (anchor.re.groupindex or {}) and anchor.group("act") is not None:
        return anchor.end()
    at = anchor.end()
    while True:
        closing = _CLAUSE_END.search(text, at, sentence_end)
        if closing is None:
            return sentence_end
        if not _PARTICIPLE_NEXT.match(text, closing.start()):
            return closing.start()
        at = closing.end()


def _event_places(sentence: Sentence, context: ArticleContext, actor_spans: tuple[Span, ...]) -> tuple[PlaceMention, ...]:
    """The sentence's places that can be where something happened: not where it was said, not an organisation's
    name, not a capital standing for its government. Read once per sentence and actors (the lead's town asks again
    of the first sentence: speed only)."""
    return context.read_once(("event places", sentence.start, sentence.end, *map(span_key, actor_spans)),
                             lambda: _places_of_an_act(sentence, context, actor_spans))


def _places_of_an_act(sentence: Sentence, context: ArticleContext,
                      actor_spans: tuple[Span, ...]) -> tuple[PlaceMention, ...]:
    text = context.text
    found = find_places(text, sentence.start, sentence.end, actor_spans + context.excluded, context.kit.country_by_name)
    kept: list[PlaceMention] = []
    dropped_end = -1
    for place in found:
        if is_where_said(place, text) or is_organisation(place, actor_spans) or is_government_metonym(place, text) \
                or is_elsewhere_than_the_act(place, text):
            dropped_end = place.span.end
        elif not (place.cue == "country" and _written_after(text, dropped_end, place.span.start)):
            kept.append(place)
    return tuple(kept)


def _written_after(text: str, end: int, start: int) -> bool:
    """'taken to hospitals in Reyhanli, Turkey': the country written after a place that is not the act's is not
    the act's country either."""
    return end >= 0 and text[end:start] in (", ", " (", ", in ")


# "Three more of the wounded died later in hospital in Al Manaqil", "airlifted to the hospital in Maiduguri": where
# the victims were treated, not where the act happened (a hospital attacked "in El Fasher" stays: no verb of care).
# "the gate of the Ministry of Education": a ministry's name, whatever the gazetteer holds under "Education"; "recalled
# its ambassador from Tehran": diplomacy's capital. "The Syrian Observatory for Human Rights, a monitoring group based
# in Britain, said ...": where a source sits (round twenty).
_ELSEWHERE_BEFORE = re.compile(
    r"(?:\b(?:based|headquartered)\s+in(?:\s+the)?|\b(?:died|succumbed|treated|admitted|taken|airlifted|evacuated|rushed|flown|carried|brought|driven|ferried|"
    r"transferred)\b[^.;,]{0,40}?\bhospitals?\s+(?:in|at)|(?<!close )(?<!next )\bto\s+(?:the\s+|a\s+)?hospitals?\s+(?:in|at)|"
    r"\bMinist(?:ry|er|ries)\s+of(?:\s+the)?|\bambassadors?\s+(?:from|to|in))\s+$",
    re.IGNORECASE)
_ELSEWHERE_NEEDS = gate_words(_ELSEWHERE_BEFORE)  # speed only: read off the pattern, never kept by hand
ELSEWHERE_REACH = 70  # characters before a place searched for the verb of care ("died later in hospital in")


def is_elsewhere_than_the_act(place: PlaceMention, text: str) -> bool:
    before = text[max(0, place.span.start - ELSEWHERE_REACH):place.span.start]
    return may_hold_any(before, _ELSEWHERE_NEEDS) and bool(_ELSEWHERE_BEFORE.search(before))


# "The Taliban, who took control of Kabul on August 15, condemned the bombing": a date in a clause set off by commas
# that tells who someone is dates that background, not the act the sentence reports. It stays when the act is
# told in that clause ("residents protested against gunmen, who killed 5 villagers a month ago") or when the
# clause has no comma ("Gunmen who blew up the track on Monday night killed eight").
# "The fighters of the coalition, an alliance of armed groups formed in December, struck at dawn": an appositive that
# tells when a group or body was founded is such an aside too. "The attack on the academy, which happened during a
# graduation ceremony on Thursday afternoon, struck the parade ground": a clause that tells when the act happened is
# its date, no aside (round twenty).
_ASIDE_OPENS = re.compile(
    r",\s*(?:who|which(?!\s+(?:happened|took\s+place|occurred|unfolded)\b)|whose\b|(?:an?|the)\s+[^,;()]*\b(?:formed|founded|created|set up|established|launched)\b)"
    r"[^,;()]*$", re.IGNORECASE)
_ASIDE_ENDS = re.compile(r"[,;()]|$")


def _in_aside(mention: DateMention, sentence: Sentence, triggers: Sequence[Trigger]) -> bool:
    opens = _ASIDE_OPENS.search(sentence.text[:mention.span.start - sentence.start])
    if opens is None:
        return False
    start = sentence.start + opens.start()
    end = sentence.start + _ASIDE_ENDS.search(sentence.text, mention.span.end - sentence.start).start()
    return not any(start <= t.span.start < end for t in triggers)


# "Since October, militias have attacked US forces 160 times", "killed since fighting began in July": a date
# after "since" opens the span a running total covers; it dates no event. Nor does a date closing a "since" clause:
# "air strikes killed 74, in the deadliest attack since Washington began its campaign against the group last month",
# "The strikes came amid rising tension since the war in Gaza began in October".
_SINCE_BEFORE = re.compile(r"\bsince\b(?:\s+[\w'’-]+){0,12}\s*$", re.IGNORECASE)
SINCE_REACH = 110  # characters before a date searched for "since" (twelve words, no comma between)


# "Niger began three days of national mourning on Saturday after gunmen killed 44. The attackers surrounded the
# mosque ... on Friday": the day of a mourning, a vow or a curfew is told before the act it follows, and the next
# sentence tells the act's own day. The mention takes that day, so both sentences make one event (the event's date
# did this alone, after grouping had already split them). Only these words: a clause with its own act ("captured
# villages on Sunday after rebels withdrew") keeps its day.
_AFTERMATH_CLAUSE = re.compile(
    r"\b(?:mourn\w*|grief|griev\w*|vow\w*|revenge|condemn\w*|funerals?|burials?|buried|calm returned|curfew)\b",
    re.IGNORECASE,
)
# How many days before the aftermath's day the act told next may lie (a report is about the last few days; the
# same reach as the publication-date fallback window of event_dates).
AFTERMATH_REACH_DAYS = 6


def _acts_day_told_next(mention: DateMention, sentence: Sentence, context: ArticleContext) -> DateMention | None:
    if mention.time_precision != 1 or not _dates_an_aftermath(mention, sentence, context.text):
        return None
    following = [s for s in context.sentences if s.start >= sentence.end][:1]
    if not following:
        return None
    told = [d for d in context.kit.find_dates(context.text, context.published, following[0].start, following[0].end)
            if d.time_precision == 1 and is_event_date(d, context) and not is_speech_date_in(d, context)]
    if not told or not 0 < (mention.day - told[0].day).days <= AFTERMATH_REACH_DAYS:
        return None
    # the evidence runs from the aftermath's day to the act's: the mention keeps it (dates are kept by where they start)
    span = Span(mention.span.start, told[0].span.end, context.text[mention.span.start:told[0].span.end])
    return replace(told[0], span=span)


def _aftermath_of_a_dated_act(mention: DateMention, dates: Sequence[DateMention], sentence: Sentence, text: str) -> bool:
    """'Calm returned on Monday after the fighting killed 32 over the weekend': the sentence tells the act's own
    earlier day after the aftermath's, so the aftermath's day is only when it was told."""
    later = [d for d in dates if d.span.start > mention.span.end and d.window[1] < mention.day]
    return bool(later) and _dates_an_aftermath(mention, sentence, text)


def _dates_an_aftermath(mention: DateMention, sentence: Sentence, text: str) -> bool:
    clause = re.split(r"[,;]", text[sentence.start:mention.span.start])[-1]
    return bool(_AFTERMATH_CLAUSE.search(clause)) and is_aftermath_of_an_act(mention.span, text, sentence.start)


# "Crowds attacked the homes of ministers over the killing of six people taken hostage last week": a date in the
# grievance a crowd acted over is the grievance's (the hostages were taken last week; the homes attacked on the
# story's day). Not "over the weekend", which dates the act.
_GRIEVANCE_BEFORE = re.compile(
    r"\bover\s+the\s+(?:killings?|deaths?|murders?|abductions?|kidnappings?|arrests?|detentions?)\s+of\s+[^,;.]*$",
    re.IGNORECASE)
_GRIEVANCE_NEEDS = gate_words(_GRIEVANCE_BEFORE)  # speed only: read off the pattern, never kept by hand
GRIEVANCE_REACH = 80  # characters before a date searched for "over the killing of"


def _dates_a_grievance(mention: DateMention, text: str) -> bool:
    before = text[max(0, mention.span.start - GRIEVANCE_REACH):mention.span.start]
    return may_hold_any(before, _GRIEVANCE_NEEDS) and bool(_GRIEVANCE_BEFORE.search(before))


def _opens_a_span(mention: DateMention, text: str) -> bool:
    if text[mention.span.start:mention.span.start + 6].lower() == "since ":
        return True  # the date finder kept "Since October" whole
    before = text[max(0, mention.span.start - SINCE_REACH):mention.span.start]
    return "since" in before.lower() and bool(_SINCE_BEFORE.search(before))


def _in_quote(mention: DateMention, sentence: Sentence, triggers: Sequence[Trigger] = ()) -> bool:
    """'"Today we feel that someone has heard us," said a woman': a date in quoted words is the speaker's day;
    unless the quote tells an act before it ('"We are outraged by the killing of 40 civilians on Monday"')."""
    before = sentence.text[:mention.span.start - sentence.start]
    if not (before.count('"') % 2 == 1 or before.count("“") > before.count("”")):
        return False
    opened = sentence.start + max(before.rfind('"'), before.rfind("“"))
    return not any(opened < t.span.start < mention.span.start and t.tactic != CLASSIFIED for t in triggers)


# '"I have never seen so many men lost," Deby said after visiting the base on Tuesday', '"They came on foot," said a
# herder who reached Bankass on Sunday': a sentence that opens on quoted words and then names who spoke them tells,
# after the quote, the speaker's day (visiting, reaching, digging, speaking by phone), not the quoted act's; unless
# that attribution tells an act of its own ("said a farmer whose village was attacked on Monday").
_OPENING_QUOTE = re.compile(r'^\W{0,3}["“][^"“”]{3,}?[,.!?]["”]\s*')


def _in_a_quotes_attribution(mention: DateMention, sentence: Sentence, triggers: Sequence[Trigger]) -> bool:
    if sentence.text[:3].count('"') + sentence.text[:3].count("“") == 0:
        return False  # speed only: the sentence does not open on a quote
    quote = _OPENING_QUOTE.match(sentence.text)
    attribution = sentence.start + quote.end() if quote else None
    if attribution is None or mention.span.start < attribution:
        return False
    return not any(t.kind == REPORT and t.tactic != CLASSIFIED and attribution <= t.span.start < mention.span.start
                   for t in triggers)  # (the classifier's hint word, "visiting the base", tells no act)


# "Medical sources in Sanaa said...", "speaking in Makurdi, the governor said...": where a figure was given, not
# where the event happened. Such a place neither places the event nor makes another town for grouping.
_SPEAKER_IN = re.compile(
    r"(?:\b(?:sources?|officials?|doctors?|medics?|residents?|witnesses|spokes(?:man|woman|person)|police|"
    r"authorities|governor|ministry|hospital staff|journalists?|correspondents?|reporters?)\s+(?:in|at)|"
    r"\bspeaking\s+(?:to reporters\s+)?(?:in|at)|\b(?:told|briefed)\s+(?:reporters|journalists)\s+(?:in|at))\s+$",
    re.IGNORECASE,
)
_SPEAKER_IN_NEEDS = gate_words(_SPEAKER_IN)  # speed only: read off the pattern
_SAID_AFTER = re.compile(r"(?:\s*,)?\s+(?:later\s+|also\s+|on \w+\s+)?(?:said|say|says|told|reported|confirmed|put)\b",
                         re.IGNORECASE)


# "according to Amnesty International", "Gunmen from the Jenin Brigades", "the Palestinian Red Crescent": a
# capitalised name after a place cue that ends in an organisation's word, or holds a whole actor found in the
# sentence ("the Iran-backed Kataib Hezbollah militia"), names a body, not a place.
_ORGANISATION_WORDS = frozenset({
    "international", "brigades", "brigade", "battalion", "movement", "front", "forces", "army", "council",
    "committee", "agency", "organisation", "organization", "party", "group", "ministry", "office", "crescent",
    "cross", "observatory", "network", "union", "alliance", "hezbollah", "commission", "watch", "court",
})


def is_organisation(place: PlaceMention, actor_spans: Sequence[Span]) -> bool:
    last_word = place.name.rsplit(None, 1)[-1].lower()
    if last_word in _ORGANISATION_WORDS:
        return True
    return any(place.span.start <= a.start and a.end <= place.span.end for a in actor_spans)


# "the deadliest attack of Washington's month-long campaign", "Kigali's troops": a capital's possessive before
# a word of policy or force names its government, not where the event happened ("Beirut's southern suburbs" stays).
_GOVERNMENT_NOUN_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:campaign|government|administration|decision|policy|forces|troops|army|military|"
    r"allies|ally|sanctions|offensive|war|strikes|support|backing|envoy|officials)\b",
    re.IGNORECASE,
)


def is_government_metonym(place: PlaceMention, text: str) -> bool:
    return bool(_GOVERNMENT_NOUN_AFTER.match(text, place.span.end))


def lead_town(context: ArticleContext) -> tuple[PlaceMention, ...]:
    """The town the story's first sentence names: where a later paragraph that names no place most likely
    happened ("The operation began on Monday..."), a better guess than the dateline's city, which is only where
    the reporter files from."""
    if not context.sentences:
        return ()
    first = context.sentences[0]
    actors = context.actors_between(first.start, first.end)
    actor_spans = tuple(a.span for a in actors if a.span is not None)
    return tuple(p for p in _event_places(first, context, actor_spans) if p.cue in ("in", "near"))[:1]


def headline_town(context: ArticleContext) -> tuple[PlaceMention, ...]:
    """The town the story's headline names, for events that name no place and follow a lead that names none
    ("Kismayo hotel siege ends after gunmen kill nine" over "gunmen stormed a hotel near the regional offices").
    None from a title that is only the text's first line (an article without a headline). The mention has an empty
    span: the headline is not part of the text."""
    title = context.article.title or ""
    if not title or context.text.startswith(title.rstrip("…")):
        return ()
    actors = context.kit.actors.find_actors(title, 0, len(title), country=context.country)
    actor_spans = tuple(a.span for a in actors if a.span is not None)
    return tuple(PlaceMention(p.name, Span(0, 0, ""), p.cue, p.country_hint)
                 for p in headline_places(title, actor_spans, context.kit.country_by_name))[:1]


def is_where_said(place: PlaceMention, text: str) -> bool:
    window = max(0, place.span.start - 40)
    before = _SPEAKER_IN.search(text, window, place.span.start) \
        if may_hold_any(text[window:place.span.start], _SPEAKER_IN_NEEDS) else None
    if before is None:
        return False
    return before.group().lower().startswith(("speaking", "told", "briefed")) or bool(
        _SAID_AFTER.match(text, place.span.end))


# "attacks on four camps between 2002 and 2005": a span of years the date finder leaves out; history when old.
_YEAR_RANGE = re.compile(r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|till)\s+((?:19|20)\d\d)\b",
                         re.IGNORECASE)


_YEAR_RANGE_NEEDS = gate_words(_YEAR_RANGE)  # speed only: read off the pattern, never kept by hand


def _year_ranges(sentence: Sentence) -> list[DateMention]:
    if not _may_hold_year_range(sentence.text):
        return []
    ranges = []
    for match in _YEAR_RANGE.finditer(sentence.text):
        first, last = int(match.group(1)), int(match.group(2))
        start = sentence.start + match.start()
        span = Span(start, sentence.start + match.end(), match.group())
        ranges.append(DateMention(date(last, 7, 1), 3, (date(first, 1, 1), date(last, 12, 31)), span, "year"))
    return ranges


def _may_hold_year_range(text: str) -> bool:
    return ("19" in text or "20" in text) and may_hold_any(text, _YEAR_RANGE_NEEDS)


# "The Islamic State group said on Monday that its fighters had taken the town": a group speaking of what its
# own fighters did claims the act, like "claimed responsibility" (round eighteen: not what they defended, "the SDF
# said its fighters had repelled several assaults", as ``roles.claims`` reads it).
_ITS_FIGHTERS = re.compile(
    r"[^.;]{0,25}?\b(?:said|says|announced|stated|boasted)\b[^.;]{0,40}?\b(?:its|their) "
    r"(?:fighters|militants|soldiers of the caliphate|mujahideen)\b(?!\s+(?:were|had been|have been|was|died|among)"
    r"|" + DEFENDED_AFTER + r")",
    re.IGNORECASE,
)


_ITS_FIGHTERS_NEEDS = gate_words(_ITS_FIGHTERS)  # speed only: read off the pattern, never kept by hand
# The speaking group opens the sentence ("The Islamic State group said…", "In a statement, Al Shabaab said…").
_SPEAKER_WITHIN_CHARS = 60


_UNARMED_INTERS = frozenset({5, 6, 7})  # rioters, protesters, civilians never claim an attack by "its fighters"


def _says_its_fighters(sentence: Sentence, actors: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """The group named right before the verb of saying, when what it says is that its fighters acted."""
    if not may_hold_any(sentence.text, _ITS_FIGHTERS_NEEDS):
        return ()
    for actor in actors:
        if actor.span is None or actor.span.start - sentence.start > _SPEAKER_WITHIN_CHARS:
            continue
        said = _ITS_FIGHTERS.match(sentence.text, actor.span.end - sentence.start)
        if said is None:
            continue
        if actor.inter not in _UNARMED_INTERS:
            return (actor,)
        # "the Group for Support of Islam and Muslims, known as JNIM, said its fighters...": the people in a
        # group's full name are not the claimant; the armed group named before the verb of saying is.
        named = [a for a in actors if a.span is not None and a.inter not in _UNARMED_INTERS
                 and actor.span.end <= a.span.start < said.end() + sentence.start]
        return tuple(named[:1])
    return ()


# Claims are rare; only sentences with one of these words are handed to ``find_claims``.
_CLAIM_HINT = re.compile(r"\b(?:claim\w*|responsib\w*|blamed|attributed|the work of)\b", re.IGNORECASE)
_CLAIM_HINT_NEEDS = gate_words(_CLAIM_HINT)  # speed only: read off the pattern, never kept by hand


def _has_claim_hint(sentence: str) -> bool:
    return may_hold_any(sentence, _CLAIM_HINT_NEEDS) and bool(_CLAIM_HINT.search(sentence))


def _clauses(sentence: Sentence, detection: Detection, facts: _Facts, context: ArticleContext) -> list[Mention]:
    whole = _mention(sentence.start, sentence.end, sentence, detection, facts, False)
    by_date = _split_by_dates(whole, sentence, detection, facts, context)
    if by_date:
        return by_date
    cause = _split_off_the_cause(sentence, detection, facts, context) or _split_off_what_it_followed(
        sentence, detection, facts, context)
    if cause:
        return cause
    earlier = _split_off_an_earlier_act(sentence, detection, facts, context) or _split_off_an_act_elsewhere_before(
        sentence, detection, facts, context)
    if earlier:
        return earlier
    if len(whole.deaths) < 2:
        return _split_at_a_later_time(whole, sentence, detection, facts, context) or [whole]
    for joint in _CLAUSE_JOINT.finditer(context.text, sentence.start, sentence.end):
        left = _mention(sentence.start, joint.start(), sentence, detection, facts, True)
        right = _mention(joint.end(), sentence.end, sentence, detection, facts, True)
        if _stands_alone(left) and _stands_alone(right) and not _rival_tolls(left, right):
            return _share_dates([left, *_clauses_after(right, sentence, detection, facts, context)], context.text)
    return [whole]


# "Insurgents beheaded two fishermen on Sunday morning, and in the afternoon of the same day troops fought a group
# of insurgents": a clause that opens on a later time of the same day and reports another kind of act is another
# event on that day (ACLED: one set of actors, one place, one day), even without a toll of its own.
_LATER_TIME_OPENS = re.compile(
    r"(?:later\s+)?(?:in|during|on|by)\s+the\s+(?:afternoon|evening|night)\b|"
    r"(?:later|early|late)\s+(?:that|the same)\s+(?:day|morning|afternoon|evening|night)\b|"
    r"(?:that|the same)\s+(?:afternoon|evening|night)\b|(?:a few |several |\w+ )?hours later\b|"
    # "shelled the village of al-Mazraa and later struck a position near Walgha with a drone": a later act
    r"later\s+(?=[a-z]{3,})(?!(?:died|succumbed|said|told|added|claimed|denied|confirmed)\b)",
    re.IGNORECASE)
# A bare "and later" inside a crowd's or a raid's scene goes on with the same event: "fired tear gas at marchers and
# later arrested a dozen of them", "marched to the governor's office and later torched two police cars".
_ONE_SCENE = frozenset({"protest", "riot", "arrest", "arson", "looting"})
# Speed only: every match of _LATER_TIME_OPENS holds one of these words and nothing but letters, digits and white
# space, so one that starts in a sentence lies in the sentence and the run of words and spaces right after it.
_LATER_TIME_OPENS_NEEDS = ("afternoon", "evening", "night", "late", "early")
_WORDS_AND_SPACES = re.compile(r"[\w\s]*")


# "Settlers rampaged through the town on Sunday night, hours after a gunman shot dead two men": the clause after
# the joint tells an earlier act of the same day (of another kind: split only then, as above).
_HOURS_AFTER_JOINT = re.compile(r",\s+(?:only |just |a few |several |\w+ )?hours (?:after|before)\s+", re.IGNORECASE)
# "Taliban forces and Pakistani troops exchanged fire on Saturday, officials said, four days after Pakistani air
# strikes that killed 46 people": the same joint counted in days tells an act that many days before (``_share_dates``
# moves its day), so the strikes' dead are not the clash's.
_DAYS_AFTER_JOINT = re.compile(
    r",\s+(?:only |just |some )?(?:(?:a|one) day|(?:two|three|four|five|six|[2-6]) days) after\s+", re.IGNORECASE)
# "Bandits abducted 15 pupils in Gada on Saturday, days after 287 pupils were kidnapped from a school in Kuriga": an
# act some days before, of any kind (a day apart is another event), whose own day the joint does not tell.
_SOME_DAYS_AFTER_JOINT = re.compile(r",\s+(?:only |just |mere )?days (?:after|before)\s+", re.IGNORECASE)
# "The blast came hours before a Houthi missile struck a parade at al-Jalaa camp": the clause before the joint only
# names the story's own act ("the blast", a reference) and the joint's verb says when it was against another act,
# told after it; that act is another event, of its own place and kind.
_CAME_HOURS_AFTER_JOINT = re.compile(
    r"\s+(?:came|happened|occurred|took place)\s+(?:only |just |a few |several |\w+ )?hours (?:after|before)\s+",
    re.IGNORECASE)
_CAME_HOURS_AFTER_NEEDS = gate_words(_CAME_HOURS_AFTER_JOINT)  # speed only: read off the pattern
_TIME_AFTER_JOINT_NEEDS = gate_words(_HOURS_AFTER_JOINT) + gate_words(_DAYS_AFTER_JOINT)  # speed only: read off the patterns
_SOME_DAYS_AFTER_NEEDS = gate_words(_SOME_DAYS_AFTER_JOINT)  # speed only: read off the pattern


def _split_at_a_later_time(whole: Mention, sentence: Sentence, detection: Detection, facts: _Facts,
                           context: ArticleContext) -> list[Mention] | None:
    joints: list[re.Match[str]] = []
    if _may_open_a_later_time(context.text, sentence):  # speed only: else no joint opens on a later time
        joints = [j for j in _CLAUSE_JOINT.finditer(context.text, sentence.start, sentence.end)
                  if (opens := _LATER_TIME_OPENS.match(context.text, j.end()))
                  and (opens.group().strip().lower() != "later" or not _reported_tactics(whole) & _ONE_SCENE)]
    hours_after: list[re.Match[str]] = []
    if may_hold_any(sentence.text, _TIME_AFTER_JOINT_NEEDS):  # speed only: else neither joint is in the sentence
        hours_after = [j for pattern in (_HOURS_AFTER_JOINT, _DAYS_AFTER_JOINT)
                       for j in pattern.finditer(context.text, sentence.start, sentence.end)
                       if "protest" not in _reported_tactics(whole)]  # force on a crowd is the crowd's event
    for joint in [*joints, *hours_after]:
        left = _mention(sentence.start, joint.start(), sentence, detection, facts, True)
        right = _mention(joint.end(), sentence.end, sentence, detection, facts, True)
        if left.reports and right.reports and not _reported_tactics(left) & _reported_tactics(right):
            return _share_dates([left, right], context.text)
    return _split_off_the_act_it_came_after(sentence, detection, facts, context) or _split_at_some_days_before(
        sentence, detection, facts, context)


def _split_off_the_act_it_came_after(sentence: Sentence, detection: Detection, facts: _Facts,
                                     context: ArticleContext) -> list[Mention] | None:
    """"The blast came hours before a missile struck a parade": the story's act, named by a reference only, and
    another act of another kind told after the joint."""
    halves = _halves_at(_CAME_HOURS_AFTER_JOINT, _CAME_HOURS_AFTER_NEEDS, sentence, detection, facts, context)
    if not halves:
        return None
    left, right = halves
    referred = {t.tactic for t in left.triggers}
    if left.reports or not referred or not right.reports or referred & _reported_tactics(right):
        return None
    return _share_dates([left, right], context.text)


def _split_at_some_days_before(sentence: Sentence, detection: Detection, facts: _Facts,
                               context: ArticleContext) -> list[Mention] | None:
    """", days after <act>": two acts days apart, whatever their kinds; the earlier one keeps only its own day."""
    halves = _halves_at(_SOME_DAYS_AFTER_JOINT, _SOME_DAYS_AFTER_NEEDS, sentence, detection, facts, context)
    return list(halves) if halves and halves[0].reports and halves[1].reports else None


def _halves_at(joint_pattern: re.Pattern[str], needs: tuple[str, ...], sentence: Sentence, detection: Detection,
               facts: _Facts, context: ArticleContext) -> tuple[Mention, Mention] | None:
    """The clauses before and after the sentence's first joint of this pattern (``needs``: its gate words)."""
    if not may_hold_any(sentence.text, needs):
        return None
    joint = joint_pattern.search(context.text, sentence.start, sentence.end)
    if joint is None:
        return None
    return (_mention(sentence.start, joint.start(), sentence, detection, facts, True),
            _mention(joint.end(), sentence.end, sentence, detection, facts, True))


# "The Guards fired missiles at Idlib, in retaliation for the bombings that killed about 90 people in Kerman this
# month": the act a reprisal answers is told only to explain it; its day, dead and place are its own, not the
# reprisal's. The reprisal keeps no date of the cause (it takes the story's day), the cause stands as its own act.
_CAUSE_JOINT = re.compile(r",?\s+in\s+(?:retaliation|revenge|reprisal|response)\s+(?:for|to)\s+", re.IGNORECASE)
# "believed the bombing might be a reprisal for a military raid on Friday ..., in which soldiers killed 11": the
# act named before "a reprisal for" is the story's act, named only; the dated act after it is another act.
_ANSWER_JOINT = re.compile(r"\s+an?\s+(?:retaliation|revenge|reprisal|response)\s+(?:for|to)\s+", re.IGNORECASE)
_ANSWER_JOINT_NEEDS = gate_words(_ANSWER_JOINT)  # speed only: read off the pattern, never kept by hand
_CAUSE_JOINT_NEEDS = gate_words(_CAUSE_JOINT)  # speed only: read off the pattern, never kept by hand


# "The attack came a week after jihadists ambushed a patrol near Tera, killing six soldiers": what follows "came <a
# span> after" is an earlier act told to set this one in time, with its own dead and place; its day is counted back
# from the act the story told last (``_counted_back_from_the_act_before``).
_CAME_SPAN_AFTER = re.compile(
    r"\b(?:came|comes|come)\s+(?:just\s+|only\s+|barely\s+|nearly\s+|almost\s+|exactly\s+)?"
    r"(?:(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?P<unit>days?|weeks?)\s+after\s+",
    re.IGNORECASE)
_CAME_SPAN_AFTER_NEEDS = gate_words(_CAME_SPAN_AFTER)  # speed only: read off the pattern, never kept by hand
DAYS_IN = {"day": 1, "days": 1, "week": 7, "weeks": 7}
WEEK_SPAN_SLACK_DAYS = 3  # "a week after": the coding rules' week precision, the counted day ± half a week


def _split_off_an_earlier_act(sentence: Sentence, detection: Detection, facts: _Facts,
                              context: ArticleContext) -> list[Mention] | None:
    halves = _halves_at(_CAME_SPAN_AFTER, _CAME_SPAN_AFTER_NEEDS, sentence, detection, facts, context)
    if halves is None:
        return None
    earlier = halves[1]
    if not earlier.reports or not (earlier.deaths or earlier.place_names):
        return None  # "came a week after the talks collapsed": no act of its own to tell apart
    return [m for m in halves if m.triggers]


def _counted_back_from_the_act_before(found: list[Mention], before: Sequence[Mention], sentence: Sentence,
                                      text: str) -> list[Mention]:
    """The act after "came a week after" took place that long before the last act told with a day of its own."""
    if not found or not may_hold_any(sentence.text, _CAME_SPAN_AFTER_NEEDS):
        return found
    joint = _CAME_SPAN_AFTER.search(text, sentence.start, sentence.end)
    acts = [m for m in before if m.reports and firm_dates(m.dates)]
    if joint is None or not acts:
        return found
    day = _counted_back(firm_dates(acts[-1].dates)[0], joint, text)
    return [replace(m, dates=(day,)) if m.start == joint.end() and not firm_dates(m.dates) else m for m in found]


def _counted_back(last: DateMention, joint: re.Match[str], text: str) -> DateMention:
    span = Span(joint.start(), joint.end(), text[joint.start():joint.end()])
    if joint["count"] is None:
        return _loosely_counted_back(last, DAYS_IN[joint["unit"].lower()], span)
    count = joint["count"].lower()
    unit = DAYS_IN[joint["unit"].lower()]
    days = (1 if count in ("a", "an") else parse_number(count) or 1) * unit
    day = last.day - timedelta(days=days)
    slack = timedelta(days=WEEK_SPAN_SLACK_DAYS if unit == 7 else 0)
    return DateMention(day, 2 if unit == 7 else 1, (day - slack, day + slack), span, "ago")


# "came days after", "came weeks after": no count, so the day is a guess the coding rules' precision must own up to
LOOSE_DAYS_BACK, LOOSE_DAYS_SLACK = 3, 3  # "days": a few days, within the week before (precision 2)
LOOSE_WEEKS_BACK, LOOSE_WEEKS_SLACK = 14, 10  # "weeks": about a fortnight, within the month before (precision 3)


def _loosely_counted_back(last: DateMention, unit: int, span: Span) -> DateMention:
    back, slack = (LOOSE_WEEKS_BACK, LOOSE_WEEKS_SLACK) if unit == 7 else (LOOSE_DAYS_BACK, LOOSE_DAYS_SLACK)
    day = last.day - timedelta(days=back)
    window = (day - timedelta(days=slack), min(day + timedelta(days=slack), last.day - timedelta(days=1)))
    return DateMention(day, 3 if unit == 7 else 2, window, span, "ago")  # never the later act's own day


def _split_off_the_cause(sentence: Sentence, detection: Detection, facts: _Facts,
                         context: ArticleContext) -> list[Mention] | None:
    halves = _halves_at(_CAUSE_JOINT, _CAUSE_JOINT_NEEDS, sentence, detection, facts, context)
    if halves is None:
        return _split_off_what_it_answered(sentence, detection, facts, context)
    left, right = halves
    if not left.reports or not right.triggers or not (right.dates or right.deaths):
        return None  # "fired in response to the attack": a cause with nothing of its own stays in the sentence
    return [left, right]


def _split_off_what_it_answered(sentence: Sentence, detection: Detection, facts: _Facts,
                                context: ArticleContext) -> list[Mention] | None:
    if not facts.dates:
        return None  # speed only: the act answered has a day of its own
    halves = _halves_at(_ANSWER_JOINT, _ANSWER_JOINT_NEEDS, sentence, detection, facts, context)
    if halves is None:
        return None
    named, answered = halves
    return [named, answered] if named.triggers and not named.reports and answered.reports and answered.dates \
        else None


# "The anniversary marches were called after blogger Albert Ojwang died in police custody earlier this month": a
# clause that only names an act ("the marches") and the dated act it followed are two acts; the day is the later
# clause's, and the named act keeps none (it is the one the story told before).
_FOLLOWED_JOINT = re.compile(r"\s+(?:after|following)\s+", re.IGNORECASE)
_FOLLOWED_JOINT_NEEDS = gate_words(_FOLLOWED_JOINT)  # speed only: read off the pattern, never kept by hand


def _split_off_what_it_followed(sentence: Sentence, detection: Detection, facts: _Facts,
                                context: ArticleContext) -> list[Mention] | None:
    if not facts.dates:
        return None  # speed only: the act it followed has a day of its own
    halves = _halves_at(_FOLLOWED_JOINT, _FOLLOWED_JOINT_NEEDS, sentence, detection, facts, context)
    if halves is None:
        return None
    named, followed = halves
    if not named.triggers or named.reports or named.dates or not followed.reports or not firm_dates(followed.dates):
        return None
    return [named, followed]


# "Syrian government forces shelled towns ... on Friday, killing at least ten civilians across Idlib province, rescuers
# said, after a drone attack on a military academy in Homs that killed 89 people": a dated act with its own dead,
# then ", after" an act with dead of its own in a place of its own, tells two acts; the one it came after keeps no day
# of the first (the story dates it elsewhere) and no place of the first joins it (round twenty).
_CAME_AFTER_JOINT = re.compile(r",\s*(?:after|following)\s+(?=(?:an?|the)\s)", re.IGNORECASE)
_CAME_AFTER_JOINT_NEEDS = gate_words(_CAME_AFTER_JOINT)  # speed only: read off the pattern, never kept by hand


def _split_off_an_act_elsewhere_before(sentence: Sentence, detection: Detection, facts: _Facts,
                                       context: ArticleContext) -> list[Mention] | None:
    if not facts.dates or len(facts.casualties) < 2:
        return None  # speed only: both acts have their dead, the first its day
    halves = _halves_at(_CAME_AFTER_JOINT, _CAME_AFTER_JOINT_NEEDS, sentence, detection, facts, context)
    if halves is None:
        return None
    act, before = halves
    if not (act.reports and act.deaths and firm_dates(act.dates)) or before.dates:
        return None
    if not (before.reports and before.deaths and before.place_names) or before.place_names & act.place_names:
        return None
    return [act, before]


def _may_open_a_later_time(text: str, sentence: Sentence) -> bool:
    run_after = _WORDS_AND_SPACES.match(text, sentence.end)
    return may_hold_any(text[sentence.start:run_after.end() if run_after else sentence.end], _LATER_TIME_OPENS_NEEDS)


def _reported_tactics(mention: Mention) -> set[str]:
    return {t.tactic for t in mention.triggers if t.kind == REPORT}


_DATE_CLAUSE_BREAK = re.compile(r",\s*|;\s*|\s+(?=(?:who|which|after|when|while|whereas|before)\b)", re.IGNORECASE)


def _split_by_dates(whole: Mention, sentence, detection, facts, context) -> list[Mention] | None:
    """'On 7 September teachers marched for two colleagues killed in late May': two dates that cannot be one
    day are two events; the sentence is cut at the last clause break before the second date."""
    firm = _without_joined_days(firm_dates(whole.dates), context.text)
    if len(firm) < 2 or dates_agree(firm[0], firm[1]):
        return None
    cut = None
    for joint in _DATE_CLAUSE_BREAK.finditer(context.text, firm[0].span.end, firm[1].span.start):
        cut = joint
    if cut is None:
        return None
    left = _mention(sentence.start, cut.start(), sentence, detection, facts, True)
    right = _mention(cut.end(), sentence.end, sentence, detection, facts, True)
    return [m for m in (left, right) if m.triggers] or None


# Round twenty-eight: "Turkish drones pounded Syrian positions on Friday and Saturday, officials said, after an air
# strike killed 33 Turkish soldiers late on Thursday": days joined by "and" or "to" are one act's span of days, so
# the day that cannot be the act's is the next one told apart (before, the joined days stopped the cut and the
# strike's dead stayed on Friday's act).
_JOINED_DAYS = re.compile(r"\s+(?:and|or|to|through|until|into)\s+(?:on\s+)?", re.IGNORECASE)


def _without_joined_days(firm: list[DateMention], text: str) -> list[DateMention]:
    return [day for i, day in enumerate(firm)
            if i == 0 or not _JOINED_DAYS.fullmatch(text, firm[i - 1].span.end, day.span.start)]


def _clauses_after(mention: Mention, sentence, detection, facts, context) -> list[Mention]:
    """Split the right-hand clause again when it, too, carries two tolls."""
    if len(mention.deaths) < 2:
        return [mention]
    sub = Sentence(mention.start, mention.end, context.text[mention.start:mention.end], sentence.paragraph)
    return [replace(m, clause_of_split=True, sentence=sentence) for m in _clauses(sub, detection, facts, context)]


def _share_dates(clauses: list[Mention], text: str) -> list[Mention]:
    """'Over the weekend X was killed ... and Y was killed': the sentence's date governs every clause, but
    'struck Hodeidah on Saturday, a day after a drone exploded in Tel Aviv and killed a man' puts the later clause
    that many days before it."""
    dates = tuple(d for clause in clauses for d in clause.dates)
    shared = []
    for clause in clauses:
        if clause.dates or not dates:
            shared.append(clause)
            continue
        days = _days_after_between(text, dates[0].span.end, clause.start)
        day = dates[0] if not days else replace(dates[0], day=dates[0].day - timedelta(days=days), window=(
            dates[0].window[0] - timedelta(days=days), dates[0].window[1] - timedelta(days=days)))
        shared.append(replace(clause, dates=(day,)))
    return shared


# "..., a day after", "two days after": the clause that follows tells an act that many days before the date.
_DAYS_AFTER = re.compile(r"\b(?:(?P<one>a|one)\s+day|(?P<count>two|three|four|five|six|[2-6])\s+days)\s+after\b",
                         re.IGNORECASE)


def _days_after_between(text: str, start: int, end: int) -> int:
    found = list(_DAYS_AFTER.finditer(text, start, end))
    if not found:
        return 0
    count = found[-1].group("count")
    return 1 if count is None else parse_number(count) or 0


def _rival_tolls(left: Mention, right: Mention) -> bool:
    """"The army said at least 60 were killed, whereas residents said more than 100 died": two sources' tolls of one
    act, not two acts."""
    return any(c.rival for c in left.deaths) and any(c.rival for c in right.deaths)


def _stands_alone(mention: Mention) -> bool:
    """A clause that reports an act with dead of its own. Attackers killed ("and 21 of the attackers were also
    killed when villagers fought back") died in the act the sentence tells: their clause is not another event."""
    return mention.reports and any(c.kind != "attackers_killed" for c in mention.deaths)


def _mention(start: int, end: int, sentence: Sentence, detection: Detection, facts: _Facts, split: bool) -> Mention:
    def inside(items):
        return tuple(item for item in items if item.span is not None and start <= item.span.start < end)

    triggers = tuple(t for t in detection.live_triggers if start <= t.span.start < end)
    if inside(facts.history) and not inside(facts.dates):
        triggers = ()  # history told as background: no event here
    if inside(facts.running_counts) and not inside(facts.casualties) and not inside(facts.dates):
        triggers = ()  # a running count of a war's dead: no event here
    if inside(facts.spread_counts) and not inside(facts.casualties):
        # the dead of many incidents, places or days: whatever its date, no one event here; but a place taken
        # ("captured a military outpost on Monday after a two-day battle") is one act on one day
        triggers = tuple(t for t in triggers if t.tactic == "territory" and t.kind == REPORT)
    return Mention(
        start, end, sentence, detection, triggers,
        dates=inside(facts.dates),
        casualties=inside(facts.casualties),
        places=inside(facts.places),
        actors=inside(facts.actors),
        claims=inside(facts.claims),
        clause_of_split=split,
        speech_dates=inside(facts.speech_dates),
    )


def firm_dates(dates: Sequence[DateMention]) -> list[DateMention]:
    return [d for d in dates if d.expression not in WEAK_DATE_EXPRESSIONS]


def dates_agree(a: DateMention, b: DateMention) -> bool:
    return a.window[0] <= b.window[1] and b.window[0] <= a.window[1]


def unique_sentences(mentions: Sequence[Mention]) -> list[Sentence]:
    """The text of each mention once: the whole sentence, or only its clause when it was split."""
    seen: dict[tuple[int, int], Sentence] = {}
    for mention in mentions:
        if mention.clause_of_split:
            sentence = Sentence(mention.start, mention.end, mention.detection.sentence.text[
                mention.start - mention.detection.sentence.start:mention.end - mention.detection.sentence.start
            ], mention.sentence.paragraph)
        else:
            sentence = mention.sentence
        seen.setdefault((sentence.start, sentence.end), sentence)
    return list(seen.values())
# "Overnight" means the night before the report in same-day copy but is also used for the night of the event
# being told: it never splits an event from a mention with another date, and ranks last.
WEAK_DATE_EXPRESSIONS = frozenset({"overnight"})


# "The army said on Sunday that it killed 20 militants on Friday": a date that follows a verb of saying
# dates the statement, not the event. It neither splits events nor dates one that has a date of its own.
_SPEECH_BEFORE = re.compile(
    # not "said that on January 29, fighters attacked": a day after "that" opens the clause said, the act's own
    r"(?:\b(?:said|says|told|tells|announced|reported|confirmed|added|stated|declared|claimed|warned|"
    r"told reporters|told AFP|told Reuters)(?:\s+(?!that\b)[\w-]+){0,2}|"
    r"\b(?:vowed|pledged|mourned|observed|condemned|appealed|urged|promised)(?:\s+[\w-]+){0,4}|"
    # "claimed the attack through its news agency on Tuesday": the day of the claim, told through its channel
    r"\bclaimed\s+(?:the|an|a)\s+(?:[\w-]+\s+)?(?:attack|bombing|raid|assault|ambush|killings?|strike)\s+"
    r"(?:through|via|in|on)\s+(?:its|their|a|an)(?:\s+[\w-]+){1,3}|"
    r"\b(?:in a statement|in a report|in a video|in an interview|press conference|on its channels|on social media|"
    r"in an? (?:(?:audio|video|voice|recorded|written|online|handwritten) )?(?:message|recording|clip|statement|"
    r"communiqu[eé]|note|letter|leaflet|pamphlet))"
    r"(?:\s+[\w-]+){0,6}|"  # "in a statement carried by its Amaq news agency on Tuesday": six words
    # "according to a government statement on Friday", "according to the army's count on Monday"
    r"\baccording\s+to\s+(?:a|an|the|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|communiqu[eé]"
    r"|count|tally|toll|figures?)|"
    # "30 fighters were buried on Monday", "rescuers recovered 36 bodies on Sunday", "Families began burying their
    # dead on Wednesday": the day of the aftermath
    r"\b(?:buried|burying|bury|laid to rest|recovered|retrieved|exhumed)(?:\s+[\w-]+){0,3}|"
    # "before a mass burial on Thursday" (right before the day: not "fired on a funeral procession in Bamenda on")
    r"\b(?:burial|funeral)s?|"
    # "a fourth victim died of his wounds on Tuesday": the day of a later death, not of the act
    r"\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries)(?:\s+[\w-]+){0,2}|"
    # "The figure given on Monday", "the first report from the county commissioner on Monday", "A first count given
    # by local officials on Sunday", "An initial toll given on Tuesday morning": a count's day
    r"\b(?:figure|count|tally|report|toll)s?\s+(?:(?:given|released|issued|published|provided)(?:\s+by(?:\s+[\w-]+){1,4})?|"
    r"from(?:\s+[\w-]+){1,4})|"
    # "several of them remained in a critical condition on Saturday": the day of the wounded's state, not of the act
    r"\bin\s+(?:a\s+)?(?:critical|serious|stable|grave)\s+condition|"
    # "the death toll rose to 100 on Tuesday": the day of the count, not of the act
    r"\b(?:rose|risen|rises|climbed|jumped|increased)\s+to\s+[\w,.-]+(?:\s+[\w-]+){0,3}|"
    # "the ministry first gave a toll of 60 dead on Thursday evening", "before announcing the final figure on Friday":
    # the day the count was given
    r"\b(?:gave|given|giving|put|announc\w*|releas\w*|publish\w*)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:death\s+)?"
    r"(?:toll|figure|count|tally)(?:\s+(?:of|at)\s+[\w,.-]+(?:\s+[\w-]+){0,2})?|"
    r"(?:^|[,;.]\s*|\band\s+)by|"  # "..., and by Tuesday afternoon the toll had reached 100"
    r"\bas (?:of|at))\s+$",  # "as of today, 19 people have lost their lives": the day of the count
    re.IGNORECASE,
)


# Speed only: every match of _SPEECH_BEFORE holds one of these.
_SPEECH_NEEDS = gate_words(_SPEECH_BEFORE)  # speed only: read off the pattern, never kept by hand
SPEECH_REACH = 60  # characters before a date searched for the verb of saying


def is_speech_date_in(mention: DateMention, context: ArticleContext) -> bool:
    """``is_speech_date`` of the article's own text, read once per date of the article (a sentence's facts and the
    story's days ask of the same dates: speed only)."""
    return context.read_once(("speech date", date_key(mention)), lambda: is_speech_date(mention, context.text))


def is_speech_date(mention: DateMention, text: str) -> bool:
    if _names_the_act(mention, text):
        return False
    if _AFTERMATH_AFTER.match(text, mention.span.end) or _STATEMENT_AFTER.match(text, mention.span.end):
        return True
    if _dates_a_blame(mention, text):
        return True
    left = max(0, mention.span.start - SPEECH_REACH)
    if not may_hold_any(text[left:mention.span.start], _SPEECH_NEEDS):
        return False
    return bool(_SPEECH_BEFORE.search(text, left, mention.span.start))


# "The government blamed the National Liberation Army (ELN) rebels on Friday for a car bomb attack": a day told
# between the blamed and the act they are blamed for dates the blame ("accused his challenger on Wednesday of being
# backed by terrorists" blames no act: that day stays the sentence's).
_BLAMED_BEFORE = re.compile(r"\b(?:blamed|accused)(?:\s+[\w()'’-]+){1,6}\s+$", re.IGNORECASE)
_BLAMED_ACT_AFTER = re.compile(
    r"\s+(?:for|of)\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|bombings?|blasts?|explosions?|killings?|massacres?|ambush(?:es)?|"
    r"raids?|(?:air\s*|drone\s+)?strikes?|shelling|shootings?|abductions?|kidnappings?|assaults?)\b", re.IGNORECASE)
BLAME_REACH = 60  # characters before a date searched for "blamed"/"accused" and the blamed


def _dates_a_blame(mention: DateMention, text: str) -> bool:
    before = text[max(0, mention.span.start - BLAME_REACH):mention.span.start]
    if ("blamed" not in before and "accused" not in before) or not _BLAMED_BEFORE.search(before):
        return False
    return bool(_BLAMED_ACT_AFTER.match(text, mention.span.end))


# "Mourners on Monday buried 12 people killed in Saturday's bombing": a day right before a verb of burial dates
# the burial (as "buried on Monday" does above), not the act that killed them.
_AFTERMATH_AFTER = re.compile(r",?\s+(?:also\s+)?(?:buried|laid to rest|mourned)\b", re.IGNORECASE)

# "The group on Tuesday claimed responsibility for ...", "the civil defence on Thursday revised down to 19 the number
# of ...", "On Monday the health ministry put the number of dead at 37": a day right before (a few words before) a
# claim or a revised count dates the statement, as "claimed on Tuesday" does; "said" only right after the day ("the
# army on Sunday said"), since a subject between ("On Sunday gunmen said to be ...") may tell the act itself.
# "On Tuesday, it had said 27 people were killed", "the administrator had on Thursday given a provisional toll of 17":
# a count said before the one the story leads with (the past perfect of saying, a toll given) is a statement too.
_STATEMENT_AFTER = re.compile(
    r",?\s+(?:(?:[\w'’-]+\s+){0,4}?(?:claimed\s+(?:responsibility|credit)|revised|raised|updated|"
    # "put at 132 the number", "put the final toll"
    r"put\s+(?:at\s+[\w,.-]+\s+)?(?:the|its|their)\s+(?:[\w-]+\s+)?(?:death\s+)?(?:toll|number|figure|tally)|"
    r"had\s+(?:said|reported|announced)|"
    r"given\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:death\s+)?(?:toll|figure|count|tally))|"
    r"(?:said|announced|confirmed)\b)",
    re.IGNORECASE)
# "claimed responsibility for last Friday's raid": the object of a claim is the act, and its day the act's, whatever
# verb of saying stands before it. (Not every possessive: "condemned Sunday's massacre" may name a night act begun
# the day before, and stays the statement's.)
_CLAIMED_FOR_BEFORE = re.compile(r"\b(?:responsibility|credit)\s+for\s+(?:the\s+)?$", re.IGNORECASE)
CLAIMED_FOR_REACH = 25  # characters before a date searched for "responsibility for (the)"


# "families are still burying the people killed on Friday night", "A second, separate incident was reported on 4
# August in Mayo-Sava, where armed men abducted three farmers": a day right after the act's participle, or after an
# act "was reported" in a bulletin's passive, is the act's day, whatever verb of burial or saying stands before it
# (round twenty-two).
# Not a toll that "rose to 49 people killed on Sunday": the day of the count.
_ACT_DATED_BEFORE = re.compile(
    r"(?:\b(?:killed|slain|shot dead|massacred|abducted|kidnapped)|"
    r"\b(?:incidents?|attacks?|clash(?:es)?|ambush(?:es)?|explosions?|blasts?|shootings?|abductions?|kidnappings?|"
    r"raids?)\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?reported)\s+(?:on\s+)?$", re.IGNORECASE)
_ACT_DATED_NEEDS = gate_words(_ACT_DATED_BEFORE)  # speed only: read off the pattern, never kept by hand
_COUNT_RISEN = re.compile(r"\b(?:toll|rose|risen|rises|climbed|jumped|increased|reached)\b", re.IGNORECASE)


def _names_the_act(mention: DateMention, text: str) -> bool:
    before = text[max(0, mention.span.start - CLAIMED_FOR_REACH):mention.span.start]
    if may_hold_any(before, _ACT_DATED_NEEDS) and _ACT_DATED_BEFORE.search(before) \
            and not _COUNT_RISEN.search(text, max(0, mention.span.start - SPEECH_REACH), mention.span.start):
        return True
    return bool(_CLAIMED_FOR_BEFORE.search(before))


# A toll this large in a sentence about a war, years or a total is a running count, not one event's dead.
AGGREGATE_TOLL = 1000
_AGGREGATE_CONTEXT = re.compile(
    r"\b(?:since|over the (?:past|last)|years?|decades?|war|conflict|insurgency|in total|altogether|so far|"
    # "seized Goma in late January after fighting that killed about 3,000 people": a campaign's dead
    r"toll could reach|estimates?|fighting|battles|clashes|offensive|violence|unrest)\b",
    re.IGNORECASE,
)


def _is_aggregate(casualty: CasualtyMention, sentence: Sentence) -> bool:
    if casualty.low >= AGGREGATE_TOLL and _AGGREGATE_CONTEXT.search(sentence.text):
        return True
    clause = _clause_text(casualty, sentence)  # read once for both tests (speed only)
    return _tells_running_total(clause) or _tells_spread_total(clause)


# Whatever its size, a count told over a span of time is a running total: "183 killed in the region since
# fighting began in July", "the fighting has killed more than 500 people", "so far this year". A superlative
# before "since" ("the deadliest attack since 2019") compares one event with the past: its toll stays.
_RUNNING_TOTAL = re.compile(
    r"\bsince (?:the (?:start|beginning|outbreak)\b|(?:the )?(?:fighting|war|conflict|violence|clashes|unrest|"
    rf"insurgency|offensive|crisis)\b|(?:early |late |mid-)?(?:{_MONTHS})\b|\d{{4}}\b|last (?:year|month)\b|"
    r"then\b)|"  # "Since then more than 170 people have been killed": counted from a start the text told before
    r"\bso far this (?:year|month)\b|\b(?:each|every|per) (?:year|month|week)\b|\bannually\b|"
    r"\b(?:fighting|war|conflict|violence|insurgency|unrest|crisis|clashes) (?:has|have) (?:killed|left)\b",
    re.IGNORECASE,
)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|first|highest)\b(?:\s+[\w-]+){0,4}\s*$", re.IGNORECASE)
# A count spread over many incidents, places or days is no one event's toll: "13 dead across the country",
# "killed in several attacks", "13 deaths in Niger, Borno, Kano and Katsina states", "a two-day operation in
# which 12 were killed".
_SPREAD_TOTAL = re.compile(
    r"(?<!from )\b(?:across|throughout) the (?:country|region|province|state|north|south)\b|\bnationwide\b|"
    r"\bin (?:several|many|separate|multiple|coordinated|a series of|a string of|a wave of) (?:[\w-]+ )?"
    r"(?:attacks|incidents|raids|strikes|clashes|cities|towns|states|provinces)\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-day (?:operation|offensive|raid|battle|siege|assault)\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) days of (?:protests?|demonstrations?|unrest|"
    r"fighting|clashes|violence|riots?)\b|\bin the capital and (?:the |in the )?(?:north|south|east|west)\b|"
    r"(?:\b[A-Z][\w'-]+, ){2,}[A-Z][\w'-]+,? and [A-Z][\w'-]+ (?:states|provinces|regions|districts)\b|"
    # "killed at least 37 people ... in a week of raids": a round-up's count over many days
    r"\b(?:a|one|two|three|last|this|the past) weeks? of (?:raids|attacks|fighting|clashes|violence|strikes|"
    r"killings|unrest)\b",
)
# Speed only: every _SPREAD_TOTAL match holds one of these, in this letter case (the pattern is case-sensitive;
# a list of places ends in "states", "provinces", "regions" or "districts").
_SPREAD_TOTAL_NEEDS = ("across the", "throughout the", "nationwide", "in several", "in many", "in separate",
                       "in multiple", "in coordinated", "in a series of", "in a string of", "in a wave of", "-day ",
                       " days of ", "in the capital and ", "states", "provinces", "regions", "districts", "week of ",
                       "weeks of ")
# Characters around a count searched for those cues: the clause the count sits in, not the whole sentence
# ("gunmen killed 12 on Sunday, bringing the number killed since January to 300" keeps its 12). Set on our
# own test sentences (tests/extract/test_running_totals.py).
TOTAL_CUE_BEFORE, TOTAL_CUE_AFTER = 80, 90
_CLAUSE_STOP = re.compile(r";|\.\s|,\s*(?:bringing|raising|taking|pushing|after|while|but)\b", re.IGNORECASE)
_INCLUDING_ASIDE = re.compile(r",\s+including\s+[^,;.]{1,80}(?=,)")


def _count_clause(casualty: CasualtyMention, sentence: Sentence) -> tuple[str, str]:
    """The text just before a count (from its clause start) and from the count to its clause end."""
    text, offset = sentence.text, sentence.start
    start, end = casualty.span.start - offset, casualty.span.end - offset
    before = text[max(0, start - TOTAL_CUE_BEFORE):start]
    before = before[max((m.end() for m in _CLAUSE_STOP.finditer(before)), default=0):]
    aside = _INCLUDING_ASIDE.match(text, end)  # "killed more than 50 people, including 23 passengers, in ..."
    after = text[start:end] + (text[aside.end():aside.end() + TOTAL_CUE_AFTER] if aside
                               else text[end:end + TOTAL_CUE_AFTER])
    stop = _CLAUSE_STOP.search(after, end - start)
    return before, after[:stop.start()] if stop else after


def _clause_text(casualty: CasualtyMention, sentence: Sentence) -> str:
    before, after = _count_clause(casualty, sentence)
    return before + after


def is_running_total(casualty: CasualtyMention, sentence: Sentence) -> bool:
    return _tells_running_total(_clause_text(casualty, sentence))


# Speed only: every _RUNNING_TOTAL match holds one of these (any letter case).
_RUNNING_TOTAL_NEEDS = gate_words(_RUNNING_TOTAL)  # speed only: read off the pattern, never kept by hand


def _tells_running_total(clause: str) -> bool:
    if not may_hold_any(clause, _RUNNING_TOTAL_NEEDS):
        return False
    return any(not _SUPERLATIVE_BEFORE.search(clause, 0, cue.start()) for cue in _RUNNING_TOTAL.finditer(clause))


def is_spread_total(casualty: CasualtyMention, sentence: Sentence) -> bool:
    return _tells_spread_total(_clause_text(casualty, sentence))


def _tells_spread_total(clause: str) -> bool:
    return any(map(clause.__contains__, _SPREAD_TOTAL_NEEDS)) and bool(_SPREAD_TOTAL.search(clause))

