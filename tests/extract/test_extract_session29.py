"""Rules of the twenty-ninth session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor, Fact

PUBLISHED = date(2025, 9, 20)


def _facts(extractor: Extractor, text: str) -> dict[int | None, Fact]:
    return {f.reported: f for f in extractor.extract(text, published=PUBLISHED)}


def _reading(fact: Fact) -> tuple[str | None, str | None]:
    return (fact.term and fact.term.value, fact.category and fact.category.value)


@pytest.mark.parametrize(
    ("text", "value", "term"),
    [
        # a verb of the figure's own, then another subject's state: the figure moved
        ("In Guatemala, 58 homes were destroyed and roads remained cut off after the storm.", 58, "destroyed-housing"),
        (
            "In Haiti, 320 houses were damaged and several villages remained isolated on Monday.",
            320,
            "partially-destroyed-housing",
        ),
        # having to move again, abandoning hamlets, rehoused in schools
        (
            "After new orders in Rafah, an estimated 90,000 people in Gaza had to move yet again within a week.",
            90_000,
            "forced-to-flee",
        ),
        (
            "Dans le Sahel burkinabè, environ 2 700 personnes ont abandonné leurs hameaux après des attaques.",
            2_700,
            "forced-to-flee",
        ),
        (
            "Au Tchad, quelque 1 900 sinistrés ont été recasés dans des écoles de Sarh après la crue.",
            1_900,
            "sheltered",
        ),
        # people who remain in halls or at a reception point
        (
            "In Mozambique, after the cyclone, 2,600 people remained in 17 community halls in Sofala province.",
            2_600,
            "sheltered",
        ),
        ("In Austria, 240 people remain at the reception point in the town's sports hall.", 240, "sheltered"),
        # the people Cuba's civil defence "protected" before a hurricane: evacuated
        (
            "Les autorités cubaines ont protégé près de 410 000 personnes avant l'arrivée de l'ouragan Ian.",
            410_000,
            "evacuated",
        ),
        (
            "Cuba's civil defence said 96,000 people had been 'protected' in Pinar del Río ahead of Hurricane Ian.",
            96_000,
            "evacuated",
        ),
    ],
)
def test_wordings_of_this_session(extractor: Extractor, text: str, value: int, term: str) -> None:
    facts = _facts(extractor, text)
    assert value in facts, facts
    assert facts[value].term is not None and facts[value].term.value == term


@pytest.mark.parametrize(
    "text",
    [
        # people who stayed: not displaced (cut off by the earthquake: affected, see test_extract_session33.py)
        "About 4,000 households near the plant were advised to remain sheltering in place during the fire.",
        # not a move: protecting one's staff, having to move a market
        "Les autorités ont protégé leurs 300 employés avant l'arrivée de l'ouragan.",
        "After the floods in Kenya, the traders had to move 400 stalls to the new market.",
    ],
)
def test_no_displacement_figure(extractor: Extractor, text: str) -> None:
    assert [f for f in extractor.extract(text, published=PUBLISHED) if f.term is not None and f.reported] == []


def test_a_breakdown_by_region_without_colons_is_read_item_by_item(extractor: Extractor) -> None:
    text = (
        "Burkina Faso : 1 980 400 personnes déplacées internes au 30 juin 2023. Répartition par région d'accueil : "
        "Centre-Nord 540 100 ; Sahel 470 300 ; Boucle du Mouhoun 140 800."
    )
    facts = _facts(extractor, text)
    for value, area in ((540_100, "Centre-Nord"), (470_300, "Sahel"), (140_800, "Boucle du Mouhoun")):
        assert value in facts, facts
        assert _reading(facts[value]) == ("displaced", "idps")
        assert (facts[value].country, facts[value].admin1) == ("BFA", area)
    english = (
        "Burkina Faso: 1,980,400 IDPs as of 30 June 2023. Breakdown by region: Centre-Nord 540,100; Sahel 470,300."
    )
    assert {540_100, 470_300} <= set(_facts(extractor, english))


@pytest.mark.parametrize(
    "text",
    [
        # a breakdown of the dead, with or without colons
        "Somalia: floods displaced 250,000 people. Deaths by region: Hiraan 12; Gedo 30; Bay 4.",
        "Somalia: floods displaced 250,000 people. Deaths by region: Hiraan: 12; Gedo: 30; Bay: 4.",
        # no heading by area: names and numbers are no breakdown
        "Somalia: floods displaced 250,000 people. Results: Hiraan 12; Gedo 30; Bay 4.",
    ],
)
def test_lists_that_break_down_something_else_give_no_figures(extractor: Extractor, text: str) -> None:
    assert set(_facts(extractor, text)) == {250_000}


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        # a country's authorities moved the people: they are in that country, whatever the text is mostly about
        (
            "DAKAR — Les inondations ont forcé 12 400 personnes à quitter leurs maisons dans la région de Matam. Sur "
            "l'autre rive du fleuve, les autorités mauritaniennes ont évacué 900 familles de Kaédi.",
            900,
            "MRT",
        ),
        (
            "TASHKENT — Some 40,000 people were evacuated in Uzbekistan's Syrdarya region after the dam burst. Across "
            "the border, Kazakh officials moved 9,800 residents of Maktaaral district to schools.",
            9_800,
            "KAZ",
        ),
        # the source of a count is not where the people went
        (
            "Lebanon: 900,000 people have been displaced since September. According to Syrian authorities, about "
            "210,000 people have crossed into Syria over the same period.",
            210_000,
            "LBN",
        ),
    ],
)
def test_the_people_a_countrys_authorities_moved_are_in_that_country(
    extractor: Extractor, text: str, value: int, country: str
) -> None:
    facts = _facts(extractor, text)
    assert value in facts, facts
    assert facts[value].country == country


def test_a_breakdown_by_cause_on_its_own_line_breaks_down_the_figure_above(extractor: Extractor) -> None:
    text = (
        "PRMN Somalia — Displacement snapshot, May 2024\n"
        "New displacements recorded: 41,300 (April: 27,800)\n"
        "By reason: drought-related 22,900; conflict/insecurity 15,100; other 3,300\n"
    )
    facts = _facts(extractor, text)
    for value in (22_900, 15_100, 3_300):
        assert value in facts, facts
        assert _reading(facts[value]) == ("displaced", "new-displacement")
    # casualties broken down by cause: no figures
    casualties = (
        "Somalia, May 2024\nNew displacements recorded: 41,300\nDeaths by reason: drought-related 22; conflict 15\n"
    )
    assert set(_facts(extractor, casualties)) == {41_300}


def test_a_long_run_of_numbers_is_no_trap_for_the_respectively_pattern(extractor: Extractor) -> None:
    from idmon.extract.pipeline import _RESPECTIVELY_AFTER_RE

    # each number and the run of numbers are taken whole: before, such a run was split every possible way (minutes
    # on 500 characters of untrusted text, a helper's review found)
    run = " " + " ".join(str(n) for n in range(100, 160)) + " people . homes"
    assert _RESPECTIVELY_AFTER_RE.match(run) is None
    assert _RESPECTIVELY_AFTER_RE.match(" and 24,000 in Hai Phong, respectively") is not None
    text = (
        "Authorities in Viet Nam evacuated some 58,000 people from two provinces, roughly 34,000 and 24,000 "
        "respectively."
    )
    assert {34_000, 24_000} <= set(_facts(extractor, text))
