"""Totals for every country read from the figure digest (idmon.query.quick) equal the domain rules, country by country.

Random figures with every tie and threshold the rules know (recommended figures, equal dates, numbers exactly at
the duplicate tolerance, dates exactly at the date tolerance, zero totals, country-level figures above and below
their admin1 areas, overlapping movements, figures without a start date), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from idmon import query
from idmon.domain.reconcile import Settings
from idmon.query import quick
from idmon.store import Store
from idmon.store import tables as t

AS_OF = date(2024, 6, 30)
PERIOD = (date(2023, 7, 1), date(2024, 6, 30))
COUNTRIES = ["MLI", "NER", "BFA", "TCD", "SDN", "COD"]


def _figures(seed: int, n: int = 700) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    figures: list[dict[str, Any]] = []
    locations: list[dict[str, Any]] = []
    for i in range(n):
        country = rng.choice(COUNTRIES)
        category = rng.choice(["idps", "idps", "new-displacement", "new-displacement", "return", "cross-border-flight"])
        end = AS_OF - timedelta(days=rng.choice([0, 1, 3, 7, 8, 30, 200, 365, 366, 400, -5]))
        if rng.random() < 0.3 and figures:  # another report of an earlier figure, at the thresholds
            base = rng.choice(figures[-40:])
            country, category = base["country"], base["category"]
            end = base["end_date"] + timedelta(days=rng.choice([0, 7, -7, 8, 2]))
            value = round(base["reported"] * rng.choice([1, 0.95, 1.05, 0.949, 1.06]))
        else:
            value = rng.choice([0, 10, 100, 1000, 1000, 5000, 20000])
        start = end - timedelta(days=rng.choice([0, 5, 20, 60])) if rng.random() < 0.8 else None
        fid = rng.choice(["f", "F", "a", "Z", "é"]) + str(i)  # ids whose order depends on code points, not locale
        figures.append(
            {
                "id": fid,
                "country": country,
                "category": category,
                "unit": "person",
                "reported": value,
                "total": None if rng.random() < 0.02 else value,
                "vague": False,
                "qualifier": rng.choice(["exact", "approximately", "more-than", "less-than", None]),
                "start_date": start if category != "idps" else None,
                "end_date": end,
                "review_status": rng.choice(["extracted", "in-review", "approved", "signed-off", "rejected"]),
                "role": "recommended" if rng.random() < 0.05 else None,
                "source_id": rng.choice(["s-high", "s-low", "s-none", "s-medium", None]),
                "cause": rng.choice(["conflict", "disaster", None]),
                "method": "test",
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
        if rng.random() < 0.7:
            a = rng.randrange(4)
            locations.append(
                {
                    "figure_id": fid,
                    "position": 0,
                    "country": country,
                    "admin1": f"Region {a}",
                    "admin1_pcode": f"{country[:2]}{a:02d}",
                    "precision": rng.choice(["adm1", "point", None]),
                    "role": "both",
                }
            )
    return figures, locations


def _fill(store: Store, figures: list[dict[str, Any]], locations: list[dict[str, Any]]) -> None:
    now = datetime.now(UTC)
    sources = [
        {"id": i, "name": i, "kind": "other", "reliability": r, "version": 1, "created_at": now, "updated_at": now}
        for i, r in (("s-high", "high"), ("s-low", "low"), ("s-none", "unknown"), ("s-medium", "medium"))
    ]
    columns = [c.name for c in t.figures.columns]
    with store.engine.begin() as conn:
        conn.execute(sa.insert(t.sources), sources)
        conn.execute(sa.insert(t.figures), [{c: f.get(c) for c in columns} for f in figures])
        conn.execute(sa.insert(t.figure_locations), locations)


def _comparable(result: dict[str, Any]) -> dict[str, Any]:
    areas = [
        (a["admin1_pcode"], a["total"], a["min"], a["max"], a["resolution"], a["figure_ids"], a["unallocated"])
        for a in result["areas"]
    ]
    return {k: result[k] for k in ("total", "min", "max", "unallocated", "used")} | {"areas": sorted(areas)}


SETTINGS = [
    Settings(),
    Settings(reviewed_only=True, window_days=90),
    Settings(cause="conflict", number_tolerance=0.1, date_tolerance_days=3),
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stock_in_the_database_equals_the_domain_rules(store: Store, seed: int) -> None:
    _fill(store, *_figures(seed))
    for settings in SETTINGS:
        fast, other = quick.stock_areas(store, AS_OF, settings)
        assert fast and not other
        every = query.stock_all(store, AS_OF, settings, quick=True)
        by_domain = query.stock_all(store, AS_OF, settings, quick=False)
        assert {c: _comparable(r) for c, r in every.items()} == {c: _comparable(r) for c, r in by_domain.items()}
        for country in COUNTRIES:
            one = query.stock(store, country, AS_OF, settings)
            if not one["used"]:
                assert country not in every or every[country]["total"] == 0
                continue
            assert _comparable(every[country]) == _comparable(one), (country, settings)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_flows_in_the_database_equal_the_domain_rules(store: Store, seed: int) -> None:
    _fill(store, *_figures(seed))
    for settings in SETTINGS:
        fast, other = quick.flow_totals(store, *PERIOD, settings, query.MAIN_FLOWS)
        assert fast and not other
        every = query.flows_all(store, *PERIOD, settings, quick=True)
        assert every == query.flows_all(store, *PERIOD, settings, quick=False)
        for country in COUNTRIES:
            one = query.flows(store, country, *PERIOD, settings)
            got = every.get(country, {"by_category": dict.fromkeys(query.MAIN_FLOWS, 0)})
            assert got["by_category"] == {c: one["by_category"][c] for c in query.MAIN_FLOWS}, (country, settings)


def test_countries_of_another_shape_are_left_to_the_domain_rules(store: Store) -> None:
    figures, locations = _figures(4)
    _fill(store, figures, locations)
    now = datetime.now(UTC)
    extra = [
        {
            "id": f"odd{i}",
            "country": "MLI",
            "category": category,
            "unit": "person",
            "reported": 250_000,
            "total": 250_000,
            "vague": False,
            "start_date": AS_OF - timedelta(days=40) if category != "idps" else None,
            "end_date": AS_OF - timedelta(days=10),
            "review_status": "approved",
            "method": "test",
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for i, category in enumerate(["idps", "new-displacement"])
    ]
    with store.engine.begin() as conn:
        conn.execute(sa.insert(t.figures), extra)
        # an admin1 named without its p-code, and a town: only the domain keys these
        odd = [{"admin1": "Region 1"}, {"place": "Konna"}]
        for i, where in enumerate(odd):
            row = {"figure_id": f"odd{i}", "position": 0, "country": "MLI", "role": "both", **where}
            conn.execute(sa.insert(t.figure_locations), row)
    fast, other = quick.stock_areas(store, AS_OF, Settings())
    assert other == {"MLI"} and "MLI" not in fast and "NER" in fast
    flows_fast, flows_other = quick.flow_totals(store, *PERIOD, Settings(), query.MAIN_FLOWS)
    assert flows_other == {"MLI"} and "MLI" not in flows_fast
    every = query.stock_all(store, AS_OF, quick=True)
    assert _comparable(every["MLI"]) == _comparable(query.stock(store, "MLI", AS_OF))
    flows_every = query.flows_all(store, *PERIOD, quick=True)
    assert flows_every["MLI"]["total"] == query.flows(store, "MLI", *PERIOD)["total"]
    prorated = query.flows_all(store, *PERIOD, Settings(flow_rule="prorate"), quick=True)
    for country in COUNTRIES:
        one = query.flows(store, country, *PERIOD, Settings(flow_rule="prorate"))
        assert prorated.get(country, {"total": 0})["total"] == one["total"]
