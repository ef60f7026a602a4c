"""Faults a review of the twenty-first session's rules found, each written as the sentence that showed it."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.domain.vocabulary import Category, Term
from idmon.extract import Extractor

PUBLISHED = date(2024, 10, 14)


def _read(extractor: Extractor, text: str, published: date = PUBLISHED) -> list[tuple[int | None, str, str]]:
    return [
        (f.reported, f.term.value if f.term else "", f.category.value if f.category else "")
        for f in extractor.extract(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an affected count keeps its term when the words after it are a verb of their own
        (
            "Cyclone Freddy affected 2.2 million people, displacing over half a million in Malawi.",
            [(2_200_000, "affected", ""), (500_000, "displaced", "new-displacement")],
        ),
        (
            "The fighting has affected 80,000 people, displaced and non-displaced alike, in Ituri.",
            [(80_000, "affected", "")],
        ),
        (
            "Les pluies ont touché 12 000 personnes, déplacé des centaines de familles.",
            [(12_000, "affected", ""), (None, "displaced", "new-displacement")],
        ),
        # a passive flow in French names no stock
        (
            "Depuis janvier, 62 000 personnes ont été déplacées à l'intérieur du pays par les violences.",
            [(62_000, "displaced", "new-displacement")],
        ),
        # a comma and a space before a group starting with 0 continue the number
        ("IDPs in Tigray: 1,012, 000 according to the regional authorities.", [(1_012_000, "displaced", "idps")]),
        # people moved on for what they did
        ("Plus de 3 000 manifestants ont été expulsés par la police de la place de l'Indépendance.", []),
        # women protected by a programme are no evacuees
        ("Some 12,000 women were protected, the ministry said.", []),
        ("Quelque 5 000 enfants ont été protégés en 2023 grâce au programme de l'UNICEF.", []),
        # fields and wells flooded on a line about houses are no homes
        (
            "Cases effondrées : 3 100 | Champs inondés : 450 | Puits inondés : 36",
            [(3_100, "destroyed-housing", "new-displacement")],
        ),
        # a period's count of returnees is a movement
        ("The number of refugee returnees in the first half of the year was 12,000.", [(12_000, "returns", "return")]),
    ],
)
def test_review_faults(extractor: Extractor, text: str, expected: list[tuple[int | None, str, str]]) -> None:
    assert _read(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # displaced people back in their villages near a border came from nowhere abroad
        ("Some 2,000 IDPs returned to their villages on the border with Burkina Faso last month.", Category.RETURN),
        ("About 3,500 people returned to villages at the border with Chad in Darfur last month.", Category.RETURN),
        # a return after an event is a movement, even beside people still displaced
        (
            "As the floodwaters receded, 45,000 people returned to their homes in Borno. Another 20,000 remain "
            "displaced in camps.",
            Category.RETURN,
        ),
    ],
)
def test_review_returns(extractor: Extractor, text: str, category: Category) -> None:
    assert extractor.extract(text, published=PUBLISHED)[0].category is category


def test_clashes_that_erupt_near_a_mountain_are_conflict(extractor: Extractor) -> None:
    (fact,) = extractor.extract(
        "Some 5,000 Yazidis fled to Mount Sinjar after clashes erupted on Tuesday.", published=PUBLISHED
    )
    assert fact.cause is not None and fact.cause.value == "conflict"


@pytest.mark.parametrize(
    "text",
    [
        "The floods have displaced an estimated\n45,000 – most of them women and children – in Beledweyne.",
        "Clashes in Kidal displaced between\n1,500 — 2,000 people towards Anefis.",
    ],
)
def test_a_line_cut_inside_a_sentence_keeps_its_figure(extractor: Extractor, text: str) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert len(facts) == 1 and facts[0].term is Term.DISPLACED


def test_a_flight_into_the_country_of_the_figure_before(extractor: Extractor) -> None:
    text = (
        "Some 3,000 people displaced by floods are sheltering in schools in Chad. Another 900 people crossed into Chad "
        "overnight."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert facts[1].country != "TCD"


def test_a_since_date_of_people_affected_says_no_stay(extractor: Extractor) -> None:
    text = (
        "Since June, floods have affected 1.5 million people in Chad. After a dyke collapsed in N'Djamena, some 3,500 "
        "people are staying in schools."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert facts[-1].category is Category.NEW_DISPLACEMENT


def test_a_vague_headline_about_another_country_stays(extractor: Extractor) -> None:
    text = (
        "Thousands displaced by floods in Kenya\nThousands of people have been displaced in Somalia's Hiraan region, "
        "officials said."
    )
    assert [f.country for f in extractor.extract(text, published=PUBLISHED)] == ["KEN", "SOM"]


def test_a_group_told_by_an_approximate_noun_is_a_breakdown(extractor: Extractor) -> None:
    text = "Quelque 2 812 personnes, dont un millier d'enfants, se sont retrouvées sans logement."
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == [2_812]


def test_where_it_was_said_is_no_place_of_the_figure(extractor: Extractor) -> None:
    text = "Fighting has displaced some 27,000 people since Friday, a United Nations official said in Nairobi."
    (fact,) = extractor.extract(text, published=PUBLISHED)
    assert fact.place is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # collective centres are shelters
        ("Quelque 1 100 personnes vivent dans des centres collectifs.", [(1_100, "sheltered")]),
        # a vague part whose verb comes before its term's words
        (
            "Plus de 128 000 personnes ont été déplacées, et des milliers d'autres ont trouvé refuge chez des proches.",
            [(128_000, "displaced"), (None, "displaced")],
        ),
        ("Des milliers ont trouvé la mort.", []),
        # leaving collective centres for home is a return
        (
            "Le processus a permis à 9 800 familles de quitter les centres collectifs de Shire pour regagner leurs "
            "villages.",
            [(9_800, "returns")],
        ),
    ],
)
def test_collective_centres_and_vague_parts(
    extractor: Extractor, text: str, expected: list[tuple[int | None, str]]
) -> None:
    assert [(f[0], f[1]) for f in _read(extractor, text)] == expected
