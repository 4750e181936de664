"""The repository: the only code that reads and writes the database.

Events are clusters of *mentions* (one article's report of an event). When an article arrives, its
mentions and every stored mention they could join (following merge edges) are re-clustered by
``resolve.plan_merges``; the clusters are reconciled and saved, each real change a new revision.
Because clusters are recomputed from the mentions themselves, the same articles in any order give
the same events.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from sqlalchemy import Engine, Select, and_, func, insert, or_, select
from sqlalchemy.orm import Session

from eventwire.errors import EventNotFound
from eventwire.export.filters import EventFilter
from eventwire.records import Article, Event
from eventwire.resolve import BlockingIndex, MergePlan, judge, plan_merges, reconcile
from eventwire.resolve.blocking import MAX_TOLERANCE_DAYS, reach_box
from eventwire.resolve.matching import country_key
from eventwire.resolve.neardup import DUPLICATE_THRESHOLD, band_keys, comparable, signature_values, similarity
from eventwire.store import writes
from eventwire.store.convert import article_fields, article_from_row, as_utc, event_from_record
from eventwire.store.models import (
    ArticleBandRow,
    ArticleRow,
    EventAliasRow,
    EventRow,
    EventSourceRow,
    MentionRow,
    MergeDecisionRow,
    RevisionRow,
)
from eventwire.store.results import ApplyResult, IngestOutcome, Revision, StoreStats, StoredDecision

_ALREADY_STORED = object()  # _add_article's answer for an article that is already in the database

# Republished copies of a wire story appear within days of each other; older articles are not compared.
DUPLICATE_WINDOW_DAYS = 3
# Upper bound on the stored mentions re-clustered for one article (a safety net: real components
# hold a handful of reports; the bound only stops a pathological chain from scanning a country).
MAX_COMPONENT_MENTIONS = 500


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def end_of_day(moment: date | datetime) -> datetime:
    """A bare date in ``as_of`` means "as the dataset stood at the end of that day (UTC)"."""
    if isinstance(moment, datetime):
        return as_utc(moment)
    return datetime.combine(moment, time.max, tzinfo=timezone.utc)


class Store:
    """Open with ``eventwire.store.open_store(url)``; ``clock`` is injectable for tests of history."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = utc_now):
        self.engine = engine
        self.clock = clock

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ articles

    def has_article(self, article_id: str) -> bool:
        with self._session() as session:
            return session.get(ArticleRow, article_id) is not None

    def add_article(self, article: Article) -> bool:
        """Store ``article`` unless it is already there. Returns True when it was new."""
        with self._session() as session, session.begin():
            return self._add_article(session, article) is not _ALREADY_STORED

    def _add_article(self, session: Session, article: Article) -> str | None | object:
        """Insert the article; returns the id of the story it republishes (or None), or _ALREADY_STORED."""
        if session.scalar(select(ArticleRow.id).where(ArticleRow.id == article.id)) is not None:
            return _ALREADY_STORED
        values = signature_values(article.text) if comparable(article.text) else None
        original = self._find_original(session, article, values) if values else None
        row = dict(**article_fields(article), minhash=values, original_id=original, added_at=self.clock())
        session.execute(insert(ArticleRow), [row])
        if values:
            session.execute(insert(ArticleBandRow), [dict(band_key=k, article_id=article.id) for k in band_keys(values)])
        return original

    def _find_original(self, session: Session, article: Article, values: list[int]) -> str | None:
        """The story ``article`` republishes: stored texts sharing an LSH band, checked on the full signature."""
        keys = band_keys(values)
        sharing = select(ArticleBandRow.article_id).where(ArticleBandRow.band_key.in_(keys)).distinct()
        query = select(ArticleRow.id, ArticleRow.original_id, ArticleRow.minhash).where(ArticleRow.id.in_(sharing))
        if article.published_at is None:
            query = query.where(ArticleRow.published_at.is_(None))
        else:
            window = timedelta(days=DUPLICATE_WINDOW_DAYS)
            query = query.where(ArticleRow.published_at.between(article.published_at - window, article.published_at + window))
        rows = session.execute(query)  # `other` may be JSON null in databases written before NullableJSON
        matches = [orig or aid for aid, orig, other in rows if other and similarity(values, other) >= DUPLICATE_THRESHOLD]
        return min(matches) if matches else None

    def get_article(self, id_or_path: str) -> Article:
        """An article by id, by the path it was read from, or by that path's file name when unique."""
        with self._session() as session:
            row = session.get(ArticleRow, id_or_path) or self._article_by_path(session, id_or_path)
            if row is None:
                raise EventNotFound(f"no stored article {id_or_path!r}")
            return article_from_row(row)

    def _article_by_path(self, session: Session, path: str) -> ArticleRow | None:
        for candidate in (path, str(Path(path).resolve())):
            row = session.scalars(select(ArticleRow).where(ArticleRow.path == candidate)).first()
            if row is not None:
                return row
        name = Path(path).name
        rows = session.scalars(select(ArticleRow).where(ArticleRow.path.like(f"%{name}"))).all()
        named = [r for r in rows if Path(r.path).name == name]
        return named[0] if len(named) == 1 else None

    def duplicate_groups(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Article id → the id of the story it republishes, for the given articles that are copies."""
        with self._session() as session:
            return self._duplicate_groups(session, article_ids)

    def _duplicate_groups(self, session: Session, article_ids: Iterable[str]) -> dict[str, str]:
        ids = list(set(article_ids))
        rows = session.execute(select(ArticleRow.id, ArticleRow.original_id).where(ArticleRow.id.in_(ids)))
        return {aid: orig for aid, orig in rows if orig}

    # ------------------------------------------------------------------ resolution

    def candidate_events(self, event: Event) -> list[Event]:
        """Stored events (clusters) in ``event``'s country and date window: the blocking query."""
        with self._session() as session:
            mentions = self._candidate_mentions(session, event)
            ids = sorted({cluster for _, cluster in mentions})
            rows = session.scalars(select(EventRow).where(EventRow.event_id.in_(ids))).all()
            return [event_from_record(row.record) for row in rows]

    def _candidate_mentions(self, session: Session, event: Event) -> list[tuple[Event, str]]:
        """Stored reports that may describe ``event``: its country's (and those of no known country) in its
        date window and within reach of its point, then the in-memory blocking rule."""
        found: list[tuple[Event, str]] = []
        for in_countries in _countries_to_search(country_key(event)):
            query = _in_window(in_countries(select(MentionRow.record, MentionRow.event_id)), event)
            found += [(event_from_record(record), cluster) for record, cluster in session.execute(_near(query, event))]
        cluster_of = {mention.event_id: cluster for mention, cluster in found}
        return [(m, cluster_of[m.event_id]) for m in BlockingIndex(m for m, _ in found).candidates(event)]

    def _cluster_mentions(self, session: Session, cluster_id: str) -> list[Event]:
        records = session.scalars(select(MentionRow.record).where(MentionRow.event_id == cluster_id))
        return [event_from_record(record) for record in records]

    def _component(self, session: Session, new_events: Sequence[Event]) -> list[Event]:
        """Every stored mention connected to the new ones by a possible merge, with their cluster mates."""
        seen = {e.event_id for e in new_events}
        found: list[Event] = []
        frontier = list(new_events)
        while frontier and len(found) < MAX_COMPONENT_MENTIONS:
            node = frontier.pop()
            for mention, cluster in self._candidate_mentions(session, node):
                if mention.event_id in seen or not judge(node, mention).merge:
                    continue
                for mate in self._cluster_mentions(session, cluster):
                    if mate.event_id not in seen:
                        seen.add(mate.event_id)
                        found.append(mate)
                        frontier.append(mate)
        return found

    def plan_for(self, new_events: Sequence[Event]) -> MergePlan:
        """The merge plan for ``new_events`` against what is stored (nothing is written)."""
        with self._session() as session:
            return self._plan(session, new_events)

    def _plan(self, session: Session, new_events: Sequence[Event]) -> MergePlan:
        return self._plan_and_groups(session, new_events)[0]

    def _plan_and_groups(self, session: Session, new_events: Sequence[Event]) -> tuple[MergePlan, dict[str, str]]:
        """The plan and the republished-copy groups of every article involved (reused when applying)."""
        existing = self._component(session, new_events)
        articles = {s.article_id for e in list(new_events) + existing for s in e.sources}
        groups = self._duplicate_groups(session, articles)
        return plan_merges(new_events, existing, groups), groups

    def apply_plan(self, plan: MergePlan, new_events: Sequence[Event], article_id: str,
                   changed_by: str = "pipeline") -> ApplyResult:
        """Write ``plan`` in one transaction: new mentions, reconciled clusters, revisions, decisions."""
        with self._session() as session, session.begin():
            return self._apply(session, plan, new_events, article_id, changed_by)

    def _apply(self, session: Session, plan: MergePlan, new_events: Sequence[Event], article_id: str,
               changed_by: str, groups: dict[str, str] | None = None) -> ApplyResult:
        now = self.clock()
        new_by_id = {e.event_id: e for e in new_events}
        members = {m for cluster in plan.clusters for m in cluster}
        stored = self._stored_mentions(session, members - set(new_by_id))
        fresh = [e for e in new_by_id.values() if e.event_id not in stored]
        writes.add_mentions(session, fresh, article_id)
        mentions = {**{k: v for k, (v, _) in stored.items()}, **new_by_id}
        if groups is None:
            groups = self._duplicate_groups(session, {s.article_id for e in mentions.values() for s in e.sources})
        outcome: dict[str, list[str]] = {"created": [], "updated": [], "unchanged": [], "retired": []}
        kept = {min(cluster) for cluster in plan.clusters}  # a cluster's id is its smallest report id
        self._retire_absorbed(session, plan, stored, kept, article_id, changed_by, now, outcome)
        for cluster in plan.clusters:
            event = reconcile([mentions[m] for m in cluster], groups)
            writes.assign_cluster(session, _regrouped(cluster, stored, event.event_id), event.event_id)
            reason = _reason(cluster, stored, new_by_id, article_id, kept)
            status = writes.save_event(session, event, reason=reason, article_id=article_id, changed_by=changed_by, now=now)
            outcome[status].append(event.event_id)
        writes.record_decisions(session, plan, article_id, now)
        writes.record_moves(session, _moves(plan, stored), article_id, now)
        return ApplyResult(**{k: tuple(sorted(v)) for k, v in outcome.items()})

    def _retire_absorbed(self, session, plan, stored, kept, article_id, changed_by, now, outcome) -> None:
        for old_cluster in sorted({cluster for _, cluster in stored.values()} - kept):
            into = min(plan.cluster_of(old_cluster))
            writes.retire_event(session, old_cluster, into=into, article_id=article_id, changed_by=changed_by, now=now)
            outcome["retired"].append(old_cluster)

    def _stored_mentions(self, session: Session, ids: Iterable[str]) -> dict[str, tuple[Event, str]]:
        rows = session.execute(select(MentionRow.record, MentionRow.event_id).where(MentionRow.mention_id.in_(list(ids))))
        return {record["event_id"]: (event_from_record(record), cluster) for record, cluster in rows}

    def ingest(self, article: Article, events: Sequence[Event], changed_by: str = "pipeline") -> IngestOutcome:
        """Add the article and merge its events, all in one transaction; a stored article is skipped."""
        with self._session() as session, session.begin():
            return self._ingest(session, article, events, changed_by)

    def ingest_batch(self, items: Iterable[tuple[Article, Sequence[Event]]],
                     changed_by: str = "pipeline") -> list[IngestOutcome]:
        """Ingest many articles in one transaction, in order: the same outcomes as one ``ingest`` each.

        For back-fills: one commit instead of one per article. Any error rolls the whole batch back.
        """
        with self._session() as session, session.begin():
            return [self._ingest(session, article, events, changed_by) for article, events in items]

    def _ingest(self, session: Session, article: Article, events: Sequence[Event], changed_by: str) -> IngestOutcome:
        duplicate_of = self._add_article(session, article)
        if duplicate_of is _ALREADY_STORED:
            return IngestOutcome(article.id, skipped=True)
        events = _first_of_each_id(events)
        if not events:
            return IngestOutcome(article.id, skipped=False, duplicate_of=duplicate_of)
        plan, groups = self._plan_and_groups(session, events)
        result = self._apply(session, plan, events, article.id, changed_by, groups)
        return IngestOutcome(article.id, False, duplicate_of, plan, result)

    # ------------------------------------------------------------------ reading

    def resolve_id(self, event_id: str) -> str:
        """The current id of an event, following merges (``ew-a`` merged into ``ew-b`` → ``ew-b``)."""
        with self._session() as session:
            if session.get(EventRow, event_id) is not None:
                return event_id
            alias = session.get(EventAliasRow, event_id)
            if alias is None:
                raise EventNotFound(f"no stored event {event_id!r}")
            return alias.event_id

    def get_event(self, event_id: str) -> Event:
        current = self.resolve_id(event_id)
        with self._session() as session:
            return event_from_record(session.get(EventRow, current).record)

    def event_history(self, event_id: str) -> list[Revision]:
        """Every revision of the event and of the events merged into it, oldest first.

        An id that was merged away shows its own history, ending with the "merged into …" revision.
        """
        with self._session() as session:
            merged_in = session.scalars(select(EventAliasRow.old_id).where(EventAliasRow.event_id == event_id)).all()
            ids = [event_id, *merged_in]
            rows = session.scalars(select(RevisionRow).where(RevisionRow.event_id.in_(ids)).order_by(RevisionRow.id)).all()
            if not rows:
                raise EventNotFound(f"no stored event {event_id!r}")
            return [_revision(row) for row in rows]

    def events(self, filters: EventFilter | None = None) -> Iterator[Event]:
        """Stored events matching ``filters``, by date then id; ``as_of`` rebuilds the past from revisions."""
        filters = filters or EventFilter()
        records = self._records_as_of(filters.as_of) if filters.as_of else self._current_records(filters)
        return filters.apply(event_from_record(record) for record in records)

    def _current_records(self, filters: EventFilter) -> Iterator[dict]:
        query = select(EventRow.record).order_by(EventRow.event_date, EventRow.event_id)
        if filters.start:
            query = query.where(EventRow.event_date >= filters.start)
        if filters.end:
            query = query.where(EventRow.event_date <= filters.end)
        if filters.country:
            wanted = filters.country.casefold()
            query = query.where(or_(func.lower(EventRow.country) == wanted, func.lower(EventRow.iso3) == wanted))
        if filters.event_type:
            wanted = filters.event_type.casefold()
            query = query.where(or_(func.lower(EventRow.event_type) == wanted, func.lower(EventRow.sub_event_type) == wanted))
        if filters.bbox:
            min_lon, min_lat, max_lon, max_lat = filters.bbox
            query = query.where(EventRow.longitude.between(min_lon, max_lon), EventRow.latitude.between(min_lat, max_lat))
        with self._session() as session:
            yield from session.execute(query.execution_options(yield_per=1000)).scalars()

    def _records_as_of(self, as_of: date | datetime) -> Iterator[dict]:
        moment = end_of_day(as_of)
        latest = (
            select(func.max(RevisionRow.id).label("id"))
            .where(RevisionRow.changed_at <= moment)
            .group_by(RevisionRow.event_id)
            .subquery()
        )
        query = select(RevisionRow.snapshot).join(latest, RevisionRow.id == latest.c.id)
        with self._session() as session:
            snapshots = [s for s in session.scalars(query) if s is not None]
        yield from sorted(snapshots, key=lambda r: (r["event_date"] or "", r["event_id"]))

    def events_for_article(self, article_id: str) -> list[Event]:
        with self._session() as session:
            ids = session.scalars(select(EventSourceRow.event_id).where(EventSourceRow.article_id == article_id))
            rows = session.scalars(select(EventRow).where(EventRow.event_id.in_(list(ids))).order_by(EventRow.event_id))
            return [event_from_record(row.record) for row in rows]

    def merge_reasons(self, event_id: str) -> list[StoredDecision]:
        """The decisions that put each of the event's reports where it is (``eventwire why``)."""
        current = self.resolve_id(event_id)
        with self._session() as session:
            mentions = session.scalars(select(MentionRow.mention_id).where(MentionRow.event_id == current)).all()
            rows = session.scalars(
                select(MergeDecisionRow).where(MergeDecisionRow.mention_id.in_(mentions)).order_by(MergeDecisionRow.id)
            ).all()
            return [_decision(row) for row in rows]

    def stats(self) -> StoreStats:
        with self._session() as session:
            count = lambda model: session.scalar(select(func.count()).select_from(model)) or 0  # noqa: E731
            by_type = Counter(dict(session.execute(select(EventRow.event_type, func.count()).group_by(EventRow.event_type)).all()))
            republished = session.scalar(select(func.count()).where(ArticleRow.original_id.is_not(None))) or 0
            return StoreStats(count(ArticleRow), republished, count(EventRow), count(MentionRow), count(RevisionRow),
                              {str(k): v for k, v in sorted(by_type.items(), key=lambda kv: str(kv[0]))})


def _regrouped(cluster: Sequence[str], stored: dict, cluster_id: str) -> list[str]:
    """The cluster's reports whose stored event id is not ``cluster_id`` yet (new ones carry their own id)."""
    return [m for m in cluster if (stored[m][1] if m in stored else m) != cluster_id]


def _countries_to_search(country: str | None) -> list[Callable[[Select], Select]]:
    """The report's own country, then the reports of no known country; every country for a report without
    one. Two queries rather than an OR, so each uses the (country_key, window_start) index.

    The matcher asks a report without a country for a place both articles name
    (``matching.countries_may_meet``), so this widening never merges two known countries.
    """
    if country is None:
        return [lambda query: query]
    return [lambda query: query.where(MentionRow.country_key == country),
            lambda query: query.where(MentionRow.country_key.is_(None))]


def _in_window(query: Select, event: Event) -> Select:
    """Stored reports whose date window overlaps ``event``'s (a superset of the exact rule BlockingIndex
    applies next); reports without a date only meet reports without a date."""
    if event.event_date is None:
        return query.where(MentionRow.event_date.is_(None))
    start, end = writes.date_window(event)
    earliest = start - timedelta(days=2 * MAX_TOLERANCE_DAYS)
    return query.where(MentionRow.window_start.between(earliest, end), MentionRow.window_end >= start)


def _near(query, event: Event):
    """Only stored reports within reach of ``event``'s point (vague ones, without a point, always pass)."""
    box = reach_box(event)
    if box is None:
        return query
    south, north, west, east = box
    inside = and_(MentionRow.latitude.between(south, north), MentionRow.longitude.between(west, east))
    return query.where(or_(MentionRow.latitude.is_(None), inside))


def _moves(plan: MergePlan, stored: dict) -> list[tuple[str, str, str]]:
    """Stored reports that the new article moved to another event: (report, from event, to event)."""
    moves = []
    for mention_id, (_, old_cluster) in sorted(stored.items()):
        new_cluster = min(plan.cluster_of(mention_id))
        if new_cluster != old_cluster:
            moves.append((mention_id, old_cluster, new_cluster))
    return moves


def _first_of_each_id(events: Sequence[Event]) -> list[Event]:
    """An extractor that reports one event twice must not break the article's transaction."""
    unique: dict[str, Event] = {}
    for event in events:
        unique.setdefault(event.event_id, event)
    return list(unique.values())


def _reason(cluster: Sequence[str], stored: dict, new_by_id: dict, article_id: str, kept: set[str]) -> str:
    """One line for the revision: what happened to this event and which article caused it."""
    cluster_id = min(cluster)
    previous = sorted({stored[m][1] for m in cluster if m in stored})
    left = sorted(m for m, (_, old) in stored.items() if old == cluster_id and m not in cluster)
    because = f"a report from article {article_id}"
    if not previous:
        return f"reported by article {article_id}"
    if len(previous) > 1:
        return f"merged events {', '.join(previous)} on {because}"
    if previous[0] != cluster_id:
        verb = "split from" if previous[0] in kept else "continues"
        return f"{verb} {previous[0]} (id now {cluster_id}) on {because}"
    if left:
        return f"split: {', '.join(left)} moved out on {because}"
    return f"new report from article {article_id}"


def _revision(row: RevisionRow) -> Revision:
    snapshot = event_from_record(row.snapshot) if row.snapshot else None
    return Revision(row.event_id, row.revision, as_utc(row.changed_at), row.changed_by, row.reason,
                    row.article_id, row.diff or {}, snapshot)


def _decision(row: MergeDecisionRow) -> StoredDecision:
    return StoredDecision(row.mention_id, row.event_id, row.article_id, row.action, row.score,
                          tuple(row.reasons or ()), as_utc(row.decided_at))
