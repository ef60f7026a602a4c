"""Figure filters as SQL: the store-level building block the query layer (idmon.query) builds on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from idmon.domain.figures import figure_to_flat
from idmon.domain.model import Figure
from idmon.domain.records import to_dict
from idmon.domain.vocabulary import Category, ReviewStatus, Term
from idmon.errors import MissingExtra
from idmon.store import tables as t


@dataclass(frozen=True, kw_only=True)
class FigureFilter:
    """Which figures to return. Dates filter on the as-of (end) date; admin areas match name or p-code."""

    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    categories: Sequence[Category] = ()
    terms: Sequence[Term] = ()
    statuses: Sequence[ReviewStatus] = ()
    since: date | None = None
    until: date | None = None
    source_id: str | None = None
    document_id: str | None = None
    ids: Sequence[str] = ()
    limit: int | None = None
    offset: int = 0


def _area(level: str, value: str) -> sa.ColumnElement[bool]:
    loc = t.figure_locations
    name, pcode = loc.c[level], loc.c[f"{level}_pcode"]
    match = sa.or_(sa.func.lower(name) == value.strip().lower(), pcode == value.strip())
    return sa.exists(sa.select(loc.c.figure_id).where(loc.c.figure_id == t.figures.c.id, match))


def figure_query(where: FigureFilter) -> sa.Select[Any]:
    f = t.figures
    query = sa.select(f)
    conditions: list[sa.ColumnElement[bool]] = []
    if where.country:
        conditions.append(f.c.country == where.country.upper())
    if where.admin1:
        conditions.append(_area("admin1", where.admin1))
    if where.admin2:
        conditions.append(_area("admin2", where.admin2))
    for column, values in (
        ("category", where.categories),
        ("term", where.terms),
        ("review_status", where.statuses),
    ):
        if values:
            conditions.append(f.c[column].in_([str(v) for v in values]))
    if where.since:
        conditions.append(f.c.end_date >= where.since)
    if where.until:
        conditions.append(f.c.end_date <= where.until)
    if where.source_id:
        conditions.append(f.c.source_id == where.source_id)
    if where.document_id:
        conditions.append(f.c.document_id == where.document_id)
    if where.ids:
        conditions.append(f.c.id.in_(list(where.ids)))
    query = query.where(*conditions).order_by(f.c.end_date.desc().nulls_last(), f.c.id)
    if where.limit is not None:
        query = query.limit(where.limit)
    return query.offset(where.offset) if where.offset else query


class FigureList(list[Figure]):
    """A list of figures that can also become plain dicts or a pandas DataFrame."""

    def to_dicts(self, flat: bool = False) -> list[dict[str, Any]]:
        return [figure_to_flat(f) if flat else to_dict(f) for f in self]

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per figure (first location flattened); needs ``idmon[pandas]``."""
        try:
            import pandas as pd
        except ImportError:
            raise MissingExtra("pandas", "pandas") from None
        return pd.DataFrame.from_records(self.to_dicts(flat=True))
