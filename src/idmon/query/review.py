"""Time series and the QA list."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any, Literal

from idmon.domain.areas import AreaKey
from idmon.domain.reconcile import (
    Candidate,
    Settings,
    close,
    reconcile_flows,
    reconcile_stock,
)
from idmon.query.load import MAIN_FLOWS, CountryData, Level, load_country
from idmon.query.totals import flows_from, stock_from
from idmon.store import Store


def _periods(start: date, end: date, freq: Literal["month", "year"]) -> list[tuple[str, date, date]]:
    out = []
    cursor = date(start.year, start.month if freq == "month" else 1, 1)
    while cursor <= end:
        if freq == "month":
            nxt = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
            label = f"{cursor.year}-{cursor.month:02d}"
        else:
            nxt = date(cursor.year + 1, 1, 1)
            label = str(cursor.year)
        out.append((label, max(cursor, start), min(nxt - timedelta(days=1), end)))
        cursor = nxt
    return out


def series(
    store: Store,
    country: str,
    start: date,
    end: date,
    freq: Literal["month", "year"] = "month",
    settings: Settings | None = None,
    by: Level | None = None,
) -> list[dict[str, Any]]:
    """Stock at the end of each month or year, and the flows within it; with ``by``, per area too."""
    data = load_country(store, country)
    rows = []
    for label, first, last in _periods(start, end, freq):
        st = stock_from(data, last, settings, by or "admin1")
        fl = flows_from(data, first, last, settings, by or "admin1")
        row: dict[str, Any] = {
            "period": label,
            "from": first.isoformat(),
            "to": last.isoformat(),
            "stock": st["total"],
            "new_displacement": fl["total"],
            "returns": fl["by_category"]["return"],
            "cross_border_flight": fl["by_category"]["cross-border-flight"],
        }
        if by:
            flows_by_area = {(a["admin1_pcode"], a["admin1"], a["admin2"]): a["total"] for a in fl["areas"]}
            row["areas"] = [
                {
                    **{k: a[k] for k in ("admin1", "admin1_pcode", "admin2", "admin2_pcode")},
                    "stock": a["total"],
                    "new_displacement": flows_by_area.get((a["admin1_pcode"], a["admin1"], a["admin2"]), 0),
                }
                for a in st["areas"]
            ]
        rows.append(row)
    return rows


def _sibling_flags(data: CountryData, s: Settings) -> list[tuple[str, list[str], str]]:
    """Figures of one category in two different areas of the same admin1 with the same number and dates (within
    the tolerances): perhaps one movement reported once at its origin and once at its destination. They are
    both counted (they are different areas), so an analyst should look."""
    groups: dict[tuple[str, AreaKey], list[tuple[Candidate, AreaKey]]] = defaultdict(list)
    for c in data.candidates:
        if c.status == "rejected" or c.total is None or not (c.start or c.end):
            continue
        key = data.index.key(c.place)
        if len(key) >= 3:
            groups[(c.category, key[:2])].append((c, key))
    flags = []
    tol = timedelta(days=s.date_tolerance_days)
    for members in groups.values():
        members.sort(key=lambda m: m[0].total or 0)
        for i, (a, key_a) in enumerate(members):
            for b, key_b in members[i + 1 :]:
                if not close(a.total or 0, b.total or 0, s.number_tolerance):
                    break
                same_time = all(
                    abs((x - y).days) <= tol.days
                    for x, y in ((a.start or a.end, b.start or b.end), (a.end or a.start, b.end or b.start))
                    if x and y
                )
                if key_a != key_b and key_a[: len(key_b)] != key_b and key_b[: len(key_a)] != key_a and same_time:
                    flags.append(
                        (
                            "possible-duplicate",
                            [a.id, b.id],
                            f"{a.id} ({data.names.label(key_a)}) and {b.id} ({data.names.label(key_b)}) report "
                            f"{a.category} of the same size at the same time: one movement counted at its origin "
                            "and its destination would be counted twice",
                        )
                    )
    return flags


def qa(store: Store, country: str, as_of: date | None = None, settings: Settings | None = None) -> list[dict[str, Any]]:
    """Figures that would double count or cannot count, for an analyst to look at."""
    data = load_country(store, country)
    s = settings or Settings()
    idp_dates = [c.end for c in data.candidates if c.category == "idps" and c.end]
    flags: list[tuple[str, list[str], str]] = []
    if idp_dates:
        when = as_of or max(idp_dates)
        flags += reconcile_stock(data.country, data.candidates, when, s, "idps", data.index).flags
    dated = [d for c in data.candidates for d in (c.start, c.end) if d]
    if dated:
        first, last = min(dated), max(dated)
        for category in MAIN_FLOWS:
            flags += reconcile_flows(data.country, data.candidates, first, last, category, s, data.index).flags
    flags += _sibling_flags(data, s)
    for c in data.candidates:
        if c.total is None and c.status != "rejected":
            flags.append(
                (
                    "no-number",
                    [c.id],
                    f"{c.id} has no number in people (vague, or households without a household size): it cannot count",
                )
            )
    return [{"kind": kind, "figure_ids": ids, "message": message} for kind, ids, message in flags]
