"""``idmon brief`` (a country briefing, HTML + PDF) and ``idmon boundaries load|list`` (admin1 boundary files for
its map)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from idmon.cli.common import DbOption, JsonOption, emit_json, handle_errors, opened, out
from idmon.cli.reconcile import Iso3, ReviewedOnly, WindowDays, _date, _settings
from idmon.domain.countries import country_name, parse_country
from idmon.errors import InvalidRecord, Problem
from idmon.publish import maps
from idmon.publish.brief import build_briefing, write_briefing
from idmon.publish.i18n import LANGS, Lang

BoundariesDir = Annotated[
    Path | None,
    typer.Option(
        "--boundaries-dir",
        envvar="IDMON_BOUNDARIES_DIR",
        help="Folder of loaded boundary files (default: 'boundaries' in idmon's data folder).",
        show_envvar=True,
    ),
]


def _lang(raw: str) -> Lang:
    if raw not in LANGS:
        raise InvalidRecord([Problem("lang", f"{raw!r} is not an allowed value", raw, LANGS)], "option")
    return "fr" if raw == "fr" else "en"


@handle_errors
def brief(
    country: Iso3,
    as_of: Annotated[str, typer.Option("--as-of", help="Date of the briefing, YYYY-MM-DD.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write the HTML and PDF files into.")],
    start: Annotated[
        str | None,
        typer.Option("--from", help="Start of the period for new displacements (default: 12 months before)."),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the briefing: en or fr.")] = "en",
    boundaries: Annotated[
        Path | None, typer.Option(help="Admin1 boundary GeoJSON to shade (default: the one loaded for the country).")
    ] = None,
    boundaries_dir: BoundariesDir = None,
    reviewed_only: ReviewedOnly = False,
    window_days: WindowDays = 365,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Write a country briefing as of a date: headline figures, map, trend, areas, context, sources (HTML + PDF)."""
    code, day, language = parse_country(country), _date("as_of", as_of), _lang(lang)
    first = _date("from", start) if start else None
    if first is not None and first > day:
        raise InvalidRecord([Problem("from", f"{first} is after --as-of {day}", start)], "option")
    settings = _settings(window_days, reviewed_only, 0.05, 7, "start")
    bounds = maps.stored_boundaries(code, boundaries_dir, boundaries)
    with opened(db) as store:
        briefing = build_briefing(store, code, day, first, settings, bounds)
    files = write_briefing(briefing, output, language)
    if json_output:
        emit_json(files.to_dict())
        return
    if not files.has_data:
        out.print(f"No displacement figures recorded for {country_name(code)} as of {day}: the briefing says so.")
    out.print(f"Briefing written:\n  {escape(str(files.html))}\n  {escape(str(files.pdf))}")


boundaries_app = typer.Typer(help="Admin1 boundary files (GeoJSON, e.g. OCHA COD-AB) for briefing maps.")


@boundaries_app.command("load")
@handle_errors
def boundaries_load(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="A GeoJSON file of admin1 polygons.")],
    country: Annotated[str, typer.Option(help="ISO3 code of the country the file covers.")],
    name_field: Annotated[str | None, typer.Option(help="Property holding the area name (default: guessed).")] = None,
    pcode_field: Annotated[str | None, typer.Option(help="Property holding the p-code (default: guessed).")] = None,
    boundaries_dir: BoundariesDir = None,
    json_output: JsonOption = False,
) -> None:
    """Keep an admin1 boundary file for a country's briefings: areas with figures are then shaded on the map."""
    code = parse_country(country)
    target = maps.load_boundaries(path, code, boundaries_dir, name_field, pcode_field)
    areas = maps.stored_boundaries(code, boundaries_dir)
    if json_output:
        emit_json({"country": code, "path": str(target), "areas": [{"name": a.name, "pcode": a.pcode} for a in areas]})
        return
    out.print(f"Loaded {len(areas)} admin1 area(s) for {code} into {escape(str(target))}")


@boundaries_app.command("list")
@handle_errors
def boundaries_list(boundaries_dir: BoundariesDir = None, json_output: JsonOption = False) -> None:
    """The boundary files loaded, one per country."""
    folder = boundaries_dir or maps.boundaries_dir()
    found = sorted(folder.glob("*-admin1.geojson")) if folder.exists() else []
    rows = [
        {"country": p.name[:3], "areas": len(maps.stored_boundaries(p.name[:3], folder)), "path": str(p)} for p in found
    ]
    if json_output:
        emit_json(rows)
        return
    for r in rows:
        out.print(f"{r['country']}: {r['areas']} admin1 area(s) in {escape(str(r['path']))}")
    if not rows:
        out.print(
            f"No boundary file loaded (in {escape(str(folder))}). Load one: idmon boundaries load FILE --country ISO3"
        )
