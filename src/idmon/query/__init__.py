"""The one query layer: stocks, flows, explanations, time series and QA, used by the CLI, API, web and reports.

Each function loads what it needs from the Store with one query, hands it to the pure rules in
:mod:`idmon.domain.reconcile`, and returns plain, JSON-ready results (snake_case keys, vocabulary slugs).
"""

from idmon.query.explain import explain
from idmon.query.load import BESIDE, FLOW_CATEGORIES, MAIN_FLOWS, AreaNames, CountryData, Level, load_candidates
from idmon.query.review import qa, series
from idmon.query.totals import flows, flows_all, flows_from, stock, stock_all, stock_from

__all__ = [
    "BESIDE",
    "FLOW_CATEGORIES",
    "MAIN_FLOWS",
    "AreaNames",
    "CountryData",
    "Level",
    "explain",
    "flows",
    "flows_all",
    "flows_from",
    "load_candidates",
    "qa",
    "series",
    "stock",
    "stock_all",
    "stock_from",
]
