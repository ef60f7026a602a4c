"""Import figures from a table (CSV or XLSX, first sheet): one row per figure, columns named as the vocabulary.

All rows are checked first. An invalid row stops the import with a per-row report and nothing written, unless
``skip_invalid`` is set. Valid rows are written in one transaction. Re-importing the same file changes nothing:
a row whose ``id`` exists updates that figure (a new version only when something differs).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from idmon.domain.figures import LOCATION_KEYS, PROVENANCE_KEYS, Provenance, figure_from_flat
from idmon.domain.model import Document, Figure
from idmon.domain.records import record_fields, to_dict
from idmon.domain.vocabulary import DocumentOrigin, ReviewStatus
from idmon.errors import IdmonError, InvalidRecord, MissingExtra, NotFound, Problem
from idmon.store import Store

#: The columns of the figure table, in the order exports write them.
COLUMNS: tuple[str, ...] = (
    "id",
    "country",
    "admin1",
    "admin1_pcode",
    "admin2",
    "admin2_pcode",
    "place",
    "lat",
    "lon",
    "category",
    "term",
    "unit",
    "reported",
    "household_size",
    "qualifier",
    "role",
    "start_date",
    "start_date_accuracy",
    "end_date",
    "end_date_accuracy",
    "cause",
    "hazard",
    "violence",
    "source",
    "source_reliability",
    "document_url",
    "published",
    "excerpt",
    "review_status",
)
_OWNED = {"version", "created_at", "updated_at", "total", "locations"}
ACCEPTED: frozenset[str] = frozenset(
    {*COLUMNS, *LOCATION_KEYS, *PROVENANCE_KEYS, *(set(record_fields(Figure)) - _OWNED)}
)


class ImportFailed(IdmonError):
    """Some rows are invalid; nothing was imported. ``report`` lists every problem."""

    exit_code = 2

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        lines = "\n".join(f"  - {p}" for p in report.problems[:50])
        more = f"\n  … and {len(report.problems) - 50} more" if len(report.problems) > 50 else ""
        super().__init__(
            f"{report.invalid_rows} of {report.rows} rows are invalid; nothing was imported "
            f"(fix them, or use --skip-invalid to import the valid rows):\n{lines}{more}"
        )


@dataclass
class ImportReport:
    """What an import did, row by row."""

    path: str
    rows: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def invalid_rows(self) -> int:
        return len({p.row for p in self.problems})

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "rows": self.rows,
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "skipped": len(self.skipped_rows),
            "figure_ids": self.created + self.updated + self.unchanged,
            "problems": [p.to_dict() for p in self.problems],
        }


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number as a spreadsheet shows it, {column: value}) for each non-blank data row."""
    if not path.exists():
        raise NotFound(f"no file {str(path)!r}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        yield from _xlsx_rows(path)
    elif suffix in (".csv", ".txt", ".tsv"):
        yield from _csv_rows(path)
    else:
        raise InvalidRecord([Problem("file", f"{path.name}: use a .csv or .xlsx file", suffix, ("csv", "xlsx"))])


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    text = path.read_bytes().decode("utf-8-sig", errors="strict")
    dialect: Any = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = [h.strip() for h in next(reader, [])]
    for number, cells in enumerate(reader, start=2):
        if any(c.strip() for c in cells):
            yield number, dict(zip(header, cells, strict=False))


def _xlsx_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        from openpyxl import load_workbook
    except ImportError:
        raise MissingExtra("openpyxl", "xlsx") from None
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
        for number, cells in enumerate(rows, start=2):
            if any(c not in (None, "") for c in cells):
                yield number, dict(zip(header, cells, strict=False))
    finally:
        workbook.close()


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.strip() if isinstance(v, str) else v) for k, v in row.items() if k}


def check_columns(header: Sequence[str]) -> list[Problem]:
    unknown = [h for h in header if h and h not in ACCEPTED]
    return [Problem(h, "is not a column idmon knows", h, COLUMNS) for h in unknown]


def parse_table(path: Path, method: str) -> tuple[list[tuple[int, Figure, Provenance]], ImportReport]:
    """Check every row; return the valid figures and a report holding the problems of the others."""
    report = ImportReport(path=str(path))
    parsed: list[tuple[int, Figure, Provenance]] = []
    for number, raw in read_rows(path):
        report.rows += 1
        if report.rows == 1:
            report.problems.extend(replace(p, row=1) for p in check_columns(list(raw)))
            if report.problems:
                break
        row = {k: v for k, v in _clean(raw).items() if k in ACCEPTED}
        row.setdefault("method", method)
        if not row.get("review_status"):
            row["review_status"] = ReviewStatus.IN_REVIEW.value
        try:
            figure, provenance = figure_from_flat(row, row=number)
        except InvalidRecord as exc:
            report.problems.extend(exc.problems)
            report.skipped_rows.append(number)
            continue
        parsed.append((number, figure, provenance))
    return parsed, report


def import_figures(store: Store, path: Path, *, skip_invalid: bool = False, by: str | None = None) -> ImportReport:
    """Import a CSV or XLSX table of figures into ``store`` (see the module's docstring)."""
    method = "import:" + ("xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else "csv")
    parsed, report = parse_table(path, method)
    if report.problems and (not skip_invalid or any(p.row == 1 for p in report.problems)):
        raise ImportFailed(report)
    with store.batch():
        for number, figure, provenance in parsed:
            try:
                _write(store, figure, provenance, report, by)
            except InvalidRecord as exc:
                if not skip_invalid:
                    report.problems.extend(replace(p, row=number) for p in exc.problems)
                    raise ImportFailed(report) from None
                report.problems.extend(replace(p, row=number) for p in exc.problems)
                report.skipped_rows.append(number)
    return report


def _write(store: Store, figure: Figure, provenance: Provenance, report: ImportReport, by: str | None) -> None:
    figure = _with_provenance(store, figure, provenance, by)
    if figure.id is None:
        report.created.append(store.add(figure, by=by).id or "")
        return
    try:
        existing = store.get_figure(figure.id)
    except NotFound:
        report.created.append(store.add(figure, by=by).id or "")
        return
    merged = replace(figure, version=existing.version, created_at=existing.created_at)
    stored = store.update(merged, by=by, note=f"import of {Path(report.path).name}")
    (report.updated if stored.version != existing.version else report.unchanged).append(figure.id)


def _with_provenance(store: Store, figure: Figure, provenance: Provenance, by: str | None) -> Figure:
    source_id = figure.source_id
    if provenance.source:
        source_id = store.ensure_source(provenance.source, provenance.source_reliability, by=by).id
    document_id = figure.document_id
    if provenance.document_url:
        document = store.document_by_url(provenance.document_url)
        if document is None:
            document = store.add_document(
                Document(
                    url=provenance.document_url,
                    title=provenance.document_title,
                    published=provenance.published,
                    origin=DocumentOrigin.IMPORT,
                    publishers=[source_id] if source_id else [],
                ),
                by=by,
            )
        document_id = document.id
    return replace(figure, source_id=source_id, document_id=document_id)


__all__ = ["COLUMNS", "ImportFailed", "ImportReport", "import_figures", "to_dict"]
