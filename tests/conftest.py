"""Test fixtures: the same store tests run on SQLite (a temp file) and on a real PostgreSQL server.

PostgreSQL comes from IDMON_TEST_POSTGRES_URL (default: postgresql://postgres@127.0.0.1:5432/test). Each test run
creates its own database on that server and drops it at the end, so runs do not collide. When the server cannot be
reached the PostgreSQL tests are skipped locally, but fail under CI (CI=true): CI must never skip them silently.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL

from idmon.store import Store
from idmon.store import tables as t
from idmon.store.engine import resolve_url

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# Tests build the default gazetteer afresh and never write into the user's cache folder (tests/geo covers the cache).
os.environ.setdefault("IDMON_NO_GAZETTEER_CACHE", "1")
PG_BASE = os.environ.get("IDMON_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _admin_engine() -> sa.Engine:
    return sa.create_engine(resolve_url(PG_BASE), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[URL]:
    """The URL of a PostgreSQL database made for this test run (dropped afterwards)."""
    name = f"idmon_test_{os.getpid()}_{secrets.token_hex(3)}"
    admin = _admin_engine()
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        message = f"PostgreSQL is not reachable at {PG_BASE} (set IDMON_TEST_POSTGRES_URL): {exc}"
        if IN_CI:
            pytest.fail("CI requires the PostgreSQL tests to run. " + message, pytrace=False)
        pytest.skip(message)
    try:
        yield resolve_url(PG_BASE).set(database=name)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_store_session(pg_url: URL) -> Iterator[Store]:
    store = Store.open(pg_url.render_as_string(hide_password=False), user="tester", create=True)
    yield store
    store.close()


def _truncate(store: Store) -> None:
    names = ", ".join(table.name for table in t.metadata.sorted_tables)
    with store.engine.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL to an empty, migrated idmon database on the backend under test."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'idmon.db'}"
        Store.open(url, create=True).close()
        yield url
        return
    store: Store = request.getfixturevalue("pg_store_session")
    _truncate(store)
    yield store.url.render_as_string(hide_password=False)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.open(db_url, user="tester")
    yield s
    s.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI, a run in which no PostgreSQL test passed is a failed run."""
    if not IN_CI or exitstatus != 0:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    passed = reporter.stats.get("passed", []) if reporter else []
    if not any("postgres" in getattr(r, "keywords", {}) for r in passed):
        if reporter:
            reporter.write_line("CI: no PostgreSQL test passed; failing the run", red=True)
        session.exitstatus = 1
