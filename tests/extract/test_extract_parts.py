"""Parts of a figure told by place: each place's share of the people counted before it, read with their wording,
their whole's category and date, and their own place."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor

PUBLISHED = date(2024, 5, 1)


def _read(extractor: Extractor, text: str) -> list[tuple[int | None, str | None, str | None, str | None]]:
    return [(f.reported, f.term, f.category, f.admin1) for f in extractor.extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "The number of displaced people in Burkina Faso reached 2 million, with 500,000 in the Sahel region and "
            "470,000 in Centre-Nord.",
            [
                (2_000_000, "displaced", "idps", None),
                (500_000, "displaced", "idps", "Sahel"),
                (470_000, "displaced", "idps", "Centre-Nord"),
            ],
        ),
        (
            "Plus de 30 000 personnes ont été déplacées par les combats dans le Nord-Kivu, avec 12 000 à Goma.",
            [
                (30_000, "displaced", "new-displacement", "Nord-Kivu"),
                (12_000, "displaced", "new-displacement", "Nord-Kivu"),
            ],
        ),
    ],
)
def test_a_part_after_with_in_its_own_place(extractor: Extractor, text: str, facts: list[tuple]) -> None:
    assert _read(extractor, text) == facts


def test_what_follows_with_is_not_a_part_unless_it_is_somewhere(extractor: Extractor) -> None:
    # deaths and missing people after "with" are no part of the displaced
    text = "The floods displaced 40,000 people in Borno, with 20 others missing and 12 dead."
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == [40_000]


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia has 3.4 million IDPs. Oromia (1,040,000) and Somali (620,000) host most of them.",
        "Ethiopia has 3.4 million IDPs. The regions of Oromia (1,040,000) and Somali (620,000) host half of the "
        "displaced.",
    ],
)
def test_places_parts_in_brackets_after_a_total(extractor: Extractor, text: str) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term, f.category) for f in facts] == [
        (3_400_000, "displaced", "idps"),
        (1_040_000, "displaced", "idps"),
        (620_000, "displaced", "idps"),
    ]
    assert [f.admin1 for f in facts[1:]] == ["Oromia", "Somali"]


def test_french_regions_parts_in_brackets_take_the_whole_s_date_not_the_compared_count_s(
    extractor: Extractor,
) -> None:
    text = (
        "Le nombre de personnes déplacées internes s'élève à 2 014 870 au 31 mars 2023, contre 1 853 246 au 31 "
        "décembre 2022. Les régions du Sahel (498 615) et du Centre-Nord (471 209) accueillent à elles seules près "
        "de la moitié des déplacés."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    parts = [f for f in facts if f.reported in (498_615, 471_209)]
    assert [(f.reported, f.category, f.admin1, f.end_date) for f in parts] == [
        (498_615, "idps", "Sahel", date(2023, 3, 31)),
        (471_209, "idps", "Centre-Nord", date(2023, 3, 31)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence says nothing of the people before: schools, not the displaced
        "Ethiopia has 3.4 million IDPs. Schools in Tigray (1,040) and Somali (620) are closed.",
        # more than the whole: no part of it
        "Some 20,000 people fled. Oromia (1,040,000) and Somali (620,000) host most of them.",
    ],
)
def test_numbers_in_brackets_that_are_no_parts(extractor: Extractor, text: str) -> None:
    assert len(extractor.extract(text, published=PUBLISHED)) == 1


def test_a_place_s_share_in_the_same_sentence(extractor: Extractor) -> None:
    text = (
        "Relief camps in Assam were home to 1.62 lakh people on Thursday, with Cachar district alone accounting "
        "for 58,000 of them."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term, f.category, f.admin1) for f in facts] == [
        # (relief camps, with no cause stated: a disaster's, and its displacement so far)
        (162_000, "in-relief-camp", "new-displacement", "Assam"),
        (58_000, "in-relief-camp", "new-displacement", "Assam"),
    ]


def test_a_group_s_share_is_no_figure(extractor: Extractor) -> None:
    text = "Authorities evacuated more than 12,300 people. Children account for 8,100 of the total."
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == [12_300]


def test_hosts_shares_of_people_abroad(extractor: Extractor) -> None:
    text = (
        "More than 1.2 million Sudanese have fled to neighbouring countries. Chad hosts about 600,000, Egypt 400,000 "
        "and South Sudan 150,000."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term, f.category, f.country) for f in facts] == [
        (1_200_000, "forced-to-flee", "cross-border-flight", "SDN"),
        (600_000, "multiple-or-other", "people-displaced-across-borders", "SDN"),
        (400_000, "multiple-or-other", "people-displaced-across-borders", "SDN"),
        (150_000, "multiple-or-other", "people-displaced-across-borders", "SDN"),
    ]
    assert all(f.admin1 is None for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "The number of refugees and migrants from Venezuela worldwide has reached 7.7 million. Colombia alone hosts "
        "2.8 million.",
        "Le nombre de réfugiés et de migrants venus du Venezuela a atteint 7,7 millions. La Colombie accueille à elle "
        "seule 2,8 millions.",
    ],
)
def test_a_host_s_bare_count_is_a_share_of_the_people_before(extractor: Extractor, text: str) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.category, f.country) for f in facts] == [
        (7_700_000, "people-displaced-across-borders", "VEN"),
        (2_800_000, "people-displaced-across-borders", "VEN"),
    ]


def test_a_host_s_share_at_home_keeps_its_own_place(extractor: Extractor) -> None:
    text = "Some 650,000 people are displaced in North Kivu. Goma alone hosts 300,000."
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.category, f.country) for f in facts] == [(650_000, "idps", "COD"), (300_000, "idps", "COD")]


@pytest.mark.parametrize(
    "text",
    [
        # a host of other things
        "Floods displaced 20,000 people in Sindh. The stadium hosts 5,000 fans on match days.",
        # more than the people before: no share of them
        "Some 2,000 people fled. The town hosts 45,000.",
    ],
)
def test_hosts_counts_that_are_no_shares(extractor: Extractor, text: str) -> None:
    assert len(extractor.extract(text, published=PUBLISHED)) == 1


def test_a_part_by_the_place_its_people_came_from(extractor: Extractor) -> None:
    text = (
        "At least 12,000 people have been displaced in central Mali by the fighting on Tuesday. About 3,000 of them "
        "are from Konna itself, the army said."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term, f.category) for f in facts] == [
        (12_000, "displaced", "new-displacement"),
        (3_000, "displaced", "new-displacement"),
    ]
    assert (facts[1].place, facts[1].country) == ("Konna", "MLI")
    # told in a sentence that names no date, the part is counted at its whole's
    assert facts[1].end_date == facts[0].end_date == date(2024, 4, 30)


def test_a_part_by_nationality_is_no_figure(extractor: Extractor) -> None:
    text = "Some 12,000 people fled into Niger last week. About 3,000 of them were from Mali."
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == [12_000]


def test_parts_with_no_noun_where_their_people_are_or_went(extractor: Extractor) -> None:
    text = (
        "IOM estimates that 12,000 people remain displaced across central Mali. Around 5,000 are staying in Mopti "
        "with relatives, while 2,250 have moved south to Ségou and about 600 to Konna."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term, f.category) for f in facts] == [
        (12_000, "displaced", "idps"),
        (5_000, "displaced", "idps"),
        (2_250, "displaced", "idps"),
        (600, "displaced", "idps"),
    ]
    assert [f.admin1 for f in facts[1:]] == ["Mopti", "Ségou", "Mopti"]


def test_a_part_gone_to_relatives_is_displaced_not_sheltered(extractor: Extractor) -> None:
    text = (
        "Nearly 11,000 residents were living in evacuation centres on Wednesday after the eruption. Another 5,100 had "
        "left for relatives' homes in Maumere."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term) for f in facts] == [(11_000, "sheltered"), (5_100, "displaced")]


def test_a_part_with_no_noun_that_is_nowhere_is_no_figure(extractor: Extractor) -> None:
    text = "Some 12,000 people fled the fighting. About 300 are at risk of cholera."
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == [12_000]


def test_a_part_of_people_abroad_is_abroad_whatever_its_host_s_place(extractor: Extractor) -> None:
    text = (
        "More than 40,000 Malians have crossed into Niger in two weeks, fleeing fighting around Konna, UNHCR said. "
        "About 10,000 are staying at a transit site in Tillabéri, which was designed for 3,000."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.category, f.country) for f in facts] == [
        (40_000, "cross-border-flight", "MLI"),
        (10_000, "cross-border-flight", "MLI"),
    ]


def test_the_next_of_a_ranking_in_its_own_place(extractor: Extractor) -> None:
    text = "Mopti hosts the largest displaced population, at roughly 48,000, followed by Ségou with about 41,000."
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.admin1) for f in facts] == [(48_000, "Mopti"), (41_000, "Ségou")]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Over the past week, 38,640 Afghans returned from Iran, almost double the 19,900 recorded the week before.",
            [(38_640, "returns"), (19_900, "returns")],
        ),
        (
            "Some 23,400 people spent Thursday night in 380 evacuation centres. By Saturday the number had dropped to "
            "about 7,900.",
            [(23_400, "sheltered"), (7_900, "sheltered")],
        ),
        (
            "More than 50,000 people displaced by the violence were living in 349 relief camps as of Monday. The "
            "figure is slightly lower than the 54,488 recorded in mid-June.",
            [(50_000, "in-relief-camp"), (54_488, "in-relief-camp")],
        ),
        (
            "Quelque 12 000 personnes ont fui la semaine dernière. Ce chiffre est passé à 15 000 mardi.",
            [(12_000, "forced-to-flee"), (15_000, "forced-to-flee")],
        ),
        (
            "Le site de Rhoe, qui comptait 67 000 résidents en décembre, en accueille désormais près de 75 000.",
            [(67_000, "in-relief-camp"), (75_000, "in-relief-camp")],
        ),
    ],
)
def test_the_same_count_at_another_time(extractor: Extractor, text: str, facts: list[tuple[int, str]]) -> None:
    assert [(f.reported, f.term) for f in extractor.extract(text, published=PUBLISHED)] == facts


def test_the_same_count_now_is_dated_now(extractor: Extractor) -> None:
    text = "Le site de Rhoe, qui comptait 67 000 résidents en décembre, en accueille désormais près de 75 000."
    facts = extractor.extract(text, published=PUBLISHED)
    assert [f.end_date for f in facts] == [date(2023, 12, 31), PUBLISHED]


@pytest.mark.parametrize(
    "text",
    [
        "Some 12,000 people fled last week. The number of schools closed rose to 45.",
        "Some 38,640 people fled, more than 19,900 of them children.",
    ],
)
def test_counts_of_other_things_and_groups_are_no_figures(extractor: Extractor, text: str) -> None:
    assert len(extractor.extract(text, published=PUBLISHED)) == 1


def test_a_part_in_a_place_whose_name_holds_a_noun_of_things(extractor: Extractor) -> None:
    text = "Plus de 14 000 personnes ont été évacuées au Québec, dont 4 100 à Sept-Îles."
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == [14_000, 4_100]


def test_a_part_that_crossed_at_a_border_point(extractor: Extractor) -> None:
    text = (
        "Au moins 40 000 Maliens ont franchi la frontière nigérienne en une semaine pour échapper aux combats près "
        "de Konna, a annoncé le HCR. Près de 9 000 sont passés par le poste de Yassane."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.category, f.country) for f in facts] == [
        (40_000, "cross-border-flight", "MLI"),
        (9_000, "cross-border-flight", "MLI"),
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a part where its people are, with no verb of its own
        (
            "Les inondations ont contraint 36 600 personnes à quitter leur domicile, dont 27 000 dans la seule "
            "province de Mopti.",
            [36_600, 27_000],
        ),
        ("Floods have displaced 36,600 people in Mali, 27,000 of them in the Mopti region.", [36_600, 27_000]),
        ("Floods have displaced 36,600 people in Mali, more than 27,000 of them from Mopti itself.", [36_600, 27_000]),
        ("Floods destroyed 3,000 houses in Mali, 1,200 of them in Mopti.", [3_000, 1_200]),
        # not the dead, not a month
        ("The floods killed 120 people in Mali, including 45 in the Mopti region.", []),
    ],
)
def test_a_part_where_its_people_are_with_no_verb(extractor: Extractor, text: str, figures: list[int]) -> None:
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == figures


def test_a_list_of_places_that_breaks_a_total_down(extractor: Extractor) -> None:
    text = (
        "CONASUR — Situation des personnes déplacées internes au 31 mars 2023\n"
        "Nombre total de PDI enregistrées : 2 062 534\n"
        "Région du Sahel : 609 118 | Centre-Nord : 529 376 | Nord : 240 087 | Boucle du Mouhoun : 190 456\n"
        "Femmes : 58,6 % | Enfants de moins de 15 ans : 57,9 %"
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.category, f.admin1) for f in facts] == [
        (2_062_534, "idps", None),
        (609_118, "idps", "Sahel"),
        (529_376, "idps", "Centre-Nord"),
        (240_087, "idps", "Nord"),  # an ordinary word as running text, an area as a list's label
        (190_456, "idps", "Boucle du Mouhoun"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the dead and injured listed after a figure are no parts of it
        "Floods displaced 12,000 people in Malawi.\nDeaths: 45 | Injured: 120 | Missing: 12",
        # nor is a lone label's figure
        "Floods displaced 12,000 people in Malawi.\nBlantyre: 4,000.",
    ],
)
def test_no_list_without_places_or_items(extractor: Extractor, text: str) -> None:
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == [12_000]
