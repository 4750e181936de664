"""From a cleaned ``Article`` to one ``EventDraft`` per distinct event, every field with its evidence.

1. Split sentences; keep those with a live trigger (``detect``). A sentence that reports two separate
   tolls ("two soldiers were killed by a roadside bomb and a French soldier was killed by an IED") is
   split into clauses, one *mention* each.
2. Group mentions into events, in text order. A mention joins an earlier event when nothing in it
   conflicts (date window, town, clause of the same sentence, "separately") and, for a mere reference
   ("Friday's assault", "the Indelimane strike") or a bare toll ("49 soldiers were killed"), when it is
   the event last spoken of or shares its date or place. A report with a new date, or in another town than
   the event names, starts a new event.
3. Fill each event's fields from its mentions (see ``_draft``) and keep the spans they came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Sequence

from eventwire.extract.detect import (
    CIVILIAN_INTER,
    CLASSIFIER_WEIGHT,
    REPORT,
    Detection,
    Trigger,
    TypeDecision,
    detect_sentence,
    find_sentence_triggers,
    type_from_tactics,
)
from eventwire.extract.actors import state_force_name
from eventwire.extract.kit import ExtractionKit, published_or_today
from eventwire.extract.notes import write_notes
from eventwire.extract.places import demonym_countries, find_places, rank_places
from eventwire.extract.sentences import Sentence, split_sentences
from eventwire.records import (
    ActorMention,
    Article,
    CasualtyMention,
    DateMention,
    EventDraft,
    Fatalities,
    PlaceMention,
    Span,
    TypePrediction,
)

# An event with no date of its own takes the nearest earlier date of its paragraph; failing that, the
# publication date with this precision (a news report is about the last few days) and this window.
FALLBACK_PRECISION = 2
FALLBACK_WINDOW_DAYS = 6
# Confidence: the detection score plus these bonuses for what a coder can pin down, minus the penalty
# for an event whose date was only inferred. Tuned so that an event with its own date, place and toll
# ranks above one found only through a reference (measured on the golden articles).
CONFIDENCE_BONUS = {"date": 0.1, "place": 0.05, "actors": 0.05, "toll": 0.05}
INFERRED_DATE_PENALTY = 0.15
CONFIDENCE_FLOOR, CONFIDENCE_CEILING = 0.05, 0.99
KILLED_KINDS = frozenset({"killed", "attackers_killed"})
# The classifier's top sub-type probability at which it overrules the precedence rules. Measured on the dev
# sets (first event per article, 533 events): rules alone 0.912/0.870 event_type (2020/Sahel); overruling at
# 0.9 → 0.917/0.904, at 0.95 → 0.922/0.904, at 0.99 → 0.920/0.877. 0.95 keeps the rules in charge of news
# prose, where the classifier (trained on coder notes) is less sure.
CLASSIFIER_OVERRULES_AT = 0.95
UNIDENTIFIED_ARMED_GROUP_INTER = 3
EXTERNAL_FORCES_INTER = 8  # ACLED codes unidentified armed groups as political militias

_SEPARATE_EVENT = re.compile(
    r"^\W*(?:separately|in a separate|in another|elsewhere|meanwhile|in other|also on|earlier on|on the same day|"
    r"the same day|in a second|a second)\b",
    re.IGNORECASE,
)
_ANAPHOR_BEFORE = re.compile(r"(?:\b(?:the|this|that|its|their)|['’]s)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_CLAUSE_JOINT = re.compile(r",?\s+(?:and|while|whereas|but)\s+|;\s*")
_CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|people|persons?|children|women|men|farmers?|herders?|passengers?|"
    r"worshippers?|students?|teachers?|traders?|merchants?|journalists?|workers?|family|families|boys?|girls?|victims|"
    r"village|house|home|market|school|church|mosque|bus|vehicle|councillor|councilor|elder|miners?|man|"
    r"individuals?|notables?|vendors?|guards?|managers?|health workers|consumers|elderly|minors?|youths?|"
    r"pupils?|inhabitants?|displaced|refugees?|mourners?|christians?|muslims?|chief|pastors?|imams?|wom[ae]n)\b",
    re.IGNORECASE,
)
_ARMED_WORDS = re.compile(
    r"\b(?:soldiers?|troops?|servicem[ae]n|police(?:m[ae]n| officers?)?|gendarmes?|officers?|guards?|militants?|"
    r"jihadists?|insurgents?|rebels?|fighters?|militiam[ae]n|militia|army|military|base|checkpoint|patrol|positions|"
    r"members of the (?:security|armed) forces|security forces|NDS|gendarmerie|police station|detachment|garrison|"
    r"military post|militiamen|Koglweogo|VDP|soldier|"
    r"convoy|outpost|barracks|camp|volunteers?|VDP|dozos?|peacekeepers?|personnel)\b",
    re.IGNORECASE,
)


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


@dataclass(frozen=True)
class _Context:
    article: Article
    text: str
    published: date
    kit: ExtractionKit
    sentences: tuple[Sentence, ...]
    excluded: tuple[Span, ...]  # the dateline: never an event date or place
    country: str | None  # the article's main country
    country_span: Span | None
    disaster_story: bool = False  # a flood or quake story: its dead are not events by themselves


@dataclass
class _Group:
    """Mentions of one event while grouping (local to one call, never shared)."""

    mentions: list[Mention] = field(default_factory=list)

    @property
    def dates(self) -> list[DateMention]:
        return [d for m in self.mentions for d in m.dates]

    @property
    def towns(self) -> set[str]:
        return set().union(*(m.towns for m in self.mentions))


def extract_events(article: Article, kit: ExtractionKit) -> list[EventDraft]:
    """Every distinct event the article reports, in the order the text first reports them."""
    context = _context(article, kit)
    predicted = [(group, _predict(group, context)) for group in _group(_mentions(context))]
    events = [(group, prediction) for group, prediction in predicted if _is_event(group, prediction, context)]
    drafts = [draft for group, prediction in events for draft in _drafts_of(group, prediction, context)]
    return [d for d in drafts if d.confidence >= kit.settings.min_confidence]


def _predict(mentions: Sequence[Mention], context: _Context) -> TypePrediction:
    """The classifier's reading of the event's sentences (asked once per event)."""
    return context.kit.classifier.predict(" ".join(s.text for s in _unique_sentences(mentions)))


def _drafts_of(group: Sequence[Mention], prediction: TypePrediction, context: _Context) -> list[EventDraft]:
    draft = _draft(group, prediction, context)
    return _per_place(group, draft) if context.kit.settings.split_listed_places else [draft]


# --------------------------------------------------------------------------- one event per place

_LIST_SEPARATOR = re.compile(r"(?:,\s+and\s+|,\s+|\s+and\s+)")


def _per_place(mentions: Sequence[Mention], draft: EventDraft) -> list[EventDraft]:
    """'Protests in Lagos, Abuja and Kano': one event per listed town, the toll split evenly (remainder on
    the first), as ACLED codes one event per location."""
    towns = _listed_towns(next((m for m in mentions if m.reports), mentions[0]))
    if len(towns) < 2:
        return [draft]
    shares = _split_evenly(draft.fatalities.fatalities, len(towns))
    others = tuple(p for p in draft.place_mentions if p.name not in {t.name for t in towns})
    return [
        replace(draft, place_mentions=(town, *others), fatalities=_share(draft.fatalities, share),
                evidence={**draft.evidence, "location": (town.span,)}, notes=draft.notes.replace(towns[0].name, town.name))
        for town, share in zip(towns, shares)
    ]


def _listed_towns(mention: Mention) -> list[PlaceMention]:
    text = mention.sentence.text
    towns = [p for p in sorted(mention.places, key=lambda p: p.span.start) if p.cue in ("in", "near")]
    run: list[PlaceMention] = towns[:1]
    for previous, current in zip(towns, towns[1:]):
        gap = text[previous.span.end - mention.sentence.start:current.span.start - mention.sentence.start]
        if not _LIST_SEPARATOR.fullmatch(gap):
            break
        run.append(current)
        if " and " in gap:  # "Town, Region" is not a list: only a run closed by "and" is one
            return run
    return run[:1]


def _split_evenly(total: int, parts: int) -> list[int]:
    share, remainder = divmod(total, parts)
    return [share + (1 if i < remainder else 0) for i in range(parts)]


def _share(fatalities: Fatalities, share: int) -> Fatalities:
    return Fatalities(share, share if fatalities.low is not None else None, share if fatalities.best is not None else None,
                      share if fatalities.high is not None else None)


# --------------------------------------------------------------------------- context and mentions


def _context(article: Article, kit: ExtractionKit) -> _Context:
    text = article.text
    excluded = (article.dateline.span,) if article.dateline else ()
    country, span = _article_country(article, kit)
    return _Context(
        article, text, published_or_today(article.published_date), kit, tuple(split_sentences(text)),
        excluded, country, span, _is_disaster_story(text),
    )


def _article_country(article: Article, kit: ExtractionKit) -> tuple[str | None, Span | None]:
    """The dateline's country, else the country named most often (by name or demonym) in the text."""
    if article.dateline and article.dateline.country:
        country = kit.country_by_name(article.dateline.country)
        return (getattr(country, "name", article.dateline.country), article.dateline.span)
    named = demonym_countries(article.text, 0, len(article.text), kit.country_by_name)
    if not named:
        return None, None
    top, _ = Counter(name for name, _ in named).most_common(1)[0]
    return top, next(span for name, span in named if name == top)


def _mentions(context: _Context) -> list[Mention]:
    mentions: list[Mention] = []
    all_triggers = find_sentence_triggers(context.text, context.sentences, context.published)
    for sentence, triggers in zip(context.sentences, all_triggers):
        triggers = triggers if any(t.live for t in triggers) else _claim_trigger(sentence)
        if any(t.live for t in triggers):
            detection = detect_sentence(context.text, sentence, 0.0, context.published, triggers)
            clauses = _clauses(sentence, detection, _facts(sentence, context), context)
            mentions.extend(m for m in clauses if m.triggers)
    return mentions


# "The Islamic State claimed responsibility the same night": a claim names the perpetrator of the event
# told before it even when the sentence holds no word of violence.
_CLAIM_SENTENCE = re.compile(
    r"\bclaimed (?:responsibility|the (?:attack|bombing|assault|killing|abduction|kidnapping|raid|strike|blast))|"
    r"\btook responsibility\b",
    re.IGNORECASE,
)


def _claim_trigger(sentence: Sentence) -> list[Trigger]:
    match = _CLAIM_SENTENCE.search(sentence.text)
    if match is None:
        return []
    start = sentence.start + match.start()
    return [Trigger(Span(start, start + len(match.group()), match.group()), "claim", "reference", noun=True)]


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


def _facts(sentence: Sentence, context: _Context) -> _Facts:
    kit, text, start, end = context.kit, context.text, sentence.start, sentence.end
    actors = tuple(kit.actors.find_actors(text, start, end, country=context.country))
    actor_spans = tuple(a.span for a in actors if a.span is not None)
    claims = kit.find_claims(text, start, end, kit.actors, context.country) if _CLAIM_HINT.search(sentence.text) else []
    dates = kit.find_dates(text, context.published, start, end)
    event_dates = [d for d in dates if _is_event_date(d, context)]
    return _Facts(
        actors=actors,
        casualties=tuple(c for c in kit.find_casualties(text, start, end) if not _is_aggregate(c, sentence)),
        dates=tuple(d for d in event_dates if not _is_speech_date(d, text)),
        speech_dates=tuple(d for d in event_dates if _is_speech_date(d, text)),
        history=tuple(d for d in dates if d.day is not None and _is_history(d, context)),
        places=tuple(find_places(text, start, end, actor_spans + context.excluded, kit.country_by_name)),
        claims=tuple(c for c in claims if isinstance(c, ActorMention)),
    )


# A dated act this long before publication is history told as background ("seized power in a coup in
# February 2021" in a 2023 story); news about an event comes within weeks, rarely months.
HISTORY_AFTER_DAYS = 180


def _is_history(mention: DateMention, context: _Context) -> bool:
    return (context.published - mention.window[1]).days > HISTORY_AFTER_DAYS


_PERIOD_START = re.compile(r"\b(?:since|until|till)\s+$", re.IGNORECASE)
# Claims are rare; only sentences with one of these words are handed to ``find_claims``.
_CLAIM_HINT = re.compile(r"\b(?:claim\w*|responsib\w*|blamed|attributed|the work of)\b", re.IGNORECASE)


def _clauses(sentence: Sentence, detection: Detection, facts: _Facts, context: _Context) -> list[Mention]:
    whole = _mention(sentence.start, sentence.end, sentence, detection, facts, False)
    by_date = _split_by_dates(whole, sentence, detection, facts, context)
    if by_date:
        return by_date
    if len(whole.deaths) < 2:
        return [whole]
    for joint in _CLAUSE_JOINT.finditer(context.text, sentence.start, sentence.end):
        left = _mention(sentence.start, joint.start(), sentence, detection, facts, True)
        right = _mention(joint.end(), sentence.end, sentence, detection, facts, True)
        if _stands_alone(left) and _stands_alone(right):
            return _share_dates([left, *_clauses_after(right, sentence, detection, facts, context)])
    return [whole]


_DATE_CLAUSE_BREAK = re.compile(r",\s*|;\s*|\s+(?=(?:who|which|after|when|while|whereas|before)\b)", re.IGNORECASE)


def _split_by_dates(whole: Mention, sentence, detection, facts, context) -> list[Mention] | None:
    """'On 7 September teachers marched for two colleagues killed in late May': two dates that cannot be one
    day are two events; the sentence is cut at the last clause break before the second date."""
    firm = _firm_dates(whole.dates)
    if len(firm) < 2 or _dates_agree(firm[0], firm[1]):
        return None
    cut = None
    for joint in _DATE_CLAUSE_BREAK.finditer(context.text, firm[0].span.end, firm[1].span.start):
        cut = joint
    if cut is None:
        return None
    left = _mention(sentence.start, cut.start(), sentence, detection, facts, True)
    right = _mention(cut.end(), sentence.end, sentence, detection, facts, True)
    return [m for m in (left, right) if m.triggers] or None


def _clauses_after(mention: Mention, sentence, detection, facts, context) -> list[Mention]:
    """Split the right-hand clause again when it, too, carries two tolls."""
    if len(mention.deaths) < 2:
        return [mention]
    sub = Sentence(mention.start, mention.end, context.text[mention.start:mention.end], sentence.paragraph)
    return [replace(m, clause_of_split=True, sentence=sentence) for m in _clauses(sub, detection, facts, context)]


def _share_dates(clauses: list[Mention]) -> list[Mention]:
    """'Over the weekend X was killed ... and Y was killed': the sentence's date governs every clause."""
    dates = tuple(d for clause in clauses for d in clause.dates)
    return [clause if clause.dates else replace(clause, dates=dates[:1]) for clause in clauses]


def _stands_alone(mention: Mention) -> bool:
    return mention.reports and len(mention.deaths) >= 1


def _mention(start: int, end: int, sentence: Sentence, detection: Detection, facts: _Facts, split: bool) -> Mention:
    def inside(items):
        return tuple(item for item in items if item.span is not None and start <= item.span.start < end)

    triggers = tuple(t for t in detection.live_triggers if start <= t.span.start < end)
    if inside(facts.history) and not inside(facts.dates):
        triggers = ()  # history told as background: no event here
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


def _is_event_date(mention: DateMention, context: _Context) -> bool:
    if mention.expression in ("year", "vague", "weekday_future") or mention.day is None:
        return False
    if _is_history(mention, context):
        return False
    if _PERIOD_START.search(context.text, max(0, mention.span.start - 12), mention.span.start):
        return False  # "since April 10" opens a period; it does not date one event
    if mention.day > context.published:
        return False
    return not any(s.start <= mention.span.start < s.end for s in context.excluded)


# --------------------------------------------------------------------------- grouping


def _group(mentions: Sequence[Mention]) -> list[list[Mention]]:
    groups: list[_Group] = []
    last: _Group | None = None
    for mention in mentions:
        target = _target(mention, groups, last)
        if target is None:
            if not _can_start(mention):
                continue
            target = _Group()
            groups.append(target)
        target.mentions.append(mention)
        last = target
    return [g.mentions for g in groups]


def _can_start(mention: Mention) -> bool:
    """A report starts an event; a reference only when it pins down a date and a toll, or a date and a place
    through an event noun ("Friday's attack in Gao"; not "the girls abducted from Chibok ... gathered on Sunday")."""
    if mention.detection.is_event and mention.reports:
        return True
    nouns = any(t.noun for t in mention.triggers)
    return bool(mention.dates) and bool(mention.deaths or (mention.places and nouns))


def _target(mention: Mention, groups: list[_Group], last: _Group | None) -> _Group | None:
    if _SEPARATE_EVENT.search(mention.sentence.text if mention.start == mention.sentence.start else ""):
        return None
    candidates = [g for g in groups if _compatible(mention, g)]
    if not candidates:
        return None
    for group in reversed(candidates):
        if _shares_anchor(mention, group):
            return group
    if _brings_news(mention):
        return None
    return last if last in candidates else candidates[-1]  # a town named later is usually the same event's


def _compatible(mention: Mention, group: _Group) -> bool:
    if mention.clause_of_split and any(m.sentence is mention.sentence and m.clause_of_split for m in group.mentions):
        return False
    mine, theirs = _firm_dates(mention.dates), _firm_dates(group.dates)
    if mine and theirs and not _dates_agree(mine[0], theirs[0]):
        return False
    if mention.towns and group.towns and not (mention.towns & group.towns):
        return not mention.reports  # a report in another town is another event
    return not _other_weapon(mention, group)


# Weapons that make distinct sub-event types: a grenade mention does not join a roadside-bomb event.
_SPECIFIC_WEAPONS = frozenset({"suicide", "air_strike", "shelling", "ied", "grenade"})


def _other_weapon(mention: Mention, group: _Group) -> bool:
    mine = {t.tactic for t in mention.triggers} & _SPECIFIC_WEAPONS
    theirs = {t.tactic for m in group.mentions for t in m.triggers} & _SPECIFIC_WEAPONS
    return bool(mine and theirs and not mine & theirs and not _is_anaphoric(mention))


def _firm_dates(dates: Sequence[DateMention]) -> list[DateMention]:
    return [d for d in dates if d.expression not in WEAK_DATE_EXPRESSIONS]


def _dates_agree(a: DateMention, b: DateMention) -> bool:
    return a.window[0] <= b.window[1] and b.window[0] <= a.window[1]


def _shares_anchor(mention: Mention, group: _Group) -> bool:
    same_place = bool(mention.place_names & set().union(*(m.place_names for m in group.mentions)))
    same_day = bool(mention.dates and group.dates and mention.dates[0].day == group.dates[0].day)
    return same_place or same_day


def _brings_news(mention: Mention) -> bool:
    """A report with its own date and no back-reference is a new event. (A report that only names a town
    joins the event before it unless that event names another town, which ``_compatible`` rules out.)"""
    if not mention.reports or _is_anaphoric(mention):
        return False
    return bool(mention.dates)


# "The attackers arrived late on Friday": a definite reference to the participants of the event just told.
_PARTICIPANT_ANAPHOR = re.compile(
    r"^\W*(?:the|these|those)\s+(?:\w+\s+)?(?:attackers?|assailants?|gunm[ae]n|militants?|jihadists?|insurgents?|"
    r"rebels?|fighters?|raiders?|kidnappers?|abductors?|bombers?|victims?|protesters|demonstrators|rioters)\b",
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


# A story about a flood or an earthquake counts its dead too; deaths with no act of violence are not events
# there. "Disaster" = at least this many disaster words and more of them than words of attack.
_DISASTER_WORDS = re.compile(
    r"\b(?:floods?|flooding|storms?|cyclones?|hurricanes?|typhoons?|earthquakes?|quakes?|landslides?|mudslides?|"
    r"tsunami|drought|wildfires?|dams? (?:burst|collapsed)|torrential|epidemic|outbreak of (?:cholera|ebola))\b",
    re.IGNORECASE,
)
_VIOLENCE_WORDS = re.compile(r"\b(?:attack\w*|gunm[ae]n|militants?|shot|bomb\w*|clash\w*|rebels?|troops)\b", re.I)
DISASTER_MIN_WORDS = 2


def _is_disaster_story(text: str) -> bool:
    disasters = len(_DISASTER_WORDS.findall(text))
    return disasters >= DISASTER_MIN_WORDS and disasters > len(_VIOLENCE_WORDS.findall(text))


def _only_deaths(mentions: Sequence[Mention]) -> bool:
    """Only death words, no act: "5,300 deaths had been confirmed", "the storm struck and killed hundreds"."""
    tactics = {t.tactic for m in mentions for t in m.triggers}
    return tactics <= {"killing", "attack"} and not any(
        t.tactic == "attack" and _VIOLENCE_WORDS.search(m.sentence.text) for m in mentions for t in m.triggers)


# The classifier (at its own calibrated threshold) vetoes an event it reads as no event when the lexicon's
# evidence is weak: only event nouns ("the attack", "the killing") and no verb that reports an act. Reported
# acts stay events whatever the classifier says: it misreads many plain protest reports (on acled-2020-dev a
# veto of reported acts too lost 4 points of recall, and a veto below 0.2 still 1.7 points).
def _classifier_rejects(prediction: TypePrediction) -> bool:
    """A loaded classifier (it has sub-type scores) that reads the sentences as no event."""
    return bool(prediction.sub_event_scores) and prediction.event_type is None


def _reports_an_act(mentions: Sequence[Mention]) -> bool:
    return any(t.kind == REPORT for m in mentions for t in m.triggers)


# Deaths from an accident or a disaster ("a shaft collapsed", "a fire at a wedding hall", "the bus plunged
# into a ravine") are not political violence unless someone violent is named in the same sentences.
_ACCIDENT = re.compile(
    r"\b(?:(?:a|the) (?:fire|blaze) (?:at|in)|(?:fire|blaze) (?:broke out|swept|gutted)|collapsed?|collided|collision|crash(?:ed|es)?|plunged|"
    r"overturned|derailed|landslides?|mudslides?|cyclone|floods?|flooding|earthquake|stampede|capsized|drowned|"
    r"gas (?:cylinder|explosion|leak)|fireworks|firecrackers?|methane|electrical fault|short circuit|accident|"
    r"ammonium nitrate|boiler|forest fires?|wildfires?|lightning)\b",
    re.IGNORECASE,
)


_ACCIDENT_TACTICS = frozenset({"killing", "bombing"})  # deaths and blasts; not an attack, a crowd or arson


def _is_accident(mentions: Sequence[Mention]) -> bool:
    if not {t.tactic for m in mentions for t in m.triggers} <= _ACCIDENT_TACTICS:
        return False
    text = " ".join(s.text for s in _unique_sentences(mentions))
    return bool(_ACCIDENT.search(text)) and not _VIOLENCE_WORDS.search(text)


def _is_event(mentions: Sequence[Mention], prediction: TypePrediction, context: _Context) -> bool:
    if context.disaster_story and _only_deaths(mentions):
        return False
    if _is_accident(mentions):
        return False
    if _classifier_rejects(prediction) and not _reports_an_act(mentions):
        return False
    return any(m.detection.is_event for m in mentions) or any(m.dates for m in mentions)


# --------------------------------------------------------------------------- one draft


def _draft(mentions: Sequence[Mention], prediction: TypePrediction, context: _Context) -> EventDraft:
    when = _event_date(mentions, context)
    casualties = [c for m in mentions for c in m.casualties]
    fatalities = context.kit.combine_fatalities(casualties) if casualties else Fatalities()
    country, country_span = _country_hint(mentions, context)
    typing = _type_and_roles(mentions, prediction, fatalities.fatalities, country, context)
    actor_fields, actor_evidence = _actor_fields(typing.roles)
    places = tuple(rank_places([p for m in mentions for p in m.places])) or _dateline_place(context)
    evidence = _evidence(
        mentions, when.span, typing.decision, fatalities, casualties, places, country_span, actor_evidence,
        actor_fields,
    )
    draft = EventDraft(
        article_id=context.article.id,
        event_date=when.day,
        time_precision=when.precision,
        event_type=typing.decision.event_type,
        sub_event_type=typing.decision.sub_event_type,
        fatalities=fatalities,
        place_mentions=places,
        country_hint=country,
        evidence=evidence,
        date_window=when.window,
        **actor_fields,
    )
    draft = replace(draft, confidence=_confidence(mentions, draft, when.inferred, typing.event_probability))
    if not context.kit.settings.write_notes:
        return draft
    return replace(draft, notes=write_notes(draft, typing.decision.tactic))


@dataclass(frozen=True)
class _Typing:
    decision: TypeDecision
    roles: dict
    event_probability: float | None  # None when the classifier was not needed


def _type_and_roles(
    mentions: Sequence[Mention], prediction: TypePrediction, deaths: int, country: str | None, context: _Context
) -> _Typing:
    """Type by the precedence rules; the classifier is asked only when the rules cannot tell (no tactic, or an
    attack whose victims are unknown), which keeps it off the hot path. Roles are then read with that type."""
    tactics = [t.tactic for m in mentions for t in m.triggers]
    text = " ".join(s.text for s in _unique_sentences(mentions))
    victims = _victims_inter(mentions)
    decision = _overrule(type_from_tactics(tactics, text, victims, deaths, prediction), prediction)
    roles = _group_roles(mentions, decision.sub_event_type, country, context)
    if victims is None and decision.tactic in ("attack", "killing") and roles.get("inter2"):
        decision = _overrule(type_from_tactics(tactics, text, roles["inter2"], deaths, prediction), prediction)
        roles = _group_roles(mentions, decision.sub_event_type, country, context)
    return _Typing(decision, roles, prediction.event_probability)


# A named weapon is evidence the classifier cannot outweigh ("a missile hit the station" is shelling).
_WEAPON_TACTICS = frozenset({"suicide", "air_strike", "shelling", "ied", "grenade"})


def _overrule(decision: TypeDecision, prediction: Any) -> TypeDecision:
    """A very confident classifier overrules the precedence rules (it sees wording the lexicon does not),
    except where the text names the weapon."""
    scores = getattr(prediction, "sub_event_scores", None) or {}
    if decision.tactic in _WEAPON_TACTICS:
        return decision
    if decision.event_type == prediction.event_type == "Strategic developments":
        # The lexicon knows a strategic development happened but not which kind (a base handed over, a
        # withdrawal, a truce): the classifier's sub-type within the same type is the better reading.
        return TypeDecision(prediction.event_type, prediction.sub_event_type, decision.tactic)
    if prediction.event_type and scores and max(scores.values()) >= CLASSIFIER_OVERRULES_AT:
        return TypeDecision(prediction.event_type, prediction.sub_event_type, decision.tactic)
    return decision


def _unique_sentences(mentions: Sequence[Mention]) -> list[Sentence]:
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


@dataclass(frozen=True)
class _When:
    day: date
    precision: int
    window: tuple[date, date]
    span: Span | None  # the date expression; the dateline (or None) when the publication date stands in
    inferred: bool  # not the event's own date expression


def _event_date(mentions: Sequence[Mention], context: _Context) -> _When:
    """The event's own date expression, else the paragraph's nearest earlier one, else the publication date."""
    own = sorted((d for m in mentions for d in m.dates), key=lambda d: _date_preference(d, context.text))
    if own:
        return _When(own[0].day, own[0].time_precision, own[0].window, own[0].span, False)
    said = [d for m in mentions for d in m.speech_dates]
    if said:  # the day it was said: the act happened then or shortly before
        return _When(said[0].day, said[0].time_precision, said[0].window, said[0].span, True)
    earlier = _paragraph_date(mentions[0], context)
    if earlier is not None:
        return _When(earlier.day, earlier.time_precision, earlier.window, earlier.span, True)
    published = context.published
    window = (published - timedelta(days=FALLBACK_WINDOW_DAYS), published)
    dateline = context.article.dateline  # where the publication date shows in the text, if it does
    return _When(published, FALLBACK_PRECISION, window, dateline.span if dateline else None, True)


# Among an event's own date expressions, a named day beats one counted from the publication date: in a
# Monday story about "an overnight raid" that "arrived late on Friday", Friday is the day.
_EXPRESSION_RANK = {"explicit": 0, "weekday": 1, "overnight": 3}
# "Overnight" means the night before the report in same-day copy but is also used for the night of the event
# being told: it never splits an event from a mention with another date, and ranks last.
WEAK_DATE_EXPRESSIONS = frozenset({"overnight"})


def _date_preference(mention: DateMention, text: str) -> tuple[int, int, int]:
    return (mention.time_precision, _EXPRESSION_RANK.get(mention.expression, 2), mention.span.start)


# "The army said on Sunday that it killed 20 militants on Friday": a date that follows a verb of saying
# dates the statement, not the event. It neither splits events nor dates one that has a date of its own.
_SPEECH_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|tells|announced|reported|confirmed|added|stated|declared|claimed|warned|"
    r"told reporters|told AFP|told Reuters)(?:\s+[\w-]+){0,2}|"
    r"\b(?:vowed|pledged|mourned|observed|condemned|appealed|urged|promised)(?:\s+[\w-]+){0,4}|"
    r"\b(?:in a statement|in a report|in a video|in an interview|press conference|on its channels|on social media)"
    r"(?:\s+[\w-]+){0,5})\s+$",
    re.IGNORECASE,
)


def _is_speech_date(mention: DateMention, text: str) -> bool:
    return bool(_SPEECH_BEFORE.search(text, max(0, mention.span.start - 60), mention.span.start))


# A toll this large in a sentence about a war, years or a total is a running count, not one event's dead.
AGGREGATE_TOLL = 1000
_AGGREGATE_CONTEXT = re.compile(
    r"\b(?:since|over the (?:past|last)|years?|decades?|war|conflict|insurgency|in total|altogether|so far|"
    r"toll could reach|estimates?)\b",
    re.IGNORECASE,
)


def _is_aggregate(casualty: CasualtyMention, sentence: Sentence) -> bool:
    return casualty.low >= AGGREGATE_TOLL and bool(_AGGREGATE_CONTEXT.search(sentence.text))


def _paragraph_date(mention: Mention, context: _Context) -> DateMention | None:
    paragraph = [s for s in context.sentences if s.paragraph == mention.sentence.paragraph]
    if not paragraph:
        return None
    start = paragraph[0].start
    found = [d for d in context.kit.find_dates(context.text, context.published, start, mention.start)
             if _is_event_date(d, context)]
    return found[-1] if found else None


def _victims_inter(mentions: Sequence[Mention]) -> int | None:
    """Who was hit, mention by mention: armed people named as the dead or as the target of the attack make it
    a fight; else civilians named as the dead or the target; else whichever kind is named first after the
    first trigger (the perpetrators usually stand before it)."""
    for mention in mentions:
        deaths = " ".join(c.who or "" for c in mention.deaths)
        target = _target_words(mention)
        for text, pattern, inter in ((deaths, _ARMED_WORDS, 1), (target, _ARMED_WORDS, 1),
                                     (deaths, _CIVILIAN_WORDS, CIVILIAN_INTER), (target, _CIVILIAN_WORDS, CIVILIAN_INTER)):
            if pattern.search(text):
                return inter
    for mention in mentions:
        after = _text_after_first_trigger(mention)
        armed, civilian = _ARMED_WORDS.search(after), _CIVILIAN_WORDS.search(after)
        if armed and (not civilian or armed.start() < civilian.start()):
            return 1
        if civilian:
            return CIVILIAN_INTER
    return None


# How far after an attack verb its object may stand ("attacked the gendarmerie post in ...").
TARGET_WINDOW_CHARS = 45


def _target_words(mention: Mention) -> str:
    reports = [t for t in mention.triggers if t.kind == REPORT and t.tactic in ("attack", "clash", "arson")]
    if not reports:
        return ""
    offset = reports[0].span.end - mention.sentence.start
    return mention.sentence.text[offset:offset + TARGET_WINDOW_CHARS]


def _text_after_first_trigger(mention: Mention) -> str:
    if not mention.triggers:
        return ""
    offset = mention.triggers[0].span.end - mention.sentence.start
    return mention.sentence.text[offset:offset + 80]


def _inter(roles: Any, name: str) -> int | None:
    value = getattr(roles, name, None)
    return value if isinstance(value, int) and value > 0 else None


_ROLE_KEYS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


def _group_roles(mentions: Sequence[Mention], sub_event_type: str | None, country: str | None, context: _Context) -> dict:
    """Actor fields of the event: a claimant of responsibility is actor1; otherwise each mention's roles, in
    order of report mentions, fill what earlier mentions left empty (a later "49 soldiers were killed" names
    the victims that the opening sentence left out)."""
    merged: dict[str, Any] = {"evidence": {}}
    actors = [a for m in mentions for a in m.actors]
    ordered = sorted(mentions, key=lambda m: not m.reports)
    # Mentions that name no actor add nothing but ACLED's conventions, which the first mention already gives.
    for mention in [m for i, m in enumerate(ordered) if i == 0 or m.actors]:
        roles = context.kit.assign_roles(context.text, mention.start, mention.end, actors, sub_event_type, country)
        _fill(merged, roles, "1")
        _fill(merged, roles, "2")
    _promote_named_associate(merged)
    _victims_are_actor2(merged, mentions, country)
    claimant = _claimant(mentions)
    if claimant is not None and claimant.name != merged.get("actor1"):
        _put_claimant_first(merged, claimant)
    if merged.get("actor2") == merged.get("actor1"):
        merged["actor2"] = merged["inter2"] = None
    if not merged.get("actor1") and merged.get("actor2") and country and _UNSEEN_PERPETRATOR.get(sub_event_type or ""):
        # Someone fired the shell or planted the bomb: ACLED's unidentified armed group.
        merged["actor1"], merged["inter1"] = f"Unidentified Armed Group ({country})", UNIDENTIFIED_ARMED_GROUP_INTER
    inter_of = getattr(context.kit.actors, "inter_of", None)
    for side in ("1", "2"):
        if merged.get(f"actor{side}") and not merged.get(f"inter{side}") and inter_of is not None:
            merged[f"inter{side}"] = inter_of(merged[f"actor{side}"])
    return merged


_UNSEEN_PERPETRATOR = {sub: True for sub in (
    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Attack",
    "Abduction/forced disappearance", "Armed clash",
)}


def _promote_named_associate(merged: dict) -> None:
    """'Fighters loyal to ISWAP': a named group beside an unidentified one is the real actor."""
    for side in ("1", "2"):
        actor, assoc = merged.get(f"actor{side}"), merged.get(f"assoc_actor_{side}")
        if actor and assoc and actor.startswith("Unidentified Armed Group") and ";" not in assoc:
            merged[f"actor{side}"], merged[f"assoc_actor_{side}"] = assoc, None
            merged[f"inter{side}"] = None
            evidence = merged["evidence"]
            if evidence.get(f"assoc_actor_{side}"):
                evidence[f"actor{side}"] = evidence.pop(f"assoc_actor_{side}")


def _victims_are_actor2(merged: dict, mentions: Sequence[Mention], country: str | None) -> None:
    """'Two Malian soldiers were killed by a roadside bomb': an actor named as the dead is acted upon."""
    spans = merged["evidence"].get("actor1") or ()
    deaths = [c.span for m in mentions for c in m.deaths]
    if merged.get("actor2") or not spans or not any(d.start <= spans[0].start < d.end for d in deaths):
        return
    merged["actor2"], merged["inter2"] = merged["actor1"], merged.get("inter1")
    merged["evidence"]["actor2"] = merged["evidence"].pop("actor1")
    merged["actor1"] = f"Unidentified Armed Group ({country})" if country else None
    merged["inter1"] = UNIDENTIFIED_ARMED_GROUP_INTER if country else None
    merged["assoc_actor_1"] = None


def _fill(merged: dict, roles: Any, side: str) -> None:
    actor, assoc, inter = f"actor{side}", f"assoc_actor_{side}", f"inter{side}"
    name = _name(getattr(roles, actor, None))
    other = merged.get("actor2" if side == "1" else "actor1")
    # A named actor only replaces an unidentified one: "Civilians" read off the toll stay the victims even
    # when a later sentence names an armed group.
    if not name or name == other or (merged.get(actor) and not merged[actor].startswith("Unidentified")):
        return
    if merged.get(actor) and name.startswith("Unidentified"):
        return
    merged[actor], merged[assoc], merged[inter] = name, _name(getattr(roles, assoc, None)), _inter(roles, inter)
    evidence = dict(getattr(roles, "evidence", None) or {})
    for key in (actor, assoc):
        if evidence.get(key):
            merged["evidence"][key] = tuple(evidence[key])


def _is_generic(name: str) -> bool:
    return name.startswith(("Unidentified", "Civilians", "Protesters", "Rioters"))


def _put_claimant_first(merged: dict, claimant: ActorMention) -> None:
    """The claimant attacked; whoever the sentences made actor1 becomes the target when none was named."""
    previous, previous_inter = merged.get("actor1"), merged.get("inter1")
    if previous and not merged.get("actor2") and not _is_generic(previous):
        merged["actor2"], merged["inter2"] = previous, previous_inter
        merged["evidence"]["actor2"] = merged["evidence"].get("actor1", ())
    merged["actor1"], merged["inter1"], merged["assoc_actor_1"] = claimant.name, claimant.inter, None
    merged["evidence"]["actor1"] = (claimant.span,) if claimant.span else ()


def _name(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    return getattr(value, "name", None)


def _actor_fields(merged: dict) -> tuple[dict, dict]:
    fields = {k: merged.get(k) for k in _ROLE_KEYS}
    fields["inter1"] = merged.get("inter1")
    fields["inter2"] = merged.get("inter2")
    evidence = {k: tuple(v) for k, v in merged["evidence"].items() if v and (fields.get(k) or k.startswith("assoc"))}
    return fields, evidence


def _claimant(mentions: Sequence[Mention]) -> ActorMention | None:
    return next((claim for m in mentions for claim in m.claims), None)


def _dateline_place(context: _Context) -> tuple[PlaceMention, ...]:
    """The weakest fallback for an event that names no place: the dateline's city (cue "dateline")."""
    dateline = context.article.dateline
    if dateline is None or not dateline.place:
        return ()
    start = context.text.find(dateline.place, dateline.span.start, dateline.span.end)
    span = Span(start, start + len(dateline.place), dateline.place) if start >= 0 else dateline.span
    return (PlaceMention(dateline.place, span, "dateline", context.country),)


def _country_hint(mentions: Sequence[Mention], context: _Context) -> tuple[str | None, Span | None]:
    """A country the event's own sentences place it in, else the article's country, else an actor's."""
    for place in (p for m in mentions for p in m.places):
        if place.cue == "country" and place.country_hint:
            return place.country_hint, place.span
    for place in (p for m in mentions for p in m.places):
        if place.country_hint and place.cue in ("in", "near"):
            return place.country_hint, place.span
    if context.country:
        return context.country, context.country_span
    actors = [a for m in mentions for a in m.actors if a.country and a.inter != EXTERNAL_FORCES_INTER]
    # Armies may fight abroad ("Military Forces of France" in Mali): police, civilians and local groups first.
    actors.sort(key=lambda a: a.name.startswith("Military Forces of"))
    return (actors[0].country, actors[0].span) if actors else (None, None)


def _evidence(mentions, date_span, decision, fatalities, casualties, places, country_span, actor_evidence, actor_names):
    evidence: dict[str, tuple[Span, ...]] = dict(actor_evidence)
    if date_span is not None:
        evidence["event_date"] = (date_span,)
    trigger = next((t for m in mentions for t in m.triggers if t.tactic == decision.tactic), None)
    trigger = trigger or next((t for m in mentions for t in m.triggers), None)
    if trigger is not None and decision.event_type:
        evidence["event_type"] = evidence["sub_event_type"] = (trigger.span,)
    for actor in ("actor1", "actor2"):
        # An actor inferred by convention ("Unidentified Armed Group" behind a landmine) rests on the act itself.
        if actor_names.get(actor) and not evidence.get(actor) and trigger is not None:
            evidence[actor] = (trigger.span,)
    deaths = tuple(c.span for c in casualties if c.kind in KILLED_KINDS)
    if deaths and fatalities.fatalities:
        evidence["fatalities"] = deaths
    if places:
        evidence["location"] = (places[0].span,)
    if country_span is not None:
        evidence["country"] = (country_span,)
    return evidence


def _confidence(
    mentions: Sequence[Mention], draft: EventDraft, inferred_date: bool, event_probability: float | None
) -> float:
    score = max(m.detection.score for m in mentions)
    if event_probability is not None:
        score = (1 - CLASSIFIER_WEIGHT) * score + CLASSIFIER_WEIGHT * event_probability
    score += CONFIDENCE_BONUS["date"] if not inferred_date else -INFERRED_DATE_PENALTY
    score += CONFIDENCE_BONUS["place"] if draft.place_mentions else 0.0
    score += CONFIDENCE_BONUS["actors"] if draft.actor1 else 0.0
    score += CONFIDENCE_BONUS["toll"] if draft.fatalities.fatalities else 0.0
    return round(min(CONFIDENCE_CEILING, max(CONFIDENCE_FLOOR, score)), 3)


# --------------------------------------------------------------------------- after geocoding

_BARE_STATE_FORCES = ("Military Forces", "Police Forces")
_BARE_GENERICS = re.compile(r"^(?:Civilians|Protesters|Rioters|Unidentified [A-Z][\w ]*?(?:Group|Gang|Militia))$")


def qualify_actors(draft: EventDraft, country: str | None) -> EventDraft:
    """Give country-less generic actors their country once the geo stage knows it.

    Extraction names "Civilians" or "Police Forces" bare when the text never says the country (terse reports
    name only a town); the pipeline calls this after geocoding: "Civilians (Mali)", "Police Forces of Mali".
    """
    if not country:
        return draft
    changes = {}
    for field_name in ("actor1", "actor2"):
        name = getattr(draft, field_name)
        if name in _BARE_STATE_FORCES:
            changes[field_name] = state_force_name(country, name)
        elif name and _BARE_GENERICS.match(name):
            changes[field_name] = f"{name} ({country})"
    return replace(draft, **changes) if changes else draft
