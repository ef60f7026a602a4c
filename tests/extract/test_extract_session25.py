"""Rules of the twenty-fifth session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor

PUBLISHED = date(2025, 3, 10)


def _facts(extractor: Extractor, text: str, published: date = PUBLISHED) -> list[tuple[int | None, str, str]]:
    return [
        (f.reported, str(f.term.value if f.term else ""), str(f.category.value if f.category else ""))
        for f in extractor.extract(text, published=published)
    ]


def _categories(extractor: Extractor, text: str) -> dict[int | None, str]:
    return {reported: category for reported, _, category in _facts(extractor, text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Raids in Cabo Delgado forced 9,000 people to flee. About 6,100 have crossed into Nampula province.",
            6_100,
        ),
        ("Clashes in Manipur forced 5,000 people to flee; about 2,000 crossed into neighbouring Assam.", 2_000),
    ],
)
def test_a_crossing_into_an_area_of_the_same_country_is_no_flight_abroad(
    extractor: Extractor, text: str, value: int
) -> None:
    assert _categories(extractor, text)[value] == "new-displacement"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # into another country, or into another country's area
        ("About 3,000 people crossed into Chad from Darfur this week.", 3_000),
        (
            "Fighting in Chin State forced 9,000 people to flee; about 3,000 crossed the border into India's Mizoram.",
            3_000,
        ),
        ("Fighting in Kayin State forced 9,000 people to flee; about 3,000 crossed into Thailand this week.", 3_000),
    ],
)
def test_a_crossing_into_another_country_stays_a_flight_abroad(extractor: Extractor, text: str, value: int) -> None:
    assert _categories(extractor, text)[value] == "cross-border-flight"


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 4,700 houses have been torched and 386 religious structures damaged in Manipur.",
        "Les inondations ont détruit 1 200 maisons et 45 bâtiments publics dans la province du Kasaï.",
        "The cyclone destroyed 1,200 houses and 64 school buildings in Sofala province.",
    ],
)
def test_buildings_nobody_lives_in_are_no_housing_figure(extractor: Extractor, text: str) -> None:
    assert [f[0] for f in _facts(extractor, text)] == [1_200 if "1 200" in text or "1,200" in text else 4_700]


def test_structures_alone_are_still_homes(extractor: Extractor) -> None:
    text = "The floods destroyed 300 structures in Sindh province and displaced 4,000 people."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(300, "destroyed-housing"), (4_000, "displaced")]


TABLE = (
    "MAPUTO - A new wave of attacks forced more than 99,000 people to flee over two weeks, IOM said.\n"
    "{heading}"
    "Cabo Delgado - 67,214 individuals / 14,920 households\n"
    "Niassa - 32,118 individuals / 7,103 households\n"
    "About 61,000 are staying with host families."
)


@pytest.mark.parametrize("heading", ["Movements by province of origin (DTM flash report 15):\n", ""])
def test_lines_of_a_table_by_area_after_their_total(extractor: Extractor, heading: str) -> None:
    facts = _facts(extractor, TABLE.format(heading=heading))
    assert [f[0] for f in facts] == [99_000, 67_214, 14_920, 32_118, 7_103, 61_000]
    assert {f[1] for f in facts[1:5]} == {"forced-to-flee"}
    units = [f.unit.value for f in extractor.extract(TABLE.format(heading=heading), published=PUBLISHED)]
    assert units[1:5] == ["person", "household", "person", "household"]


@pytest.mark.parametrize(
    "heading",
    [
        # a heading of something else, or lines that are not places
        "Killed by province (health ministry, 12 March):\n",
        "Casualties:\n",
    ],
)
def test_lines_under_another_heading_are_no_parts(extractor: Extractor, heading: str) -> None:
    text = (
        "MAPUTO - A new wave of attacks forced more than 99,000 people to flee over two weeks, IOM said.\n"
        f"{heading}"
        "Cabo Delgado - 67 dead / 140 injured\n"
        "Niassa - 12 dead / 30 injured"
    )
    assert [f[0] for f in _facts(extractor, text)] == [99_000]


def test_lines_of_a_table_larger_than_the_total_are_no_parts(extractor: Extractor) -> None:
    text = (
        "Attacks forced 9,000 people to flee in Cabo Delgado this week.\n"
        "Cabo Delgado - 67,214 individuals / 14,920 households\n"
        "Niassa - 32,118 individuals / 7,103 households"
    )
    assert [f[0] for f in _facts(extractor, text)] == [9_000]


def test_a_slash_restated_count_beside_people(extractor: Extractor) -> None:
    text = "As of 18 February, 2,314 people / 669 families were evacuated to 4 evacuation centres in Sabah."
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.unit.value if f.unit else None) for f in facts] == [(2_314, "person"), (669, "household")]


@pytest.mark.parametrize(
    "text",
    [
        "The number of people displaced in Cabo Delgado rose from 7,900 in March to 15,400 at the end of February.",
        "Le nombre de déplacés internes est passé de 7 900 en mars à 15 400 à la fin février dans la région du Sahel.",
        "The number of people who have fled the fighting in Ituri has nearly doubled, rising from 7,900 in March to "
        "15,400 in May.",
        "Le nombre de personnes ayant fui les attaques a presque doublé en un an, passant de 7 900 en mars à 15 400.",
    ],
)
def test_a_count_that_went_from_one_figure_to_another(extractor: Extractor, text: str) -> None:
    assert [f[0] for f in _facts(extractor, text)] == [7_900, 15_400]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose from 12 to 45 after the floods displaced 3,000 people in Albay.",
        "The death toll stood at 45 as the floods displaced 3,000 people in Albay.",
        "The number of schools used as shelters rose to 45 after the floods displaced 3,000 people in Albay.",
    ],
)
def test_a_toll_that_rose_is_no_figure(extractor: Extractor, text: str) -> None:
    assert [f[0] for f in _facts(extractor, text)] == [3_000]


def test_a_dated_part_told_with_only(extractor: Extractor) -> None:
    text = (
        "Les combats aux abords de Goma ont jeté sur les routes plus de 400 000 personnes depuis le début de l'année, "
        "selon le HCR, dont près de 180 000 rien que la semaine dernière."
    )
    assert [f[0] for f in _facts(extractor, text, date(2025, 1, 28))] == [400_000, 180_000]


def test_a_group_among_them_is_still_no_part(extractor: Extractor) -> None:
    text = "Les combats ont jeté sur les routes plus de 400 000 personnes, dont près de 180 000 enfants."
    assert [f[0] for f in _facts(extractor, text)] == [400_000]


def test_each_figure_on_its_own_side_of_a_border(extractor: Extractor) -> None:
    text = "Les affrontements ont déplacé plus de 138 000 personnes côté thaïlandais et environ 35 000 côté cambodgien."
    facts = extractor.extract(text, published=PUBLISHED)
    assert (facts[0].reported, facts[0].country) == (138_000, "THA")


@pytest.mark.parametrize(
    "text",
    [
        "After the floods, 312 households have been temporarily relocated to a school in Bagmati province.",
        "Après l'incendie, une cinquantaine de familles ont été relogées dans un centre de vacances à Béjaïa.",
        "Après les inondations, 1 420 ménages ont été relocalisés dans des écoles de Brazzaville.",
    ],
)
def test_relocated_into_a_building_is_sheltered(extractor: Extractor, text: str) -> None:
    assert [f[1] for f in _facts(extractor, text)] == ["sheltered"]


@pytest.mark.parametrize(
    "text",
    [
        "After the floods, 312 households have been relocated to safer places in Bagmati province.",
        "The government relocated 1,200 families to a new settlement built in Bagmati province.",
    ],
)
def test_relocated_elsewhere_stays_relocated(extractor: Extractor, text: str) -> None:
    assert [f[1] for f in _facts(extractor, text)] == ["relocated"]
