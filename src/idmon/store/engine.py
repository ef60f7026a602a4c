"""Database URLs and engines: embedded SQLite by default (WAL mode), PostgreSQL for teams, the same code."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from platformdirs import user_data_path
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from idmon.errors import DatabaseNotReady, MissingExtra

ENV_URL = "IDMON_DATABASE_URL"


def default_database_path() -> Path:
    """The embedded database's file, in the user's data directory (e.g. ~/.local/share/idmon/idmon.db)."""
    return user_data_path("idmon", appauthor=False) / "idmon.db"


def resolve_url(url: str | None = None) -> URL:
    """The URL to use: the one given, else ``IDMON_DATABASE_URL``, else the embedded default.

    A plain file path means a SQLite file; ``postgresql://`` and ``postgres://`` use the psycopg 3 driver.
    """
    text = url or os.environ.get(ENV_URL) or ""
    if not text:
        return URL.create("sqlite", database=str(default_database_path()))
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser()))
    if text.startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://") :]
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise DatabaseNotReady(f"cannot read the database URL {text!r}: {exc}") from None
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseNotReady(
            f"idmon supports SQLite and PostgreSQL, not {parsed.get_backend_name()!r} ({safe_url(parsed)})"
        )
    return parsed


def safe_url(url: URL) -> str:
    """The URL with any password hidden, for messages."""
    return url.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin: savepoints need it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # reads of whole windows of figures (totals for every country) touch pages all over the file
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def make_engine(url: URL) -> sa.Engine:
    """An engine for ``url``; creates the SQLite file's folder; checks that the PostgreSQL driver is installed."""
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"check_same_thread": False})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    if importlib.util.find_spec("psycopg") is None:
        raise MissingExtra("psycopg", "postgres")
    return sa.create_engine(url, pool_pre_ping=True)
