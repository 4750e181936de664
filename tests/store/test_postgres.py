"""The store tests again, against PostgreSQL, when ``$EVENTWIRE_TEST_POSTGRES_URL`` is set.

    EVENTWIRE_TEST_POSTGRES_URL=postgresql+psycopg://user:password@localhost/eventwire_test \\
        PYTHONPATH=src .venv/bin/pytest tests/store/test_postgres.py

Each test gets a fresh schema (``eventwire_test``, dropped and recreated), migrated by ``open_store``.
Without the variable (the default run) every test here is skipped. Needs the ``postgres`` extra.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, inspect, text

from eventwire.store import open_store

POSTGRES_URL = os.environ.get("EVENTWIRE_TEST_POSTGRES_URL", "")
SCHEMA = "eventwire_test"

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="set EVENTWIRE_TEST_POSTGRES_URL to run against PostgreSQL")

# The store tests re-collected here: the module's own `store` fixture below replaces the SQLite one.
if POSTGRES_URL:
    from test_batch import *  # noqa: E402,F401,F403
    from test_history import *  # noqa: E402,F401,F403
    from test_ingest import *  # noqa: E402,F401,F403


def _schema_url() -> str:
    joiner = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{joiner}options=-csearch_path%3D{SCHEMA}"


@pytest.fixture
def store(clock):
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    admin.dispose()
    opened = open_store(_schema_url(), clock=clock)
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
