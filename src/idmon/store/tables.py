"""The database schema (SQLAlchemy Core). The only module, with the migrations, that knows table layouts.

The database enforces the vocabulary and basic sanity itself (CHECK constraints named ``ck_<table>_<rule>``), so a
row written by any tool, not only idmon, is held to the same rules. Migrations under ``migrations/versions`` create
exactly this schema; a test compares the two.
"""

from __future__ import annotations

from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from idmon.domain import vocabulary as v
from idmon.domain.countries import country_names

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

JSON = sa.JSON().with_variant(JSONB(), "postgresql")
ID = sa.String(64)


def quoted(values: list[str]) -> str:
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)


def one_of(column: str, enum: type[StrEnum], nullable: bool = True) -> sa.CheckConstraint:
    """CHECK that a column holds one of the vocabulary's slugs."""
    rule = f"{column} IN ({quoted(v.slugs(enum))})"
    if nullable:
        rule = f"{column} IS NULL OR {rule}"
    return sa.CheckConstraint(rule, name=column)


def iso3(column: str, nullable: bool = True) -> sa.CheckConstraint:
    rule = f"{column} IN ({quoted(sorted(country_names()))})"
    if nullable:
        rule = f"{column} IS NULL OR {rule}"
    return sa.CheckConstraint(rule, name=f"{column}_iso3")


def sqlite_date(column: str) -> sa.CheckConstraint:
    """SQLite stores dates as text: refuse anything that is not a real YYYY-MM-DD date (PostgreSQL's DATE does)."""
    return sa.CheckConstraint(
        f"{column} IS NULL OR date({column}, '+0 days') IS {column}", name=f"{column}_date"
    ).ddl_if(dialect="sqlite")


def sqlite_type(column: str, *types: str) -> sa.CheckConstraint:
    """SQLite accepts any value in any column: refuse values of the wrong storage class."""
    allowed = quoted(["null", *types])
    return sa.CheckConstraint(f"typeof({column}) IN ({allowed})", name=f"{column}_type").ddl_if(dialect="sqlite")


def not_before(start: str, end: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(f"{start} IS NULL OR {end} IS NULL OR {start} <= {end}", name=f"{start}_le_{end}")


def stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.String(300), nullable=False, unique=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("reliability", sa.String(10), nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("notes", sa.Text),
    *stamps(),
    one_of("kind", v.SourceKind, nullable=False),
    one_of("reliability", v.Reliability, nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("language", sa.String(16)),
    sa.Column("content_hash", sa.String(64), unique=True),
    sa.Column("text", sa.Text),
    sa.Column("original", sa.LargeBinary),
    sa.Column("origin", sa.String(10), nullable=False),
    sa.Column("origin_ref", sa.Text),
    sa.Column("media_type", sa.String(100)),
    sa.Column("retrieved_at", sa.DateTime(timezone=True)),
    *stamps(),
    one_of("origin", v.DocumentOrigin, nullable=False),
    sa.CheckConstraint("content_hash IS NULL OR length(content_hash) = 64", name="content_hash_sha256"),
    sqlite_date("published"),
)

document_publishers = sa.Table(
    "document_publishers",
    metadata,
    sa.Column("document_id", ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("source_id", ID, sa.ForeignKey("sources.id"), primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
)

crises = sa.Table(
    "crises",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("cause", sa.String(10), nullable=False),
    sa.Column("countries", JSON, nullable=False),
    sa.Column("start_date", sa.Date),
    sa.Column("end_date", sa.Date),
    sa.Column("description", sa.Text),
    *stamps(),
    one_of("cause", v.Cause, nullable=False),
    not_before("start_date", "end_date"),
    sqlite_date("start_date"),
    sqlite_date("end_date"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("crisis_id", ID, sa.ForeignKey("crises.id", ondelete="SET NULL"), index=True),
    sa.Column("cause", sa.String(10), nullable=False),
    sa.Column("violence", sa.String(40)),
    sa.Column("violence_subtype", sa.String(20)),
    sa.Column("hazard_category", sa.String(20)),
    sa.Column("hazard", sa.String(30)),
    sa.Column("glide", sa.String(60)),
    sa.Column("acled_id", sa.String(60)),
    sa.Column("ifrc_appeal_id", sa.String(60)),
    sa.Column("government_id", sa.String(120)),
    sa.Column("countries", JSON, nullable=False),
    sa.Column("start_date", sa.Date),
    sa.Column("start_date_accuracy", sa.String(10)),
    sa.Column("end_date", sa.Date),
    sa.Column("end_date_accuracy", sa.String(10)),
    sa.Column("description", sa.Text),
    *stamps(),
    one_of("cause", v.Cause, nullable=False),
    one_of("violence", v.Violence),
    one_of("violence_subtype", v.ViolenceSubtype),
    one_of("hazard_category", v.HazardCategory),
    one_of("hazard", v.Hazard),
    one_of("start_date_accuracy", v.DateAccuracy),
    one_of("end_date_accuracy", v.DateAccuracy),
    not_before("start_date", "end_date"),
    sqlite_date("start_date"),
    sqlite_date("end_date"),
)

figures = sa.Table(
    "figures",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("country", sa.String(3), index=True),
    sa.Column("category", sa.String(40), nullable=False),
    sa.Column("term", sa.String(40)),
    sa.Column("reported", sa.BigInteger),
    sa.Column("reported_max", sa.BigInteger),
    sa.Column("quantity_text", sa.Text),
    sa.Column("vague", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("qualifier", sa.String(20)),
    sa.Column("unit", sa.String(10), nullable=False),
    sa.Column("household_size", sa.Float),
    sa.Column("total", sa.BigInteger),
    sa.Column("calculation_logic", sa.Text),
    sa.Column("cause", sa.String(10)),
    sa.Column("violence", sa.String(40)),
    sa.Column("violence_subtype", sa.String(20)),
    sa.Column("hazard_category", sa.String(20)),
    sa.Column("hazard", sa.String(30)),
    sa.Column("start_date", sa.Date),
    sa.Column("start_date_accuracy", sa.String(10)),
    sa.Column("end_date", sa.Date, index=True),
    sa.Column("end_date_accuracy", sa.String(10)),
    sa.Column("role", sa.String(20)),
    sa.Column("review_status", sa.String(20), nullable=False),
    sa.Column("disaggregation", JSON),
    sa.Column("excerpt", sa.Text),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
    sa.Column("method", sa.String(100), nullable=False),
    sa.Column("confidence", sa.Float),
    sa.Column("document_id", ID, sa.ForeignKey("documents.id", ondelete="SET NULL"), index=True),
    sa.Column("source_id", ID, sa.ForeignKey("sources.id"), index=True),
    sa.Column("event_id", ID, sa.ForeignKey("events.id", ondelete="SET NULL"), index=True),
    sa.Column("notes", sa.Text),
    *stamps(),
    iso3("country"),
    one_of("category", v.Category, nullable=False),
    one_of("term", v.Term),
    one_of("qualifier", v.Qualifier),
    one_of("unit", v.Unit, nullable=False),
    one_of("cause", v.Cause),
    one_of("violence", v.Violence),
    one_of("violence_subtype", v.ViolenceSubtype),
    one_of("hazard_category", v.HazardCategory),
    one_of("hazard", v.Hazard),
    one_of("start_date_accuracy", v.DateAccuracy),
    one_of("end_date_accuracy", v.DateAccuracy),
    one_of("role", v.FigureRole),
    one_of("review_status", v.ReviewStatus, nullable=False),
    sa.CheckConstraint("reported IS NULL OR reported >= 0", name="reported_not_negative"),
    sa.CheckConstraint("reported_max IS NULL OR reported_max >= reported", name="reported_max_ge_reported"),
    sa.CheckConstraint("total IS NULL OR total >= 0", name="total_not_negative"),
    sa.CheckConstraint("household_size IS NULL OR (household_size > 0 AND household_size <= 50)", name="hh_size"),
    sa.CheckConstraint("confidence IS NULL OR (confidence >= 0 AND confidence <= 1)", name="confidence_range"),
    sa.CheckConstraint("span_start IS NULL OR (span_start >= 0 AND span_end >= span_start)", name="span"),
    not_before("start_date", "end_date"),
    sqlite_date("start_date"),
    sqlite_date("end_date"),
    sqlite_type("reported", "integer"),
    sqlite_type("reported_max", "integer"),
    sqlite_type("total", "integer"),
    sqlite_type("household_size", "real", "integer"),
    sa.Index("ix_figures_country_category_end_date", "country", "category", "end_date"),
    # totals for every country at once (stock_all, flows_all) read by category and date
    sa.Index("ix_figures_category_end_date", "category", "end_date"),
)

figure_locations = sa.Table(
    "figure_locations",
    metadata,
    sa.Column("figure_id", ID, sa.ForeignKey("figures.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("country", sa.String(3), nullable=False),
    sa.Column("admin1", sa.Text),
    sa.Column("admin1_pcode", sa.String(40), index=True),
    sa.Column("admin2", sa.Text),
    sa.Column("admin2_pcode", sa.String(40)),
    sa.Column("place", sa.Text),
    sa.Column("geonames_id", sa.BigInteger),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("precision", sa.String(10)),
    sa.Column("role", sa.String(12), nullable=False),
    iso3("country", nullable=False),
    one_of("precision", v.Precision),
    one_of("role", v.LocationRole, nullable=False),
    sa.CheckConstraint("lat IS NULL OR (lat >= -90 AND lat <= 90)", name="lat_range"),
    sa.CheckConstraint("lon IS NULL OR (lon >= -180 AND lon <= 180)", name="lon_range"),
    sqlite_type("lat", "real", "integer"),
    sqlite_type("lon", "real", "integer"),
)

#: One narrow row per dated figure with what totals for every country need, kept by triggers (store/digest.py) in
#: step with figures, their first location and their source, and stored in the order those totals read it:
#: by category and deciding date (a stock's as-of date, a flow's start date or, without one, its end date).
figure_digest = sa.Table(
    "figure_digest",
    metadata,
    sa.Column("category", sa.String(40), primary_key=True),
    sa.Column("day", sa.Date, primary_key=True),
    sa.Column("figure_id", ID, primary_key=True),
    sa.Column("country", sa.String(3)),
    sa.Column("start_date", sa.Date),
    sa.Column("end_date", sa.Date),
    sa.Column("total", sa.BigInteger),
    sa.Column("review_status", sa.String(20), nullable=False),
    sa.Column("role", sa.String(20)),
    sa.Column("qualifier", sa.String(20)),
    sa.Column("cause", sa.String(10)),
    sa.Column("event_id", ID),
    sa.Column("source_id", ID),
    sa.Column("reliability", sa.String(10)),
    sa.Column("admin1", sa.Text),
    sa.Column("admin1_pcode", sa.String(40)),
    sa.Column("precision", sa.String(10)),
    # 1 when the first location names an admin2, a place or a GeoNames id: only the domain rules key those
    sa.Column("deeper", sa.SmallInteger, nullable=False),
    sa.Index("ix_figure_digest_figure_id", "figure_id"),
    sa.Index("ix_figure_digest_source_id", "source_id"),
    sqlite_with_rowid=False,
)
#: PostgreSQL keeps rows in the order they were written, not in key order: this index holds the columns totals read,
#: so that a year of one category is read from the index alone (SQLite's table is already stored in key order).
DIGEST_READ_COLUMNS = [
    "country", "admin1", "admin1_pcode", "deeper", "total", "start_date", "end_date", "role", "review_status",
    "reliability", "qualifier", "precision", "cause", "event_id", "figure_id",
]  # fmt: skip
sa.Index(
    "ix_figure_digest_read", figure_digest.c.category, figure_digest.c.day, postgresql_include=DIGEST_READ_COLUMNS
).ddl_if(dialect="postgresql")

review_comments = sa.Table(
    "review_comments",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("figure_id", ID, sa.ForeignKey("figures.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("author", sa.String(120), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("username", sa.String(120), nullable=False, unique=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("full_name", sa.Text),
    sa.Column("email", sa.Text),
    sa.Column("password_hash", sa.Text),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    one_of("role", v.UserRole, nullable=False),
)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("user_id", ID, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("name", sa.String(120)),
    sa.Column("token_hash", sa.String(128), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True)),
)

timeline_entries = sa.Table(
    "timeline_entries",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("country", sa.String(3), nullable=False, index=True),
    sa.Column("date", sa.Date, nullable=False),
    sa.Column("date_accuracy", sa.String(10), nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("description", sa.Text),
    sa.Column("event_id", ID, sa.ForeignKey("events.id", ondelete="SET NULL")),
    sa.Column("source_url", sa.Text),
    *stamps(),
    iso3("country", nullable=False),
    one_of("date_accuracy", v.DateAccuracy, nullable=False),
    sqlite_date("date"),
)

policy_instruments = sa.Table(
    "policy_instruments",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("country", sa.String(3), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("signed_date", sa.Date),
    sa.Column("ratified_date", sa.Date),
    sa.Column("adopted_date", sa.Date),
    sa.Column("description", sa.Text),
    sa.Column("url", sa.Text),
    *stamps(),
    sa.UniqueConstraint("country", "name"),
    iso3("country", nullable=False),
    one_of("kind", v.PolicyKind, nullable=False),
    sqlite_date("signed_date"),
    sqlite_date("ratified_date"),
    sqlite_date("adopted_date"),
)

household_sizes = sa.Table(
    "household_sizes",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("country", sa.String(3), nullable=False),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("size", sa.Float, nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("notes", sa.Text),
    *stamps(),
    sa.UniqueConstraint("country", "year"),
    iso3("country", nullable=False),
    sa.CheckConstraint("size > 0 AND size <= 50", name="size_range"),
    sa.CheckConstraint("year >= 1900 AND year <= 2200", name="year_range"),
    sqlite_type("size", "real", "integer"),
)

history = sa.Table(
    "history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("record_id", ID, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("by", sa.String(120), nullable=False),
    sa.Column("action", sa.String(10), nullable=False),
    sa.Column("before", JSON),
    sa.Column("after", JSON),
    sa.Column("note", sa.Text),
    sa.UniqueConstraint("kind", "record_id", "version"),
    sa.CheckConstraint("action IN ('create', 'update', 'delete', 'restore')", name="action"),
    sa.CheckConstraint("version >= 1", name="version_positive"),
)


gazetteer_entries = sa.Table(
    "gazetteer_entries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.String(300), nullable=False, index=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(3), nullable=False, index=True),
    sa.Column("precision", sa.String(10), nullable=False),
    sa.Column("admin1", sa.Text),
    sa.Column("admin1_pcode", sa.String(40)),
    sa.Column("admin2", sa.Text),
    sa.Column("admin2_pcode", sa.String(40)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("population", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("geonames_id", sa.BigInteger),
    sa.Column("aliases", JSON, nullable=False),
    iso3("country", nullable=False),
    one_of("precision", v.Precision, nullable=False),
    sa.CheckConstraint("lat IS NULL OR (lat >= -90 AND lat <= 90)", name="lat_range"),
    sa.CheckConstraint("lon IS NULL OR (lon >= -180 AND lon <= 180)", name="lon_range"),
)

pcode_areas = sa.Table(
    "pcode_areas",
    metadata,
    sa.Column("country", sa.String(3), primary_key=True),
    sa.Column("pcode", sa.String(40), primary_key=True),
    sa.Column("level", sa.Integer, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("parent_pcode", sa.String(40)),
    sa.Column("source", sa.String(300), nullable=False, index=True),
    iso3("country", nullable=False),
    sa.CheckConstraint("level >= 0 AND level <= 5", name="level_range"),
)

gazetteer_sources = sa.Table(
    "gazetteer_sources",
    metadata,
    sa.Column("source", sa.String(300), primary_key=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("entries", sa.Integer, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("loaded_by", sa.String(120), nullable=False),
    sa.CheckConstraint("kind IN ('geonames', 'pcodes')", name="kind"),
)
