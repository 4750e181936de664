"""Session-level writes: save an event with a revision, retire a merged one, record decisions.

Called by ``Store`` inside one transaction; nothing here commits.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any, Iterable, Mapping

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from eventwire.records import Event
from eventwire.resolve import MergePlan
from eventwire.resolve.blocking import VAGUE, cell_of
from eventwire.resolve.matching import country_key, date_tolerance
from eventwire.store.convert import EVENT_COLUMNS, attributes
from eventwire.store.models import (
    EventAliasRow,
    EventRow,
    EventSourceRow,
    EvidenceRow,
    MentionRow,
    MergeDecisionRow,
    RevisionRow,
)

_DIFF_SKIP = ("evidence",)


def canonical_json(record: Mapping[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, default=str)


def record_diff(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> dict[str, list]:
    """Changed fields as ``{field: [old, new]}``; sources shown as article ids, evidence as span counts."""
    old, new = old or {}, new or {}
    diff: dict[str, list] = {}
    for name in sorted(set(old) | set(new)):
        before, after = _summarise(name, old.get(name)), _summarise(name, new.get(name))
        if before != after:
            diff[name] = [before, after]
    return diff


def _summarise(name: str, value: Any) -> Any:
    if name == "sources" and value is not None:
        return [s["article_id"] for s in value]
    if name == "evidence" and value is not None:
        return sum(len(spans) for spans in value.values())
    return value


def next_revision(session: Session, event_id: str) -> int:
    latest = session.scalar(select(func.max(RevisionRow.revision)).where(RevisionRow.event_id == event_id))
    return (latest or 0) + 1


def _replace_links(session: Session, event: Event, existed: bool) -> None:
    if existed:  # a new event has no links yet (a retired id's links went with it)
        session.execute(delete(EvidenceRow).where(EvidenceRow.event_id == event.event_id))
        session.execute(delete(EventSourceRow).where(EventSourceRow.event_id == event.event_id))
    spans = [
        dict(event_id=event.event_id, field=name, article_id=s.article_id, start=s.start, end=s.end, text=s.text)
        for name, field_spans in event.evidence.items()
        for s in field_spans
    ]
    if spans:
        session.execute(insert(EvidenceRow), spans)
    session.execute(insert(EventSourceRow), [dict(event_id=event.event_id, article_id=s.article_id) for s in event.sources])


def _stored_state(session: Session, event_id: str) -> tuple[dict, int] | None:
    """The stored record and revision number of an event, None when it does not exist (Core: no ORM load)."""
    found = session.execute(select(EventRow.record, EventRow.revision).where(EventRow.event_id == event_id)).first()
    return (found.record, found.revision) if found else None


def save_event(session: Session, event: Event, *, reason: str, article_id: str | None,
               changed_by: str, now: datetime) -> str:
    """Insert or update ``event``; a real change adds a revision. Returns created/updated/unchanged."""
    record = event.to_record()
    stored = _stored_state(session, event.event_id)
    if stored is not None and canonical_json(stored[0]) == canonical_json(record):
        return "unchanged"
    number = next_revision(session, event.event_id) if stored is None else stored[1] + 1
    values = dict(attributes(event, EVENT_COLUMNS), record=record, revision=number, updated_at=now)
    if stored is None:
        session.execute(insert(EventRow), [dict(values, event_id=event.event_id)])
        # The id may come back after being merged away: it is an event again, no longer an alias.
        session.execute(delete(EventAliasRow).where(EventAliasRow.old_id == event.event_id))
    else:
        session.execute(update(EventRow).where(EventRow.event_id == event.event_id).values(**values))
    _replace_links(session, event, existed=stored is not None)
    _add_revision(session, event_id=event.event_id, revision=number, changed_at=now, changed_by=changed_by,
                  reason=reason, article_id=article_id, snapshot=record,
                  diff=record_diff(stored[0] if stored else None, record))
    return "created" if stored is None else "updated"


def _add_revision(session: Session, **values: Any) -> None:
    session.execute(insert(RevisionRow), [values])


def retire_event(session: Session, event_id: str, *, into: str, article_id: str | None,
                 changed_by: str, now: datetime) -> None:
    """An event merged into another: its row goes, a final revision and an alias keep its id traceable."""
    stored = _stored_state(session, event_id)
    if stored is None:
        return
    _add_revision(session, event_id=event_id, revision=stored[1] + 1, changed_at=now, changed_by=changed_by,
                  reason=f"merged into {into}", article_id=article_id, snapshot=None,
                  diff={"event_id": [event_id, into]})
    for table in (EventRow, EvidenceRow, EventSourceRow):
        session.execute(delete(table).where(table.event_id == event_id))
    session.execute(update(EventAliasRow).where(EventAliasRow.event_id == event_id).values(event_id=into))
    session.execute(delete(EventAliasRow).where(EventAliasRow.old_id == event_id))
    session.execute(insert(EventAliasRow), [dict(old_id=event_id, event_id=into)])


def date_window(event: Event) -> tuple[date | None, date | None]:
    if event.event_date is None:
        return None, None
    tolerance = timedelta(days=date_tolerance(event))
    return event.event_date - tolerance, event.event_date + tolerance


def add_mentions(session: Session, events: Iterable[Event], article_id: str) -> None:
    rows = []
    for event in events:
        start, end = date_window(event)
        precise = cell_of(event) != VAGUE
        rows.append(dict(mention_id=event.event_id, event_id=event.event_id, article_id=article_id,
                         country_key=country_key(event), event_date=event.event_date,
                         window_start=start, window_end=end, record=event.to_record(),
                         latitude=event.latitude if precise else None, longitude=event.longitude if precise else None))
    if rows:
        session.execute(insert(MentionRow), rows)


def assign_cluster(session: Session, mention_ids: Iterable[str], event_id: str) -> None:
    mention_ids = list(mention_ids)
    if mention_ids:
        session.execute(update(MentionRow).where(MentionRow.mention_id.in_(mention_ids)).values(event_id=event_id))


def record_decisions(session: Session, plan: MergePlan, article_id: str, now: datetime) -> None:
    rows = [dict(mention_id=decision.new_event_id, event_id=decision.target_event_id, article_id=article_id,
                 action=decision.action, score=decision.score, reasons=list(decision.reasons), decided_at=now)
            for decision in plan.decisions]
    if rows:
        session.execute(insert(MergeDecisionRow), rows)


def record_moves(session: Session, moves: Iterable[tuple[str, str, str]], article_id: str, now: datetime) -> None:
    """Reports regrouped by a later article (merges of two events, splits, renames) as "moved" decisions."""
    rows = [dict(mention_id=mention_id, event_id=new, article_id=article_id, action="moved", score=0.0,
                 reasons=[f"moved from {old} to {new}", f"regrouped when article {article_id} arrived"],
                 decided_at=now)
            for mention_id, old, new in moves]
    if rows:
        session.execute(insert(MergeDecisionRow), rows)
