"""Open a database and bring its schema to the newest Alembic revision."""

from __future__ import annotations

import os
from importlib import resources
from typing import Callable
from datetime import datetime

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from eventwire.errors import StoreError
from eventwire.store.repository import Store, utc_now

DEFAULT_DB_FILE = "eventwire.db"
DB_ENV_VAR = "EVENTWIRE_DB"


def default_db_url() -> str:
    """``$EVENTWIRE_DB`` when set, else ``eventwire.db`` in the working directory."""
    return os.environ.get(DB_ENV_VAR) or f"sqlite:///{DEFAULT_DB_FILE}"


def migrations_config() -> Config:
    """An Alembic config pointing at the migrations shipped inside the package (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(resources.files("eventwire.store").joinpath("migrations")))
    return config


def _engine(url: str):
    if url in ("sqlite://", "sqlite:///:memory:"):
        # One shared connection, or every new connection would see a fresh empty database.
        engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
    else:
        engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (API, dashboard) do not block the ingest writer
    # With WAL, NORMAL syncs at checkpoints rather than on every commit: a power cut may lose the last
    # transactions but never corrupts the file (https://www.sqlite.org/pragma.html#pragma_synchronous).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def upgrade(engine) -> None:
    config = migrations_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_store(url: str | None = None, clock: Callable[[], datetime] = utc_now) -> Store:
    """Connect to ``url`` (default: ``default_db_url()``), run ``alembic upgrade head``, return the store."""
    url = url or default_db_url()
    try:
        engine = _engine(url)
        upgrade(engine)
    except (SQLAlchemyError, OSError) as err:
        raise StoreError(f"cannot open database {url}: {str(err).splitlines()[0]}") from err
    return Store(engine, clock=clock)
