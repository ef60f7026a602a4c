"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def sqlite_only(constraint: sa.CheckConstraint) -> list[sa.CheckConstraint]:
    """SQLite keeps dates as text and accepts any storage class: these checks make it as strict as PostgreSQL."""
    return [constraint] if op.get_bind().dialect.name == "sqlite" else []


def upgrade() -> None:
    op.create_table(
        "crises",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("cause", sa.String(length=10), nullable=False),
        sa.Column(
            "countries",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("cause IN ('conflict', 'disaster', 'other')", name=op.f("ck_crises_cause")),
        *sqlite_only(
            sa.CheckConstraint(
                "end_date IS NULL OR date(end_date, '+0 days') IS end_date",
                name=op.f("ck_crises_end_date_date"),
            )
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "start_date IS NULL OR date(start_date, '+0 days') IS start_date",
                name=op.f("ck_crises_start_date_date"),
            )
        ),
        sa.CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name=op.f("ck_crises_start_date_le_end_date"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crises")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("original", sa.LargeBinary(), nullable=True),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("origin_ref", sa.Text(), nullable=True),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("retrieved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("origin IN ('file', 'url', 'feed', 'import', 'manual')", name=op.f("ck_documents_origin")),
        sa.CheckConstraint(
            "content_hash IS NULL OR length(content_hash) = 64", name=op.f("ck_documents_content_hash_sha256")
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "published IS NULL OR date(published, '+0 days') IS published",
                name=op.f("ck_documents_published_date"),
            )
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_documents_content_hash")),
    )
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column(
            "before",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "after",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("action IN ('create', 'update', 'delete', 'restore')", name=op.f("ck_history_action")),
        sa.CheckConstraint("version >= 1", name=op.f("ck_history_version_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
        sa.UniqueConstraint("kind", "record_id", "version", name=op.f("uq_history_kind_record_id_version")),
    )
    op.create_table(
        "household_sizes",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("size", sa.Float(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "country IN ('AB9', 'ABW', 'AFG', 'AGO', 'AIA', 'ALA', 'ALB', 'AND', 'ARE', 'ARG', 'ARM', 'ASM', 'ATA', 'ATF', 'ATG', 'AUS', 'AUT', 'AZE', 'BDI', 'BEL', 'BEN', 'BES', 'BFA', 'BGD', 'BGR', 'BHR', 'BHS', 'BIH', 'BLM', 'BLR', 'BLZ', 'BMU', 'BOL', 'BRA', 'BRB', 'BRN', 'BTN', 'BVT', 'BWA', 'CAF', 'CAN', 'CCK', 'CHE', 'CHL', 'CHN', 'CIV', 'CMR', 'COD', 'COG', 'COK', 'COL', 'COM', 'CPV', 'CRI', 'CUB', 'CUW', 'CXR', 'CYM', 'CYP', 'CZE', 'DEU', 'DJI', 'DMA', 'DNK', 'DOM', 'DZA', 'ECU', 'EGY', 'ERI', 'ESH', 'ESP', 'EST', 'ETH', 'FIN', 'FJI', 'FLK', 'FRA', 'FRO', 'FSM', 'GAB', 'GBR', 'GEO', 'GGY', 'GHA', 'GIB', 'GIN', 'GLP', 'GMB', 'GNB', 'GNQ', 'GRC', 'GRD', 'GRL', 'GTM', 'GUF', 'GUM', 'GUY', 'HKG', 'HMD', 'HND', 'HRV', 'HTI', 'HUN', 'IDN', 'IMN', 'IND', 'IOT', 'IRL', 'IRN', 'IRQ', 'ISL', 'ISR', 'ITA', 'JAM', 'JEY', 'JOR', 'JPN', 'KAZ', 'KEN', 'KGZ', 'KHM', 'KIR', 'KNA', 'KOR', 'KWT', 'LAO', 'LBN', 'LBR', 'LBY', 'LCA', 'LIE', 'LKA', 'LSO', 'LTU', 'LUX', 'LVA', 'MAC', 'MAF', 'MAR', 'MCO', 'MDA', 'MDG', 'MDV', 'MEX', 'MHL', 'MKD', 'MLI', 'MLT', 'MMR', 'MNE', 'MNG', 'MNP', 'MOZ', 'MRT', 'MSR', 'MTQ', 'MUS', 'MWI', 'MYS', 'MYT', 'NAM', 'NCL', 'NER', 'NFK', 'NGA', 'NIC', 'NIU', 'NLD', 'NOR', 'NPL', 'NRU', 'NZL', 'OMN', 'PAK', 'PAN', 'PCN', 'PER', 'PHL', 'PLW', 'PNG', 'POL', 'PRI', 'PRK', 'PRT', 'PRY', 'PSE', 'PYF', 'QAT', 'REU', 'ROU', 'RUS', 'RWA', 'SAU', 'SDN', 'SEN', 'SGP', 'SGS', 'SHN', 'SJM', 'SLB', 'SLE', 'SLV', 'SMR', 'SOM', 'SPM', 'SRB', 'SSD', 'STP', 'SUR', 'SVK', 'SVN', 'SWE', 'SWZ', 'SXM', 'SYC', 'SYR', 'TCA', 'TCD', 'TGO', 'THA', 'TJK', 'TKL', 'TKM', 'TLS', 'TON', 'TTO', 'TUN', 'TUR', 'TUV', 'TWN', 'TZA', 'UGA', 'UKR', 'UMI', 'URY', 'USA', 'UZB', 'VAT', 'VCT', 'VEN', 'VGB', 'VIR', 'VNM', 'VUT', 'WLF', 'WSM', 'XKX', 'YEM', 'ZAF', 'ZMB', 'ZWE')",
            name=op.f("ck_household_sizes_country_iso3"),
        ),
        *sqlite_only(
            sa.CheckConstraint("typeof(size) IN ('null', 'real', 'integer')", name=op.f("ck_household_sizes_size_type"))
        ),
        sa.CheckConstraint("size > 0 AND size <= 50", name=op.f("ck_household_sizes_size_range")),
        sa.CheckConstraint("year >= 1900 AND year <= 2200", name=op.f("ck_household_sizes_year_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_sizes")),
        sa.UniqueConstraint("country", "year", name=op.f("uq_household_sizes_country_year")),
    )
    op.create_table(
        "policy_instruments",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("signed_date", sa.Date(), nullable=True),
        sa.Column("ratified_date", sa.Date(), nullable=True),
        sa.Column("adopted_date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "country IN ('AB9', 'ABW', 'AFG', 'AGO', 'AIA', 'ALA', 'ALB', 'AND', 'ARE', 'ARG', 'ARM', 'ASM', 'ATA', 'ATF', 'ATG', 'AUS', 'AUT', 'AZE', 'BDI', 'BEL', 'BEN', 'BES', 'BFA', 'BGD', 'BGR', 'BHR', 'BHS', 'BIH', 'BLM', 'BLR', 'BLZ', 'BMU', 'BOL', 'BRA', 'BRB', 'BRN', 'BTN', 'BVT', 'BWA', 'CAF', 'CAN', 'CCK', 'CHE', 'CHL', 'CHN', 'CIV', 'CMR', 'COD', 'COG', 'COK', 'COL', 'COM', 'CPV', 'CRI', 'CUB', 'CUW', 'CXR', 'CYM', 'CYP', 'CZE', 'DEU', 'DJI', 'DMA', 'DNK', 'DOM', 'DZA', 'ECU', 'EGY', 'ERI', 'ESH', 'ESP', 'EST', 'ETH', 'FIN', 'FJI', 'FLK', 'FRA', 'FRO', 'FSM', 'GAB', 'GBR', 'GEO', 'GGY', 'GHA', 'GIB', 'GIN', 'GLP', 'GMB', 'GNB', 'GNQ', 'GRC', 'GRD', 'GRL', 'GTM', 'GUF', 'GUM', 'GUY', 'HKG', 'HMD', 'HND', 'HRV', 'HTI', 'HUN', 'IDN', 'IMN', 'IND', 'IOT', 'IRL', 'IRN', 'IRQ', 'ISL', 'ISR', 'ITA', 'JAM', 'JEY', 'JOR', 'JPN', 'KAZ', 'KEN', 'KGZ', 'KHM', 'KIR', 'KNA', 'KOR', 'KWT', 'LAO', 'LBN', 'LBR', 'LBY', 'LCA', 'LIE', 'LKA', 'LSO', 'LTU', 'LUX', 'LVA', 'MAC', 'MAF', 'MAR', 'MCO', 'MDA', 'MDG', 'MDV', 'MEX', 'MHL', 'MKD', 'MLI', 'MLT', 'MMR', 'MNE', 'MNG', 'MNP', 'MOZ', 'MRT', 'MSR', 'MTQ', 'MUS', 'MWI', 'MYS', 'MYT', 'NAM', 'NCL', 'NER', 'NFK', 'NGA', 'NIC', 'NIU', 'NLD', 'NOR', 'NPL', 'NRU', 'NZL', 'OMN', 'PAK', 'PAN', 'PCN', 'PER', 'PHL', 'PLW', 'PNG', 'POL', 'PRI', 'PRK', 'PRT', 'PRY', 'PSE', 'PYF', 'QAT', 'REU', 'ROU', 'RUS', 'RWA', 'SAU', 'SDN', 'SEN', 'SGP', 'SGS', 'SHN', 'SJM', 'SLB', 'SLE', 'SLV', 'SMR', 'SOM', 'SPM', 'SRB', 'SSD', 'STP', 'SUR', 'SVK', 'SVN', 'SWE', 'SWZ', 'SXM', 'SYC', 'SYR', 'TCA', 'TCD', 'TGO', 'THA', 'TJK', 'TKL', 'TKM', 'TLS', 'TON', 'TTO', 'TUN', 'TUR', 'TUV', 'TWN', 'TZA', 'UGA', 'UKR', 'UMI', 'URY', 'USA', 'UZB', 'VAT', 'VCT', 'VEN', 'VGB', 'VIR', 'VNM', 'VUT', 'WLF', 'WSM', 'XKX', 'YEM', 'ZAF', 'ZMB', 'ZWE')",
            name=op.f("ck_policy_instruments_country_iso3"),
        ),
        sa.CheckConstraint(
            "kind IN ('convention', 'law', 'policy', 'strategy', 'other')",
            name=op.f("ck_policy_instruments_kind"),
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "adopted_date IS NULL OR date(adopted_date, '+0 days') IS adopted_date",
                name=op.f("ck_policy_instruments_adopted_date_date"),
            )
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "ratified_date IS NULL OR date(ratified_date, '+0 days') IS ratified_date",
                name=op.f("ck_policy_instruments_ratified_date_date"),
            )
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "signed_date IS NULL OR date(signed_date, '+0 days') IS signed_date",
                name=op.f("ck_policy_instruments_signed_date_date"),
            )
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_instruments")),
        sa.UniqueConstraint("country", "name", name=op.f("uq_policy_instruments_country_name")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reliability", sa.String(length=10), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('government', 'un-agency', 'ngo', 'media', 'idmc', 'red-cross', 'academic', 'other')",
            name=op.f("ck_sources_kind"),
        ),
        sa.CheckConstraint("reliability IN ('low', 'medium', 'high', 'unknown')", name=op.f("ck_sources_reliability")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("name", name=op.f("uq_sources_name")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('viewer', 'analyst', 'reviewer', 'admin')", name=op.f("ck_users_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=True),
        sa.Column("token_hash", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_api_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "document_publishers",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_publishers_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_document_publishers_source_id_sources")),
        sa.PrimaryKeyConstraint("document_id", "source_id", name=op.f("pk_document_publishers")),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("crisis_id", sa.String(length=64), nullable=True),
        sa.Column("cause", sa.String(length=10), nullable=False),
        sa.Column("violence", sa.String(length=40), nullable=True),
        sa.Column("violence_subtype", sa.String(length=20), nullable=True),
        sa.Column("hazard_category", sa.String(length=20), nullable=True),
        sa.Column("hazard", sa.String(length=30), nullable=True),
        sa.Column("glide", sa.String(length=60), nullable=True),
        sa.Column("acled_id", sa.String(length=60), nullable=True),
        sa.Column("ifrc_appeal_id", sa.String(length=60), nullable=True),
        sa.Column("government_id", sa.String(length=120), nullable=True),
        sa.Column(
            "countries",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("start_date_accuracy", sa.String(length=10), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("end_date_accuracy", sa.String(length=10), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("cause IN ('conflict', 'disaster', 'other')", name=op.f("ck_events_cause")),
        sa.CheckConstraint(
            "end_date_accuracy IS NULL OR end_date_accuracy IN ('day', 'week', 'month', 'year')",
            name=op.f("ck_events_end_date_accuracy"),
        ),
        sa.CheckConstraint(
            "hazard IS NULL OR hazard IN ('earthquake', 'volcanic-activity', 'dry-mass-movement', 'storm', 'extreme-temperature', 'flood', 'wet-mass-movement', 'drought', 'wildfire', 'other')",
            name=op.f("ck_events_hazard"),
        ),
        sa.CheckConstraint(
            "hazard_category IS NULL OR hazard_category IN ('geophysical', 'weather-related', 'other')",
            name=op.f("ck_events_hazard_category"),
        ),
        sa.CheckConstraint(
            "start_date_accuracy IS NULL OR start_date_accuracy IN ('day', 'week', 'month', 'year')",
            name=op.f("ck_events_start_date_accuracy"),
        ),
        sa.CheckConstraint(
            "violence IS NULL OR violence IN ('international-armed-conflict', 'non-international-armed-conflict', 'other-situations-of-violence', 'unclear')",
            name=op.f("ck_events_violence"),
        ),
        sa.CheckConstraint(
            "violence_subtype IS NULL OR violence_subtype IN ('civilian-state', 'crime-related', 'communal', 'other')",
            name=op.f("ck_events_violence_subtype"),
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "end_date IS NULL OR date(end_date, '+0 days') IS end_date",
                name=op.f("ck_events_end_date_date"),
            )
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "start_date IS NULL OR date(start_date, '+0 days') IS start_date",
                name=op.f("ck_events_start_date_date"),
            )
        ),
        sa.CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name=op.f("ck_events_start_date_le_end_date"),
        ),
        sa.ForeignKeyConstraint(
            ["crisis_id"], ["crises.id"], name=op.f("fk_events_crisis_id_crises"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_crisis_id"), ["crisis_id"], unique=False)

    op.create_table(
        "figures",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("term", sa.String(length=40), nullable=True),
        sa.Column("reported", sa.BigInteger(), nullable=True),
        sa.Column("reported_max", sa.BigInteger(), nullable=True),
        sa.Column("quantity_text", sa.Text(), nullable=True),
        sa.Column("vague", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("qualifier", sa.String(length=20), nullable=True),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("household_size", sa.Float(), nullable=True),
        sa.Column("total", sa.BigInteger(), nullable=True),
        sa.Column("calculation_logic", sa.Text(), nullable=True),
        sa.Column("cause", sa.String(length=10), nullable=True),
        sa.Column("violence", sa.String(length=40), nullable=True),
        sa.Column("violence_subtype", sa.String(length=20), nullable=True),
        sa.Column("hazard_category", sa.String(length=20), nullable=True),
        sa.Column("hazard", sa.String(length=30), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("start_date_accuracy", sa.String(length=10), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("end_date_accuracy", sa.String(length=10), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("review_status", sa.String(length=20), nullable=False),
        sa.Column(
            "disaggregation",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("excerpt", sa.Text(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=100), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("document_id", sa.String(length=64), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("event_id", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "category IN ('idps', 'returnees', 'locally-integrated-idps', 'idps-settled-elsewhere', 'people-displaced-across-borders', 'partial-stock', 'unverified-stock', 'new-displacement', 'return', 'multiple-displacement', 'partial-flow', 'cross-border-flight', 'cross-border-return', 'relocation-elsewhere', 'deaths', 'provisional-solutions', 'local-integration', 'failed-local-integration', 'failed-return', 'failed-relocation-elsewhere', 'birth', 'unverified-flow', 'people-displaced-across-borders-flow')",
            name=op.f("ck_figures_category"),
        ),
        sa.CheckConstraint(
            "cause IS NULL OR cause IN ('conflict', 'disaster', 'other')", name=op.f("ck_figures_cause")
        ),
        sa.CheckConstraint(
            "country IS NULL OR country IN ('AB9', 'ABW', 'AFG', 'AGO', 'AIA', 'ALA', 'ALB', 'AND', 'ARE', 'ARG', 'ARM', 'ASM', 'ATA', 'ATF', 'ATG', 'AUS', 'AUT', 'AZE', 'BDI', 'BEL', 'BEN', 'BES', 'BFA', 'BGD', 'BGR', 'BHR', 'BHS', 'BIH', 'BLM', 'BLR', 'BLZ', 'BMU', 'BOL', 'BRA', 'BRB', 'BRN', 'BTN', 'BVT', 'BWA', 'CAF', 'CAN', 'CCK', 'CHE', 'CHL', 'CHN', 'CIV', 'CMR', 'COD', 'COG', 'COK', 'COL', 'COM', 'CPV', 'CRI', 'CUB', 'CUW', 'CXR', 'CYM', 'CYP', 'CZE', 'DEU', 'DJI', 'DMA', 'DNK', 'DOM', 'DZA', 'ECU', 'EGY', 'ERI', 'ESH', 'ESP', 'EST', 'ETH', 'FIN', 'FJI', 'FLK', 'FRA', 'FRO', 'FSM', 'GAB', 'GBR', 'GEO', 'GGY', 'GHA', 'GIB', 'GIN', 'GLP', 'GMB', 'GNB', 'GNQ', 'GRC', 'GRD', 'GRL', 'GTM', 'GUF', 'GUM', 'GUY', 'HKG', 'HMD', 'HND', 'HRV', 'HTI', 'HUN', 'IDN', 'IMN', 'IND', 'IOT', 'IRL', 'IRN', 'IRQ', 'ISL', 'ISR', 'ITA', 'JAM', 'JEY', 'JOR', 'JPN', 'KAZ', 'KEN', 'KGZ', 'KHM', 'KIR', 'KNA', 'KOR', 'KWT', 'LAO', 'LBN', 'LBR', 'LBY', 'LCA', 'LIE', 'LKA', 'LSO', 'LTU', 'LUX', 'LVA', 'MAC', 'MAF', 'MAR', 'MCO', 'MDA', 'MDG', 'MDV', 'MEX', 'MHL', 'MKD', 'MLI', 'MLT', 'MMR', 'MNE', 'MNG', 'MNP', 'MOZ', 'MRT', 'MSR', 'MTQ', 'MUS', 'MWI', 'MYS', 'MYT', 'NAM', 'NCL', 'NER', 'NFK', 'NGA', 'NIC', 'NIU', 'NLD', 'NOR', 'NPL', 'NRU', 'NZL', 'OMN', 'PAK', 'PAN', 'PCN', 'PER', 'PHL', 'PLW', 'PNG', 'POL', 'PRI', 'PRK', 'PRT', 'PRY', 'PSE', 'PYF', 'QAT', 'REU', 'ROU', 'RUS', 'RWA', 'SAU', 'SDN', 'SEN', 'SGP', 'SGS', 'SHN', 'SJM', 'SLB', 'SLE', 'SLV', 'SMR', 'SOM', 'SPM', 'SRB', 'SSD', 'STP', 'SUR', 'SVK', 'SVN', 'SWE', 'SWZ', 'SXM', 'SYC', 'SYR', 'TCA', 'TCD', 'TGO', 'THA', 'TJK', 'TKL', 'TKM', 'TLS', 'TON', 'TTO', 'TUN', 'TUR', 'TUV', 'TWN', 'TZA', 'UGA', 'UKR', 'UMI', 'URY', 'USA', 'UZB', 'VAT', 'VCT', 'VEN', 'VGB', 'VIR', 'VNM', 'VUT', 'WLF', 'WSM', 'XKX', 'YEM', 'ZAF', 'ZMB', 'ZWE')",
            name=op.f("ck_figures_country_iso3"),
        ),
        sa.CheckConstraint(
            "end_date_accuracy IS NULL OR end_date_accuracy IN ('day', 'week', 'month', 'year')",
            name=op.f("ck_figures_end_date_accuracy"),
        ),
        sa.CheckConstraint(
            "hazard IS NULL OR hazard IN ('earthquake', 'volcanic-activity', 'dry-mass-movement', 'storm', 'extreme-temperature', 'flood', 'wet-mass-movement', 'drought', 'wildfire', 'other')",
            name=op.f("ck_figures_hazard"),
        ),
        sa.CheckConstraint(
            "hazard_category IS NULL OR hazard_category IN ('geophysical', 'weather-related', 'other')",
            name=op.f("ck_figures_hazard_category"),
        ),
        sa.CheckConstraint(
            "qualifier IS NULL OR qualifier IN ('exact', 'approximately', 'more-than', 'less-than')",
            name=op.f("ck_figures_qualifier"),
        ),
        sa.CheckConstraint(
            "review_status IN ('extracted', 'in-review', 'approved', 'rejected', 'signed-off')",
            name=op.f("ck_figures_review_status"),
        ),
        sa.CheckConstraint("role IS NULL OR role IN ('recommended', 'triangulation')", name=op.f("ck_figures_role")),
        sa.CheckConstraint(
            "start_date_accuracy IS NULL OR start_date_accuracy IN ('day', 'week', 'month', 'year')",
            name=op.f("ck_figures_start_date_accuracy"),
        ),
        sa.CheckConstraint(
            "term IS NULL OR term IN ('evacuated', 'displaced', 'forced-to-flee', 'relocated', 'sheltered', 'in-relief-camp', 'destroyed-housing', 'partially-destroyed-housing', 'uninhabitable-housing', 'homeless', 'affected', 'returns', 'multiple-or-other')",
            name=op.f("ck_figures_term"),
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "typeof(household_size) IN ('null', 'real', 'integer')",
                name=op.f("ck_figures_household_size_type"),
            )
        ),
        *sqlite_only(
            sa.CheckConstraint("typeof(reported) IN ('null', 'integer')", name=op.f("ck_figures_reported_type"))
        ),
        *sqlite_only(
            sa.CheckConstraint("typeof(reported_max) IN ('null', 'integer')", name=op.f("ck_figures_reported_max_type"))
        ),
        *sqlite_only(sa.CheckConstraint("typeof(total) IN ('null', 'integer')", name=op.f("ck_figures_total_type"))),
        sa.CheckConstraint("unit IN ('person', 'household')", name=op.f("ck_figures_unit")),
        sa.CheckConstraint(
            "violence IS NULL OR violence IN ('international-armed-conflict', 'non-international-armed-conflict', 'other-situations-of-violence', 'unclear')",
            name=op.f("ck_figures_violence"),
        ),
        sa.CheckConstraint(
            "violence_subtype IS NULL OR violence_subtype IN ('civilian-state', 'crime-related', 'communal', 'other')",
            name=op.f("ck_figures_violence_subtype"),
        ),
        sa.CheckConstraint(
            "confidence IS NULL OR (confidence >= 0 AND confidence <= 1)",
            name=op.f("ck_figures_confidence_range"),
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "end_date IS NULL OR date(end_date, '+0 days') IS end_date",
                name=op.f("ck_figures_end_date_date"),
            )
        ),
        sa.CheckConstraint(
            "household_size IS NULL OR (household_size > 0 AND household_size <= 50)",
            name=op.f("ck_figures_hh_size"),
        ),
        sa.CheckConstraint("reported IS NULL OR reported >= 0", name=op.f("ck_figures_reported_not_negative")),
        sa.CheckConstraint(
            "reported_max IS NULL OR reported_max >= reported",
            name=op.f("ck_figures_reported_max_ge_reported"),
        ),
        sa.CheckConstraint(
            "span_start IS NULL OR (span_start >= 0 AND span_end >= span_start)", name=op.f("ck_figures_span")
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "start_date IS NULL OR date(start_date, '+0 days') IS start_date",
                name=op.f("ck_figures_start_date_date"),
            )
        ),
        sa.CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name=op.f("ck_figures_start_date_le_end_date"),
        ),
        sa.CheckConstraint("total IS NULL OR total >= 0", name=op.f("ck_figures_total_not_negative")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_figures_document_id_documents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_figures_event_id_events"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_figures_source_id_sources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figures")),
    )
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_figures_country"), ["country"], unique=False)
        batch_op.create_index("ix_figures_country_category_end_date", ["country", "category", "end_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_figures_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_figures_end_date"), ["end_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_figures_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_figures_source_id"), ["source_id"], unique=False)

    op.create_table(
        "timeline_entries",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("date_accuracy", sa.String(length=10), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("event_id", sa.String(length=64), nullable=True),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "country IN ('AB9', 'ABW', 'AFG', 'AGO', 'AIA', 'ALA', 'ALB', 'AND', 'ARE', 'ARG', 'ARM', 'ASM', 'ATA', 'ATF', 'ATG', 'AUS', 'AUT', 'AZE', 'BDI', 'BEL', 'BEN', 'BES', 'BFA', 'BGD', 'BGR', 'BHR', 'BHS', 'BIH', 'BLM', 'BLR', 'BLZ', 'BMU', 'BOL', 'BRA', 'BRB', 'BRN', 'BTN', 'BVT', 'BWA', 'CAF', 'CAN', 'CCK', 'CHE', 'CHL', 'CHN', 'CIV', 'CMR', 'COD', 'COG', 'COK', 'COL', 'COM', 'CPV', 'CRI', 'CUB', 'CUW', 'CXR', 'CYM', 'CYP', 'CZE', 'DEU', 'DJI', 'DMA', 'DNK', 'DOM', 'DZA', 'ECU', 'EGY', 'ERI', 'ESH', 'ESP', 'EST', 'ETH', 'FIN', 'FJI', 'FLK', 'FRA', 'FRO', 'FSM', 'GAB', 'GBR', 'GEO', 'GGY', 'GHA', 'GIB', 'GIN', 'GLP', 'GMB', 'GNB', 'GNQ', 'GRC', 'GRD', 'GRL', 'GTM', 'GUF', 'GUM', 'GUY', 'HKG', 'HMD', 'HND', 'HRV', 'HTI', 'HUN', 'IDN', 'IMN', 'IND', 'IOT', 'IRL', 'IRN', 'IRQ', 'ISL', 'ISR', 'ITA', 'JAM', 'JEY', 'JOR', 'JPN', 'KAZ', 'KEN', 'KGZ', 'KHM', 'KIR', 'KNA', 'KOR', 'KWT', 'LAO', 'LBN', 'LBR', 'LBY', 'LCA', 'LIE', 'LKA', 'LSO', 'LTU', 'LUX', 'LVA', 'MAC', 'MAF', 'MAR', 'MCO', 'MDA', 'MDG', 'MDV', 'MEX', 'MHL', 'MKD', 'MLI', 'MLT', 'MMR', 'MNE', 'MNG', 'MNP', 'MOZ', 'MRT', 'MSR', 'MTQ', 'MUS', 'MWI', 'MYS', 'MYT', 'NAM', 'NCL', 'NER', 'NFK', 'NGA', 'NIC', 'NIU', 'NLD', 'NOR', 'NPL', 'NRU', 'NZL', 'OMN', 'PAK', 'PAN', 'PCN', 'PER', 'PHL', 'PLW', 'PNG', 'POL', 'PRI', 'PRK', 'PRT', 'PRY', 'PSE', 'PYF', 'QAT', 'REU', 'ROU', 'RUS', 'RWA', 'SAU', 'SDN', 'SEN', 'SGP', 'SGS', 'SHN', 'SJM', 'SLB', 'SLE', 'SLV', 'SMR', 'SOM', 'SPM', 'SRB', 'SSD', 'STP', 'SUR', 'SVK', 'SVN', 'SWE', 'SWZ', 'SXM', 'SYC', 'SYR', 'TCA', 'TCD', 'TGO', 'THA', 'TJK', 'TKL', 'TKM', 'TLS', 'TON', 'TTO', 'TUN', 'TUR', 'TUV', 'TWN', 'TZA', 'UGA', 'UKR', 'UMI', 'URY', 'USA', 'UZB', 'VAT', 'VCT', 'VEN', 'VGB', 'VIR', 'VNM', 'VUT', 'WLF', 'WSM', 'XKX', 'YEM', 'ZAF', 'ZMB', 'ZWE')",
            name=op.f("ck_timeline_entries_country_iso3"),
        ),
        sa.CheckConstraint(
            "date_accuracy IN ('day', 'week', 'month', 'year')",
            name=op.f("ck_timeline_entries_date_accuracy"),
        ),
        *sqlite_only(
            sa.CheckConstraint(
                "date IS NULL OR date(date, '+0 days') IS date", name=op.f("ck_timeline_entries_date_date")
            )
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_timeline_entries_event_id_events"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeline_entries")),
    )
    with op.batch_alter_table("timeline_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_timeline_entries_country"), ["country"], unique=False)

    op.create_table(
        "figure_locations",
        sa.Column("figure_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin1_pcode", sa.String(length=40), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("admin2_pcode", sa.String(length=40), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("geonames_id", sa.BigInteger(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("precision", sa.String(length=10), nullable=True),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.CheckConstraint(
            "country IN ('AB9', 'ABW', 'AFG', 'AGO', 'AIA', 'ALA', 'ALB', 'AND', 'ARE', 'ARG', 'ARM', 'ASM', 'ATA', 'ATF', 'ATG', 'AUS', 'AUT', 'AZE', 'BDI', 'BEL', 'BEN', 'BES', 'BFA', 'BGD', 'BGR', 'BHR', 'BHS', 'BIH', 'BLM', 'BLR', 'BLZ', 'BMU', 'BOL', 'BRA', 'BRB', 'BRN', 'BTN', 'BVT', 'BWA', 'CAF', 'CAN', 'CCK', 'CHE', 'CHL', 'CHN', 'CIV', 'CMR', 'COD', 'COG', 'COK', 'COL', 'COM', 'CPV', 'CRI', 'CUB', 'CUW', 'CXR', 'CYM', 'CYP', 'CZE', 'DEU', 'DJI', 'DMA', 'DNK', 'DOM', 'DZA', 'ECU', 'EGY', 'ERI', 'ESH', 'ESP', 'EST', 'ETH', 'FIN', 'FJI', 'FLK', 'FRA', 'FRO', 'FSM', 'GAB', 'GBR', 'GEO', 'GGY', 'GHA', 'GIB', 'GIN', 'GLP', 'GMB', 'GNB', 'GNQ', 'GRC', 'GRD', 'GRL', 'GTM', 'GUF', 'GUM', 'GUY', 'HKG', 'HMD', 'HND', 'HRV', 'HTI', 'HUN', 'IDN', 'IMN', 'IND', 'IOT', 'IRL', 'IRN', 'IRQ', 'ISL', 'ISR', 'ITA', 'JAM', 'JEY', 'JOR', 'JPN', 'KAZ', 'KEN', 'KGZ', 'KHM', 'KIR', 'KNA', 'KOR', 'KWT', 'LAO', 'LBN', 'LBR', 'LBY', 'LCA', 'LIE', 'LKA', 'LSO', 'LTU', 'LUX', 'LVA', 'MAC', 'MAF', 'MAR', 'MCO', 'MDA', 'MDG', 'MDV', 'MEX', 'MHL', 'MKD', 'MLI', 'MLT', 'MMR', 'MNE', 'MNG', 'MNP', 'MOZ', 'MRT', 'MSR', 'MTQ', 'MUS', 'MWI', 'MYS', 'MYT', 'NAM', 'NCL', 'NER', 'NFK', 'NGA', 'NIC', 'NIU', 'NLD', 'NOR', 'NPL', 'NRU', 'NZL', 'OMN', 'PAK', 'PAN', 'PCN', 'PER', 'PHL', 'PLW', 'PNG', 'POL', 'PRI', 'PRK', 'PRT', 'PRY', 'PSE', 'PYF', 'QAT', 'REU', 'ROU', 'RUS', 'RWA', 'SAU', 'SDN', 'SEN', 'SGP', 'SGS', 'SHN', 'SJM', 'SLB', 'SLE', 'SLV', 'SMR', 'SOM', 'SPM', 'SRB', 'SSD', 'STP', 'SUR', 'SVK', 'SVN', 'SWE', 'SWZ', 'SXM', 'SYC', 'SYR', 'TCA', 'TCD', 'TGO', 'THA', 'TJK', 'TKL', 'TKM', 'TLS', 'TON', 'TTO', 'TUN', 'TUR', 'TUV', 'TWN', 'TZA', 'UGA', 'UKR', 'UMI', 'URY', 'USA', 'UZB', 'VAT', 'VCT', 'VEN', 'VGB', 'VIR', 'VNM', 'VUT', 'WLF', 'WSM', 'XKX', 'YEM', 'ZAF', 'ZMB', 'ZWE')",
            name=op.f("ck_figure_locations_country_iso3"),
        ),
        sa.CheckConstraint(
            "precision IS NULL OR precision IN ('adm0', 'adm1', 'adm2', 'adm3', 'point')",
            name=op.f("ck_figure_locations_precision"),
        ),
        sa.CheckConstraint("role IN ('origin', 'destination', 'both')", name=op.f("ck_figure_locations_role")),
        *sqlite_only(
            sa.CheckConstraint("typeof(lat) IN ('null', 'real', 'integer')", name=op.f("ck_figure_locations_lat_type"))
        ),
        *sqlite_only(
            sa.CheckConstraint("typeof(lon) IN ('null', 'real', 'integer')", name=op.f("ck_figure_locations_lon_type"))
        ),
        sa.CheckConstraint("lat IS NULL OR (lat >= -90 AND lat <= 90)", name=op.f("ck_figure_locations_lat_range")),
        sa.CheckConstraint("lon IS NULL OR (lon >= -180 AND lon <= 180)", name=op.f("ck_figure_locations_lon_range")),
        sa.ForeignKeyConstraint(
            ["figure_id"],
            ["figures.id"],
            name=op.f("fk_figure_locations_figure_id_figures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("figure_id", "position", name=op.f("pk_figure_locations")),
    )
    with op.batch_alter_table("figure_locations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_figure_locations_admin1_pcode"), ["admin1_pcode"], unique=False)

    op.create_table(
        "review_comments",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("figure_id", sa.String(length=64), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["figure_id"],
            ["figures.id"],
            name=op.f("fk_review_comments_figure_id_figures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comments")),
    )
    with op.batch_alter_table("review_comments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_comments_figure_id"), ["figure_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_comments_figure_id"))

    op.drop_table("review_comments")
    with op.batch_alter_table("figure_locations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_figure_locations_admin1_pcode"))

    op.drop_table("figure_locations")
    with op.batch_alter_table("timeline_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timeline_entries_country"))

    op.drop_table("timeline_entries")
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_figures_source_id"))
        batch_op.drop_index(batch_op.f("ix_figures_event_id"))
        batch_op.drop_index(batch_op.f("ix_figures_end_date"))
        batch_op.drop_index(batch_op.f("ix_figures_document_id"))
        batch_op.drop_index("ix_figures_country_category_end_date")
        batch_op.drop_index(batch_op.f("ix_figures_country"))

    op.drop_table("figures")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_crisis_id"))

    op.drop_table("events")
    op.drop_table("document_publishers")
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_tokens_user_id"))

    op.drop_table("api_tokens")
    op.drop_table("users")
    op.drop_table("sources")
    op.drop_table("policy_instruments")
    op.drop_table("household_sizes")
    op.drop_table("history")
    op.drop_table("documents")
    op.drop_table("crises")
