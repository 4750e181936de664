"""What the store hands back: small frozen records, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping

from eventwire.records import Event
from eventwire.resolve import MergePlan


@dataclass(frozen=True)
class Revision:
    """One change to one event. ``snapshot`` is None when the event was merged into another."""

    event_id: str
    number: int
    changed_at: datetime
    changed_by: str
    reason: str
    article_id: str | None
    diff: Mapping[str, Any]
    snapshot: Event | None


@dataclass(frozen=True)
class StoredDecision:
    """A merge decision as recorded when an article was ingested (what ``eventwire why`` prints)."""

    new_event_id: str  # the single-source report the decision was about
    target_event_id: str | None  # the stored event it joined (None: it started a new one)
    article_id: str
    action: str
    score: float
    reasons: tuple[str, ...]
    decided_at: datetime


@dataclass(frozen=True)
class ApplyResult:
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()  # events merged into another one (their ids now alias it)
    unchanged: tuple[str, ...] = ()


@dataclass(frozen=True)
class IngestOutcome:
    """What ingesting one article did. ``skipped``: the article was already stored, nothing changed."""

    article_id: str
    skipped: bool
    duplicate_of: str | None = None
    plan: MergePlan | None = None
    result: ApplyResult = field(default_factory=ApplyResult)

    @property
    def created(self) -> int:
        """Reports of this article that started a new event."""
        return sum(1 for d in self.plan.decisions if d.action == "new") if self.plan else 0

    @property
    def merged(self) -> int:
        """Reports of this article that joined an event already stored (copies of a story included)."""
        return sum(1 for d in self.plan.decisions if d.action != "new") if self.plan else 0


@dataclass(frozen=True)
class StoreStats:
    articles: int
    republished_articles: int
    events: int
    mentions: int
    revisions: int
    events_by_type: Mapping[str, int]
