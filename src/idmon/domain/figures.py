"""Flat figures: one figure as a flat mapping of vocabulary field names, as CSV rows, CLI options and JSON use.

The flat form names the figure's first location with top-level keys (``admin1``, ``place``, ``lat``...), and its
provenance with ``source``, ``source_reliability``, ``document_url`` and ``published``, which the Store resolves
into records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from idmon.domain.model import Figure, Location
from idmon.domain.records import convert, is_optional, parse_fields, to_dict
from idmon.domain.rules import figure_problems, prepare_figure
from idmon.domain.vocabulary import Category, LocationRole, Reliability
from idmon.errors import InvalidRecord, Problem

#: Flat keys that describe the figure's first location.
LOCATION_KEYS: tuple[str, ...] = (
    "admin1",
    "admin1_pcode",
    "admin2",
    "admin2_pcode",
    "place",
    "geonames_id",
    "lat",
    "lon",
    "precision",
    "location_role",
)
#: Flat keys that name where a figure came from, resolved by the Store into a Source and a Document.
PROVENANCE_KEYS: tuple[str, ...] = (
    "source",
    "source_reliability",
    "document_url",
    "document_title",
    "published",
)
#: Figure fields a flat mapping may not set: the Store owns them.
OWNED_KEYS: frozenset[str] = frozenset({"version", "created_at", "updated_at", "total", "locations"})


@dataclass(frozen=True, kw_only=True)
class Provenance:
    """Where a flat figure says it came from."""

    source: str | None = None
    source_reliability: Reliability | None = None
    document_url: str | None = None
    document_title: str | None = None
    published: date | None = None

    def is_empty(self) -> bool:
        return not (self.source or self.document_url)


def _split(data: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], list[Problem]]:
    fig: dict[str, Any] = {}
    loc: dict[str, Any] = {}
    prov: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in data.items():
        if key in LOCATION_KEYS:
            loc["role" if key == "location_role" else key] = value
        elif key in PROVENANCE_KEYS:
            prov[key] = value
        elif key in OWNED_KEYS:
            problems.append(Problem(key, "is computed by idmon and cannot be set", value))
        else:
            fig[key] = value
    return fig, loc, prov, problems


def _location(country: str | None, loc: Mapping[str, Any], problems: list[Problem]) -> Location | None:
    values = {k: v for k, v in parse_fields(Location, loc, problems).items() if v is not None}
    if not values:
        return None
    if country is None:
        problems.append(Problem("country", "is required when a place, admin area or coordinates are given"))
        return None
    values.setdefault("role", LocationRole.BOTH)
    return Location(country=country, **values)


def _provenance(prov: Mapping[str, Any], problems: list[Problem]) -> Provenance:
    return Provenance(**parse_fields(Provenance, prov, problems))


def figure_from_flat(data: Mapping[str, Any], *, row: int | None = None) -> tuple[Figure, Provenance]:
    """A new Figure and its provenance from flat values (strings or typed); raise InvalidRecord listing every
    problem with the field name and the allowed values. Blank values mean "unknown" (the field's default)."""
    given = {k: v for k, v in data.items() if v is not None and not (isinstance(v, str) and not v.strip())}
    fig, loc, prov, problems = _split(given)
    values = parse_fields(Figure, fig, problems)
    values = {k: v for k, v in values.items() if v is not None}
    if "category" not in values and not any(p.field == "category" for p in problems):
        problems.append(Problem("category", "is required"))
    location = _location(values.get("country"), loc, problems)
    provenance = _provenance(prov, problems)
    # check what did parse too, so that one run reports every problem (category stands in when it did not)
    figure = Figure(**{"category": Category.IDPS, **values})
    if location is not None:
        figure.locations = [location]
    reported = {p.field for p in problems}
    problems += [p for p in figure_problems(prepare_figure(figure)) if p.field not in reported]
    if problems:
        raise InvalidRecord([replace(p, row=row) for p in problems], "figure")
    return figure, provenance


def apply_flat_changes(figure: Figure, changes: Mapping[str, Any]) -> tuple[Figure, Provenance]:
    """The figure with ``changes`` applied (flat keys), and any provenance change.

    None or a blank string clears a field that may be empty; a blank string leaves a field that may not (a blank
    cell in a table), while None asks to clear it and is refused.
    """
    fig, loc, prov, problems = _split(changes)
    fig = {k: v for k, v in fig.items() if not (_blank(v) and v is not None and not is_optional(Figure, k))}
    loc = {k: v for k, v in loc.items() if not (_blank(v) and v is not None and not is_optional(Location, k))}
    values = parse_fields(Figure, fig, problems)
    updated = replace(figure, **values)
    if loc:
        current = to_dict(updated.locations[0]) if updated.locations else {}
        current.pop("country", None)
        merged = {**current, **loc}
        location = _location(updated.country, merged, problems)
        updated.locations = ([location] if location else []) + updated.locations[1:]
    elif "country" in values and updated.locations and values["country"]:
        updated.locations = [replace(updated.locations[0], country=values["country"]), *updated.locations[1:]]
    provenance = _provenance(prov, problems)
    if problems:
        raise InvalidRecord(problems, "change")
    return updated, provenance


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def figure_to_flat(figure: Figure) -> dict[str, Any]:
    """The flat form of a figure (first location at the top level), JSON-ready."""
    data = to_dict(figure)
    locations = data.pop("locations")
    first = locations[0] if locations else {}
    for key in LOCATION_KEYS:
        data[key] = first.get("role" if key == "location_role" else key)
    data["locations"] = locations
    return data


def parse_value(field: str, raw: Any) -> Any:
    """Convert one flat value for ``field`` (used by filters), raising InvalidRecord on a bad value."""
    problems: list[Problem] = []
    if field in LOCATION_KEYS:
        result = parse_fields(Location, {field: raw}, problems).get(field)
    else:
        result = parse_fields(Figure, {field: raw}, problems).get(field)
    if problems:
        raise InvalidRecord(problems, "filter")
    return result


__all__ = ["Provenance", "apply_flat_changes", "convert", "figure_from_flat", "figure_to_flat", "parse_value"]
