"""store stage: the database of articles, events, their sources, evidence and history.

    store = open_store()                     # $EVENTWIRE_DB or sqlite:///eventwire.db, migrated to head
    outcome = ingest_events(store, article, events)
    outcomes = ingest_batch(store, [(article, events), ...])   # one transaction (back-fills)
    store.get_event(event_id); store.event_history(event_id); store.merge_reasons(event_id)
    store.events(EventFilter(country="Mali", as_of=date(2020, 1, 1)))
"""

from __future__ import annotations

from typing import Sequence

from eventwire.records import Article, Event
from eventwire.store.database import default_db_url, open_store
from eventwire.store.repository import Store
from eventwire.store.results import ApplyResult, IngestOutcome, Revision, StoreStats, StoredDecision
from eventwire.export.filters import EventFilter


def ingest_events(store: Store, article: Article, events: Sequence[Event], changed_by: str = "pipeline") -> IngestOutcome:
    """Store one article and merge its single-source events into the dataset (one transaction).

    An article already stored is skipped and nothing changes (``outcome.skipped``).
    """
    return store.ingest(article, events, changed_by=changed_by)


ingest_article_events = ingest_events  # the name the pipeline uses


def ingest_batch(store: Store, items: Sequence[tuple[Article, Sequence[Event]]],
                 changed_by: str = "pipeline") -> list[IngestOutcome]:
    """Store many articles and merge their events in ONE transaction (back-fills).

    Gives exactly the outcomes and events of calling ``ingest_events`` on each item in order, at a
    fraction of the commits. An error rolls back the whole batch; retry it item by item to isolate
    the bad article. Keep batches to a few hundred articles so a failure does not cost much.
    """
    return store.ingest_batch(items, changed_by=changed_by)


__all__ = [
    "ApplyResult",
    "EventFilter",
    "IngestOutcome",
    "Revision",
    "Store",
    "StoreStats",
    "StoredDecision",
    "default_db_url",
    "ingest_article_events",
    "ingest_batch",
    "ingest_events",
    "open_store",
]
