"""The database itself refuses bad rows: raw SQL through the driver, bypassing the Store, on both backends."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from idmon.store import Store

BASE: dict[str, Any] = {
    "id": "raw-1",
    "category": "idps",
    "unit": "person",
    "review_status": "approved",
    "method": "manual",
    "vague": False,
    "version": 1,
    "created_at": "2026-01-01T00:00:00+00:00",
    "updated_at": "2026-01-01T00:00:00+00:00",
}


class Raw:
    """A bare driver connection: no SQLAlchemy, no idmon, no foreign-key pragma."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.sqlite = parsed.get_backend_name() == "sqlite"
        if self.sqlite:
            self.conn: Any = sqlite3.connect(parsed.database or "")
        else:
            self.conn = psycopg.connect(parsed.set(drivername="postgresql").render_as_string(hide_password=False))
        self.errors: tuple[type[Exception], ...] = (
            (sqlite3.IntegrityError,) if self.sqlite else (psycopg.errors.IntegrityError, psycopg.errors.DataError)
        )

    def insert(self, table: str, row: dict[str, Any]) -> None:
        mark = "?" if self.sqlite else "%s"
        columns = ", ".join(row)
        sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(mark for _ in row)})"
        try:
            self.conn.execute(sql, list(row.values()))
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise

    def count(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def raw(db_url: str) -> Iterator[Raw]:
    r = Raw(db_url)
    yield r
    r.conn.close()


def test_a_good_row_goes_in(raw: Raw) -> None:
    raw.insert(
        "figures",
        {**BASE, "country": "MLI", "reported": 230000, "start_date": "2013-01-01", "end_date": "2013-01-14"},
    )
    raw.insert("figures", {**BASE, "id": "raw-abyei", "country": "AB9"})
    raw.insert("figures", {**BASE, "id": "raw-kosovo", "country": "XKX"})
    assert raw.count("figures") == 3


BAD_FIGURES = {
    "unknown category": {"category": "idp"},
    "unknown term": {"term": "fled"},
    "unknown unit": {"unit": "families"},
    "unknown qualifier": {"qualifier": "roughly"},
    "unknown review status": {"review_status": "done"},
    "unknown hazard": {"hazard": "tsunami-ish"},
    "negative reported": {"reported": -5},
    "range upside down": {"reported": 10, "reported_max": 5},
    "end before start": {"start_date": "2013-02-01", "end_date": "2013-01-01"},
    "unknown ISO3": {"country": "XXX"},
    "lower-case ISO3": {"country": "mli"},
    "household size zero": {"household_size": 0},
    "confidence above one": {"confidence": 1.5},
}


@pytest.mark.parametrize("change", BAD_FIGURES.values(), ids=list(BAD_FIGURES))
def test_bad_figure_rows_are_refused(raw: Raw, change: dict[str, Any]) -> None:
    with pytest.raises(raw.errors):
        raw.insert("figures", {**BASE, **change})
    assert raw.count("figures") == 0


@pytest.mark.parametrize("bad", ["2013-13-01", "2013-02-30", "not a date"])
def test_malformed_dates_are_refused(raw: Raw, bad: str) -> None:
    with pytest.raises(raw.errors):
        raw.insert("figures", {**BASE, "end_date": bad})
    assert raw.count("figures") == 0


@pytest.mark.parametrize("other_format", ["14 January 2013", "2013-1-5", "2013-01-14T10:00:00"])
def test_sqlite_keeps_dates_in_one_format(tmp_path: Path, other_format: str) -> None:
    """PostgreSQL's DATE turns any date it can read into a date; SQLite stores text, so it must refuse others."""
    url = f"sqlite:///{tmp_path / 'x.db'}"
    Store.open(url, create=True).close()
    raw = Raw(url)
    with pytest.raises(raw.errors):
        raw.insert("figures", {**BASE, "end_date": other_format})
    raw.conn.close()


def test_text_in_a_number_column_is_refused(raw: Raw) -> None:
    with pytest.raises(raw.errors):
        raw.insert("figures", {**BASE, "reported": "many"})


def test_bad_location_rows_are_refused(raw: Raw) -> None:
    raw.insert("figures", {**BASE})
    loc = {"figure_id": "raw-1", "position": 0, "country": "MLI", "role": "both"}
    raw.insert("figure_locations", loc)
    for change in (
        {"country": "ZZZ"},
        {"role": "here"},
        {"precision": "city"},
        {"lat": 91.0},
        {"lon": -181.0},
    ):
        with pytest.raises(raw.errors):
            raw.insert("figure_locations", {**loc, "position": 1, **change})
    assert raw.count("figure_locations") == 1


def test_bad_context_and_source_rows_are_refused(raw: Raw) -> None:
    stamps = {"version": 1, "created_at": BASE["created_at"], "updated_at": BASE["updated_at"]}
    with pytest.raises(raw.errors):
        raw.insert("household_sizes", {"id": "h", "country": "MLI", "year": 2013, "size": -1, **stamps})
    with pytest.raises(raw.errors):
        raw.insert("household_sizes", {"id": "h", "country": "FRX", "year": 2013, "size": 5, **stamps})
    with pytest.raises(raw.errors):
        raw.insert("sources", {"id": "s", "name": "x", "kind": "blog", "reliability": "high", **stamps})
    with pytest.raises(raw.errors):
        raw.insert("sources", {"id": "s", "name": "x", "kind": "media", "reliability": "very", **stamps})
    with pytest.raises(raw.errors):
        raw.insert(
            "timeline_entries",
            {
                "id": "t",
                "country": "MLI",
                "date": "2013-01-xx",
                "date_accuracy": "day",
                "title": "x",
                **stamps,
            },
        )
    assert raw.count("household_sizes") + raw.count("sources") + raw.count("timeline_entries") == 0
