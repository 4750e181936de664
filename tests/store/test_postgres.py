"""The store tests again, against a real PostgreSQL server.

By default the tests start a throwaway server from the ``pgserver`` wheel (PostgreSQL binaries on PyPI, part of
the ``test`` extra), so every run checks the PostgreSQL path. To test against your own server instead:

    EVENTWIRE_TEST_POSTGRES_URL=postgresql+psycopg://user:password@localhost/eventwire_test \\
        PYTHONPATH=src .venv/bin/pytest tests/store/test_postgres.py

Each test gets a fresh schema (``eventwire_test``, dropped and recreated), migrated by ``open_store``.
Skipped when neither a URL nor ``pgserver`` and ``psycopg`` are available.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, inspect, text

from eventwire.store import open_store

GIVEN_URL = os.environ.get("EVENTWIRE_TEST_POSTGRES_URL", "")
CAN_START_SERVER = all(importlib.util.find_spec(name) for name in ("pgserver", "psycopg"))
SCHEMA = "eventwire_test"

pytestmark = [
    pytest.mark.skipif(not (GIVEN_URL or CAN_START_SERVER),
                       reason="no PostgreSQL: set EVENTWIRE_TEST_POSTGRES_URL or install pgserver"),
    pytest.mark.filterwarnings("ignore:XDG_RUNTIME_DIR"),  # pgserver's run dir falls back to /tmp on CI
]

# The store tests re-collected here: the module's own `store` fixture below replaces the SQLite one.
if GIVEN_URL or CAN_START_SERVER:
    from test_batch import *  # noqa: E402,F401,F403
    from test_candidates_without_country import *  # noqa: E402,F401,F403
    from test_history import *  # noqa: E402,F401,F403
    from test_ingest import *  # noqa: E402,F401,F403


@pytest.fixture(scope="module")
def postgres_url():
    """The given server's URL, or a throwaway server's (a short temp path: Unix socket paths are limited)."""
    if GIVEN_URL:
        yield GIVEN_URL
        return
    import pgserver

    data_dir = tempfile.mkdtemp(prefix="ewpg")
    server = pgserver.get_server(data_dir, cleanup_mode="stop")
    try:
        yield server.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
    finally:
        server.cleanup()
        shutil.rmtree(data_dir, ignore_errors=True)


def _schema_url(url: str) -> str:
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{SCHEMA}"


@pytest.fixture
def store(clock, postgres_url):
    admin = create_engine(postgres_url)
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    admin.dispose()
    opened = open_store(_schema_url(postgres_url), clock=clock)
    assert opened.engine.dialect.name == "postgresql"
    yield opened
    opened.close()


def test_migrations_create_every_table_with_portable_types(store):
    inspector = inspect(store.engine)
    assert {"articles", "events", "mentions", "revisions", "merge_decisions", "event_aliases"} <= set(
        inspector.get_table_names(schema=SCHEMA))
    columns = {c["name"]: c["type"] for c in inspector.get_columns("revisions", schema=SCHEMA)}
    assert getattr(columns["changed_at"], "timezone", False) is True
    assert columns["snapshot"].__class__.__name__ in ("JSON", "JSONB")


def test_times_come_back_timezone_aware_in_utc(store, report, article, clock):
    clock.now = datetime(2019, 11, 3, 23, 30, tzinfo=timezone.utc)
    store.ingest(article("afp"), [report("afp", fatalities=49)])
    (event,) = store.events()
    (revision,) = store.event_history(event.event_id)
    assert revision.changed_at == clock.now and revision.changed_at.utcoffset().total_seconds() == 0
    assert store.get_article("afp").published_at.tzinfo is not None
