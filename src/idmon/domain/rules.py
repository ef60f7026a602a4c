"""Sanity rules for records and the values derived from them (totals in people, hazard category).

These rules run before anything is written; the database enforces the same vocabulary and bounds again with CHECK
constraints, so that rows written by other tools are held to them too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from idmon.domain.countries import is_country_code
from idmon.domain.model import (
    Crisis,
    Document,
    Event,
    Figure,
    HouseholdSize,
    Location,
    PolicyInstrument,
    Source,
    TimelineEntry,
)
from idmon.domain.vocabulary import HAZARD_CATEGORY, Cause, Unit
from idmon.errors import InvalidRecord, Problem

_COUNTRY_HELP = "is not an ISO 3166-1 alpha-3 code (or AB9 / XKX); e.g. MLI, SDN, COD"


#: Separates a computed calculation from a note on where its inputs came from.
NOTE = " — "


def round_half_up(value: float) -> int:
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def people_total(reported: int | None, unit: Unit, household_size: float | None) -> tuple[int | None, str | None]:
    """The number of people a figure stands for, and how it was computed (None when it cannot be)."""
    if reported is None:
        return None, None
    if unit is Unit.PERSON:
        return reported, None
    if household_size is None:
        return None, f"{reported:,} households; no household size known, so no total in people"
    total = round_half_up(reported * household_size)
    return total, f"{reported:,} households × {household_size:g} people per household = {total:,} people"


def prepare_figure(figure: Figure) -> Figure:
    """Fill the values a figure derives from its other fields: country, hazard category, total, logic."""
    country = figure.country or (figure.locations[0].country if figure.locations else None)
    hazard_category = HAZARD_CATEGORY[figure.hazard] if figure.hazard else figure.hazard_category
    total, logic = people_total(figure.reported, figure.unit, figure.household_size)
    previous = figure.calculation_logic
    if previous and (figure.unit is Unit.PERSON or figure.household_size is None):
        logic = previous  # keep what an analyst or extractor wrote
    elif previous and logic and NOTE in previous:
        logic += NOTE + previous.split(NOTE, 1)[1]  # keep where the household size came from
    return replace(figure, country=country, hazard_category=hazard_category, total=total, calculation_logic=logic)


def _country(field: str, code: str | None, problems: list[Problem]) -> None:
    if code is not None and not is_country_code(code):
        problems.append(Problem(field, f"{code!r} {_COUNTRY_HELP}", code))


def _dates(prefix: str, start: date | None, end: date | None, problems: list[Problem]) -> None:
    if start and end and start > end:
        problems.append(
            Problem(f"{prefix}end_date", f"{end.isoformat()} is before the start date {start.isoformat()}", end)
        )


def _location(index: int, loc: Location, figure_country: str | None, problems: list[Problem]) -> None:
    name = f"locations[{index}]."
    if loc.country != figure_country:  # the figure's own country is reported once, as "country"
        _country(name + "country", loc.country, problems)
    if loc.lat is not None and not -90 <= loc.lat <= 90:
        problems.append(Problem(name + "lat", "must be between -90 and 90", loc.lat))
    if loc.lon is not None and not -180 <= loc.lon <= 180:
        problems.append(Problem(name + "lon", "must be between -180 and 180", loc.lon))
    if (loc.lat is None) != (loc.lon is None):
        problems.append(Problem(name + "lat", "lat and lon go together: give both or neither"))


def figure_problems(f: Figure) -> list[Problem]:
    problems: list[Problem] = []
    _country("country", f.country, problems)
    for i, loc in enumerate(f.locations):
        _location(i, loc, f.country, problems)
    for name in ("reported", "reported_max"):
        value = getattr(f, name)
        if value is not None and value < 0:
            problems.append(Problem(name, "must be 0 or more", value))
    if f.reported is not None and f.reported_max is not None and f.reported_max < f.reported:
        problems.append(Problem("reported_max", "is smaller than reported", f.reported_max))
    if f.household_size is not None and not 0 < f.household_size <= 50:
        problems.append(Problem("household_size", "must be more than 0 and at most 50", f.household_size))
    if f.confidence is not None and not 0 <= f.confidence <= 1:
        problems.append(Problem("confidence", "must be between 0 and 1", f.confidence))
    if (f.span_start is None) != (f.span_end is None):
        problems.append(Problem("span_start", "span_start and span_end go together"))
    elif f.span_start is not None and f.span_end is not None and not 0 <= f.span_start <= f.span_end:
        problems.append(Problem("span_end", "a span needs 0 <= start <= end", [f.span_start, f.span_end]))
    _dates("", f.start_date, f.end_date, problems)
    if f.hazard and f.cause not in (None, Cause.DISASTER):
        problems.append(Problem("hazard", f"is only for disasters, but cause is {f.cause}", f.hazard))
    if (f.violence or f.violence_subtype) and f.cause not in (None, Cause.CONFLICT):
        problems.append(Problem("violence", f"is only for conflict, but cause is {f.cause}", f.violence))
    return problems


def _named(what: str, record: Any, problems: list[Problem]) -> None:
    if not str(getattr(record, "name", "")).strip():
        problems.append(Problem("name", f"a {what} needs a name"))


def source_problems(s: Source) -> list[Problem]:
    problems: list[Problem] = []
    _named("source", s, problems)
    return problems


def document_problems(d: Document) -> list[Problem]:
    problems: list[Problem] = []
    if d.content_hash is not None and len(d.content_hash) != 64:
        problems.append(Problem("content_hash", "must be a SHA-256 hex digest (64 characters)", d.content_hash))
    return problems


def crisis_problems(c: Crisis) -> list[Problem]:
    problems: list[Problem] = []
    _named("crisis", c, problems)
    for i, code in enumerate(c.countries):
        _country(f"countries[{i}]", code, problems)
    _dates("", c.start_date, c.end_date, problems)
    return problems


def event_problems(e: Event) -> list[Problem]:
    problems: list[Problem] = []
    _named("event", e, problems)
    for i, code in enumerate(e.countries):
        _country(f"countries[{i}]", code, problems)
    _dates("", e.start_date, e.end_date, problems)
    if e.hazard and e.cause is not Cause.DISASTER:
        problems.append(Problem("hazard", f"is only for disasters, but cause is {e.cause}", e.hazard))
    if e.violence and e.cause is not Cause.CONFLICT:
        problems.append(Problem("violence", f"is only for conflict, but cause is {e.cause}", e.violence))
    return problems


def timeline_problems(t: TimelineEntry) -> list[Problem]:
    problems: list[Problem] = []
    _country("country", t.country, problems)
    if not t.title.strip():
        problems.append(Problem("title", "a timeline entry needs a title"))
    return problems


def policy_problems(p: PolicyInstrument) -> list[Problem]:
    problems: list[Problem] = []
    _country("country", p.country, problems)
    _named("policy instrument", p, problems)
    return problems


def household_size_problems(h: HouseholdSize) -> list[Problem]:
    problems: list[Problem] = []
    _country("country", h.country, problems)
    if not 0 < h.size <= 50:
        problems.append(Problem("size", "must be more than 0 and at most 50", h.size))
    if not 1900 <= h.year <= 2200:
        problems.append(Problem("year", "must be a year between 1900 and 2200", h.year))
    return problems


CHECKS: dict[type, Callable[[Any], list[Problem]]] = {
    Figure: figure_problems,
    Source: source_problems,
    Document: document_problems,
    Crisis: crisis_problems,
    Event: event_problems,
    TimelineEntry: timeline_problems,
    PolicyInstrument: policy_problems,
    HouseholdSize: household_size_problems,
}


def check(record: object, what: str | None = None, extra: Iterable[Problem] = ()) -> None:
    """Raise InvalidRecord listing every problem with ``record``; return quietly when it is sound."""
    problems = [*extra, *CHECKS[type(record)](record)]
    if problems:
        raise InvalidRecord(problems, what or type(record).__name__.lower())
