"""Qualifiers, terms, units and what is not a displacement figure, in English and French."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor, Fact


def only(extractor: Extractor, text: str) -> Fact:
    facts = extractor.extract(text)
    assert len(facts) == 1, [(f.reported, f.term) for f in facts]
    return facts[0]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("About 3,000 people were evacuated.", "approximately"),
        ("Around 3,000 people were evacuated.", "approximately"),
        ("Some 3,000 people were evacuated.", "approximately"),
        ("Close to 3,000 people were evacuated.", "approximately"),
        ("Nearly 3,000 people were evacuated.", "approximately"),
        ("An estimated 3,000 people were evacuated.", "approximately"),
        ("Up to 3,000 people were evacuated.", "less-than"),
        ("Fewer than 3,000 people were evacuated.", "less-than"),
        ("More than 3,000 people were evacuated.", "more-than"),
        ("At least 3,000 people were evacuated.", "more-than"),
        ("Over 3,000 people were evacuated.", "more-than"),
        ("3,000 people were evacuated.", "exact"),
        ("Environ 3 000 personnes ont été évacuées.", "approximately"),
        ("Près de 3 000 personnes ont été évacuées.", "approximately"),
        ("Quelque 3 000 personnes ont été évacuées.", "approximately"),
        ("Plus de 3 000 personnes ont été évacuées.", "more-than"),
        ("Au moins 3 000 personnes ont été évacuées.", "more-than"),
        ("Moins de 3 000 personnes ont été évacuées.", "less-than"),
        ("The number of people evacuated has exceeded 3,000.", "more-than"),
        ("Le nombre de personnes évacuées dépasse 3 000.", "more-than"),
        ("The number of people evacuated has now passed 3,000.", "more-than"),
        # an estimate told by its verb, before or after the figure
        ("It is estimated that 3,000 people were evacuated.", "approximately"),
        ("The number of people evacuated is estimated at 3,000.", "approximately"),
        ("On estime à 3 000 le nombre de personnes évacuées.", "approximately"),
        ("La protection civile évalue à 3 000 le nombre de personnes évacuées.", "approximately"),
        ("Floods have displaced 3,000 people, provincial authorities estimate.", "approximately"),
        ("Quelques 3 000 personnes ont été évacuées.", "approximately"),
        # (not another word's estimate)
        ("Floods displaced 3,000 people, officials said, and losses are estimated to grow.", "exact"),
    ],
)
def test_qualifiers(extractor: Extractor, text: str, qualifier: str) -> None:
    fact = only(extractor, text)
    assert (fact.reported, fact.qualifier.value) == (3000, qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Près d'un million de personnes ont été évacuées.", (1_000_000, "approximately")),
        ("Plus d'un millier de personnes ont été évacuées.", (1_000, "more-than")),
        ("Moins d'une centaine de personnes ont été évacuées.", (100, "less-than")),
        ("Le déplacement d'environ 3 000 personnes a été signalé.", (3_000, "approximately")),
    ],
)
def test_french_qualifiers_elided_before_a_spelled_number(
    extractor: Extractor, text: str, expected: tuple[int, str]
) -> None:
    """ "d'" before "un"/"une": the qualifier still reads, and "plus d'" outranks the approximate noun's own sense."""
    fact = only(extractor, text)
    assert (fact.reported, fact.qualifier) == expected


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The floods displaced 4,500 people.", "displaced"),
        ("4,500 people fled the fighting.", "forced-to-flee"),
        ("The clashes forced 4,500 people to flee.", "forced-to-flee"),
        # taking refuge somewhere is fleeing (the held-out test writers' call); in a shelter, sheltered
        ("4,500 people took refuge in Mopti.", "forced-to-flee"),
        # refuge in a building people shelter in is named by that shelter
        ("4,500 people took refuge in the church.", "sheltered"),
        ("4 500 personnes ont trouvé refuge dans des écoles.", "sheltered"),
        ("4,500 people took refuge in two spontaneous sites.", "in-relief-camp"),
        ("4 500 personnes ont trouvé refuge dans des sites à Djibo.", "in-relief-camp"),
        ("4,500 people were evacuated before the cyclone.", "evacuated"),
        ("4,500 people were relocated to safer ground.", "relocated"),
        ("Authorities were moving more than 4,500 people from the unstable slopes.", "relocated"),
        ("Officials moved 4,500 residents out of the low-lying villages.", "evacuated"),  # the writers of dev16, dev21
        ("Officials moved about 4,500 people from the coast into more than 90 cyclone shelters.", "evacuated"),
        ("District administrations have shifted 4,500 people from low-lying areas to relief camps.", "evacuated"),
        ("4,500 people are sheltering in schools.", "sheltered"),
        ("4,500 people are living in relief camps.", "in-relief-camp"),
        ("The storm left 4,500 people homeless.", "homeless"),
        ("4,500 people have returned to their villages.", "returns"),
        ("4,500 houses were destroyed by the earthquake.", "destroyed-housing"),
        ("4,500 houses were damaged by the earthquake.", "partially-destroyed-housing"),
        ("4,500 homes are uninhabitable after the floods.", "uninhabitable-housing"),
        ("The drought affected 4,500 people.", "affected"),
        ("The floods have now hit 4,500 people.", "affected"),
        ("The number of displaced people hit 4,500 on Monday.", "displaced"),
        ("Authorities provided shelter to 4,500 people who fled the floods.", "sheltered"),
        ("Some 4,500 people were displaced from schools used as shelters.", "displaced"),
        ("Some 4,500 people remain marooned by the floodwaters.", "affected"),
        ("4,500 people are waterlogged in the low-lying villages.", "affected"),
        ("4 500 personnes ont fui les violences.", "forced-to-flee"),
        ("L'attaque des gangs a provoqué la fuite de 4 500 personnes.", "forced-to-flee"),
        ("4,500 people were still sleeping in containers, tents and army barracks.", "sheltered"),
        ("4 500 personnes ont été déplacées par les inondations.", "displaced"),
        ("4 500 personnes sont hébergées dans des écoles.", "sheltered"),
        ("4 500 maisons ont été détruites.", "destroyed-housing"),
        ("4 500 personnes sont sans abri.", "homeless"),
        ("4 500 personnes sont rentrées chez elles.", "returns"),
    ],
)
def test_terms(extractor: Extractor, text: str, term: str) -> None:
    fact = only(extractor, text)
    assert (fact.reported, fact.term and fact.term.value) == (4500, term)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("1,200 households were displaced.", "household"),
        ("1,200 families were displaced.", "household"),
        ("1 200 ménages ont été déplacés.", "household"),
        ("1 200 foyers ont été déplacés.", "household"),
        ("1,200 people were displaced.", "person"),
        ("1,200 houses were destroyed.", "household"),
    ],
)
def test_units(extractor: Extractor, text: str, unit: str) -> None:
    assert only(extractor, text).unit.value == unit


def test_households_use_the_country_household_size(extractor: Extractor) -> None:
    fact = only(extractor, "In Niger, 2,001 households were displaced by floods.")
    assert (fact.country, fact.household_size, fact.total) == ("NER", 7.2, 14_407)
    assert fact.calculation_logic == "2,001 households × 7.2 (average household size for NER)"


def test_households_fall_back_to_the_global_default(extractor: Extractor) -> None:
    fact = only(extractor, "In Mali, 2,000 households were displaced by floods.")
    assert (fact.household_size, fact.total) == (5.0, 10_000)
    assert fact.calculation_logic == (
        "2,000 households × 5.0 (global default; no average household size recorded for MLI)"
    )


def test_totals_round_half_up(gazetteer: object) -> None:
    extractor = Extractor(None, household_sizes={}, default_household_size=4.5)
    [fact] = extractor.extract("Floods displaced 3 households.")
    assert fact.total == 14  # 13.5 rounds up


def test_people_total_is_the_reported_number(extractor: Extractor) -> None:
    assert only(extractor, "1,200 people were displaced.").total == 1200


@pytest.mark.parametrize(
    "text",
    [
        "At least 35 people were killed and 120 injured in the attack.",
        "Twelve people died and 40 are missing after the landslide.",
        "Les affrontements ont fait 25 morts et 60 blessés.",
        "For information call +223 20 22 33 44 or fax 22 917 1234.",
        "The office is at 25 Main Street, postal code 75007.",
        "Prices rose by 30% and aid reached US$ 2,000,000.",
        "In 2013, the region counted 12 schools and 40 trucks.",
        "The boy, aged 12, walked for 15 days.",
        "Security Council resolution 2085, page 14, paragraph 3.",
        # years before a noun a few words on, after a date preposition, or after a month and day
        "The 2015 earthquake displaced families across the valley.",
        "In 2014 families fled the district.",
        "The storm that hit on Monday February 11, 2013 destroyed the market.",
        # new homes are no damage; a group named further on ("the displaced") is another group
        "The government plans to build 10,000 houses for displaced families by 2025.",
        # what did not happen is no displacement
        "Many of the 2,000 residents are refusing to leave their homes, the mayor said.",
        "Some 300 families refused to be evacuated.",
        "The hip displacement surgery took 3 hours.",
        "Evacuees can register at the senior centre (64101 Second Ave, Happy Camp).",
        "476 rescue workers in 75 specialised teams were deployed in the affected areas.",
        "The typhoon has claimed 13 lives in the province.",
        "More than 300 firefighters spent the night fighting the fire after the town was evacuated.",
        # the buildings people took refuge in are no people
        "Residents took refuge in three gyms and two hotels after the flood.",
        "Les habitants ont trouvé refuge dans quatre gymnases et deux salles communales.",
        # money after the number, vehicles in French, a hip displaced or dislocated
        "Le ministre annoncera 4,5 millions de dollars pour les sites de déplacés.",
        "Deux véhicules ont été incendiés et sept personnes sont portées disparues.",
        "Of the 800 infants screened, 11 had a displaced or dislocatable hip joint.",
        # room, aid, need and who stayed are no displacement; nor are provinces, buildings or fires counted
        "Les 70 centres d'hébergement ouverts aux sinistrés peuvent accueillir jusqu'à 15 000 personnes.",
        "WFP assisted 1.1 million people in March, including 640,000 internally displaced persons.",
        "Some 2.3 million people are in need of humanitarian assistance after the floods.",
        "1,7 million de personnes dans le besoin selon OCHA, dont des déplacés.",
        "Des habitants ont été évacués de 560 immeubles et deux incendies ravagent le sud du département.",
        # rates, aid, capacity, plans and places of other things are no displacement figures
        "At the border point, displaced arrivals averaged 1,500 a day in February.",
        "Partners registered 3,200 evacuees for multipurpose cash of UAH 10,800.",
        "Humanitarian partners have reached 14,600 displaced people with food and water.",
        "Each cyclone shelter is designed to hold between 1,000 and 2,500 evacuees.",
        "Le camp de déplacés, conçu pour accueillir 50 000 personnes, déborde.",
        "A further 7,400 people living near the slope will have to relocate if it keeps moving.",
        "Jusqu'à 5,1 millions de personnes pourraient se retrouver sans abri après les séismes.",
        "Enumerators visited 2,117 displacement locations, 78 of them formal resettlement sites.",
        "Across the flooded districts, 16.7 million people need aid, the UN said.",
        # an approximate noun counts what follows "de"; researchers at a conference are no displaced people
        "Les déplacés ont rejoint Kaya, à une quarantaine de kilomètres, où une trentaine de camps sont ouverts.",
        "Déplacement forcé : un colloque réunira 150 chercheurs à Ouagadougou.",
        "Some 6,100 voters displaced by the relocation of 12 polling stations will be told where to vote.",
        "The vaccination campaign reached 450,000 children, including those living in camps.",
    ],
)
def test_not_displacement_figures(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text) == []


def test_casualties_beside_a_displacement_figure(extractor: Extractor) -> None:
    facts = extractor.extract("Two people have died and about 250 were left homeless after the storm.")
    assert [(f.reported, f.term and f.term.value) for f in facts] == [(250, "homeless")]


def test_affected_is_kept_only_as_affected(extractor: Extractor) -> None:
    facts = extractor.extract("The floods affected 20,000 people and displaced 3,000 of them.")
    assert [(f.reported, f.term and f.term.value, f.category, f.total) for f in facts] == [
        (20_000, "affected", None, None),
        (3_000, "displaced", "new-displacement", 3_000),
    ]
    assert facts[0].calculation_logic == "affected people are not displaced: no total"


def test_several_figures_in_one_sentence(extractor: Extractor) -> None:
    facts = extractor.extract("31 houses were destroyed and more than 300 damaged, while 85 families were evacuated.")
    assert [(f.reported, f.term and f.term.value, f.unit.value) for f in facts] == [
        (31, "destroyed-housing", "household"),
        (300, "partially-destroyed-housing", "household"),
        (85, "evacuated", "household"),
    ]


def test_bracketed_restatement_is_a_second_fact_with_lower_confidence(extractor: Extractor) -> None:
    facts = extractor.extract("Some 2,759 people (around 460 families) became homeless after the fire.")
    assert [(f.reported, f.unit.value, f.term and f.term.value) for f in facts] == [
        (2759, "person", "homeless"),
        (460, "household", "homeless"),
    ]
    assert facts[1].confidence < facts[0].confidence


def test_vague_figure_is_kept_as_text(extractor: Extractor) -> None:
    fact = only(extractor, "Thousands of people fled the fighting.")
    assert (fact.reported, fact.vague, fact.quantity_text, fact.total) == (None, True, "Thousands", None)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # a range with no hedge gives its bounds as reported; a hedged one is approximate
        ("Between 10,000 and 15,000 people were evacuated.", "exact"),
        ("Entre 10 000 et 15 000 personnes ont été évacuées.", "exact"),
        ("An estimated 10,000 to 15,000 people were evacuated.", "approximately"),
        ("Some 10,000-15,000 people were evacuated.", "approximately"),
        ("Between 10,000 and 15,000 people are believed to have been evacuated.", "approximately"),
        ("Entre 10 000 et 15 000 personnes auraient été évacuées.", "approximately"),
        ("More than 10,000 to 15,000 people were evacuated.", "more-than"),
    ],
)
def test_range_figure(extractor: Extractor, text: str, qualifier: str) -> None:
    fact = only(extractor, text)
    assert (fact.reported, fact.reported_max, fact.qualifier.value) == (10_000, 15_000, qualifier)


def test_module_level_extract_passes_household_sizes(monkeypatch: pytest.MonkeyPatch, extractor: Extractor) -> None:
    from idmon.extract import pipeline

    monkeypatch.setattr(pipeline, "default_extractor", lambda: extractor)
    [fact] = pipeline.extract("In Mali, 10 households fled.", household_sizes={"MLI": 6.5}, default_household_size=4)
    assert (fact.household_size, fact.total) == (6.5, 65)


def test_aid_items_are_not_people(extractor: Extractor) -> None:
    facts = extractor.extract("The agency distributed 3,000 tents and 5,000 blankets to displaced families.")
    assert facts == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Some 2,000 families were living in tents after the earthquake.", "sheltered"),
        ("About 2,000 people are sleeping in the open.", "homeless"),
        ("Some 2,000 people were left without shelter.", "homeless"),
        ("Quelque 2 000 personnes dorment à la belle étoile.", "homeless"),
    ],
)
def test_shelter_conditions(extractor: Extractor, text: str, term: str) -> None:
    assert only(extractor, text).term == term


def test_qualifier_after_an_opening_quote(extractor: Extractor) -> None:
    fact = only(extractor, "“Over one hundred households in my community are now homeless,” she said.")
    assert (fact.reported, fact.qualifier, fact.unit) == (100, "more-than", "household")


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("an estimated total of", "approximately"),
        ("not more than", "less-than"),
        ("no more than", "less-than"),
        ("above", "more-than"),
    ],
)
def test_more_qualifier_wordings(extractor: Extractor, words: str, qualifier: str) -> None:
    [fact] = extractor.extract(f"In Mopti, {words} 5,000 people fled the fighting.")
    assert str(fact.qualifier) == qualifier


@pytest.mark.parametrize(("words", "qualifier"), [("à peu près", "approximately"), ("au-delà de", "more-than")])
def test_more_french_qualifier_wordings(extractor: Extractor, words: str, qualifier: str) -> None:
    [fact] = extractor.extract(f"À Mopti, {words} 5 000 personnes ont fui les combats.")
    assert str(fact.qualifier) == qualifier


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Marib governorate\nNew arrivals (HH): 1,346\nNew arrivals (ind.): 8,076", ["household", "person"]),
        ("Commune urbaine de Morondava : Ménages sinistrés – 1 200", ["household"]),
        # a label with its place before the dash
        ("Ménages déplacés dans la région de Mopti (provisoire) – 1 200", ["household"]),
    ],
)
def test_a_labels_unit(extractor: Extractor, text: str, units: list[str]) -> None:
    assert [str(f.unit) for f in extractor.extract(text)] == units


def test_an_earlier_count_compares_with_the_people_not_their_restatement(extractor: Extractor) -> None:
    text = (
        "Le Mali comptait 336 470 personnes déplacées internes au 30 juin 2024, soit 70 510 ménages, "
        "contre 361 200 six mois plus tôt."
    )
    assert [(f.reported, str(f.unit)) for f in extractor.extract(text)] == [
        (336_470, "person"),
        (70_510, "household"),
        (361_200, "person"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running total brought to the figure
        (
            "Renewed shelling around El Fasher has driven an estimated 13,400 people out of Abu Shouk camp in the past "
            "week, according to IOM's Displacement Tracking Matrix, bringing the number who have fled the North Darfur "
            "capital since April to about 212,000.",
            [(13_400, "forced-to-flee"), (212_000, "forced-to-flee")],
        ),
        # the same people in the other unit, after their wording
        (
            "Un an après le séisme, quelque 6 300 familles vivent toujours sous des tentes ou dans des préfabriqués, "
            "soit environ 28 000 personnes selon une association locale.",
            [(6_300, "sheltered"), (28_000, "sheltered")],
        ),
        ("About 2,000 families fled the fighting, or 400 more than last week.", [(2_000, "forced-to-flee")]),
        # a part told by where its people were from
        (
            "The storm displaced 44,800 people across the east, of whom some 30,000 were from Derna itself.",
            [(44_800, "displaced"), (30_000, "displaced")],
        ),
        ("The storm displaced 44,800 people, of whom 3,000 were in hospital.", [(44_800, "displaced")]),
        # returns told with "since", and a flight told in the pluperfect
        ("About 1,100 people have since come back, officials said.", [(1_100, "returns")]),
        ("They hope 1,100 people could come back, officials said.", []),
        ("En avril 2020, la crue avait déjà chassé 27 000 habitants de Gatumba.", [(27_000, "forced-to-flee")]),
    ],
)
def test_running_totals_restatements_parts_and_returns(
    extractor: Extractor, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f.reported, str(f.term)) for f in extractor.extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le lac a de nouveau envahi la commune en avril, chassant 2 100 ménages.", [(2_100, "forced-to-flee")]),
        ("Le lac a envahi la commune, chassant les pêcheurs.", []),
        (
            "Police evacuated 9,730 people, and at least 8,000 more have left by their own means.",
            [(9_730, "evacuated"), (8_000, "evacuated")],
        ),
        ("Quelque 3 000 habitants sont partis par leurs propres moyens.", [(3_000, "evacuated")]),
    ],
)
def test_chasing_out_and_leaving_by_their_own_means(
    extractor: Extractor, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f.reported, str(f.term)) for f in extractor.extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'éboulement a obligé les autorités à reloger 450 familles.", [(450, "relocated")]),
        ("Quelque 300 résidents ont été transférés par bus vers Nice.", [(300, "relocated")]),
        ("An estimated 4,500 residents were left without housing after the fire.", [(4_500, "homeless")]),
        ("The 300 computers have been moved.", []),
    ],
)
def test_relocations_and_people_left_without_housing(
    extractor: Extractor, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f.reported, str(f.term)) for f in extractor.extract(text)] == expected


def test_a_neighbours_area_does_not_decide_the_texts_country() -> None:
    from idmon.geo.sources import default_gazetteer

    extractor = Extractor(default_gazetteer())  # with towns: Dhaka is the seat, West Bengal an area of India
    text = "DHAKA – Around 800,000 people were moved to cyclone shelters. In neighbouring West Bengal, 150,000 left."
    assert [(f.reported, f.country) for f in extractor.extract(text)] == [(800_000, "BGD")]


def test_a_capacity_told_with_words_between() -> None:
    from idmon.geo.sources import default_gazetteer

    text = (
        "Le HCR a enregistré 10 200 nouveaux réfugiés maliens arrivés au camp de Mbera en janvier, portant à "
        "104 000 le nombre de réfugiés que compte le camp, conçu à l'origine pour 70 000 personnes."
    )
    assert [f.reported for f in Extractor(default_gazetteer(towns=False)).extract(text)] == [10_200, 104_000]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "As many as 1.7 million people have now been displaced across Gaza. Of these, nearly 1.4 million are "
            "crowded into Rafah.",
            1_400_000,
        ),
        ("Some 5,800 people fled the town. Of these, around 1,950 have been registered at the Napala site.", 1_950),
        (
            "Floods displaced 230,000 people in southern Malawi. Blantyre district alone accounts for 158,000 of them.",
            158_000,
        ),
    ],
)
def test_parts_told_in_the_next_sentence(extractor: Extractor, text: str, part: int) -> None:
    assert [f.reported for f in extractor.extract(text)][1:] == [part]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Environ 1 200 personnes se sont installées dans trois écoles de Hinche.", "sheltered"),
    ],
)
def test_schools_counted(extractor: Extractor, text: str, term: str) -> None:
    assert [str(f.term) for f in extractor.extract(text)] == [term]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Plus de 15 000 personnes se sont réfugiées autour de la base de la MINUSCA à Zémio.", "forced-to-flee"),
        ("Des milliers de personnes se sont réfugiées dans des écoles.", "sheltered"),
        ("La crue a chassé 3 000 habitants, et 1 200 ménages ont été relogés dans 14 écoles.", "sheltered"),
        ("Le cyclone a chassé 5 000 habitants, dont 2 430 hébergés dans 21 sites à Vohémar.", "in-relief-camp"),
    ],
)
def test_refuge_and_where_people_were_housed(extractor: Extractor, text: str, term: str) -> None:
    assert str(extractor.extract(text)[-1].term) == term


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second review's sentences: what the session's rules must not read
        ("Les 3 000 personnes qui s'étaient réfugiées à Kaya sont rentrées chez elles.", [(3_000, "return")]),
        ("About 1,500 people moved back to their villages after the fighting ended.", [(1_500, "return")]),
        ("The health ministry (MoH) moved 300 patients to Kaya after the attack.", []),
        ("At least 300 children were left on their own after their parents were killed.", []),
        ("Après l'incendie, 450 familles restent à reloger.", []),
        (
            "Some 5,800 people fled the town. Of these, 1,200 were treated at Kidal hospital.",
            [(5_800, "new-displacement")],
        ),
        ("Two years after the earthquake, 12,000 people still spend their nights in tents.", [(12_000, "idps")]),
        ("Another 7,000 residents left on their own initiative after the strikes.", [(7_000, "new-displacement")]),
    ],
)
def test_what_the_sessions_rules_must_not_read(
    extractor: Extractor, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f.reported, str(f.category)) for f in extractor.extract(text)] == expected


def test_forced_to_seek_refuge_in_camps_abroad_is_a_flight() -> None:
    from idmon.geo.sources import default_gazetteer

    [fact] = Extractor(default_gazetteer(towns=False)).extract(
        "Fighting in Darfur forced 4,800 people to seek refuge in camps in Chad."
    )
    assert (fact.country, str(fact.category)) == ("SDN", "cross-border-flight")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Le PCT a dénoncé les violences qui ont chassé 3 000 habitants de leurs maisons à Pointe-Noire.", "COG"),
        ("The Bangladesh Army evacuated 20,000 people from coastal areas.", "BGD"),
        ("Texas Salvation Army shelters housed 2,000 evacuees.", "USA"),
        (
            "Hurricane Melissa forced 735,000 people to evacuate in eastern Cuba. In Jamaica, 25,000 people "
            "were still in shelters.",
            "JAM",
        ),
    ],
)
def test_acronyms_armies_and_countries_named_outright(text: str, country: str) -> None:
    from idmon.geo.sources import default_gazetteer

    assert Extractor(default_gazetteer()).extract(text)[-1].country == country


@pytest.mark.parametrize(
    ("text", "reported", "term"),
    [
        # homes set on fire are destroyed, the verb before or after the count
        ("Some 800 people fled after gunmen set 240 houses on fire in the village.", 240, "destroyed-housing"),
        ("Some 800 people fled. Lava crept into the town, setting three houses ablaze.", 3, "destroyed-housing"),
        # roofs lost, homes left roofless or needing repairs are damaged
        ("Some 800 people fled the storm; about 1,300 homes lost their roofs.", 1300, "partially-destroyed-housing"),
        ("Some 800 people fled the storm, and 70 houses were left roofless.", 70, "partially-destroyed-housing"),
        ("Some 800 people fled the flood, and 410 homes need major repairs.", 410, "partially-destroyed-housing"),
        # a night in a hotel is shelter
        ("The fire forced 90 people to flee; 22 were put up overnight in a hotel.", 22, "sheltered"),
        # people who still cannot go back to their homes are displaced
        (
            "Deux semaines après la crue, 1 800 personnes n'ont toujours pas pu regagner leur logement.",
            1800,
            "displaced",
        ),
    ],
)
def test_homes_set_on_fire_roofs_lost_nights_in_hotels_and_homes_not_regained(
    extractor: Extractor, text: str, reported: int, term: str
) -> None:
    facts = {f.reported: f for f in extractor.extract(text)}
    assert reported in facts, [(f.reported, f.term) for f in facts.values()]
    assert facts[reported].term == term


def test_rioters_setting_vehicles_on_fire_and_a_set_target_are_no_figures(extractor: Extractor) -> None:
    text = "Some 800 people fled. Rioters set 30 cars on fire. Returns are set to reach 5,000 by June."
    assert [f.reported for f in extractor.extract(text)] == [800]


def test_a_figure_that_passes_the_million_is_more_than_it(extractor: Extractor) -> None:
    [fact] = extractor.extract("Dans tout le pays, le nombre de déplacés internes dépasse désormais le million.")
    assert (fact.reported, fact.qualifier) == (1_000_000, "more-than")


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "All 2,300 residents of Kelowna and about 9,000 tourists were evacuated as the fire spread.",
            [(2_300, "evacuated"), (9_000, "evacuated")],
        ),
        (
            "Quelque 3 400 habitants de Sake et 1 200 villageois ont fui les combats.",
            [(3_400, "forced-to-flee"), (1_200, "forced-to-flee")],
        ),
        # a casualty first: its own noun says what it counts
        ("The floods killed 12 people and 3,000 others were evacuated.", [(3_000, "evacuated")]),
    ],
)
def test_two_figures_joined_by_and_share_the_verb_after_both(
    extractor: Extractor, text: str, facts: list[tuple[int, str]]
) -> None:
    assert [(f.reported, f.term) for f in extractor.extract(text)] == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a part named by what it accounts for, in its own sentence; the whole after "of the"
        (
            "Drought accounts for 22,000 of the 51,000 new displacements recorded in March. Conflict accounts for a "
            "further 19,000.",
            [(22_000, "displaced"), (51_000, "displaced"), (19_000, "displaced")],
        ),
        # parts after a colon, and a list with "respectively"
        (
            "Clashes forced some 9,000 people from their homes: about 5,100 in Cité Soleil and 3,900 in the commune "
            "of Tabarre.",
            [(9_000, "forced-to-flee"), (5_100, "forced-to-flee"), (3_900, "forced-to-flee")],
        ),
        (
            "Authorities evacuated some 41,000 people from Thai Binh and Nam Dinh, roughly 25,000 and 16,000 "
            "respectively.",
            [(41_000, "evacuated"), (25_000, "evacuated"), (16_000, "evacuated")],
        ),
        # a sum restated after "soit … au total"; a verbless second item with its own place
        (
            "Environ 4 100 habitants de Roberval et 1 300 de Dolbeau ont été évacués, soit 5 400 au total.",
            [(4_100, "evacuated"), (1_300, "evacuated"), (5_400, "evacuated")],
        ),
        # a group among them between commas is no figure; the people are
        (
            "More than 61,000 people, 20,000 of them children, have been evacuated.",
            [(61_000, "evacuated")],
        ),
        # trackers' movements, restated "equivalent to" households
        (
            "DTM enumerators tracked the movement of 48,300 people, equivalent to some 9,700 households.",
            [(48_300, "displaced"), (9_700, "displaced")],
        ),
        # houses described in a clause about a place do not make the people a count of houses
        (
            "Some 800 people, many from districts where houses collapsed, spent a second night in evacuation centres.",
            [(800, "sheltered")],
        ),
        # building assessors' placards, and partial damage named as such
        (
            "Some 700 people fled. About 120 homes were red-stickered and another 640 yellow-stickered; the floods "
            "caused the destruction of 90 houses and partial damage to 310 more.",
            [
                (700, "forced-to-flee"),
                (120, "uninhabitable-housing"),
                (640, "partially-destroyed-housing"),
                (90, "destroyed-housing"),
                (310, "partially-destroyed-housing"),
            ],
        ),
    ],
)
def test_parts_sums_and_lists_in_the_shapes_reports_use(
    extractor: Extractor, text: str, facts: list[tuple[int, str]]
) -> None:
    assert [(f.reported, f.term) for f in extractor.extract(text)] == facts


def test_a_national_total_after_a_capitals_dateline_is_the_countrys(extractor: Extractor) -> None:
    text = (
        "OUAGADOUGOU — Au 31 mars, le nombre total de personnes déplacées internes (PDI) enregistrées par le Conseil "
        "national de secours d'urgence et de réhabilitation (CONASUR) s'élève à 1 982 400."
    )
    [fact] = extractor.extract(text)
    assert (fact.reported, fact.country, fact.admin1) == (1_982_400, "BFA", None)


def test_a_hyphenated_name_that_starts_like_a_month_is_no_date() -> None:
    from datetime import date

    from idmon.extract.dates import find_dates

    text = "dans le mayo-sava et à sept-îles, puis en juin-juillet"
    found = find_dates(text, 0, len(text), date(2024, 6, 1), "fr", text)
    assert [m.first.month for m in found][:1] == [6]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a nominal housing cue governs the figure after it, not the one before
        (
            "Les inondations ont fait 12 400 ménages sinistrés et provoqué l'effondrement de 3 100 cases.",
            [(12_400, "affected"), (3_100, "destroyed-housing")],
        ),
        (
            "Les pluies ont provoqué l'effondrement total ou partiel de quelque 900 habitations à Tata.",
            [(900, "partially-destroyed-housing")],
        ),
        # a total's verb "s'établit à"; shelter opened "pour héberger" people
        (
            "Le nombre total de PDI dans la province du Lac s'établit désormais à 198 000.",
            [(198_000, "displaced")],
        ),
        (
            "Après les pluies, le gouvernement a ouvert 4 écoles pour héberger 1 300 personnes.",
            [(1_300, "sheltered")],
        ),
    ],
)
def test_french_nominal_housing_totals_and_shelters(
    extractor: Extractor, text: str, facts: list[tuple[int, str]]
) -> None:
    assert [(f.reported, f.term) for f in extractor.extract(text)] == facts


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Two years on, some 300,000 people are still living in container cities.", "in-relief-camp"),
        ("About 1.5 million people are living in tents and container cities.", "sheltered"),
        ("Près de 9 000 d'entre elles se sont réfugiées sur le site de Kigonze.", "in-relief-camp"),
    ],
)
def test_container_cities_and_sites_people_took_refuge_on(extractor: Extractor, text: str, term: str) -> None:
    assert only(extractor, text).term == term


def test_a_bulletin_of_pipe_separated_cells_and_indian_numbers(extractor: Extractor) -> None:
    text = (
        "State Disaster Management Authority – Daily Flood Report\n"
        "Districts affected: 28 | Revenue circles: 131 | Villages: 4,210\n"
        "Relief camps / distribution centres: 1,203 / 512 | Inmates in relief camps: 1,87,640\n"
        "Crop area damaged: 88,412.57 ha | Animals affected: 21,10,300\n"
        "Houses damaged: 5,118 fully, 19,402 partially\n"
        "Deaths in the last 24 hours: 6"
    )
    got = [(f.reported, str(f.term)) for f in extractor.extract(text)]
    assert got == [
        (187_640, "in-relief-camp"),
        (5_118, "destroyed-housing"),
        (19_402, "partially-destroyed-housing"),
    ]


@pytest.mark.parametrize(
    ("text", "reported", "term"),
    [
        # a part of a town's population that fled: the part, not the population
        ("The town emptied after about 9,000 of its roughly 11,000 residents fled the fire.", 9_000, "forced-to-flee"),
        # a weekend in shelters, like a night
        ("Around 900 people spent the weekend in sports halls after the floods.", 900, "sheltered"),
    ],
)
def test_parts_of_a_population_and_weekends_in_shelters(
    extractor: Extractor, text: str, reported: int, term: str
) -> None:
    [fact] = extractor.extract(text)
    assert (fact.reported, fact.term) == (reported, term)


def test_rivers_and_coliseums_are_counted_things_and_reception_points_shelters(extractor: Extractor) -> None:
    text = (
        "Some 12,000 people were forced from their homes after rain caused 14 rivers to overflow. Seven coliseums "
        "were turned into shelters. In Lugo alone about 2,300 residents were taken to reception points."
    )
    assert [(f.reported, str(f.term)) for f in extractor.extract(text)] == [
        (12_000, "forced-to-flee"),
        (2_300, "evacuated"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # safe havens are shelters, and a count of them is no figure
        (
            "Floods uprooted more than 26,000 people, with 8,200 of them now in the 14 safe havens it has opened.",
            [(26_000, "displaced"), (8_200, "sheltered")],
        ),
        # a count in apposition to a displaced population
        (
            "Marib remains the governorate with the largest displaced population in Yemen, around 1.6 million people.",
            [(1_600_000, "displaced")],
        ),
        ("Yemen's displaced population, around 1.6 million people, lives in Marib.", [(1_600_000, "displaced")]),
        # not a list of other things after the population
        ("The displaced population, 300 schools and 12 clinics were hit.", []),
        # displaced and living in camps: where they are says more
        (
            "Cyclone update: 659,278 persons displaced and living in 576 camps, up from 508,244 on Sunday.",
            [(659_278, "in-relief-camp"), (508_244, "in-relief-camp")],
        ),
        ("Floods: 12,000 people were displaced and are now living in camps.", [(12_000, "in-relief-camp")]),
    ],
)
def test_safe_havens_appositions_and_displaced_people_living_in_camps(
    extractor: Extractor, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f.reported, str(f.term)) for f in extractor.extract(text) if f.reported] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where people went to stay sets the term, after a flight told as leaving home
        (
            "À Gatumba, quelque 1 800 ménages ont quitté leurs maisons envahies par les eaux pour s'installer sur "
            "le site de Gateri.",
            [(1_800, "in-relief-camp")],
        ),
        # refuge taken in schools, even a few words after the verb
        (
            "Chassés de leur quartier par des gangs, environ 6 900 habitants se sont réfugiés en une semaine dans "
            "des écoles et des églises.",
            [(6_900, "sheltered")],
        ),
        # people still in hotels and gyms are sheltered; a part between dashes keeps the verb before it
        (
            "The agency said 26,000 people had been evacuated since Tuesday — 11,000 in the province of Ravenna "
            "alone — and that more than 5,000 were still in hotels, gyms and parish halls on Sunday.",
            [(26_000, "evacuated"), (11_000, "evacuated"), (5_000, "sheltered")],
        ),
    ],
)
def test_where_people_went_to_stay_and_people_still_in_hotels(
    extractor: Extractor, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f.reported, str(f.term)) for f in extractor.extract(text)] == expected


def test_a_weeks_number_in_a_title_and_people_flocking_to_sites(extractor: Extractor) -> None:
    title = "DTM Yemen – Rapid Displacement Tracking, week 14: newly displaced households by district"
    assert extractor.extract(title) == []
    text = "Depuis la reprise des combats, près de 135 000 personnes ont afflué vers les sites à l'ouest de Goma."
    assert [(f.reported, str(f.term)) for f in extractor.extract(text)] == [(135_000, "multiple-or-other")]
    # not supporters flocking to a stadium
    assert extractor.extract("Des milliers de supporters ont afflué vers le stade : 20 000 spectateurs.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roughly 60,000 residents of border communities are still away from home a year on.", [(60_000, "displaced")]),
        # not a traveller
        ("About 2,000 fans were away from home for the final.", []),
        (
            "Le rectorat estime que 9 400 personnes occupaient encore jeudi les 72 établissements scolaires "
            "réquisitionnés comme centres d'hébergement.",
            [(9_400, "sheltered")],
        ),
        (
            "Plus de 1 100 personnes dormaient encore dimanche soir dans des refuges de la Croix-Rouge.",
            [(1_100, "sheltered")],
        ),
        (
            "Après les inondations, 1 740 personnes n'ont toujours pas pu réintégrer leur logement.",
            [(1_740, "displaced")],
        ),
        ("After the floods, 1,280 people were still in 24 community halls.", [(1_280, "sheltered")]),
        ("KwaZulu-Natal floods:\n• people in 83 mass-care facilities (eThekwini): 6,300", [(6_300, "sheltered")]),
    ],
)
def test_away_from_home_shelters_occupied_and_homes_not_regained(
    extractor: Extractor, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f.reported, str(f.term)) for f in extractor.extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier count right after the figure and its time
        (
            "The number of flood evacuees in Kelantan rose to 68,942 this morning from 51,480 last night.",
            [(68_942, "evacuated"), (51_480, "evacuated")],
        ),
        # the camps named before, where the people still live
        (
            "People were shifted to relief camps in Kasur, where 18,600 were still living on Wednesday.",
            [(18_600, "in-relief-camp")],
        ),
        ("Floods hit Kasur, where 18,600 people were still living in their homes.", []),
    ],
)
def test_earlier_counts_after_from_and_camps_where_people_live(
    extractor: Extractor, text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f.reported, str(f.term)) for f in extractor.extract(text)] == expected


def test_a_labels_dated_series(extractor: Extractor) -> None:
    text = "Evacuees in Ishikawa: 28,800 (Jan 8) · 26,500 (Jan 10) · 17,900 (Jan 15)."
    facts = extractor.extract(text, published=date(2024, 1, 16))
    assert [(f.reported, str(f.term), str(f.end_date)) for f in facts] == [
        (28_800, "evacuated", "2024-01-08"),
        (26_500, "evacuated", "2024-01-10"),
        (17_900, "evacuated", "2024-01-15"),
    ]
    # another label in the series is its own
    assert [f.reported for f in extractor.extract("Evacuees: 28,800 (Jan 8) · deaths: 232 (Jan 10).")] == [28_800]


@pytest.mark.parametrize(
    "text",
    [
        "Gang violence has displaced 702,000 people in Haiti. Some 375,000 of them are in the Ouest department.",
        "Gang violence has displaced 702,000 people in Haiti. More than half of them — 375,000 — are in the Ouest "
        "department, home to the capital.",
    ],
)
def test_a_geographic_part_of_the_people_counted_before(extractor: Extractor, text: str) -> None:
    assert [(f.reported, str(f.term)) for f in extractor.extract(text)] == [
        (702_000, "displaced"),
        (375_000, "displaced"),
    ]


def test_a_part_treated_somewhere_is_no_geographic_part(extractor: Extractor) -> None:
    text = (
        "Gang violence has displaced 702,000 people in Haiti. Some 3,750 of them were treated at Mirebalais hospital."
    )
    assert [f.reported for f in extractor.extract(text)] == [702_000]


def test_returns_counted_as_a_noun(extractor: Extractor) -> None:
    text = "Ethiopia's displaced population stood at 4.4 million. The report also records 1.3 million returns in 2024."
    assert [(f.reported, str(f.term)) for f in extractor.extract(text)] == [
        (4_400_000, "displaced"),
        (1_300_000, "returns"),
    ]
    assert extractor.extract("The tax office processed 1.3 million returns filed online.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Floods displaced 4,200 households, including 650 who were evacuated to the stadium.", "household"),
        ("Floods displaced 4,200 households, including 650 people who were evacuated to the stadium.", "person"),
    ],
)
def test_a_part_with_no_noun_of_a_count_of_households(extractor: Extractor, text: str, unit: str) -> None:
    facts = extractor.extract(text)
    assert [(f.reported, str(f.unit)) for f in facts] == [(4_200, "household"), (650, unit)]
    assert facts[1].total is not None and (facts[1].total > 650) is (unit == "household")


@pytest.mark.parametrize(
    "text",
    [
        # tourists in hotels
        "Over the holiday weekend, some 40,000 visitors were in hotels on the island, the tourism board said.",
        # a population as the frame of deaths
        "In Yemen, among the displaced population, 2,000 people, mostly children, have died of cholera.",
        # pilgrims flocking to a city
        "Plus de 50 000 pèlerins ont afflué vers La Mecque pour le hajj.",
    ],
)
def test_tourists_deaths_among_the_displaced_and_pilgrims_are_no_figures(extractor: Extractor, text: str) -> None:
    assert [f.reported for f in extractor.extract(text) if f.reported] == []


def test_a_safe_haven_region_is_no_shelter_and_a_week_before_a_dash_no_range(extractor: Extractor) -> None:
    text = "Idlib has become a safe haven for 3 million people, many of them displaced several times."
    assert [str(f.term) for f in extractor.extract(text)] == ["displaced"]
    text = "DTM Yemen – Rapid Displacement Tracking, week 14 – 3,012 households newly displaced in Marib."
    assert [(f.reported, f.reported_max) for f in extractor.extract(text)] == [(3_012, None)]
    text = (
        "Chassés de leur quartier par des gangs, environ 6 900 habitants se sont réfugiés au cours d'une semaine "
        "dans des écoles."
    )
    assert [str(f.term) for f in extractor.extract(text)] == ["sheltered"]


@pytest.mark.parametrize(
    ("text", "reported", "unit"),
    [
        (
            "Residents afraid of aftershocks said 17,000 people in the city were staying in open spaces.",
            17_000,
            "person",
        ),
        ("Tens of thousands of residents continue to sleep in the streets for fear of aftershocks.", None, "person"),
        ("Dans la ville, des milliers d'habitants dorment dans la rue par crainte des répliques.", None, "person"),
        ("Des centaines de familles dorment à même le sol au milieu des débris.", None, "household"),
    ],
)
def test_people_sleeping_in_the_streets_are_homeless(
    extractor: Extractor, text: str, reported: int | None, unit: str
) -> None:
    fact = only(extractor, text)
    assert (fact.reported, fact.term, fact.unit) == (reported, "homeless", unit)


def test_living_in_the_streets_of_a_city_is_no_displacement_without_a_figure(extractor: Extractor) -> None:
    # no number before the wording: the street is where they live, not a count of the displaced
    assert extractor.extract("Street children living in the streets of Kinshasa need protection.") == []


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        (
            "Some 2,350 evacuees were staying in reception centres, while 3,000 more were with friends and relatives "
            "across Alberta.",
            3_000,
        ),
        ("CONRED moved 1,210 people to shelters; several hundred more went to stay with family.", None),
    ],
)
def test_people_with_relatives_are_displaced(extractor: Extractor, text: str, reported: int | None) -> None:
    facts = extractor.extract(text)
    assert [(f.reported, f.term) for f in facts][1] == (reported, "displaced")


def test_delegates_with_friends_are_no_displaced_people(extractor: Extractor) -> None:
    assert extractor.extract("The 300 delegates were with friends in the capital when the meeting ended.") == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a French label of places counts places
        ("Personnes déplacées : 22 174. Sites d'hébergement : 97. Centres d'accueil : 12.", [22_174]),
        # a key-figure cell that says where the people are counts people
        ("Update: displaced: 538,245 | in public shelters: 81,170 | deaths: 147.", [538_245, 81_170]),
        ("Deaths: 12 | in shelters: 3,400 | schools in use: 45", [3_400]),
    ],
)
def test_labels_of_places_and_cells_of_people_in_them(extractor: Extractor, text: str, figures: list[int]) -> None:
    assert [f.reported for f in extractor.extract(text)] == figures


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "In Artemisa province, 11,200 homes suffered damage, 470 of them total collapses.",
            [(11_200, "partially-destroyed-housing"), (470, "destroyed-housing")],
        ),
        ("Engineers have declared 47 houses in the valley beyond repair.", [(47, "uninhabitable-housing")]),
        (
            "COPECO said 3,300 homes have been damaged, 41 of them beyond repair.",
            [(3_300, "partially-destroyed-housing"), (41, "destroyed-housing")],
        ),
        ("Some 300 houses were damaged beyond repair.", [(300, "destroyed-housing")]),
        (
            "The council estimates that more than 1,200 ground-floor homes are uninhabitable.",
            [(1_200, "uninhabitable-housing")],
        ),
        (
            "Assessors placed red stickers on 280 properties, meaning they are unsafe to enter, and yellow stickers "
            "on a further 2,900 with restricted access.",
            [(280, "uninhabitable-housing"), (2_900, "partially-destroyed-housing")],
        ),
    ],
)
def test_damage_told_otherwise(extractor: Extractor, text: str, facts: list[tuple[int, str]]) -> None:
    assert [(f.reported, f.term) for f in extractor.extract(text)] == facts


@pytest.mark.parametrize(
    "text",
    [
        "The company suffered heavy damage to 12 warehouses.",
        "Some 12 school buildings were destroyed.",
    ],
)
def test_damage_to_other_things_is_no_housing(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text) == []


@pytest.mark.parametrize(
    ("text", "reported", "unit", "term", "category"),
    [
        (
            "The return programme had brought back 41,820 internally displaced people to their villages since April.",
            41_820,
            "person",
            "returns",
            "return",
        ),
        ("Schools have been turned into shelters housing about 7,000.", 7_000, "person", "sheltered", "idps"),
        (
            "La province du Nord-Kivu compterait désormais 2,6 millions de déplacés.",
            2_600_000,
            "person",
            "displaced",
            "idps",
        ),
    ],
)
def test_returns_brought_back_shelters_housing_and_a_conditional_stock(
    extractor: Extractor, text: str, reported: int, unit: str, term: str, category: str
) -> None:
    fact = only(extractor, text)
    assert (fact.reported, fact.unit, fact.term, fact.category) == (reported, unit, term, category)


def test_a_table_label_of_housing_still_counts_homes(extractor: Extractor) -> None:
    fact = only(extractor, "Damaged housing 300")
    assert (fact.reported, fact.unit, fact.term) == (300, "household", "partially-destroyed-housing")


@pytest.mark.parametrize(
    "text",
    [
        "Entre le 15 et le 25 novembre, 41 000 personnes ont fui les quartiers de Solino, Nazon et Delmas 24.",
        "Some 4,000 people fled Delmas 30 and Solino last week.",
        "Depuis janvier, 1 240 familles ont quitté le camp de Jeddah 5, près de Mossoul, pour regagner leurs villages.",
    ],
)
def test_a_number_in_a_place_s_name_is_no_figure(extractor: Extractor, text: str) -> None:
    assert len(extractor.extract(text)) == 1


def test_small_figures_in_a_labelled_list_of_places_are_still_figures(extractor: Extractor) -> None:
    assert [f.reported for f in extractor.extract("Displaced: Kayes 450; Ségou 300.")] == [450, 300]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Les expulsions ont atteint un record en octobre, avec 27 925 personnes renvoyées vers Haïti.", "HTI"),
        ("Iran deported 18,400 people to Afghanistan last week.", "AFG"),
    ],
)
def test_people_sent_to_a_country_are_returns_across_a_border(extractor: Extractor, text: str, country: str) -> None:
    fact = only(extractor, text)
    assert (fact.term, fact.category, fact.country) == ("returns", "cross-border-return", country)


@pytest.mark.parametrize(
    "text",
    [
        "Engineers say 891 buildings were destroyed, many of them apartment blocks housing six to ten families each.",
        "Some 5,000 households in Mathare and Mukuru will receive KSh 10,000 each to help them relocate.",
        "Some 100,514 people crossed from Nagorno-Karabakh. The government will pay 100,000 drams to each arrival.",
    ],
)
def test_counts_per_thing_payments_and_shillings_are_no_figures(extractor: Extractor, text: str) -> None:
    assert all(f.reported not in (6, 10_000, 100_000, 5_000) for f in extractor.extract(text))


def test_households_back_in_a_neighbourhood_returned(extractor: Extractor) -> None:
    fact = only(
        extractor, "Some families have begun to return: the municipality counts 1,100 households back in Shiha."
    )
    assert (fact.reported, fact.term, fact.category) == (1_100, "returns", "return")


def test_a_count_each_went_somewhere_is_still_a_figure(extractor: Extractor) -> None:
    assert [f.reported for f in extractor.extract("Some 3,000 people fled; 500 each went to Goma and Bunia.")] == [
        3_000,
        500,
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Thousands of families are camping beside the ruins of their houses after the hurricane.", "household"),
        ("Trois mois après le séisme, des milliers de familles passent l'hiver sous la tente.", "household"),
    ],
)
def test_people_camping_by_their_ruined_homes_are_displaced(extractor: Extractor, text: str, unit: str) -> None:
    fact = only(extractor, text)
    assert (fact.reported, fact.vague, fact.unit, fact.term) == (None, True, unit, "displaced")


def test_campers_are_no_displaced_people(extractor: Extractor) -> None:
    assert extractor.extract("Some 300 campers were camping near the lake.") == []


def test_a_total_after_a_long_aside_between_dashes(extractor: Extractor) -> None:
    text = (
        "The number of people displaced in the city and neighbouring Jere — many of them already uprooted once by the "
        "insurgency, and some living in camps that had been closed only last year — had reached 414,000 by Friday, "
        "up from 125,000 on Wednesday."
    )
    assert [(f.reported, f.term) for f in extractor.extract(text)] == [(414_000, "displaced"), (125_000, "displaced")]


@pytest.mark.parametrize(
    "text",
    [
        "UNHCR will cut 3,500 staff positions after donors reduced funding; programmes for 2.1 million refugees in "
        "the region are at risk.",
        "The minister visited the Kalobeyei settlement, where she met 300 refugee families and inaugurated a school "
        "for 1,200 pupils.",
        "Some 2,300 displaced children were enrolled in temporary learning spaces in Cabo Delgado.",
        "Le HCR a réduit de 30 % ses effectifs au Tchad, où il assiste 1,2 million de réfugiés soudanais.",
        "Faute de financement, les rations de 800 000 réfugiés rohingyas seront réduites de moitié en avril.",
    ],
)
def test_people_served_met_or_schooled_are_no_figures(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text) == []


def test_people_registered_in_shelters_are_still_sheltered(extractor: Extractor) -> None:
    fact = only(
        extractor, "La Croix-Rouge indique que 1 350 sinistrés ont été inscrits dans ses centres d'hébergement."
    )
    assert (fact.reported, fact.term) == (1_350, "sheltered")


@pytest.mark.parametrize(
    "text",
    [
        "La préfecture a ouvert 65 centres d'hébergement d'une capacité totale de 8 000 places.",
        "Jamaica said its 881 designated shelters could hold about 125,000 people.",
        "Le nouveau camp de Dar Es Salam pourra accueillir 25 000 personnes.",
    ],
)
def test_what_shelters_and_camps_could_hold_is_no_figure(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text) == []


def test_people_already_uprooted_are_a_stock(extractor: Extractor) -> None:
    text = "The earthquake displaced 204,000 people, on top of the 3.5 million already uprooted by conflict nationwide."
    facts = extractor.extract(text)
    assert (facts[-1].reported, facts[-1].category) == (3_500_000, "idps")


def test_an_offensive_that_had_already_uprooted_people_is_their_movement(extractor: Extractor) -> None:
    fact = only(extractor, "The offensive had already uprooted 400,000 people in March.")
    assert fact.category == "new-displacement"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # people who "have gone back" have returned (not a team that went back)
        (
            "About 46,000 residents remain displaced in Kiryat Shmona, while some 9,000 have gone back since 27 "
            "November.",
            [(46_000, "displaced"), (9_000, "returns")],
        ),
        ("The team had gone back by noon with 30 kits.", []),
        # houses under water are affected
        (
            "Plus de 31 000 personnes ont été déplacées au Ghana. En outre, 1 200 maisons sont submergées.",
            [
                (31_000, "displaced"),
                (1_200, "affected"),
            ],
        ),
        # care centres are where Papua New Guinea shelters its evacuees (not health care centres)
        (
            "The landslide displaced 7,849 people in Enga. Of those, 1,650 are in three care centres.",
            [(7_849, "displaced"), (1_650, "sheltered")],
        ),
        ("The landslide displaced 7,849 people in Enga; 12 health care centres were damaged.", [(7_849, "displaced")]),
        # "en" for the people counted before, fewer now, or at the next place of that kind
        (
            "Plus de 160 000 personnes restent déplacées au Liban. Les centres d'hébergement collectif, qui en "
            "accueillaient près de 190 000 à la mi-octobre, n'en abritent plus que 14 800.",
            [(160_000, "displaced"), (190_000, "sheltered"), (14_800, "sheltered")],
        ),
        (
            "Le camp de Nduta compte encore quelque 60 000 réfugiés burundais ; celui de Nyarugusu en héberge 130 000.",
            [(60_000, "in-relief-camp"), (130_000, "in-relief-camp")],
        ),
    ],
)
def test_returns_homes_under_water_care_centres_and_hosts_again(
    extractor: Extractor, text: str, facts: list[tuple[int, str]]
) -> None:
    assert [(f.reported, f.term) for f in extractor.extract(text, published=date(2024, 12, 10))] == facts


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a camp or site that hosts people is where they are: the situation sets the term, not the verb
        ("Mugunga III camp now shelters 14,800 displaced persons.", "in-relief-camp"),
        ("In Port-au-Prince, 96 spontaneous sites shelter 178,000 people.", "in-relief-camp"),
        ("À Amizmiz, un camp de 400 tentes installé par l'armée héberge environ 2 200 personnes.", "in-relief-camp"),
        (
            "More than 40,000 people are living in makeshift camps along the road between Goma and Sake.",
            "in-relief-camp",
        ),
        ("Les autorités en ont recensé 1 240 dans un site d'accueil à Tanguiéta.", "in-relief-camp"),
        # a school or shelter keeps its own term, also beside a camp
        ("Near the camp, the school now shelters 1,200 displaced people.", "sheltered"),
        ("Emergency shelters were holding 10,200 people after the floods.", "sheltered"),
        ("Un centre d'accueil héberge 300 sinistrés à Niamey.", "sheltered"),
    ],
)
def test_camps_and_sites_that_host_people(extractor: Extractor, text: str, term: str) -> None:
    assert only(extractor, text).term == term


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Floods in Kenya. Counties affected: 38; people displaced: 12,000.", [12_000]),
        ("Inondations au Niger : communes touchées : 120 ; personnes sinistrées : 45 000.", [45_000]),
    ],
)
def test_the_places_a_disaster_hit_are_no_figure(extractor: Extractor, text: str, figures: list[int]) -> None:
    assert [f.reported for f in extractor.extract(text)] == figures


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # the running total of the movement counted just before, in its wording
        (
            "The migration directorate said it had deported 14,820 Haitians in November, bringing the total for the "
            "year to 225,000.",
            [(14_820, "returns"), (225_000, "returns")],
        ),
        ("Floods displaced 12,000 people in Kenya on Monday, bringing the death toll to 45.", [(12_000, "displaced")]),
        (
            "Les combats ont fait fuir 3 000 personnes au Mali, portant le bilan à 45 morts.",
            [(3_000, "forced-to-flee")],
        ),
        # people moved out of their villages were evacuated (not workers moved out of a mine)
        (
            "Cambodian authorities moved an estimated 5,000 to 6,000 people out of riverside villages in Stung Treng.",
            [(5_000, "evacuated")],
        ),
        ("The company moved 300 workers out of the mine after the blast.", []),
    ],
)
def test_running_totals_and_people_moved_out(extractor: Extractor, text: str, facts: list[tuple[int, str]]) -> None:
    assert [(f.reported, f.term) for f in extractor.extract(text, published=date(2024, 11, 25))] == facts


def test_a_box_of_figures_with_no_marks_between_its_items(extractor: Extractor) -> None:
    # each figure's words follow it; a date in brackets before the first is no phone number
    text = (
        "CHIFFRES CLÉS — Nord-Ouest et Sud-Ouest (janvier 2024) 638 000 personnes déplacées internes 334 000 "
        "retournés 87 000 réfugiés camerounais au Nigeria 1,7 million de personnes dans le besoin"
    )
    facts = extractor.extract(text, published=date(2024, 2, 1))
    assert [(f.reported, f.term, f.category) for f in facts] == [
        (638_000, "displaced", "idps"),
        (334_000, "returns", "returnees"),
        (87_000, "multiple-or-other", "people-displaced-across-borders"),
    ]
    # with labels, each label is its figure's
    facts = extractor.extract(
        "HANANG LANDSLIDE AT A GLANCE — dead: 63 | injured: 116 | people displaced: 1,150 | houses destroyed: 482",
        published=date(2024, 2, 1),
    )
    assert [(f.reported, f.term) for f in facts] == [(1_150, "displaced"), (482, "destroyed-housing")]
