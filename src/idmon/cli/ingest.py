"""``idmon ingest``, ``idmon extract`` and ``idmon gazetteer``: documents in, facts out."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from idmon.cli.common import DbOption, JsonOption, UserOption, emit_json, err, handle_errors, opened, out, state
from idmon.domain.countries import parse_country
from idmon.domain.records import parse_date
from idmon.errors import DatabaseNotReady, InvalidRecord, NotFound, Problem
from idmon.extract import Extractor
from idmon.ingest.gazetteers import gazetteer_for, load_gazetteer_file
from idmon.ingest.pipeline import DocumentResult, Ingestor, expand, header_date, read_document
from idmon.store import Store

gazetteer_app = typer.Typer(
    help="Gazetteers: GeoNames dumps and OCHA p-code tables that resolve places.", no_args_is_help=True
)
CountryOption = Annotated[str | None, typer.Option(help="The documents' main country (ISO3), when known.")]
PublishedOption = Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD): anchors 'last week'.")]


def _published(raw: str | None) -> date | None:
    if raw is None:
        return None
    try:
        return parse_date(raw)
    except ValueError as exc:
        raise InvalidRecord([Problem("published", str(exc.args[0]), raw)], "option") from None


@handle_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files, folders or globs ('reports/*.pdf').")],
    country: CountryOption = None,
    published: PublishedOption = None,
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Store documents (originals kept; the same bytes twice are stored once) and the facts extracted from them,
    for review (status: extracted)."""
    files, missing = expand(paths)
    code = parse_country(country) if country else None
    with opened(db, user) as store:
        ingestor = Ingestor(store, country=code, published=_published(published))
        quiet = json_output or not sys.stderr.isatty()
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            disable=quiet,
        ) as progress:
            task = progress.add_task("Ingesting", total=len(files))

            def advance(result: DocumentResult) -> None:
                progress.advance(task)
                if result.status == "failed":
                    err.print(f"[red]failed[/] {escape(result.path)}: {escape(result.message)}")

            report = ingestor.ingest(files, advance)
    report.missing = missing
    if json_output:
        emit_json(report.to_dict())
    else:
        for pattern in missing:
            err.print(f"[red]nothing found[/] for {escape(pattern)}")
        out.print(
            f"{len(files)} file(s): {report.count('new')} new, {report.count('already-ingested')} already "
            f"ingested, {report.count('not-relevant')} not about displacement, {report.count('failed')} "
            f"failed; {report.figures} figure(s) stored for review"
        )
    if not report.ok:
        raise typer.Exit(1)


def _extractor(db: str | None) -> Extractor:
    """The extractor with the database's gazetteers and household sizes when there is a database; otherwise the
    packaged gazetteer (extracting never creates a database)."""
    try:
        store = Store.open(db or state.db, create=False)
    except DatabaseNotReady:
        from idmon.extract.pipeline import default_extractor

        return default_extractor()
    with store:
        sizes = {h.country: h.size for h in store.household_sizes_latest()}
        return Extractor(gazetteer_for(store), sizes)


@handle_errors
def extract(
    path: Annotated[str, typer.Argument(metavar="FILE|-", help="A document (text, HTML, PDF, DOCX), or - for stdin.")],
    published: PublishedOption = None,
    country: CountryOption = None,
    db: DbOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="JSON Lines: one fact per line.")] = False,
) -> None:
    """Print the displacement facts in a document, without storing anything."""
    if path == "-":
        data, name = sys.stdin.buffer.read(), "stdin.txt"
    else:
        file = Path(path)
        if not file.is_file():
            raise NotFound(f"no file {path!r}")
        data, name = file.read_bytes(), file.name
    read = read_document(data, name)
    when = _published(published) or read.published or header_date(read.text, read.language)
    code = parse_country(country) if country else None
    facts = _extractor(db).read(read.text, when, code).facts
    if json_output:
        for fact in facts:
            sys.stdout.write(json.dumps(fact.to_dict(), ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(facts)} fact(s) in {name}")
    for column in ("figure", "qualifier", "unit", "term", "category", "where", "when", "excerpt"):
        table.add_column(column, overflow="fold")
    for f in facts:
        figure = "vague: " + f.quantity_text if f.vague else f"{f.reported:,}" if f.reported is not None else "?"
        where = " / ".join(x for x in (f.country, f.admin1, f.place) if x) or "—"
        when_text = " → ".join(d.isoformat() for d in (f.start_date, f.end_date) if d) or "—"
        table.add_row(
            figure,
            str(f.qualifier),
            str(f.unit),
            str(f.term or "—"),
            str(f.category or "—"),
            where,
            when_text,
            escape(f.excerpt[:200]),
        )
    out.print(table)


@gazetteer_app.command("load")
@handle_errors
def gazetteer_load(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="GeoNames dump (.txt/.tsv) or p-code table (.csv).")],
    name: Annotated[str | None, typer.Option(help="Name to keep it under (default: the file name).")] = None,
    db: DbOption = None,
    user: UserOption = None,
    json_output: JsonOption = False,
) -> None:
    """Load a gazetteer into the database: every later ingest resolves its places."""
    with opened(db, user) as store:
        source, rows, changed = load_gazetteer_file(store, path, name)
    if json_output:
        emit_json({"name": source, "rows": rows, "changed": changed})
    else:
        out.print(f"{source}: {rows:,} place(s) {'loaded' if changed else 'already loaded, nothing changed'}")


@gazetteer_app.command("list")
@handle_errors
def gazetteer_list(db: DbOption = None, json_output: JsonOption = False) -> None:
    """The gazetteers loaded into the database."""
    with opened(db) as store:
        sources = store.gazetteer_sources()
    if json_output:
        emit_json(sources)
        return
    if not sources:
        out.print("No gazetteer loaded: only the packaged one is used (idmon gazetteer load FILE adds one).")
    for s in sources:
        out.print(
            f"{s['source']}: {s['entries']:,} {s['kind']} rows, loaded {s['loaded_at']:%Y-%m-%d} by {s['loaded_by']}"
        )


@gazetteer_app.command("remove")
@handle_errors
def gazetteer_remove(
    name: Annotated[str, typer.Argument(help="As shown by `idmon gazetteer list`.")],
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Forget a loaded gazetteer."""
    with opened(db, user) as store:
        store.remove_gazetteer(name)
    out.print(f"Removed {name}")
