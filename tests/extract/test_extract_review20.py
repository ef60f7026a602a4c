"""Faults a review of the twentieth session's rules found, each written as the sentence that showed it."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor
from idmon.geo.gazetteer import PlaceEntry, Precision
from idmon.geo.sources import default_gazetteer

PUBLISHED = date(2024, 6, 1)


def _figures(extractor: Extractor, text: str) -> list[int | None]:
    return [f.reported for f in extractor.extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a list under a heading of something else, or with labels that name no place, breaks no total down
        ("Total IDPs: 1,200,000. Killed – Borno: 300; Adamawa: 100.", [1_200_000]),
        ("Total IDPs: 1,200,000. Returnees – Borno: 300,000; Adamawa: 200,000.", [1_200_000]),
        ("Some 2,000 people were displaced by the clashes in Burkina Faso.\nResults: Kaya: 1,200 | Dori: 800", [2_000]),
        (
            "Nombre total de PDI : 2 062 534\nSahel : 609 118 | Personnes dans le besoin : 4 700 000 | Décès : 230",
            [2_062_534, 609_118],
        ),
        ("Total IDPs: 1,200,000. Borno: 800,000 | Killed: 3,000 | Injured: 1,200", [1_200_000, 800_000]),
        # an item larger than its total is none of it
        ("Total IDPs: 2,000,000. Borno: 800,000 | Adamawa: 3,000,000.", [2_000_000, 800_000]),
        # people who went back to work or from holidays are no returns
        ("Some 3,000 employees have gone back since the factory reopened in May.", []),
        ("About 12,000 holidaymakers had gone back by Sunday evening, traffic police said.", []),
        # care centres for the old or the sick shelter no displaced people
        ("The aged care centres house 5,000 residents in Victoria.", []),
        ("Palliative care centres in Lagos treat 900 patients.", []),
    ],
)
def test_no_figure_from_the_session_s_rules(extractor: Extractor, text: str, figures: list[int]) -> None:
    assert _figures(extractor, text) == figures


def test_a_flight_abroad_broken_down_by_where_it_arrived_is_the_same_flight(extractor: Extractor) -> None:
    facts = extractor.extract(
        "About 12,000 people fled from Darfur to Chad.\nOuaddaï: 8,000 | Sila: 4,000", published=PUBLISHED
    )
    assert [(f.reported, str(f.category), f.country) for f in facts] == [
        (12_000, "cross-border-flight", "SDN"),
        (8_000, "cross-border-flight", "SDN"),
        (4_000, "cross-border-flight", "SDN"),
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a nationality "from" a country of asylum is still the nationality
        ("Some 3,000 Venezuelans from Colombia crossed into Ecuador.", "VEN"),
        ("Some 4,000 Afghans from Iran crossed into Turkey.", "AFG"),
    ],
)
def test_nationals_and_named_origins_keep_their_country(extractor: Extractor, text: str, country: str) -> None:
    assert extractor.extract(text, published=PUBLISHED)[-1].country == country


def test_namesakes_the_session_s_place_rules_must_not_flip() -> None:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add(
        [
            PlaceEntry("Karak District", "PAK", Precision.ADM2, admin1="Khyber Pakhtunkhwa", aliases=("Karak",)),
            PlaceEntry("Al Karak", "JOR", Precision.ADM1, admin1="Al Karak", aliases=("Karak",)),
            PlaceEntry("Martha", "MEX", Precision.POINT, admin1="Durango", population=800),
            PlaceEntry("August", "USA", Precision.POINT, admin1="California", population=8_000),
        ]
    )
    extractor = Extractor(gazetteer)
    # Jordan's governorate is named "Al Karak": its name without the article is its own
    [fact] = extractor.extract("Floods in Karak displaced 300 families, the governorate said.", published=PUBLISHED)
    assert fact.country == "JOR"
    # a small town's name before a possessive is no town ("Martha's Vineyard")
    [fact] = extractor.extract("In Martha's Vineyard, 200 people were evacuated.", published=PUBLISHED)
    assert fact.country != "MEX"
    # a month is no town
    [fact] = extractor.extract("Since August, 8,000 people have fled their homes in Rakhine.", published=PUBLISHED)
    assert fact.country == "MMR"
