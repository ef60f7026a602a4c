"""Rules of the twenty-first session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

import io
from datetime import date

import pytest

from idmon.domain.vocabulary import Category, Term, Unit
from idmon.extract import Extractor
from idmon.geo.sources import default_gazetteer, geonames_entries

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


# GeoNames dump lines written for these tests (tab-separated; coordinates approximate): a town with a namesake in
# another country, and towns of one country only.
_TOWNS = "\n".join(
    "\t".join(row)
    for row in [
        ["9100001", "Léré", "Lere", "", "10.38", "8.57", "P", "PPL", "NG", "", "23", "", "", "", "25000"],
        ["9100002", "Kousseri", "Kousseri", "", "12.08", "15.03", "P", "PPL", "CM", "", "12", "", "", "", "89000"],
        ["9100003", "Kumbo", "Kumbo", "", "6.20", "10.68", "P", "PPL", "CM", "", "07", "", "", "", "80000"],
        ["9100004", "Ndop", "Ndop", "", "5.98", "10.42", "P", "PPL", "CM", "", "07", "", "", "", "25000"],
        ["9100005", "Amman", "Amman", "", "31.95", "35.93", "P", "PPLC", "JO", "", "16", "", "", "", "1275857"],
        ["9100006", "Kherson", "Kherson", "", "46.64", "32.61", "P", "PPLA", "UA", "", "14", "", "", "", "280000"],
        ["9100007", "Moscow", "Moscow", "Moscou", "55.75", "37.62", "P", "PPLC", "RU", "", "48", "", "", "", "103812"],
    ]
)


@pytest.fixture(scope="module")
def towns() -> Extractor:
    built = default_gazetteer(towns=False)
    built.add(geonames_entries(io.StringIO(_TOWNS)))
    return Extractor(built)


def _countries(extractor: Extractor, text: str) -> list[tuple[int | None, str | None]]:
    return [(f.reported, f.country) for f in extractor.extract(text, published=PUBLISHED)]


def test_a_country_named_beside_a_town_outweighs_its_namesake(towns: Extractor) -> None:
    # "Léré, in Mali": where the town lies, not where its people went; the gazetteer knows only a Nigerian Léré
    text = (
        "NOUAKCHOTT — Some 1,500 residents of Léré, in Mali, have crossed into Mauritania after fighting around "
        "the town, officials said."
    )
    assert _countries(towns, text) == [(1_500, "MLI")]


def test_a_flight_abroad_leaves_the_country_of_the_figure_before(towns: Extractor) -> None:
    text = (
        "KOUSSERI, Cameroon — About 2,100 people from two neighbourhoods are sheltering in schools in Kousseri after "
        "clashes between herders and fishermen. Some 900 others crossed the river into Chad, where officials "
        "registered them at a stadium."
    )
    facts = towns.extract(text, published=PUBLISHED)
    assert [(f.reported, f.country, f.category) for f in facts] == [
        (2_100, "CMR", Category.IDPS),
        (900, "CMR", Category.CROSS_BORDER_FLIGHT),
    ]


def test_a_flight_abroad_with_no_place_before_stays_unplaced(towns: Extractor) -> None:
    # the figure before has no place of its own: its country is the text's by default, no evidence of origin
    text = "About 2,100 people are sheltering in schools after clashes. Some 900 others crossed the river into Chad."
    facts = towns.extract(text, published=PUBLISHED)
    assert [f.country for f in facts if f.reported == 900] in ([None], [])


def test_the_datelines_country_vouches_for_its_towns(towns: Extractor) -> None:
    # a text mostly about Nigeria's states; the dateline's town is Cameroonian, and so is Ndop, named only here
    text = (
        "KUMBO — Clashes have displaced 3,000 people in Ndop this month. Nigeria's Cross River, Benue and Taraba "
        "states host 60,000 refugees from the area, Nigerian officials said in Abuja and Lagos."
    )
    assert _countries(towns, text)[0] == (3_000, "CMR")


def test_the_seat_named_again_is_no_place_of_the_figure(towns: Extractor) -> None:
    text = "AMMAN — L'UNRWA a indiqué depuis Amman que 3 200 familles du camp de Jénine avaient été déplacées."
    assert _countries(towns, text) == [(3_200, "PSE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an eviction told in the passive, a day between the verb and the place, the number spelled out at the start
        (
            "Quatre-vingt-six familles ont été expulsées mardi du quartier de la gare.",
            [(86, Unit.HOUSEHOLD, Term.MULTIPLE_OR_OTHER)],
        ),
        ("Au total, 1 300 personnes ont été expulsées.", [(1_300, Unit.PERSON, Term.MULTIPLE_OR_OTHER)]),
        # a part "of them" in the next sentence counts what its whole counts: households
        (
            "Some 860 families were evicted on Tuesday. Only 40 of them have been relocated.",
            [(860, Unit.HOUSEHOLD, Term.MULTIPLE_OR_OTHER), (40, Unit.HOUSEHOLD, Term.RELOCATED)],
        ),
        (
            "Quelque 860 familles ont été expulsées lundi. Seules 40 d'entre elles ont été relogées.",
            [(860, Unit.HOUSEHOLD, Term.MULTIPLE_OR_OTHER), (40, Unit.HOUSEHOLD, Term.RELOCATED)],
        ),
        # (but a part of people counted in people stays people)
        (
            "About 1,200 families were evicted on Tuesday. Some 400 people were displaced, 40 of them in camps.",
            [
                (1_200, Unit.HOUSEHOLD, Term.MULTIPLE_OR_OTHER),
                (400, Unit.PERSON, Term.DISPLACED),
                (40, Unit.PERSON, Term.IN_RELIEF_CAMP),
            ],
        ),
    ],
)
def test_evictions_and_their_parts(extractor: Extractor, text: str, expected: list[tuple[int, Unit, Term]]) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.unit, f.term) for f in facts] == expected


def test_parts_told_by_where_they_went(extractor: Extractor) -> None:
    text = (
        "Since 10 May, attacks have displaced an estimated 21,300 people in Mali. Of these, some 8,900 moved south "
        "to Mopti, while about 6,400 reached Ségou."
    )
    facts = extractor.extract(text, published=date(2024, 5, 18))
    assert [(f.reported, f.term, f.admin1) for f in facts] == [
        (21_300, Term.DISPLACED, None),
        (8_900, Term.DISPLACED, "Mopti"),
        (6_400, Term.DISPLACED, "Ségou"),
    ]
    text = "Since 10 May, attacks have displaced an estimated 21,300 people in Mali, of whom some 8,900 moved to Mopti."
    assert [f.reported for f in extractor.extract(text, published=date(2024, 5, 18))] == [21_300, 8_900]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cuba's civil defence counts its evacuees as people "protected"
        ("Civil defence said 735,000 people had been protected in the eastern provinces.", [(735_000, "evacuated")]),
        ("Some 83,000 people were protected from the hurricane's winds.", [(83_000, "evacuated")]),
        (
            "La défense civile indique que 120 000 personnes ont été protégées dans les provinces de l'est.",
            [(120_000, "evacuated")],
        ),
        # (where they were protected says the term: shelters)
        (
            "SINAPRED said 13,200 families were protected in 1,078 shelters ahead of the hurricane.",
            [(13_200, "sheltered")],
        ),
        # (nor is protection from abuse or of land any evacuation)
        ("Some 3,000 children were protected from abuse by the programme.", []),
        ("About 40,000 hectares were protected in the park.", []),
    ],
)
def test_protected_people(extractor: Extractor, text: str, expected: list[tuple[int, str]]) -> None:
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Some 4,200 villagers fled after Mount Lewotobi Laki-laki erupted again overnight.", "disaster"),
        ("Quelque 6 600 personnes ont été déplacées après la rupture d'un barrage auxiliaire.", "disaster"),
        # violence "erupts" too: no volcano
        ("Some 4,200 villagers fled after clashes erupted between two militias.", "conflict"),
    ],
)
def test_eruptions_and_dam_failures_are_disasters(extractor: Extractor, text: str, cause: str) -> None:
    (fact,) = extractor.extract(text, published=PUBLISHED)
    assert fact.cause is not None and fact.cause.value == cause


def test_a_vague_headline_over_the_same_vague_figure(extractor: Extractor) -> None:
    text = (
        "Thousands flee as volcano erupts\nThousands of people have fled their villages since Monday, officials said."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.quantity_text, f.span[0]) for f in facts] == [("Thousands", text.index("\n") + 1)]


def test_returnees_counted_at_a_round(extractor: Extractor) -> None:
    text = (
        "CHAD - DTM Lac Province, Mobility Tracking Round 20 (data collected October 2024)\n"
        "Sub-prefecture | IDPs | Returnees\nBaga Sola | 31,220 | 2,104\nBol | 18,406 | 5,330"
    )
    facts = extractor.extract(text, published=date(2024, 11, 28))
    assert [(f.reported, f.category) for f in facts] == [
        (31_220, Category.IDPS),
        (2_104, Category.RETURNEES),
        (18_406, Category.IDPS),
        (5_330, Category.RETURNEES),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what befell the people affected, said right after them
        (
            "Les démolitions ont touché 2 600 ménages, expulsés de terrains que l'État veut réaffecter.",
            [(2_600, "multiple-or-other")],
        ),
        ("The floods affected 2,600 households, displaced from their homes in the valley.", [(2_600, "displaced")]),
        # (a verb of the next figure is not said of them)
        (
            "The floods affected 2,600 households, displaced 400 families and destroyed 300 homes.",
            [(2_600, "affected"), (400, "displaced"), (300, "destroyed-housing")],
        ),
    ],
)
def test_affected_then_what_befell_them(extractor: Extractor, text: str, expected: list[tuple[int, str]]) -> None:
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le site de Rhoe abritait déjà 67 000 déplacés avant ces violences.",
        "La plupart ont rejoint le site de Lazare, à l'entrée de la ville, qui compte déjà 41 200 déplacés.",
        "About 176,000 displaced Iraqis, most of them Yazidis, still live in 15 camps in the governorate.",
    ],
)
def test_the_site_or_camp_they_live_in_sets_the_term(extractor: Extractor, text: str) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert [f.term for f in facts][-1] is Term.IN_RELIEF_CAMP


@pytest.mark.parametrize(
    "text",
    [
        "More than 1.1 million people have been displaced in Lebanon since Israel intensified its strikes.",
        "Plus de 600 000 personnes ont été déplacées depuis l'intensification des frappes israéliennes.",
        "Près de 90 000 personnes ont été déplacées depuis le début des échanges de tirs à la frontière.",
        "Some 12,000 people fled their homes after drone and missile attacks on the city.",
    ],
)
def test_strikes_and_fire_are_conflict(extractor: Extractor, text: str) -> None:
    (fact,) = extractor.extract(text, published=PUBLISHED)
    assert fact.cause is not None and fact.cause.value == "conflict"


def test_a_storm_that_strikes_is_no_conflict(extractor: Extractor) -> None:
    (fact,) = extractor.extract("Some 12,000 people fled as the cyclone strikes the coast.", published=PUBLISHED)
    assert fact.cause is not None and fact.cause.value == "disaster"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # returns counted at a border came from abroad
        ("At the Torkham border with Pakistan, a further 4,120 returns were logged.", Category.CROSS_BORDER_RETURN),
        ("At Islam Qala, on the border with Iran, another 9,400 returns were recorded.", Category.CROSS_BORDER_RETURN),
        (
            "Au poste frontalier de Kousseri, 1 200 retours ont été enregistrés cette semaine.",
            Category.CROSS_BORDER_RETURN,
        ),
        # (not villages near a border)
        ("Some 3,000 IDPs returned to villages near the border with Sudan.", Category.RETURN),
        # a count of returnees is of people back, at a date
        (
            "Some 3,290 families returned to Sinjar in May, bringing the number of returnees since 2017 to "
            "about 201,000.",
            Category.RETURNEES,
        ),
        ("Le nombre total de retournés dépasse désormais 520 000 dans la province.", Category.RETURNEES),
    ],
)
def test_returns_at_a_border_and_counts_of_returnees(extractor: Extractor, text: str, category: Category) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert facts[-1].category is category


def test_same_two_points_are_no_people(extractor: Extractor) -> None:
    text = "Pakistan deported a further 3,200 people through the same two points."
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == [3_200]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line of labels about houses: its flooded item too
        (
            "Cases détruites : 2 412 | endommagées : 6 180 | inondées : 4 120",
            [(2_412, "destroyed-housing"), (6_180, "partially-destroyed-housing"), (4_120, "affected")],
        ),
        ("Plus de 6 000 foyers ont été inondés selon les premiers relevés.", [(6_000, "affected")]),
        ("Environ 3 600 maisons sont sous l'eau dans 24 localités.", [(3_600, "affected")]),
        # (not flooded areas)
        ("Zones inondées : 30 | Personnes déplacées : 4 000", [(4_000, "displaced")]),
    ],
)
def test_flooded_homes(extractor: Extractor, text: str, expected: list[tuple[int, str]]) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term.value if f.term else None) for f in facts] == expected
    assert all(f.unit is Unit.HOUSEHOLD for f in facts if f.term is Term.AFFECTED)


@pytest.mark.parametrize(
    "text",
    [
        "Le Cameroun accueille 343 000 réfugiés centrafricains. Depuis janvier, 1 200 nouveaux arrivants ont été "
        "enregistrés au poste frontalier de Garoua-Boulaï.",
        "La même région accueille aussi environ 30 000 demandeurs d'asile burkinabè, dont 4 000 arrivés depuis le "
        "début de l'année.",
    ],
)
def test_arrivals_abroad_fled(extractor: Extractor, text: str) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert (facts[-1].term, facts[-1].category) == (Term.FORCED_TO_FLEE, Category.CROSS_BORDER_FLIGHT)
    assert facts[0].category is Category.PEOPLE_DISPLACED_ACROSS_BORDERS


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # tents beside their own homes: out of their homes, not in a shelter
        ("Some 1,400 families are living in tents beside their homes in Gulran district.", Term.DISPLACED),
        ("About 10,500 people are sheltering in tents next to their destroyed houses.", Term.DISPLACED),
        ("Environ 4 000 familles vivent désormais sous des tentes à côté de leurs décombres.", Term.DISPLACED),
        ("Another 2,000 people are sleeping in tents in their yards, fearing aftershocks.", Term.DISPLACED),
        # (tents elsewhere are shelters)
        ("Some 2,000 people are staying in tents in the school yard.", Term.SHELTERED),
        # accommodation sites are shelters; sites alone are camps
        ("Au total, 38 740 personnes sont encore hébergées dans 103 sites d'hébergement.", Term.SHELTERED),
        ("Quelque 2 430 déplacés sont hébergés dans 21 sites.", Term.IN_RELIEF_CAMP),
    ],
)
def test_tents_beside_homes_and_accommodation_sites(extractor: Extractor, text: str, term: Term) -> None:
    (fact,) = extractor.extract(text, published=PUBLISHED)
    assert fact.term is term


@pytest.mark.parametrize(
    "text",
    [
        "Les autorités ukrainiennes ont évacué 2 400 personnes de Kherson. Sur la rive gauche, les autorités "
        "installées par Moscou affirment avoir évacué 7 000 personnes.",
        "Ukrainian authorities evacuated 2,400 people from Kherson. Officials backed by Moscow said 7,000 people had "
        "been evacuated on the left bank.",
    ],
)
def test_a_capital_as_an_agent_is_no_place(towns: Extractor, text: str) -> None:
    assert [f.country for f in towns.extract(text, published=PUBLISHED)] == ["UKR", "UKR"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # returns told beside the people still displaced, in the next sentence: people back, at the date
        (
            "Près de 4,9 millions de personnes ont regagné leur lieu de résidence habituel, selon l'OIM. Le pays "
            "compte toujours 3,7 millions de déplacés internes.",
            Category.RETURNEES,
        ),
        # (a movement in a period of its own stays a return)
        (
            "About 540,000 people returned to Nabatieh, the Bekaa and the south in the first week after the truce. "
            "Roughly 125,000 people remained displaced inside the country.",
            Category.RETURN,
        ),
        # (nor do refugees hosted abroad say who remains displaced)
        (
            "Some 1.34 million displaced Syrians have gone back to their areas of origin. Jordan still hosts about "
            "520,000 registered Syrian refugees.",
            Category.RETURN,
        ),
    ],
)
def test_returnees_beside_who_remains_displaced(extractor: Extractor, text: str, category: Category) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert facts[0].category is category


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relief centres are shelters; moving people into them, an evacuation
        ("Neighbouring Terengganu: 27,000 people in relief centres", [(27_000, "sheltered")]),
        (
            "Authorities shifted 278 families from Joshimath to temporary relief centres; the town has a population of "
            "about 17,000.",
            [(278, "evacuated")],
        ),
        # shelters in two places still house the figure's people
        (
            "Red Cross shelters at the convention center and in Westwood housed 1,140 people on Saturday night.",
            [(1_140, "sheltered")],
        ),
        # people in containers are in container settlements (camps); goods are not
        ("In Kahramanmaraş province alone, 121,300 residents are in containers.", [(121_300, "in-relief-camp")]),
        ("About 500 tonnes of aid are in containers at the port.", []),
    ],
)
def test_relief_centres_and_containers(extractor: Extractor, text: str, expected: list[tuple[int, str]]) -> None:
    assert [(f[0], f[1]) for f in _facts(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # sites that are buildings are shelters
        (
            "Quelque 8 000 personnes ont été accueillies dans 20 sites temporaires, principalement des écoles et des "
            "églises.",
            Term.SHELTERED,
        ),
        (
            "Les autorités ont ouvert deux sites d'accueil au stade et au palais du peuple, où sont hébergées 1 130 "
            "personnes.",
            Term.SHELTERED,
        ),
        # (not camps, nor improvised sites, whatever buildings they are in)
        ("SEMA has opened 30 camps, including schools, which together hold 127,000 people.", Term.IN_RELIEF_CAMP),
        ("IOM counted about 4,900 people in 12 improvised sites, mostly schools and churches.", Term.IN_RELIEF_CAMP),
    ],
)
def test_sites_that_are_buildings(extractor: Extractor, text: str, term: Term) -> None:
    (fact,) = extractor.extract(text, published=PUBLISHED)
    assert fact.term is term
