"""Readers: encodings, HTML main text, PDF text layer, DOCX, and the message when an extra is missing."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest

from idmon.errors import MissingExtra
from idmon.ingest.readers import read_bytes, read_docx, read_html, read_path, read_pdf, read_text

FRENCH = "Inondations à Ségou : près de 3 000 personnes déplacées, selon la Croix-Rouge malienne.\n"
ENGLISH = "Floods in the north displaced about 3,000 people, the Red Cross said on Monday.\n"


def _pdf(lines: list[str], title: str = "Flash update") -> bytes:
    """A one-page PDF with a text layer, written by hand (Helvetica, WinAnsi)."""
    stream = "BT /F1 11 Tf 50 750 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Title ({title}) /CreationDate (D:20130320120000Z) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_text_in_utf8_with_bom() -> None:
    document = read_text(("\ufeff" + ENGLISH).encode("utf-8"))
    assert document.text.startswith("Floods in the north")
    assert (document.language, document.format) == ("en", "text")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_text_encoding_is_detected(encoding: str) -> None:
    pytest.importorskip("charset_normalizer")
    body = (FRENCH * 6).encode(encoding)
    document = read_text(body)
    assert "Ségou" in document.text and "déplacées" in document.text
    assert document.language == "fr"


def test_text_reader_repairs_ligatures() -> None:
    document = read_text(b"Some 2,000 people were forced to  ee the con ict and the o cial count grew.")
    assert "forced to flee the conflict" in document.text


def test_html_main_text_without_menus() -> None:
    pytest.importorskip("trafilatura")
    page = f"""<!DOCTYPE html><html lang="en"><head><title>Floods in the north</title>
    <meta property="article:published_time" content="2013-03-20T08:00:00Z"></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li>Donate now</li></ul></nav>
    <article><h1>Floods in the north</h1><p>{ENGLISH}</p>
    <p>Rescue teams reached the villages on Tuesday and set up three shelters for the families who lost
    their homes, while the rivers kept rising across the region.</p></article>
    <footer>Copyright and cookie policy</footer></body></html>"""
    document = read_html(page.encode("utf-8"))
    assert "displaced about 3,000 people" in document.text
    assert "Donate now" not in document.text and "cookie" not in document.text
    assert (document.title, document.published, document.language) == ("Floods in the north", date(2013, 3, 20), "en")


def test_pdf_text_layer_and_metadata() -> None:
    pytest.importorskip("pypdf")
    document = read_pdf(_pdf(["Floods displaced about 3,000 people.", "Some 200 houses were destroyed."]))
    assert "Floods displaced about 3,000 people." in document.text
    assert "200 houses were destroyed" in document.text
    assert (document.title, document.published, document.format) == ("Flash update", date(2013, 3, 20), "pdf")


def test_docx_paragraphs_and_tables() -> None:
    docx = pytest.importorskip("docx")
    made = docx.Document()
    made.core_properties.title = "Rapport de situation"
    made.add_paragraph(FRENCH)
    table = made.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Ménages déplacés"
    table.rows[0].cells[1].text = "1 250"
    buffer = io.BytesIO()
    made.save(buffer)
    document = read_docx(buffer.getvalue())
    assert "près de 3 000 personnes" in document.text
    assert "Ménages déplacés\t1 250" in document.text
    assert (document.title, document.language) == ("Rapport de situation", "fr")


def test_format_is_chosen_by_suffix_or_signature(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    pytest.importorskip("trafilatura")
    pdf = tmp_path / "report.bin"
    pdf.write_bytes(_pdf(["Some 50 families were evacuated."]))
    assert read_path(pdf).format == "pdf"
    assert read_bytes(b"<html><body><p>Hello</p></body></html>").format == "html"
    assert read_bytes(ENGLISH.encode()).format == "text"


def test_missing_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(MissingExtra, match=r"idmon\[pdf\]"):
        read_pdf(_pdf(["x"]))
