"""Storing a folder: batch size and repeated runs do not change the stored events."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.pipeline import Toolkit, ingest_paths
from eventwire.store import EventFilter, open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


@pytest.fixture(scope="module")
def toolkit() -> Toolkit:
    return Toolkit.load()


def stored_events(store) -> list[dict]:
    return sorted((event.to_record() for event in store.events(EventFilter())), key=lambda r: r["event_id"])


@pytest.mark.parametrize("batch_size", [1, 7])
def test_batch_size_does_not_change_the_events(tmp_path, toolkit, batch_size):
    whole = open_store(f"sqlite:///{tmp_path / 'whole.db'}")
    ingest_paths([EXAMPLES], whole, toolkit)
    batched = open_store(f"sqlite:///{tmp_path / 'batched.db'}")
    ingest_paths([EXAMPLES], batched, toolkit, batch_size=batch_size)
    assert stored_events(whole) == stored_events(batched)


def test_a_second_run_skips_every_article(tmp_path, toolkit):
    store = open_store(f"sqlite:///{tmp_path / 'events.db'}")
    first = ingest_paths([EXAMPLES], store, toolkit)
    second = ingest_paths([EXAMPLES], store, toolkit)
    assert first.articles_new == first.articles_read > 20
    assert second.articles_seen_before == second.articles_read and second.events_found == 0
