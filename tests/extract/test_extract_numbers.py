"""Numbers as written: separators, decimals with multipliers, spelled-out words, ranges and vague amounts."""

from __future__ import annotations

import pytest

from idmon.extract.numbers import _MULTIPLIER_WORD_RE, _mentions_multiplier, find_quantities
from idmon.extract.segments import lower_text


def values(text: str, language: str = "en") -> list[tuple[int | None, int | None, bool]]:
    return [(q.value, q.max_value, q.vague) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("230,000 people", 230_000),
        ("230 000 personnes", 230_000),
        ("230\u00a0000 personnes", 230_000),
        ("230\u202f000 personnes", 230_000),
        ("230\u2009000 personnes", 230_000),
        ("1.5 million people", 1_500_000),
        ("1,5 million de personnes", 1_500_000),
        ("4.2m people", 4_200_000),
        ("2.14 lakh people", 214_000),
        ("3,57,243 people", 357_243),
        ("2.000 familias", 2_000),
        ("61, 000 people", 61_000),
        ("12k residents", 12_000),
        ("1,2 M de déplacés", 1_200_000),
        ("1,25\u00a0M de personnes", 1_250_000),
    ],
)
def test_digit_forms(text: str, expected: int) -> None:
    assert values(text)[0] == (expected, None, False)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("twelve thousand people", "en", 12_000),
        ("one million people", "en", 1_000_000),
        ("a hundred families", "en", 100),
        ("two hundred and fifty households", "en", 250),
        ("deux mille personnes", "fr", 2_000),
        ("trois cent cinquante familles", "fr", 350),
        ("quatre-vingt-dix ménages", "fr", 90),
    ],
)
def test_spelled_out(text: str, language: str, expected: int) -> None:
    assert values(text, language)[0] == (expected, None, False)


def test_approximate_nouns_are_numbers_marked_approximate() -> None:
    [quantity] = find_quantities("une centaine de familles", "fr")
    assert (quantity.value, quantity.approximate) == (100, True)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("una decena de casas y luego cinco escuelas", "es", [10, 5]),
        ("un millier de personnes et trois écoles", "fr", [1_000, 3]),
        ("a dozen families, then half a million people and two schools", "en", [12, 500_000, 2]),
    ],
)
def test_approximate_nouns_and_fractions_before_a_later_spelled_number(
    text: str, language: str, expected: list[int]
) -> None:
    """The whole span is searched for approximate nouns and fractions, whatever spelled numbers come after."""
    assert [q.value for q in find_quantities(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 10,000 and 15,000 people", 10_000, 15_000),
        ("10,000 to 15,000 people", 10_000, 15_000),
        ("10,000-15,000 people", 10_000, 15_000),
        ("entre 3 000 et 4 000 personnes", 3_000, 4_000),
        ("between 1 and 1.5 million people", 1_000_000, 1_500_000),
    ],
)
def test_ranges_keep_both_bounds(text: str, low: int, high: int) -> None:
    assert values(text, "fr" if "entre" in text else "en")[0] == (low, high, False)


@pytest.mark.parametrize(
    "text",
    [
        "thousands fled",
        "tens of thousands fled",
        "hundreds of thousands",
        "dozens of families",
        "several hundred people",
    ],
)
def test_vague_amounts_have_no_value(text: str) -> None:
    assert values(text)[0] == (None, None, True)


@pytest.mark.parametrize(
    "text", ["des milliers de personnes", "plusieurs centaines de familles", "des dizaines de milliers"]
)
def test_vague_amounts_in_french(text: str) -> None:
    assert values(text, "fr")[0] == (None, None, True)


def test_a_lone_one_or_article_is_not_a_number() -> None:
    assert values("one of the camps") == []
    assert values("une famille", "fr") == []


def test_codes_and_decimals_are_not_counts() -> None:
    assert values("COVID-19") == []
    assert values("a 2.5 magnitude") == []
    # a capital M after a space is a million only after a decimal number, and not before a name
    assert values("1,2 M. Dupont", "fr") == []
    assert values("1,2 Mo", "fr") == []
    assert [value for value, _, _ in values("12 M. Dupont", "fr")] == [12]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("two and a half million people", "en", 2_500_000),
        ("one and a half million people", "en", 1_500_000),
        ("three and a half thousand residents", "en", 3_500),
        ("a million and a half people", "en", 1_500_000),
        ("2 and a half million people", "en", 2_500_000),
        ("deux millions et demi de personnes", "fr", 2_500_000),
        ("1 million et demi de personnes", "fr", 1_500_000),
        ("half a million people", "en", 500_000),
    ],
)
def test_a_whole_number_and_a_half(text: str, language: str, expected: int) -> None:
    [quantity] = find_quantities(text, language)
    assert quantity.value == expected


def test_a_range_of_multiplied_numbers_written_without_spaces_and_a_quarter_of_a_million() -> None:
    [both] = find_quantities("1.2 million-1.5 million people", "en")
    assert (both.value, both.max_value) == (1_200_000, 1_500_000)
    assert find_quantities("COVID-19 cases", "en") == []  # a code, still
    [quarter] = find_quantities("un quart de million de personnes", "fr")
    assert quarter.value == 250_000


@pytest.mark.parametrize(
    "text",
    [
        "bringing the total arriving since April 2023 to 612,400",
        "portant le total depuis avril 2023 à 612 400",
    ],
)
def test_a_months_year_then_a_figure_is_no_range(text: str) -> None:
    found = [(q.value, q.max_value) for q in find_quantities(text)]
    assert (612_400, None) in found
    assert all(q.max_value is None for q in find_quantities(text))


def test_a_number_word_that_begins_a_place_s_name_is_no_number() -> None:
    from idmon.extract.numbers import find_quantities

    text = "Plus de 14 000 personnes ont été évacuées, dont 4 100 à Sept-Îles et 300 à Trois-Rivières."
    assert [q.value for q in find_quantities(text, "fr", text.lower(), 0, len(text))] == [14_000, 4_100, 300]


@pytest.mark.parametrize(
    "text", ["1.5 million people", "1,2 MILLIARD", "2.5 lakh", "1.5 MİLLİON", "2.5 mıllıon", "1.5 people", "3 crores"]
)
def test_multiplier_test_on_lower_case_text_agrees_with_the_pattern(text: str) -> None:
    # "İ" and "ı" match "i" ignoring case, but do not lower-case to it: such a span is searched as written
    expected = _MULTIPLIER_WORD_RE.search(text) is not None
    assert _mentions_multiplier(text, lower_text(text), 0, len(text)) is expected
    assert _mentions_multiplier(text, text, 0, len(text)) is expected
