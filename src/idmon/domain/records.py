"""Turning records into plain dicts and back: one mechanism for JSON output, history snapshots, CLI options and
tabular imports. Parsing collects every problem with the field's name and allowed values instead of stopping at the
first one.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from idmon.errors import InvalidRecord, Problem

T = TypeVar("T")
_MISSING = object()


def to_dict(record: object) -> dict[str, Any]:
    """A JSON-ready dict of a record: enums as slugs, dates as ISO strings, nested records as dicts."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"not a record: {record!r}")
    return {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _plain(value: object) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_dict(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def is_optional(cls: type, name: str) -> bool:
    """True when the field may hold None."""
    hint = _hints(cls).get(name)
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in typing.get_args(hint)


def record_fields(cls: type) -> list[str]:
    """The field names of a record type, in declaration order."""
    return [f.name for f in dataclasses.fields(cls)]


def from_dict(cls: type[T], data: Mapping[str, Any], *, what: str | None = None) -> T:
    """Build a record of type ``cls`` from a dict of plain or string values, or raise InvalidRecord.

    Unknown keys and values of the wrong type are reported with the field name; blank strings mean "unknown".
    """
    problems: list[Problem] = []
    values = parse_fields(cls, data, problems)
    missing = [
        f.name
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name not in values and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    problems.extend(Problem(name, "is required") for name in missing)
    if problems:
        raise InvalidRecord(problems, what or cls.__name__.lower())
    return cls(**values)


def parse_fields(cls: type, data: Mapping[str, Any], problems: list[Problem]) -> dict[str, Any]:
    """Convert the values of ``data`` to the types of ``cls``'s fields; append a Problem for each bad one."""
    hints = _hints(cls)
    out: dict[str, Any] = {}
    for key, raw in data.items():
        if key not in hints:
            problems.append(Problem(key, "is not a field", raw, tuple(record_fields(cls))))
            continue
        try:
            out[key] = convert(hints[key], raw)
        except ValueError as exc:
            allowed = exc.args[1] if len(exc.args) > 1 else None
            problems.append(Problem(key, str(exc.args[0]), raw, allowed))
    return out


def convert(hint: Any, raw: Any) -> Any:
    """Convert ``raw`` to the type ``hint``; raise ValueError(message[, allowed]) when it cannot."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if raw is None or (isinstance(raw, str) and raw.strip() == ""):
            return None
        inner = [a for a in args if a is not type(None)]
        return convert(inner[0], raw)
    if raw is None:
        raise ValueError("is required")
    if origin is list:
        if not isinstance(raw, list | tuple):
            raise ValueError("must be a list")
        return [convert(args[0], item) for item in raw]
    if origin is dict:
        if not isinstance(raw, Mapping):
            raise ValueError("must be a mapping")
        return {str(k): convert(args[1], v) for k, v in raw.items()}
    if isinstance(hint, type):
        return _convert_scalar(hint, raw)
    raise TypeError(f"unsupported field type {hint!r}")


def _convert_scalar(hint: type, raw: Any) -> Any:
    if isinstance(raw, hint) and not (hint is int and isinstance(raw, bool)):
        return raw
    if issubclass(hint, StrEnum):
        allowed = tuple(m.value for m in hint)
        text = str(raw).strip()
        if text not in allowed:
            raise ValueError(f"{text!r} is not an allowed value", allowed)
        return hint(text)
    if hint is bool:
        return _to_bool(raw)
    if hint is int:
        return _to_int(raw)
    if hint is float:
        return _to_float(raw)
    if hint is str:
        return str(raw)
    if hint is datetime:
        return _to_datetime(raw)
    if hint is date:
        return parse_date(raw)
    if dataclasses.is_dataclass(hint):
        if not isinstance(raw, Mapping):
            raise ValueError("must be a mapping")
        return from_dict(hint, raw)
    raise ValueError(f"cannot read {raw!r} as {hint.__name__}")


def _to_bool(raw: Any) -> bool:
    text = str(raw).strip().lower()
    if text in ("1", "true", "yes", "y"):
        return True
    if text in ("0", "false", "no", "n"):
        return False
    raise ValueError(f"{raw!r} is not a yes/no value", ("true", "false"))


def _to_int(raw: Any) -> int:
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = str(raw).strip().replace(",", "").replace("_", "")
    if text.endswith(".0"):
        text = text[:-2]
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{raw!r} is not a whole number") from None


def _to_float(raw: Any) -> float:
    try:
        return float(str(raw).strip())
    except ValueError:
        raise ValueError(f"{raw!r} is not a number") from None


def parse_date(raw: Any) -> date:
    """A calendar date written YYYY-MM-DD (a datetime is cut to its date)."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = str(raw).strip()
    try:
        if len(text) >= 10 and text[4] == "-" and text[7] == "-":
            return date.fromisoformat(text[:10]) if len(text) == 10 else datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise ValueError(f"{raw!r} is not a date written YYYY-MM-DD")


def _to_datetime(raw: Any) -> datetime:
    text = str(raw).strip().replace("Z", "+00:00")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{raw!r} is not a date-time written YYYY-MM-DDTHH:MM:SS") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
