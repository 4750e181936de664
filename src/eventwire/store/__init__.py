"""store stage: the database of articles, events, their sources, evidence and history.

    store = open_store()                     # $EVENTWIRE_DB or sqlite:///eventwire.db, migrated to head
    outcome = ingest_events(store, article, events)
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
    "ingest_events",
    "open_store",
]
