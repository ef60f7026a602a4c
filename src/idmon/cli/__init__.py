"""The ``idmon`` command: a thin Typer shell over the library. Every command takes --db; writes take --user."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from idmon import __version__
from idmon.cli import admin, brief, export, figures, ingest, reconcile
from idmon.cli.common import DbOption, UserOption, handle_errors, opened, out, state
from idmon.domain.countries import country_name, parse_country
from idmon.ingest.figure_table import import_figures
from idmon.store import FigureFilter
from idmon.store.engine import safe_url

app = typer.Typer(
    name="idmon",
    help="idmon — an open internal displacement monitor: figures, sources, history, imports.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(figures.app, name="figures")
app.add_typer(admin.sources_app, name="sources")
app.add_typer(admin.import_app, name="import")
app.add_typer(admin.context_app, name="context")
app.add_typer(admin.db_app, name="db")
app.add_typer(ingest.gazetteer_app, name="gazetteer")
app.command("ingest")(ingest.ingest)
app.command("extract")(ingest.extract)
app.command("init")(handle_errors(admin.init))
app.command("history")(handle_errors(admin.history))
app.command("restore")(handle_errors(admin.restore))
app.command("export")(export.export)
app.command("brief")(brief.brief)
app.add_typer(brief.boundaries_app, name="boundaries")
for _name in ("stock", "flows", "explain", "series", "qa"):
    app.command(_name)(getattr(reconcile, _name))


def _version(value: bool) -> None:
    if value:
        out.print(f"idmon {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    db: DbOption = None,
    user: UserOption = None,
    version: Annotated[  # noqa: ARG001 - acts in its callback
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Options given here apply to every command (a command's own --db/--user win)."""
    state.db, state.user, state.json_errors = db, user, False


@app.command("demo")
@handle_errors
def demo(
    country: Annotated[str, typer.Option(help="Country whose figures to print.")] = "MLI",
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Run idmon's main job on the sample it ships: create the database, load the sample, print figures.

    Safe to run again: nothing is duplicated.
    """
    code = parse_country(country)
    sample = resources.files("idmon") / "samples" / "figures.csv"
    with resources.as_file(sample) as path, opened(db, user, create=True) as store:
        report = import_figures(store, Path(path))
        out.print(f"Database: {safe_url(store.url)}")
        out.print(
            f"Sample loaded: {len(report.created)} new, {len(report.updated)} updated, "
            f"{len(report.unchanged)} already there"
        )
        found = store.figures(FigureFilter(country=code))
    out.print(figures._figure_table(found) if found else f"No figures for {code}.")
    out.print(
        f"{len(found)} figure(s) for {country_name(code)} ({code}). "
        f"Next: idmon figures show {found[0].id if found else 'ID'}"
    )


def main() -> None:
    app()
