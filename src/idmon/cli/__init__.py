"""The ``idmon`` command: a thin Typer shell over the library. Every command takes --db; writes take --user."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from idmon import __version__
from idmon.cli import admin, brief, export, figures, ingest, reconcile
from idmon.cli.common import DbOption, UserOption, handle_errors, opened, out, state
from idmon.domain.countries import country_name
from idmon.jobs import run_sample_job
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
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the briefing.")] = Path("idmon-demo"),
    lang: Annotated[str, typer.Option("--lang", help="Language of the briefing: en or fr.")] = "en",
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Run idmon's main job on the sample it ships: ingest reports, reconcile, write a briefing.

    Loads sample figures and country context, ingests the sample reports (English and French), computes Mali's
    IDP stock and new displacements as of 31 March 2013, and writes the briefing (HTML + PDF). Safe to run again:
    nothing is duplicated.
    """
    with opened(db, user, create=True) as store:
        out.print(f"Database: {safe_url(store.url)}")
        job = run_sample_job(store, output, brief._lang(lang))
    f, r, st, fl = job.figures, job.reports, job.stock, job.flows
    out.print(f"Sample figures: {len(f.created)} new, {len(f.updated)} updated, {len(f.unchanged)} already there")
    out.print(
        f"Sample reports: {r.count('new')} ingested, {r.count('already-ingested')} already there, "
        f"{r.count('not-relevant')} not about displacement; {r.figures} figure(s) extracted for review"
    )
    out.print(
        f"{country_name(st['country'])}: [bold]{st['total']:,}[/] IDPs as of {st['as_of']} "
        f"(range {st['min']:,}–{st['max']:,}; {len(st['used'])} figure(s) used, {len(st['excluded'])} set aside)"
    )
    out.print(f"New displacements {fl['from']} to {fl['to']}: [bold]{fl['total']:,}[/]")
    out.print(f"Briefing:\n  {job.briefing.html}\n  {job.briefing.pdf}")
    out.print(f"Why these numbers: idmon explain {st['country']} --as-of {st['as_of']}")


def main() -> None:
    app()
