"""figure digest: one narrow row per dated figure, ordered by category and deciding date, kept by triggers

Totals for every country at once (stock_all, flows_all) read it instead of joining figures, their first location
and their source row by row.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from idmon.store import digest

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "figure_digest",
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("figure_id", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("total", sa.BigInteger(), nullable=True),
        sa.Column("review_status", sa.String(length=20), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("qualifier", sa.String(length=20), nullable=True),
        sa.Column("cause", sa.String(length=10), nullable=True),
        sa.Column("event_id", sa.String(length=64), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("reliability", sa.String(length=10), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin1_pcode", sa.String(length=40), nullable=True),
        sa.Column("precision", sa.String(length=10), nullable=True),
        sa.Column("deeper", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("category", "day", "figure_id"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_figure_digest_figure_id", "figure_digest", ["figure_id"], unique=False)
    op.create_index("ix_figure_digest_source_id", "figure_digest", ["source_id"], unique=False)
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        op.create_index(
            "ix_figure_digest_read",
            "figure_digest",
            ["category", "day"],
            unique=False,
            postgresql_include=[
                "country", "admin1", "admin1_pcode", "deeper", "total", "start_date", "end_date", "role",
                "review_status", "reliability", "qualifier", "precision", "cause", "event_id", "figure_id",
            ],
        )  # fmt: skip
    digest.rebuild(connection)
    digest.create_triggers(connection)


def downgrade() -> None:
    digest.drop_triggers(op.get_bind())
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_figure_digest_read", table_name="figure_digest")
    op.drop_index("ix_figure_digest_source_id", table_name="figure_digest")
    op.drop_index("ix_figure_digest_figure_id", table_name="figure_digest")
    op.drop_table("figure_digest")
