"""Faults a review of the nineteenth session's rules found, each written as the sentence that showed it."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor

PUBLISHED = date(2024, 5, 1)


def _figures(extractor: Extractor, text: str) -> list[int | None]:
    return [f.reported for f in extractor.extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # small figures of a list of places keep being figures
        ("Ménages déplacés par territoire : Kalehe 820, Fizi 640 et Uvira 310.", [820, 640, 310]),
        ("Houses destroyed: Beira 450, Dondo 230, Nhamatanda 120.", [450, 230, 120]),
        # a later count of something else, or of no like size, is no same count
        (
            "Les affrontements ont contraint 30 000 personnes à fuir en Ituri. Le nombre de victimes est passé à 120.",
            [30_000],
        ),
        ("Floods have displaced 15,000 people in Bukavu. The number of casualties rose to 42 on Saturday.", [15_000]),
        ("Floods displaced 12,000 people in Kenya. The number rose to 45 on Sunday, police said.", [12_000]),
        # where some people were, not where displaced people stay
        ("Cyclone Freddy killed 45 people and displaced 12,000 in Malawi. 36 were in Blantyre, police said.", [12_000]),
        ("The earthquake displaced 50,000 people in Herat. About 300 were in the school when it collapsed.", [50_000]),
        # places' figures in brackets that count deaths
        (
            "Floods displaced 45,000 people in Mozambique on 12 March. Sofala (12) and Manica (9) recorded the most "
            "deaths.",
            [45_000],
        ),
        # a town's population after "qui compte"
        (
            "Les sinistrés sont hébergés dans des écoles à Goma, une ville qui compte environ 2 millions d'habitants.",
            [],
        ),
        # damage to other things, insurance claims, street children
        ("Some 2,300 families suffered damage to their crops in Kasese district.", []),
        ("The insurer recorded 3,400 total loss claims after the floods in Auckland.", []),
        ("Quelque 30 000 enfants vivent dans les rues de Kinshasa, selon l'Unicef.", []),
        ("Some 30,000 children are living in the streets of Kinshasa, UNICEF said.", []),
    ],
)
def test_no_false_figures(extractor: Extractor, text: str, figures: list[int]) -> None:
    assert _figures(extractor, text) == figures


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        # a camp hosting people who are no foreigners keeps its camp's wording
        ("Um Rakuba camp hosts about 20,000 civilians.", "in-relief-camp", "idps"),
        ("Le camp de Mugunga abrite 8 000 villageois.", "in-relief-camp", "idps"),
        ("Goma hosts 600,000 Congolese in camps around the city.", "in-relief-camp", "idps"),
        # people with host families are displaced people at a date
        ("Some 2,500 families are with host families in Kalehe territory.", "displaced", "idps"),
        ("About 3,000 people are with relatives in Beni.", "displaced", "idps"),
        # people sent back to shelters are no returns
        ("The government sent 3,000 people back to the evacuation centres after new floods.", "sheltered", None),
        # a count of families who each received aid keeps its count
        (
            "Some 12,000 displaced families each received a tarpaulin and a kitchen set in Cabo Delgado.",
            "displaced",
            None,
        ),
    ],
)
def test_wording_kept(extractor: Extractor, text: str, term: str, category: str | None) -> None:
    [fact] = extractor.extract(text, published=PUBLISHED)
    assert fact.term == term
    if category is not None:
        assert fact.category == category


def test_red_stickers_before_yellow_ones(extractor: Extractor) -> None:
    text = "Inspectors placed red stickers on 300 homes and yellow stickers on 1,200 in Christchurch."
    assert [(f.reported, f.term) for f in extractor.extract(text, published=PUBLISHED)] == [
        (300, "uninhabitable-housing"),
        (1_200, "partially-destroyed-housing"),
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The war in Sudan has displaced more than 10 million people since April 2023. Chad alone hosts 600,000.",
            "SDN",
        ),
        ("More than 3 million Venezuelans have left the country since 2015. Colombia alone hosts 2.8 million.", "VEN"),
    ],
)
def test_a_country_s_share_of_people_from_another_is_abroad(extractor: Extractor, text: str, country: str) -> None:
    fact = extractor.extract(text, published=PUBLISHED)[-1]
    assert (fact.category, fact.country, fact.admin1) == ("people-displaced-across-borders", country, None)


def test_a_host_s_stock_share_of_a_flight_has_no_start_date(extractor: Extractor) -> None:
    text = (
        "More than 2 million people have fled Sudan to neighbouring countries since April 2023. Chad hosts about "
        "600,000, Egypt 400,000 and South Sudan 150,000."
    )
    shares = extractor.extract(text, published=PUBLISHED)[1:]
    assert [(f.reported, f.start_date, f.end_date) for f in shares] == [
        (600_000, None, PUBLISHED),
        (400_000, None, PUBLISHED),
        (150_000, None, PUBLISHED),
    ]
