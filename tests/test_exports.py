"""`idmon export`: CSV, XLSX, HXL, GeoJSON and Data Package exports, round trips through `idmon import figures`."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import frictionless
import hxl  # type: ignore[import-untyped]
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from idmon.cli import app
from idmon.domain import vocabulary as v
from idmon.domain.figures import figure_to_flat
from idmon.domain.model import Document, Figure, Location
from idmon.domain.vocabulary import Category, Reliability, ReviewStatus
from idmon.errors import InvalidRecord, MissingExtra
from idmon.ingest.figure_table import COLUMNS, import_figures, is_hxl_row
from idmon.publish.exports import EXPORT_COLUMNS, SPECS, export_figures, figure_rows, table_schema
from idmon.store import FigureFilter, Store

runner = CliRunner()
#: Bookkeeping of one database: timestamps, and ids of the source and document records (made anew by an import).
LOCAL = ("created_at", "updated_at", "source_id", "document_id")


def fill(store: Store) -> None:
    """Four figures: coordinates or not, persons and households, a vague one, with and without provenance."""
    ocha = store.ensure_source("OCHA", Reliability.HIGH)
    ngo = store.ensure_source("Local NGO, Ségou")
    report = store.add_document(
        Document(url="https://example.org/sitrep-3", title="Situation report 3", published=date(2013, 1, 16))
    )
    notes = store.add_document(Document(text="Field notes, no URL."))
    figures = [
        Figure(
            id="mli-mopti",
            country="MLI",
            locations=[Location(country="MLI", admin1="Mopti", admin1_pcode="ML05", lat=14.49, lon=-4.19)],
            category=Category.IDPS,
            term=v.Term("displaced"),
            reported=41000,
            quantity_text="close to 41,000",
            qualifier=v.Qualifier("approximately"),
            end_date=date(2013, 1, 14),
            end_date_accuracy=v.DateAccuracy("day"),
            cause=v.Cause("conflict"),
            violence=v.Violence("non-international-armed-conflict"),
            review_status=ReviewStatus.APPROVED,
            excerpt='Close to 41,000 people, "displaced", in Mopti;\nmore are expected.',
            method="extract:rules",
            confidence=0.8,
            span_start=10,
            span_end=70,
            source_id=ocha.id,
            document_id=report.id,
        ),
        Figure(
            id="mli-segou-hh",
            country="MLI",
            locations=[Location(country="MLI", admin1="Ségou", precision=v.Precision.ADM1)],
            category=Category.IDPS,
            unit=v.Unit("household"),
            reported=1000,
            household_size=5.5,
            end_date=date(2013, 1, 10),
            excerpt="=1000 households (a cell that looks like a formula)",
            notes="counted by the NGO",
            source_id=ngo.id,
            document_id=notes.id,
        ),
        Figure(
            id="bfa-djibo",
            country="BFA",
            locations=[Location(country="BFA", place="Djibo", lat=14.1, lon=-1.63, geonames_id=2361082)],
            category=Category.NEW_DISPLACEMENT,
            term=v.Term("forced-to-flee"),
            reported=300,
            reported_max=400,
            start_date=date(2013, 1, 1),
            end_date=date(2013, 1, 5),
            cause=v.Cause("disaster"),
            hazard=v.Hazard("flood"),
            role=v.FigureRole("recommended"),
            source_id=ocha.id,
        ),
        Figure(
            id="mli-vague",
            country="MLI",
            category=Category.RETURN,
            vague=True,
            quantity_text="thousands",
            end_date=date(2012, 11, 30),
            review_status=ReviewStatus.EXTRACTED,
        ),
    ]
    for figure in figures:
        store.add(figure)


def comparable(store: Store) -> dict[str, dict[str, Any]]:
    """Every figure as its flat dict without the database's own bookkeeping, plus its provenance by value."""
    rows = {row["id"]: row for row in figure_rows(store, store.figures())}
    result = {}
    for figure in store.figures():
        flat = {key: value for key, value in figure_to_flat(figure).items() if key not in LOCAL}
        row = rows[figure.id or ""]
        provenance = {k: row[k] for k in ("source", "source_reliability", "document_url", "document_title")}
        result[figure.id or ""] = {**flat, **provenance, "published": row["published"]}
    return result


@pytest.fixture
def origin(tmp_path: Path) -> Store:
    """A SQLite database holding the figures of ``fill``."""
    store = Store.open(f"sqlite:///{tmp_path / 'origin.db'}", user="tester", create=True)
    fill(store)
    return store


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(("fmt", "name"), [("csv", "f.csv"), ("xlsx", "f.xlsx"), ("hxl", "f-hxl.csv")])
def test_tabular_exports_import_back_into_the_same_figures(
    origin: Store, store: Store, tmp_path: Path, fmt: str, name: str
) -> None:
    path = tmp_path / name
    assert export_figures(origin, fmt, path).figures == 4
    report = import_figures(store, path)  # a fresh database on the backend under test
    assert sorted(report.created) == sorted(comparable(origin))
    assert comparable(store) == comparable(origin)
    again = import_figures(origin, path)  # and into the database it came from: nothing changes
    assert sorted(again.unchanged) == ["bfa-djibo", "mli-mopti", "mli-segou-hh", "mli-vague"]
    assert not again.created and not again.updated
    if fmt != "xlsx":  # the export of the copy is the export of the original, byte for byte
        copy = tmp_path / ("copy-" + name)
        export_figures(store, fmt, copy)
        assert copy.read_bytes() == path.read_bytes()


def test_reimport_into_the_same_database_keeps_a_link_to_a_document_without_url(origin: Store, tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    export_figures(origin, "csv", path)
    before = origin.get_figure("mli-segou-hh").document_id
    import_figures(origin, path)
    assert origin.get_figure("mli-segou-hh").document_id == before


def test_csv_has_the_import_columns_then_the_extras(origin: Store, tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    export_figures(origin, "csv", path)
    rows = read_csv(path)
    assert tuple(rows[0]) == EXPORT_COLUMNS and EXPORT_COLUMNS[: len(COLUMNS)] == COLUMNS
    mopti = next(r for r in rows if r["id"] == "mli-mopti")
    assert (mopti["source"], mopti["source_reliability"], mopti["published"]) == ("OCHA", "high", "2013-01-16")
    assert (mopti["document_title"], mopti["method"], mopti["vague"]) == (
        "Situation report 3",
        "extract:rules",
        "false",
    )
    assert "total" not in mopti and "version" not in mopti
    assert set(SPECS) == set(EXPORT_COLUMNS)


def test_xlsx_has_a_readme_sheet_defining_every_column(origin: Store, tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    export_figures(origin, "xlsx", path)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["figures", "README"]
    figures = list(book["figures"].iter_rows(values_only=True))
    assert figures[0] == EXPORT_COLUMNS and len(figures) == 5
    hh = next(r for r in figures if r[0] == "mli-segou-hh")
    assert str(hh[EXPORT_COLUMNS.index("excerpt")]).startswith("=1000")  # kept as text, not a formula
    readme = {r[0]: r for r in book["README"].iter_rows(min_row=2, values_only=True)}
    assert set(readme) == set(EXPORT_COLUMNS) and all(r[1] for r in readme.values())
    assert str(readme["category"][3]).startswith("idps, returnees")
    assert readme["review_status"][3] == "extracted, in-review, approved, rejected, signed-off"
    book.close()


def test_hxl_reads_back_with_libhxl_and_the_tags_name_the_category(origin: Store, tmp_path: Path) -> None:
    path = tmp_path / "idps.csv"
    export_figures(origin, "hxl", path, FigureFilter(categories=[Category.IDPS], statuses=[ReviewStatus.APPROVED]))
    data = hxl.data(str(path), hxl.InputOptions(allow_local=True))
    tags = data.display_tags
    for tag in ("#country+code", "#adm1+name", "#adm1+code", "#geo+lat", "#affected+idps+ind", "#date+end"):
        assert tag in tags
    for tag in ("#cause+type", "#meta+source", "#meta+url", "#meta+id", "#date+reported", "#date+start"):
        assert tag in tags
    rows = list(data)
    assert [(r.get("#meta+id"), r.get("#affected+idps+ind"), r.get("#adm1+code")) for r in rows] == [
        ("mli-mopti", "41000", "ML05")
    ]
    everything = tmp_path / "all.csv"
    export_figures(origin, "hxl", everything)
    mixed = hxl.data(str(everything), hxl.InputOptions(allow_local=True))
    assert "#affected+displaced" in mixed.display_tags  # categories and units mixed: a generic tag
    assert len(list(mixed)) == 4


def test_hxl_row_is_skipped_only_when_it_is_a_hashtag_row() -> None:
    assert is_hxl_row(["#meta+id", "#country+code", "", "#affected+idps+ind"])
    assert is_hxl_row(["#meta+id", "#country+code", "MLI"])
    assert not is_hxl_row(["x1", "MLI", "#1 in the list"])
    assert not is_hxl_row(["", None])


def test_geojson_places_points_and_lists_the_unmapped(origin: Store, tmp_path: Path) -> None:
    path = tmp_path / "f.geojson"
    report = export_figures(origin, "geojson", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    points = {f["id"]: f for f in data["features"]}
    assert set(points) == {"mli-mopti", "bfa-djibo"}
    assert points["bfa-djibo"]["geometry"] == {"type": "Point", "coordinates": [-1.63, 14.1]}
    properties = points["mli-mopti"]["properties"]
    assert (properties["total"], properties["source"], properties["admin1"]) == (41000, "OCHA", "Mopti")
    assert sorted(data["unmapped"]) == sorted(report.unmapped) == ["mli-segou-hh", "mli-vague"]


@pytest.mark.parametrize("name", ["package", "package.zip"])
def test_datapackage_validates_with_frictionless(origin: Store, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    assert export_figures(origin, "datapackage", path).figures == 4
    descriptor = str(path if name.endswith(".zip") else path / "datapackage.json")
    report = frictionless.validate(descriptor)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    if name.endswith(".zip"):
        assert set(zipfile.ZipFile(path).namelist()) == {"datapackage.json", "figures.csv"}
    else:
        assert len(read_csv(path / "figures.csv")) == 4


def test_datapackage_schema_catches_values_outside_the_vocabulary(origin: Store, tmp_path: Path) -> None:
    path = tmp_path / "package"
    export_figures(origin, "datapackage", path)
    table = path / "figures.csv"
    text = table.read_text(encoding="utf-8")
    table.write_text(text.replace(",idps,", ",idp,", 1).replace("MLI", "MLIX", 1), encoding="utf-8")
    report = frictionless.validate(str(path / "datapackage.json"))
    assert not report.valid
    assert {e[1] for e in report.flatten(["rowNumber", "fieldName"])} >= {"category", "country"}
    fields = {f["name"]: f for f in table_schema()["fields"]}
    assert fields["reported"]["constraints"] == {"minimum": 0}
    assert fields["id"]["constraints"] == {"required": True, "unique": True}


def test_filters_are_those_of_figures_list(origin: Store, tmp_path: Path) -> None:
    def ids(where: FigureFilter) -> list[str]:
        path = tmp_path / "f.csv"
        export_figures(origin, "csv", path, where)
        return [r["id"] for r in read_csv(path)]

    assert ids(FigureFilter(country="MLI")) == ["mli-mopti", "mli-segou-hh", "mli-vague"]
    assert ids(FigureFilter(admin1="ML05")) == ["mli-mopti"]
    assert ids(FigureFilter(categories=[Category.NEW_DISPLACEMENT])) == ["bfa-djibo"]
    assert ids(FigureFilter(since=date(2013, 1, 6), until=date(2013, 1, 12))) == ["mli-segou-hh"]


def test_unknown_format_is_refused(origin: Store, tmp_path: Path) -> None:
    with pytest.raises(InvalidRecord, match="'pdf' is not an export format") as caught:
        export_figures(origin, "pdf", tmp_path / "f.pdf")
    assert caught.value.problems[0].allowed == ("csv", "xlsx", "hxl", "geojson", "datapackage")
    assert not (tmp_path / "f.pdf").exists()


def test_missing_openpyxl_says_which_extra(origin: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "openpyxl", None)
    with pytest.raises(MissingExtra, match=r"idmon\[xlsx\]"):
        export_figures(origin, "xlsx", tmp_path / "f.xlsx")


def test_cli_export_filters_json_and_errors(db_url: str, tmp_path: Path) -> None:
    with Store.open(db_url, user="tester") as store:
        fill(store)
    path = tmp_path / "mopti.csv"
    args = ["export", "--format", "csv", "-o", str(path), "--db", db_url]
    result = runner.invoke(app, [*args, "--country", "mli", "--admin1", "Mopti", "--status", "approved", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["figures"] == 1 and [r["id"] for r in read_csv(path)] == ["mli-mopti"]
    geo = runner.invoke(app, ["export", "-f", "geojson", "-o", str(tmp_path / "f.geojson"), "--db", db_url])
    assert geo.exit_code == 0 and "2 figure(s) without coordinates" in geo.stdout
    bad = runner.invoke(app, ["export", "-f", "shp", "-o", str(tmp_path / "f.shp"), "--db", db_url])
    assert bad.exit_code == 2 and "csv, xlsx, hxl, geojson, datapackage" in bad.stderr
    wrong = runner.invoke(app, [*args, "--category", "idp"])
    assert wrong.exit_code == 2 and "category" in wrong.stderr


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "hxl", "geojson", "datapackage"])
def test_an_empty_selection_writes_a_valid_empty_export(db_url: str, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / ("empty.csv" if fmt == "hxl" else f"empty.{fmt}")
    result = runner.invoke(app, ["export", "-f", fmt, "-o", str(path), "--db", db_url, "--country", "TCD"])
    assert result.exit_code == 0, result.output
    assert "Exported 0 figure(s)" in result.stdout and "no figure matches" in result.stdout
    if fmt == "geojson":
        assert json.loads(path.read_text(encoding="utf-8")) == {
            "type": "FeatureCollection",
            "features": [],
            "unmapped": [],
        }
    elif fmt == "datapackage":
        assert frictionless.validate(str(path / "datapackage.json")).valid
    else:
        with Store.open(db_url) as store:
            assert import_figures(store, path).rows == 0
