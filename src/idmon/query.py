"""The one query layer: stocks, flows, explanations, time series and QA, used by the CLI, API, web and reports.

Each function loads what it needs from the Store with one query, hands it to the pure rules in
:mod:`idmon.domain.reconcile`, and returns plain, JSON-ready results (snake_case keys, vocabulary slugs).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Literal

import sqlalchemy as sa

from idmon.domain.areas import AreaIndex, AreaKey, Place, code_of, fold
from idmon.domain.reconcile import (
    REASONS,
    Candidate,
    Reconciliation,
    Settings,
    close,
    explanation,
    reconcile_flows,
    reconcile_stock,
)
from idmon.domain.rules import round_half_up
from idmon.store import Store
from idmon.store import tables as t

Level = Literal["admin1", "admin2"]
#: Flows reported in every flows result, even when zero.
MAIN_FLOWS = ("new-displacement", "return", "cross-border-flight")
#: Stock categories reported beside the IDP stock, never added to it.
BESIDE = ("partial-stock", "unverified-stock", "people-displaced-across-borders", "returnees")
FLOW_CATEGORIES = (
    "new-displacement",
    "return",
    "multiple-displacement",
    "partial-flow",
    "cross-border-flight",
    "cross-border-return",
    "relocation-elsewhere",
    "deaths",
    "provisional-solutions",
    "local-integration",
    "failed-local-integration",
    "failed-return",
    "failed-relocation-elsewhere",
    "birth",
    "unverified-flow",
    "people-displaced-across-borders-flow",
)


# ---- loading ---------------------------------------------------------------------------------------------------
def _candidate_query(
    countries: Sequence[str] | None,
    categories: Sequence[str] | None,
    since: date | None,
    until: date | None,
    as_of_between: tuple[date, date] | None = None,
) -> sa.Select[Any]:
    f, loc, src = t.figures, t.figure_locations, t.sources
    query = (
        sa.select(
            f.c.id,
            f.c.country,
            f.c.category,
            f.c.total,
            f.c.start_date,
            f.c.end_date,
            f.c.review_status,
            f.c.role,
            f.c.qualifier,
            f.c.event_id,
            src.c.reliability,
            loc.c.admin1,
            loc.c.admin1_pcode,
            loc.c.admin2,
            loc.c.admin2_pcode,
            loc.c.place,
            loc.c.geonames_id,
            loc.c.precision,
            f.c.cause,
        )
        .select_from(f)
        .outerjoin(loc, sa.and_(loc.c.figure_id == f.c.id, loc.c.position == 0))
        .outerjoin(src, src.c.id == f.c.source_id)
    )
    if countries is not None:
        query = query.where(f.c.country.in_(list(countries)))
    else:
        query = query.where(f.c.country.is_not(None))
    if categories is not None:
        query = query.where(f.c.category.in_(list(categories)))
    if as_of_between is not None:  # stocks: only figures whose as-of date is in the window can count
        query = query.where(f.c.end_date.between(*as_of_between))
    if since is not None:
        query = query.where(sa.or_(f.c.end_date >= since, f.c.end_date.is_(None)))
    if until is not None:
        query = query.where(sa.or_(f.c.start_date <= until, f.c.start_date.is_(None)))
    return query


def load_candidates(
    store: Store,
    countries: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    as_of_between: tuple[date, date] | None = None,
) -> dict[str, list[Candidate]]:
    """Figures as reconciliation candidates, by country (one query)."""
    out: dict[str, list[Candidate]] = defaultdict(list)
    rows = store.execute(_candidate_query(countries, categories, since, until, as_of_between))
    for (
        fid,
        country,
        category,
        total,
        start,
        end,
        status,
        role,
        qualifier,
        event_id,
        reliability,
        admin1,
        admin1_pcode,
        admin2,
        admin2_pcode,
        place,
        geonames_id,
        precision,
        cause,
    ) in rows:
        where = Place(country, admin1, admin1_pcode, admin2, admin2_pcode, place, geonames_id)
        out[country].append(
            Candidate(
                fid,
                country,
                category,
                total,
                start,
                end,
                status,
                where,
                role,
                qualifier,
                reliability,
                precision,
                event_id,
                cause,
            )
        )
    return out


# ---- presenting areas ------------------------------------------------------------------------------------------
class AreaNames:
    """Readable names and p-codes for area keys, from the places the candidates name."""

    def __init__(self, candidates: Iterable[Candidate], index: AreaIndex) -> None:
        self.names: dict[str, str] = {}
        for place in dict.fromkeys(c.place for c in candidates):  # each distinct place once, in order
            key = index.key(place)
            for segment in key[1:]:
                name = {"a1": place.admin1, "a2": place.admin2}.get(segment[:2]) or place.place
                if name and segment not in self.names:
                    self.names[segment] = name

    def describe(self, key: AreaKey) -> dict[str, Any]:
        info: dict[str, Any] = {
            "country": key[0],
            "admin1": None,
            "admin1_pcode": None,
            "admin2": None,
            "admin2_pcode": None,
            "place": None,
        }
        for segment in key[1:]:
            pcode, folded = code_of(segment)
            field = {"a1": "admin1", "a2": "admin2"}.get(segment[:2], "place")
            info[field] = self.names.get(segment, folded or pcode)
            if field != "place":
                info[f"{field}_pcode"] = pcode
        return info

    def label(self, key: AreaKey) -> str:
        parts = [self.names.get(s, code_of(s)[0] or code_of(s)[1] or s) for s in key[1:]]
        return " / ".join([key[0], *parts])


def _number(value: float) -> int:
    return round_half_up(value)


def _areas(rec: Reconciliation, names: AreaNames, by: Level) -> list[dict[str, Any]]:
    depth = {"admin1": "a1", "admin2": "a2"}[by]
    rows = []
    for key, area in rec.areas.items():
        if len(key) > 1 and key[-1].startswith(depth + ":"):
            rows.append(
                {
                    **names.describe(key),
                    "total": _number(area.total),
                    "min": _number(area.min),
                    "max": _number(area.max),
                    "resolution": area.resolution,
                    "figure_ids": _standing(rec, key),
                    "unallocated": _number(area.unallocated),
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
        "total": _number(root.total),
        "min": _number(root.min),
        "max": _number(root.max),
        "areas": areas,
        "unallocated": _number(root.total - sum(a["total"] for a in areas)),
        "used": rec.used,
        "excluded": _excluded(rec),
    }


def _settings_dict(s: Settings) -> dict[str, Any]:
    return {
        "window_days": s.window_days,
        "number_tolerance": s.number_tolerance,
        "date_tolerance_days": s.date_tolerance_days,
        "reviewed_only": s.reviewed_only,
        "flow_rule": s.flow_rule,
        "cause": s.cause,
    }


def _by_cause(data: CountryData, category: str, total: Callable[[Settings], float], s: Settings) -> dict[str, int]:
    """The total recomputed for each cause the category's figures have (``unknown`` when none is given). Each is
    reconciled on its own, so they need not add up to the overall total."""
    if s.cause is not None:
        return {}
    causes = sorted({c.cause or "unknown" for c in data.candidates if c.category == category})
    return {cause: _number(total(replace(s, cause=cause))) for cause in causes} if len(causes) > 1 else {}


# ---- stocks ----------------------------------------------------------------------------------------------------
def _by_category(candidates: Iterable[Candidate]) -> dict[str, list[Candidate]]:
    split: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:
        split[c.category].append(c)
    return split


@dataclass
class CountryData:
    """A country's candidates with the area index and names built once for every computation on them."""

    country: str
    candidates: list[Candidate]
    index: AreaIndex
    names: AreaNames

    @classmethod
    def build(cls, country: str, candidates: list[Candidate]) -> CountryData:
        index = AreaIndex(c.place for c in candidates)
        return cls(country, candidates, index, AreaNames(candidates, index))


def _load(store: Store, country: str) -> CountryData:
    code = country.upper()
    return CountryData.build(code, load_candidates(store, [code]).get(code, []))


def stock_from(
    data: CountryData, as_of: date, settings: Settings | None = None, by: Level = "admin1"
) -> dict[str, Any]:
    """The IDP stock of a country as of a date, from loaded data (see :func:`stock`)."""
    s = settings or Settings()
    rec = reconcile_stock(data.country, data.candidates, as_of, s, "idps", data.index)
    result = {"country": data.country, "as_of": as_of.isoformat(), "category": "idps", **_summary(rec, data.names, by)}
    beside = {}
    by_category = _by_category(data.candidates)
    for category in BESIDE:
        if category not in by_category:
            continue
        other = reconcile_stock(data.country, by_category[category], as_of, s, category, data.index)
        if other.used:
            beside[category] = {"total": _number(other.root.total), "used": other.used}
    result["beside"] = beside
    idps = by_category.get("idps", [])
    result["by_cause"] = _by_cause(
        data, "idps", lambda x: reconcile_stock(data.country, idps, as_of, x, "idps", data.index).root.total, s
    )
    result["sources"] = len({i for a in rec.areas.values() for i in a.own})
    result["settings"] = _settings_dict(s)
    return result


def stock(
    store: Store, country: str, as_of: date, settings: Settings | None = None, by: Level = "admin1"
) -> dict[str, Any]:
    """The IDP stock of ``country`` as of ``as_of``: total, range, areas, unallocated part, used and excluded."""
    return stock_from(_load(store, country), as_of, settings, by)


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
        split = _by_category(candidates)
        by_category = {}
        for category in MAIN_FLOWS:
            rec = reconcile_flows(country, split.get(category, []), start, end, category, s, data.index)
            by_category[category] = _number(rec.root.total)
        out[country] = {
            "country": country,
            "from": start.isoformat(),
            "to": end.isoformat(),
            "total": by_category["new-displacement"],
            "by_category": by_category,
        }
    return out


# ---- flows -----------------------------------------------------------------------------------------------------
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
        by_category[category] = _number(rec.root.total)
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
        "settings": _settings_dict(s),
    }


def flows(
    store: Store, country: str, start: date, end: date, settings: Settings | None = None, by: Level = "admin1"
) -> dict[str, Any]:
    """New displacements (``total``), returns, cross-border flight and other flows in ``country`` over a period."""
    return flows_from(_load(store, country), start, end, settings, by)


# ---- explanations ----------------------------------------------------------------------------------------------
def _details(store: Store, country: str, ids: Sequence[str] | None) -> dict[str, dict[str, Any]]:
    """Document, source and excerpt of a country's figures (all of them, or those ``ids``)."""
    f, d, src = t.figures, t.documents, t.sources
    query = (
        sa.select(
            f.c.id,
            f.c.category,
            f.c.reported,
            f.c.unit,
            f.c.total,
            f.c.qualifier,
            f.c.start_date,
            f.c.end_date,
            f.c.review_status,
            f.c.role,
            f.c.excerpt,
            f.c.calculation_logic,
            d.c.id.label("doc_id"),
            d.c.title,
            d.c.url,
            d.c.published,
            src.c.name.label("source"),
            src.c.reliability,
        )
        .select_from(f)
        .outerjoin(d, d.c.id == f.c.document_id)
        .outerjoin(src, src.c.id == f.c.source_id)
        .where(f.c.country == country)
    )
    if ids is not None:
        query = query.where(f.c.id.in_(list(ids)))
    out = {}
    for r in store.execute(query):
        out[r.id] = {
            "category": r.category,
            "reported": r.reported,
            "unit": r.unit,
            "total": r.total,
            "qualifier": r.qualifier,
            "start_date": _iso(r.start_date),
            "end_date": _iso(r.end_date),
            "review_status": r.review_status,
            "role": r.role,
            "excerpt": r.excerpt,
            "calculation_logic": r.calculation_logic,
            "document": {"id": r.doc_id, "title": r.title, "url": r.url, "published": _iso(r.published)}
            if r.doc_id
            else None,
            "source": {"name": r.source, "reliability": r.reliability} if r.source else None,
        }
    return out


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _in_area(key: AreaKey | None, area: str | None) -> bool:
    if area is None:
        return True
    if key is None:
        return False
    wanted = {area.strip(), fold(area)}
    return any((code_of(s)[0] in wanted) or (code_of(s)[1] in wanted) for s in key[1:])


def explain(
    store: Store, country: str, as_of: date, settings: Settings | None = None, area: str | None = None
) -> dict[str, Any]:
    """Every figure of a country considered for its IDP stock as of a date: used, or excluded with the reason."""
    data = _load(store, country)
    s = settings or Settings()
    rec = reconcile_stock(data.country, data.candidates, as_of, s, "idps", data.index)
    keys = {c.id: data.index.key(c.place) for c in data.candidates}
    chosen = [c.id for c in data.candidates if _in_area(keys[c.id], area)]
    details = _details(store, data.country, None if area is None else chosen)
    figures = []
    for fid in chosen:
        d = rec.decisions[fid]
        figures.append(
            {
                "id": fid,
                "status": "used" if d.used else "excluded",
                "reason": d.reason,
                "ref": d.ref,
                "explanation": explanation(d),
                "area": data.names.label(keys[fid]),
                "counted": _number(d.value) if d.used and d.value else 0,
                **details.get(fid, {}),
            }
        )
    figures.sort(key=lambda r: (r["status"] != "used", r["reason"] or "", r["area"], r["id"]))
    root = rec.root
    target = {"total": _number(root.total), "min": _number(root.min), "max": _number(root.max)}
    if area is not None:
        matching = [k for k in rec.areas if len(k) > 1 and _in_area((k[0], k[-1]), area)]
        if matching:
            a = rec.areas[min(matching, key=len)]
            target = {"total": _number(a.total), "min": _number(a.min), "max": _number(a.max)}
    return {
        "country": data.country,
        "as_of": as_of.isoformat(),
        "area": area,
        "total": target["total"],
        "min": target["min"],
        "max": target["max"],
        "figures": figures,
        "reasons": REASONS,
        "settings": _settings_dict(s),
    }


# ---- time series and QA ----------------------------------------------------------------------------------------
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
    data = _load(store, country)
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
    data = _load(store, country)
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
