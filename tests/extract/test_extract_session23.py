"""Rules of the twenty-third session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.domain.vocabulary import Precision
from idmon.extract import Extractor
from idmon.geo.gazetteer import PlaceEntry
from idmon.geo.sources import default_gazetteer

PUBLISHED = date(2024, 10, 14)


def _facts(extractor: Extractor, text: str, published: date = PUBLISHED) -> list[tuple[int | None, str, str]]:
    return [
        (f.reported, str(f.term.value if f.term else ""), str(f.category.value if f.category else ""))
        for f in extractor.extract(text, published=published)
    ]


def _places(extractor: Extractor, text: str) -> list[tuple[int | None, str | None, str | None]]:
    return [(f.reported, f.country, f.admin1) for f in extractor.extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # outside a disaster, the displaced named as such, with no movement told: a stock
        ("Les 2 800 déplacés du site de Bulengo attendent toujours des vivres.", "idps"),
        ("Somalia's 61,000 displaced are crowded into the outskirts of the capital.", "idps"),
        # a disaster's displaced: the event's displacement
        ("Inondations à Mopti : 4 300 déplacés", "new-displacement"),
        # a period: a movement
        ("Haïti : plus de 6 000 déplacés en 48 heures dans la capitale", "new-displacement"),
        # displaced by someone: a movement
        ("Some 7,400 displaced by the fighting were sleeping in the open.", "new-displacement"),
    ],
)
def test_the_displaced_named_as_such_are_a_stock(extractor: Extractor, text: str, category: str) -> None:
    assert [f[2] for f in _facts(extractor, text) if f[1] == "displaced"] == [category]


def test_people_already_displaced_before_are_a_stock(extractor: Extractor) -> None:
    text = "Around 1.2 million people, two thirds of the population, were already displaced before the new orders."
    assert _facts(extractor, text) == [(1_200_000, "displaced", "idps")]
    # displaced in a tracking period, even "at least once", is that period's movement
    text = "DTM tracked 3,120 households displaced at least once between 1 May and 30 June in Marib governorate."
    assert _facts(extractor, text) == [(3_120, "displaced", "new-displacement")]


def test_a_figure_compared_with_a_hedged_earlier_one(extractor: Extractor) -> None:
    text = "Kalma camp now hosts an estimated 310,000 people, compared with roughly 260,000 in March."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(310_000, "in-relief-camp"), (260_000, "in-relief-camp")]


def test_of_them_reaches_past_a_sentence_that_counts_nothing(extractor: Extractor) -> None:
    text = (
        "Raids on villages near Mueda have forced 12,600 people to flee. Most are walking south along the main road. "
        "Some 4,900 of them had reached Montepuez by Sunday evening."
    )
    assert [f[0] for f in _facts(extractor, text)] == [12_600, 4_900]
    # not past a sentence with a count of its own
    text = (
        "Raids on villages near Mueda have forced 12,600 people to flee. Aid agencies sent 14 trucks south. "
        "Some 4,900 of them had reached Montepuez by Sunday evening."
    )
    assert 4_900 not in [f[0] for f in _facts(extractor, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Typhoon damage, Cagayan Valley. HOUSES DAMAGED: Partially 8,410 | Totally 1,202",
            [(8_410, "partially-destroyed-housing"), (1_202, "destroyed-housing")],
        ),
        (
            "Typhoon damage, Cagayan Valley. Damaged houses: Totally 1,202 | Partially 8,410",
            [(1_202, "destroyed-housing"), (8_410, "partially-destroyed-housing")],
        ),
        (
            "Inondations à Mopti. Maisons endommagées : partiellement 950 ; totalement 240",
            [(950, "partially-destroyed-housing"), (240, "destroyed-housing")],
        ),
    ],
)
def test_houses_listed_by_how_badly_they_were_damaged(
    extractor: Extractor, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == expected


def test_an_estimate_of_a_count_given_after_its_noun_is_approximate(extractor: Extractor) -> None:
    text = "Across Ukraine, IOM estimates the number of internally displaced people at 3.4 million as of May."
    assert [f.qualifier.value for f in extractor.extract(text, published=PUBLISHED)] == ["approximately"]
    text = "Across Ukraine, IOM counted the number of internally displaced people at 3.4 million as of May."
    assert [f.qualifier.value for f in extractor.extract(text, published=PUBLISHED)] == ["exact"]


def test_labels_of_animals_and_schools_in_a_sentence_list_are_not_houses(extractor: Extractor) -> None:
    text = (
        "Flood report, Assam: Population affected: 12,40,115. Schools damaged: 112. Animals washed away: 2,045. "
        "Houses damaged: 4,310."
    )
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [
        (1_240_115, "affected"),
        (4_310, "partially-destroyed-housing"),
    ]
    # French huts in a label are houses
    text = "Cyclone à Madagascar. Personnes déplacées : 9 400. Cases : 870 détruites, 310 décoiffées."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [
        (9_400, "displaced"),
        (870, "destroyed-housing"),
        (310, "partially-destroyed-housing"),
    ]


def test_a_change_since_another_time_is_no_movement(extractor: Extractor) -> None:
    text = "DTM Round 9 highlights\n- 612,300 IDPs countrywide (up 45% since January)"
    assert _facts(extractor, text) == [(612_300, "displaced", "idps")]


def test_a_numbered_zone_is_no_figure(extractor: Extractor) -> None:
    text = "Meanwhile, 2,300 households in Afar's Zone 4 were displaced by flash floods."
    assert [f[0] for f in _facts(extractor, text)] == [2_300]


def test_the_verbs_next_object_with_its_own_noun_and_place(extractor: Extractor) -> None:
    text = "Floods displaced 450 people in Kayes, 3,100 people in Ségou and 800 people in Mopti."
    assert [(f[0], f[2]) for f in _places(extractor, text)] == [(450, "Kayes"), (3_100, "Ségou"), (800, "Mopti")]
    assert {f[1] for f in _facts(extractor, text)} == {"displaced"}
    text = "Les inondations ont déplacé 450 personnes à Kayes et 3 100 personnes à Ségou."
    assert [(f[0], f[2]) for f in _places(extractor, text)] == [(450, "Kayes"), (3_100, "Ségou")]
    # another verb of its own: not the first verb's object
    text = "Floods displaced 450 people in Kayes, and 3,100 people in Ségou were killed."
    assert [f[0] for f in _facts(extractor, text)] == [450]


def test_leaving_under_an_evacuation_order_is_an_evacuation(extractor: Extractor) -> None:
    text = (
        "About 96,000 people were under evacuation orders across Sonoma County on Monday. Officials estimate that "
        "more than 60,000 residents have actually left their homes."
    )
    assert _facts(extractor, text)[-1] == (60_000, "evacuated", "new-displacement")
    # an army's orders to leave a war zone: people forced to flee
    text = (
        "The army's evacuation orders covered eastern Khan Younis. UNRWA estimated that some 140,000 people left "
        "their homes within three days."
    )
    assert _facts(extractor, text)[-1] == (140_000, "forced-to-flee", "new-displacement")


def _towns() -> Extractor:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add(
        [
            PlaceEntry("Bakassi", "NGA", Precision.POINT, admin1="Cross River", population=30_000),
            PlaceEntry("Maiduguri", "NGA", Precision.POINT, admin1="Borno", population=800_000),
            PlaceEntry("Sderot", "ISR", Precision.POINT, admin1="HaDarom", population=30_000),
            PlaceEntry("Gaza", "PSE", Precision.ADM1, admin1="Gaza"),
        ]
    )
    return Extractor(gazetteer)


def test_a_camp_named_after_a_place_elsewhere_is_in_the_area_named() -> None:
    extractor = _towns()
    text = (
        "Floods in Nigeria: 210,000 people displaced by the floods are living in camps across Maiduguri, including "
        "9,000 in the Bakassi camp alone."
    )
    assert [f[1:] for f in _places(extractor, text)] == [("NGA", "Borno"), ("NGA", "Borno")]
    # a camp's name alone still places its people
    text = "Some 9,000 people displaced by the floods in Nigeria are staying in the Bakassi camp."
    assert _places(extractor, text) == [(9_000, "NGA", "Cross River")]


def test_the_place_towns_are_near_is_a_landmark() -> None:
    extractor = _towns()
    text = (
        "JERUSALEM — About 51,000 people from towns near Gaza, such as Sderot, had been evacuated to hotels by the "
        "end of October."
    )
    assert [f[1] for f in _places(extractor, text)] == ["ISR"]
    # people from Gaza are from Gaza
    text = "JERUSALEM — About 51,000 people from Gaza had been evacuated to the south by the end of October."
    assert [f[1] for f in _places(extractor, text)] == ["PSE"]


def test_returnees_back_in_the_camps_are_a_failed_return(extractor: Extractor) -> None:
    text = "At least 75 families had come back to Khanke and Sharya camps after finding their homes destroyed."
    assert _facts(extractor, text) == [(75, "multiple-or-other", "failed-return")]
    text = "Some 1,150 IDPs returned to their villages from the camps this month."
    assert _facts(extractor, text) == [(1_150, "returns", "return")]


def test_families_whose_shelters_were_destroyed(extractor: Extractor) -> None:
    text = "Some 1,870 families saw their shelters fully destroyed and another 3,240 partially damaged."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [
        (1_870, "destroyed-housing"),
        (3_240, "partially-destroyed-housing"),
    ]
    text = "Some 1,300 tents were fully destroyed by the storm."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(1_300, "destroyed-housing")]


def test_parts_staying_in_posts_and_camping_on_roads(extractor: Extractor) -> None:
    text = (
        "Volcano in Flores: the number of evacuees has reached 11,400 people. Of these, 6,300 are staying in the "
        "posts, including the main post at the church."
    )
    assert [f[0] for f in _facts(extractor, text)] == [11_400, 6_300]
    text = (
        "Flooding in Jonglei has displaced some 48,000 people since August, with 12,700 of them camping on the "
        "raised road to Juba."
    )
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(48_000, "displaced"), (12_700, "displaced")]


def test_the_number_of_people_in_shelters_is_a_count_of_people(extractor: Extractor) -> None:
    text = "Storm in Honduras. Earlier counts put the number of people in shelters at 4,870."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(4_870, "sheltered")]
    # a count of the shelters themselves is none
    text = "Storm in Honduras. The number of shelters open has grown to 241."
    assert _facts(extractor, text) == []


def test_people_protected_ahead_of_a_hurricane_were_evacuated(extractor: Extractor) -> None:
    text = "Cuba's Civil Defence said it had protected 254,000 people ahead of the hurricane, most with relatives."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(254_000, "evacuated")]
    text = "The programme protected 2,000 children before the storm season from malnutrition."
    assert _facts(extractor, text) == []


def test_the_next_part_through_another_crossing(extractor: Extractor) -> None:
    text = (
        "Since October, some 290,000 Afghans have crossed back into Afghanistan, 251,000 of them through the Torkham "
        "border crossing in Nangarhar province and 33,000 through Spin Boldak in Kandahar."
    )
    assert [(f[0], f[2]) for f in _facts(extractor, text)] == [
        (290_000, "cross-border-return"),
        (251_000, "cross-border-return"),
        (33_000, "cross-border-return"),
    ]


def test_people_who_fled_and_have_not_returned_are_a_stock(extractor: Extractor) -> None:
    text = "Some 6,900 people who fled the fighting have still not returned home."
    assert _facts(extractor, text) == [(6_900, "displaced", "idps")]
    text = "Some 6,900 people fled the fighting this week."
    assert [f[2] for f in _facts(extractor, text)] == ["new-displacement"]


def test_places_of_a_ranking_with_figures_in_brackets(extractor: Extractor) -> None:
    text = (
        "Burkina Faso : 2 010 000 personnes déplacées internes au 31 mars. La région du Sahel reste la plus touchée, "
        "avec 560 100 PDI, devant le Centre-Nord (512 300) et l'Est (305 800)."
    )
    assert [(f[0], f[2]) for f in _places(extractor, text)][1:] == [
        (560_100, "Sahel"),
        (512_300, "Centre-Nord"),
        (305_800, "Est"),
    ]


def test_a_part_with_its_own_wording_does_not_lend_it_to_the_whole(extractor: Extractor) -> None:
    text = "Cyclone à Madagascar : 19 700 personnes sinistrées, dont 10 420 déplacées, dans les régions Sava et Diana."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(19_700, "affected"), (10_420, "displaced")]
    # a part that only names who they are: the whole reads past it, to its verb
    text = "Environ 21 000 personnes, dont quelque 17 000 touristes, ont été évacuées."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(21_000, "evacuated"), (17_000, "evacuated")]


def test_houses_ravaged_and_a_night_spent_there(extractor: Extractor) -> None:
    text = "Incendies en Algérie : 220 familles ont été évacuées et 74 maisons ont été ravagées par les flammes."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(220, "evacuated"), (74, "destroyed-housing")]
    text = "Les flammes ont ravagé 61 maisons à Tizi Ouzou."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(61, "destroyed-housing")]


def test_the_figures_own_verb_says_more_than_a_word_before(extractor: Extractor) -> None:
    text = (
        "Glissement de terrain : le gouvernement a commencé à reloger les sinistrés : 2 700 personnes ont été "
        "transférées dans deux camps provisoires."
    )
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(2_700, "evacuated")]
    text = "Un an après le séisme, quelque 610 000 sinistrés vivent encore dans des villes de conteneurs."
    assert _facts(extractor, text) == [(610_000, "in-relief-camp", "idps")]
    # items of a list keep their own label
    text = "Storm bulletin, Honduras\nAffected people: 120,300 | Evacuated: 16,900"
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(120_300, "affected"), (16_900, "evacuated")]


def test_a_hedge_covers_the_next_coordinated_figure(extractor: Extractor) -> None:
    text = "Floods displaced roughly 5,200 people in Kayes and 3,900 in Ségou."
    assert [f.qualifier.value for f in extractor.extract(text, published=PUBLISHED)] == ["approximately"] * 2
    # not past a verb of its own
    text = "About 5,200 people fled to Kayes, while 3,900 were evacuated from Ségou."
    assert [f.qualifier.value for f in extractor.extract(text, published=PUBLISHED)] == ["approximately", "exact"]


def test_a_part_now_sheltering_in_a_conflict_is_a_stock(extractor: Extractor) -> None:
    text = (
        "Clashes continued on the border. In Cambodia, 31,200 people had fled to safety, including 3,600 now "
        "sheltering in a pagoda compound."
    )
    assert _facts(extractor, text) == [
        (31_200, "forced-to-flee", "new-displacement"),
        (3_600, "sheltered", "idps"),
    ]


def test_a_total_of_returnees_and_refugees_gives_way_to_its_parts(extractor: Extractor) -> None:
    text = (
        "Meanwhile, 3,900 people arrived at the Joda border point in South Sudan in May: 2,350 South Sudanese "
        "returnees and 1,550 Sudanese refugees."
    )
    assert [(f[0], f[2]) for f in _facts(extractor, text)] == [
        (2_350, "cross-border-return"),
        (1_550, "cross-border-flight"),
    ]
    # parts of one situation leave the total
    text = "Floods displaced 3,900 people in Mali: 2,350 in Kayes and 1,550 in Ségou."
    assert [f[0] for f in _facts(extractor, text)] == [3_900, 2_350, 1_550]


def test_people_forced_from_their_homes_with_a_place_between(extractor: Extractor) -> None:
    text = (
        "Wildfires have forced 31,400 people in the north of the province from their homes over the past week. Of "
        "those, 14,200 had yet to return and were staying in school gymnasiums."
    )
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(31_400, "forced-to-flee"), (14_200, "sheltered")]


def test_the_noun_of_the_line_before_is_no_label(extractor: Extractor) -> None:
    text = (
        "Attacks in Cabo Delgado forced 88,000 people to flee.\nDistrict of origin: Chiure - 51,000 individuals / "
        "11,200 households\nAbout 40,000 have crossed into Nampula province."
    )
    assert [f.unit.value for f in extractor.extract(text, published=PUBLISHED) if f.reported == 40_000] == ["person"]


def test_people_returning_home_are_people(extractor: Extractor) -> None:
    text = "Since April, 520,000 South Sudanese returning home have crossed from Sudan."
    assert [f.unit.value for f in extractor.extract(text, published=PUBLISHED)] == ["person"]


def test_homes_with_damage_and_people_at_risk(extractor: Extractor) -> None:
    text = (
        "CONRED said 1,120,000 people had been affected since May, 5,300 remained at risk and 8,700 had been "
        "evacuated. The agency counted 4,410 homes with moderate damage and 380 with severe damage."
    )
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [
        (1_120_000, "affected"),
        (8_700, "evacuated"),
        (4_410, "partially-destroyed-housing"),
        (380, "partially-destroyed-housing"),
    ]


def test_an_earlier_count_from_the_night_before(extractor: Extractor) -> None:
    text = (
        "The number of flood victims sheltering at relief centres in Kelantan rose to 88,300 on Saturday morning "
        "from 64,000 the night before."
    )
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(88_300, "sheltered"), (64_000, "sheltered")]


def test_roofs_lost(extractor: Extractor) -> None:
    # ("1,140 of them completely" is left alone: "them" may be shops, fields or villages)
    text = "Floods have damaged 3,870 houses and flooded 1,200 shops in Sylhet, 800 of them completely."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(3_870, "partially-destroyed-housing")]
    text = "After the hurricane, officials reported 390 homes with partial roof loss in Artemisa."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(390, "partially-destroyed-housing")]


def test_review_of_the_session_rules(extractor: Extractor) -> None:
    """Sentences a reviewer wrote against the session's rules, each read wrongly by a first version of them."""
    # a part with its own word between commas: the whole still reads on to its verb
    text = "Quelque 19 000 personnes, dont 8 000 déplacés internes, ont été évacuées de Kaya."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(19_000, "evacuated"), (8_000, "displaced")]
    # a total whose parts are returns and people still displaced at home stays
    text = "Fighting displaced 5,000 people in Ménaka in March; 3,000 have since returned and 2,000 remain in camps."
    assert [f[0] for f in _facts(extractor, text)] == [5_000, 3_000, 2_000]
    # people affected in camps are affected
    text = "The floods affected 41,000 people in the displacement camps of Maiduguri."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(41_000, "affected")]
    # people at risk who were then evacuated
    text = "About 1,800 people were at risk of landslides and were evacuated to schools in Kalimpong."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(1_800, "evacuated")]
    # an armed group's orders: people forced to flee
    text = "The RSF issued evacuation orders to residents of El Fasher; 36,000 people have left the city since."
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == [(36_000, "forced-to-flee")]
    # refugees back in a camp after a registration are no failed return
    text = "After the registration exercise, 1,900 refugees returned to Kakuma camp."
    assert [f[2] for f in _facts(extractor, text)] != ["failed-return"]
    # the next figure with a verb of its own
    text = "Floods displaced 420 people in Kayes, and 2,800 people in Ségou are receiving food aid from WFP."
    assert [f[0] for f in _facts(extractor, text)] == [420]
    # homes protected are no people evacuated; nor are people living on little
    text = "Soldiers sandbagged and protected 1,100 homes ahead of the hurricane in Cienfuegos."
    assert _facts(extractor, text) == []
    text = "Flooding in Jonglei displaced some 44,000 people, with 11,600 of them living on a dollar a day."
    assert [f[0] for f in _facts(extractor, text)] == [44_000]
