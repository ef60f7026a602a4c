"""Rules of the twenty-second session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.domain.vocabulary import Precision
from idmon.extract import Extractor
from idmon.geo.gazetteer import Gazetteer, PlaceEntry
from idmon.geo.sources import default_gazetteer

PUBLISHED = date(2024, 10, 14)


def _facts(extractor: Extractor, text: str, published: date = PUBLISHED) -> list[tuple[int | None, str, str]]:
    return [
        (f.reported, str(f.term.value if f.term else ""), str(f.category.value if f.category else ""))
        for f in extractor.extract(text, published=published)
    ]


def _places(extractor: Extractor, text: str) -> list[tuple[int | None, str | None, str | None]]:
    return [(f.reported, f.country, f.admin1) for f in extractor.extract(text, published=PUBLISHED)]


def _named(extractor: Extractor, text: str) -> list[tuple[int | None, str | None]]:
    return [(f.reported, f.place) for f in extractor.extract(text, published=PUBLISHED)]


def test_councils_are_places_not_people(extractor: Extractor) -> None:
    text = "Floods in Malawi: 41,200 displaced people are accommodated in 120 camps across 9 councils."
    assert [f[0] for f in _facts(extractor, text)] == [41_200]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ranking: the first figure's noun and place, then "followed by" the next place, then "and" the last
        (
            "Floods in Malawi. Nsanje district hosts the largest share, with 21,300 people in 40 camps, followed by "
            "Chikwawa district with 18,100 and Phalombe with 9,650.",
            [(18_100, "Chikwawa"), (9_650, "Phalombe")],
        ),
        # a French list after "en compte": each place named right before its figure, the last an ordinary word
        (
            "Le pays compte 1 900 000 déplacés internes. La région du Sahel en compte 540 000, le Centre-Nord "
            "410 000 et l'Est 190 000.",
            [(540_000, "Sahel"), (410_000, "Centre-Nord"), (190_000, "Est")],
        ),
    ],
)
def test_list_items_named_before_their_figures(
    extractor: Extractor, text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert _named(extractor, text)[-len(expected) :] == expected


def test_an_and_between_two_figures_is_no_list(extractor: Extractor) -> None:
    # the gap names a country after a verb: no list item, the second figure stays at home
    text = (
        "Au Cameroun, les violences ont poussé plus de 8 000 personnes à fuir au Tchad voisin et 5 100 autres à se "
        "déplacer à l'intérieur du département."
    )
    assert [(v, c) for v, c, _ in _places(extractor, text)] == [(8_000, "CMR"), (5_100, "CMR")]


def test_returns_when_people_are_moved_back(extractor: Extractor) -> None:
    text = "The state government closed two camps in Maiduguri, moving 4,300 households back to Gwoza."
    assert _facts(extractor, text) == [(4_300, "returns", "return")]
    # but not back to where displaced people stay
    text = "After new floods the government sent 2,000 people back to the evacuation centres."
    assert [f[1] for f in _facts(extractor, text)] == ["sheltered"]


def test_households_that_moved_towards_a_place(extractor: Extractor) -> None:
    text = (
        "DTM tracked 3,900 households displaced within Marib governorate this month. During the last week alone, "
        "820 households moved, mostly from Sirwah towards Marib City."
    )
    assert [f[0] for f in _facts(extractor, text)] == [3_900, 820]
    # a plain "moved" with no origin or destination is no movement of people
    text = "Fighting displaced 3,900 households. Prices moved sharply as 820 households queued for food."
    assert [f[0] for f in _facts(extractor, text)] == [3_900]


def test_label_then_places_with_figures_in_brackets(extractor: Extractor) -> None:
    text = (
        "Lebanon mobility snapshot\n"
        "• 760,000 people displaced within Lebanon since October 2023\n"
        "• Main areas hosting the displaced: Mount Lebanon (231,000) and Beirut (104,500)\n"
        "• Main areas of origin: Nabatieh governorate (43%) and South governorate (37%)"
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term.value if f.term else None) for f in facts] == [
        (760_000, "displaced"),
        (231_000, "displaced"),
        (104_500, "displaced"),
    ]


def test_crossings_label_and_french_crossing(extractor: Extractor) -> None:
    text = (
        "• 760,000 people displaced within Lebanon since October 2023\n"
        "• Crossings into Syria recorded since 23 September: 398,000, among them 260,000 Syrian nationals"
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.category.value if f.category else None, f.country) for f in facts] == [
        (760_000, "new-displacement", "LBN"),
        (398_000, "cross-border-flight", "LBN"),
    ]
    text = (
        "BEYROUTH — Des milliers de familles déplacées dorment dans la rue. Selon la Sûreté générale, quelque 280 000 "
        "personnes sont passées du Liban en Syrie en quinze jours."
    )
    facts = [f for f in extractor.extract(text, published=PUBLISHED) if f.reported]
    assert [(f.reported, f.category.value if f.category else None, f.country) for f in facts] == [
        (280_000, "cross-border-flight", "LBN")
    ]
    # a count passing from one state to another that is no border crossing of people
    text = "Le nombre de déplacés est passé de 12 000 à 15 000 en un mois au Niger."
    assert all(f.category is None or f.category.value != "cross-border-flight" for f in extractor.extract(text))


def test_count_now_after_a_relative_clause(extractor: Extractor) -> None:
    text = (
        "War in Gaza. UNRWA shelters in Khan Younis, which hosted 410,000 people in April, now hold fewer than 70,000."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term.value if f.term else None, f.qualifier.value) for f in facts] == [
        (410_000, "sheltered", "exact"),
        (70_000, "sheltered", "less-than"),
    ]


def test_whole_of_the_country_after_out_of(extractor: Extractor) -> None:
    text = "Gang attacks bring the number of IDPs in the metropolitan area to some 231,000, out of 650,000 nationwide."
    assert [f[0] for f in _facts(extractor, text)] == [231_000, 650_000]
    # "out of" a population is no displacement figure
    text = "Gang attacks displaced 12,000 people in the district, out of a population of 90,000 residents."
    assert [f[0] for f in _facts(extractor, text)] == [12_000]


def test_shelters_at_two_places_housed(extractor: Extractor) -> None:
    text = "Wildfires in California. Red Cross shelters at Santa Rosa and Petaluma housed about 650 people overnight."
    assert _facts(extractor, text) == [(650, "sheltered", "new-displacement")]


def test_without_a_roof_is_homeless(extractor: Extractor) -> None:
    text = "Fires swept the hills above the city: 1,240 families were counted without a roof by Tuesday."
    assert _facts(extractor, text) == [(1_240, "homeless", "new-displacement")]
    # roof sheets are aid, not people
    text = "Fires swept the hills: 500 families were left homeless and 800 roof sheets were handed out."
    assert [f[0] for f in _facts(extractor, text)] == [500]


def test_registered_at_an_evacuation_centre_that_opens_the_sentence(extractor: Extractor) -> None:
    text = "Floods in New South Wales. At the Lismore showground evacuation centre, 1,150 people registered overnight."
    assert _facts(extractor, text) == [(1_150, "sheltered", "new-displacement")]
    text = "Floods in New South Wales. At the Lismore evacuation centre, 1,150 meals were served overnight."
    assert _facts(extractor, text) == []


def test_people_whose_homes_were_wrecked_in_hotels_and_with_relatives(extractor: Extractor) -> None:
    text = (
        "Ten days after the floods, the regional government says 1,430 people whose homes were wrecked are staying "
        "in hotels and sports halls, and a further 3,900 with relatives."
    )
    assert _facts(extractor, text) == [
        (1_430, "sheltered", "new-displacement"),
        (3_900, "displaced", "new-displacement"),
    ]


def test_part_of_those_living_in_schools(extractor: Extractor) -> None:
    text = (
        "Storm Daniel displaced 38,000 people in Libya. Many moved in with relatives; others are living in schools, "
        "about 2,600 of them in Al Bayda."
    )
    facts = _facts(extractor, text)
    assert (2_600, "sheltered", "new-displacement") in facts
    # a part whose own place is a camp keeps the camp's term
    text = "Around 1.2 million Iraqis remain internally displaced, 140,000 of them in camps in the Kurdistan Region."
    assert _facts(extractor, text)[1] == (140_000, "in-relief-camp", "idps")


def test_safe_locations_are_shelters(extractor: Extractor) -> None:
    text = (
        "District | Persons affected | Persons in safe locations\n"
        "Kalutara | 51,200 | 2,940\n"
        "Matara | 33,100 | 1,210\n"
        "Houses: 12 fully damaged. 37 safe locations are open."
    )
    facts = [(v, t) for v, t, _ in _facts(extractor, text)]
    assert (2_940, "sheltered") in facts and (1_210, "sheltered") in facts
    assert all(v != 37 for v, _ in facts)


def test_village_residents_after_a_possessive(extractor: Extractor) -> None:
    text = (
        "Le glacier menaçait le village de Blatten. Ses trois cents habitants avaient été évacués dix jours plus tôt."
    )
    assert _facts(extractor, text) == [(300, "evacuated", "new-displacement")]
    # one family's own people are no figure
    text = "Aminata a dû fuir Djibo avec ses cinq enfants."
    assert 5 not in [f[0] for f in _facts(extractor, text)]


def test_places_restated_as_people(extractor: Extractor) -> None:
    text = (
        "Incendies en Kabylie. La protection civile a évacué les habitants de 12 villages, soit environ 3 100 "
        "personnes, vers des écoles. À Aïn El Hammam, 95 maisons ont été entièrement calcinées."
    )
    assert _facts(extractor, text) == [
        (3_100, "evacuated", "new-displacement"),
        (95, "destroyed-housing", "new-displacement"),
    ]
    text = "Incendies en Kabylie : 40 maisons ont été partiellement calcinées."
    assert _facts(extractor, text) == [(40, "partially-destroyed-housing", "new-displacement")]


def test_shelters_counted_with_y(extractor: Extractor) -> None:
    text = "Guerre au Liban. Au total, 1 050 abris collectifs ont été ouverts et l'on y compte 171 000 personnes."
    assert _facts(extractor, text) == [(171_000, "sheltered", "idps")]


def test_origins_listed_are_not_where_a_stock_is(extractor: Extractor) -> None:
    text = (
        "Guerre au Liban. À Tripoli, dans le Nord, 12 800 déplacés venus du Sud et de la banlieue sud de Beyrouth "
        "sont hébergés dans des écoles publiques."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term.value if f.term else None, f.country) for f in facts] == [(12_800, "sheltered", "LBN")]
    assert facts[0].admin1 != "Bayrūt"


def test_site_occupants_fled_again_and_families_chose_to_go_home(extractor: Extractor) -> None:
    text = (
        "Une attaque contre un site de déplacés en Ituri a fait 12 morts. Les quelque 16 000 occupants du site ont de "
        "nouveau fui vers Bule. Une centaine de familles ont par ailleurs préféré rentrer dans leurs villages."
    )
    assert _facts(extractor, text) == [
        (16_000, "forced-to-flee", "multiple-displacement"),
        (100, "returns", "return"),
    ]


def test_deportations_and_their_part(extractor: Extractor) -> None:
    text = (
        "La migration dominicaine a annoncé avoir expulsé 198 000 Haïtiens depuis le début de l'année, dont 24 000 "
        "au seul mois d'octobre."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.category.value if f.category else None, f.country) for f in facts] == [
        (198_000, "cross-border-return", "HTI"),
        (24_000, "cross-border-return", "HTI"),
    ]


def test_the_same_count_in_another_country_by_a_pronoun(extractor: Extractor) -> None:
    text = (
        "Au Mali, le nombre de déplacés internes a atteint 350 100, tandis qu'au Niger il s'établit à 335 900, dont "
        "101 000 dans la région de Tillabéri."
    )
    assert _places(extractor, text) == [(350_100, "MLI", None), (335_900, "NER", None), (101_000, "NER", "Tillabéri")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a camp that hosts displaced people, in a relative clause: the camp's people
        (
            "Sudan. Zamzam camp, which already hosted about 450,000 displaced people, has received 1,900 households.",
            [(450_000, "in-relief-camp"), (1_900, "multiple-or-other")],
        ),
        # sites that host people are displacement sites
        (
            "Drought in Somalia. In Baidoa, 480 sites now host some 520,000 displaced people.",
            [(520_000, "in-relief-camp")],
        ),
        # a part in sites
        (
            "Dans l'Ituri, 1,6 million de personnes vivent en situation de déplacement, dont environ 210 000 dans 70 "
            "sites.",
            [(1_600_000, "displaced"), (210_000, "in-relief-camp")],
        ),
        (
            "Au Tigré, environ 900 000 personnes restent déplacées, dont 410 000 dans des sites collectifs.",
            [(900_000, "displaced"), (410_000, "in-relief-camp")],
        ),
        # refugees a camp holds are in the camp (the writers' call since the sixteenth session)
        (
            "Kakuma refugee camp, which holds 57,000 refugees from South Sudan, is full.",
            [(57_000, "in-relief-camp")],
        ),
    ],
)
def test_camps_and_sites_set_the_term(extractor: Extractor, text: str, expected: list[tuple[int, str]]) -> None:
    assert [(value, term) for value, term, _ in _facts(extractor, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a civil defence bulletin counts a disaster's shelters, as the first weeks' displacement
        "Brazil — Civil Defence bulletin, 12 October: 512,000 people displaced (desalojados) and 71,200 in shelters "
        "(desabrigados); 640 injured.",
        # water that still covers a town tells of a flood
        "In Faenza, where water still covers the town centre, 1,150 people are being housed in gyms and schools.",
    ],
)
def test_disaster_words_without_a_hazard_named(extractor: Extractor, text: str) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert facts and all(f.cause is not None and f.cause.value == "disaster" for f in facts)
    assert all(f.category is not None and f.category.value == "new-displacement" for f in facts)


def test_an_area_named_with_its_country_adjective(extractor: Extractor) -> None:
    text = (
        "ASTANA — Les crues ont contraint plus de 98 000 personnes à évacuer leur domicile au Kazakhstan. De l'autre "
        "côté de la frontière, dans la région russe d'Orenbourg, 5 200 habitants ont été évacués."
    )
    assert [(v, c) for v, c, _ in _places(extractor, text)] == [(98_000, "KAZ"), (5_200, "RUS")]


def test_an_embassy_is_no_place_of_the_figures() -> None:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add([PlaceEntry("Port-Vila", "VUT", Precision.POINT, admin1="Shefa", population=50_000)])
    text = (
        "PORT-VILA — Après le séisme, environ 900 personnes ont passé la nuit dans les centres d'évacuation de la "
        "capitale. L'ambassade de France a ouvert une cellule de crise pour ses ressortissants."
    )
    facts = Extractor(gazetteer).extract(text, published=PUBLISHED)
    assert [(f.reported, f.country) for f in facts] == [(900, "VUT")]


def test_trees_are_no_people(extractor: Extractor) -> None:
    text = "Le camp de Minawao accueille 70 000 réfugiés nigérians. Le HCR a planté 2 millions d'arbres autour du camp."
    assert [f[0] for f in _facts(extractor, text)] == [70_000]


def test_refugees_who_went_home_returned_across_the_border(extractor: Extractor) -> None:
    text = (
        "MOKOLO (Cameroun) — Le camp de Minawao accueille 70 000 réfugiés nigérians. En 2023, 3 100 d'entre eux sont "
        "rentrés volontairement dans l'État de Borno."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.category.value if f.category else None, f.country) for f in facts] == [
        (70_000, "people-displaced-across-borders", "NGA"),
        (3_100, "cross-border-return", "NGA"),
    ]


def test_the_same_people_in_another_country_by_a_pronoun(extractor: Extractor) -> None:
    text = (
        "COTONOU — 10 800 Burkinabè ont trouvé refuge dans l'Atacora depuis janvier. Au Togo voisin, la région des "
        "Savanes en abrite 27 000."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.category.value if f.category else None, f.country) for f in facts] == [
        (10_800, "cross-border-flight", "BFA"),
        (27_000, "people-displaced-across-borders", "BFA"),
    ]
    # a larger count by a pronoun, in a sentence that opens on no other place, is not the same people
    text = "10 800 Burkinabè ont trouvé refuge dans l'Atacora. La région en compte 27 000 habitants de plus qu'en 2019."
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == [10_800]


def test_a_centre_that_was_holding_people(extractor: Extractor) -> None:
    text = (
        "More than 8,000 Congolese crossed into Uganda this week. Most were taken to the Nyakabande transit centre, "
        "which was holding 5,900 people on Friday against a capacity of 1,500."
    )
    assert [f[0] for f in _facts(extractor, text)] == [8_000, 5_900]


def test_households_transferred_to_a_site(extractor: Extractor) -> None:
    text = "Les eaux ont submergé le quartier : 3 100 ménages sinistrés, dont 1 200 ont été transférés sur un site."
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.term.value if f.term else None) for f in facts] == [
        (3_100, "affected"),
        (1_200, "evacuated"),
    ]
    assert facts[1].cause is not None and facts[1].cause.value == "disaster"
    # the wounded taken to hospital are no evacuees
    text = "Les combats ont fait 12 morts ; 40 blessés ont été transférés vers l'hôpital de Bunia."
    assert _facts(extractor, text) == []


def test_two_subjects_each_of_its_island(extractor: Extractor) -> None:
    text = (
        "Tonga's government said all fifty-four residents of Mango island and the thirty people living on Fonoifua "
        "had been relocated to Tongatapu after the eruption."
    )
    assert _facts(extractor, text) == [(54, "relocated", "new-displacement"), (30, "relocated", "new-displacement")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # parts joined by "and", each with its own place or cause
        (
            "Cyclone : 18 400 personnes déplacées, dont 10 200 dans la région Sofia et 5 100 dans la région Boeny.",
            [18_400, 10_200, 5_100],
        ),
        (
            "Somalia: PRMN tracked 69,000 new displacements in the month, of which 40,000 were linked to drought and "
            "17,000 to conflict.",
            [69_000, 40_000, 17_000],
        ),
        # a ranking of places with figures in brackets
        (
            "Yemen: Marib governorate recorded the highest number of displaced households (38 HH), followed by Ta'iz "
            "(21 HH) and Al Hodeidah (17 HH).",
            [38, 21, 17],
        ),
        # "home to" with "already", "qui en abritaient", containers lived in, "hors de leur logement"
        ("Sudan: Zamzam camp, already home to an estimated 310,000 people, received new arrivals.", [310_000]),
        ("Türkiye earthquake: in Hatay, 198,000 people live in containers.", [198_000]),
        ("Un an après les émeutes, environ 480 familles vivent toujours hors de leur logement.", [480]),
        ("About 2,700 people spent the night away from their homes after the floods in Bavaria.", [2_700]),
        (
            "Syrie : l'administration a ouvert 170 centres d'hébergement, dans des écoles, où sont logées 27 000 "
            "personnes.",
            [27_000],
        ),
        # a bulletin's lines: the next line's label is not this line's figure's wording
        (
            "Soudan – DTM\nPersonnes déplacées internes : 11 100 000\nRetours estimés depuis octobre 2024 : 398 000 "
            "personnes\nFranchissements de frontières vers les pays voisins depuis avril 2023 : 3 900 000",
            [11_100_000, 398_000, 3_900_000],
        ),
        # evacuation centres counted inside the label, and persons restating families after a pipe
        (
            "Typhoon SitRep\nSERVED INSIDE 1,950 ECs: 52,100 families / 210,400 persons\nSERVED OUTSIDE ECs: 10,100 "
            "families / 41,900 persons",
            [52_100, 210_400, 10_100, 41_900],
        ),
        (
            "Floods in Sri Lanka. Safety locations: 110 | Families in safety locations: 1,900 | Persons: 7,300",
            [1_900, 7_300],
        ),
    ],
)
def test_twenty_second_session_shapes(extractor: Extractor, text: str, values: list[int]) -> None:
    assert [f[0] for f in _facts(extractor, text)] == values


def test_bulletin_lines_keep_their_own_terms(extractor: Extractor) -> None:
    text = (
        "Soudan – DTM\nRetours estimés depuis octobre 2024 : 398 000 personnes\n"
        "Franchissements de frontières vers les pays voisins depuis avril 2023 : 3 900 000"
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [
        (f.reported, f.term.value if f.term else None, f.category.value if f.category else None) for f in facts
    ] == [
        (398_000, "returns", "return"),
        (3_900_000, "forced-to-flee", "cross-border-flight"),
    ]


def test_people_entering_a_country_from_another(extractor: Extractor) -> None:
    text = (
        "Israeli strikes have displaced 90,000 people inside Lebanon since Monday. At the Masnaa crossing, Syria's "
        "General Security recorded 14,800 people entering Syria from Lebanon in 48 hours."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.category.value if f.category else None, f.country) for f in facts] == [
        (90_000, "new-displacement", "LBN"),
        (14_800, "cross-border-flight", "LBN"),
    ]


def test_french_seven_is_no_september(extractor: Extractor) -> None:
    text = "Éruption : plus de 9 000 habitants de sept villages ont été évacués lundi."
    [fact] = extractor.extract(text, published=date(2024, 5, 20))
    assert fact.start_date is None or fact.start_date.month != 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the people counted are spread sets the term, over the label
        (
            "Cyclone : bilan provisoire. Déplacés : 17 900 personnes réparties dans 58 sites d'hébergement.",
            [(17_900, "sheltered")],
        ),
        # the affected, told where they stay
        (
            "Inondations à Bangui : quelque 2 100 ménages sinistrés restent hébergés dans des églises.",
            [(2_100, "sheltered")],
        ),
        ("Inondations dans le Nord : une centaine de sinistrés ont passé la nuit au gymnase.", [(100, "sheltered")]),
        # the affected alone stay affected
        ("Inondations à Bangui : quelque 2 100 ménages sinistrés dans trois quartiers.", [(2_100, "affected")]),
    ],
)
def test_where_they_are_sets_the_term(extractor: Extractor, text: str, expected: list[tuple[int, str]]) -> None:
    assert [(value, term) for value, term, _ in _facts(extractor, text)] == expected


def test_a_billion_is_no_count_of_people(extractor: Extractor) -> None:
    text = (
        "Some 58,000 residents of Israel's northern border communities remain displaced. The report put the cost of "
        "the evacuation at 3.2 billion."
    )
    assert [f[0] for f in _facts(extractor, text)] == [58_000]


def test_an_area_with_its_kind_after_it_is_looked_for_in_the_text_s_country() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Eastern Region", "UGA", Precision.ADM1, admin1="Eastern"),
            PlaceEntry("Eastern", "GHA", Precision.ADM1, admin1="Eastern"),
            PlaceEntry("Ghana", "GHA", Precision.ADM0),
        ]
    )
    [mention] = gazetteer.find_mentions("Floods in the Eastern Region.")
    assert {c.country for c in mention.candidates} == {"UGA", "GHA"}
    text = "Ghana: spillage from the Akosombo dam has displaced 24,000 people in parts of the Eastern Region."
    assert [(f.country, f.admin1) for f in Extractor(gazetteer).extract(text, published=PUBLISHED)] == [
        ("GHA", "Eastern")
    ]


def test_a_neighbouring_country_named_as_a_landmark(extractor: Extractor) -> None:
    text = "Au Tchad, 4 000 personnes ont quitté les villages proches du Soudan après les combats."
    assert [(v, c) for v, c, _ in _places(extractor, text)] == [(4_000, "TCD")]


def test_a_camp_already_home_to_people_and_centres_inside_a_label(extractor: Extractor) -> None:
    text = "Sudan. Zamzam camp, already home to an estimated 310,000 people before the clashes, received new arrivals."
    assert [(v, t) for v, t, _ in _facts(extractor, text)] == [(310_000, "in-relief-camp")]
    text = "Typhoon SitRep\nSERVED INSIDE 1,950 ECs: 52,100 families / 210,400 persons"
    assert [(v, t) for v, t, _ in _facts(extractor, text)] == [(52_100, "sheltered"), (210_400, "sheltered")]
