"""Plain text in any encoding (detected with charset-normalizer when the bytes are not UTF-8)."""

from __future__ import annotations

from idmon.errors import MissingExtra
from idmon.ingest.readers.document import ReadDocument, finish


def decode(data: bytes) -> str:
    """The text of ``data``: UTF-8 (with or without BOM) first, else the encoding charset-normalizer finds."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as error:
        raise MissingExtra("charset-normalizer", "readers") from error
    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("latin-1")


def read_text(data: bytes) -> ReadDocument:
    """A plain-text document; its first non-empty line, when short, is taken as the title."""
    text = decode(data)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = first if 0 < len(first) <= 150 else None
    return finish(text, title=title, published=None, language=None, fmt="text")
