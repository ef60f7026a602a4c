"""Totals for every country computed inside the database, for countries whose figures have the common shape.

``stock_all`` and ``flows_all`` answer for hundreds of countries at once. Deciding every figure in Python (what
:mod:`idmon.domain.reconcile` does, so that each figure gets its reason) costs most of their time, and the totals
alone need much less: per area, which figure stands for it; per country, the country-level figure against the sum
of its admin1 areas. Those steps are window functions, so the database computes them and sends back one row per
area instead of one row per figure.

The SQL applies the same rules as the domain, for the shape most datasets have: figures at country level and
figures keyed by an admin1 p-code, with no admin2, place, GeoNames id or admin1 named without a p-code (for those,
areas are keyed by folded names and names learned from p-codes, which only the domain does), and, for flows, no
event ids and the start-date rule. The same query reports which countries have another shape; those are computed by
the domain rules. The tests check that both ways give the same numbers, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from idmon.domain.reconcile import Settings
from idmon.store import Store
from idmon.store import tables as t

_SEP = "\x1f"  # between figure ids in one aggregated string (ids are free text: not a comma)


class day_number(FunctionElement[int]):  # noqa: N801 - a SQL function, named like one
    """A date as a whole number of days, so that date arithmetic reads the same on every backend."""

    type = sa.Integer()
    inherit_cache = True


@compiles(day_number, "sqlite")
def _day_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(day_number)
def _day_default(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:  # PostgreSQL: date - date = days
    return f"({compiler.process(element.clauses, **kw)} - DATE '1970-01-01')"


def _rank_columns(f: sa.Table, src: sa.Table, loc: sa.Table) -> list[sa.ColumnElement[Any]]:
    """The proposal ranking of :func:`idmon.domain.reconcile.rank` as columns (higher is better)."""
    return [
        sa.case(
            {"signed-off": 4, "approved": 3, "in-review": 2, "extracted": 1}, value=f.c.review_status, else_=0
        ).label("st"),
        sa.case(
            {"high": 3, "medium": 2, "unknown": 1, "low": 0},
            value=sa.func.coalesce(src.c.reliability, "unknown"),
            else_=1,
        ).label("rel"),
        sa.case({"exact": 3, "approximately": 2}, value=f.c.qualifier, else_=1).label("qual"),
        sa.case({"point": 5, "adm3": 4, "adm2": 3, "adm1": 2, "adm0": 1}, value=loc.c.precision, else_=0).label("prec"),
    ]


def _text(column: sa.ColumnElement[Any]) -> sa.ColumnElement[bool]:
    """A text column holding something (Python's truthiness of a string)."""
    return sa.and_(column.is_not(None), column != "")


def _other_shape(loc: sa.Table, flows: bool) -> sa.ColumnElement[int]:
    """1 for a figure whose area only the domain rules can key (see the module's docstring)."""
    odd = sa.or_(
        _text(loc.c.admin2),
        _text(loc.c.admin2_pcode),
        _text(loc.c.place),
        loc.c.geonames_id.is_not(None),
        sa.and_(_text(loc.c.admin1), sa.not_(_text(loc.c.admin1_pcode))),
        *([t.figures.c.event_id.is_not(None)] if flows else []),
    )
    return sa.case((odd, 1), else_=0)


def _base(category_filter: sa.ColumnElement[bool], s: Settings, flows: bool) -> sa.Select[Any]:
    f, loc, src = t.figures, t.figure_locations, t.sources
    pcode = sa.func.trim(loc.c.admin1_pcode)
    query = (
        sa.select(
            f.c.id,
            f.c.country,
            f.c.category,
            sa.case((_text(loc.c.admin1_pcode), pcode), else_=None).label("a1"),
            loc.c.admin1.label("a1_name"),
            f.c.total,
            day_number(f.c.end_date).label("d"),
            sa.case((f.c.role == "recommended", 1), else_=0).label("rec"),
            *_rank_columns(f, src, loc),
            _other_shape(loc, flows).label("odd"),
        )
        .select_from(f)
        .outerjoin(loc, sa.and_(loc.c.figure_id == f.c.id, loc.c.position == 0))
        .outerjoin(src, src.c.id == f.c.source_id)
        .where(category_filter, f.c.country.is_not(None), f.c.review_status != "rejected", f.c.total.is_not(None))
    )
    if s.reviewed_only:
        query = query.where(f.c.review_status.in_(["approved", "signed-off"]))
    if s.cause is not None:
        query = query.where(sa.func.coalesce(f.c.cause, "unknown") == s.cause)
    return query


def _ids(column: sa.ColumnElement[Any], dialect: str) -> sa.ColumnElement[str]:
    if dialect == "postgresql":
        return sa.func.string_agg(column, sa.literal(_SEP))
    return sa.func.group_concat(column, sa.literal(_SEP))


def _by_id(column: sa.ColumnElement[Any], dialect: str) -> sa.ColumnElement[Any]:
    """Ids compared as Python compares strings (code points), whatever the database's collation."""
    return column.collate("C") if dialect == "postgresql" else column


def stock_areas(store: Store, as_of: date, s: Settings) -> tuple[dict[str, list[dict[str, Any]]], set[str]]:
    """Per country, one row per area (country level: ``a1`` None) with the figure standing for it; and the
    countries with another shape, left to the domain rules."""
    f = t.figures
    dialect = store.engine.dialect.name
    since = as_of - timedelta(days=s.window_days)
    elig = _base(f.c.category == "idps", s, flows=False).where(f.c.end_date.between(since, as_of)).subquery("elig")
    area = (elig.c.country, elig.c.a1)
    latest = sa.func.max(elig.c.d).over(partition_by=area)
    has_rec = sa.func.max(elig.c.rec).over(partition_by=area)
    windowed = sa.select(
        elig,
        latest.label("latest"),
        has_rec.label("has_rec"),
        sa.func.max(elig.c.odd).over(partition_by=elig.c.country).label("odd_country"),
    ).subquery("windowed")
    w = windowed.c
    near = sa.case((w.d >= w.latest - s.date_tolerance_days, 1), else_=0)
    order = [
        sa.case((w.has_rec == 1, w.rec), else_=near).desc(),
        sa.case((w.has_rec == 1, w.d), else_=None).desc().nulls_last(),
        w.st.desc(),
        w.rel.desc(),
        w.d.desc(),
        w.qual.desc(),
        w.prec.desc(),
        _by_id(w.id, dialect).desc(),
    ]
    part = (w.country, w.a1)
    ranked = sa.select(
        w.id,
        w.country,
        w.a1,
        w.a1_name,
        w.total,
        w.d,
        w.odd_country,
        sa.func.row_number().over(partition_by=part, order_by=order).label("rn"),
        sa.func.first_value(w.total).over(partition_by=part, order_by=order).label("v"),
        sa.func.first_value(w.d).over(partition_by=part, order_by=order).label("vd"),
    ).subquery("ranked")
    r = ranked.c
    tolerance = sa.bindparam("number_tolerance", s.number_tolerance, type_=sa.Float())
    larger = sa.case((r.total > r.v, r.total), else_=r.v)
    duplicate = sa.and_(
        r.rn > 1,
        sa.func.abs(r.total - r.v) <= tolerance * larger,
        sa.func.abs(r.d - r.vd) <= s.date_tolerance_days,
    )
    per_area = sa.select(
        r.country,
        r.a1,
        sa.func.max(r.odd_country).label("odd"),
        sa.func.max(sa.case((r.rn == 1, r.id), else_=None)).label("chosen"),
        sa.func.max(r.v).label("value"),
        sa.func.min(r.total).label("low"),
        sa.func.max(r.total).label("high"),
        sa.func.min(r.a1_name).label("name"),
        _ids(sa.case((duplicate, r.id), else_=None), dialect).label("dups"),
    ).group_by(r.country, r.a1)
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    other: set[str] = set()
    for row in store.execute(per_area):
        if row.odd:
            other.add(row.country)
            continue
        dups = sorted(row.dups.split(_SEP)) if row.dups else []
        out[row.country].append(
            {
                "a1": row.a1,
                "name": row.name,
                "chosen": row.chosen,
                "value": int(row.value),
                "low": int(row.low),
                "high": int(row.high),
                "own": [row.chosen, *dups],
            }
        )
    for code in other:
        out.pop(code, None)
    return dict(out), other


FLOW_GROUPS = ("new-displacement", "return", "cross-border-flight")


def flow_totals(
    store: Store, start: date, end: date, s: Settings, categories: tuple[str, ...] = FLOW_GROUPS
) -> tuple[dict[str, dict[str, int]], set[str]]:
    """Per country and flow category, the total over [start, end] by the start-date rule; and the countries with
    another shape, left to the domain rules."""
    f = t.figures
    dialect = store.engine.dialect.name
    first = sa.func.coalesce(f.c.start_date, f.c.end_date)
    last = sa.func.coalesce(f.c.end_date, f.c.start_date)
    base = _base(f.c.category.in_(list(categories)), s, flows=True).where(first.between(start, end), f.c.total > 0)
    elig = base.add_columns(day_number(first).label("s"), day_number(last).label("e")).subquery("elig")
    e = elig.c
    tol = s.date_tolerance_days
    by_country = (e.country, e.category)
    sid = _by_id(e.id, dialect)
    preceding = (None, -1)
    reach = sa.func.max(e.e).over(partition_by=by_country, order_by=[e.s, sid], rows=preceding)
    t1 = sa.select(
        elig,
        reach.label("reach"),
        sa.func.max(e.odd).over(partition_by=e.country).label("odd_country"),
    ).subquery("t1")
    a = t1.c
    new_bout = sa.case((sa.or_(a.reach.is_(None), a.s > a.reach + tol), 1), else_=0)
    t2 = sa.select(
        t1,
        sa.func.sum(new_bout)
        .over(partition_by=(a.country, a.category), order_by=[a.s, _by_id(a.id, dialect)])
        .label("bout"),
    ).subquery("t2")
    b = t2.c
    in_area = (b.country, b.category, b.bout, b.a1)
    area_reach = sa.func.max(b.e).over(partition_by=in_area, order_by=[b.s, _by_id(b.id, dialect)], rows=preceding)
    t3 = sa.select(t2, area_reach.label("areach")).subquery("t3")
    c = t3.c
    new_move = sa.case((sa.or_(c.areach.is_(None), c.s > c.areach + tol), 1), else_=0)
    t4 = sa.select(
        t3,
        sa.func.sum(new_move)
        .over(partition_by=(c.country, c.category, c.bout, c.a1), order_by=[c.s, _by_id(c.id, dialect)])
        .label("move"),
    ).subquery("t4")
    m = t4.c
    choose = sa.func.row_number().over(
        partition_by=(m.country, m.category, m.bout, m.a1, m.move),
        order_by=[
            m.rec.desc(),
            m.e.desc(),
            m.st.desc(),
            m.rel.desc(),
            m.d.desc(),
            m.qual.desc(),
            m.prec.desc(),
            _by_id(m.id, dialect).desc(),
        ],
    )
    t5 = sa.select(t4, choose.label("rn")).subquery("t5")
    n = t5.c
    areas = (
        sa.select(
            n.country,
            n.category,
            n.bout,
            n.a1,
            sa.func.max(n.odd_country).label("odd"),
            sa.func.sum(n.total).label("v"),
        )
        .where(n.rn == 1)
        .group_by(n.country, n.category, n.bout, n.a1)
        .subquery("areas")
    )
    g = areas.c
    bouts = (
        sa.select(
            g.country,
            g.category,
            g.bout,
            sa.func.max(g.odd).label("odd"),
            sa.func.max(sa.case((g.a1.is_(None), g.v), else_=None)).label("own"),
            sa.func.sum(sa.case((g.a1.is_not(None), g.v), else_=None)).label("kids"),
        )
        .group_by(g.country, g.category, g.bout)
        .subquery("bouts")
    )
    o = bouts.c
    resolved = sa.case((sa.and_(o.own.is_not(None), sa.or_(o.kids.is_(None), o.own >= o.kids)), o.own), else_=o.kids)
    totals = sa.select(o.country, o.category, sa.func.max(o.odd), sa.func.sum(resolved)).group_by(o.country, o.category)
    out: dict[str, dict[str, int]] = defaultdict(dict)
    other: set[str] = set()
    for country, category, odd, total in store.execute(totals):
        if odd:
            other.add(country)
        out[country][category] = int(total)
    for code in other:
        out.pop(code, None)
    return dict(out), other
