"""Rules of the thirtieth session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor, Fact
from idmon.geo.sources import default_gazetteer

PUBLISHED = date(2025, 9, 20)


def _facts(extractor: Extractor, text: str) -> dict[int | None, Fact]:
    return {f.reported: f for f in extractor.extract(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        # the authorities of a country as the source of a count: not where the people are
        "MOGADISHU — Fighting has displaced thousands across southern Somalia this month. Kenyan officials said some "
        "20,000 people had been displaced near the border.",
        "MOGADISHU — Fighting has displaced thousands across southern Somalia this month. According to the Kenyan "
        "authorities, 20,000 people were displaced near the border.",
    ],
)
def test_the_source_of_a_count_is_not_its_place(extractor: Extractor, text: str) -> None:
    assert _facts(extractor, text)[20_000].country == "SOM"


def test_the_people_a_countrys_authorities_move_are_still_in_that_country(extractor: Extractor) -> None:
    text = (
        "MOGADISHU — Fighting has displaced thousands across southern Somalia this month. Across the border, Kenyan "
        "officials relocated 2,000 people from border villages to a camp."
    )
    assert _facts(extractor, text)[2_000].country == "KEN"


def test_houses_protected_ahead_of_a_hurricane_are_no_evacuees(extractor: Extractor) -> None:
    text = (
        "Face à l'ouragan, les autorités cubaines ont protégé 12 000 maisons avant l'arrivée de l'ouragan Melissa, "
        "et 3 000 personnes ont été évacuées à Santiago."
    )
    facts = _facts(extractor, text)
    assert 12_000 not in facts and 3_000 in facts
    for people in (
        "Les autorités cubaines ont protégé plus de 735 000 personnes avant l'arrivée de l'ouragan Melissa.",
        "Les autorités cubaines ont protégé 1,2 million de personnes avant l'arrivée de l'ouragan Melissa.",
    ):
        (fact,) = _facts(extractor, people).values()
        assert fact.term is not None and fact.term.value == "evacuated"


@pytest.mark.parametrize(
    "number",
    ["9" * 40, "1," * 60 + "000", "9" * 5_000, "9" * 30 + ".5 million"],
)
def test_an_absurdly_long_number_is_no_count_and_no_crash(extractor: Extractor, number: str) -> None:
    facts = _facts(extractor, f"Floods displaced {number} people in Sindh, and 3,000 more fled to Punjab.")
    assert 3_000 in facts
    assert all(value is None or value < 10**15 for value in facts)


def test_a_damaged_model_file_fails_when_the_extractor_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    from idmon.extract import pipeline
    from idmon.extract.recall import RecallModelError

    def broken() -> None:
        raise RecallModelError("cannot read the shipped recall model (truncated): reinstall idmon")

    monkeypatch.setattr(pipeline, "default_recall_model", broken)
    with pytest.raises(RecallModelError, match="reinstall idmon"):
        Extractor(None)
    Extractor(None, recall=False)  # the rules and the term model need no recall model


def test_a_list_on_its_own_line_breaks_down_the_line_right_above_it(extractor: Extractor) -> None:
    text = (
        "PRMN Somalia — Displacement snapshot, May 2024\n"
        "Returns recorded in May: 4,000 (April: 3,100)\n"
        "New displacements recorded: 41,300 (April: 27,800)\n"
        "By reason: drought-related 22,900; conflict/insecurity 15,100; other 3,300\n"
    )
    facts = _facts(extractor, text)
    for value in (22_900, 15_100, 3_300):  # parts of the 41,300 new displacements, not of the 4,000 returns
        assert value in facts, facts
        assert facts[value].category is not None and facts[value].category.value == "new-displacement"


@pytest.mark.parametrize(
    ("text", "value", "term"),
    [
        # away from their homes, not "remain out of" a town's population
        (
            "Across the border in Uruguay, the national emergency system said 3,650 people remained out of their "
            "homes.",
            3_650,
            "displaced",
        ),
        # French: sleeping in schools since, still in shelters
        (
            "CONAKRY — Selon la Croix-Rouge, 3 000 personnes dorment depuis dans des écoles et des mosquées.",
            3_000,
            "sheltered",
        ),
        (
            "KINGSTON — Trois jours après l'ouragan Melissa, plus de 24 000 Jamaïcains se trouvaient encore dans 800 "
            "abris.",
            24_000,
            "sheltered",
        ),
    ],
)
def test_people_still_away_from_home_or_in_shelters(
    extractor: Extractor, text: str, value: int, term: str | None
) -> None:
    facts = _facts(extractor, text)
    assert value in facts, facts
    if term is not None:
        assert facts[value].term is not None and facts[value].term.value == term


def test_the_people_who_stayed_are_no_figure(extractor: Extractor) -> None:
    facts = _facts(
        extractor, "Fighting forced most people out of Vovchansk: fewer than 200 residents remain out of 17,000."
    )
    assert 200 not in facts and 17_000 not in facts


def test_the_next_places_shares_with_the_verb_not_repeated(extractor: Extractor) -> None:
    text = (
        "Malawi: 659,278 people had been displaced and were living in 577 camps. Blantyre district accounts for "
        "139,000 of them, Mulanje for 98,200 and Chikwawa for 64,400. The death toll has reached 511."
    )
    facts = _facts(extractor, text)
    assert {139_000, 98_200, 64_400} <= set(facts)
    assert [facts[v].admin2 for v in (139_000, 98_200, 64_400)] == ["Blantyre", "Mulanje", "Chikwawa"]
    assert {facts[v].term for v in (139_000, 98_200, 64_400)} == {facts[659_278].term}
    assert 511 not in facts


def test_a_line_of_key_figures_opened_by_a_country_is_that_countrys(extractor: Extractor) -> None:
    text = (
        "OCHA Pacific — Humanitarian snapshot (key figures)\n"
        "TONGA (volcanic eruption and tsunami): 2,390 people displaced | 293 houses destroyed\n"
        "MARSHALL ISLANDS (king tides, Majuro and Ebeye): 137 households sheltering in churches and schools\n"
        "KIRIBATI (drought, South Tarawa): 1,200 people relocated from the coast\n"
    )
    facts = _facts(extractor, text)
    assert facts[2_390].country == "TON" and facts[293].country == "TON"
    assert facts[137].country == "MHL" and facts[1_200].country == "KIR"


def test_earlier_values_of_a_count_of_people_in_shelters(extractor: Extractor) -> None:
    text = (
        "Hawke's Bay Civil Defence says 230 people were still staying at civil defence centres in Napier and Hastings "
        "on Wednesday, down from about 2,400 at the peak on 15 February."
    )
    assert {230, 2_400} <= set(_facts(extractor, text))
    text = (
        "PORTO ALEGRE — The civil defence says 581,600 people are still out of their homes, a figure that includes "
        "65,760 in public shelters. The number in shelters has fallen from a peak of 81,000 on 9 May as waters receded."
    )
    facts = _facts(extractor, text)
    assert 81_000 in facts and facts[81_000].term == facts[65_760].term
    text = (
        "Flood victims at relief centres in Kelantan rose to 42,615 people this morning, from 38,900 last night, "
        "according to the Social Welfare Department."
    )
    facts = _facts(extractor, text)
    assert 38_900 in facts and facts[38_900].term == facts[42_615].term
    # not the places people came from: "412 families, from 14 communities"
    text = (
        "QUIBDÓ — Clashes along the San Juan river have displaced 1,247 people, or 412 families, from 14 Indigenous "
        "communities in Chocó since 2 February, the Ombudsman's Office said."
    )
    assert set(_facts(extractor, text)) == {1_247, 412}
    # not the death toll's earlier value
    assert set(_facts(extractor, "Deaths rose to 45 this morning, from 38 last night, in Kelantan.")) == set()


def test_a_river_named_like_a_town_abroad_is_no_place_abroad() -> None:
    # with towns: the packaged gazetteer knows a town of Russia named like the river
    extractor = Extractor(default_gazetteer(), rerank=False)
    text = (
        "ASTANA — Spring floods have forced the evacuation of more than 117,000 people across Kazakhstan since late "
        "March. In the north, 8,300 residents were moved out of districts along the Ishim on Saturday. Across the "
        "border in Russia's Orenburg region, nearly 7,000 people were evacuated after a dam breach."
    )
    facts = _facts(extractor, text)
    assert facts[8_300].country == "KAZ" and facts[7_000].country == "RUS"


@pytest.mark.parametrize(
    "sentence",
    [
        "About 1,200 people attended the funeral in Karachi on Sunday.",
        "Some 4,500 people voted in the by-election.",
        "About 700 people protested outside the governor's office.",
        "Some 2,000 people work at the factory in Sukkur.",
        "On 3 May, 2.7 million people were advised to evacuate ahead of the storm.",
    ],
)
def test_ordinary_counts_of_people_are_not_shown_to_the_learned_step(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    """The review's inputs: a count of people in a sentence with no word of moving or of shelter, or one of orders,
    is not shown to the learned step at all (a model sure of every number reads none of them)."""
    from idmon.extract import pipeline
    from idmon.extract.recall import FORMAT_VERSION, RecallModel

    sure = RecallModel.from_json({"format": FORMAT_VERSION, "intercept": 50.0, "weights": {}})
    monkeypatch.setattr(pipeline, "default_recall_model", lambda: sure)
    reads_all = Extractor(extractor.gazetteer, rerank=False, recall=True)
    text = "Floods have displaced 40,000 people in Sindh province, Pakistan, officials said. " + sentence
    assert {f.reported for f in reads_all.extract(text, PUBLISHED)} == {40_000}
    # a count of people moved is shown ("may" the month is no "may" of what could happen)
    moved = "Floods have displaced 40,000 people in Sindh. On 3 May, buses carried about 1,600 civilians out of Dadu."
    assert 1_600 in {f.reported for f in reads_all.extract(moved, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # where the people came from is no earlier count
        ("Authorities evacuated 5,200 people on Sunday, from 2,300 homes along the river in Assam.", 2_300),
        # pupils, worshippers, tourists where they were; children at day care
        (
            "Au moment du séisme, quelque 1 500 élèves se trouvaient dans les écoles d'Al Haouz, selon le ministère.",
            1_500,
        ),
        ("Lors de l'attaque, environ 300 fidèles se trouvaient dans les mosquées de la ville de Mopti.", 300),
        ("About 1,200 children are staying at day care centres in Auckland during school holidays.", 1_200),
        # another's shares, not places': "UNICEF is caring for 4,000 children"
        (
            "Malawi: 659,278 people had been displaced and were living in 577 camps. Blantyre district accounts for "
            "139,000 of them, and UNICEF is caring for 4,000 children.",
            4_000,
        ),
        # who stayed, out of a town's people
        (
            "Fighting forced most people out of Vovchansk: fewer than 200 residents remain out of its 17,000 "
            "inhabitants.",
            200,
        ),
    ],
)
def test_the_reviews_false_figures(extractor: Extractor, text: str, absent: int) -> None:
    assert absent not in _facts(extractor, text)


def test_a_label_line_that_is_no_country_name_keeps_the_lines_place(extractor: Extractor) -> None:
    text = (
        "SYRIA — Partner reports (week 12)\n"
        "Turkey Diyanet Foundation: 4,000 displaced families received tents in Idlib | 1,500 in Afrin\n"
        "Saudi Aid (KSrelief): 2,000 displaced families received kits in camps\n"
    )
    facts = _facts(extractor, text)
    assert facts[4_000].country == "SYR" and facts[2_000].country != "SAU"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Mali: 12,000 fled the fighting. Mauritanian authorities sheltered 2,300 families near the border.", "MRT"),
        ("Somalia: 12,000 fled the fighting. Kenyan authorities airlifted 2,000 people to Dadaab.", "KEN"),
        (
            "Somalia: 12,000 fled the fighting. Kenyan officials, who relocated their staff, said 20,000 people were "
            "displaced in Gedo.",
            "SOM",
        ),
    ],
)
def test_the_people_a_countrys_authorities_sheltered_or_carried(extractor: Extractor, text: str, country: str) -> None:
    value = max(v for v in _facts(extractor, text) if v is not None and v != 12_000)
    assert _facts(extractor, text)[value].country == country


def test_cuba_style_protection_of_people_of_any_noun(extractor: Extractor) -> None:
    text = "Les autorités haïtiennes ont protégé plus de 50 000 Haïtiens avant l'arrivée de l'ouragan Melissa."
    assert 50_000 in _facts(extractor, text)


def test_a_restated_bracket_after_a_long_run_of_letters_is_no_trap() -> None:
    from idmon.extract.pipeline import _RESTATED_BEFORE_BRACKET_RE

    # (cubic before: about five minutes on these 4,000 letters)
    assert _RESTATED_BEFORE_BRACKET_RE.fullmatch(" " + "a" * 4_000 + "/ ") is None
    assert _RESTATED_BEFORE_BRACKET_RE.fullmatch(" people ") is not None
    assert _RESTATED_BEFORE_BRACKET_RE.fullmatch(" in Karachi ") is None
