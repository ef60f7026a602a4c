"""`idmon ingest`, `idmon extract` and `idmon gazetteer` on documents written for idmon (both backends)."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from idmon.cli import app
from idmon.ingest.pipeline import Ingestor, expand
from idmon.store import FigureFilter, Store

runner = CliRunner()
SAMPLES = Path(str(resources.files("idmon") / "samples" / "reports"))

# A GeoNames country dump, as downloaded, reduced to a made-up village and its region (tab-separated).
GEONAMES = "\n".join(
    "\t".join(row)
    for row in [
        [
            "9990001",
            "Tanfarasso",
            "Tanfarasso",
            "Tan Farasso",
            "15.1234",
            "-2.5678",
            "P",
            "PPL",
            "ML",
            "",
            "07",
            "",
            "",
            "",
            "800",
            "",
            "300",
            "Africa/Bamako",
            "2020-01-01",
        ],
        [
            "9990002",
            "Mopti",
            "Mopti",
            "Mopti Region",
            "14.5",
            "-4.0",
            "A",
            "ADM1",
            "ML",
            "",
            "07",
            "",
            "",
            "",
            "2000000",
            "",
            "300",
            "Africa/Bamako",
            "2020-01-01",
        ],
    ]
)
PCODES = (
    "Location,Admin Level,P-Code,Name,Parent P-Code\n#country+code,#geo+admin_level,#adm+code,#adm+name,"
    "#adm+code+parent\nMLI,1,ML05,Mopti,MLI\nMLI,1,ML04,Ségou,MLI\n"
)


def cli(*args: str, ok: bool = True) -> Any:
    result = runner.invoke(app, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    shutil.copytree(SAMPLES, folder)
    return folder


def test_ingest_a_folder_then_again(store: Store, reports: Path) -> None:
    files, missing = expand([str(reports)])
    assert len(files) == 4 and not missing
    report = Ingestor(store).ingest(files)
    status = {Path(r.path).name: r.status for r in report.results}
    assert status["sports-2013-01-20.txt"] == "not-relevant"
    assert sum(s == "new" for s in status.values()) == 3
    figures = store.figures()
    assert len(figures) == report.figures > 0
    for figure in figures:
        assert figure.review_status == "extracted" and figure.method.startswith("extract")
        document = store.get("document", figure.document_id or "")
        assert figure.span_start is not None and figure.span_end is not None
        quoted = document.text[figure.span_start : figure.span_end]
        assert quoted and quoted in (figure.excerpt or "")
    # a figure placed in an admin area is stored at that area, not at a town of the same name inside it
    regional = [f for f in figures if f.locations and f.locations[0].precision in ("adm1", "adm2")]
    assert regional and all(f.locations[0].place is None for f in regional)
    sports = next(r for r in report.results if r.status == "not-relevant")
    assert store.original(sports.document_id or "") == (reports / "sports-2013-01-20.txt").read_bytes()
    assert store.figures(FigureFilter(document_id=sports.document_id)) == []
    again = Ingestor(store).ingest(files)
    assert {r.status for r in again.results} == {"already-ingested"}
    assert len(store.figures()) == len(figures)


def test_a_broken_file_loses_nothing_else(db_url: str, reports: Path) -> None:
    (reports / "broken.pdf").write_bytes(b"%PDF-1.7 this is not really a PDF")
    result = cli("ingest", str(reports), "--db", db_url, "--json", ok=False)
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert (summary["new"], summary["failed"], summary["not_relevant"]) == (3, 1, 1)
    broken = next(d for d in summary["documents"] if d["path"].endswith("broken.pdf"))
    assert broken["status"] == "failed" and broken["message"] and broken["document_id"] is None
    with Store.open(db_url) as store:
        count = store.execute(sa.text("SELECT count(*) FROM documents"))[0][0]
        assert count == 4
    missing = cli("ingest", str(reports / "nope-*.txt"), "--db", db_url, ok=False)
    assert missing.exit_code == 1 and "nothing found" in missing.stderr


def test_glob_and_summary(db_url: str, reports: Path) -> None:
    result = cli("ingest", str(reports / "mali-*.txt"), "--db", db_url)
    assert "2 file(s): 2 new" in result.stdout and "figure(s) stored for review" in result.stdout


def test_extract_prints_json_lines_without_storing(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'never.db'}"
    text = "Near Mopti, about 1,200 people fled their homes last week, the Malian authorities said."
    result = runner.invoke(app, ["extract", "-", "--published", "2013-01-20", "--json", "--db", db], input=text)
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(facts) == 1
    fact = facts[0]
    assert {"reported", "qualifier", "unit", "term", "category", "country", "span", "excerpt", "method"} <= set(fact)
    assert (fact["reported"], fact["qualifier"], fact["category"]) == (1200, "approximately", "new-displacement")
    assert text[fact["span"][0] : fact["span"][1]] in fact["excerpt"]
    assert not (tmp_path / "never.db").exists()
    missing = cli("extract", str(tmp_path / "none.txt"), ok=False)
    assert missing.exit_code == 3


def test_loaded_gazetteers_resolve_places(db_url: str, tmp_path: Path) -> None:
    text = "About 600 people fled Tanfarasso on 12 January 2013 after an attack, the Malian authorities said."
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    before = json.loads(cli("extract", str(tmp_path / "r.txt"), "--country", "MLI", "--json", "--db", db_url).stdout)
    assert before["place"] is None
    dump = tmp_path / "ML.txt"
    dump.write_text(GEONAMES + "\n", encoding="utf-8")
    loaded = json.loads(cli("gazetteer", "load", str(dump), "--db", db_url, "--json").stdout)
    assert (loaded["name"], loaded["rows"], loaded["changed"]) == ("ML.txt", 2, True)
    assert json.loads(cli("gazetteer", "load", str(dump), "--db", db_url, "--json").stdout)["changed"] is False
    table = tmp_path / "mli_pcodes.csv"
    table.write_text(PCODES, encoding="utf-8")
    cli("gazetteer", "load", str(table), "--db", db_url)
    after = json.loads(cli("extract", str(tmp_path / "r.txt"), "--country", "MLI", "--json", "--db", db_url).stdout)
    assert after["place"] == "Tanfarasso" and (after["lat"], after["lon"]) == (15.1234, -2.5678)
    assert after["admin1_pcode"] == "ML05"
    listed = json.loads(cli("gazetteer", "list", "--db", db_url, "--json").stdout)
    assert sorted(s["source"] for s in listed) == ["ML.txt", "mli_pcodes.csv"]
    cli("gazetteer", "remove", "ML.txt", "--db", db_url)
    assert cli("gazetteer", "remove", "ML.txt", "--db", db_url, ok=False).exit_code == 3
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert cli("gazetteer", "load", str(bad), "--db", db_url, ok=False).exit_code == 2


def test_python_api_extract() -> None:
    import idmon

    facts = idmon.extract("Plus de 2 000 personnes ont fui les combats à Gao.", published=None)
    assert [(f.reported, str(f.qualifier)) for f in facts] == [(2000, "more-than")]


def test_a_text_states_its_publication_date_in_its_first_lines() -> None:
    from datetime import date

    from idmon.ingest.pipeline import header_date

    assert header_date("Situation report\nPublished 16 January 2013\n\nBody text.", "en") == date(2013, 1, 16)
    assert header_date("Mali : point de situation\nBamako, le 5 mars 2013\n\nTexte.", "fr") == date(2013, 3, 5)
    assert header_date("Title\nIntro line\nThird line\nOn 4 May 2013 something.", "en") is None  # too far down
    assert header_date("Report for January 2013\nBody", "en") is None  # a month is not a publication date


def test_ingested_facts_are_dated_from_the_header(store: Store, reports: Path) -> None:
    from datetime import date

    Ingestor(store).ingest([reports / "mali-retours-2013-03-05.txt"])
    document = store.figures()[0].document_id
    assert store.get("document", document or "").published == date(2013, 3, 5)
    assert all(f.end_date is not None for f in store.figures())
