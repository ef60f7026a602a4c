"""idmon: an open internal displacement monitor.

>>> import idmon
>>> store = idmon.open("sqlite:///figures.db")        # or a PostgreSQL URL; default: the embedded database
>>> store.figures(idmon.FigureFilter(country="MLI")).to_pandas()
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import idmon.extract as _extraction  # loaded now, so that the name `extract` below stays the function
from idmon.store import FigureFilter, FigureList, Store

if TYPE_CHECKING:
    from idmon.extract import Fact

__version__ = "0.1.0"


def open(url: str | None = None, *, user: str | None = None, create: bool | None = None) -> Store:
    """Open idmon's database (see :meth:`Store.open`)."""
    return Store.open(url, user=user, create=create)


def extract(text: str, published: date | None = None, country: str | None = None) -> list[Fact]:
    """The displacement facts in ``text`` (English or French), with the packaged gazetteer; nothing is stored."""
    return _extraction.extract(text, published, country)


__all__ = ["FigureFilter", "FigureList", "Store", "__version__", "extract", "open"]
