"""Gazetteers users load (GeoNames dumps, OCHA p-code tables), kept in the database so every analyst and every
ingest on a team's database resolves places the same way. Rows are plain dicts: the geo package owns their meaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from idmon.errors import NotFound
from idmon.store import tables as t

ENTRY_COLUMNS = (
    "name",
    "country",
    "precision",
    "admin1",
    "admin1_pcode",
    "admin2",
    "admin2_pcode",
    "lat",
    "lon",
    "population",
    "geonames_id",
    "aliases",
)
PCODE_COLUMNS = ("country", "pcode", "level", "name", "parent_pcode")


class GazetteerMixin:
    """Loaded gazetteers. Mixed into :class:`idmon.store.Store`."""

    user: str

    def _tx(self) -> AbstractContextManager[sa.Connection]:  # provided by Store
        raise NotImplementedError

    def _read(self) -> AbstractContextManager[sa.Connection]:  # provided by Store
        raise NotImplementedError

    def load_gazetteer(
        self,
        source: str,
        kind: str,
        content_hash: str,
        entries: Sequence[dict[str, Any]],
        pcodes: Sequence[dict[str, Any]] = (),
    ) -> bool:
        """Store a gazetteer file's rows under its name, replacing an earlier load of the same name (one
        transaction). Returns False, changing nothing, when the same content was loaded already."""
        with self._tx() as conn:
            row = conn.execute(sa.select(t.gazetteer_sources).where(t.gazetteer_sources.c.source == source)).first()
            if row is not None and row.content_hash == content_hash:
                return False
            self._forget(conn, source)
            for i in range(0, len(entries), 5000):
                chunk = [{"source": source, **{c: e.get(c) for c in ENTRY_COLUMNS}} for e in entries[i : i + 5000]]
                conn.execute(sa.insert(t.gazetteer_entries), chunk)
            if pcodes:
                conn.execute(
                    sa.delete(t.pcode_areas).where(
                        sa.tuple_(t.pcode_areas.c.country, t.pcode_areas.c.pcode).in_(
                            [(p["country"], p["pcode"]) for p in pcodes]
                        )
                    )
                )
                conn.execute(sa.insert(t.pcode_areas), [{"source": source, **p} for p in pcodes])
            conn.execute(
                sa.insert(t.gazetteer_sources).values(
                    source=source,
                    kind=kind,
                    entries=len(entries) + len(pcodes),
                    content_hash=content_hash,
                    loaded_at=datetime.now(UTC),
                    loaded_by=self.user,
                )
            )
        return True

    def remove_gazetteer(self, source: str) -> None:
        """Forget a loaded gazetteer and its rows."""
        with self._tx() as conn:
            if not self._forget(conn, source):
                raise NotFound(f"no gazetteer named {source!r} is loaded (see `idmon gazetteer list`)")

    def _forget(self, conn: sa.Connection, source: str) -> bool:
        conn.execute(sa.delete(t.gazetteer_entries).where(t.gazetteer_entries.c.source == source))
        conn.execute(sa.delete(t.pcode_areas).where(t.pcode_areas.c.source == source))
        done = conn.execute(sa.delete(t.gazetteer_sources).where(t.gazetteer_sources.c.source == source))
        return bool(done.rowcount)

    def gazetteer_sources(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(sa.select(t.gazetteer_sources).order_by(t.gazetteer_sources.c.source)).all()
        return [dict(r._mapping) for r in rows]

    def gazetteer_rows(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Every loaded place entry and p-code area, as dicts."""
        with self._read() as conn:
            entries = conn.execute(sa.select(*(t.gazetteer_entries.c[c] for c in ENTRY_COLUMNS))).all()
            pcodes = conn.execute(sa.select(*(t.pcode_areas.c[c] for c in PCODE_COLUMNS))).all()
        return [dict(r._mapping) for r in entries], [dict(r._mapping) for r in pcodes]
