"""From a cleaned ``Article`` to one ``EventDraft`` per distinct event, every field with its evidence.

1. ``mentions``: split sentences; keep the clauses with a live trigger (``detect``), or a sentence the
   classifier reads as a strategic development, each with its dates, tolls, places, actors and claims.
2. ``grouping``: mentions become events in text order; ``event_filter`` drops accidents, disaster deaths and
   what the classifier reads as no event when the lexicon had only nouns for it.
3. Here: each event is typed (ACLED precedence in ``typing_rules``, the classifier where it knows better),
   dated (``event_dates``), given actors (``event_actors``) and places (``event_places``), and every field
   keeps the spans it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from eventwire.extract.actors import state_force_name
from eventwire.extract.actors.names import STATE_KINDS
from eventwire.extract.context import ArticleContext, article_context
from eventwire.extract.detect import (
    CLASSIFIED, CLASSIFIER_WEIGHT, CROWD_TACTICS, Trigger, find_triggers, forget_period_readings, sub_types_named_by,
)
from eventwire.extract.event_actors import StoryGroup, actor_fields_of, group_roles, story_perpetrator, victims_inter
from eventwire.extract.event_dates import event_date_of, story_days
from eventwire.extract.event_filter import (
    is_background_development, is_development_in_the_body, is_real_event, is_security_response, is_unanchored,
)
from eventwire.extract.event_places import dateline_place, event_country, listed_towns, split_per_place
from eventwire.extract.fatalities.bombers import SELF_DEATH_WHO
from eventwire.extract.fatalities.combine import adds_to_the_dead, inside_a_risen_toll, victim_group
from eventwire.extract.fatalities.rules import TOLL_REVISION_RE
from eventwire.extract.fatalities.totals import in_wider_scope, without_first_counts
from eventwire.extract.gates import gate_words
from eventwire.extract.grouping import DEATH_AFTER_THE_ACT, group_mentions, later_victim_phrase
from eventwire.extract.kit import ExtractionKit
from eventwire.extract.lexicon import REPORT, forget_lowered_texts, may_hold_any
from eventwire.extract.mentions import (
    KILLED_KINDS, SHORT_REPORT_SENTENCES, Mention, find_mentions, headline_town, lead_town, unique_sentences,
)
from eventwire.extract.notes import write_notes
from eventwire.extract.numbers import parse_number
from eventwire.extract.places import rank_places
from eventwire.extract.record_copies import replace
from eventwire.extract.roles.victims import victim_groups_in_country
from eventwire.extract.sentences import Sentence
from eventwire.extract.typing_rules import TypeDecision, type_from_tactics
from eventwire.records import (
    EVENT_TYPE_OF, Article, CasualtyMention, EventDraft, Fatalities, PlaceMention, Span, TypePrediction,
)

# Confidence: the detection score plus these bonuses for what a coder can pin down, minus the penalty
# for an event whose date was only inferred. Tuned so that an event with its own date, place and toll
# ranks above one found only through a reference (measured on the golden articles).
CONFIDENCE_BONUS = {"date": 0.1, "place": 0.05, "actors": 0.05, "toll": 0.05}
INFERRED_DATE_PENALTY = 0.15
CONFIDENCE_FLOOR, CONFIDENCE_CEILING = 0.05, 0.99
# The classifier's top sub-type probability at which it overrules the precedence rules. Measured on the dev
# sets (first event per article, 533 events): rules alone 0.912/0.870 event_type (2020/Sahel); overruling at
# 0.9 → 0.917/0.904, at 0.95 → 0.922/0.904, at 0.99 → 0.920/0.877. 0.95 keeps the rules in charge of news
# prose, where the classifier (trained on coder notes) is less sure.
CLASSIFIER_OVERRULES_AT = 0.95
# The same, when no verb reports the rules' tactic (only nouns, "the attack", or the classifier's own reading): the
# rules then have weak evidence and a confident classifier knows better. Tuned on the news-types snippets with the
# dev sets watched: 0.6 / 0.7 / 0.8 give snippet event_type 0.814 / 0.814 / 0.810 (0.802 without) and
# acled-2020-dev event_type 0.910 / 0.913 / 0.916 (0.918 without); Sahel and news-long unchanged or better.
# Lowering the threshold for verb-reported acts too (0.7) cost Sahel event_type 0.946 → 0.913.
CLASSIFIER_OVERRULES_WEAK_CUES_AT = 0.7


def extract_events(article: Article, kit: ExtractionKit) -> list[EventDraft]:
    """Every distinct event the article reports, in the order the text first reports them."""
    forget_lowered_texts()
    forget_period_readings()
    context = article_context(article, kit)
    mentions = find_mentions(context)
    if not mentions:
        return []  # speed only: no mention, no group and no event (skips the story-wide scans below)
    story_actor = story_perpetrator(mentions, kit.actors)
    lead = lead_town(context)  # read once: each event without a place of its own falls back on it (speed only)
    lead_towns = frozenset(p.name.lower() for p in lead)
    paragraph_starts = sorted({min(s.start for s in context.sentences if s.paragraph == p)
                               for p in {s.paragraph for s in context.sentences}})
    groups = group_mentions(mentions, story_days(context), lead_towns, paragraph_starts, context.country)
    first_crowd = first_crowd_place(mentions)
    context.readings.queue(_event_text(group, context) for group in groups if not _weapon_reported(group))  # one batch
    predicted = [(group, _predict(group, context)) for group in groups]
    events = [(group, prediction) for group, prediction in predicted
              if is_real_event(group, prediction, context) and not _day_unknown(group)]
    if len(events) > 1:  # a town shut or forces sent after the story's act is its aftermath (round nineteen)
        responses = [is_security_response(group) for group, _ in events]
        if not all(responses):
            events = [event for event, response in zip(events, responses) if not response]
    drafts = [draft for group, prediction in events
              for draft in _drafts_of(group, prediction, context, story_actor, lead, first_crowd, groups)
              if not is_unanchored(group, draft, context) and not is_development_in_the_body(group, draft, context)]
    latest = max((d.event_date for d in drafts if d.event_date is not None), default=None)
    return [d for d in drafts if d.confidence >= kit.settings.min_confidence
            and not is_background_development(d, latest)]


# "Officials said on Friday that insurgents had abducted women outside the camp. It was not clear when the abduction
# took place.": the story says it does not know the act's day, and a day vaguer than a month dates no event (coding
# rules); an act with a day of its own ("on Monday ... It was not clear when the gunmen left") keeps it.
_DAY_UNKNOWN = re.compile(
    r"\b(?:(?:it|this)\s+(?:was|is|remains|remained)\s+(?:not\s+clear|unclear)|(?:was|is)\s+not\s+known|"
    r"did\s+not\s+say)\s+when\s+(?:the|it|they)\b", re.IGNORECASE)
_DAY_UNKNOWN_NEEDS = gate_words(_DAY_UNKNOWN)  # speed only: read off the pattern, never kept by hand


# "The peshmerga said on Sunday that they had arrested three men ..., without giving a date for the arrests", "Last
# week, the army said it had killed 23 militants ..., without saying where or when": the sentence says the act's day
# is not given, so the day it names is the saying's (round twenty-one).
_NO_DAY_GIVEN = re.compile(
    r"\bwithout\s+(?:saying|giving|specifying|disclosing|stating)\s+(?:(?:where|how)\s+or\s+)?"
    r"(?:when\b|(?:a|the|any)\s+dates?\b)", re.IGNORECASE)
_NO_DAY_GIVEN_NEEDS = ("without",)


def _day_unknown(group: Sequence[Mention]) -> bool:
    if any(d.span.start >= m.sentence.start and not _no_day_given(m) for m in group for d in m.dates):
        return False  # a day of the act's own stands, whatever else is unclear
    return any(_no_day_given(m) or may_hold_any(m.sentence.text, _DAY_UNKNOWN_NEEDS)
               and _DAY_UNKNOWN.search(m.sentence.text) for m in group)


def _no_day_given(mention: Mention) -> bool:
    text = mention.sentence.text
    return may_hold_any(text, _NO_DAY_GIVEN_NEEDS) and _NO_DAY_GIVEN.search(text) is not None


# What ``_predict`` returns when the classifier was not asked: no opinion, no scores (so no veto either).
NOT_ASKED = TypePrediction(None, None, 0.0, {})


def _predict(mentions: Sequence[Mention], context: ArticleContext) -> TypePrediction:
    """The classifier's reading of the event's sentences, asked once per event and only when it can change the
    outcome: a reported act with a named weapon is typed by the weapon and never vetoed (``_overrule``)."""
    if _weapon_reported(mentions):
        return NOT_ASKED
    return context.readings.predict(_event_text(mentions, context))


# The classifier reads an event's first sentences only: it learnt from ACLED's notes (one to three sentences), and a
# long story's later sentences about the same event (reactions, denials, funerals) drag its reading towards "no
# event", which then vetoes a reported act. Measured on the long-news sets (F1 news-long / news-dev2 / news-dev3 and
# news-dev2 sub_event_type): 2 sentences 0.954 / 0.937 / 0.826, sub 0.795; 3 to 6 sentences 0.954 / 0.937 / 0.826,
# sub 0.841; 7 or more (and no limit) 0.949 / 0.937 / 0.826 (a Kumba school attack told after a "day of grief" lead
# is vetoed). 4: the middle of the plateau.
CLASSIFIER_READS_SENTENCES = 4


def _event_text(mentions: Sequence[Mention], context: ArticleContext) -> str:
    sentences = _event_sentences(_without_counter_versions(mentions), context)
    return " ".join(s.text for s in sentences[:CLASSIFIER_READS_SENTENCES])


# "Female bomber attacks Borno wedding. A woman with explosives strapped to her body set them off among guests":
# a feed gives a story as its headline and its lead on one line. When a short report's first sentence made no
# mention and the event is told from the very next sentence on, that first sentence is the lead's headline: its words
# (the weapon, the act in headline-speak) belong to the event the lead tells, for the classifier and for the rules.
# A headline is four to sixteen words: fewer is a dateline or a date ("22 September."), more a lead of its own.
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 4, 16


def _event_sentences(mentions: Sequence[Mention], context: ArticleContext) -> list[Sentence]:
    sentences = unique_sentences(mentions)
    headline = _headline_of(sentences, context)
    return [headline, *sentences] if headline is not None else sentences


def _headline_of(sentences: Sequence[Sentence], context: ArticleContext) -> Sentence | None:
    if not sentences or not 1 < len(context.sentences) <= SHORT_REPORT_SENTENCES:
        return None
    first, second = context.sentences[0], context.sentences[1]
    if sentences[0].start != second.start or not HEADLINE_MIN_WORDS <= len(first.text.split()) <= HEADLINE_MAX_WORDS:
        return None
    return first


def _weapon_reported(mentions: Sequence[Mention]) -> bool:
    tactics = {t.tactic for m in mentions for t in m.triggers}
    return bool(tactics & _WEAPON_TACTICS) and not tactics & _NOT_BY_WEAPON and any(m.reports for m in mentions)


# Tactics whose precedence rules come before the weapon's: with these the type may not be the weapon's.
_NOT_BY_WEAPON = frozenset({"disrupted", "territory", "protest", "riot", "clash", "attack"})


def _drafts_of(
    group: Sequence[Mention], prediction: TypePrediction, context: ArticleContext, story_actor: StoryGroup | None,
    lead: tuple[PlaceMention, ...], first_crowd: int | None = None, groups: Sequence[Sequence[Mention]] = (),
) -> list[EventDraft]:
    draft, tactic = _draft(group, prediction, context, story_actor, lead, groups)
    draft = replace(draft, tactic=tactic)
    counted = counted_places(group, context.text)
    if counted:
        towns = {place.name for place, _ in counted}
        drafts = [_at_counted_place(draft, place, count, towns) for place, count in counted]
    elif context.kit.settings.split_listed_places:
        drafts = split_per_place(group, draft)
    elif _villages_listed(group, draft, context.text, groups):
        drafts = _one_per_village(split_per_place(group, draft), draft, context.text)
    else:
        drafts = _with_crowds_told_again(draft, crowds_told_again_elsewhere(group, draft, first_crowd, context.text))
    if not context.kit.settings.write_notes:
        return drafts
    return [replace(d, notes=write_notes(d)) for d in drafts]


# "He said 70 people were killed in Tchoma Bangou and 30 in Zaroumdareye": each town with its own count of the dead
# is its own event with that toll (ACLED codes one event per location). The count stands a few words before
# "in <town>" ("70 people were killed in"), with no other "in" or "and" between.
COUNT_BEFORE_TOWN_WORDS = 5  # words before "in <town>" searched for its count (set on our test sentences)
_WORD = re.compile(r"[\w-]+")
_COUNT_STOPS = frozenset({"in", "and", "or", "at", "near"})


def counted_places(mentions: Sequence[Mention], text: str) -> list[tuple[PlaceMention, CasualtyMention]]:
    """The towns of one sentence that each carry their own count of the dead, when there are two or more."""
    for mention in mentions:
        if not mention.deaths or sum(p.cue == "in" for p in mention.places) < 2:
            continue  # speed only: two counted towns need two "in" places
        counted = [(p, n) for p in mention.places if p.cue == "in" and (n := _count_before(p, mention, text))]
        if len(counted) >= 2 and len({p.name.lower() for p, _ in counted}) == len(counted) \
                and len({n.span.start for _, n in counted}) == len(counted):
            return counted
    return []


def _count_before(place: PlaceMention, mention: Mention, text: str) -> CasualtyMention | None:
    words = list(_WORD.finditer(text, mention.sentence.start, place.span.start))
    if not words or words[-1].group().lower() != "in":
        return None
    for word in reversed(words[-1 - COUNT_BEFORE_TOWN_WORDS:-1]):
        if word.group().lower() in _COUNT_STOPS or _PUNCTUATION.search(text, word.end(), words[-1].start()):
            return None  # "On 1 May 2020, in Tijuana": a date, not a count of the town's dead
        count = None if word.group().lower() in ("a", "an") else parse_number(word.group())
        if count and count < COUNT_IS_A_YEAR_FROM:
            span = Span(word.start(), place.span.end, text[word.start():place.span.end])
            return CasualtyMention(count, count, "killed", "exact", None, span)
    return None


_PUNCTUATION = re.compile(r"[,;:.()]")
COUNT_IS_A_YEAR_FROM = 1900  # "in 2020 in Kano": a number this large before "in <town>" is a year


def first_crowd_place(mentions: Sequence[Mention]) -> int | None:
    """Where the first place of the story's first protest or riot ends (its sentence's end when it names none;
    None when the story tells no crowd act): towns listed after it tell the crowd again."""
    first = next((m for m in mentions if _tells_a_crowd(m)), None)
    if first is None:
        return None
    places = [p.span.end for p in first.places if p.cue in _LISTED_CUES]
    return min(places, default=first.sentence.end)


def _tells_a_crowd(mention: Mention) -> bool:
    return any(t.tactic in CROWD_TACTICS and t.kind == REPORT for t in mention.triggers)


def _one_per_listed_town(mention: Mention, draft: EventDraft, first_crowd: int, text: str) -> list[EventDraft]:
    """``draft`` at each town of the first list ("in Nablus and Hebron") the mention names after ``first_crowd``."""
    places = sorted((p for p in mention.places if p.span.start > first_crowd), key=lambda p: p.span.start)
    for start in range(len(places) - 1):
        listed = split_per_place([replace(mention, places=tuple(places[start:]))], draft)
        if len(listed) >= 2 and _after_a_preposition(listed[0].place_mentions[0], text):
            return listed
    return []


def _names_a_crowd(mention: Mention, text: str) -> bool:
    """A crowd verb or noun in a sentence listing towns. "Protests were also held in ..." names its crowd with a
    bare plural the detector blocks as generic (and the classifier then reads the sentence): in a crowd event's
    group, that plural is the crowd told again."""
    if sum(p.cue in _LISTED_CUES for p in mention.places) < 2:
        return False  # speed only: a list needs two towns
    if any(t.tactic in CROWD_TACTICS for t in mention.triggers):
        return True
    sentence = mention.sentence
    return any(t.tactic in CROWD_TACTICS and t.blocked_by in _TOLD_AGAIN_BLOCKS
               for t in find_triggers(text, sentence.start, sentence.end))


# "in Kano, Kaduna and Jos", "spread to Kano and Jos", "from Kano and Jos": a list of towns opens on a preposition of
# place; names after "the" ("on the Zaytoun and Nasr bridges") or "of" ("workers of X and Y") are not towns listed.
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|to|from|across|throughout|at)\s+$", re.IGNORECASE)
PREPOSITION_LOOKBACK = 12  # characters before the first town searched for its preposition


def _after_a_preposition(town: PlaceMention, text: str) -> bool:
    before = text[max(0, town.span.start - PREPOSITION_LOOKBACK):town.span.start]
    return bool(_PLACE_PREPOSITION_BEFORE.search(before))


_LISTED_CUES = ("in", "near")
_TOLD_AGAIN_BLOCKS = (None, "generic")


_CROWD_TYPES = frozenset({"Protests", "Riots"})


def crowds_told_again_elsewhere(group: Sequence[Mention], draft: EventDraft, first_crowd: int | None, text: str
                                ) -> list[EventDraft]:
    """'Thousands marched in Abuja on Monday ... Protests were also held in Kano, Kaduna and Jos': a crowd act
    told again, after the story's first one, for a list of other towns is one event per town and day (ACLED codes
    one event per location), each with no dead of its own. A list in the story's first crowd sentence stays one
    event: ACLED's own short reports list towns there that their coders keep in one row (``split_listed_places``)."""
    if draft.event_type not in _CROWD_TYPES or first_crowd is None:
        return []
    placed = {p.name for p in draft.place_mentions[:1]}
    no_dead = replace(draft, fatalities=Fatalities(0, 0, 0, 0))
    others: list[EventDraft] = []
    for mention in group:
        if mention.sentence.end <= first_crowd or not _names_a_crowd(mention, text):
            continue
        for town_draft in _one_per_listed_town(mention, no_dead, first_crowd, text):
            town = town_draft.place_mentions[0].name
            if town not in placed:
                placed.add(town)
                others.append(town_draft)
    return others


def _with_crowds_told_again(draft: EventDraft, others: list[EventDraft]) -> list[EventDraft]:
    """The crowd act first told, placed where none of the towns told again is, then one event per town told again."""
    towns = {other.place_mentions[0].name for other in others}
    own = tuple(p for p in draft.place_mentions if p.name not in towns)
    return [replace(draft, place_mentions=own) if own else draft, *others]


# "gunmen attacked the villages of Nadjoundi and Mandouri ..., killing seven civilians between them", "engaged
# bandits in gunfights at Dansadau, Kekuwaje and Magami", "attacked more than 20 villages in the Bokkos and Barkin
# Ladi local government areas": an act of violence told once for villages named as such is one event per village,
# the toll split evenly (ACLED codes one event per location; round twenty-one). Not a road between two towns nor a
# dispute "between the villages of A and B" (two sides), the farmland around villages, districts' "areas" or ports,
# nor ground taken (one advance, "recaptured the villages of A and B"), nor a crowd (``crowds_told_again_elsewhere``).
_VILLAGES_OF_BEFORE = re.compile(
    r"(?<!around )(?<!near )(?<!between )\bthe\s+(?:[\w-]+\s+)?(?:villages|towns|localities|communities|hamlets)"
    r"\s+of\s+$|"
    r"\b(?:gunfights?|gun\s+battles?|clashes|fighting|attacks)\s+at\s+$|\bin\s+the\s+$", re.IGNORECASE)
_UNITS_AFTER = re.compile(r"\s+(?:local\s+government\s+areas|LGAs)\b", re.IGNORECASE)
_LISTED_VIOLENCE = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
_GROUND_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
VILLAGES_OF_REACH = 40  # characters before the first village: "the rebel-held towns of ", "gunfights at "


def _villages_listed(group: Sequence[Mention], draft: EventDraft, text: str,
                     groups: Sequence[Sequence[Mention]] = ()) -> bool:
    if draft.event_type not in _LISTED_VIOLENCE or draft.sub_event_type in _GROUND_TAKEN:
        return False
    reporting = next((m for m in group if m.reports), None)
    if reporting is None or sum(p.cue in _LISTED_CUES for p in reporting.places) < 2:
        return False  # speed only: a list needs two towns
    listed = listed_towns(reporting)
    if len(listed) < 2 or _told_village_by_village(listed, group, groups):
        return False
    first, last = listed[0].span, listed[-1].span
    before = _VILLAGES_OF_BEFORE.search(text, max(0, first.start - VILLAGES_OF_REACH), first.start)
    if before is None:
        return False
    return not before.group().lower().startswith("in") or bool(_UNITS_AFTER.match(text, last.end))


def _told_village_by_village(villages: list[PlaceMention], group: Sequence[Mention],
                             groups: Sequence[Sequence[Mention]]) -> bool:
    """"Armed men attacked the villages of Kumbi, Sadu Yengkhuman and Thamnapokpi ... In Sadu Yengkhuman, ...": a
    list whose villages the story then tells as events of their own is a summary; those events stand."""
    names = {v.name for v in villages[1:]}
    return any(p.name in names for other in groups if other is not group for m in other for p in m.places)


def _one_per_village(drafts: list[EventDraft], draft: EventDraft, text: str) -> list[EventDraft]:
    """Each village's event, with the other villages of the list next in its places (a hamlet the gazetteer lacks is
    placed by its neighbour, not by a region of the same name abroad) and the whole toll where the sentence puts it
    ("struck the towns of Atareb and Darat Izza ..., killing four civilians in Atareb")."""
    villages = [d.place_mentions[0] for d in drafts]
    toll_town = _town_the_toll_is_told_in(draft, villages, text)
    return [replace(d, place_mentions=(v, *(o for o in villages if o is not v), *d.place_mentions[1:]),
                    fatalities=_whole_or_none(draft.fatalities, v is toll_town) if toll_town else d.fatalities)
            for d, v in zip(drafts, villages)]


def _town_the_toll_is_told_in(draft: EventDraft, villages: list[PlaceMention], text: str) -> PlaceMention | None:
    for span in draft.evidence.get("fatalities", ()):
        after = _IN_TOWN_AFTER.match(text, span.end)
        if after is not None:
            return next((v for v in villages if text.startswith(v.name, after.end())), None)
    return None


_IN_TOWN_AFTER = re.compile(r"\s+in\s+")


def _whole_or_none(fatalities: Fatalities, whole: bool) -> Fatalities:
    return fatalities if whole else Fatalities(0, 0, 0, 0)


def _at_counted_place(draft: EventDraft, place: PlaceMention, count: CasualtyMention, towns: set[str]) -> EventDraft:
    others = tuple(p for p in draft.place_mentions if p.name not in towns)
    evidence = {**draft.evidence, "location": (place.span,), "fatalities": (count.span,)}
    return replace(draft, place_mentions=(place, *others), evidence=evidence,
                   fatalities=Fatalities(count.low, count.low, count.low, count.low))




def _fallback_places(context: ArticleContext) -> tuple[PlaceMention, ...]:
    """No town of the event's own nor of the lead: the dateline's city (geo keeps it only when the body names it
    again), then the headline's town. Read only for such an event (speed: the headline's actors are looked up)."""
    return (*dateline_place(context), *headline_town(context))


def _draft(
    mentions: Sequence[Mention], prediction: TypePrediction, context: ArticleContext, story_actor: StoryGroup | None,
    lead: tuple[PlaceMention, ...], groups: Sequence[Sequence[Mention]] = (),
) -> tuple[EventDraft, str | None]:
    """The event's draft without notes, and the tactic its type was read from (the notes are written per place)."""
    when = event_date_of(mentions, context)
    casualties = without_tolls_of_several_days(_event_casualties(mentions, context.text), mentions, groups)
    later = _later_victims(mentions)
    fatalities = _event_fatalities([c for c in casualties if not _inside_any(c, later)], context)
    fatalities = _with_later_victims(fatalities, later)
    country, country_span = event_country(mentions, context)
    typing = _type_and_roles(_without_counter_versions(mentions), prediction, fatalities.fatalities, country, context,
                             story_actor)
    actor_fields, actor_evidence = actor_fields_of(typing.roles)
    places = (tuple(rank_places(_where_it_happened([p for m in mentions for p in m.places], context.text)))
              or lead or _fallback_places(context))
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
    return draft, typing.decision.tactic


# "The RSF said its forces had attacked army positions and clashed with armed villagers, and it denied targeting
# civilians": the accused's own version of the act the story reports. Its acts and foes neither type the event nor
# name its sides, and the classifier does not read it; the report it answers does (the event's first mention
# always stays).
_DENIES_HARMING_CIVILIANS = re.compile(
    r"\bden(?:ied|ies|y|ying)\s+(?:ever\s+|any\s+)?(?:targeting|attacking|killing|harming|shooting(?:\s+at)?)\s+"
    r"(?:unarmed\s+)?(?:civilians?|residents|villagers|protesters|non-combatants)\b", re.IGNORECASE)


def _without_counter_versions(mentions: Sequence[Mention]) -> Sequence[Mention]:
    if len(mentions) < 2 or not any("den" in m.sentence.text for m in mentions[1:]):
        return mentions  # speed only: no denial
    return [m for i, m in enumerate(mentions) if i == 0 or not _DENIES_HARMING_CIVILIANS.search(m.sentence.text)]


# "two days before the Macomia raid", "a response to the Jenin operation": a town naming another event, used as
# the noun's modifier, is where that event happened; the event told here is elsewhere when it names another place.
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:raid|attack|assault|massacre|bombing|ambush|operation|offensive|killings?|strike|siege)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _where_it_happened(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    def names_another_event(place: PlaceMention) -> bool:
        return bool(_THE_BEFORE.search(text, max(0, place.span.start - 5), place.span.start)
                    and _EVENT_NOUN_AFTER.match(text, place.span.end))
    own = [p for p in places if not names_another_event(p)]
    return own or places


# "The death toll rose to 100": a later count of the same event's dead replaces the earlier ones (an update,
# not a conflicting report). The fatalities extractor keeps the update wording inside the toll's span.
_TOLL_UPDATE = re.compile(
    r"\b(?:(?:rose|risen|rises|climbed|jumped|increased|mounted|soared|revised|lowered|corrected)(?:\s+\w+){0,2}\s+to|"
    r"reached|(?:now )?stands at|stood at)\b|"
    # "bringing the toll from Friday's strike to 45" (the act named: not a running count over days), "..., and to
    # 45 on Sunday" (a later count chained to an update, ``mentions._with_chained_update``)
    r"\btoll\s+from\s+(?:[\w'’-]+\s+){0,5}?to\s+\w|^,?\s*and\s+(?:then\s+)?to\s+\w|"
    # "raised the number of dead from the fighting to nine" (read whole by ``mentions._with_toll_update``)
    r"^(?:raised|revised|updated|lifted)\s+(?:the\s+|its\s+|their\s+)?number of\b",
    re.IGNORECASE,
)
# "It raised the toll to 31": the verb stands before the count's span ("toll to 31").
_RAISED_BEFORE = re.compile(r"\b(?:raised|revised|updated|lifted|put)\s+(?:the\s+|its\s+|their\s+)?(?:death\s+)?$",
                            re.IGNORECASE)
RAISED_REACH = 30  # characters before a count's span searched for the raising verb


def latest_toll(casualties: Sequence[CasualtyMention], text: str = "") -> list[CasualtyMention]:
    """The event's casualty statements without the death counts an update replaced: the last update in text
    order stands, with the floors, the counts told after it and every non-death figure."""
    updates = [c for c in casualties if c.kind == "killed" and _is_update(c, text)]
    if not updates:
        return list(casualties)
    last = max(updates, key=lambda c: c.span.start)
    return [c for c in casualties if c.kind != "killed" or c.qualifier == "floor" or c.span.start >= last.span.start]


# "Six more bodies were found on Wednesday, bringing the toll to 15": a toll brought up by deaths that followed the
# act (more bodies found, the wounded who died) is the act's updated toll, not a running count over days of acts.
_BRINGING_THE_TOLL = re.compile(r"^(?:bringing|raising|taking|pushing)\s+the\s+(?:death\s+)?toll\s+to\b", re.IGNORECASE)


def _is_update(count: CasualtyMention, text: str) -> bool:
    if _TOLL_UPDATE.search(count.span.text) or TOLL_REVISION_RE.match(count.span.text):
        return True
    if _BRINGING_THE_TOLL.match(count.span.text):
        sentence_start = text.rfind(". ", 0, count.span.start) + 1
        return bool(DEATH_AFTER_THE_ACT.search(text, sentence_start, count.span.start))
    before = text[max(0, count.span.start - RAISED_REACH):count.span.start]
    return count.span.text.lower().startswith("toll") and bool(_RAISED_BEFORE.search(before))


def _event_casualties(mentions: Sequence[Mention], text: str) -> list[CasualtyMention]:
    """Every casualty statement of the event without the counts a later one replaces or already holds."""
    said_last = latest_said([c for m in mentions for c in m.casualties], mentions)
    counts = without_counts_before_a_later_one(without_first_counts(latest_toll(said_last, text), text), text)
    counts = without_wider_counts(counts, mentions, text)
    return without_claimed_tolls(without_wounded_counted(without_bombers_counted(counts, text), text), text)


# "Eight Palestinians were killed on Monday. ... Four more were killed on Tuesday, bringing the toll to 12": the raised
# toll sums the day's added dead ("four more") and the dead another event of the story already holds (Monday's eight),
# so it is the operation's total, not this day's (ACLED codes each day's fighting apart). The arithmetic says so in
# any wording ("raising the toll of the two days to twelve", "a raid of 40 hours in which 14 were killed"); a toll
# raised by deaths of the same act ("two more died of their wounds, bringing the toll to 12") sums counts of this
# event's own, so it stays (round twenty-three).
def without_tolls_of_several_days(casualties: Sequence[CasualtyMention], mentions: Sequence[Mention],
                                  groups: Sequence[Sequence[Mention]]) -> list[CasualtyMention]:
    added = [c for c in casualties if c.kind in KILLED_KINDS and adds_to_the_dead(c)]
    if not added or len(groups) < 2:
        return list(casualties)  # speed only: no deaths told as added, or no other event to hold the rest
    own = {id(m) for m in mentions}
    elsewhere = {c.low for group in groups if not any(id(m) in own for m in group)
                 for m in group for c in m.casualties if c.kind in KILLED_KINDS and c.qualifier != "vague"}
    sums = {n + other for n in {*(c.low for c in added), sum(c.low for c in added)} for other in elsewhere}
    sentence_of = {c.span.start: m.sentence.start for m in mentions for c in m.casualties}

    def sums_other_days(count: CasualtyMention) -> bool:
        # "Five officers died at the scene and three more died later": the count the added ones follow in their
        # sentence is what they add to, never a sum of days
        added_to = any(count.span.start < c.span.start and sentence_of.get(c.span.start) is not None
                       and sentence_of.get(count.span.start) == sentence_of.get(c.span.start) for c in added)
        return (count.kind in KILLED_KINDS and count.low in sums and count not in added and count.qualifier != "vague"
                and not added_to)
    return [c for c in casualties if not sums_other_days(c)]


# "On Saturday the RSF fought the joint forces inside the camp ... 43 of their fighters were killed in Saturday's
# fighting. ... the health authority said more than 400 people had been killed since Friday": a count whose clause
# widens it past one act ("since Friday", "across the province", "part of a wave of attacks") holds other days' or
# places' dead; beside the act's own count it is no figure of this event (round twenty). Alone it stays the figure.
def without_wider_counts(casualties: Sequence[CasualtyMention], mentions: Sequence[Mention],
                         text: str) -> list[CasualtyMention]:
    deaths = [c for c in casualties if c.kind in KILLED_KINDS]
    if len(deaths) < 2:
        return list(casualties)  # speed only: a lone count stays whatever its scope
    sentences = {c.span.start: m.sentence for m in mentions for c in m.casualties}
    wide = [c for c in deaths if c.kind == "killed" and c.span.start in sentences and in_wider_scope(
        c, text, sentences[c.span.start].start, sentences[c.span.start].end)]
    own = [c.low for c in deaths if c not in wide and c.who != SELF_DEATH_WHO]  # a bomber's death is no act's count
    if not wide or not own:
        return list(casualties)
    return [c for c in casualties if c not in wide or c.low <= min(own)]  # a wider total holds the act's dead


# "JNIM claimed the attack in a statement, saying it had killed 200 soldiers. ... One source put the toll at more
# than 100": the toll its authors claim is the least credible report of an act's dead; when the story gives them from
# another source too, that one stands (the coding rules keep the lowest credible figure). Alone, the claim stands.
_CLAIMED_TOLL_BEFORE = re.compile(
    r"\bclaim(?:ed|ing|s)?\b[^.;]{0,80}?\b(?:saying|said|adding|stating)\s+"
    r"(?:(?:that\s+)?(?:it|they|its\s+fighters)\s+(?:had\s+|has\s+|have\s+)?)?$"
    # "claimed in a statement that it had destroyed seven aircraft and killed 17 Americans"
    r"|\bclaim(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,4}?that\s+(?:it|they|its\s+fighters)\s+(?:had|has|have)\s+[^.;]{0,60}?$",
    re.IGNORECASE)
CLAIM_REACH = 140  # characters before a count searched for the claim it is told in
# "JNIM said in a statement that its fighters had killed 'hundreds' of soldiers": the attackers' own count, whatever
# the verb of saying.
# Round twenty-six: "The militant group said it had killed 300 members of the army": an armed group's word for its
# own kills, told as its saying.
_OWN_FIGHTERS_KILLED_BEFORE = re.compile(
    r"\b(?:its|their)\s+(?:fighters|militants|mujahideen|combatants)\s+(?:had\s+|has\s+|have\s+)?$"
    r"|\b(?:(?:militant|armed|jihadist|rebel|insurgent|extremist|islamist)\s+(?:group|movement|organi[sz]ation)"
    r"|militants|rebels|insurgents|jihadists)\s+(?:said|says|stated|boasted)\s+(?:[\w-]+\s+){0,4}?(?:that\s+)?"
    r"(?:it|they)\s+(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)


def without_claimed_tolls(casualties: Sequence[CasualtyMention], text: str) -> list[CasualtyMention]:
    claimed = [c for c in casualties if c.kind == "killed" and _told_in_a_claim(c, text)]
    if not claimed or not any(c.kind == "killed" and c not in claimed for c in casualties):
        return list(casualties)
    return [c for c in casualties if c not in claimed]


def _told_in_a_claim(count: CasualtyMention, text: str) -> bool:
    before = text[max(0, count.span.start - CLAIM_REACH):count.span.start]
    if _OWN_FIGHTERS_KILLED_BEFORE.search(before):
        return True
    return "claim" in before.lower() and bool(_CLAIMED_TOLL_BEFORE.search(before))


# Round thirteen: "The Nigerian army later said 47 of its men had died", "Later, the ministry said 34 soldiers had
# died": a count said later, with no day of its own, is the latest count of the act's dead, and the counts told
# before it give way (the coding rules keep the latest count, also a lower one); a part of the dead ("12 of the dead
# were officers") or more of them ("three more soldiers") said later does not replace anything.
_SAID_LATER_BEFORE = re.compile(
    r"\blater\b,?\s+(?:[\w'’-]+\s+){0,5}?(?:said|put|gave|told|confirmed|reported|revised|raised)\b[^.;]{0,40}$",
    re.IGNORECASE)
SAID_LATER_REACH = 100  # characters before a count searched for "later ... said" (subject of up to five words)
_PART_OR_MORE = re.compile(r"\b(?:of\s+the\s+(?:dead|victims|killed)|more|another|other|others)\b", re.IGNORECASE)


def without_counts_before_a_later_one(casualties: Sequence[CasualtyMention], text: str) -> list[CasualtyMention]:
    later = [c.span.start for c in casualties if c.kind == "killed" and c.qualifier != "vague" and _said_later(c, text)]
    if not later:
        return list(casualties)
    return [c for c in casualties if not (c.kind == "killed" and c.span.start < min(later))]


def _said_later(count: CasualtyMention, text: str) -> bool:
    before = text[max(0, count.span.start - SAID_LATER_REACH):count.span.start]
    return "later" in before.lower() and bool(_SAID_LATER_BEFORE.search(before)) \
        and not _PART_OR_MORE.search(count.span.text)


def latest_said(casualties: Sequence[CasualtyMention], mentions: Sequence[Mention]) -> list[CasualtyMention]:
    """'A first count on Friday put the toll at 30. By Saturday evening the ministry said 67 ..., and on Sunday the
    WHO said 70 people had been killed': counts of the same victims told with the days they were given are
    successive counts of the same dead, and the latest day's stand (ACLED keeps the latest count, also when it is
    lower: "revised down to 19"). A count given with no day of its own stays, and so does a vague one ("several of
    the wounded died" adds to a count, it does not replace it)."""
    if not any(m.speech_dates for m in mentions):
        return list(casualties)  # speed only: no day said, so no count has one (``_day_said``)
    said_on = {c: day for m in mentions for c in m.casualties
               if c.kind == "killed" and c.qualifier != "vague" and (day := _day_said(c, m)) is not None}
    if not said_on:
        return list(casualties)  # speed only: every count stays (and none is hashed to look it up)
    latest: dict[str, date] = {}
    for count, day in said_on.items():
        group = victim_group(count)
        latest[group] = max(day, latest.get(group, day))
    return [c for c in casualties if c not in said_on or said_on[c] >= latest[victim_group(c)]]


# "On Monday an official said 17 people had died, including the attacker": the bomber whose own death another sentence
# told ("a suicide bomber blew himself up") is already in the count the event keeps (the fatalities extractor reads
# this within one sentence; here the two are told apart).
_ATTACKER_INCLUDED_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:including|among\s+them)\s+(?:the\s+|both\s+|two\s+)?(?:suicide\s+)?(?:bombers?|attackers?)\b",
    re.IGNORECASE)


def without_bombers_counted(casualties: Sequence[CasualtyMention], text: str) -> list[CasualtyMention]:
    if all(c.who != SELF_DEATH_WHO for c in casualties):
        return list(casualties)  # speed only: no bomber's own death to drop
    counted_in = any(c.kind == "killed" and _ATTACKER_INCLUDED_AFTER.match(text, c.span.end) for c in casualties)
    return [c for c in casualties if not (counted_in and c.who == SELF_DEATH_WHO)]


# "... said two of the wounded had died in hospital, bringing the toll to 62": deaths among the wounded, told beside
# the toll they bring up in the same sentence, are inside that toll (not a competing count of the event's dead).
# "four of the badly burned victims had died since": victims told by their wounds are the wounded too.
_OF_THE_WOUNDED = re.compile(
    r"^[\w-]+\s+of\s+the\s+(?:[\w-]+\s+)?(?:wounded|injured|(?:burned|burnt|injured|wounded)\s+victims)\b",
    re.IGNORECASE)
SAME_SENTENCE_REACH = 120  # characters after a count of the wounded within which the toll it brings up stands


def without_wounded_counted(casualties: Sequence[CasualtyMention], text: str) -> list[CasualtyMention]:
    def inside_a_toll(count: CasualtyMention) -> bool:
        return count.kind == "killed" and bool(_OF_THE_WOUNDED.match(count.span.text)) and any(
            c.kind == "killed" and c.low > count.low and 0 <= c.span.start - count.span.end <= SAME_SENTENCE_REACH
            and "." not in text[count.span.end:c.span.start] for c in casualties)
    return [c for c in casualties if not inside_a_toll(c)]


def _event_fatalities(casualties: Sequence[CasualtyMention], context: ArticleContext) -> Fatalities:
    """The event's figure; the wounded who died later, told in a sentence of their own after the act's count
    ("... killing four people and injuring 12. One of the injured died in hospital on Sunday"), come on top of it."""
    if not casualties:
        return Fatalities()
    later = wounded_who_died_later(casualties, context.text)
    fatalities = context.kit.combine_fatalities([c for c in casualties if c not in later])
    if not later:
        return fatalities
    added = sum(c.low for c in later)
    high = None if fatalities.high is None else fatalities.high + added
    return Fatalities(fatalities.fatalities + added, (fatalities.low or 0) + added, (fatalities.best or 0) + added,
                      high)


# Round twelve: "A fifth worshipper died in hospital on Tuesday", "Another victim died on Monday", "Two more victims
# succumbed": a later death told in a sentence that gives no figure of its own raises the act's toll (an ordinal
# sets its floor, "N more" adds N, one victim adds one). A sentence that also gives the toll ("..., raising the toll
# to six") is counted by that figure instead.
_ORDINAL_VALUES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                   "ninth": 9, "tenth": 10}
_ORDINAL_WORD = re.compile(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+)(?:st|nd|rd|th)?\b"
                           r"(?!\s+more)", re.IGNORECASE)
_MORE_WORD = re.compile(r"\b([\w-]+)\s+more\b", re.IGNORECASE)


@dataclass(frozen=True)
class _LaterVictims:
    start: int  # where the words telling the later death lie in the text
    end: int
    ordinal: int | None  # "a fifth worshipper": the toll is at least five
    added: int  # "two more victims": two more dead; one otherwise


def _later_victims(mentions: Sequence[Mention]) -> list[_LaterVictims]:
    found = []
    for mention in mentions:
        phrase = later_victim_phrase(mention)
        if phrase is None:
            continue
        start, end = mention.start + phrase.start(), mention.start + phrase.end()
        in_sentence = [c for m in mentions if m.sentence.start == mention.sentence.start for c in m.casualties]
        if any(c.kind in KILLED_KINDS and not _overlaps(c, start, end) for c in in_sentence):
            continue  # the sentence gives the raised toll itself
        found.append(_counted(phrase.group(), start, end))
    return found


def _counted(words: str, start: int, end: int) -> _LaterVictims:
    more = _MORE_WORD.search(words)
    if more is not None:
        return _LaterVictims(start, end, None, parse_number(more.group(1)) or 1)
    ordinal = _ORDINAL_WORD.search(words)
    if ordinal is not None and (ordinal.group(1).lower() in _ORDINAL_VALUES or ordinal.group(0)[-2:].isalpha()):
        word = ordinal.group(1).lower()
        return _LaterVictims(start, end, _ORDINAL_VALUES.get(word) or int(word), 0)
    return _LaterVictims(start, end, None, 1)


def _inside_any(count: CasualtyMention, later: Sequence[_LaterVictims]) -> bool:
    return any(_overlaps(count, v.start, v.end) for v in later)


def _overlaps(count: CasualtyMention, start: int, end: int) -> bool:
    """Whether a count's words share any with the later death's ("a man injured in the shooting died" is counted
    from "a man", before the words that tell the later death)."""
    return count.span.start < end and count.span.end > start


def _with_later_victims(fatalities: Fatalities, later: Sequence[_LaterVictims]) -> Fatalities:
    if not later:
        return fatalities
    total = fatalities.fatalities
    for victims in later:
        total = max(total, victims.ordinal) if victims.ordinal else total + victims.added
    raised = total - fatalities.fatalities
    high = None if fatalities.high is None else fatalities.high + raised
    return Fatalities(total, (fatalities.low or 0) + raised, (fatalities.best or 0) + raised, high)


# "Five officers were killed at the scene, and three others died later in hospital": other victims who died later
# of the same act, told right after its count (in its sentence or the next).
_OTHERS_DIED_LATER = re.compile(r"^[\w-]+\s+others\s+(?:[\w-]+\s+)?(?:died|succumbed)\b", re.IGNORECASE)


def wounded_who_died_later(casualties: Sequence[CasualtyMention], text: str) -> list[CasualtyMention]:
    """Deaths 'of the wounded' told after another count of the event's dead, in a later sentence (one beside the
    toll it brings up, in its own sentence, is inside that toll: ``without_wounded_counted``), and "three others
    died later" after a count. A vague count ("several of the wounded had died") explains a toll that rose; it adds
    nothing to it; nor do the wounded who died told after a risen toll that holds them (``inside_a_risen_toll``)."""
    def after_a_count(count: CasualtyMention) -> bool:
        if count.kind != "killed" or count.qualifier == "vague" or inside_a_risen_toll(count, casualties):
            return False
        of_the_wounded = bool(_OF_THE_WOUNDED.match(count.span.text))
        if not of_the_wounded and not _OTHERS_DIED_LATER.match(count.span.text):
            return False
        return any(c.kind == "killed" and not _OF_THE_WOUNDED.match(c.span.text) and c.span.end <= count.span.start
                   and (not of_the_wounded or "." in text[c.span.end:count.span.start]) for c in casualties
                   if c is not count)
    return [c for c in casualties if after_a_count(c)]


def _day_said(count: CasualtyMention, mention: Mention) -> date | None:
    """The day a count was given: the statement's day told last before it in its sentence ("on Sunday the WHO said
    70"), else the first told after it ("has risen to 70, the WHO said on Sunday")."""
    days = [d for d in mention.speech_dates if mention.sentence.start <= d.span.start < mention.sentence.end
            and d.time_precision == 1]
    before = [d for d in days if d.span.end <= count.span.start]
    after = [d for d in days if d.span.start >= count.span.end]
    if before:
        return max(before, key=lambda d: d.span.start).day
    return after[0].day if after else None


# Strategic developments a verb reports ("surrendered", "arrested", "set up a base"): a weapon only named beside them
# ("a commander in charge of explosives surrendered", "arrested carrying grenades") is no explosion.
_STRATEGIC_VERB_TACTICS = frozenset({"group_change", "arrest", "base", "transfer", "agreement", "agreement_signed"})


# "...suspended its operations days after a deadly attack", "folded into the ministry after the killing of their
# commander": violence only named by a noun beside a reported development is the earlier event it refers to.
_EARLIER_VIOLENCE = frozenset({"attack", "killing", "clash"})


# "The church killings came days after the army said it had fought the rebels near Mambasa": what follows "came ...
# after/before" is another event, told to set this one in time; its tactics do not type this one. When the date
# stands there ("The strike came ten days after a drone attack ... on January 28"), the mention is that event's.
_CAME_AFTER = re.compile(r"\b(?:came|comes|come)\s+(?:[\w-]+\s+){0,3}?(?:after|before)\b", re.IGNORECASE)
_CAME_AFTER_NEEDS = ("came", "come")  # speed only: in every match ("comes" holds "come")


# "A drone strike killed 26 people on Sunday, as fighting between the army and the militia entered its second week":
# the war the act belongs to, told to set it in time; its fighting does not type the strike.
_AS_THE_WAR_WENT_ON = re.compile(
    r",?\s+as\s+(?:[\w'’-]+\s+){1,10}?(?:entered|went into|passed)\s+(?:its|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:day|week|month|year)\b", re.IGNORECASE)
_AS_THE_WAR_WENT_ON_NEEDS = gate_words(_AS_THE_WAR_WENT_ON)  # speed only: read off the pattern, never kept by hand


# "bandits stormed ten villages, shooting residents, after military air strikes on their hideouts": a weapon only named
# after "after", "following" or "in retaliation for", beside an act a verb reports, is the earlier act that set it off.
_SET_OFF_BY = re.compile(r"\b(?:after|following|in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|in\s+the\s+wake"
                         r"\s+of)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?|added|reported|stated)(?:\s+on\s+\w+)?\s*$",
                   re.IGNORECASE)
SET_OFF_BY_REACH = 50  # characters before the noun: the connective and up to three words ("after military air strikes")


def _set_off_by(trigger: Trigger, mention: Mention) -> bool:
    """Only after the act a verb reports: in "The strike came ten days after a drone attack ... killed three soldiers"
    the drone attack is the act the clause tells."""
    if trigger.kind == REPORT:
        return False
    start = max(mention.sentence.start, trigger.span.start - SET_OFF_BY_REACH)
    connective = _SET_OFF_BY.search(mention.sentence.text[start - mention.sentence.start:
                                                          trigger.span.start - mention.sentence.start])
    if connective is None or _SAID.search(mention.sentence.text, 0, start + connective.start() - mention.sentence.start):
        return False  # '"... and it exploded," a guard said after a grenade attack': the speech's time, not an act's
    return any(t.kind == REPORT and t.tactic != trigger.tactic and t.span.end <= start + connective.start()
               for t in mention.triggers)


def _told_as_another_event(trigger: Trigger, mention: Mention, leads: bool = False) -> bool:
    if _set_off_by(trigger, mention):
        return True
    war = _AS_THE_WAR_WENT_ON.search(mention.sentence.text) if " as " in mention.sentence.text and may_hold_any(
        mention.sentence.text, _AS_THE_WAR_WENT_ON_NEEDS) else None
    if war is not None and mention.sentence.start + war.start() <= trigger.span.start < mention.sentence.start + war.end():
        return True
    if not may_hold_any(mention.sentence.text, _CAME_AFTER_NEEDS):
        return False
    frame = _CAME_AFTER.search(mention.sentence.text)
    if frame is None:
        return False
    other_event_from = mention.sentence.start + frame.end()
    if leads and mention.start >= other_event_from:
        # the clause after the frame, split off as that other event and leading it: its own tactics type it (not
        # when it joined the story's own event: "The killings came two days after troops had fought off bandits")
        return False
    return trigger.span.start >= other_event_from and not any(d.span.start >= other_event_from for d in mention.dates)


def _typing_tactics(mentions: Sequence[Mention]) -> list[str]:
    """The tactics the precedence rules read. Under a strategic development a verb reports, a weapon, violence or
    another development only named by a noun ("set up a cantonment site under the peace agreement") is left out."""
    triggers = [t for m in mentions for t in m.triggers if not _told_as_another_event(t, m, m is mentions[0])]
    if not any(t.tactic in _STRATEGIC_VERB_TACTICS and t.kind == REPORT and not t.noun for t in triggers):
        return [t.tactic for t in triggers]
    droppable = _WEAPON_TACTICS | _STRATEGIC_VERB_TACTICS | _EARLIER_VIOLENCE
    reported = {t.tactic for t in triggers if t.kind == REPORT}
    return [t.tactic for t in triggers if t.tactic not in droppable or t.tactic in reported]


@dataclass(frozen=True)
class _Typing:
    decision: TypeDecision
    roles: dict
    event_probability: float | None  # None when the classifier was not needed

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(self, decision: TypeDecision, roles: dict, event_probability: float | None) -> None:
        object.__setattr__(self, "decision", decision)
        object.__setattr__(self, "roles", roles)
        object.__setattr__(self, "event_probability", event_probability)


def _type_and_roles(
    mentions: Sequence[Mention], prediction: TypePrediction, deaths: int, country: str | None, context: ArticleContext,
    story_actor: StoryGroup | None = None,
) -> _Typing:
    """Type by the precedence rules; the classifier is asked only when the rules cannot tell (no tactic, or an
    attack whose victims are unknown), which keeps it off the hot path. Roles are then read with that type."""
    tactics = _typing_tactics(mentions)
    text = " ".join(s.text for s in _event_sentences(mentions, context))
    victims = victims_inter(mentions)
    decision = _typed(tactics, text, victims, deaths, prediction, mentions)
    roles = group_roles(mentions, decision.sub_event_type, country, context, story_actor)
    if victims is None and decision.tactic in ("attack", "killing") and roles.get("inter2"):
        decision = _typed(tactics, text, roles["inter2"], deaths, prediction, mentions)
        roles = group_roles(mentions, decision.sub_event_type, country, context, story_actor)
    return _Typing(decision, roles, prediction.event_probability if prediction.sub_event_scores else None)


# A named weapon is evidence the classifier cannot outweigh ("a missile hit the station" is shelling).
_WEAPON_TACTICS = frozenset({"chemical", "suicide", "air_strike", "shelling", "ied", "grenade"})


_TERRITORY_FAMILY = frozenset({
    "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory",
})


def _same_family(rules_sub: str | None, classifier_sub: str | None) -> bool:
    if rules_sub is None or classifier_sub is None:
        return False
    strategic = EVENT_TYPE_OF[rules_sub] == EVENT_TYPE_OF[classifier_sub] == "Strategic developments"
    return strategic or rules_sub in _TERRITORY_FAMILY and classifier_sub in _TERRITORY_FAMILY


def _reported_by_verb(mentions: Sequence[Mention], tactic: str | None) -> bool:
    """Whether a verb of the lexicon reports the rules' tactic ("gunmen attacked"), not only a noun ("the attack")."""
    return any(t.tactic == tactic and t.kind == REPORT and not t.noun for m in mentions for t in m.triggers)


def _strategic_verb(decision: TypeDecision, mentions: Sequence[Mention]) -> bool:
    """A verb of the lexicon names the strategic development itself ("surrendered", "set up a base", "signed a
    truce"): the classifier may not swap it for a sibling sub-type."""
    return decision.tactic in _NAMED_STRATEGIC_TACTICS and _reported_by_verb(mentions, decision.tactic)


_NAMED_STRATEGIC_TACTICS = frozenset({"group_change", "base", "agreement", "agreement_signed", "disrupted", "other"})


_BY_FORCE = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_FIGHTING = re.compile(
    r"\b(?:fight\w*|clash\w*|combats?|battles?|overpower\w*|chas(?:ed|ing)|attack\w*|assault\w*|storm\w*|"
    r"offensive|firefights?|gunfights?|shelling)\b",
    re.IGNORECASE,
)
_UNOPPOSED = re.compile(r"\b(?:without (?:a fight|fighting|combats?|resistance|firing a shot|a shot)|unopposed)\b",
                        re.IGNORECASE)


def _fought_for(decision: TypeDecision, prediction: Any, mentions: Sequence[Mention]) -> bool:
    """A place taken by force, told with the fighting: the classifier may not call it a non-violent transfer."""
    if decision.sub_event_type not in _BY_FORCE or prediction.sub_event_type != "Non-violent transfer of territory":
        return False
    text = " ".join(s.text for s in unique_sentences(mentions))
    return bool(_FIGHTING.search(text)) and not _UNOPPOSED.search(text)


def _told_unopposed(decision: TypeDecision, mentions: Sequence[Mention]) -> bool:
    """"Rebels enter Bunagana unopposed": a place the text says was taken without a fight stays a non-violent transfer
    (the classifier, reading fighters who "moved into" a town, may call it a base established)."""
    if decision.sub_event_type != "Non-violent transfer of territory":
        return False
    return bool(_UNOPPOSED.search(" ".join(s.text for s in unique_sentences(mentions))))


def _overrule_at(decision: TypeDecision, mentions: Sequence[Mention]) -> float:
    if decision.tactic == CLASSIFIED or not _reported_by_verb(mentions, decision.tactic):
        return CLASSIFIER_OVERRULES_WEAK_CUES_AT
    return CLASSIFIER_OVERRULES_AT


def _overrule(decision: TypeDecision, prediction: Any, mentions: Sequence[Mention] = ()) -> TypeDecision:
    """A confident classifier overrules the precedence rules (it sees wording the lexicon does not), the more
    easily the weaker the rules' evidence, except where the text names the weapon."""
    scores = getattr(prediction, "sub_event_scores", None) or {}
    if decision.tactic in _WEAPON_TACTICS or decision.firm:
        return decision
    if _same_family(decision.sub_event_type, prediction.sub_event_type):
        if _strategic_verb(decision, mentions) or _fought_for(decision, prediction, mentions) or _told_unopposed(
                decision, mentions):
            return decision
        # The lexicon knows a strategic development or a change of control happened but not which kind (a base
        # handed over, a truce; taken by the army or by rebels): the classifier's reading within the family.
        return TypeDecision(prediction.event_type, prediction.sub_event_type, decision.tactic)
    if prediction.event_type and scores and max(scores.values()) >= _overrule_at(decision, mentions):
        return TypeDecision(prediction.event_type, prediction.sub_event_type, decision.tactic)
    return decision


def _typed(tactics: list[str], text: str, victims: int | None, deaths: int, prediction: TypePrediction,
           mentions: Sequence[Mention]) -> TypeDecision:
    if _set_off_by_the_predicted_act(prediction, mentions):
        # the classifier read the earlier act the rules set aside ("..., after military air strikes on their hideouts")
        return type_from_tactics(tactics, text, victims, deaths, None)
    return _overrule(type_from_tactics(tactics, text, victims, deaths, prediction), prediction, mentions)


def _set_off_by_the_predicted_act(prediction: Any, mentions: Sequence[Mention]) -> bool:
    return any(prediction.sub_event_type in sub_types_named_by(t.tactic) for m in mentions for t in m.triggers
               if _set_off_by(t, m))


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



_BARE_GENERICS = re.compile(r"^(?:Civilians|Protesters|Rioters|Unidentified [A-Z][\w ]*?(?:Group|Gang|Militia))$")


def qualify_actors(draft: EventDraft, country: str | None, kit: ExtractionKit | None = None) -> EventDraft:
    """Give country-less generic actors their country once the geo stage knows it.

    Extraction names "Civilians" or "Police Forces" bare when the text never says the country (terse reports
    name only a town); the pipeline calls this after geocoding: "Civilians (Mali)", "Police Forces of Mali".
    Generics follow the actor dictionary's per-country conventions (``qualify_generic`` of ``kit.actors``:
    unnamed gunmen in Mexico are "Unidentified Gang (Mexico)"); without a kit the default one is used.
    A state force's inter code is read again in that country too: 1 at home, 8 abroad.
    """
    if not country:
        return draft
    actors = (kit or ExtractionKit.load()).actors
    actor1 = _actor_in_country(draft, "actor1", country, kit)
    actor2 = _actor_in_country(draft, "actor2", country, kit)
    inter1 = _inter_in_country(actors, actor1, _reread_inter(actors, draft.actor1, actor1, draft.inter1), country)
    if draft.sub_event_type == AIR_STRIKE and actor1:
        actor1, inter1 = _unclaimed_striker(actors, draft, actor1, inter1, country)
    qualified = replace(
        draft, actor1=actor1, actor2=actor2,
        assoc_actor_1=victim_groups_in_country(_bare_force_in_country(draft.assoc_actor_1, country), country),
        assoc_actor_2=victim_groups_in_country(_bare_force_in_country(draft.assoc_actor_2, country), country),
        inter1=inter1,
        inter2=_inter_in_country(actors, actor2, _reread_inter(actors, draft.actor2, actor2, draft.inter2), country))
    return draft if qualified == draft else qualified


def _reread_inter(actors: object, drafted: str | None, name: str | None, inter: int | None) -> int | None:
    """The inter code of a group the geo stage named in place of the unidentified one extraction read ("Islamic
    State militants" told from Beirut: the militants' 3, then Islamic State (Syria)'s 2)."""
    if not drafted or not name or not drafted.startswith("Unidentified Armed Group") or name.startswith("Unidentified"):
        return inter
    inter_of = getattr(actors, "inter_of", None)
    return (inter_of(name) if inter_of is not None else None) or inter


AIR_STRIKE = "Air/drone strike"


def _unclaimed_striker(actors: object, draft: EventDraft, actor1: str, inter1: int | None,
                       country: str) -> tuple[str, int | None]:
    """An air strike placed in a territory without aircraft of its own (Gaza, Lebanon) and given to its home
    state by default is the listed air power's (``ActorDictionary.striker_in``)."""
    striker_in = getattr(actors, "striker_in", None)
    evidence = [span.text for span in draft.evidence.get("actor1", ())]
    striker = striker_in(actor1, evidence, country) if striker_in is not None else None
    return (striker.name, striker.inter) if striker is not None else (actor1, inter1)


def _actor_in_country(draft: EventDraft, field_name: str, country: str, kit: ExtractionKit | None) -> str | None:
    name = _bare_force_in_country(getattr(draft, field_name), country)
    if name and _BARE_GENERICS.match(name):
        name = _qualify_generic(name, country, kit)
    in_country = getattr((kit or ExtractionKit.load()).actors, "in_country", None)
    if name and in_country is not None:
        # A generic named after a country extraction guessed ("Protesters (Qatar)") is read again in the
        # event's country; named groups and countries the evidence itself states are kept.
        evidence = [span.text for span in draft.evidence.get(field_name, ())]
        name = in_country(name, evidence, country, draft.country_hint)
    return name


def _bare_force_in_country(name: str | None, country: str) -> str | None:
    return state_force_name(country, name) if name in STATE_KINDS else name


def _inter_in_country(actors: object, name: str | None, inter: int | None, country: str) -> int | None:
    inter_in_country = getattr(actors, "inter_in_country", None)
    return inter_in_country(name, inter, country) if inter_in_country is not None else inter


def _qualify_generic(bare_name: str, country: str, kit: ExtractionKit | None) -> str:
    actors = (kit or ExtractionKit.load()).actors
    qualify = getattr(actors, "qualify_generic", None)
    qualified = qualify(bare_name, country) if qualify is not None else bare_name
    return qualified if qualified != bare_name else f"{bare_name} ({country})"
