"""The Fact: one displacement figure found in a text, with its meaning, place, time and provenance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from idmon.domain.rules import round_half_up
from idmon.domain.vocabulary import (
    NON_DISPLACEMENT_TERMS,
    Category,
    Cause,
    DateAccuracy,
    Hazard,
    Precision,
    Qualifier,
    Term,
    Unit,
    Violence,
)

EXTRACTOR_NAME = "extract:rules"
EXTRACTOR_VERSION = "0.1"
METHOD = f"{EXTRACTOR_NAME}-{EXTRACTOR_VERSION}"

#: The keys of :meth:`Fact.to_dict`, in order.
FACT_KEYS: tuple[str, ...] = (
    "reported",
    "reported_max",
    "vague",
    "quantity_text",
    "qualifier",
    "unit",
    "household_size",
    "total",
    "calculation_logic",
    "term",
    "category",
    "cause",
    "hazard",
    "violence",
    "country",
    "admin1",
    "admin1_pcode",
    "admin2",
    "admin2_pcode",
    "place",
    "lat",
    "lon",
    "precision",
    "start_date",
    "end_date",
    "date_accuracy",
    "excerpt",
    "span",
    "method",
    "confidence",
)


@dataclass(slots=True)
class Fact:
    """One figure: what was reported, what it counts, where, when, and where in the text it was read."""

    reported: int | None
    quantity_text: str
    span: tuple[int, int]
    excerpt: str
    unit: Unit = Unit.PERSON
    term: Term | None = None
    category: Category | None = None
    qualifier: Qualifier = Qualifier.EXACT
    reported_max: int | None = None
    vague: bool = False
    household_size: float | None = None
    total: int | None = None
    calculation_logic: str | None = None
    cause: Cause | None = None
    hazard: Hazard | None = None
    violence: Violence | None = None
    country: str | None = None
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Precision | None = None
    start_date: date | None = None
    end_date: date | None = None
    date_accuracy: DateAccuracy | None = None
    method: str = METHOD
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        """The fact as JSON-ready values with the snake_case keys of :data:`FACT_KEYS`."""
        values: dict[str, Any] = {}
        for key in FACT_KEYS:
            value = getattr(self, key)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            elif hasattr(value, "value"):
                value = value.value
            values[key] = value
        return values


DEFAULT_HOUSEHOLD_SIZE = 5.0


def people_total(
    fact: Fact, household_sizes: Mapping[str, float] | None, default_size: float = DEFAULT_HOUSEHOLD_SIZE
) -> None:
    """Fill ``household_size``, ``total`` and ``calculation_logic`` for a fact counted in households."""
    if fact.reported is None:
        return
    if fact.term in NON_DISPLACEMENT_TERMS:
        fact.calculation_logic = f"{fact.term} people are not displaced: no total"
        return
    if fact.unit is not Unit.HOUSEHOLD:
        fact.total = fact.reported
        return
    country = fact.country or "an unknown country"
    size = (household_sizes or {}).get(fact.country or "")
    if size is None:
        size = default_size
        why = f"global default; no average household size recorded for {country}"
    else:
        why = f"average household size for {country}"
    fact.household_size = size
    fact.total = round_half_up(fact.reported * size)
    fact.calculation_logic = f"{fact.reported:,} households × {size} ({why})"
