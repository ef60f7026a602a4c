"""Word documents (.docx): paragraphs and tables (python-docx), title and date from the core properties."""

from __future__ import annotations

import io

from idmon.errors import MissingExtra
from idmon.ingest.readers.document import ReadDocument, finish


def read_docx(data: bytes) -> ReadDocument:
    """The paragraphs and table cells of a .docx file, in order."""
    try:
        import docx  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as error:
        raise MissingExtra("python-docx", "docx") from error
    document = docx.Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    core = document.core_properties
    published = (core.created or core.modified).date() if (core.created or core.modified) else None
    language = core.language or None
    return finish("\n".join(parts), title=core.title or None, published=published, language=language, fmt="docx")
