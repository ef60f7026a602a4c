"""Rules of the thirty-first session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor, Fact

PUBLISHED = date(2025, 10, 3)


def _facts(extractor: Extractor, text: str) -> dict[int | None, Fact]:
    return {f.reported: f for f in extractor.extract(text, published=PUBLISHED)}


def _term(fact: Fact) -> str | None:
    return fact.term.value if fact.term is not None else None


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        (
            "Quelque 640 personnes ont dû quitter leur domicile et ont été accueillies chez des voisins ou dans des "
            "écoles.",
            640,
            "new-displacement",
        ),
        (
            "Some 4,100 people fled their homes after the storm and are staying with host families or in schools.",
            4_100,
            "new-displacement",
        ),
        (
            "Plus de 5 000 familles ont dû s'abriter dans des écoles, des mosquées ou chez des voisins.",
            5_000,
            None,
        ),
    ],
)
def test_one_count_over_several_kinds_of_place_is_the_catch_all(
    extractor: Extractor, text: str, number: int, category: str | None
) -> None:
    fact = _facts(extractor, text)[number]
    assert _term(fact) == "multiple-or-other"
    if category is not None:  # a flight stays a movement
        assert fact.category is not None and fact.category.value == category


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        # the others are a part of their own
        (
            "Floods drove 52,000 people from their homes; 9,100 of them are in public shelters and the rest with "
            "relatives.",
            9_100,
            "sheltered",
        ),
        # an evacuation keeps its term, wherever it took the people
        ("About 2,600 residents were evacuated to schools and relatives' homes on Monday.", 2_600, "evacuated"),
        # people left homeless keep their term (most writers)
        ("Quelque 2 000 personnes ont perdu leur maison et dorment chez des voisins ou dans les églises.", 2_000, None),
        # one kind of place
        ("Some 4,100 people fled their homes and are staying with host families in the capital.", 4_100, None),
    ],
)
def test_not_a_count_over_several_kinds_of_place(
    extractor: Extractor, text: str, number: int, term: str | None
) -> None:
    fact = _facts(extractor, text)[number]
    assert _term(fact) != "multiple-or-other"
    if term is not None:
        assert _term(fact) == term


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Le pays compte encore 5,2 millions de déplacés internes, dont près de 2 millions dans des camps du nord.",
            2_000_000,
        ),
        (
            "La province compte plus de 900 000 personnes déplacées, dont environ 120 000 dans quelque 60 sites.",
            120_000,
        ),
        ("La région compte 410 000 déplacés, dont 95 000 dans des camps.", 95_000),
    ],
)
def test_a_part_of_the_displaced_in_camps_or_sites_is_in_a_camp(extractor: Extractor, text: str, part: int) -> None:
    facts = _facts(extractor, text)
    assert _term(facts[part]) == "in-relief-camp"
    assert _term(max(facts.values(), key=lambda f: f.reported or 0)) == "displaced"


def test_a_part_in_sites_of_hosting_is_not_in_a_camp(extractor: Extractor) -> None:
    text = "La ville compte 41 000 sinistrés, dont 6 000 dans des sites d'hébergement."
    assert _term(_facts(extractor, text)[6_000]) != "in-relief-camp"


def test_the_people_counted_where_camps_were_set_up_are_in_them(extractor: Extractor) -> None:
    text = (
        "Many residents have moved to 22 relief camps set up in schools along the river, where about 8,500 people "
        "are now registered."
    )
    assert _term(_facts(extractor, text)[8_500]) == "in-relief-camp"


@pytest.mark.parametrize(
    "text",
    [
        "Dans le Logone, plus de 2 400 cases se sont effondrées sous les pluies.",
        "Le dernier bilan fait état de 9 100 sinistrés et de 2 400 cases écroulées.",
    ],
)
def test_huts_that_collapsed_are_destroyed_homes(extractor: Extractor, text: str) -> None:
    fact = _facts(extractor, text)[2_400]
    assert _term(fact) == "destroyed-housing" and fact.unit.value == "household"


def test_disease_cases_are_still_no_homes(extractor: Extractor) -> None:
    assert 870 not in _facts(
        extractor, "Les inondations ont déplacé 3 000 personnes. Le ministère a recensé 870 cases de choléra."
    )


def test_crossings_from_one_country_into_another_are_a_flight(extractor: Extractor) -> None:
    text = (
        "BEIRUT — The strikes have displaced 1.2 million people. Since 23 September, the General Security has "
        "recorded more than 320,000 crossings from Lebanon into Syria, most of them by Syrian nationals."
    )
    fact = _facts(extractor, text)[320_000]
    assert _term(fact) == "forced-to-flee"
    assert fact.category is not None and fact.category.value == "cross-border-flight"
    assert fact.country == "LBN"


def test_the_rows_of_a_list_under_a_caption_take_its_wording(extractor: Extractor) -> None:
    text = (
        "Les autorités ont publié jeudi leur bilan trimestriel.\n"
        "Tableau 3. Retours de PDI par région, avril-juin 2024 (source : DNDS)\n"
        "Mopti : 21 300\nSégou : 8 410\nTombouctou : 5 020\nTotal : 34 730"
    )
    facts = _facts(extractor, text)
    assert {21_300, 8_410, 5_020, 34_730} <= set(facts)
    assert {_term(facts[n]) for n in (21_300, 8_410, 5_020, 34_730)} == {"returns"}
    assert facts[8_410].admin1 == "Ségou"


def test_households_named_by_the_caption(extractor: Extractor) -> None:
    text = "Flood update.\nFamilies evacuated by province\nSindh: 1,200\nPunjab: 800"
    facts = _facts(extractor, text)
    assert facts[800].unit.value == "household" and _term(facts[800]) == "evacuated"


@pytest.mark.parametrize(
    "text",
    [
        # casualties, money, shares: no displacement figures
        "Floods displaced 40,000 people.\nDeaths by region\nSindh: 213\nPunjab: 84",
        "Floods displaced 40,000 people.\nFunding for displaced people by province (US$)\nSindh: 213\nPunjab: 84",
        "Floods displaced 40,000 people.\nShare of IDPs by province (%)\nSindh: 213\nPunjab: 84",
    ],
)
def test_rows_under_other_captions_are_no_figures(extractor: Extractor, text: str) -> None:
    assert set(_facts(extractor, text)) == {40_000}


def test_a_row_that_says_what_it_counts_keeps_its_own_words(extractor: Extractor) -> None:
    text = "Situation overview.\nDisplacement in the north\nSindh: 1,200 returnees\nPunjab: 800 returnees"
    facts = _facts(extractor, text)
    assert _term(facts[800]) == "returns"


@pytest.mark.parametrize(
    ("text", "number", "people", "homes"),
    [
        (
            "Selon le ministre, 420 familles dont les maisons ont été emportées ont été relogées dans des écoles.",
            420,
            "sheltered",
            "destroyed-housing",
        ),
        (
            "In the district, 700 families whose houses were swept away are staying with relatives.",
            700,
            "displaced",
            "destroyed-housing",
        ),
    ],
)
def test_families_whose_homes_were_destroyed_are_also_homes_destroyed(
    extractor: Extractor, text: str, number: int, people: str, homes: str
) -> None:
    facts = [f for f in extractor.extract(text, published=PUBLISHED) if f.reported == number]
    assert sorted(_term(f) or "" for f in facts) == sorted([people, homes])
    twin = next(f for f in facts if _term(f) == homes)
    assert twin.unit.value == "household" and twin.category is not None
    assert twin.category.value == "new-displacement" and twin.span == facts[0].span


@pytest.mark.parametrize(
    "text",
    [
        # damaged homes: no figure of their own
        "Quelque 2 200 familles dont les maisons ont été endommagées passent la nuit sous des tentes.",
        # the homes alone
        "Some 300 families whose houses were destroyed received cash grants.",
    ],
)
def test_no_second_figure_for_homes_damaged_or_told_alone(extractor: Extractor, text: str) -> None:
    assert len(extractor.extract(text, published=PUBLISHED)) <= 1


def test_a_long_box_with_no_full_stop_is_read_line_by_line() -> None:
    from idmon.extract.segments import LONG_SENTENCE, Sentences

    lines = [
        f"People displaced in district {i} since January according to the cluster: {1000 + i:,} people"
        for i in range(60)
    ]
    text = "KEY FIGURES\n" + "\n".join(lines)
    assert len(text) > LONG_SENTENCE
    sentences = Sentences(text)
    third = text.index(lines[2])
    assert sentences.around(third + 5) == (third, third + len(lines[2]) + 1)
    # a short text keeps its lines together when they make one sentence
    short = "Some 4,000 people\nfled the town on Sunday."
    assert Sentences(short).around(0) == (0, len(short))


def test_every_line_of_a_long_box_keeps_its_own_place(extractor: Extractor) -> None:
    places = ["Mopti", "Ségou", "Gao", "Kidal"]
    lines = [
        f"People displaced in {places[i % 4]} district area {i} since January, the cluster said: {1000 + i:,} people"
        for i in range(120)
    ]
    facts = extractor.extract("MALI — KEY FIGURES\n" + "\n".join(lines), published=PUBLISHED)
    assert len(facts) == 120
    assert [f.place for f in facts[:4]] == places


def test_damnificados_are_homeless_and_afectados_affected(extractor: Extractor) -> None:
    text = 'Peru: INDECI said the rains had left 9,814 people "damnificados" and 57,430 "afectados" in Piura.'
    facts = _facts(extractor, text)
    assert _term(facts[9_814]) == "homeless" and _term(facts[57_430]) == "affected"


def test_houses_that_burned(extractor: Extractor) -> None:
    facts = _facts(extractor, "Portugal : plus de 100 habitants ont été évacués, et 48 maisons ont brûlé.")
    assert _term(facts[48]) == "destroyed-housing" and _term(facts[100]) == "evacuated"


@pytest.mark.parametrize(
    "text",
    [
        "Algérie : quelque 140 familles ont déjà reçu les clés de logements sociaux neufs à Mila.",
        "Türkiye: the government says it has handed over 140 new permanent homes to survivors' families in Hatay.",
    ],
)
def test_families_moved_into_permanent_homes_are_relocated_elsewhere(extractor: Extractor, text: str) -> None:
    fact = _facts(extractor, text)[140]
    assert _term(fact) == "relocated"
    assert fact.category is not None and fact.category.value == "relocation-elsewhere"


def test_new_homes_handed_over_are_no_figure(extractor: Extractor) -> None:
    text = "The quakes displaced 3 million people. The government says it has handed over 46,000 new homes so far."
    assert 46_000 not in _facts(extractor, text)


def test_over_after_a_phrasal_verb_is_no_hedge(extractor: Extractor) -> None:
    (fact,) = _facts(extractor, "Over 5,000 people fled the town.").values()
    assert fact.qualifier.value == "more-than"
    text = "Türkiye: the government has handed over 2,400 new permanent homes to families displaced by the quakes."
    assert _facts(extractor, text)[2_400].qualifier.value == "exact"


def test_survivors_moved_to_a_resettlement_site(extractor: Extractor) -> None:
    text = "The government said it had moved 1,432 survivors of the landslides to a resettlement site in the district."
    fact = _facts(extractor, text)[1_432]
    assert _term(fact) == "relocated"
    assert fact.category is not None and fact.category.value == "relocation-elsewhere"


# --- the review's findings on this session's rules ---


def test_a_footnote_mark_after_collapsed_huts_neither_crashes_nor_counts(extractor: Extractor) -> None:
    text = (
        "Dans la province du Mayo-Kebbi, 1 430 cases se sont effondrées\n(2)\n\n"
        "420 familles dont les maisons ont été détruites ont été relogées."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert sorted(f.reported or 0 for f in facts) == [420, 420, 1_430]


def test_caption_rows_are_placed_by_their_own_labels_and_dated_by_the_caption(extractor: Extractor) -> None:
    text = (
        "Les autorités ont publié jeudi leur bilan trimestriel.\n"
        "Tableau 3. Retours de PDI par région, avril-juin 2024 (source : DNDS)\n"
        "Mopti : 21 300\nSégou : 8 410\nTotal : 29 710"
    )
    facts = _facts(extractor, text)
    assert facts[21_300].admin1 == "Mopti" and facts[8_410].admin1 == "Ségou"
    assert facts[29_710].admin1 is None and facts[29_710].country == "MLI"
    assert {(f.start_date, f.end_date) for f in facts.values()} == {(date(2024, 6, 1), date(2024, 6, 30))}


def test_a_short_row_label_is_its_own_area(extractor: Extractor) -> None:
    text = "Cameroun.\nDéplacés internes par région\nNord : 12 905\nEst : 9 630\nExtrême-Nord : 4 118"
    facts = _facts(extractor, text)
    assert facts[9_630].admin1 != "North"  # (not the row before's area)


@pytest.mark.parametrize(
    "caption",
    [
        "Camps hosting displaced people, by state",
        "Kits NFI distribués aux ménages déplacés par province",
        "Population of districts hosting displaced people (2023 census)",
        "IDPs per 1,000 inhabitants, by province",
        "Projected displacement by region if the rains fail",
        "Displaced people reached with food by state",
    ],
)
def test_rows_under_a_caption_of_other_things_are_no_figures(extractor: Extractor, caption: str) -> None:
    text = f"Floods displaced 40,000 people.\n{caption}\nBorno: 213\nAdamawa: 84\nYobe: 41"
    assert not {213, 84, 41} & set(_facts(extractor, text))


def test_a_row_that_counts_other_things_is_no_figure(extractor: Extractor) -> None:
    text = "Floods displaced 40,000 people.\nDisplacement by district\nSukkur: 21 camps\nLarkana: 30 July\nDadu: 2,130"
    facts = _facts(extractor, text)
    assert 21 not in facts and 30 not in facts and 2_130 in facts


@pytest.mark.parametrize(
    "text",
    [
        "About 12,000 people fled their villages and aid agencies distributed food in camps and with host families.",
        "About 4,000 people fled their homes in Beni, joining those already living in camps and with host families.",
        "Some 1,800 people fled the area and some stayed in schools or with relatives.",
        "Plus de 3 000 personnes ont fui ; l'ONG a distribué des kits dans les écoles et chez des proches.",
    ],
)
def test_places_of_another_clause_leave_the_flight_as_it_is(extractor: Extractor, text: str) -> None:
    (fact,) = extractor.extract(text, published=PUBLISHED)
    assert _term(fact) == "forced-to-flee"


def test_a_catch_all_over_shelters_keeps_the_movement_its_wording_tells(extractor: Extractor) -> None:
    text = "Les pluies ont contraint quelque 3 000 familles à s'abriter dans des écoles ou chez des voisins."
    fact = _facts(extractor, text)[3_000]
    assert _term(fact) == "multiple-or-other"
    assert fact.category is not None and fact.category.value == "new-displacement"


@pytest.mark.parametrize(
    "text",
    [
        "About 300 families whose houses were destroyed have now returned to their villages in Dadu.",
        "Some 1,200 families whose homes were destroyed in the 2015 earthquake are still living in shelters.",
        "About 500 families whose homes were destroyed are now homeless.",
        "Thousands of families whose homes collapsed are sleeping in the open.",
    ],
)
def test_no_twin_for_returns_old_events_the_homeless_or_vague_counts(extractor: Extractor, text: str) -> None:
    assert len(extractor.extract(text, published=PUBLISHED)) == 1


def test_crossings_back_are_no_flight(extractor: Extractor) -> None:
    text = (
        "BEIRUT — Strikes displaced 1.2 million people. Border guards recorded 21,300 crossings from Lebanon into "
        "Syria on Sunday and 19,800 in the opposite direction."
    )
    assert 19_800 not in _facts(extractor, text)


@pytest.mark.parametrize(
    ("heading", "lines"),
    [
        # a figure alone on its line, labelled by the next
        ("KEY FIGURES (as of 30 September)\n", ["{n:,}", "People newly displaced in Borno"]),
        # a sentence wrapped at its lines with no full stop
        ("", ["Flooding in Bandiagara district forced", "{n} people from their homes and"]),
    ],
)
def test_long_texts_with_no_full_stop_keep_their_lines_joined_where_they_must(
    extractor: Extractor, heading: str, lines: list[str]
) -> None:
    count = 45 if not heading else 80  # (each text over 2,000 characters)
    text = heading + "\n".join(line.format(n=1000 + i) for i in range(count) for line in lines)
    assert len(text) > 2_000
    assert len(extractor.extract(text, published=PUBLISHED)) == count


def test_caption_rows_apart_from_their_caption_by_blank_lines(extractor: Extractor) -> None:
    text = "Mali.\nPersonnes déplacées par région\n\nMopti : 21 300\n\nSégou : 8 410\n\nGao : 5 020"
    facts = _facts(extractor, text)
    assert {21_300, 8_410, 5_020} <= set(facts)
    assert facts[8_410].admin1 == "Ségou" and _term(facts[5_020]) == "displaced"


def test_key_figures_apart_by_blank_lines_keep_their_own_labels(extractor: Extractor) -> None:
    text = "Key figures\n\nIDPs: 1,200,000\n\nReturnees: 300,000"
    facts = _facts(extractor, text)
    assert _term(facts[1_200_000]) == "displaced" and _term(facts[300_000]) == "returns"


@pytest.mark.parametrize("preposition", ["to", "into"])
def test_crossings_to_another_country_are_a_flight_abroad(extractor: Extractor, preposition: str) -> None:
    text = (
        "KHARTOUM — Fighting displaced 60,000 people this week. UNHCR counted 12,500 crossings from Sudan "
        f"{preposition} Chad last week."
    )
    fact = _facts(extractor, text)[12_500]
    assert fact.category is not None and fact.category.value == "cross-border-flight" and fact.country == "SDN"
