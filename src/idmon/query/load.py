"""Loading a country's figures as reconciliation candidates, and naming their areas."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import sqlalchemy as sa

from idmon.domain.areas import AreaIndex, AreaKey, Place, code_of
from idmon.domain.reconcile import (
    Candidate,
    Settings,
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


def whole(value: float) -> int:
    """A number of people as published: rounded half up (pro-rated flows can be fractions)."""
    return round_half_up(value)


def settings_dict(s: Settings) -> dict[str, Any]:
    """The settings a result was computed with, as JSON."""
    return {
        "window_days": s.window_days,
        "number_tolerance": s.number_tolerance,
        "date_tolerance_days": s.date_tolerance_days,
        "reviewed_only": s.reviewed_only,
        "flow_rule": s.flow_rule,
        "cause": s.cause,
    }


def by_category_of(candidates: Iterable[Candidate]) -> dict[str, list[Candidate]]:
    """Candidates grouped by category (reconciling one category need not look at the others)."""
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


def load_country(store: Store, country: str) -> CountryData:
    """One country's figures, loaded once for every computation on them."""
    code = country.upper()
    return CountryData.build(code, load_candidates(store, [code]).get(code, []))


def iso(value: date | None) -> str | None:
    """A date as YYYY-MM-DD, or None."""
    return value.isoformat() if value else None
