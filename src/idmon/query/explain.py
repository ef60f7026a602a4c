"""Explanations: every figure considered for a total, with its document, source, excerpt and reason."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa

from idmon.domain.areas import AreaKey, code_of, fold
from idmon.domain.reconcile import (
    REASONS,
    Settings,
    explanation,
    reconcile_stock,
)
from idmon.query.load import iso, load_country, settings_dict, whole
from idmon.store import Store
from idmon.store import tables as t


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
            "start_date": iso(r.start_date),
            "end_date": iso(r.end_date),
            "review_status": r.review_status,
            "role": r.role,
            "excerpt": r.excerpt,
            "calculation_logic": r.calculation_logic,
            "document": {"id": r.doc_id, "title": r.title, "url": r.url, "published": iso(r.published)}
            if r.doc_id
            else None,
            "source": {"name": r.source, "reliability": r.reliability} if r.source else None,
        }
    return out


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
    data = load_country(store, country)
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
                "counted": whole(d.value) if d.used and d.value else 0,
                **details.get(fid, {}),
            }
        )
    figures.sort(key=lambda r: (r["status"] != "used", r["reason"] or "", r["area"], r["id"]))
    root = rec.root
    target = {"total": whole(root.total), "min": whole(root.min), "max": whole(root.max)}
    if area is not None:
        matching = [k for k in rec.areas if len(k) > 1 and _in_area((k[0], k[-1]), area)]
        if matching:
            a = rec.areas[min(matching, key=len)]
            target = {"total": whole(a.total), "min": whole(a.min), "max": whole(a.max)}
    return {
        "country": data.country,
        "as_of": as_of.isoformat(),
        "area": area,
        "total": target["total"],
        "min": target["min"],
        "max": target["max"],
        "figures": figures,
        "reasons": REASONS,
        "settings": settings_dict(s),
    }
