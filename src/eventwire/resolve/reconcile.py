"""Reconcile several reports of one event into one record (rules of ../shared/docs/coding-rules.md).

The result does not depend on the order of the reports: they are sorted by a canonical key first.
"""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date
from typing import Iterable, Mapping, Sequence, TypeVar

from eventwire.records import SUB_EVENT_TYPES, Event, Evidence, Fatalities, Source

T = TypeVar("T")
MAX_CONFIDENCE = 0.99  # no number of reports makes an automatic coding certain
_PRECEDENCE = {sub: rank for subs in SUB_EVENT_TYPES.values() for rank, sub in enumerate(subs)}


def _first_published(event: Event) -> str:
    return min((s.published_at or "9999" for s in event.sources), default="9999")


def canonical_order(events: Iterable[Event]) -> list[Event]:
    """Earliest report first; ties by id. Every choice below is made over this order."""
    return sorted(events, key=lambda e: (_first_published(e), e.event_id))


def most_common(values: Iterable[T | None]) -> T | None:
    """The most repeated non-null value; ties go to the value seen first."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    counts = Counter(present)
    return max(present, key=lambda v: (counts[v], -present.index(v)))


# --------------------------------------------------------------------------- fatalities


def is_floor(event: Event) -> bool:
    """A report whose range is open upwards ("at least 49", "more than 40") states a floor.

    Convention with extract: an exact count has low == high == fatalities (or no range at all);
    a floor has ``fatalities_low`` set and ``fatalities_high`` missing or above ``fatalities``.
    """
    if event.fatalities <= 0:
        return False
    if event.fatalities_high is None:
        return event.fatalities_low is not None
    return event.fatalities_high > event.fatalities


def first_published_day(event: Event) -> date | None:
    """The day the first article carrying this report came out (None when no source says)."""
    # Single-source reports (every report the matcher compares) skip the min(): this runs per candidate pair.
    first = (event.sources[0].published_at or "9999") if len(event.sources) == 1 else _first_published(event)
    try:
        return date.fromisoformat(first[:10]) if first != "9999" else None
    except ValueError:
        return None


def is_superseded(event: Event, reports: Sequence[Event]) -> bool:
    """An exact count that a report published on a later day raised was provisional.

    A floor is never superseded: "at least 59" still holds once the toll reaches 100.
    """
    day = first_published_day(event)
    if day is None or is_floor(event):
        return False
    return any(other.fatalities > event.fatalities and (first_published_day(other) or day) > day for other in reports)


def _best(values: Sequence[int]) -> int:
    counts = Counter(values)
    top, repeats = counts.most_common(1)[0]
    if repeats > 1 and list(counts.values()).count(repeats) == 1:
        return top
    return int(statistics.median_low(values))


def reconcile_fatalities(events: Sequence[Event]) -> Fatalities:
    """Floors combine to the highest floor; exact counts (conflicting or below it) give the lowest figure.

    An exact toll that a report published on a later day raised was provisional ("28 killed" on Monday, "the
    toll has risen to 100" on Wednesday) and no longer counts; outlets that disagree on one day still give the
    lowest.

    low/best/high span every report: low the smallest figure, high the largest, best the most repeated
    figure (or the median when none repeats).
    """
    reported = [e for e in events if e.fatalities > 0 or e.fatalities_high]
    if not reported:
        return Fatalities(0, *_range_or_none(events))
    current = [e for e in reported if not is_superseded(e, reported)]
    exact = [e.fatalities for e in current if not is_floor(e)]
    floors = [e.fatalities for e in current if is_floor(e)]
    # Every floor holds at once, so they combine to the highest; an exact count can only lower that.
    conservative = min(exact + ([max(floors)] if floors else []))
    low = min(e.fatalities_low if e.fatalities_low is not None else e.fatalities for e in reported)
    high = max(max(e.fatalities_high or 0, e.fatalities) for e in reported)
    best = _best([e.fatalities_best if e.fatalities_best is not None else e.fatalities for e in reported])
    low = min(low, conservative)
    return Fatalities(conservative, low, min(max(best, low), high), max(high, conservative))


def _range_or_none(events: Sequence[Event]) -> tuple[int | None, int | None, int | None]:
    if any(e.fatalities_best is not None for e in events):
        return 0, 0, 0
    return None, None, None


# --------------------------------------------------------------------------- fields


def _most_precise_date(events: Sequence[Event]) -> dict[str, object]:
    dated = [e for e in events if e.event_date is not None]
    if not dated:
        return {"event_date": None, "time_precision": None}
    precision = min(e.time_precision or 9 for e in dated)
    day = most_common(e.event_date for e in dated if (e.time_precision or 9) == precision)
    return {"event_date": day, "time_precision": None if precision == 9 else precision}


_PLACE_FIELDS = (
    "country", "iso3", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "geonameid",
)


def _most_precise_place(events: Sequence[Event]) -> dict[str, object]:
    precision = min(e.geo_precision or 9 for e in events)
    finest = [e for e in events if (e.geo_precision or 9) == precision]
    location = most_common(e.location for e in finest)
    chosen = next((e for e in finest if e.location == location), finest[0])
    return {name: getattr(chosen, name) for name in _PLACE_FIELDS}


def _event_type(events: Sequence[Event]) -> dict[str, object]:
    subs = [e.sub_event_type for e in events if e.sub_event_type]
    if not subs:
        return {"event_type": most_common(e.event_type for e in events), "sub_event_type": None}
    counts = Counter(subs)
    sub = min(counts, key=lambda s: (-counts[s], _PRECEDENCE.get(s, 99), s))
    chosen = next(e for e in events if e.sub_event_type == sub)
    return {"event_type": chosen.event_type, "sub_event_type": sub}


def _actor(events: Sequence[Event], name: str, inter: str | None) -> dict[str, object]:
    value = most_common(getattr(e, name) for e in events)
    fields: dict[str, object] = {name: value}
    if inter:
        fields[inter] = next((getattr(e, inter) for e in events if getattr(e, name) == value), None)
    return fields


def _actors(events: Sequence[Event]) -> dict[str, object]:
    fields: dict[str, object] = {}
    for name, inter in (("actor1", "inter1"), ("actor2", "inter2"), ("assoc_actor_1", None), ("assoc_actor_2", None)):
        fields.update(_actor(events, name, inter))
    return fields


def merge_sources(events: Sequence[Event]) -> tuple[Source, ...]:
    by_article: dict[str, Source] = {}
    for event in events:
        for source in event.sources:
            by_article.setdefault(source.article_id, source)
    return tuple(sorted(by_article.values(), key=lambda s: (s.published_at or "9999", s.article_id)))


def merge_evidence(events: Sequence[Event]) -> dict[str, tuple[Evidence, ...]]:
    merged: dict[str, dict[tuple, Evidence]] = {}
    for event in events:
        for name, spans in event.evidence.items():
            for span in spans:
                merged.setdefault(name, {}).setdefault((span.article_id, span.start, span.end), span)
    return {name: tuple(spans[k] for k in sorted(spans)) for name, spans in sorted(merged.items())}


def combined_confidence(events: Sequence[Event], duplicate_groups: Mapping[str, str]) -> float:
    """Independent reports raise confidence: 1 - Π(1 - c) over distinct stories (copies count once)."""
    per_story: dict[str, float] = {}
    for event in events:
        for source in event.sources:
            story = duplicate_groups.get(source.article_id, source.article_id)
            per_story[story] = max(per_story.get(story, 0.0), event.confidence)
    doubt = 1.0
    for confidence in per_story.values():
        doubt *= 1.0 - min(max(confidence, 0.0), 1.0)
    return round(min(MAX_CONFIDENCE, 1.0 - doubt), 4) if len(per_story) > 1 else max(e.confidence for e in events)


def best_report(events: Sequence[Event]) -> Event:
    """The report whose notes describe the event: most confident, then most precise, then earliest."""
    ranked = sorted(
        enumerate(events),
        key=lambda ie: (-ie[1].confidence, (ie[1].time_precision or 9) + (ie[1].geo_precision or 9), ie[0]),
    )
    return ranked[0][1]


def reconcile(events: Sequence[Event], duplicate_groups: Mapping[str, str] | None = None) -> Event:
    """One event from several reports of it: every source and span kept, fields chosen by the coding rules."""
    if not events:
        raise ValueError("reconcile needs at least one event")
    ordered = canonical_order(events)
    if len(ordered) == 1:
        return ordered[0]
    toll = reconcile_fatalities(ordered)
    return Event(
        event_id=min(e.event_id for e in ordered),
        **_most_precise_date(ordered),
        **_event_type(ordered),
        **_actors(ordered),
        **_most_precise_place(ordered),
        fatalities=toll.fatalities,
        fatalities_low=toll.low,
        fatalities_best=toll.best,
        fatalities_high=toll.high,
        notes=best_report(ordered).notes,
        sources=merge_sources(ordered),
        evidence=merge_evidence(ordered),
        confidence=combined_confidence(ordered, duplicate_groups or {}),
    )
