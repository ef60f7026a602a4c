"""Rules of the twenty-first session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.domain.vocabulary import Category, Term
from idmon.extract import Extractor

PUBLISHED = date(2024, 10, 14)


def _facts(extractor: Extractor, text: str, published: date = PUBLISHED) -> list[tuple[int | None, str, str]]:
    return [
        (f.reported, str(f.term.value if f.term else ""), str(f.category.value if f.category else ""))
        for f in extractor.extract(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a comma and a space end a number grouped with commas: two figures, not 809000189000
        ("The count of displaced people reached 809,000, 189,000 of whom are in shelters.", [809_000, 189_000]),
        ("Displaced: 45,500, 3,200 of them in camps.", [45_500, 3_200]),
        # a number typed with a space after each comma stays one number
        ("Some 12, 500 people fled the fighting.", [12_500]),
        ("About 1, 234, 567 people were displaced.", [1_234_567]),
    ],
)
def test_comma_space_groups(extractor: Extractor, text: str, values: list[int]) -> None:
    assert [f[0] for f in _facts(extractor, text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Yemen: 876,000 people displaced inside the country, according to the authorities.",
        "Mali : 410 000 déplacés à l'intérieur du pays selon la DNDS.",
        "Les autorités estiment à 410 000 le nombre de personnes déplacées à l'intérieur de leur propre pays.",
        "Officials put the number of people displaced within the country at 410,000 on Monday.",
    ],
)
def test_displaced_inside_the_country_is_a_stock(extractor: Extractor, text: str) -> None:
    (fact,) = _facts(extractor, text)
    assert fact[1:] == (Term.DISPLACED.value, Category.IDPS.value)


def test_displaced_inside_the_country_by_a_movement_is_a_flow(extractor: Extractor) -> None:
    (fact,) = _facts(extractor, "Clashes displaced 20,000 people inside the country last week.")
    assert fact[2] == Category.NEW_DISPLACEMENT.value


def test_shelter_part_of_a_conflict_stock(extractor: Extractor) -> None:
    text = (
        "Officials put the number of people displaced inside the country at 612,000, "
        "143,000 of whom are in 700 collective shelters."
    )
    assert _facts(extractor, text) == [
        (612_000, Term.DISPLACED.value, Category.IDPS.value),
        (143_000, Term.SHELTERED.value, Category.IDPS.value),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # other things counted in a box after a dash: no figures
        ("KEY FIGURES\n12,400 — people newly displaced\n5 — health units burnt\n2 — water units damaged", [12_400]),
        ("Some 300 housing units and 3 health units were burnt in the raid.", [300]),
    ],
)
def test_units_that_are_not_homes(extractor: Extractor, text: str, values: list[int]) -> None:
    assert [f[0] for f in _facts(extractor, text)] == values


def test_box_lines_starting_with_a_figure_are_items(extractor: Extractor) -> None:
    # each line of the box is its own item: the first line's period and movement are not the second's
    text = (
        "KEY FIGURES | Cabo Delgado\n21,500 — people newly displaced since 2 September\n"
        "4,300 — people staying in accommodation centres"
    )
    facts = extractor.extract(text, published=date(2024, 9, 20))
    assert [(f.reported, f.category) for f in facts] == [
        (21_500, Category.NEW_DISPLACEMENT),
        (4_300, Category.IDPS),
    ]
    assert facts[1].start_date is None


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("KEY FIGURES\n6 — accommodation centres open\n2,100 — people staying in those centres", Term.SHELTERED),
        ("About 2,100 people are staying in transit centres near Pemba.", Term.SHELTERED),
    ],
)
def test_staying_in_centres(extractor: Extractor, text: str, term: Term) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term) for f in facts] == [(2_100, term)]


def test_stay_of_months_told_earlier_in_the_paragraph(extractor: Extractor) -> None:
    # the paragraph's flood began months before publication: its people in a site are a stock
    text = (
        "La crue du fleuve a chassé de chez elles plus de 30 000 personnes à Mopti depuis le début de l'année. "
        "Environ 6 200 d'entre elles vivent désormais sous des tentes sur le site de Sévaré."
    )
    facts = extractor.extract(text, published=date(2024, 5, 10))
    assert [(f.reported, f.category) for f in facts][1] == (6_200, Category.IDPS)


def test_stay_in_the_first_weeks_stays_a_flow(extractor: Extractor) -> None:
    # a flood of ten days ago: its people in shelters are its displacement so far
    text = (
        "Floods forced more than 30,000 people from their homes in Mopti since 1 May. "
        "About 6,200 of them are staying in schools."
    )
    facts = extractor.extract(text, published=date(2024, 5, 10))
    assert [(f.reported, f.category) for f in facts][1] == (6_200, Category.NEW_DISPLACEMENT)
