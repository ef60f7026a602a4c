"""Standard exports of figures with their provenance: CSV, XLSX, HXL, GeoJSON and a Frictionless Data Package.

Every tabular export (CSV, XLSX, HXL, the Data Package's CSV) has the import columns (``COLUMNS``) followed by
``EXTRA_COLUMNS``, all of which ``idmon import figures`` accepts: an export imports back into the same figures, in
this database or a new one. Values the Store computes or that only make sense inside one database (``total``,
``version``, ``source_id``, ``document_id``, ``event_id``, timestamps) are left out of them, because the importer
refuses computed columns and a reference to a record of another database would not resolve; the provenance is
given by value instead (source name and reliability, document URL, title and date). GeoJSON properties carry the
whole flat figure, ``total`` included. Only the first location and no disaggregation fit in a row.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

import sqlalchemy as sa

from idmon.domain import vocabulary as v
from idmon.domain.figures import figure_to_flat
from idmon.domain.model import Figure
from idmon.errors import InvalidRecord, MissingExtra, Problem
from idmon.ingest.figure_table import COLUMNS
from idmon.store import FigureFilter, Store
from idmon.store import tables as t

FORMATS: tuple[str, ...] = ("csv", "xlsx", "hxl", "geojson", "datapackage")

#: Columns after the import columns: more of the figure, all accepted by ``idmon import figures``.
EXTRA_COLUMNS: tuple[str, ...] = (
    "reported_max",
    "quantity_text",
    "vague",
    "calculation_logic",
    "violence_subtype",
    "hazard_category",
    "geonames_id",
    "precision",
    "location_role",
    "confidence",
    "span_start",
    "span_end",
    "notes",
    "document_title",
    "method",
)
EXPORT_COLUMNS: tuple[str, ...] = COLUMNS + EXTRA_COLUMNS


class ColumnSpec(NamedTuple):
    """What an export column holds: its Table Schema type, allowed values, HXL hashtag and meaning."""

    kind: str
    allowed: type[StrEnum] | None
    hxl: str
    meaning: str


_S, _I, _N, _D, _B = "string", "integer", "number", "date", "boolean"
SPECS: dict[str, ColumnSpec] = {
    "id": ColumnSpec(_S, None, "#meta+id", "The figure's id (an import keeps it)."),
    "country": ColumnSpec(_S, None, "#country+code", "Country, ISO 3166-1 alpha-3 (or AB9 Abyei, XKX Kosovo)."),
    "admin1": ColumnSpec(_S, None, "#adm1+name", "First-level administrative area, as the source named it."),
    "admin1_pcode": ColumnSpec(_S, None, "#adm1+code", "P-code of the first-level area."),
    "admin2": ColumnSpec(_S, None, "#adm2+name", "Second-level administrative area."),
    "admin2_pcode": ColumnSpec(_S, None, "#adm2+code", "P-code of the second-level area."),
    "place": ColumnSpec(_S, None, "#loc+name", "Town, village, camp or site."),
    "lat": ColumnSpec(_N, None, "#geo+lat", "Latitude of the place, WGS84 decimal degrees."),
    "lon": ColumnSpec(_N, None, "#geo+lon", "Longitude of the place, WGS84 decimal degrees."),
    "category": ColumnSpec(_S, v.Category, "#indicator+category", "What the figure counts: a stock or a flow."),
    "term": ColumnSpec(_S, v.Term, "#indicator+term", "The wording the source used ('forced to flee')."),
    "unit": ColumnSpec(_S, v.Unit, "#indicator+unit", "What 'reported' counts: people or households."),
    "reported": ColumnSpec(_I, None, "#affected", "The number as the source reported it, in 'unit'."),
    "household_size": ColumnSpec(_N, None, "#meta+household_size", "People per household (household figures)."),
    "qualifier": ColumnSpec(_S, v.Qualifier, "#meta+qualifier", "How exact the number is ('approximately')."),
    "role": ColumnSpec(_S, v.FigureRole, "#meta+role", "Whether totals should use this figure or only compare."),
    "start_date": ColumnSpec(_D, None, "#date+start", "Start of the period a flow covers, YYYY-MM-DD."),
    "start_date_accuracy": ColumnSpec(_S, v.DateAccuracy, "#meta+accuracy+start", "How precise the start date is."),
    "end_date": ColumnSpec(_D, None, "#date+end", "End of the period; a stock's 'as of' date, YYYY-MM-DD."),
    "end_date_accuracy": ColumnSpec(_S, v.DateAccuracy, "#meta+accuracy+end", "How precise the end date is."),
    "cause": ColumnSpec(_S, v.Cause, "#cause+type", "Cause of the displacement."),
    "hazard": ColumnSpec(_S, v.Hazard, "#cause+hazard", "Hazard, for disaster displacement."),
    "violence": ColumnSpec(_S, v.Violence, "#cause+violence", "Type of violence, for conflict displacement."),
    "source": ColumnSpec(_S, None, "#meta+source", "Name of the organisation that reported the figure."),
    "source_reliability": ColumnSpec(_S, v.Reliability, "#meta+reliability", "How far that source is trusted."),
    "document_url": ColumnSpec(_S, None, "#meta+url", "URL of the report the figure comes from."),
    "published": ColumnSpec(_D, None, "#date+reported", "Publication date of that report, YYYY-MM-DD."),
    "excerpt": ColumnSpec(_S, None, "#description+excerpt", "The sentence(s) of the report the figure comes from."),
    "review_status": ColumnSpec(_S, v.ReviewStatus, "#status+review", "Where the figure is in review."),
    "reported_max": ColumnSpec(_I, None, "#meta+reported_max", "Upper bound, when the source gave a range."),
    "quantity_text": ColumnSpec(_S, None, "#meta+quantity_text", "The words of the quantity ('close to 230,000')."),
    "vague": ColumnSpec(_B, None, "#meta+vague", "true for a vague figure such as 'thousands' (no number)."),
    "calculation_logic": ColumnSpec(_S, None, "#meta+calculation", "How the total in people was derived."),
    "violence_subtype": ColumnSpec(_S, v.ViolenceSubtype, "#cause+violence_subtype", "Sub-type of violence."),
    "hazard_category": ColumnSpec(_S, v.HazardCategory, "#cause+hazard_category", "Category of the hazard."),
    "geonames_id": ColumnSpec(_I, None, "#loc+code+geonames", "GeoNames id of the place."),
    "precision": ColumnSpec(_S, v.Precision, "#geo+precision", "How precisely the location is known."),
    "location_role": ColumnSpec(_S, v.LocationRole, "#meta+location_role", "Whether people left or reached it."),
    "confidence": ColumnSpec(_N, None, "#meta+confidence", "Confidence of an extracted figure, 0 to 1."),
    "span_start": ColumnSpec(_I, None, "#meta+span_start", "Start of the excerpt in the document's text."),
    "span_end": ColumnSpec(_I, None, "#meta+span_end", "End of the excerpt in the document's text."),
    "notes": ColumnSpec(_S, None, "#meta+notes", "Free notes."),
    "document_title": ColumnSpec(_S, None, "#meta+title", "Title of the report (kept on import with its URL)."),
    "method": ColumnSpec(_S, None, "#meta+method", "How the figure was obtained (manual, import:csv...)."),
}
_MINIMUM_0 = ("reported", "reported_max", "household_size", "geonames_id", "span_start", "span_end")
_RANGES = {"lat": (-90, 90), "lon": (-180, 180), "confidence": (0, 1)}
_REQUIRED = ("id", "category", "unit", "review_status", "method")
#: HXL attributes of the 'reported' column when every exported figure has this category.
_CATEGORY_ATTRIBUTES = {
    v.Category.IDPS: "+idps",
    v.Category.RETURNEES: "+returnees",
    v.Category.NEW_DISPLACEMENT: "+displaced+newdisp",
    v.Category.RETURN: "+returns",
    v.Category.PEOPLE_DISPLACED_ACROSS_BORDERS: "+displaced+crossborder",
}
_UNIT_ATTRIBUTES = {v.Unit.PERSON: "+ind", v.Unit.HOUSEHOLD: "+hh"}


@dataclass
class ExportReport:
    """What an export wrote: how many figures, the columns of a table, the ids GeoJSON could not place."""

    format: str
    path: str
    figures: int
    columns: tuple[str, ...] = EXPORT_COLUMNS
    unmapped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "path": self.path,
            "figures": self.figures,
            "columns": list(self.columns),
            "unmapped": self.unmapped,
        }


# ---- rows ----------------------------------------------------------------------------------------------------
def _documents(store: Store, ids: Iterable[str]) -> dict[str, Any]:
    """id → (url, title, published) of these documents, a few queries for all of them."""
    d = t.documents
    wanted = sorted(set(ids))
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        query = sa.select(d.c.id, d.c.url, d.c.title, d.c.published).where(d.c.id.in_(chunk))
        found.update({row.id: row for row in store.execute(query)})
    return found


def figure_rows(store: Store, figures: list[Figure]) -> list[dict[str, Any]]:
    """The flat figures (first location at the top level) with their provenance by value."""
    sources = {s.id or "": s for s in store.sources()}
    documents = _documents(store, (f.document_id for f in figures if f.document_id))
    rows = []
    for figure in figures:
        row = figure_to_flat(figure)
        source = sources.get(figure.source_id or "")
        document = documents.get(figure.document_id or "")
        row["source"] = source.name if source else None
        row["source_reliability"] = source.reliability.value if source else None
        row["document_url"] = document.url if document else None
        row["document_title"] = document.title if document else None
        published = document.published if document else None
        row["published"] = published.isoformat() if published else None
        rows.append(row)
    return rows


def _unmapped(rows: list[dict[str, Any]]) -> list[str]:
    return [row["id"] for row in rows if row["lat"] is None or row["lon"] is None]


def _text(value: Any) -> str:
    """A cell as CSV text: blank for unknown, true/false for yes/no, numbers as Python writes them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary path next to ``path`` that replaces it once written: a failed export leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.part")
    try:
        yield temporary
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


# ---- CSV and HXL -----------------------------------------------------------------------------------------------
def _csv_text(rows: list[dict[str, Any]], tags: dict[str, str] | None = None) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    if tags is not None:
        writer.writerow([tags[c] for c in EXPORT_COLUMNS])
    writer.writerows([_text(row.get(c)) for c in EXPORT_COLUMNS] for row in rows)
    return buffer.getvalue()


def write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    """CSV, UTF-8, one header row: the export columns."""
    with _replacing(path) as part:
        part.write_text(_csv_text(rows), encoding="utf-8", newline="")


def reported_tag(rows: list[dict[str, Any]]) -> str:
    """The HXL tag of the 'reported' column: names the category and unit when every figure shares them."""
    categories = {row["category"] for row in rows}
    units = {row["unit"] for row in rows}
    tag = "#affected"
    if len(categories) == 1:
        category = v.Category(categories.pop())
        tag += _CATEGORY_ATTRIBUTES.get(category, "+displaced+" + category.value.replace("-", "_"))
    else:
        tag += "+displaced"
    return tag + (_UNIT_ATTRIBUTES[v.Unit(units.pop())] if len(units) == 1 else "")


def hxl_tags(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Column → HXL hashtag for these rows."""
    return {name: reported_tag(rows) if name == "reported" else SPECS[name].hxl for name in EXPORT_COLUMNS}


def write_hxl(path: Path, rows: list[dict[str, Any]]) -> None:
    """The CSV with an HXL hashtag row under the header (``idmon import figures`` skips that row)."""
    with _replacing(path) as part:
        part.write_text(_csv_text(rows, hxl_tags(rows)), encoding="utf-8", newline="")


# ---- XLSX --------------------------------------------------------------------------------------------------------
def allowed_values(name: str) -> str:
    enum = SPECS[name].allowed
    return ", ".join(v.slugs(enum)) if enum else ""


def _readme_rows(tags: dict[str, str]) -> list[list[str]]:
    header = ["column", "meaning", "type", "allowed values", "HXL hashtag"]
    body = [[n, SPECS[n].meaning, SPECS[n].kind, allowed_values(n), tags[n]] for n in EXPORT_COLUMNS]
    return [header, *body]


def _xlsx_value(value: Any) -> Any:
    return value if isinstance(value, int | float) or value is None else str(value)


def write_xlsx(path: Path, rows: list[dict[str, Any]]) -> None:
    """XLSX: the figures on the first sheet (typed cells), a README sheet defining every column."""
    try:
        from openpyxl import Workbook
    except ImportError:
        raise MissingExtra("openpyxl", "xlsx") from None
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "figures"
    sheet.append(list(EXPORT_COLUMNS))
    for row in rows:
        sheet.append([_xlsx_value(row.get(c)) for c in EXPORT_COLUMNS])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if cell.data_type == "f":  # a text starting with '=' is data, not a formula to run
                cell.data_type = "s"
    sheet.freeze_panes = "B2"
    readme = book.create_sheet("README")
    for line in _readme_rows(hxl_tags(rows)):
        readme.append(line)
    for letter, width in zip("ABCDE", (20, 70, 10, 60, 26), strict=True):
        readme.column_dimensions[letter].width = width
    with _replacing(path) as part:
        book.save(part)


# ---- GeoJSON -----------------------------------------------------------------------------------------------------
def geojson(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection: a Point per figure with coordinates; the others listed in ``unmapped``, never placed."""
    features = [
        {
            "type": "Feature",
            "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            "properties": row,
        }
        for row in rows
        if row["lat"] is not None and row["lon"] is not None
    ]
    return {"type": "FeatureCollection", "features": features, "unmapped": _unmapped(rows)}


def write_geojson(path: Path, rows: list[dict[str, Any]]) -> None:
    with _replacing(path) as part:
        part.write_text(json.dumps(geojson(rows), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---- Data Package ------------------------------------------------------------------------------------------------
def _schema_field(name: str) -> dict[str, Any]:
    spec = SPECS[name]
    constraints: dict[str, Any] = {}
    if spec.allowed:
        constraints["enum"] = v.slugs(spec.allowed)
    if name in _MINIMUM_0:
        constraints["minimum"] = 0
    if name in _RANGES:
        constraints["minimum"], constraints["maximum"] = _RANGES[name]
    if name == "country":
        constraints["pattern"] = "[A-Z]{2}[A-Z0-9]"
    if name in _REQUIRED:
        constraints["required"] = True
    if name == "id":
        constraints["unique"] = True
    result: dict[str, Any] = {"name": name, "type": spec.kind, "description": spec.meaning}
    if spec.kind == _B:
        result.update(trueValues=["true"], falseValues=["false"])
    return {**result, "constraints": constraints} if constraints else result


def table_schema() -> dict[str, Any]:
    """The Table Schema of the export columns: types, vocabulary enums, minimums, ISO3 pattern, required fields."""
    return {
        "fields": [_schema_field(name) for name in EXPORT_COLUMNS],
        "primaryKey": ["id"],
        "missingValues": [""],
    }


def datapackage_descriptor() -> dict[str, Any]:
    return {
        "name": "idmon-figures",
        "title": "Internal displacement figures exported by idmon",
        "profile": "tabular-data-package",
        "resources": [
            {
                "name": "figures",
                "path": "figures.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(),
            }
        ],
    }


def write_datapackage(path: Path, rows: list[dict[str, Any]]) -> None:
    """A Data Package: ``datapackage.json`` + ``figures.csv``, in a zip when ``path`` ends in .zip, else a folder."""
    descriptor = json.dumps(datapackage_descriptor(), ensure_ascii=False, indent=2) + "\n"
    table = _csv_text(rows)
    if path.suffix.lower() == ".zip":
        with _replacing(path) as part, zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("datapackage.json", descriptor)
            archive.writestr("figures.csv", table)
        return
    if path.exists() and not path.is_dir():
        raise InvalidRecord([Problem("output", "a Data Package is a folder (or a .zip); this is a file", str(path))])
    path.mkdir(parents=True, exist_ok=True)
    with _replacing(path / "figures.csv") as part:
        part.write_text(table, encoding="utf-8", newline="")
    with _replacing(path / "datapackage.json") as part:
        part.write_text(descriptor, encoding="utf-8")


# ---- entry point -------------------------------------------------------------------------------------------------
WRITERS: dict[str, Callable[[Path, list[dict[str, Any]]], None]] = {
    "csv": write_csv,
    "xlsx": write_xlsx,
    "hxl": write_hxl,
    "geojson": write_geojson,
    "datapackage": write_datapackage,
}


def export_figures(store: Store, fmt: str, path: Path, where: FigureFilter | None = None) -> ExportReport:
    """Write the figures matching ``where`` (all when None) to ``path`` in format ``fmt`` (one of FORMATS).

    An empty selection writes a valid empty file (header, empty collection) and reports 0 figures.
    """
    fmt = fmt.strip().lower()
    if fmt not in WRITERS:
        raise InvalidRecord([Problem("format", f"{fmt!r} is not an export format", fmt, FORMATS)], "export")
    rows = figure_rows(store, store.figures(where))
    WRITERS[fmt](path, rows)
    if fmt == "geojson":  # properties are the flat figure, not the table's columns
        return ExportReport(format=fmt, path=str(path), figures=len(rows), columns=(), unmapped=_unmapped(rows))
    return ExportReport(format=fmt, path=str(path), figures=len(rows))


__all__ = [
    "EXPORT_COLUMNS",
    "EXTRA_COLUMNS",
    "FORMATS",
    "SPECS",
    "ExportReport",
    "export_figures",
    "figure_rows",
    "geojson",
    "hxl_tags",
    "table_schema",
]
