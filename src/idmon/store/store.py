"""The Store: the one object that reads and writes idmon's database. Every change is versioned in ``history``."""

from __future__ import annotations

import getpass
import hashlib
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError, OperationalError

from idmon.domain import rules
from idmon.domain.ids import new_id
from idmon.domain.model import Document, Figure, HouseholdSize, Source, Version
from idmon.domain.records import from_dict, record_fields, to_dict
from idmon.domain.vocabulary import Reliability
from idmon.errors import Conflict, DatabaseNotReady, InvalidRecord, NotFound, Problem
from idmon.store import migrate
from idmon.store import tables as t
from idmon.store.engine import make_engine, resolve_url, safe_url
from idmon.store.gazetteers import GazetteerMixin
from idmon.store.kinds import BY_CLASS, FIGURE, HOUSEHOLD_SIZE, KINDS, SOURCE, Kind, utc
from idmon.store.people import PeopleMixin
from idmon.store.queries import FigureFilter, FigureList, figure_query

R = TypeVar("R")


def current_user(explicit: str | None = None) -> str:
    """Who is making changes: ``--user``, else ``IDMON_USER``, else the operating-system user."""
    if explicit:
        return explicit
    if os.environ.get("IDMON_USER"):
        return os.environ["IDMON_USER"]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "unknown"


def _now() -> datetime:
    return datetime.now(UTC)


def _constraint_problem(exc: IntegrityError) -> Problem:
    text = str(exc.orig)
    return Problem("database", f"the database refused the change: {text.splitlines()[0]}")


class Store(PeopleMixin, GazetteerMixin):
    """idmon's database. Open one with :func:`idmon.open`; use it as a context manager to close it.

    Reads and writes go through typed methods; each write is one transaction, and ``with store.batch():`` groups
    several writes into one (all or nothing).
    """

    def __init__(self, engine: sa.Engine, url: URL, user: str | None = None) -> None:
        self.engine = engine
        self.url = url
        self.user = current_user(user)
        self._conn: sa.Connection | None = None

    # ---- opening -------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, *, user: str | None = None, create: bool | None = None) -> Store:
        """Open the database at ``url`` (default: ``IDMON_DATABASE_URL`` or the embedded SQLite file).

        ``create=True`` creates or upgrades the schema; ``None`` (the default) does so only for a SQLite database
        that has no tables yet, and otherwise requires the schema to be current.
        """
        resolved = resolve_url(url)
        database = resolved.database or ""
        sqlite_file = resolved.get_backend_name() == "sqlite" and database not in ("", ":memory:")
        if create is False and sqlite_file and not Path(database).exists():
            raise DatabaseNotReady(f"there is no database at {database}. Run:  idmon init --db '{database}'")
        engine = make_engine(resolved)
        try:
            revision = migrate.current_revision(engine)
            empty = revision is None and not sa.inspect(engine).get_table_names()
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseNotReady(f"cannot open the database {safe_url(resolved)}: {exc.orig}") from None
        fresh_sqlite = empty and resolved.get_backend_name() == "sqlite"
        if create or (create is None and fresh_sqlite):
            migrate.upgrade(engine)
        elif revision != migrate.head_revision():
            engine.dispose()
            what = "has no idmon schema" if revision is None else f"is at schema {revision}"
            raise DatabaseNotReady(
                f"the database {safe_url(resolved)} {what}; this idmon needs {migrate.head_revision()}. "
                f"Run:  idmon init --db '{safe_url(resolved)}'"
            )
        return cls(engine, resolved, user)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group the writes inside into one transaction: all are kept, or none when an error escapes."""
        if self._conn is not None:
            yield
            return
        with self.engine.begin() as conn:
            self._conn = conn
            try:
                yield
            finally:
                self._conn = None

    @contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        """A connection to read with: the batch's own inside ``batch()``, so that reads see its writes."""
        if self._conn is not None:
            yield self._conn
            return
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _tx(self) -> Iterator[sa.Connection]:
        try:
            if self._conn is not None:
                with self._conn.begin_nested():
                    yield self._conn
                return
            with self.engine.begin() as conn:
                yield conn
        except IntegrityError as exc:
            raise InvalidRecord([_constraint_problem(exc)]) from exc

    # ---- generic versioned records -------------------------------------------------------------------------
    def _load(self, conn: sa.Connection, kind: Kind, record_id: str, lock: bool = False) -> Any:
        query = sa.select(kind.table).where(kind.table.c.id == record_id)
        if lock and self.backend == "postgresql":
            query = query.with_for_update()
        rows = conn.execute(query).all()
        if not rows:
            raise NotFound(f"no {kind.name} with id {record_id!r}")
        return kind.from_rows(conn, rows)[0]

    def _log(
        self,
        conn: sa.Connection,
        kind: Kind,
        record_id: str,
        version: int,
        action: str,
        before: Any,
        after: Any,
        by: str | None,
        note: str | None = None,
    ) -> None:
        conn.execute(
            sa.insert(t.history).values(
                kind=kind.name,
                record_id=record_id,
                version=version,
                at=_now(),
                by=current_user(by) if by else self.user,
                action=action,
                before=None if before is None else to_dict(before),
                after=None if after is None else to_dict(after),
                note=note,
            )
        )

    def _insert(
        self,
        conn: sa.Connection,
        kind: Kind,
        record: Any,
        by: str | None,
        action: str = "create",
        note: str | None = None,
        version: int = 1,
    ) -> Any:
        if record.id is None:
            record = replace(record, id=new_id(kind.prefix))
        elif conn.execute(sa.select(kind.table.c.id).where(kind.table.c.id == record.id)).first():
            raise Conflict(f"a {kind.name} with id {record.id!r} exists already; edit it instead")
        now = _now()
        stamped = replace(record, version=version)
        row = {**kind.to_row(stamped), "created_at": now, "updated_at": now}
        conn.execute(sa.insert(kind.table).values(row))
        if kind.write_children:
            kind.write_children(conn, stamped)
        stored = self._load(conn, kind, stamped.id)
        self._log(conn, kind, stored.id, version, action, None, stored, by, note)
        return stored

    def _replace(
        self,
        conn: sa.Connection,
        kind: Kind,
        old: Any,
        new: Any,
        by: str | None,
        action: str = "update",
        note: str | None = None,
    ) -> Any:
        if _same(old, new):
            return old  # nothing changed: no new version
        version = old.version + 1
        row = {**kind.to_row(replace(new, version=version)), "updated_at": _now()}
        row.pop("created_at", None)
        conn.execute(sa.update(kind.table).where(kind.table.c.id == old.id).values(row))
        if kind.write_children:
            kind.write_children(conn, new)
        stored = self._load(conn, kind, old.id)
        self._log(conn, kind, old.id, version, action, old, stored, by, note)
        return stored

    def _delete(self, conn: sa.Connection, kind: Kind, record_id: str, by: str | None) -> None:
        old = self._load(conn, kind, record_id, lock=True)
        conn.execute(sa.delete(kind.table).where(kind.table.c.id == record_id))
        self._log(conn, kind, record_id, old.version + 1, "delete", old, None, by)

    def add(self, record: R, *, by: str | None = None) -> R:
        """Check and store a new record (any versioned kind); returns it as stored, with its id."""
        kind = BY_CLASS[type(record)]
        with self._tx() as conn:
            prepared = self._prepare(conn, record)
            stored: R = self._insert(conn, kind, prepared, by)
            return stored

    def update(self, record: R, *, by: str | None = None, note: str | None = None) -> R:
        """Check and store a changed record; a record that did not change gets no new version."""
        kind = BY_CLASS[type(record)]
        record_id = getattr(record, "id", None)
        if record_id is None:
            raise NotFound(f"cannot update a {kind.name} without an id")
        with self._tx() as conn:
            old = self._load(conn, kind, record_id, lock=True)
            given = getattr(record, "version", 0)
            if given and given != old.version:
                raise Conflict(
                    f"{kind.name} {record_id!r} changed since you read it (version {given}, now {old.version}); "
                    "read it again and redo your change"
                )
            prepared = self._prepare(conn, record)
            updated: R = self._replace(conn, kind, old, prepared, by, note=note)
            return updated

    def delete(self, kind_name: str, record_id: str, *, by: str | None = None) -> None:
        """Delete a record; its history keeps every version, so ``restore`` can bring it back."""
        with self._tx() as conn:
            self._delete(conn, self._kind(kind_name), record_id, by)

    def get(self, kind_name: str, record_id: str) -> Any:
        kind = self._kind(kind_name)
        with self._read() as conn:
            return self._load(conn, kind, record_id)

    def history(self, kind_name: str, record_id: str) -> list[Version]:
        """Every version of a record, oldest first (deleted records included)."""
        kind = self._kind(kind_name)
        h = t.history
        query = sa.select(h).where(h.c.kind == kind.name, h.c.record_id == record_id).order_by(h.c.version)
        with self._read() as conn:
            rows = conn.execute(query).all()
        if not rows:
            raise NotFound(f"no {kind.name} with id {record_id!r} has ever existed")
        order = record_fields(kind.cls)  # JSONB does not keep key order: put fields back in the model's order

        def ordered(snapshot: dict[str, Any] | None) -> dict[str, Any] | None:
            return None if snapshot is None else {k: snapshot[k] for k in order if k in snapshot}

        return [
            Version(
                kind=r.kind,
                record_id=r.record_id,
                version=r.version,
                at=utc(r.at) or _now(),
                by=r.by,
                action=r.action,
                before=ordered(r.before),
                after=ordered(r.after),
                note=r.note,
            )
            for r in rows
        ]

    def restore(self, kind_name: str, record_id: str, version: int, *, by: str | None = None) -> Any:
        """Bring back a record as it was at ``version``; the restore is itself a new version."""
        kind = self._kind(kind_name)
        versions = {v.version: v for v in self.history(kind_name, record_id)}
        if version not in versions:
            raise NotFound(f"{kind.name} {record_id!r} has versions {', '.join(map(str, versions))}, not {version}")
        snapshot = versions[version].after
        if snapshot is None:
            raise InvalidRecord([Problem("version", f"version {version} is the deletion; pick an earlier one")])
        record: Any = from_dict(kind.cls, snapshot)
        note = f"restored version {version}"
        with self._tx() as conn:
            exists = conn.execute(sa.select(kind.table.c.id).where(kind.table.c.id == record_id)).first()
            prepared = self._prepare(conn, record)
            if exists:
                old = self._load(conn, kind, record_id, lock=True)
                return self._replace(conn, kind, old, prepared, by, action="restore", note=note)
            return self._insert(conn, kind, prepared, by, "restore", note, version=max(versions) + 1)

    def _kind(self, name: str) -> Kind:
        if name not in KINDS:
            raise InvalidRecord([Problem("kind", f"{name!r} is not a kind of record", name, tuple(KINDS))])
        return KINDS[name]

    def _prepare(self, conn: sa.Connection, record: Any) -> Any:
        if isinstance(record, Figure):
            record = rules.prepare_figure(self._with_household_size(conn, record))
            self._check_references(conn, record)
        elif isinstance(record, Document):
            self._check_publishers(conn, record)
        rules.check(record)
        return record

    # ---- figures -------------------------------------------------------------------------------------------
    def add_figure(self, figure: Figure, *, by: str | None = None) -> Figure:
        return self.add(figure, by=by)

    def get_figure(self, figure_id: str) -> Figure:
        figure: Figure = self.get("figure", figure_id)
        return figure

    def figures(self, where: FigureFilter | None = None) -> FigureList:
        """Figures matching a filter, newest as-of date first."""
        where = where or FigureFilter()
        with self._read() as conn:
            rows = conn.execute(figure_query(where)).all()
            return FigureList(FIGURE.from_rows(conn, rows))

    def count_figures(self, where: FigureFilter | None = None) -> int:
        query = figure_query(replace(where or FigureFilter(), limit=None, offset=0))
        with self._read() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(query.subquery())).scalar_one())

    def _with_household_size(self, conn: sa.Connection, figure: Figure) -> Figure:
        """A household figure without a household size takes its country's average for the nearest year."""
        if figure.unit != "household" or figure.household_size is not None or not figure.country:
            return figure
        when = figure.end_date or figure.start_date
        hh = t.household_sizes
        rows = conn.execute(sa.select(hh.c.year, hh.c.size).where(hh.c.country == figure.country)).all()
        if not rows or when is None:
            return figure
        year, size = min(rows, key=lambda r: (abs(r.year - when.year), r.year))
        logic = f"{rules.NOTE}{figure.country} average household size for {year}, from the country context"
        return replace(figure, household_size=size, calculation_logic=logic)

    def _check_references(self, conn: sa.Connection, figure: Figure) -> None:
        problems = []
        for field_name, table in (
            ("document_id", t.documents),
            ("source_id", t.sources),
            ("event_id", t.events),
        ):
            value = getattr(figure, field_name)
            if value and not conn.execute(sa.select(table.c.id).where(table.c.id == value)).first():
                problems.append(Problem(field_name, f"no record with id {value!r}", value))
        if problems:
            raise InvalidRecord(problems, "figure")

    def _check_publishers(self, conn: sa.Connection, document: Document) -> None:
        for source_id in document.publishers:
            if not conn.execute(sa.select(t.sources.c.id).where(t.sources.c.id == source_id)).first():
                raise InvalidRecord([Problem("publishers", f"no source with id {source_id!r}", source_id)])

    # ---- sources -------------------------------------------------------------------------------------------
    def sources(self) -> list[Source]:
        with self._read() as conn:
            rows = conn.execute(sa.select(t.sources).order_by(t.sources.c.name)).all()
            return SOURCE.from_rows(conn, rows)

    def source_named(self, name: str) -> Source | None:
        """The source with this name (case and surrounding spaces ignored), if any."""
        key = name.strip().lower()
        with self._read() as conn:
            rows = conn.execute(sa.select(t.sources).where(sa.func.lower(t.sources.c.name) == key)).all()
            found = SOURCE.from_rows(conn, rows)
        return found[0] if found else None

    def ensure_source(self, name: str, reliability: Reliability | None = None, *, by: str | None = None) -> Source:
        """The source with this name, created (reliability ``unknown`` unless given) when there is none."""
        existing = self.source_named(name)
        if existing is not None:
            return existing
        return self.add(Source(name=name.strip(), reliability=reliability or Reliability.UNKNOWN), by=by)

    # ---- documents -----------------------------------------------------------------------------------------
    def add_document(self, document: Document, original: bytes | None = None, *, by: str | None = None) -> Document:
        """Store a document and its original bytes; the content hash is the SHA-256 of the bytes (or text)."""
        payload = original if original is not None else (document.text or "").encode()
        if document.content_hash is None and (original is not None or document.text):
            document = replace(document, content_hash=hashlib.sha256(payload).hexdigest())
        with self._tx() as conn:
            stored = self._insert(conn, BY_CLASS[Document], self._prepare(conn, document), by)
            if original is not None:
                conn.execute(sa.update(t.documents).where(t.documents.c.id == stored.id).values(original=original))
            result: Document = stored
            return result

    def document_by_hash(self, content_hash: str) -> Document | None:
        with self._read() as conn:
            rows = conn.execute(sa.select(t.documents).where(t.documents.c.content_hash == content_hash)).all()
            found = BY_CLASS[Document].from_rows(conn, rows)
        return found[0] if found else None

    def document_by_url(self, url: str) -> Document | None:
        with self._read() as conn:
            rows = conn.execute(sa.select(t.documents).where(t.documents.c.url == url).limit(1)).all()
            found = BY_CLASS[Document].from_rows(conn, rows)
        return found[0] if found else None

    def original(self, document_id: str) -> bytes | None:
        with self._read() as conn:
            row = conn.execute(sa.select(t.documents.c.original).where(t.documents.c.id == document_id)).first()
        if row is None:
            raise NotFound(f"no document with id {document_id!r}")
        return bytes(row.original) if row.original is not None else None

    # ---- country context -----------------------------------------------------------------------------------
    def context(self, kind_name: str, country: str) -> list[Any]:
        """A country's context records of one kind (timeline-entry, policy-instrument, household-size)."""
        kind = self._kind(kind_name)
        order = {"timeline-entry": "date", "household-size": "year", "policy-instrument": "name"}[kind.name]
        table = kind.table
        with self._read() as conn:
            rows = conn.execute(sa.select(table).where(table.c.country == country).order_by(table.c[order])).all()
            return kind.from_rows(conn, rows)

    def set_household_size(
        self, country: str, year: int, size: float, source: str | None = None, *, by: str | None = None
    ) -> HouseholdSize:
        """Record (or change) a country's average household size for a year."""
        hh = t.household_sizes
        with self._read() as conn:
            rows = conn.execute(sa.select(hh).where(hh.c.country == country, hh.c.year == year)).all()
            found = HOUSEHOLD_SIZE.from_rows(conn, rows)
        if found:
            current: HouseholdSize = found[0]
            return self.update(replace(current, size=size, source=source or current.source), by=by)
        return self.add(HouseholdSize(country=country, year=year, size=size, source=source), by=by)

    def household_sizes_latest(self) -> list[HouseholdSize]:
        """For each country with a recorded household size, the one for its latest year."""
        hh = t.household_sizes
        with self._read() as conn:
            rows = conn.execute(sa.select(hh).order_by(hh.c.country, hh.c.year)).all()
            sizes = HOUSEHOLD_SIZE.from_rows(conn, rows)
        return list({s.country: s for s in sizes}.values())

    def household_size(self, country: str, year: int) -> HouseholdSize | None:
        """The recorded average household size for the year nearest ``year`` (ties go to the earlier year)."""
        sizes = self.context("household-size", country)
        return min(sizes, key=lambda h: (abs(h.year - year), h.year)) if sizes else None

    # ---- raw access for other layers ------------------------------------------------------------------------
    def execute(self, statement: sa.Executable, params: Mapping[str, Any] | Sequence[Any] | None = None) -> Any:
        """Run a read-only statement (for the query layer) and return all rows."""
        with self._read() as conn:
            return conn.execute(statement, params).all()

    def raw_rows(self, statement: sa.Executable) -> Sequence[Any]:
        """Run a read-only statement and return its rows as the database driver gives them, without SQLAlchemy's
        result processing (on SQLite, dates come back as ISO strings): for the query layer's hottest reads."""
        with self._read() as conn:
            result = conn.execute(statement)
            rows = result.cursor.fetchall()
            result.close()
            return rows


def _same(old: Any, new: Any) -> bool:
    a, b = to_dict(old), to_dict(new)
    for key in ("version", "created_at", "updated_at"):
        a.pop(key, None)
        b.pop(key, None)
    return a == b
