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


def stock_all(store: Store, as_of: date, settings: Settings | None = None) -> dict[str, dict[str, Any]]:
    """The IDP stock as of a date for every country with figures, by admin1 (one query for all)."""
    s = settings or Settings()
    since = as_of - timedelta(days=s.window_days)
    loaded = load_candidates(store, None, ["idps"], as_of_between=(since, as_of))
    out = {}
    for country, candidates in sorted(loaded.items()):
        data = CountryData.build(country, candidates)
        rec = reconcile_stock(country, candidates, as_of, s, "idps", data.index)
        out[country] = {"country": country, "as_of": as_of.isoformat(), **_summary(rec, data.names, "admin1")}
    return out


def flows_all(store: Store, start: date, end: date, settings: Settings | None = None) -> dict[str, dict[str, Any]]:
    """New displacements, returns and cross-border flight over a period for every country (one query for all)."""
    s = settings or Settings()
    loaded = load_candidates(store, None, list(MAIN_FLOWS), start, end)
    out = {}
    for country, candidates in sorted(loaded.items()):
        data = CountryData.build(country, candidates)
        split = by_category_of(candidates)
        by_category = {}
        for category in MAIN_FLOWS:
            rec = reconcile_flows(country, split.get(category, []), start, end, category, s, data.index)
            by_category[category] = whole(rec.root.total)
        out[country] = {
            "country": country,
            "from": start.isoformat(),
            "to": end.isoformat(),
            "total": by_category["new-displacement"],
            "by_category": by_category,
        }
    return out


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
