"""Loading gazetteers into the database (`idmon gazetteer load FILE`) and building the one an ingest uses.

A GeoNames country dump (tab-separated ``.txt``, as downloaded from GeoNames, or ``.tsv``) adds towns and villages
that packaged gazetteers miss; an OCHA p-code table (HXL ``.csv``) adds admin areas with their p-codes. Loading the
same file again changes nothing; a new version of a file (same name) replaces the old one.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from idmon.errors import InvalidRecord, NotFound, Problem
from idmon.geo.gazetteer import Gazetteer, PcodeArea, PlaceEntry
from idmon.geo.sources import default_gazetteer, geonames_entries, pcode_areas
from idmon.store import Store


def load_gazetteer_file(store: Store, path: Path, name: str | None = None) -> tuple[str, int, bool]:
    """Load a GeoNames dump or p-code table; returns (its name in the database, rows, whether anything changed)."""
    if not path.is_file():
        raise NotFound(f"no file {str(path)!r}")
    data = path.read_bytes()
    source = name or path.name
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            areas = list(pcode_areas(path))
            rows: list[dict[str, Any]] = [asdict(a) for a in areas]
            kind, entries, pcodes = "pcodes", [], rows
        elif suffix in (".txt", ".tsv"):
            entries = [_entry_row(e) for e in geonames_entries(path)]
            kind, pcodes = "geonames", []
        else:
            raise InvalidRecord(
                [
                    Problem(
                        "file",
                        "use a GeoNames dump (.txt, .tsv) or an OCHA p-code table (.csv)",
                        path.name,
                        ("txt", "tsv", "csv"),
                    )
                ],
                "gazetteer",
            )
    except (ValueError, KeyError, IndexError) as exc:
        raise InvalidRecord([Problem("file", f"{path.name} could not be read as a gazetteer: {exc}")]) from None
    if not entries and not pcodes:
        raise InvalidRecord([Problem("file", f"{path.name} holds no place: is it the right file?")], "gazetteer")
    changed = store.load_gazetteer(source, kind, hashlib.sha256(data).hexdigest(), entries, pcodes)
    return source, len(entries) + len(pcodes), changed


def _entry_row(entry: PlaceEntry) -> dict[str, Any]:
    row = asdict(entry)
    row["precision"] = str(entry.precision)
    row["aliases"] = list(entry.aliases)
    return row


@lru_cache(maxsize=1)
def _packaged() -> Gazetteer:
    return default_gazetteer()


def gazetteer_for(store: Store) -> Gazetteer:
    """The packaged gazetteer (built once per process) plus every gazetteer loaded into ``store``."""
    entries, pcodes = store.gazetteer_rows()
    if not entries and not pcodes:
        return _packaged()
    base = _packaged()
    gazetteer = replace(
        base,
        _index={k: list(v) for k, v in base._index.items()},
        _pcodes=dict(base._pcodes),
        _first_tokens=set(base._first_tokens),
    )
    if entries:
        gazetteer.add(
            PlaceEntry(
                **{**e, "aliases": tuple(e["aliases"] or ()), "population": e["population"] or 0, "source": "loaded"}
            )
            for e in entries
        )
    if pcodes:
        gazetteer.add_pcodes(PcodeArea(**p) for p in pcodes)
    return gazetteer
