"""idmon: an open internal displacement monitor.

>>> import idmon
>>> store = idmon.open("sqlite:///figures.db")        # or a PostgreSQL URL; default: the embedded database
>>> store.figures(idmon.FigureFilter(country="MLI")).to_pandas()
"""

from __future__ import annotations

from idmon.store import FigureFilter, FigureList, Store

__version__ = "0.1.0"


def open(url: str | None = None, *, user: str | None = None, create: bool | None = None) -> Store:
    """Open idmon's database (see :meth:`Store.open`)."""
    return Store.open(url, user=user, create=create)


__all__ = ["FigureFilter", "FigureList", "Store", "__version__", "open"]
