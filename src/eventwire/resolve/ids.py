"""Single-source events from drafts, with ids that depend only on what the article says."""

from __future__ import annotations

import hashlib

from eventwire.countries import country_by_name
from eventwire.records import Article, Event, EventDraft, Evidence, Place, Source

EVENT_ID_PREFIX = "ew-"
EVENT_ID_HEX_DIGITS = 12  # 48 bits: a collision is unlikely below ~10 million events


def stable_hash(*parts: object, digits: int = EVENT_ID_HEX_DIGITS) -> str:
    """A short hex digest of ``parts`` joined by ``|`` (None written as an empty string)."""
    text = "|".join("" if part is None else str(part) for part in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:digits]


def draft_event_id(draft: EventDraft) -> str:
    """Same article and same distinguishing fields → same id, whatever run or machine."""
    place = draft.place
    place_key = (place.geonameid or place.location) if place else None
    if place_key is None and draft.place_mentions:
        place_key = draft.place_mentions[0].name
    first_span = min((s.start for spans in draft.evidence.values() for s in spans), default=None)
    digest = stable_hash(
        draft.article_id, draft.event_date, draft.event_type, draft.sub_event_type,
        place_key, draft.actor1, draft.actor2, first_span,
    )
    return EVENT_ID_PREFIX + digest


def source_from_article(article: Article) -> Source:
    published = article.published_at.isoformat() if article.published_at else None
    return Source(article.id, article.path, article.url, article.title, article.publisher, published)


def _evidence(draft: EventDraft) -> dict[str, tuple[Evidence, ...]]:
    return {
        name: tuple(Evidence(draft.article_id, s.start, s.end, s.text) for s in spans)
        for name, spans in draft.evidence.items()
        if spans
    }


def _country_only(country_hint: str | None) -> Place:
    country = country_by_name(country_hint) if country_hint else None
    if country is None:
        return Place(country=country_hint, iso3=None)
    return Place(country=country.name, iso3=country.iso3)


def _place_fields(draft: EventDraft) -> dict[str, object]:
    place = draft.place or _country_only(draft.country_hint)
    return {
        "country": place.country or draft.country_hint,
        "iso3": place.iso3,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "admin3": place.admin3,
        "location": place.location,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision if draft.place else None,
        "geonameid": place.geonameid,
    }


def event_from_draft(draft: EventDraft, article: Article) -> Event:
    """The single-source event one article reports: the draft's fields, its place, its evidence."""
    fatalities = draft.fatalities
    return Event(
        event_id=draft_event_id(draft),
        event_date=draft.event_date,
        time_precision=draft.time_precision,
        event_type=draft.event_type,
        sub_event_type=draft.sub_event_type,
        actor1=draft.actor1,
        assoc_actor_1=draft.assoc_actor_1,
        actor2=draft.actor2,
        assoc_actor_2=draft.assoc_actor_2,
        inter1=draft.inter1,
        inter2=draft.inter2,
        **_place_fields(draft),
        fatalities=fatalities.fatalities,
        fatalities_low=fatalities.low,
        fatalities_best=fatalities.best,
        fatalities_high=fatalities.high,
        notes=draft.notes,
        sources=(source_from_article(article),),
        evidence=_evidence(draft),
        confidence=draft.confidence,
    )
