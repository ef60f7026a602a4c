"""``idmon figures``: list, show, add, edit, delete, history and restore figures."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table

from idmon.cli.common import DbOption, JsonOption, UserOption, emit_json, handle_errors, opened, out
from idmon.cli.output import print_history, print_record
from idmon.domain import vocabulary as v
from idmon.domain.figures import apply_flat_changes, figure_from_flat, figure_to_flat, parse_value
from idmon.domain.model import Figure
from idmon.domain.records import parse_date, to_dict
from idmon.errors import InvalidRecord, Problem
from idmon.ingest.figure_table import with_provenance
from idmon.store import FigureFilter, Store

app = typer.Typer(help="Displacement figures: list, show, add, edit, delete, history, restore.", no_args_is_help=True)


def _choices(enum: type[StrEnum]) -> str:
    return "one of: " + ", ".join(v.slugs(enum))


#: The figure fields a command line can set: (name, help). Option names are the field names with dashes.
FIELDS: list[tuple[str, str]] = [
    ("country", "Country, ISO 3166-1 alpha-3 (or AB9, XKX)."),
    ("admin1", "First-level admin area name."),
    ("admin1_pcode", "First-level admin area p-code."),
    ("admin2", "Second-level admin area name."),
    ("admin2_pcode", "Second-level admin area p-code."),
    ("place", "Town, village, camp or site."),
    ("geonames_id", "GeoNames id of the place."),
    ("lat", "Latitude (WGS84)."),
    ("lon", "Longitude (WGS84)."),
    ("precision", _choices(v.Precision)),
    ("location_role", _choices(v.LocationRole)),
    ("category", _choices(v.Category)),
    ("term", _choices(v.Term)),
    ("reported", "The number as reported."),
    ("reported_max", "Upper bound when a range was reported."),
    ("quantity_text", "The words of the quantity, e.g. 'close to 230,000'."),
    ("vague", "true for vague figures such as 'thousands' (no number)."),
    ("qualifier", _choices(v.Qualifier)),
    ("unit", _choices(v.Unit)),
    ("household_size", "Average people per household (default: the country context's)."),
    ("calculation_logic", "How the figure was derived."),
    ("cause", _choices(v.Cause)),
    ("violence", _choices(v.Violence)),
    ("violence_subtype", _choices(v.ViolenceSubtype)),
    ("hazard", _choices(v.Hazard)),
    ("start_date", "Start date, YYYY-MM-DD."),
    ("start_date_accuracy", _choices(v.DateAccuracy)),
    ("end_date", "End date (a stock's 'as of' date), YYYY-MM-DD."),
    ("end_date_accuracy", _choices(v.DateAccuracy)),
    ("role", _choices(v.FigureRole)),
    ("review_status", _choices(v.ReviewStatus)),
    ("excerpt", "The sentence(s) the figure comes from."),
    ("method", "How the figure was obtained (manual, import:csv, extract:...)."),
    ("confidence", "Confidence between 0 and 1."),
    ("source", "Source organisation's name (created with reliability 'unknown' if new)."),
    ("source_reliability", _choices(v.Reliability) + " (only when the source is new)."),
    ("document_url", "URL of the report the figure comes from."),
    ("document_title", "Title of that report."),
    ("published", "Publication date of that report, YYYY-MM-DD."),
    ("event_id", "Id of the event the figure belongs to."),
    ("notes", "Free notes."),
]


def _field_params() -> list[inspect.Parameter]:
    return [
        inspect.Parameter(
            name,
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[str | None, typer.Option("--" + name.replace("_", "-"), help=text)],
        )
        for name, text in FIELDS
    ]


def with_figure_fields(func: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command one option per figure field (declared once, in FIELDS), passed to it as ``fields``."""
    signature = inspect.signature(func, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "fields"]

    def command(**kwargs: Any) -> Any:
        given = {name: kwargs.pop(name, None) for name, _ in FIELDS}
        fields = {name: value for name, value in given.items() if value is not None}
        return func(fields=fields, **kwargs)

    command.__signature__ = signature.replace(parameters=own + _field_params())  # type: ignore[attr-defined]
    command.__name__ = func.__name__
    command.__doc__ = func.__doc__
    return command


def _figure_table(figures: list[Figure]) -> Table:
    table = Table(show_lines=False)
    for column in ("id", "country", "area", "category", "term", "reported", "total", "as of", "status"):
        # fold rather than cut: an id or a number cut short with "…" is worse than a tall row
        table.add_column(column, justify="right" if column in ("reported", "total") else "left", overflow="fold")
    for f in figures:
        loc = f.locations[0] if f.locations else None
        area = " / ".join(x for x in ((loc.admin1, loc.admin2, loc.place) if loc else ()) if x) or "—"
        reported = "vague" if f.vague else (f"{f.reported:,}" if f.reported is not None else "—")
        table.add_row(
            f.id or "",
            f.country or "—",
            area,
            str(f.category),
            str(f.term or "—"),
            reported,
            f"{f.total:,}" if f.total is not None else "—",
            f.end_date.isoformat() if f.end_date else "—",
            str(f.review_status),
        )
    return table


def _date(name: str, raw: str | None) -> date | None:
    if raw is None:
        return None
    try:
        return parse_date(raw)
    except ValueError as exc:
        raise InvalidRecord([Problem(name, str(exc.args[0]), raw)], "filter") from None


def figure_filter(
    country: str | None,
    admin1: str | None,
    admin2: str | None,
    category: list[str] | None,
    term: list[str] | None,
    status: list[str] | None,
    since: str | None,
    until: str | None,
    limit: int | None = None,
) -> FigureFilter:
    """A FigureFilter from command-line options, each value checked against the vocabulary."""
    return FigureFilter(
        country=parse_value("country", country) if country else None,
        admin1=admin1,
        admin2=admin2,
        categories=[parse_value("category", c) for c in category or []],
        terms=[parse_value("term", t) for t in term or []],
        statuses=[parse_value("review_status", s) for s in status or []],
        since=_date("since", since),
        until=_date("until", until),
        limit=limit,
    )


@app.command("list")
@handle_errors
def list_figures(
    country: Annotated[str | None, typer.Option(help="ISO3 country code.")] = None,
    admin1: Annotated[str | None, typer.Option(help="Admin1 name or p-code.")] = None,
    admin2: Annotated[str | None, typer.Option(help="Admin2 name or p-code.")] = None,
    category: Annotated[list[str] | None, typer.Option(help=_choices(v.Category) + " (repeatable).")] = None,
    term: Annotated[list[str] | None, typer.Option(help=_choices(v.Term) + " (repeatable).")] = None,
    status: Annotated[list[str] | None, typer.Option(help=_choices(v.ReviewStatus) + " (repeatable).")] = None,
    since: Annotated[str | None, typer.Option(help="As-of date on or after, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="As-of date on or before, YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many figures.")] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """List figures, newest as-of date first."""
    where = figure_filter(country, admin1, admin2, category, term, status, since, until, limit)
    with opened(db) as store:
        figures = store.figures(where)
    if json_output:
        emit_json(figures.to_dicts())
    elif figures:
        out.print(_figure_table(figures))
        out.print(f"{len(figures)} figure(s)")
    else:
        out.print("No figures match.")


@app.command("show")
@handle_errors
def show(
    figure_id: Annotated[str, typer.Argument(metavar="ID")],
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show one figure with all its fields."""
    with opened(db) as store:
        figure = store.get_figure(figure_id)
    if json_output:
        emit_json(to_dict(figure))
    else:
        print_record(figure_to_flat(figure), title=f"Figure {figure.id}")


IdOption = Annotated[str | None, typer.Option("--id", help="Keep this id (default: idmon makes one).")]
ClearOption = Annotated[
    list[str] | None, typer.Option("--clear", help="Clear a field, e.g. --clear qualifier (repeatable).")
]
IdArgument = Annotated[str, typer.Argument(metavar="ID", help="The figure's id.")]


def _print_figure(figure: Figure, json_output: bool, verb: str) -> None:
    if json_output:
        emit_json(to_dict(figure))
    else:
        out.print(f"{verb} figure [bold]{figure.id}[/] (version {figure.version})")


def _save_with_provenance(store: Store, figure: Figure, provenance: Any, new: bool) -> Figure:
    with store.batch():
        figure = with_provenance(store, figure, provenance, None)
        return store.add_figure(figure) if new else store.update(figure)


@app.command("add")
@with_figure_fields
@handle_errors
def add(
    *,
    fields: dict[str, Any],
    id: IdOption = None,
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Add a figure (review status in-review unless given).

    Example: idmon figures add --country MLI --category idps --term displaced --unit person --reported 230000
    --qualifier approximately --end-date 2013-01-14 --json
    """
    fields.setdefault("review_status", v.ReviewStatus.IN_REVIEW.value)
    if id:
        fields["id"] = id
    figure, provenance = figure_from_flat(fields)
    with opened(db, user) as store:
        stored = _save_with_provenance(store, figure, provenance, new=True)
    _print_figure(stored, json_output, "Added")


@app.command("edit")
@with_figure_fields
@handle_errors
def edit(
    figure_id: IdArgument,
    *,
    fields: dict[str, Any],
    clear: ClearOption = None,
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Change some fields of a figure; a new version is recorded (none when nothing changes)."""
    changes: dict[str, Any] = {**fields, **{name.replace("-", "_"): None for name in clear or []}}
    if not changes:
        raise InvalidRecord([Problem("options", "give at least one field to change, e.g. --reported 240000")])
    with opened(db, user) as store:
        figure, provenance = apply_flat_changes(store.get_figure(figure_id), changes)
        stored = _save_with_provenance(store, figure, provenance, new=False)
    _print_figure(stored, json_output, "Saved")


@app.command("delete")
@handle_errors
def delete(
    figure_id: IdArgument, db: DbOption = None, user: UserOption = None, json_output: JsonOption = False
) -> None:
    """Delete a figure. Its history is kept: `idmon figures restore ID VERSION` brings it back."""
    with opened(db, user) as store:
        store.delete("figure", figure_id)
        version = store.history("figure", figure_id)[-1].version
    if json_output:
        emit_json({"deleted": figure_id, "version": version})
    else:
        out.print(f"Deleted figure {figure_id} (version {version}); its history is kept.")


@app.command("history")
@handle_errors
def history(figure_id: IdArgument, db: DbOption = None, json_output: JsonOption = False) -> None:
    """Every version of a figure: who changed what, and when."""
    with opened(db) as store:
        versions = store.history("figure", figure_id)
    print_history(versions, json_output)


@app.command("restore")
@handle_errors
def restore(
    figure_id: IdArgument,
    version: Annotated[int, typer.Argument(help="The version to bring back (see `idmon figures history`).")],
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Bring a figure back as it was at a version; the restore is recorded as a new version."""
    with opened(db, user) as store:
        stored = store.restore("figure", figure_id, version)
    _print_figure(stored, json_output, f"Restored version {version} of")
