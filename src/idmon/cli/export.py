"""``idmon export``: the figures matching a filter, with provenance, as CSV, XLSX, HXL, GeoJSON or a Data Package."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from idmon.cli.common import DbOption, JsonOption, emit_json, handle_errors, opened, out
from idmon.cli.figures import _choices, figure_filter
from idmon.domain import vocabulary as v
from idmon.publish.exports import FORMATS, export_figures

FormatOption = Annotated[
    str,
    typer.Option("--format", "-f", help="One of: " + ", ".join(FORMATS) + ".", show_default=False),
]
OutputOption = Annotated[
    Path,
    typer.Option(
        "--output",
        "-o",
        help="File to write (a Data Package: a folder, or a file ending in .zip).",
        show_default=False,
    ),
]


@handle_errors
def export(
    fmt: FormatOption,
    output: OutputOption,
    country: Annotated[str | None, typer.Option(help="ISO3 country code.")] = None,
    admin1: Annotated[str | None, typer.Option(help="Admin1 name or p-code.")] = None,
    admin2: Annotated[str | None, typer.Option(help="Admin2 name or p-code.")] = None,
    category: Annotated[list[str] | None, typer.Option(help=_choices(v.Category) + " (repeatable).")] = None,
    term: Annotated[list[str] | None, typer.Option(help=_choices(v.Term) + " (repeatable).")] = None,
    status: Annotated[list[str] | None, typer.Option(help=_choices(v.ReviewStatus) + " (repeatable).")] = None,
    since: Annotated[str | None, typer.Option(help="As-of date on or after, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="As-of date on or before, YYYY-MM-DD.")] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Export figures with their provenance (same filters as `idmon figures list`).

    CSV, XLSX and HXL exports import back with `idmon import figures`. Nothing matching writes an empty file.
    """
    where = figure_filter(country, admin1, admin2, category, term, status, since, until)
    with opened(db) as store:
        report = export_figures(store, fmt, output, where)
    if json_output:
        emit_json(report.to_dict())
        return
    note = " (no figure matches the filters: the file holds none)" if not report.figures else ""
    out.print(f"Exported {report.figures} figure(s) as {report.format} to {escape(report.path)}{note}")
    if report.unmapped:
        out.print(f"{len(report.unmapped)} figure(s) without coordinates, listed as 'unmapped' and not placed")
