"""Mentions keep their point, for the bounding-box prefilter of the blocking query.

A short-lived development copy of 0001 already had these columns, so they are added only where missing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = ("latitude", "longitude")


def _existing() -> set[str]:
    return {column["name"] for column in sa.inspect(op.get_bind()).get_columns("mentions")}


def upgrade() -> None:
    missing = [name for name in COLUMNS if name not in _existing()]
    if not missing:
        return
    with op.batch_alter_table("mentions") as batch:
        for name in missing:
            batch.add_column(sa.Column(name, sa.Float))


def downgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
