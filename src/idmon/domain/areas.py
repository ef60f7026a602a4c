"""Areas: where a figure sits in the place → admin2 → admin1 → country hierarchy, keyed so that the same area
written two ways ("Ségou" and "ML04", "Tombouctou" and "TOMBOUCTOU") is one area.

An area is keyed by its p-code when known, else by its folded name; a name seen elsewhere with its p-code is read as
that p-code. A key is a path: ("MLI",), ("MLI", "a1:ML05"), ("MLI", "a1:ML05", "a2:ML0501"), ("MLI", "a1:ML05",
"p:konna"). Its parent is the path without its last step.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

AreaKey = tuple[str, ...]


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case, accents, punctuation and spacing folded: "Ségou" → "segou", "Tombouctou " → "tombouctou"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.split())


class Place(NamedTuple):
    """The location fields that decide a figure's area (a tuple: there are millions of them)."""

    country: str
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    place: str | None = None
    geonames_id: int | None = None


class AreaIndex:
    """Learns, from all the places it is shown, which names stand for which p-codes and which admin2 lies in which
    admin1, then gives each place its area key."""

    def __init__(self, places: Iterable[Place]) -> None:
        places = list(dict.fromkeys(places))  # thousands of figures share a handful of places
        self._keys: dict[Place, AreaKey] = {}
        self._a1: dict[tuple[str, str], str] = {}
        self._a2: dict[tuple[str, str], str] = {}
        self._a2_parent: dict[tuple[str, str], str] = {}
        for p in places:
            if p.admin1 and p.admin1_pcode:
                self._a1.setdefault((p.country, fold(p.admin1)), p.admin1_pcode.strip())
            if p.admin2 and p.admin2_pcode:
                self._a2.setdefault((p.country, fold(p.admin2)), p.admin2_pcode.strip())
        for p in places:
            a1, a2 = self._admin1(p), self._admin2(p)
            if a1 and a2:
                self._a2_parent.setdefault((p.country, a2), a1)

    def _admin1(self, p: Place) -> str | None:
        if p.admin1_pcode:
            return "a1:" + p.admin1_pcode.strip()
        if p.admin1:
            folded = fold(p.admin1)
            code = self._a1.get((p.country, folded))
            return "a1:" + code if code else "a1:~" + folded
        return None

    def _admin2(self, p: Place) -> str | None:
        if p.admin2_pcode:
            return "a2:" + p.admin2_pcode.strip()
        if p.admin2:
            folded = fold(p.admin2)
            code = self._a2.get((p.country, folded))
            return "a2:" + code if code else "a2:~" + folded
        return None

    def key(self, p: Place) -> AreaKey:
        """The area key of a place (remembered: many figures share a place)."""
        found = self._keys.get(p)
        if found is None:
            found = self._keys[p] = self._key(p)
        return found

    def _key(self, p: Place) -> AreaKey:
        a1, a2 = self._admin1(p), self._admin2(p)
        if a2 and not a1:
            a1 = self._a2_parent.get((p.country, a2))
        path = [p.country, *(s for s in (a1, a2) if s)]
        if p.geonames_id is not None:
            path.append(f"p:{p.geonames_id}")
        elif p.place:
            path.append("p:~" + fold(p.place))
        return tuple(path)


def level(key: AreaKey) -> str:
    """adm0, adm1, adm2 or place."""
    last = key[-1]
    if len(key) == 1:
        return "adm0"
    return {"a1": "adm1", "a2": "adm2", "p:": "place"}[last[:2]]


def ancestors(key: AreaKey) -> list[AreaKey]:
    """The area's parents, nearest first, up to the country."""
    return [key[:i] for i in range(len(key) - 1, 0, -1)]


def code_of(segment: str) -> tuple[str | None, str | None]:
    """(p-code, folded name) of one key segment."""
    value = segment[3:]
    return (None, value[1:]) if value.startswith("~") else (value, None)
