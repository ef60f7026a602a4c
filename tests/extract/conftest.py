"""Shared fixtures: one extractor over a small gazetteer (pycountry plus a few towns written here)."""

from __future__ import annotations

import io

import pytest

from idmon.extract import Extractor
from idmon.geo.gazetteer import Gazetteer
from idmon.geo.sources import default_gazetteer, geonames_entries

# GeoNames dump lines written for these tests (tab-separated; coordinates approximate).
TOWNS = "\n".join(
    "\t".join(row)
    for row in [
        ["9000001", "Konna", "Konna", "", "14.95", "-3.89", "P", "PPL", "ML", "", "05", "", "", "", "36767"],
        ["9000002", "Diabaly", "Diabaly", "", "14.69", "-6.02", "P", "PPL", "ML", "", "04", "", "", "", "15000"],
        ["9000003", "Sévaré", "Sevare", "Sevare", "14.53", "-4.10", "P", "PPL", "ML", "", "05", "", "", "", "40000"],
        ["9000004", "Mopti", "Mopti", "", "14.49", "-4.20", "A", "ADM1", "ML", "", "05", "", "", "", "0"],
        ["9000005", "Ségou", "Segou", "", "13.44", "-6.26", "A", "ADM1", "ML", "", "04", "", "", "", "0"],
        ["9000006", "Konna", "Konna", "", "6.10", "1.20", "P", "PPL", "TG", "", "01", "", "", "", "800"],
        ["9000007", "Nairobi", "Nairobi", "", "-1.28", "36.82", "P", "PPLC", "KE", "", "30", "", "", "", "4397073"],
    ]
)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    built = default_gazetteer(towns=False)
    built.add(geonames_entries(io.StringIO(TOWNS)))
    return built


@pytest.fixture(scope="session")
def extractor(gazetteer: Gazetteer) -> Extractor:
    """The rules alone: the tests of each rule read what the rules give (the learned model on top of them,
    ``reranker.py``, is tested in ``test_reranker.py``)."""
    return Extractor(gazetteer, household_sizes={"NER": 7.2}, rerank=False)
