"""The domain's error types. Shells (CLI, API) translate these at the edge; nothing else catches them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


class IdmonError(Exception):
    """Base class for every error idmon raises on purpose. ``str(error)`` says what is wrong and what to do."""

    exit_code = 1


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of an input record (frictionless-style: data problems are data)."""

    field: str
    message: str
    value: object = None
    allowed: tuple[str, ...] | None = None
    row: int | None = None

    def __str__(self) -> str:
        where = f"row {self.row}: " if self.row is not None else ""
        text = f"{where}{self.field}: {self.message}"
        if self.allowed:
            text += f" (allowed values: {', '.join(self.allowed)})"
        return text

    def to_dict(self) -> dict[str, object]:
        return {
            "row": self.row,
            "field": self.field,
            "message": self.message,
            "value": self.value if isinstance(self.value, str | int | float | bool) else repr(self.value),
            "allowed": list(self.allowed) if self.allowed else None,
        }


class InvalidRecord(IdmonError):
    """A record (figure, source, event...) has invalid fields. Nothing was written."""

    exit_code = 2

    def __init__(self, problems: Iterable[Problem], what: str = "record") -> None:
        self.problems: Sequence[Problem] = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"invalid {what}; nothing was written:\n{lines}")


class NotFound(IdmonError):
    """No record with that id (or name)."""

    exit_code = 3


class Conflict(IdmonError):
    """The record exists already, or a concurrent change got there first."""

    exit_code = 4


class DatabaseNotReady(IdmonError):
    """The database does not exist, cannot be reached, or its schema is not at the version this idmon needs."""

    exit_code = 5


class UnreadableDocument(IdmonError):
    """A document's bytes could not be read as its format says (a damaged PDF, a DOCX that is not a zip...)."""

    exit_code = 2


class MissingExtra(IdmonError):
    """An optional dependency is not installed."""

    exit_code = 6

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(f"this needs the Python package '{package}': install it with  pip install 'idmon[{extra}]'")
