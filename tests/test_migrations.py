"""Migrations up and down on both backends, and the migrated schema matches the tables the code uses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import URL

from idmon.errors import DatabaseNotReady
from idmon.store import Store, migrate
from idmon.store.engine import make_engine, resolve_url
from idmon.store.tables import metadata

IDMON_TABLES = {table.name for table in metadata.sorted_tables}


@pytest.fixture
def empty_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """An empty database (no idmon tables) on the backend under test."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'm.db'}"
    base: URL = request.getfixturevalue("pg_url")
    name = f"{base.database}_m"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    request.addfinalizer(lambda: _drop(base, name))
    return base.set(database=name).render_as_string(hide_password=False)


def _drop(base: URL, name: str) -> None:
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _tables(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


def test_upgrade_downgrade_upgrade(empty_url: str) -> None:
    engine = make_engine(resolve_url(empty_url))
    try:
        migrate.upgrade(engine)
        assert _tables(engine) == IDMON_TABLES
        assert migrate.current_revision(engine) == migrate.head_revision()
        migrate.downgrade(engine, "base")
        assert _tables(engine) == set()
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert _tables(engine) == IDMON_TABLES
    finally:
        engine.dispose()


def test_migrated_schema_matches_the_code(empty_url: str) -> None:
    engine = make_engine(resolve_url(empty_url))
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            dialect = conn.dialect.name

            def on_this_backend(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
                # an index made for one backend only (Index.ddl_if), which alembic's comparison does not know of
                only = getattr(getattr(obj, "_ddl_if", None), "dialect", None)
                return type_ != "index" or only is None or only == dialect

            opts = {"compare_type": True, "include_object": on_this_backend}
            diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_store_refuses_a_database_without_schema(empty_url: str, backend: str) -> None:
    if backend == "sqlite":
        engine = make_engine(resolve_url(empty_url))
        with engine.begin() as conn:  # not empty, not idmon's: never touched automatically
            conn.execute(sa.text("CREATE TABLE other (x INTEGER)"))
        engine.dispose()
    with pytest.raises(DatabaseNotReady, match="idmon init"):
        Store.open(empty_url, create=False if backend == "sqlite" else None)


def test_store_refuses_an_old_schema(empty_url: str) -> None:
    engine = make_engine(resolve_url(empty_url))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0000'"))
    engine.dispose()
    with pytest.raises(DatabaseNotReady, match="schema 0000"):
        Store.open(empty_url)


def test_fresh_sqlite_file_is_created_on_open(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sub' / 'new.db'}"
    with Store.open(url) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_urls() -> None:
    assert resolve_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    assert resolve_url("/tmp/x.db").render_as_string() == "sqlite:////tmp/x.db"
    with pytest.raises(DatabaseNotReady, match="SQLite and PostgreSQL"):
        resolve_url("mysql://u@h/db")


def test_default_url_is_in_user_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("IDMON_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert resolve_url(None).database == str(tmp_path / "idmon" / "idmon.db")
    monkeypatch.setenv("IDMON_DATABASE_URL", "sqlite:////elsewhere.db")
    assert resolve_url(None).database == "/elsewhere.db"


def test_step_by_step_upgrade_keeps_data(empty_url: str) -> None:
    """A database made by an older idmon upgrades in place, its figures kept."""
    engine = make_engine(resolve_url(empty_url))
    try:
        migrate.upgrade(engine, "0001")
    finally:
        engine.dispose()
    with pytest.raises(DatabaseNotReady, match="idmon init"):
        Store.open(empty_url)
    engine = make_engine(resolve_url(empty_url))
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO figures (id, category, unit, review_status, method, vague, version, created_at,"
                    " updated_at)"
                    " VALUES ('old', 'idps', 'person', 'approved', 'manual', false, 1, '2026-01-01', '2026-01-01')"
                )
            )
        migrate.upgrade(engine)
        assert "ix_figures_category_end_date" in {i["name"] for i in sa.inspect(engine).get_indexes("figures")}
        migrate.downgrade(engine, "0001")
        assert "ix_figures_category_end_date" not in {i["name"] for i in sa.inspect(engine).get_indexes("figures")}
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    with Store.open(empty_url) as store:
        assert store.get_figure("old").category == "idps"
