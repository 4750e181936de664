"""LSH band keys of each article's MinHash, so the duplicate search reads a few candidates, not a window.

Existing articles are indexed from their stored signatures.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from eventwire.resolve.neardup import band_keys

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bands = op.create_table(
        "article_bands",
        sa.Column("band_key", sa.String(24), primary_key=True),
        sa.Column("article_id", sa.String(64), primary_key=True),
    )
    _index_stored_articles(bands)


def _index_stored_articles(bands: sa.Table) -> None:
    articles = sa.table("articles", sa.column("id", sa.String), sa.column("minhash", sa.JSON))
    connection = op.get_bind()
    for article_id, minhash in connection.execute(sa.select(articles.c.id, articles.c.minhash)).all():
        values = json.loads(minhash) if isinstance(minhash, str) else minhash
        if values:
            op.bulk_insert(bands, [{"band_key": k, "article_id": article_id} for k in band_keys(values)])


def downgrade() -> None:
    op.drop_table("article_bands")
