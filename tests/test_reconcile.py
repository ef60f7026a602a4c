"""Reconciliation scenarios with hand-computed answers, loaded through `idmon import figures`, on both backends."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from idmon import query
from idmon.cli import app
from idmon.domain.reconcile import Settings
from idmon.ingest.figure_table import import_figures
from idmon.store import Store

D = date(2013, 6, 30)


@pytest.fixture
def load(store: Store, tmp_path: Path) -> Any:
    """Import rows (dicts of the import columns) as a CSV file, as a user would."""
    counter = iter(range(1000))

    def _load(*rows: dict[str, Any]) -> None:
        path = tmp_path / f"scenario{next(counter)}.csv"
        columns = sorted({k for r in rows for k in r})
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        import_figures(store, path)

    return _load


def idps(fid: str, reported: int, end: str, **more: Any) -> dict[str, Any]:
    return {
        "id": fid,
        "country": "MLI",
        "category": "idps",
        "term": "displaced",
        "unit": "person",
        "reported": reported,
        "end_date": end,
        "review_status": "approved",
        **more,
    }


def flow(fid: str, reported: int, start: str | None, end: str, **more: Any) -> dict[str, Any]:
    return {
        "id": fid,
        "country": "MLI",
        "category": "new-displacement",
        "term": "displaced",
        "unit": "person",
        "reported": reported,
        "start_date": start or "",
        "end_date": end,
        "review_status": "approved",
        **more,
    }


def reasons(result: dict[str, Any]) -> dict[str, tuple[str | None, str | None]]:
    return {e["id"]: (e["reason"], e["ref"]) for e in result["excluded"]}


def test_country_figure_above_its_admin1_figures_is_used_once(store: Store, load: Any) -> None:
    load(
        idps("c", 100_000, "2013-06-01"),
        idps("a", 30_000, "2013-06-01", admin1="Mopti", admin1_pcode="ML05"),
        idps("b", 20_000, "2013-06-01", admin1="Ségou", admin1_pcode="ML04"),
    )
    r = query.stock(store, "MLI", D)
    assert r["total"] == 100_000
    assert r["used"] == ["c"]
    assert r["unallocated"] == 50_000
    assert [(a["admin1"], a["admin1_pcode"], a["total"]) for a in r["areas"]] == [
        ("Mopti", "ML05", 30_000),
        ("Ségou", "ML04", 20_000),
    ]
    assert reasons(r) == {"a": ("covered-by-parent", "c"), "b": ("covered-by-parent", "c")}


def test_country_figure_below_its_admin1_figures_gives_way(store: Store, load: Any) -> None:
    load(
        idps("c", 40_000, "2013-06-01"),
        idps("a", 30_000, "2013-06-01", admin1="Mopti", admin1_pcode="ML05"),
        idps("b", 20_000, "2013-06-01", admin1="Ségou"),
    )
    r = query.stock(store, "MLI", D)
    assert (r["total"], r["unallocated"], r["used"]) == (50_000, 0, ["a", "b"])
    assert reasons(r) == {"c": ("covered-by-subareas", None)}
    assert (r["min"], r["max"]) == (40_000, 50_000)
    kinds = [f["kind"] for f in query.qa(store, "MLI", D)]
    assert "parent-below-subareas" in kinds


def test_place_and_admin2_roll_into_admin1_without_double_counting(store: Store, load: Any) -> None:
    load(
        idps("a1", 10_000, "2013-06-01", admin1="Mopti", admin1_pcode="ML05"),
        idps("a2", 4_000, "2013-06-01", admin1="Mopti", admin1_pcode="ML05", admin2="Djenné", admin2_pcode="ML0502"),
        idps("p", 9_000, "2013-06-01", admin1="Mopti", admin1_pcode="ML05", place="Sévaré"),
        idps("o", 1_000, "2013-06-01", admin1="Kayes", admin1_pcode="ML01"),
    )
    r = query.stock(store, "MLI", D)
    # Mopti: own 10,000 < Djenné 4,000 + Sévaré 9,000 = 13,000 → sub-areas; country = 13,000 + 1,000
    assert r["total"] == 14_000 and sorted(r["used"]) == ["a2", "o", "p"]
    mopti = next(a for a in r["areas"] if a["admin1_pcode"] == "ML05")
    assert (mopti["total"], mopti["resolution"]) == (13_000, "subareas")
    assert reasons(r)["a1"] == ("covered-by-subareas", None)
    by2 = query.stock(store, "MLI", D, by="admin2")
    assert [(a["admin2"], a["admin2_pcode"], a["total"]) for a in by2["areas"]] == [("Djenné", "ML0502", 4_000)]


def test_name_and_pcode_are_one_area(store: Store, load: Any) -> None:
    load(
        idps("x", 5_000, "2013-05-01", admin1="Ségou", admin1_pcode="ML04"),
        idps("y", 6_000, "2013-06-01", admin1="SEGOU"),
    )
    r = query.stock(store, "MLI", D)
    assert r["total"] == 6_000 and r["used"] == ["y"]
    assert reasons(r) == {"x": ("superseded", "y")}


@pytest.mark.parametrize(
    ("second", "second_date", "duplicate"),
    [
        (10_500, "2013-06-01", True),
        (10_600, "2013-06-01", False),
        (10_000, "2013-06-08", True),
        (10_000, "2013-06-09", False),
    ],
    ids=["5%-in", "6%-out", "7-days-in", "8-days-out"],
)
def test_same_figure_from_two_sources_counts_once(
    store: Store, load: Any, second: int, second_date: str, duplicate: bool
) -> None:
    load(
        idps("ocha", 10_000, "2013-06-01", source="OCHA", source_reliability="high"),
        idps("media", second, second_date, source="Radio", source_reliability="low"),
    )
    r = query.stock(store, "MLI", D)
    if duplicate:
        assert r["used"] == ["ocha"] and reasons(r) == {"media": ("duplicate", "ocha")}
        assert r["total"] == 10_000
        assert any(f["kind"] == "duplicate" for f in query.qa(store, "MLI", D))
    else:
        assert r["total"] in (10_000, second) and len(r["used"]) == 1
        assert reasons(r)[{"ocha", "media"}.difference(r["used"]).pop()][0] in ("superseded", "not-recommended")


def test_later_estimate_supersedes_and_stale_is_dropped(store: Store, load: Any) -> None:
    load(idps("old", 5_000, "2012-07-01"), idps("edge", 6_000, "2012-06-30"), idps("new", 7_000, "2013-03-01"))
    r = query.stock(store, "MLI", date(2013, 6, 30))
    assert r["used"] == ["new"] and r["total"] == 7_000
    assert reasons(r) == {"old": ("superseded", "new"), "edge": ("superseded", "new")}
    # 365 days before 2013-07-01 is 2012-07-01: still in the window; 2012-06-30 is one day too old
    later = query.stock(store, "MLI", date(2013, 7, 1), Settings(window_days=365))
    assert reasons(later)["edge"] == ("stale", None) and reasons(later)["old"] == ("superseded", "new")
    assert query.stock(store, "MLI", date(2012, 6, 29))["total"] == 0


def test_households_are_converted(store: Store, load: Any) -> None:
    store.set_household_size("MLI", 2013, 5.5)
    load(
        idps("h", 1_000, "2013-06-01", unit="household", admin1="Mopti"),
        idps("k", 1_000, "2013-06-01", unit="household", household_size="6", admin1="Kayes"),
    )
    r = query.stock(store, "MLI", D)
    assert r["total"] == 5_500 + 6_000


def test_refugees_abroad_are_never_idps(store: Store, load: Any) -> None:
    load(
        idps("i", 50_000, "2013-06-01"),
        {**idps("r", 150_000, "2013-06-01"), "category": "people-displaced-across-borders"},
        {**idps("p", 3_000, "2013-06-01"), "category": "partial-stock"},
    )
    r = query.stock(store, "MLI", D)
    assert r["total"] == 50_000
    assert reasons(r)["r"] == ("other-category", None)
    assert r["beside"]["people-displaced-across-borders"]["total"] == 150_000
    assert r["beside"]["partial-stock"]["total"] == 3_000


def test_reviewer_recommendation_overrides_the_proposal(store: Store, load: Any) -> None:
    load(
        idps("best", 9_000, "2013-06-01", source="OCHA", source_reliability="high", review_status="signed-off"),
        idps("pick", 12_000, "2013-06-01", source="NGO", source_reliability="low", role="recommended"),
    )
    r = query.stock(store, "MLI", D)
    assert r["used"] == ["pick"] and reasons(r) == {"best": ("not-recommended", "pick")}
    assert (r["min"], r["max"]) == (9_000, 12_000)
    explained = query.explain(store, "MLI", D)
    assert next(f for f in explained["figures"] if f["id"] == "pick")["explanation"] == "recommended by a reviewer"


def test_proposal_ranks_status_then_reliability(store: Store, load: Any) -> None:
    load(
        idps("ngo", 9_000, "2013-06-01", source="NGO", source_reliability="low"),
        idps("gov", 12_000, "2013-06-02", source="Gov", source_reliability="high"),
        idps("raw", 20_000, "2013-06-03", review_status="extracted"),
    )
    r = query.stock(store, "MLI", D)
    assert r["used"] == ["gov"]
    why = next(f for f in query.explain(store, "MLI", D)["figures"] if f["id"] == "gov")["explanation"]
    assert why.startswith("proposed (approved; source reliability high")


def test_rejected_and_unreviewed(store: Store, load: Any) -> None:
    load(
        idps("rej", 90_000, "2013-06-01", review_status="rejected"),
        idps("ext", 8_000, "2013-06-01", review_status="extracted", admin1="Mopti"),
        idps("ok", 5_000, "2013-06-01", admin1="Kayes"),
    )
    r = query.stock(store, "MLI", D)
    assert r["total"] == 13_000 and reasons(r)["rej"] == ("rejected", None)
    reviewed = query.stock(store, "MLI", D, Settings(reviewed_only=True))
    assert reviewed["total"] == 5_000 and reasons(reviewed)["ext"] == ("unreviewed", None)


def test_flows_across_period_edges(store: Store, load: Any) -> None:
    load(
        flow("before", 1_000, "2012-12-20", "2013-01-10", admin1="Mopti"),  # starts before the period
        flow("inside", 2_000, "2013-01-05", "2013-01-20", admin1="Kayes"),
        flow("after", 3_100, "2013-03-25", "2013-04-24", admin1="Gao"),  # starts inside, ends after
        flow("nostart", 400, None, "2013-02-10", admin1="Kidal"),
        {**flow("ret", 700, "2013-02-01", "2013-02-10"), "category": "return"},
    )
    r = query.flows(store, "MLI", date(2013, 1, 1), date(2013, 3, 31))
    assert r["total"] == 2_000 + 3_100 + 400
    assert r["by_category"]["return"] == 700 and r["by_category"]["cross-border-flight"] == 0
    assert reasons(r)["before"] == ("outside-period", None)
    # pro-rated: before 10/22 days in; after 7/31 days in
    p = query.flows(store, "MLI", date(2013, 1, 1), date(2013, 3, 31), Settings(flow_rule="prorate"))
    assert p["total"] == round(1_000 * 10 / 22) + 2_000 + round(3_100 * 7 / 31) + 400


def test_reports_of_one_movement_count_once(store: Store, load: Any) -> None:
    load(
        flow("first", 5_000, "2013-01-10", "2013-01-14", place="Konna", admin1="Mopti"),
        flow("update", 7_000, "2013-01-10", "2013-01-20", place="Konna", admin1="Mopti"),
        flow("copy", 7_100, "2013-01-11", "2013-01-20", place="Konna", admin1="Mopti"),
        flow("other", 900, "2013-02-15", "2013-02-16", place="Konna", admin1="Mopti"),
    )
    r = query.flows(store, "MLI", date(2013, 1, 1), date(2013, 3, 31))
    assert r["total"] == 7_000 + 900
    got = reasons(r)
    assert got["first"] == ("superseded", "update") and got["copy"] == ("duplicate", "update")
    assert any(f["kind"] == "overlapping-flows" for f in query.qa(store, "MLI"))


def test_explanation_lists_every_figure_once(store: Store, load: Any) -> None:
    load(
        idps("c", 100_000, "2013-06-01"),
        idps("a", 30_000, "2013-06-01", admin1="Mopti"),
        idps("d", 30_500, "2013-06-03", admin1="Mopti", source="Radio"),
        idps("s", 1, "2011-01-01"),
        idps("x", 5, "2013-06-01", review_status="rejected"),
        flow("f", 10, "2013-01-01", "2013-01-02"),
    )
    e = query.explain(store, "MLI", D)
    ids = [f["id"] for f in e["figures"]]
    assert sorted(ids) == ["a", "c", "d", "f", "s", "x"]
    assert e["total"] == 100_000
    used = [f for f in e["figures"] if f["status"] == "used"]
    assert [f["id"] for f in used] == ["c"] and used[0]["counted"] == 100_000
    assert all(f["reason"] for f in e["figures"] if f["status"] == "excluded")
    mopti = query.explain(store, "MLI", D, area="Mopti")
    assert sorted(f["id"] for f in mopti["figures"]) == ["a", "d"]
    assert mopti["total"] == 30_500  # d: as reliable as a, and later; a is its duplicate
    assert next(f for f in mopti["figures"] if f["id"] == "a")["reason"] == "duplicate"


def test_series_month_and_year(store: Store, load: Any) -> None:
    load(
        idps("j", 1_000, "2013-01-31"),
        idps("m", 3_000, "2013-03-15"),
        flow("f1", 200, "2013-01-05", "2013-01-06"),
        flow("f2", 300, "2013-03-01", "2013-03-02", admin1="Gao"),
    )
    rows = query.series(store, "MLI", date(2013, 1, 1), date(2013, 3, 31), "month")
    assert [(r["period"], r["stock"], r["new_displacement"]) for r in rows] == [
        ("2013-01", 1_000, 200),
        ("2013-02", 1_000, 0),
        ("2013-03", 3_000, 300),
    ]
    years = query.series(store, "MLI", date(2012, 1, 1), date(2013, 12, 31), "year")
    assert [(r["period"], r["stock"], r["new_displacement"]) for r in years] == [("2012", 0, 0), ("2013", 3_000, 500)]


def test_cli_json_shapes(db_url: str, load: Any) -> None:
    load(
        idps("c", 100_000, "2013-06-01"),
        idps("a", 30_000, "2013-06-01", admin1="Mopti", admin1_pcode="ML05"),
        flow("f", 10, "2013-01-01", "2013-01-02"),
    )
    runner = CliRunner()

    def run(*args: str) -> Any:
        result = runner.invoke(app, [*args, "--db", db_url, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    s = run("stock", "MLI", "--as-of", "2013-06-30")
    assert {"country", "as_of", "total", "min", "max", "areas", "unallocated", "used", "excluded"} <= set(s)
    assert {"admin1", "admin1_pcode", "total"} <= set(s["areas"][0])
    f = run("flows", "MLI", "--from", "2013-01-01", "--to", "2013-12-31")
    assert {"country", "from", "to", "total", "by_category"} <= set(f) and f["by_category"]["new-displacement"] == 10
    e = run("explain", "MLI", "--as-of", "2013-06-30", "--area", "ML05")
    assert [x["id"] for x in e["figures"]] == ["a"]
    q = run("qa", "MLI")
    assert all({"kind", "figure_ids", "message"} <= set(x) for x in q)
    ser = run("series", "MLI", "--from", "2013-01-01", "--to", "2013-02-28", "--freq", "month")
    assert [x["period"] for x in ser] == ["2013-01", "2013-02"] and {"period", "stock", "new_displacement"} <= set(
        ser[0]
    )
    bad = runner.invoke(app, ["stock", "MLI", "--as-of", "June", "--db", db_url])
    assert bad.exit_code == 2 and "as_of" in bad.stderr
    bad = runner.invoke(app, ["flows", "MLI", "--from", "2013-02-01", "--to", "2013-01-01", "--db", db_url])
    assert bad.exit_code == 2 and "before --from" in bad.stderr


def test_series_by_admin1(store: Store, load: Any) -> None:
    load(
        idps("m1", 1_000, "2013-01-31", admin1="Mopti", admin1_pcode="ML05"),
        idps("k1", 500, "2013-02-10", admin1="Kayes", admin1_pcode="ML01"),
        flow("f1", 200, "2013-02-05", "2013-02-06", admin1="Mopti", admin1_pcode="ML05"),
    )
    rows = query.series(store, "MLI", date(2013, 1, 1), date(2013, 2, 28), "month", by="admin1")
    jan, feb = rows
    assert [(a["admin1_pcode"], a["stock"], a["new_displacement"]) for a in jan["areas"]] == [("ML05", 1_000, 0)]
    assert sorted((a["admin1_pcode"], a["stock"], a["new_displacement"]) for a in feb["areas"]) == [
        ("ML01", 500, 0),
        ("ML05", 1_000, 200),
    ]
    assert (feb["stock"], feb["new_displacement"]) == (1_500, 200)


def test_totals_by_cause(store: Store, load: Any) -> None:
    load(
        flow("war", 1_000, "2013-01-05", "2013-01-06", cause="conflict", admin1="Mopti"),
        flow("flood", 400, "2013-02-05", "2013-02-06", cause="disaster", hazard="flood", admin1="Mopti"),
        flow("why", 50, "2013-03-05", "2013-03-06", admin1="Gao"),
        idps("c", 9_000, "2013-06-01", cause="conflict"),
    )
    r = query.flows(store, "MLI", date(2013, 1, 1), date(2013, 6, 30))
    assert r["total"] == 1_450
    assert r["by_cause"] == {"conflict": 1_000, "disaster": 400, "unknown": 50}
    only = query.flows(store, "MLI", date(2013, 1, 1), date(2013, 6, 30), Settings(cause="disaster"))
    assert only["total"] == 400 and reasons(only)["war"] == ("other-cause", None)
    assert query.stock(store, "MLI", D)["by_cause"] == {}  # one cause only: nothing to break down
    runner = CliRunner()
    bad = runner.invoke(app, ["flows", "MLI", "--from", "2013-01-01", "--to", "2013-06-30", "--cause", "war"])
    assert bad.exit_code == 2 and "conflict, disaster, other, unknown" in bad.stderr


def test_qa_flags_one_movement_reported_at_two_places(store: Store, load: Any) -> None:
    load(
        flow("origin", 2_300, "2013-01-14", "2013-01-20", admin1="Ségou", place="Diabaly"),
        flow("arrival", 2_300, "2013-01-15", "2013-01-20", admin1="Ségou", place="Markala"),
        flow("other", 900, "2013-01-15", "2013-01-20", admin1="Ségou", place="Niono"),
        flow("later", 2_300, "2013-04-01", "2013-04-02", admin1="Ségou", place="Niono"),
    )
    flags = [f for f in query.qa(store, "MLI") if f["kind"] == "possible-duplicate"]
    assert [sorted(f["figure_ids"]) for f in flags] == [["arrival", "origin"]]
    assert query.flows(store, "MLI", date(2013, 1, 1), date(2013, 1, 31))["total"] == 2_300 * 2 + 900  # not merged


def test_all_countries_agree_with_each_country(db_url: str, store: Store, load: Any) -> None:
    load(
        idps("c", 100_000, "2013-06-01"),
        idps("a", 30_000, "2013-06-01", admin1="Mopti", admin1_pcode="ML05"),
        {**idps("b", 7_000, "2013-05-01"), "country": "BFA"},
        idps("old", 1, "2011-01-01"),
        flow("f", 10, "2013-01-01", "2013-01-02"),
        {**flow("g", 20, "2013-02-01", "2013-02-02"), "country": "NER"},
    )
    every = query.stock_all(store, D)
    assert {k: v["total"] for k, v in every.items()} == {"BFA": 7_000, "MLI": 100_000}
    for code, result in every.items():
        assert result["total"] == query.stock(store, code, D)["total"]
        assert result["used"] == query.stock(store, code, D)["used"]
    flows_every = query.flows_all(store, date(2013, 1, 1), date(2013, 12, 31))
    assert {k: v["total"] for k, v in flows_every.items()} == {"MLI": 10, "NER": 20}
    runner = CliRunner()
    shown = runner.invoke(app, ["stock", "ALL", "--as-of", "2013-06-30", "--db", db_url, "--json"])
    assert shown.exit_code == 0, shown.output
    assert {k: v["total"] for k, v in json.loads(shown.stdout).items()} == {"BFA": 7_000, "MLI": 100_000}
