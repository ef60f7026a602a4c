"""Totals for every country from the figure digest: the domain's rules, totals only.

``stock_all`` and ``flows_all`` answer for hundreds of countries at once. :mod:`idmon.domain.reconcile` decides every
figure (used, or excluded with its reason) so that any total can be explained; for the totals alone, the same rules
need far less: per area, the figure that stands for it; per country, the country-level figure against the sum of its
admin1 areas. This module applies them to the narrow rows of ``figure_digest`` (kept by triggers, read in order of
category and date) for countries whose figures sit at country level or under an admin1 p-code (and, for flows, name
no event): the shape of most datasets. Countries with figures at admin2 or town level, or admin1 areas named without
a p-code (keyed by folded names and names learned from p-codes), are left to the domain rules, and so is the
pro-rating flow rule. The tests check, on SQLite and PostgreSQL, that both ways give the same numbers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from idmon.domain.reconcile import (
    PRECISION_RANK,
    QUALIFIER_RANK,
    RELIABILITY_RANK,
    STATUS_RANK,
    Settings,
    close,
)
from idmon.store import Store
from idmon.store import tables as t

Row = Sequence[Any]
#: Positions in the rows read below (flows read three more columns). ``_REC`` is 1 for a reviewer's recommended
#: figure; ``_HIGH`` and ``_LOW`` are the proposal ranking around the date (review status and source reliability;
#: qualifier and precision), as numbers the database computes from the domain's rank tables.
_COUNTRY, _ADMIN1, _PCODE, _DEEPER, _TOTAL, _END, _REC, _HIGH, _LOW, _ID = range(10)
_START, _EVENT, _CATEGORY = 10, 11, 12


def _ranked(column: sa.ColumnElement[Any], ranks: dict[str, int], default: int) -> sa.ColumnElement[int]:
    return sa.case(ranks, value=column, else_=default)


def _read(store: Store, categories: Sequence[str], first: date, last: date, s: Settings, flows: bool) -> Sequence[Row]:
    """The digest rows that can count, as the driver gives them: this is the hot read (on SQLite, dates are ISO
    text, which orders like the dates; :func:`_shift` and :func:`_ordinal` do the arithmetic on either)."""
    d = t.figure_digest
    reliability = sa.func.coalesce(d.c.reliability, "unknown")
    columns = [
        d.c.country,
        d.c.admin1,
        d.c.admin1_pcode,
        d.c.deeper,
        d.c.total,
        d.c.end_date,
        sa.case((d.c.role == "recommended", 1), else_=0),
        _ranked(d.c.review_status, STATUS_RANK, 0) * 10 + _ranked(reliability, RELIABILITY_RANK, 1),
        _ranked(d.c.qualifier, QUALIFIER_RANK, 1) * 10 + _ranked(d.c.precision, PRECISION_RANK, 0),
        d.c.figure_id,
    ]
    if flows:
        columns += [d.c.start_date, d.c.event_id, d.c.category]
    query = sa.select(*columns).where(
        d.c.category.in_(list(categories)),
        d.c.day.between(first, last),
        d.c.country.is_not(None),
        d.c.review_status != "rejected",
        d.c.total > 0 if flows else d.c.total.is_not(None),  # a flow of 0 has no share of the period
    )
    if s.reviewed_only:
        query = query.where(d.c.review_status.in_(["approved", "signed-off"]))
    if s.cause is not None:
        query = query.where(sa.func.coalesce(d.c.cause, "unknown") == s.cause)
    return store.raw_rows(query)


def _shift(day: Any, days: int) -> Any:
    """A date (or ISO text) moved by ``days``, in the same form."""
    if isinstance(day, str):
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    return day + timedelta(days=days)


def _ordinal(day: Any) -> int:
    """A date (or ISO text) as a day number; 0 for none."""
    if day is None:
        return 0
    return (date.fromisoformat(day) if isinstance(day, str) else day).toordinal()


def _rank(row: Row, end: Any) -> tuple[Any, ...]:
    """:func:`idmon.domain.reconcile.rank` on a digest row (``end``: its end date in a comparable form)."""
    return (row[_HIGH], end, row[_LOW], row[_ID])


def _stock_rank(row: Row) -> tuple[Any, ...]:
    return _rank(row, row[_END])


def stock_areas(store: Store, as_of: date, s: Settings) -> tuple[dict[str, list[dict[str, Any]]], set[str]]:
    """Per country, one entry per area (country level: ``a1`` None) with the figure standing for it; and the
    countries left to the domain rules."""
    rows = _read(store, ["idps"], as_of - timedelta(days=s.window_days), as_of, s, flows=False)
    groups: dict[tuple[str, str | None], list[Row]] = {}
    other: set[str] = set()
    for row in rows:  # areas keyed as idmon.domain.areas.AreaIndex keys them, or left to it
        pcode = row[_PCODE]
        if row[_DEEPER] or (not pcode and row[_ADMIN1]):
            other.add(row[_COUNTRY])
            continue
        area = (row[_COUNTRY], pcode.strip() if pcode else None)
        group = groups.get(area)
        if group is None:
            groups[area] = [row]
        else:
            group.append(row)
    tol = s.date_tolerance_days
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (country, key), group in groups.items():
        if country in other:
            continue
        recommended = [r for r in group if r[_REC]]
        if recommended:
            chosen = max(recommended, key=lambda r: (r[_END], _stock_rank(r)))
        else:
            oldest = _shift(max(r[_END] for r in group), -tol)
            chosen = max((r for r in group if r[_END] >= oldest), key=_stock_rank)
        value, end = chosen[_TOTAL], chosen[_END]
        low_day, high_day = _shift(end, -tol), _shift(end, tol)
        dups = sorted(
            r[_ID]
            for r in group
            if r is not chosen and low_day <= r[_END] <= high_day and close(r[_TOTAL], value, s.number_tolerance)
        )
        totals = [r[_TOTAL] for r in group]
        out[country].append(
            {
                "a1": key,
                "name": chosen[_ADMIN1] or next((r[_ADMIN1] for r in group if r[_ADMIN1]), None),
                "chosen": chosen[_ID],
                "value": value,
                "low": min(totals),
                "high": max(totals),
                "own": [chosen[_ID], *dups],
            }
        )
    return dict(out), other


#: A flow report: (first day, last day, end day or 0, area key, row), days as numbers.
Report = tuple[int, int, int, str | None, Row]


def flow_totals(
    store: Store, start: date, end: date, s: Settings, categories: Sequence[str]
) -> tuple[dict[str, dict[str, int]], set[str]]:
    """Per country and flow category, the total over [start, end] by the start-date rule; and the countries left
    to the domain rules."""
    rows = _read(store, categories, start, end, s, flows=True)
    by_country: dict[tuple[str, str], list[Report]] = defaultdict(list)
    other: set[str] = set()
    days: dict[Any, int] = {None: 0}  # a year of reports shares a few hundred dates: each is converted once

    def day(value: Any) -> int:
        number = days.get(value)
        if number is None:
            number = days[value] = _ordinal(value)
        return number

    for row in rows:
        pcode = row[_PCODE]
        if row[_DEEPER] or (not pcode and row[_ADMIN1]) or row[_EVENT] is not None:
            other.add(row[_COUNTRY])
            continue
        begins, ends = day(row[_START]), day(row[_END])
        report = (begins or ends, ends or begins, ends, pcode.strip() if pcode else None, row)
        by_country[(row[_COUNTRY], row[_CATEGORY])].append(report)
    out: dict[str, dict[str, int]] = defaultdict(dict)
    tol = s.date_tolerance_days
    for (country, category), group in by_country.items():
        if country not in other:
            out[country][category] = sum(_bout_total(bout, tol) for bout in _islands(group, tol))
    return dict(out), other


def _islands(group: list[Report], tol: int, ordered: bool = False) -> list[list[Report]]:
    """Reports whose periods overlap (within the tolerance), as :func:`idmon.domain.reconcile._clusters`
    (``ordered``: the reports are already in order of first day and id)."""
    islands: list[list[Report]] = []
    reach = 0
    for report in group if ordered else sorted(group, key=lambda r: (r[0], r[4][_ID])):
        if islands and report[0] <= reach + tol:
            islands[-1].append(report)
            reach = max(reach, report[1])
        else:
            islands.append([report])
            reach = report[1]
    return islands


def _bout_total(bout: list[Report], tol: int) -> int:
    """Overlapping movements of a country: per area, each movement counted once (the recommended report, else the
    latest); the country-level figure when it is at least the sum of the admin1 areas, else that sum."""
    areas: dict[str | None, list[Report]] = defaultdict(list)
    for report in bout:
        areas[report[3]].append(report)
    values: dict[str | None, int] = {}
    for key, group in areas.items():
        total = 0
        for movement in _islands(group, tol, ordered=True):  # a bout's reports come in order
            if len(movement) == 1:
                total += movement[0][4][_TOTAL]
                continue
            pool = [r for r in movement if r[4][_REC]] or movement
            total += max(pool, key=lambda r: (r[1], _rank(r[4], r[2])))[4][_TOTAL]
        values[key] = total
    own = values.pop(None, None)
    kids = sum(values.values())
    return own if own is not None and (not values or own >= kids) else kids
