"""Import figures from a table (CSV or XLSX, first sheet): one row per figure, columns named as the vocabulary.

All rows are checked first. An invalid row stops the import with a per-row report and nothing written, unless
``skip_invalid`` is set. Valid rows are written in one transaction. Re-importing the same file changes nothing:
a row whose ``id`` exists updates that figure (a new version only when something differs).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from idmon.domain.figures import LOCATION_KEYS, PROVENANCE_KEYS, Provenance, apply_flat_changes, figure_from_flat
from idmon.domain.model import Document, Figure
from idmon.domain.records import record_fields, to_dict
from idmon.domain.rules import figure_problems, prepare_figure
from idmon.domain.vocabulary import DocumentOrigin, ReviewStatus
from idmon.errors import IdmonError, InvalidRecord, MissingExtra, NotFound, Problem
from idmon.store import FigureFilter, Store

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
    """(row number as a spreadsheet shows it, {column: value}) for each non-blank data row; an HXL hashtag row
    right under the header is skipped."""
    if not path.exists():
        raise NotFound(f"no file {str(path)!r}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _csv_rows(path)
    else:
        raise InvalidRecord([Problem("file", f"{path.name}: use a .csv or .xlsx file", suffix, ("csv", "xlsx"))])
    first = next(rows, None)
    if first is not None and not is_hxl_row(first[1].values()):
        yield first
    yield from rows


def is_hxl_row(cells: Iterable[Any]) -> bool:
    """True for an HXL hashtag row (``#country+code``...): most of its non-empty cells start with '#'."""
    values = [str(c).strip() for c in cells if c is not None and str(c).strip()]
    return bool(values) and sum(c.startswith("#") for c in values) * 2 > len(values)


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
    return {k: (v.strip() if isinstance(v, str) else "" if v is None else v) for k, v in row.items() if k}


def check_columns(header: Sequence[str]) -> list[Problem]:
    unknown = [h for h in header if h and h not in ACCEPTED]
    return [Problem(h, "is not a column idmon knows", h, COLUMNS) for h in unknown]


@dataclass(frozen=True)
class Row:
    """One valid row: its number, the figure and provenance it gives, and the figure it changes, if any."""

    number: int
    figure: Figure
    provenance: Provenance
    existing: Figure | None


def parse_table(path: Path, method: str, store: Store | None = None) -> tuple[list[Row], ImportReport]:
    """Check every row; return the valid ones and a report holding the problems of the others.

    A row whose ``id`` names a figure already in ``store`` is read as a change to it: the columns the file has set
    their fields (a blank cell clears one), the others stay as they are.
    """
    report = ImportReport(path=str(path))
    raw_rows = list(read_rows(path))
    if raw_rows:
        report.problems.extend(replace(p, row=1) for p in check_columns(list(raw_rows[0][1])))
        if report.problems:
            report.rows = len(raw_rows)
            return [], report
    cleaned = [(number, {k: v for k, v in _clean(raw).items() if k in ACCEPTED}) for number, raw in raw_rows]
    existing = _existing(store, [str(r["id"]) for _, r in cleaned if r.get("id")]) if store else {}
    parsed: list[Row] = []
    for number, row in cleaned:
        report.rows += 1
        try:
            parsed.append(_parse_row(number, row, method, existing.get(str(row.get("id") or ""))))
        except InvalidRecord as exc:
            report.problems.extend(replace(p, row=number) for p in exc.problems)
            report.skipped_rows.append(number)
    return parsed, report


def _existing(store: Store, ids: list[str]) -> dict[str, Figure]:
    found: dict[str, Figure] = {}
    for i in range(0, len(ids), 500):
        found.update((f.id or "", f) for f in store.figures(FigureFilter(ids=ids[i : i + 500])))
    return found


def _parse_row(number: int, row: dict[str, Any], method: str, existing: Figure | None) -> Row:
    if existing is None:
        row = {**row, "method": row.get("method") or method}
        row["review_status"] = row.get("review_status") or ReviewStatus.IN_REVIEW.value
        figure, provenance = figure_from_flat(row, row=number)
        return Row(number, figure, provenance, None)
    changes = {k: v for k, v in row.items() if k != "id"}
    figure, provenance = apply_flat_changes(existing, changes)
    problems = figure_problems(prepare_figure(figure))
    if problems:
        raise InvalidRecord(problems, "figure")
    return Row(number, figure, provenance, existing)


def import_figures(store: Store, path: Path, *, skip_invalid: bool = False, by: str | None = None) -> ImportReport:
    """Import a CSV or XLSX table of figures into ``store`` (see the module's docstring)."""
    method = "import:" + ("xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else "csv")
    parsed, report = parse_table(path, method, store)
    if report.problems and (not skip_invalid or any(p.row == 1 for p in report.problems)):
        raise ImportFailed(report)
    with store.batch():
        for row in parsed:
            try:
                _write(store, row, report, by)
            except InvalidRecord as exc:
                report.problems.extend(replace(p, row=row.number) for p in exc.problems)
                if not skip_invalid:
                    raise ImportFailed(report) from None
                report.skipped_rows.append(row.number)
    return report


def _write(store: Store, row: Row, report: ImportReport, by: str | None) -> None:
    figure = with_provenance(store, row.figure, row.provenance, by)
    if row.existing is None:
        report.created.append(store.add(figure, by=by).id or "")
        return
    stored = store.update(figure, by=by, note=f"import of {Path(report.path).name}")
    (report.updated if stored.version != row.existing.version else report.unchanged).append(stored.id or "")


def with_provenance(store: Store, figure: Figure, provenance: Provenance, by: str | None) -> Figure:
    """The figure linked to its source (created with reliability unknown when new) and document (found by URL,
    or created), as its provenance names them."""
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
