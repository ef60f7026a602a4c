"""Printing records and histories for people (Rich) and scripts (JSON)."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from idmon.cli.common import emit_json, out
from idmon.domain.model import Version
from idmon.domain.records import to_dict


def print_record(data: dict[str, Any], title: str) -> None:
    table = Table(title=title, show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value")
    for key, value in data.items():
        if value in (None, [], {}) or (key == "locations" and len(value) <= 1):
            continue
        table.add_row(key, str(value))
    out.print(table)


def version_dict(version: Version) -> dict[str, Any]:
    """A version as scripts read it: version, at, by, action, changed fields and the record after the change."""
    data = to_dict(version)
    return {
        "version": data["version"],
        "at": data["at"],
        "by": data["by"],
        "action": data["action"],
        "note": data["note"],
        "changed": version.changed,
        "record": data["after"],
        "before": data["before"],
    }


def print_history(versions: list[Version], json_output: bool) -> None:
    if json_output:
        emit_json([version_dict(v) for v in versions])
        return
    table = Table(title=f"History of {versions[0].kind} {versions[0].record_id}")
    for column in ("version", "at", "by", "action", "changes"):
        table.add_column(column)
    for v in versions:
        before, after = v.before or {}, v.after or {}
        changes = ", ".join(f"{k}: {before.get(k)!s} → {after.get(k)!s}" for k in v.changed) if v.before else ""
        if v.note:
            changes = f"{v.note}; {changes}" if changes else v.note
        table.add_row(str(v.version), to_dict(v)["at"], v.by, v.action, changes or "—")
    out.print(table)
