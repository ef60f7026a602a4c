"""How each versioned kind of record maps to its table(s): one description per kind, one generic mechanism.

Flat records map column-for-field. Figures keep their locations, and documents their publishers, in child tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from idmon.domain.model import (
    Crisis,
    Disaggregation,
    Document,
    Event,
    Figure,
    HouseholdSize,
    Location,
    PolicyInstrument,
    Source,
    TimelineEntry,
)
from idmon.domain.records import from_dict, record_fields, to_dict
from idmon.store import tables as t

Loader = Callable[[sa.Connection, Sequence[str]], dict[str, Any]]
Writer = Callable[[sa.Connection, Any], None]
STAMPS = ("version", "created_at", "updated_at")


def _db_value(value: object) -> object:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, Disaggregation):
        return None if value.is_empty() else to_dict(value)
    return value


def utc(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone: they were written in UTC."""
    if value is None or value.tzinfo:
        return value
    return value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Kind:
    """A versioned kind of record: its name in history, its type, table, id prefix and child tables."""

    name: str
    cls: type
    table: sa.Table
    prefix: str
    child_field: str | None = None
    load_children: Loader | None = None
    write_children: Writer | None = None
    columns: tuple[str, ...] = field(init=False)
    readable: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", tuple(c.name for c in self.table.columns))
        object.__setattr__(self, "readable", frozenset(self.columns) & set(record_fields(self.cls)))

    def to_row(self, record: Any) -> dict[str, object]:
        return {c: _db_value(getattr(record, c)) for c in self.columns if hasattr(record, c)}

    def from_rows(self, conn: sa.Connection, rows: Sequence[sa.Row[Any]]) -> list[Any]:
        ids = [row.id for row in rows]
        children = self.load_children(conn, ids) if self.load_children and ids else {}
        records: list[Any] = []
        for row in rows:
            data = {k: v for k, v in row._mapping.items() if k in self.readable}
            for stamp in ("created_at", "updated_at", "retrieved_at"):
                if stamp in data:
                    data[stamp] = utc(data[stamp])
            if self.child_field:
                data[self.child_field] = children.get(row.id, [])
            if data.get("disaggregation") is None and "disaggregation" in data:
                data.pop("disaggregation")
            records.append(from_dict(self.cls, data))
        return records


def _load_locations(conn: sa.Connection, ids: Sequence[str]) -> dict[str, Any]:
    out: dict[str, list[Location]] = {}
    loc = t.figure_locations
    query = sa.select(loc).where(loc.c.figure_id.in_(list(ids))).order_by(loc.c.figure_id, loc.c.position)
    for row in conn.execute(query):
        data = {k: v for k, v in row._mapping.items() if k not in ("figure_id", "position") and v is not None}
        out.setdefault(row.figure_id, []).append(from_dict(Location, data))
    return out


def _write_locations(conn: sa.Connection, figure: Figure) -> None:
    conn.execute(sa.delete(t.figure_locations).where(t.figure_locations.c.figure_id == figure.id))
    rows = [
        {"figure_id": figure.id, "position": i, **{k: _db_value(v) for k, v in to_dict(loc).items()}}
        for i, loc in enumerate(figure.locations)
    ]
    if rows:
        conn.execute(sa.insert(t.figure_locations), rows)


def _load_publishers(conn: sa.Connection, ids: Sequence[str]) -> dict[str, Any]:
    pub = t.document_publishers
    out: dict[str, list[str]] = {}
    query = sa.select(pub).where(pub.c.document_id.in_(list(ids))).order_by(pub.c.document_id, pub.c.position)
    for row in conn.execute(query):
        out.setdefault(row.document_id, []).append(row.source_id)
    return out


def _write_publishers(conn: sa.Connection, document: Document) -> None:
    pub = t.document_publishers
    conn.execute(sa.delete(pub).where(pub.c.document_id == document.id))
    rows = [{"document_id": document.id, "source_id": s, "position": i} for i, s in enumerate(document.publishers)]
    if rows:
        conn.execute(sa.insert(pub), rows)


FIGURE = Kind("figure", Figure, t.figures, "fig", "locations", _load_locations, _write_locations)
DOCUMENT = Kind("document", Document, t.documents, "doc", "publishers", _load_publishers, _write_publishers)
SOURCE = Kind("source", Source, t.sources, "src")
CRISIS = Kind("crisis", Crisis, t.crises, "cri")
EVENT = Kind("event", Event, t.events, "evt")
TIMELINE = Kind("timeline-entry", TimelineEntry, t.timeline_entries, "tle")
POLICY = Kind("policy-instrument", PolicyInstrument, t.policy_instruments, "pol")
HOUSEHOLD_SIZE = Kind("household-size", HouseholdSize, t.household_sizes, "hhs")

KINDS: dict[str, Kind] = {
    k.name: k for k in (FIGURE, DOCUMENT, SOURCE, CRISIS, EVENT, TIMELINE, POLICY, HOUSEHOLD_SIZE)
}
BY_CLASS: dict[type, Kind] = {k.cls: k for k in KINDS.values()}
