"""Wires the stages together: the one place that knows their order.

ingest (files → Article) → extract (Article → EventDraft) → geo (EventDraft + Place)
→ resolve (EventDraft → Event; merge plans) → store / export.

The CLI, the evaluation and any distributed worker call these functions; nothing here keeps global state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from eventwire.errors import ArticleFormatError

from eventwire.extract import ExtractionKit, extract_events, located_notes, qualify_actors
from eventwire.geo import Gazetteer, Geocoder, geocode_draft
from eventwire.geo.event_country import (
    WHOLE_BATCH, batch_outlet_countries, confident_countries, outlets_prior, settle_country, settle_dateline,
)
from eventwire.geo.source_prior import SourceCountries, article_outlets
from eventwire.ingest import iter_articles
from eventwire.records import Article, Event, EventDraft, ReadFailure
from eventwire.resolve import cluster_events, event_from_draft, near_duplicate_groups, reconcile

if TYPE_CHECKING:
    from eventwire.store import Store


@dataclass(frozen=True)
class Toolkit:
    """Everything the pipeline loads once per process: extraction models, the gazetteer, outlet countries."""

    extraction: ExtractionKit
    geocoder: Geocoder
    sources: SourceCountries = field(default_factory=SourceCountries.load)

    @classmethod
    def load(cls, gazetteer_path: str | Path | None = None) -> "Toolkit":
        return cls(extraction=ExtractionKit.load(), geocoder=Geocoder(Gazetteer.open(gazetteer_path)))


@dataclass(frozen=True)
class ArticleEvents:
    """One article and the events found in it (single-source, before merging across articles)."""

    article: Article
    events: tuple[Event, ...]
    drafts: tuple[EventDraft, ...] = ()  # as extracted, before geo (to locate them again with a batch prior)
    confident: frozenset[str] = frozenset()  # countries (ISO3) of its events that the text itself supports
    prior: str | None = None  # the outlet country its events were located with


def process_article(article: Article, toolkit: Toolkit, prior: str | None = None) -> ArticleEvents:
    """Extract, geocode and turn one article's drafts into single-source events. ``prior`` is the outlet's
    country from the batch; without one, the shipped outlet table's (both yield to the text)."""
    drafts = tuple(extract_events(article, toolkit.extraction))
    return _located_article(article, drafts, toolkit, prior or toolkit.sources.prior(article))


def _located_article(article: Article, drafts: tuple[EventDraft, ...], toolkit: Toolkit, prior: str | None) -> ArticleEvents:
    geocoded = [_geocoded(draft, article, toolkit) for draft in drafts]
    confident = confident_countries(geocoded, article, toolkit.geocoder)
    located = [settle_country(g, d, article, prior, toolkit.geocoder) for g, d in zip(geocoded, drafts)]
    events = tuple(event_from_draft(_in_its_country(draft, toolkit), article) for draft in located)
    return ArticleEvents(article, events, drafts, confident, prior)


def locate_drafts(drafts: Sequence[EventDraft], article: Article, toolkit: Toolkit) -> list[EventDraft]:
    """The geo stage (with the outlet table's country prior), then generic actors ("Civilians", "Police
    Forces") take the country geo found and the notes are written again."""
    prior = toolkit.sources.prior(article)
    located = [settle_country(_geocoded(d, article, toolkit), d, article, prior, toolkit.geocoder) for d in drafts]
    return [_in_its_country(draft, toolkit) for draft in located]


def _in_its_country(draft: EventDraft, toolkit: Toolkit) -> EventDraft:
    """A located draft with its generic actors named after the country geo found, and its notes written again."""
    return located_notes(qualify_actors(draft, _country(draft), toolkit.extraction))


def _geocoded(draft: EventDraft, article: Article, toolkit: Toolkit) -> EventDraft:
    """The geo stage, with the dateline's city overruled when the article's own units lie elsewhere."""
    return settle_dateline(geocode_draft(draft, article, toolkit.geocoder), draft, article, toolkit.geocoder)


def with_batch_priors(results: Sequence[ArticleEvents], toolkit: Toolkit) -> list[ArticleEvents]:
    """The articles of one batch, located again with their outlet's country when the outlet's other
    stories confidently name one (it wins over the outlet table: it is what this feed reports on now);
    with neither, with the country most of the batch's stories name, if one does."""
    priors = batch_outlet_countries((article_outlets(r.article), r.confident) for r in results)
    return [_with_prior(result, _batch_prior(result, priors, toolkit), toolkit) for result in results]


def _batch_prior(result: ArticleEvents, priors: dict[str, str], toolkit: Toolkit) -> str | None:
    outlet = outlets_prior(article_outlets(result.article), priors)
    return outlet or toolkit.sources.prior(result.article) or priors.get(WHOLE_BATCH)


def _with_prior(result: ArticleEvents, prior: str | None, toolkit: Toolkit) -> ArticleEvents:
    if prior is None or prior == result.prior or not result.drafts:
        return result
    return _located_article(result.article, result.drafts, toolkit, prior)


def _country(draft: EventDraft) -> str | None:
    return draft.place.country if draft.place else None


def process_paths(
    paths: Sequence[str | Path], toolkit: Toolkit
) -> Iterator[ArticleEvents | ReadFailure]:
    """Read every article under ``paths`` and extract its events; unreadable inputs pass through as failures."""
    for item in iter_articles(paths):
        yield item if isinstance(item, ReadFailure) else process_article(item, toolkit)


def merge_batch(results: Sequence[ArticleEvents]) -> list[Event]:
    """Merge reports of the same event across the articles of one batch (no database involved).

    Clustering looks at all reports at once, so the same articles in any order give the same events;
    republished copies of one wire story count as one source, not as corroboration.
    """
    duplicates = near_duplicate_groups(result.article for result in results)
    reports = {event.event_id: event for result in results for event in result.events}
    clusters, _ = cluster_events(reports.values())
    merged = [reconcile([reports[event_id] for event_id in cluster], duplicates) for cluster in clusters]
    return sorted(merged, key=lambda e: (e.event_date or date.min, e.country or "", e.event_id))


def extract_paths(
    paths: Sequence[str | Path],
    toolkit: Toolkit | None = None,
    on_failure: Callable[[ReadFailure], None] | None = None,
    merge: bool = True,
) -> list[Event]:
    """Events from files or folders, merged across articles; failures are reported through ``on_failure``."""
    toolkit = toolkit or Toolkit.load()
    results = []
    for item in process_paths(paths, toolkit):
        if isinstance(item, ReadFailure):
            if on_failure:
                on_failure(item)
        else:
            results.append(item)
    results = with_batch_priors(results, toolkit)
    if merge:
        return merge_batch(results)
    return [event for result in results for event in result.events]


@dataclass
class IngestSummary:
    """What one ingest run did, for the summary table and the exit code."""

    articles_read: int = 0
    articles_new: int = 0
    articles_seen_before: int = 0
    republished_copies: int = 0
    events_found: int = 0
    events_new: int = 0
    events_merged: int = 0
    failed: int = 0

    def rows(self) -> list[tuple[str, int]]:
        return [
            ("articles read", self.articles_read),
            ("new articles", self.articles_new),
            ("already stored (skipped)", self.articles_seen_before),
            ("republished copies of a stored story", self.republished_copies),
            ("event reports found", self.events_found),
            ("new events", self.events_new),
            ("merged into stored events", self.events_merged),
            ("inputs that failed", self.failed),
        ]


# Articles stored per transaction: larger batches amortise the per-transaction cost (benchmarks/resolve/RESULTS.md,
# `speed.py --db-batch`); a batch either lands whole or not at all, so nothing already stored is touched by a failure.
INGEST_BATCH_SIZE = 200


def ingest_paths(
    paths: Sequence[str | Path],
    store: "Store",
    toolkit: Toolkit | None = None,
    on_failure: Callable[[ReadFailure], None] | None = None,
    on_article: Callable[[str], None] | None = None,
    batch_size: int = INGEST_BATCH_SIZE,
) -> IngestSummary:
    """Read, extract and store every article under ``paths``, ``batch_size`` articles per transaction."""
    toolkit = toolkit or Toolkit.load()
    summary = IngestSummary()
    batch: list[ArticleEvents] = []
    for item in iter_articles(paths):
        if isinstance(item, ReadFailure):
            summary.failed += 1
            if on_failure:
                on_failure(item)
            continue
        summary.articles_read += 1
        if store.has_article(item.id):
            summary.articles_seen_before += 1
        else:
            batch.append(process_article(item, toolkit))
        if on_article:
            on_article(item.path or item.id)
        if len(batch) >= batch_size:
            _store_batch(store, with_batch_priors(batch, toolkit), summary)
            batch = []
    _store_batch(store, with_batch_priors(batch, toolkit), summary)
    return summary


def _store_batch(store: "Store", batch: Sequence[ArticleEvents], summary: IngestSummary) -> None:
    from eventwire.store import ingest_batch

    outcomes = ingest_batch(store, [(result.article, list(result.events)) for result in batch])
    for result, outcome in zip(batch, outcomes):
        if outcome.skipped:  # a copy of an article earlier in the same batch
            summary.articles_seen_before += 1
            continue
        summary.articles_new += 1
        summary.republished_copies += outcome.duplicate_of is not None
        summary.events_found += len(result.events)
        summary.events_new += outcome.created
        summary.events_merged += outcome.merged


def article_with_events(article_ref: str, db_url: str | None = None) -> ArticleEvents:
    """An article and its events: from a file (extracted now) or from the store (by id or path)."""
    if Path(article_ref).is_file():
        first = next(iter_articles([article_ref]), None)
        if isinstance(first, ReadFailure):
            raise ArticleFormatError(first.path, first.problem)
        if first is not None:
            return process_article(first, Toolkit.load())
    from eventwire.store import open_store

    store = open_store(db_url)
    article = store.get_article(article_ref)
    return ArticleEvents(article, tuple(store.events_for_article(article.id)))
