"""Database set-up, sources, imports, country context and generic history commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from idmon.cli.common import DbOption, JsonOption, UserOption, emit_json, handle_errors, opened, out, state
from idmon.cli.output import print_history
from idmon.domain import vocabulary as v
from idmon.domain.countries import parse_country
from idmon.domain.model import PolicyInstrument, Source, TimelineEntry
from idmon.domain.records import from_dict, to_dict
from idmon.errors import InvalidRecord, Problem
from idmon.ingest.figure_table import import_figures
from idmon.store import Store, migrate
from idmon.store.engine import make_engine, resolve_url, safe_url
from idmon.store.kinds import KINDS

db_app = typer.Typer(help="Database schema: upgrade, downgrade, current revision.", no_args_is_help=True)
sources_app = typer.Typer(
    help="Sources (organisations that report figures) and their reliability.", no_args_is_help=True
)
import_app = typer.Typer(help="Import tables of records (CSV, XLSX).", no_args_is_help=True)
context_app = typer.Typer(
    help="Country context: household sizes, crisis timeline, policy instruments.", no_args_is_help=True
)

Iso3 = Annotated[str, typer.Argument(metavar="ISO3", help="Country code, e.g. MLI.")]
KindArg = Annotated[str, typer.Argument(metavar="KIND", help="One of: " + ", ".join(KINDS))]


def init(db: DbOption = None, json_output: JsonOption = False) -> None:
    """Create the database, or upgrade it to this idmon's schema."""
    with opened(db, create=True) as store:
        revision = migrate.current_revision(store.engine)
        url = safe_url(store.url)
    if json_output:
        emit_json({"database": url, "revision": revision})
    else:
        out.print(f"Database ready: {url} (schema {revision})")


@db_app.command("upgrade")
@handle_errors
def db_upgrade(revision: Annotated[str, typer.Option(help="Target revision.")] = "head", db: DbOption = None) -> None:
    """Upgrade the schema (default: to the newest)."""
    engine = make_engine(resolve_url(db or state.db))
    try:
        migrate.upgrade(engine, revision)
        out.print(f"Schema now at {migrate.current_revision(engine)}")
    finally:
        engine.dispose()


@db_app.command("downgrade")
@handle_errors
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision; 'base' removes every idmon table.")],
    db: DbOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="Do it: a downgrade can drop data.")] = False,
) -> None:
    """Downgrade the schema to an earlier revision (this can drop data: needs --yes)."""
    if not yes:
        raise InvalidRecord([Problem("yes", "a downgrade can drop data; add --yes to go ahead")])
    engine = make_engine(resolve_url(db or state.db))
    try:
        migrate.downgrade(engine, revision)
        out.print(f"Schema now at {migrate.current_revision(engine) or 'base (no idmon tables)'}")
    finally:
        engine.dispose()


@db_app.command("current")
@handle_errors
def db_current(db: DbOption = None, json_output: JsonOption = False) -> None:
    """Show the database's schema revision and the one this idmon needs."""
    url = resolve_url(db or state.db)
    engine = make_engine(url)
    try:
        current = migrate.current_revision(engine)
    finally:
        engine.dispose()
    data = {"database": safe_url(url), "revision": current, "head": migrate.head_revision()}
    if json_output:
        emit_json(data)
    else:
        out.print(f"{data['database']}: schema {current or 'none'} (this idmon needs {data['head']})")


@sources_app.command("add")
@handle_errors
def sources_add(
    name: Annotated[str, typer.Argument(help="The organisation's name.")],
    kind: Annotated[str | None, typer.Option(help="One of: " + ", ".join(v.slugs(v.SourceKind)) + ".")] = None,
    reliability: Annotated[str | None, typer.Option(help="One of: " + ", ".join(v.slugs(v.Reliability)) + ".")] = None,
    url: Annotated[str | None, typer.Option(help="Web site.")] = None,
    notes: Annotated[str | None, typer.Option(help="Free notes.")] = None,
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Add a source (kind 'other' and reliability 'unknown' unless given), or change what is given of the one
    with that name."""
    given = {
        k: val
        for k, val in {"kind": kind, "reliability": reliability, "url": url, "notes": notes}.items()
        if val is not None
    }
    with opened(db, user) as store:
        existing = store.source_named(name)
        if existing is None:
            stored = store.add(from_dict(Source, {"name": name, **given}))
        else:
            stored = store.update(from_dict(Source, {**to_dict(existing), **given}))
    if json_output:
        emit_json(to_dict(stored))
    else:
        out.print(f"Source [bold]{stored.name}[/] ({stored.id}): {stored.kind}, reliability {stored.reliability}")


@sources_app.command("list")
@handle_errors
def sources_list(db: DbOption = None, json_output: JsonOption = False) -> None:
    """List sources with their reliability."""
    with opened(db) as store:
        sources = store.sources()
    if json_output:
        emit_json([to_dict(s) for s in sources])
        return
    table = Table()
    for column in ("id", "name", "kind", "reliability", "url"):
        table.add_column(column)
    for s in sources:
        table.add_row(s.id or "", s.name, str(s.kind), str(s.reliability), s.url or "")
    out.print(table if sources else "No sources yet.")


@import_app.command("figures")
@handle_errors
def import_figures_command(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="A .csv or .xlsx table, one figure per row.")],
    skip_invalid: Annotated[bool, typer.Option(help="Import the valid rows and report the others.")] = False,
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Import figures from a table; nothing is imported when a row is invalid (unless --skip-invalid)."""
    with opened(db, user) as store:
        report = import_figures(store, path, skip_invalid=skip_invalid)
    if json_output:
        emit_json(report.to_dict())
        return
    out.print(
        f"{path.name}: {report.rows} rows — {len(report.created)} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged, {len(report.skipped_rows)} skipped"
    )
    for problem in report.problems:
        out.print(f"  [yellow]skipped[/] {problem}", highlight=False)


def history(
    kind: KindArg,
    record_id: Annotated[str, typer.Argument(metavar="ID")],
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Every version of any record (figure, event, document, source, timeline-entry, ...)."""
    with opened(db) as store:
        print_history(store.history(kind, record_id), json_output)


def restore(
    kind: KindArg,
    record_id: Annotated[str, typer.Argument(metavar="ID")],
    version: int,
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Bring any record back as it was at a version (recorded as a new version)."""
    with opened(db, user) as store:
        record = store.restore(kind, record_id, version)
    if json_output:
        emit_json(to_dict(record))
    else:
        out.print(f"Restored version {version} of {kind} {record_id}: now version {record.version}")


# ---- country context --------------------------------------------------------------------------------------
hh_app = typer.Typer(help="Average household size per country and year.", no_args_is_help=True)
timeline_app = typer.Typer(help="A country's crisis timeline.", no_args_is_help=True)
policy_app = typer.Typer(help="Policy instruments (Kampala Convention, national IDP law...).", no_args_is_help=True)
context_app.add_typer(hh_app, name="household-size")
context_app.add_typer(timeline_app, name="timeline")
context_app.add_typer(policy_app, name="policy")


def _country(code: str) -> str:
    return parse_country(code)


def _print_context(store: Store, kind: str, country: str, json_output: bool, columns: list[str]) -> None:
    records = store.context(kind, country)
    if json_output:
        emit_json([to_dict(r) for r in records])
        return
    table = Table(title=f"{kind} — {country}")
    for column in ["id", *columns]:
        table.add_column(column)
    for r in records:
        data = to_dict(r)
        table.add_row(*(str(data[c]) if data[c] is not None else "" for c in ["id", *columns]))
    out.print(table if records else f"No {kind} records for {country}.")


@hh_app.command("set")
@handle_errors
def hh_set(
    country: Iso3,
    year: int,
    size: float,
    source: Annotated[str | None, typer.Option(help="Where the value comes from.")] = None,
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Record a country's average household size for a year (e.g. idmon context household-size set MLI 2013 5.9)."""
    with opened(db, user) as store:
        record = store.set_household_size(_country(country), year, size, source)
    if json_output:
        emit_json(to_dict(record))
    else:
        out.print(f"{record.country} {record.year}: {record.size:g} people per household (version {record.version})")


@hh_app.command("list")
@handle_errors
def hh_list(country: Iso3, db: DbOption = None, json_output: JsonOption = False) -> None:
    """A country's recorded household sizes."""
    with opened(db) as store:
        _print_context(store, "household-size", _country(country), json_output, ["year", "size", "source"])


@timeline_app.command("add")
@handle_errors
def timeline_add(
    country: Iso3,
    date: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    title: Annotated[str, typer.Option(help="What happened, in a line.")],
    accuracy: Annotated[str, typer.Option(help="day, week, month or year")] = "day",
    description: Annotated[str | None, typer.Option()] = None,
    source_url: Annotated[str | None, typer.Option()] = None,
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Add an entry to a country's crisis timeline."""
    entry = from_dict(
        TimelineEntry,
        {
            "country": _country(country),
            "date": date,
            "date_accuracy": accuracy,
            "title": title,
            "description": description,
            "source_url": source_url,
        },
    )
    with opened(db, user) as store:
        stored = store.add(entry)
    if json_output:
        emit_json(to_dict(stored))
    else:
        out.print(f"Added timeline entry {stored.id}")


@timeline_app.command("list")
@handle_errors
def timeline_list(country: Iso3, db: DbOption = None, json_output: JsonOption = False) -> None:
    """A country's crisis timeline, oldest first."""
    with opened(db) as store:
        _print_context(store, "timeline-entry", _country(country), json_output, ["date", "title"])


@policy_app.command("set")
@handle_errors
def policy_set(
    country: Iso3,
    name: Annotated[str, typer.Argument(help="e.g. 'Kampala Convention'")],
    kind: Annotated[str, typer.Option(help=", ".join(v.slugs(v.PolicyKind)))] = "other",
    signed: Annotated[str | None, typer.Option(help="Signature date, YYYY-MM-DD.")] = None,
    ratified: Annotated[str | None, typer.Option(help="Ratification date, YYYY-MM-DD.")] = None,
    adopted: Annotated[str | None, typer.Option(help="Adoption date, YYYY-MM-DD.")] = None,
    description: Annotated[str | None, typer.Option()] = None,
    url: Annotated[str | None, typer.Option()] = None,
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Record a policy instrument for a country, or change the one with that name."""
    code = _country(country)
    values = {
        "country": code,
        "name": name,
        "kind": kind,
        "signed_date": signed,
        "ratified_date": ratified,
        "adopted_date": adopted,
        "description": description,
        "url": url,
    }
    with opened(db, user) as store:
        existing = [p for p in store.context("policy-instrument", code) if p.name == name]
        if existing:
            merged = {**to_dict(existing[0]), **{k: val for k, val in values.items() if val is not None}}
            stored = store.update(from_dict(PolicyInstrument, merged))
        else:
            stored = store.add(from_dict(PolicyInstrument, values))
    if json_output:
        emit_json(to_dict(stored))
    else:
        out.print(f"{stored.country}: {stored.name} (version {stored.version})")


@policy_app.command("list")
@handle_errors
def policy_list(country: Iso3, db: DbOption = None, json_output: JsonOption = False) -> None:
    """A country's policy instruments."""
    with opened(db) as store:
        _print_context(
            store,
            "policy-instrument",
            _country(country),
            json_output,
            ["name", "kind", "signed_date", "ratified_date", "adopted_date"],
        )
