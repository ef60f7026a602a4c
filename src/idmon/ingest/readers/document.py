"""The document a reader returns, and helpers shared by readers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from idmon.extract.ligatures import repair_ligatures
from idmon.extract.segments import guess_language as _guess


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """A document's main text and what its file says about it."""

    text: str
    title: str | None = None
    published: date | None = None
    language: str | None = None
    format: str = "text"


def guess_language(text: str) -> str | None:
    """ "en", "fr" or "es" for a text with words, else None."""
    return _guess(text) if re.search(r"[^\W\d_]{3}", text) else None


def finish(text: str, *, title: str | None, published: date | None, language: str | None, fmt: str) -> ReadDocument:
    """Normalise line ends, repair lost ligatures and fill the language when the file did not say it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    language = (language or "").split("-")[0].lower() or guess_language(text)
    text = repair_ligatures(text, language=language or "en")
    return ReadDocument(text, title or None, published, language, fmt)


def parse_date(value: str | None) -> date | None:
    """A date from metadata such as "2013-03-20", "D:20130320120000+01'00'" or "2013-03-20T12:00:00Z"."""
    if not value:
        return None
    match = re.search(r"(\d{4})-?(\d{2})-?(\d{2})", value)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
