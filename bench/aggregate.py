"""Reconciliation at scale: stock by admin1 for every country at a date, and flows over a year, on 1M figures.

Synthetic data (it does not read ../shared): 200 countries with 10 admin1 areas each; IDP stocks, new
displacements, returns and refugees abroad over ten years; country-level figures beside admin1 ones; duplicates
from other sources; stale, rejected and recommended rows. The same rows go into SQLite, PostgreSQL and an in-memory
DuckDB. idmon's numbers come from the functions the CLI calls (``idmon stock ALL`` / ``idmon flows ALL`` call
``idmon.query.stock_all`` / ``flows_all``); the
reference is the same computation written as plain DuckDB SQL. Totals must be equal for every country.

Loading is not timed. Explanations (``idmon.query.explain`` for every country) are timed separately.

    .venv/bin/python bench/aggregate.py [--figures 1000000] [--backends sqlite,postgresql] [--repeat 3]

PostgreSQL comes from IDMON_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test); the benchmark
creates and drops its own database there.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from idmon import query
from idmon.domain.countries import country_names
from idmon.errors import DatabaseNotReady
from idmon.store import Store
from idmon.store import tables as t
from idmon.store.engine import resolve_url

AS_OF = date(2024, 6, 30)
PERIOD = (date(2023, 7, 1), date(2024, 6, 30))
STATUSES = ["extracted"] * 3 + ["in-review"] * 3 + ["approved"] * 8 + ["signed-off"] * 2 + ["rejected"]
QUALIFIERS = ["exact", "approximately", "approximately", "more-than", "less-than", None]
CATEGORIES = ["idps"] * 55 + ["new-displacement"] * 30 + ["return"] * 8 + ["people-displaced-across-borders"] * 7


def generate(n: int, seed: int = 42) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Sources, figures and first locations: deterministic for a seed."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    countries = sorted(c for c in country_names() if len(c) == 3)[:200]
    sources = [
        {
            "id": f"src-{i}",
            "name": f"Source {i}",
            "kind": "other",
            "reliability": ["high", "medium", "low", "unknown"][i % 4],
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(50)
    ]
    figures: list[dict[str, Any]] = []
    locations: list[dict[str, Any]] = []
    start = date(2015, 1, 1).toordinal()
    span = AS_OF.toordinal() - start
    for i in range(n):
        if figures and rng.random() < 0.1:  # another source reporting (almost) the same figure
            base = figures[rng.randrange(max(0, len(figures) - 500), len(figures))]
            value = max(0, int(base["reported"] * rng.uniform(0.98, 1.02)))
            shift = timedelta(days=rng.randint(-3, 3))
            fig = {
                **base,
                "id": f"f{i}",
                "reported": value,
                "total": value,
                "end_date": base["end_date"] + shift,
                "start_date": base["start_date"] + shift if base["start_date"] else None,
                "source_id": f"src-{rng.randrange(50)}",
                "review_status": rng.choice(STATUSES),
                "role": None,
            }
            base_loc = next((loc for loc in locations[-500:] if loc["figure_id"] == base["id"]), None)
            figures.append(fig)
            if base_loc:
                locations.append({**base_loc, "figure_id": fig["id"]})
            continue
        country = countries[i % len(countries)]
        category = rng.choice(CATEGORIES)
        end = date.fromordinal(start + rng.randrange(span))
        is_flow = category in ("new-displacement", "return")
        begin = end - timedelta(days=rng.randint(0, 40)) if is_flow and rng.random() < 0.9 else None
        level = "country" if rng.random() < 0.12 else "admin1"
        value = rng.randint(50, 5000) * (10 if level == "country" else 1)
        fig = {
            "id": f"f{i}",
            "country": country,
            "category": category,
            "term": "displaced",
            "reported": value,
            "total": value,
            "unit": "person",
            "vague": False,
            "qualifier": rng.choice(QUALIFIERS),
            "start_date": begin,
            "end_date": end,
            "review_status": rng.choice(STATUSES),
            "role": "recommended" if rng.random() < 0.01 else None,
            "source_id": f"src-{rng.randrange(50)}",
            "method": "bench",
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        figures.append(fig)
        if level == "admin1":
            a = rng.randrange(10)
            locations.append(
                {
                    "figure_id": fig["id"],
                    "position": 0,
                    "country": country,
                    "admin1": f"{country} region {a}",
                    "admin1_pcode": f"{country}{a:02d}",
                    "precision": "adm1",
                    "role": "both",
                }
            )
    return sources, figures, locations


def fill(
    url: str, sources: list[dict[str, Any]], figures: list[dict[str, Any]], locations: list[dict[str, Any]]
) -> Store:
    """A migrated idmon database holding the rows (bulk insert: loading is not what is measured)."""
    store = Store.open(url, create=True, user="bench")
    columns = [c.name for c in t.figures.columns]
    rows = [{c: f.get(c) for c in columns} for f in figures]
    loc_columns = [c.name for c in t.figure_locations.columns]
    locs = [{c: loc.get(c) for c in loc_columns} for loc in locations]
    with store.engine.begin() as conn:
        conn.execute(sa.insert(t.sources), sources)
        for i in range(0, len(rows), 50_000):
            conn.execute(sa.insert(t.figures), rows[i : i + 50_000])
        for i in range(0, len(locs), 50_000):
            conn.execute(sa.insert(t.figure_locations), locs[i : i + 50_000])
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        # what autovacuum does to a freshly loaded PostgreSQL table (SQLite: statistics only)
        conn.exec_driver_sql("VACUUM ANALYZE" if store.engine.dialect.name == "postgresql" else "ANALYZE")
    return store


def reuse(url: str, count: int) -> Store | None:
    """A kept database that already holds the generated rows (same seed and size), else None."""
    try:
        store = Store.open(url, user="bench")
    except DatabaseNotReady:  # not migrated yet: load it
        return None
    with store.engine.connect() as conn:
        held = conn.execute(sa.select(sa.func.count()).select_from(t.figures)).scalar_one()
    if held == count:
        return store
    store.close()
    if held:
        sys.exit(f"error: {url} holds {held:,} figures, not {count:,}: remove it or use another --keep folder")
    return None


STOCK_SQL = """
WITH elig AS (
  SELECT f.id, f.country, l.admin1_pcode AS a1, f.total, f.end_date,
         f.role = 'recommended' AS rec,
         CASE f.review_status WHEN 'signed-off' THEN 4 WHEN 'approved' THEN 3 WHEN 'in-review' THEN 2
              WHEN 'extracted' THEN 1 ELSE 0 END AS st,
         CASE coalesce(s.reliability, 'unknown') WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'unknown' THEN 1
              ELSE 0 END AS rel,
         CASE f.qualifier WHEN 'exact' THEN 3 WHEN 'approximately' THEN 2 ELSE 1 END AS qual,
         CASE l.precision WHEN 'point' THEN 5 WHEN 'adm3' THEN 4 WHEN 'adm2' THEN 3 WHEN 'adm1' THEN 2
              WHEN 'adm0' THEN 1 ELSE 0 END AS prec
  FROM figures f
  LEFT JOIN locs l ON l.figure_id = f.id
  LEFT JOIN sources s ON s.id = f.source_id
  WHERE f.category = 'idps' AND f.review_status <> 'rejected' AND f.total IS NOT NULL
    AND f.end_date <= DATE '{as_of}' AND f.end_date >= DATE '{as_of}' - INTERVAL {window} DAY
),
area AS (
  SELECT *, max(end_date) OVER w AS latest, bool_or(coalesce(rec, false)) OVER w AS has_rec
  FROM elig WINDOW w AS (PARTITION BY country, a1)
),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY country, a1 ORDER BY
      CASE WHEN has_rec THEN coalesce(rec, false)::INT ELSE (end_date >= latest - INTERVAL {tol} DAY)::INT END DESC,
      CASE WHEN has_rec THEN end_date END DESC NULLS LAST,
      st DESC, rel DESC, end_date DESC, qual DESC, prec DESC, id DESC) AS rn
  FROM area
),
agg AS (
  SELECT country, max(CASE WHEN a1 IS NULL THEN total END) AS own, sum(CASE WHEN a1 IS NOT NULL THEN total END) AS kids
  FROM ranked WHERE rn = 1 GROUP BY country
)
SELECT country, CASE WHEN own IS NOT NULL AND (kids IS NULL OR own >= kids) THEN own ELSE kids END AS total
FROM agg ORDER BY country
"""

FLOWS_SQL = """
WITH elig AS (
  SELECT f.id, f.country, l.admin1_pcode AS a1, f.total,
         coalesce(f.start_date, f.end_date) AS s, coalesce(f.end_date, f.start_date) AS e,
         coalesce(f.role = 'recommended', false) AS rec,
         CASE f.review_status WHEN 'signed-off' THEN 4 WHEN 'approved' THEN 3 WHEN 'in-review' THEN 2
              WHEN 'extracted' THEN 1 ELSE 0 END AS st,
         CASE coalesce(src.reliability, 'unknown') WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'unknown' THEN 1
              ELSE 0 END AS rel,
         f.end_date AS end_date,
         CASE f.qualifier WHEN 'exact' THEN 3 WHEN 'approximately' THEN 2 ELSE 1 END AS qual,
         CASE l.precision WHEN 'point' THEN 5 WHEN 'adm3' THEN 4 WHEN 'adm2' THEN 3 WHEN 'adm1' THEN 2
              WHEN 'adm0' THEN 1 ELSE 0 END AS prec
  FROM figures f
  LEFT JOIN locs l ON l.figure_id = f.id
  LEFT JOIN sources src ON src.id = f.source_id
  WHERE f.category = 'new-displacement' AND f.review_status <> 'rejected' AND f.total IS NOT NULL
    AND coalesce(f.start_date, f.end_date) BETWEEN DATE '{start}' AND DATE '{end}'
),
t1 AS (SELECT *, max(e) OVER (PARTITION BY country ORDER BY s, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
       AS reach FROM elig),
t2 AS (SELECT *, sum(CASE WHEN reach IS NULL OR s > reach + INTERVAL {tol} DAY THEN 1 ELSE 0 END)
       OVER (PARTITION BY country ORDER BY s, id) AS bout FROM t1),
a1 AS (SELECT *, max(e) OVER (PARTITION BY country, bout, a1 ORDER BY s, id ROWS BETWEEN UNBOUNDED PRECEDING AND
       1 PRECEDING) AS areach FROM t2),
a2 AS (SELECT *, sum(CASE WHEN areach IS NULL OR s > areach + INTERVAL {tol} DAY THEN 1 ELSE 0 END)
       OVER (PARTITION BY country, bout, a1 ORDER BY s, id) AS mv FROM a1),
ch AS (SELECT *, row_number() OVER (PARTITION BY country, bout, a1, mv ORDER BY rec DESC, e DESC,
       st DESC, rel DESC, end_date DESC, qual DESC, prec DESC, id DESC) AS rn FROM a2),
area AS (SELECT country, bout, a1, sum(total) AS v FROM ch WHERE rn = 1 GROUP BY country, bout, a1),
b AS (SELECT country, bout, max(CASE WHEN a1 IS NULL THEN v END) AS own, sum(CASE WHEN a1 IS NOT NULL THEN v END)
      AS kids FROM area GROUP BY country, bout)
SELECT country, sum(CASE WHEN own IS NOT NULL AND (kids IS NULL OR own >= kids) THEN own ELSE kids END) AS total
FROM b GROUP BY country ORDER BY country
"""


def duckdb_reference(
    sources: list[dict[str, Any]], figures: list[dict[str, Any]], locations: list[dict[str, Any]]
) -> Any:
    import duckdb
    import pandas as pd

    con = duckdb.connect()
    con.register("sources_df", pd.DataFrame(sources))
    frame = pd.DataFrame(figures)
    for column in ("start_date", "end_date"):
        frame[column] = pd.to_datetime(frame[column])
    con.register("figures_df", frame)
    con.register("locs_df", pd.DataFrame(locations))
    con.execute("CREATE TABLE sources AS SELECT * FROM sources_df")
    con.execute(
        "CREATE TABLE figures AS SELECT * EXCLUDE (start_date, end_date), start_date::DATE AS start_date, "
        "end_date::DATE AS end_date FROM figures_df"
    )
    con.execute("CREATE TABLE locs AS SELECT * FROM locs_df")
    return con


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def pg_database(keep: str | None = None) -> tuple[str, Callable[[], None]]:
    base = resolve_url(os.environ.get("IDMON_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"))
    name = f"idmon_bench_{keep}" if keep else f"idmon_bench_{secrets.token_hex(3)}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
        if not exists:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    if keep:
        admin.dispose()
        return base.set(database=name).render_as_string(hide_password=False), lambda: None

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return base.set(database=name).render_as_string(hide_password=False), drop


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--figures", type=int, default=1_000_000)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--explain-countries", type=int, default=200)
    parser.add_argument(
        "--keep",
        metavar="DIR",
        help="keep the loaded databases (SQLite in DIR, PostgreSQL as idmon_bench_keep_N) and reuse them when they "
        "hold the same rows: loading takes minutes",
    )
    args = parser.parse_args()

    began = time.perf_counter()
    sources, figures, locations = generate(args.figures)
    print(f"generated {len(figures):,} figures, {len(locations):,} locations in {time.perf_counter() - began:.1f}s")
    con = duckdb_reference(sources, figures, locations)
    # The million generated rows stay alive for loading each backend: keep them out of the garbage collector's
    # scans, which would otherwise be charged to idmon (a real process holds no such heap).
    gc.freeze()
    window, tol = 365, 7
    stock_sql = STOCK_SQL.format(as_of=AS_OF, window=window, tol=tol)
    flows_sql = FLOWS_SQL.format(start=PERIOD[0], end=PERIOD[1], tol=tol)
    duck_stock_s, duck_stock = timed(lambda: dict(con.execute(stock_sql).fetchall()), args.repeat)
    duck_flows_s, duck_flows = timed(lambda: dict(con.execute(flows_sql).fetchall()), args.repeat)
    print(f"duckdb      stock {duck_stock_s:.3f}s  flows {duck_flows_s:.3f}s  ({len(duck_stock)} countries)")

    rows = []
    for backend in args.backends.split(","):
        if backend == "sqlite":
            folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp())
            folder.mkdir(parents=True, exist_ok=True)
            url, cleanup = f"sqlite:///{folder / f'bench-{args.figures}.db'}", lambda: None
        else:
            url, cleanup = pg_database(f"keep_{args.figures}" if args.keep else None)
        try:
            began = time.perf_counter()
            store = reuse(url, len(figures)) if args.keep else None
            if store is None:
                store = fill(url, sources, figures, locations)
                print(f"{backend:<11} loaded in {time.perf_counter() - began:.1f}s (not timed)")
            else:
                print(f"{backend:<11} reusing the {len(figures):,} figures loaded by an earlier run")
            # the reference runs again right before, so that both see the same load on this shared machine
            duck_stock_s, _ = timed(lambda: con.execute(stock_sql).fetchall(), args.repeat)
            stock_s, stock = timed(lambda s=store: query.stock_all(s, AS_OF), args.repeat)
            duck_flows_s, _ = timed(lambda: con.execute(flows_sql).fetchall(), args.repeat)
            flows_s, fl = timed(lambda s=store: query.flows_all(s, *PERIOD), args.repeat)
            countries = sorted(stock)[: args.explain_countries]
            explain_s, _ = timed(lambda s=store, cs=countries: [query.explain(s, c, AS_OF) for c in cs], 1)
            store.close()
        finally:
            cleanup()
        same_stock = {c: v["total"] for c, v in stock.items()} == {c: int(v) for c, v in duck_stock.items()}
        same_flows = {c: v["total"] for c, v in fl.items() if v["total"]} == {c: int(v) for c, v in duck_flows.items()}
        print(
            f"{backend:<11} stock {stock_s:.3f}s ({stock_s / duck_stock_s:.1f}× duckdb, totals equal: {same_stock})"
            f"  flows {flows_s:.3f}s ({flows_s / duck_flows_s:.1f}× duckdb, totals equal: {same_flows})"
            f"  explain {len(countries)} countries {explain_s:.2f}s"
        )
        rows.append(
            (
                backend,
                stock_s,
                duck_stock_s,
                flows_s,
                duck_flows_s,
                explain_s / len(countries),
                same_stock and same_flows,
            )
        )
        if not (same_stock and same_flows):
            diff = [c for c in stock if stock[c]["total"] != int(duck_stock.get(c, 0))][:5]
            print(f"  first differing countries: {diff}")
    print(
        "\n| backend | stock, all countries | × DuckDB | flows, one year | × DuckDB | totals equal | explain/country |"
    )
    print("|---|---|---|---|---|---|---|")
    for backend, stock_s, duck_s, flows_s, duck_f, explain_each, same in rows:
        print(
            f"| {backend} | {stock_s:.3f} s | {stock_s / duck_s:.1f} | {flows_s:.3f} s | "
            f"{flows_s / duck_f:.1f} | {same} | {explain_each:.2f} s |"
        )
    return 0 if all(r[6] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
