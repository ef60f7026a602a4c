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


def _terms(extractor: Extractor, text: str) -> dict[int | None, str]:
    return {f.reported: str(f.term.value if f.term else "") for f in extractor.extract(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "value", "term"),
    [
        (
            "About 414,000 people had been displaced by the dam collapse and were spread across 30 camps in Maiduguri.",
            414_000,
            "in-relief-camp",
        ),
        ("Some 1,650 people have already been displaced to two care centres in Enga province.", 1_650, "sheltered"),
        (
            "The municipality said 1,321 people evacuated from flooded neighbourhoods were still in 12 shelters on "
            "Sunday.",
            1_321,
            "sheltered",
        ),
        (
            "In Hanang district, 1,150 households lost their homes in the mudslide and were being housed in temporary "
            "camps set up at two schools.",
            1_150,
            "in-relief-camp",
        ),
        (
            "Après le cyclone, 21 000 personnes déplacées, réparties dans 76 sites d'hébergement, attendent de l'aide.",
            21_000,
            "sheltered",
        ),
    ],
)
def test_where_the_people_are_now_sets_the_term(extractor: Extractor, text: str, value: int, term: str) -> None:
    # the situation a count names sets its term, over "displaced", "evacuated" or "lost their homes" (the writers' call)
    assert _terms(extractor, text)[value] == term


@pytest.mark.parametrize(
    ("text", "value", "term"),
    [
        # a flight, then where they went: the flight
        (
            "On the Cambodian side, 37,635 people had fled their homes and were sheltering in pagodas and schools.",
            37_635,
            "forced-to-flee",
        ),
        # where evacuees were taken: the evacuation
        ("Some 2,000 people were evacuated to shelters in Albay province.", 2_000, "evacuated"),
        # displaced people staying in shelters: displaced, as IDMC's annotators read it
        (
            "Kenya Red Cross said 3,200 people displaced by the flash flood in Nakuru County were sheltering at a "
            "primary school and two churches.",
            3_200,
            "displaced",
        ),
        ("121,700 people have been displaced by floods and are staying in temporary shelters.", 121_700, "displaced"),
        # another subject after the clause break
        (
            "About 5,000 people were displaced by the floods, and 1,200 were in 12 shelters on Sunday.",
            5_000,
            "displaced",
        ),
    ],
)
def test_a_flight_or_an_evacuation_to_a_shelter_keeps_its_term(
    extractor: Extractor, text: str, value: int, term: str
) -> None:
    assert _terms(extractor, text)[value] == term


def _values(extractor: Extractor, text: str) -> list[int | None]:
    return [f.reported for f in extractor.extract(text, published=PUBLISHED)]


def test_items_of_a_list_that_count_other_things_are_no_figures(extractor: Extractor) -> None:
    text = (
        "Cumulative since 14 June: deaths 1,265; injured 12,577; houses damaged 1,719,523, of which 614,178 fully "
        "destroyed; livestock lost 746,218; roads damaged 5,735 km; bridges 243. Sindh: 6,55,000 people in 5,880 "
        "relief camps."
    )
    assert _values(extractor, text) == [1_719_523, 614_178, 655_000]
    # an item that counts homes or people keeps its figure
    assert _values(extractor, "Houses destroyed 1,200; schools damaged 45; people displaced 8,300.") == [1_200, 8_300]


def test_a_storm_s_category_and_people_unaccounted_for_are_no_figures(extractor: Extractor) -> None:
    text = (
        "Le NDMO indique que 2 100 personnes ont passé la nuit dans 35 centres d'évacuation après le passage du "
        "cyclone Lola, de catégorie 5, et que 400 maisons ont été détruites."
    )
    assert _values(extractor, text) == [2_100, 400]
    text = "About 300 people were still in shelters in Buncombe County, where 40 people remain unaccounted for."
    assert _values(extractor, text) == [300]


def test_a_count_of_container_towns_is_no_figure_and_their_people_are(extractor: Extractor) -> None:
    text = "Un an après les séismes, quelque 690 000 personnes vivent toujours dans 400 villes de conteneurs."
    assert _values(extractor, text) == [690_000]
    text = "Eighteen months on, 672,000 people still live in 406 container settlements across the 11 provinces."
    assert _values(extractor, text) == [672_000]


def test_a_day_of_a_month_before_to_is_no_range(extractor: Extractor) -> None:
    text = "Some 3,100 people crossed back on Tuesday, bringing the number who have returned since Nov. 1 to 327,000."
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.reported_max) for f in facts] == [(3_100, None), (327_000, None)]
    # a range of figures is still one
    facts = extractor.extract("Between 10,000 and 15,000 people fled.", published=PUBLISHED)
    assert [(f.reported, f.reported_max) for f in facts] == [(10_000, 15_000)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Les combats ont poussé plus de 350 000 personnes à fuir, dont 110 000 vers Uvira.", [350_000, 110_000]),
        (
            "By 4 February, 52,300 people had been displaced in Catatumbo, 32,000 of them towards Cúcuta, 11,000 "
            "towards Ocaña and the rest to Tibú.",
            [52_300, 32_000, 11_000],
        ),
        ("• Governorates of displacement: Ma'rib 148 HH; Ta'iz 61 HH; Al Hodeidah 42 HH", [148, 61, 42]),
    ],
)
def test_parts_by_destination_and_list_items_with_their_unit(
    extractor: Extractor, text: str, values: list[int]
) -> None:
    assert _values(extractor, text) == values


def test_a_group_among_them_is_still_no_part(extractor: Extractor) -> None:
    text = "Fighting displaced 52,300 people in Catatumbo, 32,000 of them children, 11,000 towards Ocaña."
    assert 32_000 not in _values(extractor, text)


@pytest.mark.parametrize(
    ("text", "value", "term"),
    [
        (
            "Duhok — Returns to Sinjar have picked up since Baghdad set a deadline for closing the camps. Between 1 "
            "January and 20 June, 2,316 families left camps in Duhok governorate for Sinjar district.",
            2_316,
            "returns",
        ),
        ("By 31 August, 14,200 IDPs had gone back from Shire's collective sites.", 14_200, "returns"),
        (
            "Depuis le 8 décembre, plus de 885 000 déplacés internes sont rentrés chez eux, dont 70 000 depuis les "
            "camps du nord-ouest.",
            70_000,
            "returns",
        ),
        # leaving camps under attack is no return
        ("Some 3,000 people left the camps in Maiduguri for Bama after attacks on the camp.", 3_000, "in-relief-camp"),
        (
            "IOM estimates the governorate now hosts 1.3 million IDPs, about 190,000 of them in 197 sites.",
            190_000,
            "in-relief-camp",
        ),
        ("La ville compte désormais plus de 700 000 déplacés répartis dans 500 sites.", 700_000, "in-relief-camp"),
        # sites named as shelters keep their term
        ("Déplacés : 19 620 personnes réparties dans 64 sites d'hébergement.", 19_620, "sheltered"),
        (
            "Borno State\nLGA | IDPs in camps | IDPs in host communities | Returnees\nBama | 42,117 | 8,560 | 31,004",
            42_117,
            "in-relief-camp",
        ),
        (
            "Borno State\nLGA | IDPs in camps | IDPs in host communities | Returnees\nBama | 42,117 | 8,560 | 31,004",
            8_560,
            "displaced",
        ),
    ],
)
def test_out_of_camps_for_home_and_people_counted_in_sites(
    extractor: Extractor, text: str, value: int, term: str
) -> None:
    assert _terms(extractor, text)[value] == term


@pytest.mark.parametrize(
    ("text", "value", "term"),
    [
        ("Dans l'école publique de Koza, 1 350 personnes dorment dans les salles de classe.", 1_350, "sheltered"),
        ("Some 430 families are staying in three madrasas and a covered court in Marawi.", 430, "sheltered"),
        (
            "In Balochistan about 310,000 people are camping along raised roads and canal embankments.",
            310_000,
            "displaced",
        ),
        ("Some 750 of them are being housed at Katesh and Gendabi primary schools.", 750, "sheltered"),
        ("Quelque 420 personnes passaient la nuit de jeudi dans des salles communales.", 420, "sheltered"),
        ("À La Réunion, 620 personnes sont prises en charge dans des structures d'hébergement.", 620, "sheltered"),
    ],
)
def test_more_words_for_where_people_stay(extractor: Extractor, text: str, value: int, term: str) -> None:
    assert _terms(extractor, text) == {value: term}  # (and no count of the buildings: "three madrasas")


def test_a_part_completely_damaged_and_houses_too_dangerous_to_live_in(extractor: Extractor) -> None:
    text = "Floods damaged 4,156 houses across the country, 1,273 of them completely, the agency said."
    assert _terms(extractor, text) == {4_156: "partially-destroyed-housing", 1_273: "destroyed-housing"}
    text = "Officials said 42 houses had been destroyed and another 60 were too dangerous to live in."
    assert _terms(extractor, text) == {42: "destroyed-housing", 60: "uninhabitable-housing"}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "En Allemagne, quelque 3 000 riverains de l'Ahr, en Rhénanie-Palatinat, ont été évacués.",
            [(3_000, "evacuated")],
        ),
        ("La Libertad department has the largest number of evacuees, 1,405.", [(1_405, "evacuated")]),
        (
            "The regional government says 1,880 people whose homes were flooded are still being housed by the "
            "authorities: 1,290 in hotels and 590 in municipal sports halls in Paiporta.",
            [(1_880, "sheltered"), (1_290, "sheltered"), (590, "sheltered")],
        ),
    ],
)
def test_riverside_residents_the_largest_number_and_people_housed_by_the_authorities(
    extractor: Extractor, text: str, facts: list[tuple[int, str]]
) -> None:
    assert list(_terms(extractor, text).items()) == facts


def test_tourists_flown_home_are_still_no_figure(extractor: Extractor) -> None:
    text = "Plus de 3 200 touristes bloqués par la fermeture de l'aéroport ont été rapatriés en Australie."
    assert _values(extractor, text) == []


def test_people_registered_by_centres_and_in_state_accommodation(extractor: Extractor) -> None:
    text = (
        "Evacuees are being directed to reception centres in Calgary and Edmonton, which had registered 2,800 "
        "people as of noon."
    )
    assert _terms(extractor, text) == {2_800: "sheltered"}
    text = (
        "Armenia said 100,000 people had arrived by Saturday, and that 21,000 of them were in state-provided "
        "accommodation."
    )
    assert _terms(extractor, text)[21_000] == "sheltered"
    # the people's own word tells what befell them
    text = "The ministry set up a camp near the border, which had received about 12,000 returnees by Saturday night."
    assert _terms(extractor, text) == {12_000: "returns"}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The number of people in evacuation centres fell from 12,400 to 3,100 over the weekend.", [12_400, 3_100]),
        ("Le nombre de personnes dans les abris collectifs est passé de 45 000 à moins de 10 000.", [45_000, 10_000]),
        (
            "Le nombre de personnes hébergées dans les abris collectifs est tombé de 188 000 à 95 000 en une semaine.",
            [188_000, 95_000],
        ),
        # a count of no one it went from: no figure
        ("The death toll rose from 12 to 45 after the floods displaced 3,000 people.", [3_000]),
    ],
)
def test_a_count_that_fell_gives_both_values(extractor: Extractor, text: str, values: list[int]) -> None:
    assert _values(extractor, text) == values


def test_an_earlier_value_after_a_jump_from(extractor: Extractor) -> None:
    text = "Some 61,000 Afghans crossed back from Iran this week, a sharp jump from 42,000 the week before."
    assert _values(extractor, text) == [61_000, 42_000]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Plus de 25 000 personnes ont dû quitter leur domicile en raison des feux de forêt, dont les 7 500 "
            "habitants de Chibougamau et les 2 100 de Lebel-sur-Quévillon.",
            [25_000, 7_500, 2_100],
        ),
        (
            "Depuis septembre, 12 500 personnes ont dû quitter leurs îles : 7 300 fuyant les violences et 5 200 "
            "l'inondation.",
            [12_500, 7_300, 5_200],
        ),
        ("Some 9,000 people fled, 6,000 fleeing the fighting and 3,000 the floods.", [9_000, 6_000, 3_000]),
    ],
)
def test_the_next_part_with_its_words_left_out(extractor: Extractor, text: str, values: list[int]) -> None:
    assert _values(extractor, text) == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials say nearly 8,000 Rohingya have slipped across the Naf river in the past two months.", 8_000),
        ("Selon les autorités locales, les 8 600 occupants du site se sont dispersés vers Bule et Fataki.", 8_600),
        ("Some 4,000 residents scattered into the surrounding hills after the attack on the village.", 4_000),
    ],
)
def test_slipping_across_and_scattering_are_flights(extractor: Extractor, text: str, value: int) -> None:
    assert _terms(extractor, text) == {value: "forced-to-flee"}


def test_a_crowd_that_scattered_is_no_figure(extractor: Extractor) -> None:
    assert _values(extractor, "Police said 300 protesters scattered into side streets.") == []


def test_people_protected_before_a_hurricane_s_arrival_were_evacuated(extractor: Extractor) -> None:
    text = (
        "La Défense civile a indiqué que 283 000 personnes avaient été protégées avant l'arrivée de l'ouragan Rafael."
    )
    assert _terms(extractor, text) == {283_000: "evacuated"}
    assert _values(extractor, "Les 2 000 enfants ont été protégés contre la rougeole.") == []
