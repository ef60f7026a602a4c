"""index figures by category and date

Totals for every country at once (stock_all, flows_all) read figures by category and date.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_figures_category_end_date", "figures", ["category", "end_date"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_figures_category_end_date", table_name="figures")
