"""Initial schema: articles, events, evidence, event sources, mentions, revisions, merge decisions, aliases.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _articles() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published_at", TZ),
        sa.Column("author", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("path", sa.Text),
        sa.Column("source_format", sa.String(16), nullable=False),
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("dateline", sa.JSON),
        sa.Column("minhash", sa.JSON),
        sa.Column("original_id", sa.String(64)),
        sa.Column("added_at", TZ, nullable=False),
    )
    op.create_index("ix_articles_published_at", "articles", ["published_at"])
    op.create_index("ix_articles_path", "articles", ["path"])


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("event_date", sa.Date),
        sa.Column("time_precision", sa.Integer),
        sa.Column("event_type", sa.String(64)),
        sa.Column("sub_event_type", sa.String(64)),
        sa.Column("country", sa.String(128)),
        sa.Column("iso3", sa.String(3)),
        sa.Column("admin1", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("fatalities", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_event_date", "events", ["event_date"])
    op.create_index("ix_events_event_type", "events", ["event_type"])
    op.create_index("ix_events_iso3", "events", ["iso3"])


def _links() -> None:
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_evidence_event_id", "evidence", ["event_id"])
    op.create_table(
        "event_sources",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("article_id", sa.String(64), primary_key=True),
    )
    op.create_index("ix_event_sources_article_id", "event_sources", ["article_id"])
    op.create_table(
        "event_aliases",
        sa.Column("old_id", sa.String(64), primary_key=True),
        sa.Column("event_id", sa.String(64), nullable=False),
    )
    op.create_index("ix_event_aliases_event_id", "event_aliases", ["event_id"])


def _mentions() -> None:
    op.create_table(
        "mentions",
        sa.Column("mention_id", sa.String(64), primary_key=True),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("country_key", sa.String(128)),
        sa.Column("event_date", sa.Date),
        sa.Column("window_start", sa.Date),
        sa.Column("window_end", sa.Date),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_index("ix_mentions_event_id", "mentions", ["event_id"])
    op.create_index("ix_mentions_article_id", "mentions", ["article_id"])
    op.create_index("ix_mentions_block", "mentions", ["country_key", "window_start"])


def _history() -> None:
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("changed_at", TZ, nullable=False),
        sa.Column("changed_by", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("article_id", sa.String(64)),
        sa.Column("snapshot", sa.JSON),
        sa.Column("diff", sa.JSON, nullable=False),
    )
    op.create_index("ix_revisions_event_id", "revisions", ["event_id"])
    op.create_index("ix_revisions_changed_at", "revisions", ["changed_at"])
    op.create_table(
        "merge_decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("mention_id", sa.String(64), nullable=False),
        sa.Column("event_id", sa.String(64)),
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("decided_at", TZ, nullable=False),
    )
    op.create_index("ix_merge_decisions_mention_id", "merge_decisions", ["mention_id"])
    op.create_index("ix_merge_decisions_event_id", "merge_decisions", ["event_id"])


def upgrade() -> None:
    _articles()
    _events()
    _links()
    _mentions()
    _history()


def downgrade() -> None:
    for table in ("merge_decisions", "revisions", "mentions", "event_aliases", "event_sources", "evidence", "events", "articles"):
        op.drop_table(table)
