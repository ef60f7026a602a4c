"""Readers: one module per format, each turning a file's bytes into a :class:`ReadDocument`.

``read_path(path)`` picks the reader from the file's suffix (or the bytes' signature); a reader whose optional
library is missing raises :class:`idmon.errors.MissingExtra` naming the extra to install.
"""

from __future__ import annotations

from pathlib import Path

from idmon.ingest.readers.document import ReadDocument, guess_language
from idmon.ingest.readers.docx import read_docx
from idmon.ingest.readers.html import read_html
from idmon.ingest.readers.pdf import read_pdf
from idmon.ingest.readers.text import read_text

__all__ = [
    "ReadDocument",
    "guess_language",
    "read_bytes",
    "read_docx",
    "read_html",
    "read_path",
    "read_pdf",
    "read_text",
]

_BY_SUFFIX = {
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
}


def read_bytes(data: bytes, name: str = "") -> ReadDocument:
    """Read a document from its bytes; ``name`` (a file name) helps choose the format."""
    reader = _BY_SUFFIX.get(Path(name).suffix.lower())
    if reader is None:
        if data.startswith(b"%PDF"):
            reader = read_pdf
        elif data.startswith(b"PK\x03\x04") and b"word/" in data[:4000]:
            reader = read_docx
        elif data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
            reader = read_html
        else:
            reader = read_text
    return reader(data)


def read_path(path: str | Path) -> ReadDocument:
    """Read the document at ``path`` (text, HTML, PDF or DOCX)."""
    file = Path(path)
    return read_bytes(file.read_bytes(), file.name)
