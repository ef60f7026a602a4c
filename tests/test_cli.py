"""The idmon command line, on both backends: the figure lifecycle, bad input, JSON output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from idmon.cli import app
from idmon.store import Store, migrate

runner = CliRunner()

ADD = [
    "figures",
    "add",
    "--country",
    "MLI",
    "--category",
    "idps",
    "--term",
    "displaced",
    "--unit",
    "person",
    "--reported",
    "230000",
    "--qualifier",
    "approximately",
    "--end-date",
    "2013-01-14",
    "--json",
]


def run(*args: str, ok: bool = True) -> Any:
    result = runner.invoke(app, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


def run_json(*args: str) -> Any:
    return json.loads(run(*args).stdout)


def test_add_edit_history_restore(db_url: str) -> None:
    added = run_json(*ADD, "--db", db_url, "--user", "alice")
    fid = added["id"]
    assert added["reported"] == 230000 and added["qualifier"] == "approximately" and added["version"] == 1
    assert added["review_status"] == "in-review"
    edited = run_json("figures", "edit", fid, "--reported", "240000", "--db", db_url, "--user", "bob", "--json")
    assert edited["reported"] == 240000 and edited["total"] == 240000 and edited["version"] == 2
    history = run_json("figures", "history", fid, "--db", db_url, "--json")
    assert [(v["version"], v["by"], v["action"]) for v in history] == [
        (1, "alice", "create"),
        (2, "bob", "update"),
    ]
    assert history[0]["record"]["reported"] == 230000 and history[1]["record"]["reported"] == 240000
    assert history[1]["changed"] == ["reported", "total"]
    assert all(v["at"].endswith("Z") for v in history)
    restored = run_json("figures", "restore", fid, "1", "--db", db_url, "--json")
    assert restored["reported"] == 230000 and restored["version"] == 3
    shown = run_json("figures", "show", fid, "--db", db_url, "--json")
    assert shown["reported"] == 230000
    table = run("figures", "history", fid, "--db", db_url).stdout
    assert "restored version 1" in table and "reported: 240000 → 230000" in table


def test_global_db_option_and_env(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run("--db", db_url, *ADD)
    assert len(run_json("--db", db_url, "figures", "list", "--json")) == 1
    monkeypatch.setenv("IDMON_DATABASE_URL", db_url)
    assert len(run_json("figures", "list", "--json")) == 1


def test_location_source_and_document_options(db_url: str) -> None:
    added = run_json(
        *ADD,
        "--admin1",
        "Mopti",
        "--admin1-pcode",
        "ML05",
        "--place",
        "Sévaré",
        "--lat",
        "14.53",
        "--lon",
        "-4.1",
        "--precision",
        "point",
        "--source",
        "OCHA",
        "--document-url",
        "https://example.org/r1",
        "--published",
        "2013-01-16",
        "--db",
        db_url,
    )
    loc = added["locations"][0]
    assert (loc["admin1"], loc["admin1_pcode"], loc["place"], loc["lat"]) == (
        "Mopti",
        "ML05",
        "Sévaré",
        14.53,
    )
    sources = run_json("sources", "list", "--db", db_url, "--json")
    assert [(s["name"], s["reliability"]) for s in sources] == [("OCHA", "unknown")]
    assert added["source_id"] == sources[0]["id"] and added["document_id"]
    edited = run_json(
        "figures", "edit", added["id"], "--admin1", "Ségou", "--clear", "qualifier", "--db", db_url, "--json"
    )
    assert edited["locations"][0]["admin1"] == "Ségou" and edited["locations"][0]["place"] == "Sévaré"
    assert edited["qualifier"] is None


def test_list_filters(db_url: str) -> None:
    run(*ADD, "--db", db_url)
    run(*ADD[:-1], "--category", "new-displacement", "--start-date", "2012-12-01", "--db", db_url)
    run("figures", "add", "--country", "BFA", "--category", "idps", "--reported", "5", "--db", db_url)
    assert len(run_json("figures", "list", "--country", "MLI", "--db", db_url, "--json")) == 2
    listed = run_json("figures", "list", "--category", "new-displacement", "--db", db_url, "--json")
    assert [f["category"] for f in listed] == ["new-displacement"]
    assert run_json("figures", "list", "--status", "approved", "--db", db_url, "--json") == []
    assert (
        len(run_json("figures", "list", "--since", "2013-01-01", "--until", "2013-01-31", "--db", db_url, "--json"))
        == 2
    )
    assert "figure(s)" in run("figures", "list", "--db", db_url).stdout


BAD = {
    "unknown category": (["--category", "idp"], "category", "allowed values: idps, returnees"),
    "negative number": (["--reported", "-5"], "reported", "must be 0 or more"),
    "end before start": (["--start-date", "2013-02-01"], "end_date", "before the start date 2013-02-01"),
    "unknown ISO3": (["--country", "XYZ"], "country", "not an ISO 3166-1 alpha-3 code"),
    "malformed date": (["--end-date", "14/01/2013"], "end_date", "not a date written YYYY-MM-DD"),
    "unknown unit": (["--unit", "families"], "unit", "allowed values: person, household"),
    "not a number": (["--reported", "lots"], "reported", "not a whole number"),
}


@pytest.mark.parametrize(("options", "field", "message"), BAD.values(), ids=list(BAD))
def test_bad_input_is_refused_and_nothing_written(db_url: str, options: list[str], field: str, message: str) -> None:
    args = [*ADD[:-1], *options, "--db", db_url]
    result = run(*args, ok=False)
    assert result.exit_code == 2
    assert f"{field}: " in result.stderr and message in result.stderr, result.stderr
    assert "nothing was written" in result.stderr
    with Store.open(db_url) as store:
        assert store.count_figures() == 0
        assert store.execute(__import__("sqlalchemy").text("SELECT count(*) FROM history"))[0][0] == 0


def test_json_errors_are_json(db_url: str) -> None:
    result = run(*ADD[:-1], "--category", "idp", "--db", db_url, "--json", ok=False)
    error = json.loads(result.stderr)["error"]
    assert error["type"] == "InvalidRecord"
    assert error["problems"][0]["field"] == "category" and "idps" in error["problems"][0]["allowed"]


def test_missing_figure_and_bad_edit(db_url: str) -> None:
    result = run("figures", "show", "nope", "--db", db_url, ok=False)
    assert result.exit_code == 3 and "no figure with id 'nope'" in result.stderr
    fid = run_json(*ADD, "--db", db_url)["id"]
    result = run("figures", "edit", fid, "--db", db_url, ok=False)
    assert result.exit_code == 2 and "give at least one field" in result.stderr
    result = run("figures", "edit", fid, "--category", "nope", "--db", db_url, ok=False)
    assert result.exit_code == 2 and "allowed values" in result.stderr
    assert run_json("figures", "show", fid, "--db", db_url, "--json")["version"] == 1


def test_delete_and_restore(db_url: str) -> None:
    fid = run_json(*ADD, "--db", db_url, "--id", "keep-me")["id"]
    assert fid == "keep-me"
    assert run_json("figures", "delete", fid, "--db", db_url, "--json") == {"deleted": fid, "version": 2}
    assert run("figures", "show", fid, "--db", db_url, ok=False).exit_code == 3
    assert run_json("figures", "restore", fid, "1", "--db", db_url, "--json")["version"] == 3


def test_sources_add_and_change_reliability(db_url: str) -> None:
    first = run_json(
        "sources", "add", "IOM DTM", "--kind", "un-agency", "--reliability", "high", "--db", db_url, "--json"
    )
    again = run_json(
        "sources",
        "add",
        "IOM DTM",
        "--kind",
        "un-agency",
        "--reliability",
        "medium",
        "--db",
        db_url,
        "--json",
    )
    assert again["id"] == first["id"] and again["reliability"] == "medium" and again["version"] == 2
    kept = run_json("sources", "add", "IOM DTM", "--reliability", "high", "--db", db_url, "--json")
    assert (kept["kind"], kept["reliability"], kept["version"]) == ("un-agency", "high", 3)  # kind kept
    bad = run("sources", "add", "X", "--reliability", "great", "--db", db_url, ok=False)
    assert bad.exit_code == 2 and "reliability" in bad.stderr and "low, medium, high, unknown" in bad.stderr


def test_context_commands_and_generic_history(db_url: str) -> None:
    hh = run_json("context", "household-size", "set", "MLI", "2013", "5.9", "--db", db_url, "--json")
    run("context", "household-size", "set", "mli", "2013", "6.1", "--db", db_url)
    assert run_json("context", "household-size", "list", "MLI", "--db", db_url, "--json")[0]["size"] == 6.1
    versions = run_json("history", "household-size", hh["id"], "--db", db_url, "--json")
    assert [v["record"]["size"] for v in versions] == [5.9, 6.1]
    run("restore", "household-size", hh["id"], "1", "--db", db_url)
    assert run_json("context", "household-size", "list", "MLI", "--db", db_url, "--json")[0]["size"] == 5.9
    run(
        "context",
        "timeline",
        "add",
        "MLI",
        "--date",
        "2013-01-11",
        "--title",
        "Operation Serval",
        "--db",
        db_url,
    )
    assert run_json("context", "timeline", "list", "MLI", "--db", db_url, "--json")[0]["title"] == "Operation Serval"
    run(
        "context",
        "policy",
        "set",
        "MLI",
        "Kampala Convention",
        "--kind",
        "convention",
        "--signed",
        "2009-10-23",
        "--db",
        db_url,
    )
    pol = run_json(
        "context",
        "policy",
        "set",
        "MLI",
        "Kampala Convention",
        "--ratified",
        "2012-12-07",
        "--db",
        db_url,
        "--json",
    )
    assert (pol["signed_date"], pol["ratified_date"], pol["version"]) == (
        "2012-12-07"[:0] + "2009-10-23",
        "2012-12-07",
        2,
    )
    bad = run("context", "household-size", "set", "QQQ", "2013", "5", "--db", db_url, ok=False)
    assert bad.exit_code == 2 and "QQQ" in bad.stderr


def test_init_and_db_commands(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert run_json("init", "--db", url, "--json")["revision"] == migrate.head_revision()
    assert run_json("db", "current", "--db", url, "--json")["revision"] == migrate.head_revision()
    refused = run("db", "downgrade", "base", "--db", url, ok=False)
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    run("db", "downgrade", "base", "--db", url, "--yes")
    assert run_json("db", "current", "--db", url, "--json")["revision"] is None
    not_ready = run("figures", "list", "--db", url, ok=False)
    assert not_ready.exit_code == 5 and "idmon init" in not_ready.stderr
    run("db", "upgrade", "--db", url)
    assert run_json("figures", "list", "--db", url, "--json") == []


def test_demo_runs_the_main_job_and_is_idempotent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    out_dir = tmp_path / "brief"
    first = run("demo", "--db", url, "--output", str(out_dir)).stdout
    assert "Sample figures: 10 new" in first and "3 ingested" in first and "1 not about displacement" in first
    # the README's numbers: the nationwide figure of the French report is used, not added to its regions' figures
    assert "Mali: 260,000 IDPs as of 2013-03-31 (range 198,558–260,000; 1 figure(s) used, 20 set aside)" in first
    assert (out_dir / "brief-MLI-2013-03-31-en.html").is_file() and (out_dir / "brief-MLI-2013-03-31-en.pdf").is_file()
    with Store.open(url) as store:
        count = store.count_figures()
        documents = store.execute(__import__("sqlalchemy").text("SELECT count(*) FROM documents"))[0][0]
    second = run("demo", "--db", url, "--output", str(out_dir), "--lang", "fr").stdout
    assert "10 already there" in second and "0 ingested, 4 already there" in second
    assert (out_dir / "brief-MLI-2013-03-31-fr.pdf").is_file()
    with Store.open(url) as store:
        assert store.count_figures() == count
        assert store.execute(__import__("sqlalchemy").text("SELECT count(*) FROM documents"))[0][0] == documents


def test_console_script_exit_codes(tmp_path: Path) -> None:
    """The real `python -m idmon` process: output on stdout, errors on stderr, exit codes."""
    env = {**os.environ, "IDMON_DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}", "IDMON_USER": "proc"}
    ok = subprocess.run([sys.executable, "-m", "idmon", *ADD], capture_output=True, text=True, env=env, check=False)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["reported"] == 230000
    bad = subprocess.run(
        [sys.executable, "-m", "idmon", "figures", "add", "--category", "idp"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert bad.returncode == 2 and "allowed values" in bad.stderr and "Traceback" not in bad.stderr
