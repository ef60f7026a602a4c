"""Rules of the twenty-sixth session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor

PUBLISHED = date(2025, 3, 10)


def _categories(extractor: Extractor, text: str) -> dict[int | None, str]:
    return {
        f.reported: str(f.category.value if f.category else "") for f in extractor.extract(text, published=PUBLISHED)
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Disaster Management Centre situation report, 9 March: 2,140 persons are staying in 31 safety centres in "
            "Kegalle district.",
            2_140,
        ),
        (
            "Quelque 3 400 personnes sont hébergées dans 22 centres d'évacuation de la province de Tuléar, selon le "
            "BNGRC.",
            3_400,
        ),
        (
            "Some 2,900 people are staying in 14 evacuation centres in Albay province, the regional civil defence "
            "office said.",
            2_900,
        ),
        ("People residing in relief camps: 318,402\nRelief camps established: 1,246", 318_402),
    ],
)
def test_people_in_disaster_shelters_with_no_cause_stated_are_the_event_s_displacement(
    extractor: Extractor, text: str, value: int
) -> None:
    # evacuation centres, relief camps, safety centres and a disaster agency say what put them there
    assert _categories(extractor, text)[value] == "new-displacement"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # shelters of any kind, with nothing that says a disaster: a count of where people are
        ("Some 2,900 people are staying in 14 shelters in Albay province.", 2_900),
        # a war's evacuation centres
        (
            "Shelling in Kharkiv continues: some 2,900 people are staying in 14 evacuation centres in Kharkiv oblast.",
            2_900,
        ),
        # a stay that has lasted
        (
            "Six months after the storm, some 2,900 people are still staying in 14 evacuation centres in Albay "
            "province.",
            2_900,
        ),
    ],
)
def test_shelter_counts_without_disaster_places_or_after_months_stay_stocks(
    extractor: Extractor, text: str, value: int
) -> None:
    assert _categories(extractor, text)[value] == "idps"
