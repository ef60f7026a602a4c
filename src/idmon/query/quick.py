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

from idmon.domain.reconcile import Settings, close
from idmon.store import Store
from idmon.store import tables as t

_STATUS = {"signed-off": 4, "approved": 3, "in-review": 2, "extracted": 1}
_RELIABILITY = {"high": 3, "medium": 2, "unknown": 1, "low": 0}
_QUALIFIER = {"exact": 3, "approximately": 2, "more-than": 1, "less-than": 1}
_PRECISION = {"point": 5, "adm3": 4, "adm2": 3, "adm1": 2, "adm0": 1}

Row = Sequence[Any]
#: Positions in the rows read below (flows read three more columns).
_COUNTRY, _ADMIN1, _PCODE, _DEEPER, _TOTAL, _END, _ROLE, _STATUS_AT, _REL, _QUAL, _PREC, _ID = range(12)
_START, _EVENT, _CATEGORY = 12, 13, 14


def _read(store: Store, categories: Sequence[str], first: date, last: date, s: Settings, flows: bool) -> list[Row]:
    """The digest rows that can count, with dates as dates (the driver's own rows: this is the hot read)."""
    d = t.figure_digest
    columns = [
        d.c.country,
        d.c.admin1,
        d.c.admin1_pcode,
        d.c.deeper,
        d.c.total,
        d.c.end_date,
        d.c.role,
        d.c.review_status,
        d.c.reliability,
        d.c.qualifier,
        d.c.precision,
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
    rows = store.raw_rows(query)
    if rows and isinstance(rows[0][_END], str):  # SQLite: ISO text
        day = date.fromisoformat
        if flows:
            return [
                (*r[:_END], day(r[_END]), *r[_END + 1 : _START], r[_START] and day(r[_START]), *r[_EVENT:])
                for r in rows
            ]
        return [(*r[:_END], day(r[_END]), *r[_END + 1 :]) for r in rows]
    return list(rows)


def _rank(row: Row) -> tuple[int, int, int, int, int, str]:
    """:func:`idmon.domain.reconcile.rank` on a digest row."""
    end = row[_END]
    return (
        _STATUS.get(row[_STATUS_AT], 0),
        _RELIABILITY.get(row[_REL] or "unknown", 1),
        end.toordinal() if end else 0,
        _QUALIFIER.get(row[_QUAL] or "", 1),
        _PRECISION.get(row[_PREC] or "", 0),
        row[_ID],
    )


def _area(row: Row) -> tuple[bool, str | None]:
    """(True, None) when only the domain rules can key the figure's area; else (False, its admin1 p-code or None
    for the country level), as :class:`idmon.domain.areas.AreaIndex` keys it."""
    if row[_DEEPER]:
        return True, None
    pcode = row[_PCODE]
    if pcode:
        return False, pcode.strip()
    return bool(row[_ADMIN1]), None


def stock_areas(store: Store, as_of: date, s: Settings) -> tuple[dict[str, list[dict[str, Any]]], set[str]]:
    """Per country, one entry per area (country level: ``a1`` None) with the figure standing for it; and the
    countries left to the domain rules."""
    rows = _read(store, ["idps"], as_of - timedelta(days=s.window_days), as_of, s, flows=False)
    groups: dict[tuple[str, str | None], list[Row]] = defaultdict(list)
    other: set[str] = set()
    for row in rows:
        odd, key = _area(row)
        if odd:
            other.add(row[_COUNTRY])
        else:
            groups[(row[_COUNTRY], key)].append(row)
    tol = timedelta(days=s.date_tolerance_days)
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (country, key), group in groups.items():
        if country in other:
            continue
        recommended = [r for r in group if r[_ROLE] == "recommended"]
        if recommended:
            chosen = max(recommended, key=lambda r: (r[_END], _rank(r)))
        else:
            oldest = max(r[_END] for r in group) - tol
            chosen = max((r for r in group if r[_END] >= oldest), key=_rank)
        value, end = chosen[_TOTAL], chosen[_END]
        dups = sorted(
            r[_ID]
            for r in group
            if r is not chosen and close(r[_TOTAL], value, s.number_tolerance) and abs(r[_END] - end) <= tol
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


def flow_totals(
    store: Store, start: date, end: date, s: Settings, categories: Sequence[str]
) -> tuple[dict[str, dict[str, int]], set[str]]:
    """Per country and flow category, the total over [start, end] by the start-date rule; and the countries left
    to the domain rules."""
    rows = _read(store, categories, start, end, s, flows=True)
    by_country: dict[tuple[str, str], list[Row]] = defaultdict(list)
    other: set[str] = set()
    for row in rows:
        odd, _ = _area(row)
        if odd or row[_EVENT] is not None:
            other.add(row[_COUNTRY])
        else:
            by_country[(row[_COUNTRY], row[_CATEGORY])].append(row)
    out: dict[str, dict[str, int]] = defaultdict(dict)
    tol = timedelta(days=s.date_tolerance_days)
    for (country, category), group in by_country.items():
        if country not in other:
            out[country][category] = sum(_bout_total(bout, tol) for bout in _islands(group, tol))
    return dict(out), other


def _first(row: Row) -> date:
    return row[_START] or row[_END]  # type: ignore[no-any-return]


def _last(row: Row) -> date:
    return row[_END] or row[_START]  # type: ignore[no-any-return]


def _islands(group: list[Row], tol: timedelta) -> list[list[Row]]:
    """Reports whose periods overlap (within the tolerance), as :func:`idmon.domain.reconcile._clusters`."""
    islands: list[list[Row]] = []
    reach = date.min
    for row in sorted(group, key=lambda r: (_first(r), r[_ID])):
        if islands and _first(row) <= reach + tol:
            islands[-1].append(row)
            reach = max(reach, _last(row))
        else:
            islands.append([row])
            reach = _last(row)
    return islands


def _bout_total(bout: list[Row], tol: timedelta) -> int:
    """Overlapping movements of a country: per area, each movement counted once (the recommended report, else the
    latest); the country-level figure when it is at least the sum of the admin1 areas, else that sum."""
    areas: dict[str | None, list[Row]] = defaultdict(list)
    for row in bout:
        areas[_area(row)[1]].append(row)
    values: dict[str | None, int] = {}
    for key, group in areas.items():
        total = 0
        for movement in _islands(group, tol):
            pool = [r for r in movement if r[_ROLE] == "recommended"] or movement
            total += max(pool, key=lambda r: (_last(r), _rank(r)))[_TOTAL]
        values[key] = total
    own = values.pop(None, None)
    kids = sum(values.values())
    return own if own is not None and (not values or own >= kids) else kids
