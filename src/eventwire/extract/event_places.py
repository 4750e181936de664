"""Where an event happened: the country its sentences place it in, the dateline as the weakest fallback, and
(optionally) one event per listed town."""

from __future__ import annotations

import re
from typing import Sequence

from eventwire.countries import written_as_attackers_origin
from eventwire.extract.context import ArticleContext
from eventwire.extract.event_actors import EXTERNAL_FORCES_INTER
from eventwire.extract.mentions import Mention
from eventwire.extract.record_copies import replace
from eventwire.records import EventDraft, Fatalities, PlaceMention, Span

_LIST_SEPARATOR = re.compile(r"(?:,\s+and\s+|,\s+|\s+and\s+)")


def split_per_place(mentions: Sequence[Mention], draft: EventDraft) -> list[EventDraft]:
    """'Protests in Lagos, Abuja and Kano': one event per listed town, the toll split evenly (remainder on
    the first), as ACLED codes one event per location."""
    towns = listed_towns(next((m for m in mentions if m.reports), mentions[0]))
    if len(towns) < 2:
        return [draft]
    shares = _split_evenly(draft.fatalities.fatalities, len(towns))
    others = tuple(p for p in draft.place_mentions if p.name not in {t.name for t in towns})
    return [
        replace(draft, place_mentions=(town, *others), fatalities=_share(draft.fatalities, share),
                evidence={**draft.evidence, "location": (town.span,)}, notes=draft.notes.replace(towns[0].name, town.name))
        for town, share in zip(towns, shares)
    ]


def listed_towns(mention: Mention) -> list[PlaceMention]:
    """The run of towns the mention lists ("in Lagos, Abuja and Kano"): two or more, or only the first."""
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


def dateline_place(context: ArticleContext) -> tuple[PlaceMention, ...]:
    """The weakest fallback for an event that names no place: the dateline's city (cue "dateline")."""
    dateline = context.article.dateline
    if dateline is None or not dateline.place:
        return ()
    start = context.text.find(dateline.place, dateline.span.start, dateline.span.end)
    span = Span(start, start + len(dateline.place), dateline.place) if start >= 0 else dateline.span
    return (PlaceMention(dateline.place, span, "dateline", context.country),)


def event_country(mentions: Sequence[Mention], context: ArticleContext) -> tuple[str | None, Span | None]:
    """A country the event's own sentences place it in, else the article's country, else an actor's."""
    for place in (p for m in mentions for p in m.places):
        if place.cue == "country" and place.country_hint and not _written_as_origin(place, context.text):
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


ORIGIN_LOOKBACK = 40  # characters before the country: "infiltrated in from neighbouring "


def _written_as_origin(place: PlaceMention, text: str) -> bool:
    return written_as_attackers_origin(text[max(0, place.span.start - ORIGIN_LOOKBACK):place.span.start])
