"""Stocks and flows per country (or every country), with ranges, areas, used and excluded figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from idmon.domain.areas import AreaKey
from idmon.domain.reconcile import (
    Reconciliation,
    Settings,
    reconcile_flows,
    reconcile_stock,
)
from idmon.query import quick as quick_totals
from idmon.query.load import (
    BESIDE,
    FLOW_CATEGORIES,
    MAIN_FLOWS,
    AreaNames,
    CountryData,
    Level,
    by_category_of,
    load_candidates,
    load_country,
    settings_dict,
    whole,
)
from idmon.store import Store


def _areas(rec: Reconciliation, names: AreaNames, by: Level) -> list[dict[str, Any]]:
    depth = {"admin1": "a1", "admin2": "a2"}[by]
    rows = []
    for key, area in rec.areas.items():
        if len(key) > 1 and key[-1].startswith(depth + ":"):
            rows.append(
                {
                    **names.describe(key),
                    "total": whole(area.total),
                    "min": whole(area.min),
                    "max": whole(area.max),
                    "resolution": area.resolution,
                    "figure_ids": _standing(rec, key),
                    "unallocated": whole(area.unallocated),
                }
            )
    return sorted(rows, key=lambda r: (-r["total"], r["admin1"] or "", r["admin2"] or ""))


def _standing(rec: Reconciliation, key: AreaKey) -> list[str]:
    """The figures an area's total stands on: its own (with their duplicates), or its sub-areas' figures."""
    area = rec.areas[key]
    if area.resolution == "own":
        return list(area.own)
    kids = [k for k in rec.areas if len(k) == len(key) + 1 and k[: len(key)] == key]
    return [i for k in sorted(kids) for i in _standing(rec, k)]


def _excluded(rec: Reconciliation) -> list[dict[str, Any]]:
    return [{"id": d.figure_id, "reason": d.reason, "ref": d.ref} for d in rec.decisions.values() if not d.used]


def _summary(rec: Reconciliation, names: AreaNames, by: Level) -> dict[str, Any]:
    root = rec.root
    areas = _areas(rec, names, by)
    return {
        "total": whole(root.total),
        "min": whole(root.min),
        "max": whole(root.max),
        "areas": areas,
        "unallocated": whole(root.total - sum(a["total"] for a in areas)),
        "used": rec.used,
        "excluded": _excluded(rec),
    }


def _by_cause(data: CountryData, category: str, total: Callable[[Settings], float], s: Settings) -> dict[str, int]:
    """The total recomputed for each cause the category's figures have (``unknown`` when none is given). Each is
    reconciled on its own, so they need not add up to the overall total."""
    if s.cause is not None:
        return {}
    causes = sorted({c.cause or "unknown" for c in data.candidates if c.category == category})
    return {cause: whole(total(replace(s, cause=cause))) for cause in causes} if len(causes) > 1 else {}


def stock_from(
    data: CountryData, as_of: date, settings: Settings | None = None, by: Level = "admin1"
) -> dict[str, Any]:
    """The IDP stock of a country as of a date, from loaded data (see :func:`stock`)."""
    s = settings or Settings()
    rec = reconcile_stock(data.country, data.candidates, as_of, s, "idps", data.index)
    result = {"country": data.country, "as_of": as_of.isoformat(), "category": "idps", **_summary(rec, data.names, by)}
    beside = {}
    by_category = by_category_of(data.candidates)
    for category in BESIDE:
        if category not in by_category:
            continue
        other = reconcile_stock(data.country, by_category[category], as_of, s, category, data.index)
        if other.used:
            beside[category] = {"total": whole(other.root.total), "used": other.used}
    result["beside"] = beside
    idps = by_category.get("idps", [])
    result["by_cause"] = _by_cause(
        data, "idps", lambda x: reconcile_stock(data.country, idps, as_of, x, "idps", data.index).root.total, s
    )
    result["sources"] = len({i for a in rec.areas.values() for i in a.own})
    result["settings"] = settings_dict(s)
    return result


def stock(
    store: Store, country: str, as_of: date, settings: Settings | None = None, by: Level = "admin1"
) -> dict[str, Any]:
    """The IDP stock of ``country`` as of ``as_of``: total, range, areas, unallocated part, used and excluded."""
    return stock_from(load_country(store, country), as_of, settings, by)


def stock_all(
    store: Store, as_of: date, settings: Settings | None = None, quick: bool = True
) -> dict[str, dict[str, Any]]:
    """The IDP stock as of a date for every country with figures, by admin1: total, range, areas, unallocated part
    and the figures used (``idmon explain`` gives each country's excluded figures with their reasons).

    With ``quick`` (the default), countries whose figures are at country level or keyed by admin1 p-codes are
    computed from the figure digest (:mod:`idmon.query.quick`), the others by the domain rules from their
    candidates; both ways give the same numbers (``quick=False`` takes the domain rules for every country).
    """
    s = settings or Settings()
    fast: dict[str, list[dict[str, Any]]] = {}
    other: set[str] | None = None
    if quick:
        fast, other = quick_totals.stock_areas(store, as_of, s)
    out = {country: _stock_of_areas(country, as_of, rows) for country, rows in fast.items()}
    if other is None or other:
        since = as_of - timedelta(days=s.window_days)
        wanted = None if other is None else sorted(other)
        loaded = load_candidates(store, wanted, ["idps"], as_of_between=(since, as_of))
        for country, candidates in loaded.items():
            data = CountryData.build(country, candidates)
            rec = reconcile_stock(country, candidates, as_of, s, "idps", data.index)
            if not rec.used:
                continue  # listed, as by the database, when a figure counts
            summary = _summary(rec, data.names, "admin1")
            del summary["excluded"]
            out[country] = {"country": country, "as_of": as_of.isoformat(), **summary}
    return dict(sorted(out.items()))


def _stock_of_areas(country: str, as_of: date, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A country's stock from the figure standing for each of its areas: the country-level figure when it is at
    least the sum of the admin1 areas, else that sum (the rule of :func:`idmon.domain.reconcile.reconcile_stock`)."""
    own = next((r for r in rows if r["a1"] is None), None)
    kids = [r for r in rows if r["a1"] is not None]
    child_sum = sum(k["value"] for k in kids)
    if own is not None and (not kids or own["value"] >= child_sum):
        total, low, high = own["value"], own["low"], own["high"]
        used = [own["chosen"]] + ([] if child_sum else [k["chosen"] for k in kids])
    else:
        total = child_sum
        low, high = sum(k["low"] for k in kids), sum(k["high"] for k in kids)
        if own is not None:
            low, high = min(own["low"], low), max(own["high"], high)
        used = [k["chosen"] for k in kids]
    areas = [
        {
            "country": country,
            "admin1": k["name"] or k["a1"],
            "admin1_pcode": k["a1"],
            "admin2": None,
            "admin2_pcode": None,
            "place": None,
            "total": k["value"],
            "min": k["low"],
            "max": k["high"],
            "resolution": "own",
            "figure_ids": k["own"],
            "unallocated": 0,
        }
        for k in kids
    ]
    areas.sort(key=lambda r: (-r["total"], r["admin1"] or "", r["admin2"] or ""))
    return {
        "country": country,
        "as_of": as_of.isoformat(),
        "total": total,
        "min": low,
        "max": high,
        "areas": areas,
        "unallocated": total - child_sum,  # the part of the total not in any admin1 area
        "used": sorted(used),
    }


def flows_all(
    store: Store, start: date, end: date, settings: Settings | None = None, quick: bool = True
) -> dict[str, dict[str, Any]]:
    """New displacements, returns and cross-border flight over a period for every country.

    With ``quick`` (the default) and the start-date rule, countries whose figures are at country level or keyed by
    admin1 p-codes (and name no event) are computed from the figure digest (:mod:`idmon.query.quick`); the others,
    and every country with the pro-rating rule, by the domain rules. Both give the same numbers.
    """
    s = settings or Settings()
    fast: dict[str, dict[str, int]] = {}
    other: set[str] | None = None
    if s.flow_rule == "start" and quick:
        fast, other = quick_totals.flow_totals(store, start, end, s, MAIN_FLOWS)
    totals = {country: {c: by.get(c, 0) for c in MAIN_FLOWS} for country, by in fast.items()}
    if other is None or other:
        loaded = load_candidates(store, None if other is None else sorted(other), list(MAIN_FLOWS), start, end)
        for country, candidates in loaded.items():
            data = CountryData.build(country, candidates)
            split = by_category_of(candidates)
            recs = {c: reconcile_flows(country, split.get(c, []), start, end, c, s, data.index) for c in MAIN_FLOWS}
            if any(rec.used for rec in recs.values()):  # listed, as by the database, when a movement counts
                totals[country] = {category: whole(rec.root.total) for category, rec in recs.items()}
    return {
        country: {
            "country": country,
            "from": start.isoformat(),
            "to": end.isoformat(),
            "total": by_category["new-displacement"],
            "by_category": by_category,
        }
        for country, by_category in sorted(totals.items())
    }


def flows_from(
    data: CountryData, start: date, end: date, settings: Settings | None = None, by: Level = "admin1"
) -> dict[str, Any]:
    """Movements in a country over [start, end], from loaded data (see :func:`flows`)."""
    s = settings or Settings()
    present = {c.category for c in data.candidates} & set(FLOW_CATEGORIES)
    by_category: dict[str, int] = {}
    used: list[str] = []
    excluded: dict[str, dict[str, Any]] = {}
    main: dict[str, Any] = {}
    for category in [*MAIN_FLOWS, *sorted(present - set(MAIN_FLOWS))]:
        rec = reconcile_flows(data.country, data.candidates, start, end, category, s, data.index)
        by_category[category] = whole(rec.root.total)
        used += rec.used
        for row in _excluded(rec):
            if row["reason"] != "other-category" or row["id"] not in excluded:
                excluded[row["id"]] = row
        if category == "new-displacement":
            main = _summary(rec, data.names, by)
    for i in used:
        excluded.pop(i, None)

    def new(x: Settings) -> float:
        return reconcile_flows(data.country, data.candidates, start, end, "new-displacement", x, data.index).root.total

    return {
        "country": data.country,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "total": main["total"],
        "by_cause": _by_cause(data, "new-displacement", new, s),
        "min": main["min"],
        "max": main["max"],
        "by_category": by_category,
        "areas": main["areas"],
        "unallocated": main["unallocated"],
        "used": sorted(used),
        "excluded": list(excluded.values()),
        "settings": settings_dict(s),
    }


def flows(
    store: Store, country: str, start: date, end: date, settings: Settings | None = None, by: Level = "admin1"
) -> dict[str, Any]:
    """New displacements (``total``), returns, cross-border flight and other flows in ``country`` over a period."""
    return flows_from(load_country(store, country), start, end, settings, by)
