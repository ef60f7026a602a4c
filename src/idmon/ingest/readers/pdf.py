"""PDF files: the text layer (pypdf), with lost ligatures repaired, and the title and date in the metadata."""

from __future__ import annotations

import io

from idmon.errors import MissingExtra
from idmon.ingest.readers.document import ReadDocument, finish, parse_date


def read_pdf(data: bytes) -> ReadDocument:
    """The text layer of a PDF, page after page."""
    try:
        from pypdf import PdfReader  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as error:
        raise MissingExtra("pypdf", "pdf") from error
    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    meta = reader.metadata
    title = str(meta.title) if meta is not None and meta.title else None
    created = str(meta.get("/CreationDate", "")) if meta is not None else ""
    return finish("\n\n".join(pages), title=title, published=parse_date(created), language=None, fmt="pdf")
