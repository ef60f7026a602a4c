"""The README documents every command and setting (a command nobody can find does not exist)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from idmon.cli import app

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: Any, prefix: str) -> list[str]:
    found = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if hasattr(command, "commands"):
            found += _commands(command, path)
        else:
            found.append(path)
    return found


def test_every_command_is_in_the_readme() -> None:
    root = typer.main.get_command(app)
    commands = _commands(root, "idmon")
    assert len(commands) > 20
    missing = [c for c in commands if c not in README]
    db_line = "idmon db upgrade | idmon db downgrade REV --yes | idmon db current"
    missing = [c for c in missing if not (c.startswith("idmon db ") and c.split()[-1] in db_line)]
    assert missing == []


def test_settings_are_documented() -> None:
    for setting in ("IDMON_DATABASE_URL", "IDMON_USER", "IDMON_TEST_POSTGRES_URL", "--db", "--user", "--json"):
        assert setting in README


def test_readme_commands_match_ci() -> None:
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test" in README and "bash scripts/test" in ci
    assert "idmon demo" in README
