"""The schema comes from Alembic migrations shipped in the package, up from an empty database."""

from __future__ import annotations

import pytest
import json

from sqlalchemy import create_engine, inspect, text

from eventwire.errors import StoreError
from eventwire.store import default_db_url, open_store

TABLES = {"articles", "article_bands", "events", "evidence", "event_sources", "mentions", "revisions", "merge_decisions", "event_aliases"}


def test_upgrade_from_empty_creates_every_table(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    open_store(url).close()
    engine = create_engine(url)
    assert TABLES <= set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        assert connection.execute(text("select version_num from alembic_version")).scalar() == "0003"


def test_reopening_a_migrated_database_keeps_its_data(tmp_path, report, article):
    url = f"sqlite:///{tmp_path / 'again.db'}"
    first = open_store(url)
    first.ingest(article("a"), [report("a")])
    first.close()
    again = open_store(url)
    assert again.stats().events == 1


def test_default_url_follows_the_environment(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DB", "sqlite:////tmp/elsewhere.db")
    assert default_db_url() == "sqlite:////tmp/elsewhere.db"
    monkeypatch.delenv("EVENTWIRE_DB")
    assert default_db_url() == "sqlite:///eventwire.db"


def test_unopenable_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{tmp_path / 'missing-dir' / 'x.db'}")


def test_a_database_at_the_first_revision_is_upgraded(tmp_path):
    from alembic import command

    from eventwire.store.database import migrations_config

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    config = migrations_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    assert "latitude" not in {c["name"] for c in inspect(engine).get_columns("mentions")}
    open_store(url).close()
    assert "latitude" in {c["name"] for c in inspect(create_engine(url)).get_columns("mentions")}


def test_articles_stored_before_the_band_index_are_still_found_as_originals(tmp_path, article):
    from alembic import command

    from eventwire.resolve.neardup import signature_values
    from eventwire.store.database import migrations_config

    body = ("Security forces dispersed hundreds of traders who blocked the border crossing on Tuesday over new "
            "customs fees, and several stalls were set on fire before calm returned in the evening.")
    url = f"sqlite:///{tmp_path / 'before-bands.db'}"
    engine = create_engine(url)
    config = migrations_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(
            text("insert into articles (id, title, text, published_at, source_format, removed, minhash, added_at) "
                     "values ('orig', 't', :body, '2019-11-02 09:00:00', 'text', '[]', :minhash, '2019-11-02 10:00:00')"),
            {"body": body, "minhash": json.dumps(signature_values(body))})
    store = open_store(url)
    store.add_article(article("copy", text="ADVERTISEMENT " + body))
    assert store.duplicate_groups(["copy"]) == {"copy": "orig"}
