"""HTML pages: the main text without menus and footers (trafilatura), with title, date and language."""

from __future__ import annotations

import json

from idmon.errors import MissingExtra
from idmon.ingest.readers.document import ReadDocument, finish, parse_date
from idmon.ingest.readers.text import decode


def read_html(data: bytes) -> ReadDocument:
    """The main text of an HTML page."""
    try:
        import trafilatura  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as error:
        raise MissingExtra("trafilatura", "html") from error
    page = decode(data)
    extracted = trafilatura.extract(
        page, output_format="json", with_metadata=True, include_comments=False, include_tables=True
    )
    if not extracted:
        return finish("", title=None, published=None, language=None, fmt="html")
    found = json.loads(extracted)
    return finish(
        found.get("text") or "",
        title=found.get("title"),
        published=parse_date(found.get("date")),
        language=found.get("language"),
        fmt="html",
    )
