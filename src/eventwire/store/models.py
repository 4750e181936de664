"""SQLAlchemy 2 models. Portable types only (SQLite by default, PostgreSQL works unchanged).

Besides the tables of the contract, ``mentions`` keeps each article's own report of an event (a
single-source event record) so that clusters can be recomputed exactly when a later report arrives,
and ``event_aliases`` keeps ids of events that were merged into another one resolvable.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, Float, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


# Nullable JSON columns store Python None as SQL NULL (plain JSON would store the JSON text 'null',
# which `IS NULL` does not find on either SQLite or PostgreSQL).
NullableJSON = JSON(none_as_null=True)


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    author: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    path: Mapped[str | None] = mapped_column(Text, index=True)
    source_format: Mapped[str] = mapped_column(String(16), default="text")
    removed: Mapped[list] = mapped_column(JSON, default=list)
    dateline: Mapped[dict | None] = mapped_column(NullableJSON)
    minhash: Mapped[list | None] = mapped_column(NullableJSON)
    original_id: Mapped[str | None] = mapped_column(String(64))  # the story this one republishes
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ArticleBandRow(Base):
    """LSH band keys of an article's MinHash (resolve.neardup.band_keys): the duplicate search's index."""

    __tablename__ = "article_bands"

    band_key: Mapped[str] = mapped_column(String(24), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class EventRow(Base):
    __tablename__ = "events"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_date: Mapped[date | None] = mapped_column(Date, index=True)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    event_type: Mapped[str | None] = mapped_column(String(64), index=True)
    sub_event_type: Mapped[str | None] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(128))
    iso3: Mapped[str | None] = mapped_column(String(3), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    fatalities: Mapped[int] = mapped_column(Integer, default=0)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    record: Mapped[dict] = mapped_column(JSON)  # the full event record (to_record())


class EvidenceRow(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(64))
    article_id: Mapped[str] = mapped_column(String(64))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class EventSourceRow(Base):
    __tablename__ = "event_sources"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class MentionRow(Base):
    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_block", "country_key", "window_start"),)

    mention_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), index=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    country_key: Mapped[str | None] = mapped_column(String(128))
    event_date: Mapped[date | None] = mapped_column(Date)
    # event_date ± the report's own date tolerance: the blocking query is an interval overlap.
    window_start: Mapped[date | None] = mapped_column(Date)
    window_end: Mapped[date | None] = mapped_column(Date)
    # Precise reports keep their point for a bounding-box prefilter; vague ones (region-level, no point)
    # have none and are always candidates.
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    record: Mapped[dict] = mapped_column(JSON)


class RevisionRow(Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(64), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    changed_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    article_id: Mapped[str | None] = mapped_column(String(64))
    snapshot: Mapped[dict | None] = mapped_column(NullableJSON)  # None: the event stopped existing (merged away)
    diff: Mapped[dict] = mapped_column(JSON, default=dict)


class MergeDecisionRow(Base):
    __tablename__ = "merge_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mention_id: Mapped[str] = mapped_column(String(64), index=True)
    event_id: Mapped[str | None] = mapped_column(String(64), index=True)
    article_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list] = mapped_column(JSON)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EventAliasRow(Base):
    __tablename__ = "event_aliases"

    old_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), index=True)
