"""The only package that speaks SQL: tables, migrations and the Store."""

from idmon.store.queries import FigureFilter, FigureList
from idmon.store.store import Store, current_user

__all__ = ["FigureFilter", "FigureList", "Store", "current_user"]
