"""What every command shares: the --db/--user/--json options, opening the Store, printing, and errors."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from idmon.errors import IdmonError, InvalidRecord
from idmon.store import Store

P = ParamSpec("P")
T = TypeVar("T")

# Piped output is read by people in wide logs, not 80-column terminals: do not squeeze tables.
_WIDTH = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 160
out = Console(width=_WIDTH)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="IDMON_DATABASE_URL",
        help="Database URL or SQLite file path (default: the embedded SQLite database in your data folder).",
        show_envvar=True,
    ),
]
UserOption = Annotated[
    str | None,
    typer.Option("--user", envvar="IDMON_USER", help="Who is making the change (default: your OS user name)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]


class State:
    """Options given before the command (``idmon --db URL figures list``); a command's own options win."""

    db: str | None = None
    user: str | None = None
    json_errors: bool = False


state = State()


@contextmanager
def opened(db: str | None, user: str | None = None, create: bool | None = None) -> Iterator[Store]:
    store = Store.open(db or state.db, user=user or state.user, create=create)
    try:
        yield store
    finally:
        store.close()


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def handle_errors(func: Callable[P, T]) -> Callable[P, T]:
    """Turn idmon's errors into a clear message on stderr and the error's exit code (never a traceback)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        if kwargs.get("json_output"):
            state.json_errors = True
        try:
            return func(*args, **kwargs)
        except IdmonError as exc:
            report_error(exc)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def report_error(exc: IdmonError) -> None:
    if state.json_errors:
        problems = [p.to_dict() for p in exc.problems] if isinstance(exc, InvalidRecord) else []
        payload = {"error": {"type": type(exc).__name__, "message": str(exc), "problems": problems}}
        sys.stderr.write(json.dumps(payload, ensure_ascii=False, default=str) + "\n")
    else:
        err.print(f"[bold red]Error:[/] {escape(str(exc))}", markup=True, highlight=False)
