"""Records ↔ stored JSON. The stored event record is exactly ``Event.to_record()``."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Mapping

from eventwire.records import Article, Dateline, Event, Evidence, Source, Span


def event_from_record(record: Mapping[str, Any]) -> Event:
    """The inverse of ``Event.to_record()`` (also reads JSONL exports back)."""
    fields = dict(record)
    fields["event_date"] = date.fromisoformat(fields["event_date"]) if fields.get("event_date") else None
    fields["sources"] = tuple(Source(**s) for s in fields.get("sources") or ())
    fields["evidence"] = {
        name: tuple(Evidence(**span) for span in spans) for name, spans in (fields.get("evidence") or {}).items()
    }
    known = Event.__dataclass_fields__
    return Event(**{k: v for k, v in fields.items() if k in known})


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone; everything stored is UTC."""
    if moment is None:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def dateline_to_json(dateline: Dateline | None) -> dict | None:
    if dateline is None:
        return None
    return {
        "place": dateline.place,
        "country": dateline.country,
        "published": dateline.published.isoformat() if dateline.published else None,
        "span": [dateline.span.start, dateline.span.end, dateline.span.text],
    }


def dateline_from_json(data: Mapping[str, Any] | None) -> Dateline | None:
    if not data:
        return None
    published = date.fromisoformat(data["published"]) if data.get("published") else None
    return Dateline(data.get("place"), data.get("country"), published, Span(*data["span"]))


# Record attributes copied as they are into same-named columns.
ARTICLE_COLUMNS = ("id", "title", "text", "published_at", "author", "publisher", "url", "language", "path",
                   "source_format")
EVENT_COLUMNS = ("event_date", "time_precision", "event_type", "sub_event_type", "country", "iso3", "admin1",
                 "location", "latitude", "longitude", "fatalities", "confidence")


def attributes(record: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(record, name) for name in names}


def article_fields(article: Article) -> dict[str, Any]:
    return {
        **attributes(article, ARTICLE_COLUMNS),
        "removed": list(article.removed),
        "dateline": dateline_to_json(article.dateline),
    }


def article_from_row(row: Any) -> Article:
    published = row.published_at
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=timezone.utc)
    return Article(
        id=row.id,
        title=row.title,
        text=row.text,
        published_at=published,
        author=row.author,
        publisher=row.publisher,
        url=row.url,
        language=row.language,
        path=row.path,
        source_format=row.source_format,
        dateline=dateline_from_json(row.dateline),
        removed=tuple(row.removed or ()),
    )
