"""`idmon import figures`: CSV and XLSX tables, per-row errors, --skip-invalid, ids kept, idempotent re-runs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from idmon.cli import app
from idmon.ingest.figure_table import COLUMNS, ImportFailed, import_figures
from idmon.store import FigureFilter, Store

runner = CliRunner()

GOOD = [
    {
        "id": "mli-1",
        "country": "MLI",
        "admin1": "Mopti",
        "admin1_pcode": "ML05",
        "category": "idps",
        "term": "displaced",
        "unit": "person",
        "reported": "41,000",
        "qualifier": "approximately",
        "end_date": "2013-01-14",
        "end_date_accuracy": "day",
        "cause": "conflict",
        "source": "OCHA",
        "source_reliability": "high",
        "document_url": "https://example.org/a",
        "published": "2013-01-16",
        "excerpt": "About 41,000 displaced people in Mopti.",
        "review_status": "approved",
    },
    {
        "id": "mli-2",
        "country": "MLI",
        "admin1": "Ségou",
        "category": "idps",
        "unit": "household",
        "reported": "1000",
        "household_size": "5.5",
        "end_date": "2013-01-10",
        "source": "Local NGO",
    },
    {
        "id": "",
        "country": "BFA",
        "place": "Djibo",
        "lat": "14.1",
        "lon": "-1.63",
        "category": "new-displacement",
        "term": "forced-to-flee",
        "reported": "300",
        "start_date": "2013-01-01",
        "end_date": "2013-01-05",
        "source": "OCHA",
    },
]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def write_xlsx(path: Path, rows: list[dict[str, str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append([row.get(c) or None for c in COLUMNS])
    book.save(path)
    return path


@pytest.mark.parametrize("writer", [write_csv, write_xlsx], ids=["csv", "xlsx"])
def test_import_keeps_ids_and_provenance(store: Store, tmp_path: Path, writer: object) -> None:
    path = writer(tmp_path / ("f.csv" if writer is write_csv else "f.xlsx"), GOOD)  # type: ignore[operator]
    report = import_figures(store, path)
    assert (len(report.created), report.rows) == (3, 3)
    first = store.get_figure("mli-1")
    assert first.reported == 41000 and first.locations[0].admin1_pcode == "ML05"
    assert first.method == ("import:csv" if writer is write_csv else "import:xlsx")
    assert first.review_status == "approved"
    second = store.get_figure("mli-2")
    assert second.total == 5500 and second.review_status == "in-review"
    generated = [i for i in report.created if i not in ("mli-1", "mli-2")]
    assert generated and generated[0].startswith("fig-")
    sources = {s.name: s for s in store.sources()}
    assert sources["OCHA"].reliability == "high" and sources["Local NGO"].reliability == "unknown"
    assert first.source_id == sources["OCHA"].id
    doc = store.get("document", first.document_id or "")
    assert doc.url == "https://example.org/a" and doc.published.isoformat() == "2013-01-16"
    assert doc.publishers == [sources["OCHA"].id]


def test_reimport_changes_nothing_and_edits_make_versions(store: Store, tmp_path: Path) -> None:
    rows = GOOD[:2]
    path = write_csv(tmp_path / "f.csv", rows)
    import_figures(store, path)
    again = import_figures(store, path)
    assert again.unchanged == ["mli-1", "mli-2"] and not again.created and not again.updated
    assert [v.version for v in store.history("figure", "mli-1")] == [1]
    write_csv(path, [{**rows[0], "reported": "42000"}, rows[1]])
    third = import_figures(store, path)
    assert third.updated == ["mli-1"] and third.unchanged == ["mli-2"]
    assert store.get_figure("mli-1").reported == 42000
    assert store.history("figure", "mli-1")[-1].note == "import of f.csv"


def test_an_invalid_row_stops_everything(store: Store, tmp_path: Path) -> None:
    bad = [GOOD[0], {**GOOD[1], "category": "idp", "end_date": "2013-31-01"}, {**GOOD[2], "country": "XXX"}]
    path = write_csv(tmp_path / "f.csv", bad)
    with pytest.raises(ImportFailed) as caught:
        import_figures(store, path)
    problems = caught.value.report.problems
    assert {(p.row, p.field) for p in problems} == {(3, "category"), (3, "end_date"), (4, "country")}
    assert "allowed values: idps" in str(caught.value)
    assert store.count_figures() == 0 and store.sources() == []


def test_skip_invalid_imports_the_rest(store: Store, tmp_path: Path) -> None:
    bad = [GOOD[0], {**GOOD[1], "reported": "-3"}]
    report = import_figures(store, write_csv(tmp_path / "f.csv", bad), skip_invalid=True)
    assert report.created == ["mli-1"] and report.skipped_rows == [3]
    assert store.count_figures() == 1


def test_unknown_column_is_reported(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("id,country,category,populaton\nx,MLI,idps,5\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="populaton: is not a column idmon knows"):
        import_figures(store, path, skip_invalid=True)


def test_cli_import_reports_and_exit_codes(db_url: str, tmp_path: Path) -> None:
    good = write_csv(tmp_path / "good.csv", GOOD)
    result = runner.invoke(app, ["import", "figures", str(good), "--db", db_url, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["created"] == 3
    bad = write_csv(tmp_path / "bad.csv", [{**GOOD[0], "id": "z", "unit": "families"}])
    result = runner.invoke(app, ["import", "figures", str(bad), "--db", db_url])
    assert result.exit_code == 2
    assert "row 2: unit" in result.stderr and "person, household" in result.stderr
    missing = runner.invoke(app, ["import", "figures", str(tmp_path / "none.csv"), "--db", db_url])
    assert missing.exit_code == 3 and "no file" in missing.stderr
    with Store.open(db_url) as store:
        assert store.count_figures(FigureFilter()) == 3


def test_reimport_keeps_what_the_file_does_not_carry(store: Store, tmp_path: Path) -> None:
    """A file with fewer columns updates only those: links, other fields and further locations stay."""
    from dataclasses import replace

    from idmon.domain.model import Location

    import_figures(store, write_csv(tmp_path / "f.csv", GOOD[:1]))
    figure = store.get_figure("mli-1")
    extra = Location(country="MLI", place="Sévaré")
    store.update(replace(figure, notes="checked", locations=[*figure.locations, extra]))
    path = tmp_path / "small.csv"
    path.write_text("id,reported,admin1\nmli-1,43000,Mopti\n", encoding="utf-8")
    import_figures(store, path)
    after = store.get_figure("mli-1")
    assert after.reported == 43000 and after.notes == "checked"
    assert after.source_id == figure.source_id and after.document_id == figure.document_id
    assert after.locations[0].admin1_pcode == "ML05" and after.locations[1].place == "Sévaré"
    assert after.method == "import:csv" and after.category == "idps"
