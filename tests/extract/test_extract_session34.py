"""Rules of the thirty-fourth session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor, Fact

PUBLISHED = date(2025, 11, 20)


def _facts(extractor: Extractor, text: str) -> list[Fact]:
    return extractor.extract(text, published=PUBLISHED)


def _term(fact: Fact) -> str | None:
    return fact.term.value if fact.term is not None else None


def _one(extractor: Extractor, text: str, number: int | None) -> Fact:
    found = [f for f in _facts(extractor, text) if f.reported == number]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("A month after the storm, thousands remain in relief camps along the coast.", "in-relief-camp"),
        ("Two weeks after the cyclone, hundreds still remain in evacuation centres in the north.", "sheltered"),
        ("Des milliers vivent toujours dans des camps de déplacés depuis le séisme de février.", "in-relief-camp"),
    ],
)
def test_a_vague_figure_where_its_people_stay(extractor: Extractor, text: str, term: str) -> None:
    fact = _one(extractor, text, None)
    assert fact.vague
    assert _term(fact) == term


def test_money_that_remains_is_no_vague_figure(extractor: Extractor) -> None:
    text = "Thousands remain in the relief fund for families who fled the floods, the ministry said."
    assert [f for f in _facts(extractor, text) if f.vague] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ten days after the earthquake, tens of thousands of residents are still sleeping on roads and in parks.",
        "Since the dam burst, about 4,500 people have been sleeping on the roadside outside the town.",
        "Depuis l'inondation, des milliers de familles vivent au bord des routes de la province.",
        "Après le séisme, quelque 2 300 habitants dorment sur les trottoirs de la ville.",
    ],
)
def test_people_sleeping_on_roads_are_homeless(extractor: Extractor, text: str) -> None:
    facts = [f for f in _facts(extractor, text) if f.term is not None]
    assert [_term(f) for f in facts] == ["homeless"]


def test_people_living_on_embankments_are_displaced(extractor: Extractor) -> None:
    text = "As the river rose, another 12,000 people whose villages were flooded are living on embankments."
    assert _term(_one(extractor, text, 12_000)) == "displaced"


def test_crossing_a_named_river_into_another_country_is_a_flight(extractor: Extractor) -> None:
    text = (
        "Fighting for the border town intensified on Thursday. Around 4,000 people crossed the Kolo river from the "
        "town into the neighbouring country, officials said."
    )
    fact = _one(extractor, text, 4_000)
    assert _term(fact) == "forced-to-flee"


def test_crossing_a_river_to_sell_goods_is_no_figure(extractor: Extractor) -> None:
    text = "Around 2,000 traders crossed the Kolo river every day to sell fish at the market."
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


def test_people_who_spent_the_night_in_a_shelter_named_before(extractor: Extractor) -> None:
    text = "La crue a inondé le bourg. La mairie a ouvert la salle des fêtes, où 140 personnes ont passé la nuit."
    fact = _one(extractor, text, 140)
    assert _term(fact) == "sheltered"


def test_supporters_who_spent_the_night_in_a_stadium_are_no_figure(extractor: Extractor) -> None:
    text = "La finale a eu lieu au stade, où 30 000 supporters ont passé la nuit à chanter."
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


def test_the_people_of_buried_villages_who_were_evacuated(extractor: Extractor) -> None:
    text = "Dans la province, 1 300 habitants de villages ensevelis par une coulée de boue ont été évacués mardi."
    assert _term(_one(extractor, text, 1_300)) == "evacuated"


def test_the_homes_of_buried_villages_are_housing(extractor: Extractor) -> None:
    text = "La coulée de boue a enseveli 300 maisons de villages de montagne."
    fact = _one(extractor, text, 300)
    assert _term(fact) == "destroyed-housing"


def test_a_part_on_more_people_than_sites_is_no_share_of_the_sites(extractor: Extractor) -> None:
    text = "Dans la capitale, le nombre de déplacés atteint 640 000, dont 210 000 sur 180 sites, contre 590 000 en mai."
    facts = {f.reported: f for f in _facts(extractor, text)}
    assert _term(facts[210_000]) == "in-relief-camp"
    # the earlier count is of the whole, not of the part on sites
    assert _term(facts[590_000]) == "displaced"


def test_a_share_of_sites_is_no_figure(extractor: Extractor) -> None:
    text = "Le nombre de déplacés atteint 640 000, répartis dans 18 sur 23 communes de la région."
    assert {f.reported for f in _facts(extractor, text)} == {640_000}


def test_a_range_pushed_out_with_a_further(extractor: Extractor) -> None:
    text = "Shelling near the town on Monday pushed a further 120,000 to 140,000 people east towards the lake."
    fact = _one(extractor, text, 120_000)
    assert fact.reported_max == 140_000
    assert _term(fact) == "forced-to-flee"


def test_nights_and_degrees_are_no_people(extractor: Extractor) -> None:
    text = (
        "Fifty-two families from ward 7 have spent the past four nights in the village school. Many slept two nights "
        "in the open in temperatures near 0°C."
    )
    facts = [f for f in _facts(extractor, text) if f.term is not None]
    assert [(f.reported, f.unit.value, _term(f)) for f in facts] == [(52, "household", "sheltered")]


def test_people_who_were_spending_nights_in_gyms(extractor: Extractor) -> None:
    text = "The region said 12,000 people had been evacuated, and that 3,100 were spending nights in gyms and schools."
    assert _term(_one(extractor, text, 3_100)) == "sheltered"


def test_the_figure_before_a_semicolon_keeps_the_wording_before_it(extractor: Extractor) -> None:
    text = "The cyclone destroyed 12,400 houses and partially damaged another 30,100; six deaths were reported."
    fact = _one(extractor, text, 30_100)
    assert _term(fact) == "partially-destroyed-housing"
    assert fact.unit.value == "household"


@pytest.mark.parametrize(
    "text",
    [
        "After the eruption, all 830 people living on the island were taken by ship to the provincial capital.",
        "The atoll's 140 residents were also moved to the main island after the tsunami.",
    ],
)
def test_people_taken_or_also_moved_elsewhere_are_relocated(extractor: Extractor, text: str) -> None:
    facts = [f for f in _facts(extractor, text) if f.term is not None]
    assert [_term(f) for f in facts] == ["relocated"]


def test_the_injured_taken_to_hospital_by_boat_are_no_figure(extractor: Extractor) -> None:
    text = "After the ferry sank, some 40 injured passengers were taken by boat to hospital in the capital."
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        ("About 6,400 people are crammed into the Kanyaruchinya site north of the city.", 6_400, "in-relief-camp"),
        ("Living rough: about 520 people in the old town, according to volunteers.", 520, "homeless"),
        ("The tremor cracked the walls of 2,300 homes in the prefecture.", 2_300, "partially-destroyed-housing"),
        ("A fire swept through the camp on Sunday, burning roughly 1,900 shelters.", 1_900, "destroyed-housing"),
        ("L'explosion a fait 12 morts, et 64 habitations ont été soufflées.", 64, "destroyed-housing"),
    ],
)
def test_wordings_of_sites_the_street_and_housing(extractor: Extractor, text: str, number: int, term: str) -> None:
    assert _term(_one(extractor, text, number)) == term


def test_burning_fuel_and_crowded_buses_are_no_figures(extractor: Extractor) -> None:
    text = "The depot kept burning 3,000 litres of fuel an hour, and 45 passengers were crammed into the bus."
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "Trois mois après les émeutes, quelque 1 400 personnes ne sont toujours pas rentrées chez elles.",
        "Un mois après la crue, environ 900 habitants ne sont pas encore rentrés chez eux.",
    ],
)
def test_people_not_yet_back_home_are_displaced(extractor: Extractor, text: str) -> None:
    facts = [f for f in _facts(extractor, text) if f.term is not None]
    assert [_term(f) for f in facts] == ["displaced"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Les autorités ont évacué 2 700 sinistrés vers des écoles de la ville.", "evacuated"),
        ("La Croix-Rouge a hébergé 1 300 sinistrés dans des hôtels de la région.", "sheltered"),
    ],
)
def test_what_befell_disaster_victims_named_by_their_noun(extractor: Extractor, text: str, term: str) -> None:
    facts = [f for f in _facts(extractor, text) if f.term is not None]
    assert [_term(f) for f in facts] == [term]


def test_people_left_affected_stay_affected(extractor: Extractor) -> None:
    text = "Tropical Storm Sara has left 118,200 people affected in the north, the agency said."
    assert _term(_one(extractor, text, 118_200)) == "affected"


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        ("Une semaine après le cyclone, ces centres abritaient encore 3 100 personnes.", 3_100, "sheltered"),
        ("By Friday the evacuation centres still housed 4,700 people.", 4_700, "sheltered"),
        ("In the first nights, more than 90,000 people slept in the open.", 90_000, "homeless"),
        ("Les démolitions menées depuis mars ont déguerpi environ 12 000 personnes.", 12_000, "multiple-or-other"),
        ("The flash flood washed away 38 gers and 9 houses in the district.", 38, "destroyed-housing"),
        ("Floods in the province inundated the homes of 7,200 households.", 7_200, "affected"),
        ("À Port-Louis, une quarantaine de familles ont vu leur maison inondée.", 40, "affected"),
        ("Some 1,300 families had their homes flooded in the lower town.", 1_300, "affected"),
    ],
)
def test_shelters_the_open_evictions_dwellings_and_flooded_homes(
    extractor: Extractor, text: str, number: int, term: str
) -> None:
    assert _term(_one(extractor, text, number)) == term


def test_schools_that_host_pupils_and_a_count_of_districts_are_no_figures(extractor: Extractor) -> None:
    text = "Around 600,000 people in four mantikas were affected; the centres hold 300 cars."
    facts = [f for f in _facts(extractor, text) if f.term is not None]
    assert [(f.reported, _term(f)) for f in facts] == [(600_000, "affected")]


def test_makeshift_shelters_beside_their_homes_are_displaced(extractor: Extractor) -> None:
    text = "Two months on, about 11,000 households are living in tin and tarpaulin shelters beside their damaged homes."
    assert _term(_one(extractor, text, 11_000)) == "displaced"


def test_evacuation_shelters_beside_a_school_stay_shelters(extractor: Extractor) -> None:
    text = "About 1,900 people are staying in evacuation shelters near the school."
    assert _term(_one(extractor, text, 1_900)) == "sheltered"


def test_the_rest_in_the_homes_of_relatives_are_displaced(extractor: Extractor) -> None:
    text = (
        "Some 190,000 people left their homes before landfall, 41,000 of them in evacuation centres and 149,000 in "
        "the homes of relatives and neighbours."
    )
    facts = {f.reported: f for f in _facts(extractor, text)}
    assert _term(facts[41_000]) == "sheltered"
    assert _term(facts[149_000]) == "displaced"


def test_malaysia_relief_centres_are_shelters_and_no_people(extractor: Extractor) -> None:
    text = "In Kelantan, 38,000 evacuees are still in 180 PPS, the state disaster committee said."
    facts = [f for f in _facts(extractor, text) if f.term is not None]
    assert [(f.reported, _term(f)) for f in facts] == [(38_000, "sheltered")]


def test_a_quoted_vague_figure_with_its_noun_after(extractor: Extractor) -> None:
    text = "La Croix-Rouge évoque pour sa part « des dizaines de milliers » de personnes qui dorment dans la rue."
    fact = _one(extractor, text, None)
    assert fact.vague
    assert _term(fact) == "homeless"


def test_people_sleeping_beside_the_ruins_are_homeless(extractor: Extractor) -> None:
    text = "About 900 people remain in 12 shelters, while hundreds more are sleeping next to the ruins of their homes."
    facts = {f.reported: f for f in _facts(extractor, text)}
    assert _term(facts[None]) == "homeless"
    assert _term(facts[900]) == "sheltered"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Les associations parlent de « dizaines de milliers de sans-abri » après le cyclone.", "homeless"),
        ("Thousands more are reported to be sleeping in churches in the town centre.", "sheltered"),
        ("Aftershocks prompted hundreds of families in the district to leave their villages.", "forced-to-flee"),
        ("Des dizaines de milliers d'habitants des bidonvilles ont perdu leur case en tôle.", "homeless"),
        ("Tens of thousands of people have left for relatives' homes in the city.", "displaced"),
        ("Thousands of families have pitched tents along roads and embankments.", "displaced"),
        ("Plusieurs centaines d'entre elles dorment dans des pavillons sportifs et des hôtels.", "sheltered"),
        ("Thousands more are sleeping on the seafront and in public squares.", "homeless"),
        ("Des centaines de familles vivent toujours sur les gravats, faute de relogement.", "homeless"),
    ],
)
def test_vague_figures_and_their_wordings(extractor: Extractor, text: str, term: str) -> None:
    fact = _one(extractor, text, None)
    assert fact.vague
    assert _term(fact) == term


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of dollars in relief were sent to the region.",
        "The storm prompted 300 tourists to leave their hotels early.",
    ],
)
def test_money_and_tourists_are_no_vague_figures(extractor: Extractor, text: str) -> None:
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        # a review's findings: facilities, actions and things after "of"; windows blown out; tourists, pilgrims,
        # drivers, pupils and aid workers away from home; vaccination centres; a vigil; ballot boxes; fishermen
        "Hundreds of evacuation orders were issued across the county.",
        "Des dizaines de centres d'hébergement ont ouvert dans la région.",
        "Les 1 200 vitres du bâtiment ont été soufflées par l'explosion.",
        "About 2,000 tourists slept on the beach during the festival.",
        "Les 300 chauffeurs routiers dorment au bord des routes en attendant l'ouverture de la frontière.",
        "The ministry opened vaccination sites; these centres hosted 20,000 people last week.",
        "Les 3 000 pèlerins dorment dans des hôtels de la ville.",
        "La veillée s'est tenue à l'église, où 300 personnes ont passé la nuit en prière.",
        "Some 300 pupils were taken by bus to the museum.",
        "The 1,200 ballot boxes were also moved to the capital.",
        "The fighting prompted 200 aid workers to leave the town.",
        "Thousands of holidaymakers left for relatives' homes over Christmas.",
        "About 200 fishermen living along the levee were interviewed for the census.",
        "Quelque 40 pêcheurs ne sont toujours pas rentrés au port.",
    ],
)
def test_review_findings_are_no_displacement(extractor: Extractor, text: str) -> None:
    facts = [f for f in _facts(extractor, text) if f.term is not None and _term(f) not in ("returns",)]
    assert facts == []


def test_roofs_blown_off_are_damage(extractor: Extractor) -> None:
    text = "Les toitures de 340 maisons ont été soufflées par le vent."
    assert _term(_one(extractor, text, 340)) == "partially-destroyed-housing"


def test_civilians_driven_out_with_fighters_are_still_counted(extractor: Extractor) -> None:
    text = "Shelling drove 4,000 residents and fighters out of the area."
    assert _term(_one(extractor, text, 4_000)) == "forced-to-flee"


def test_cuba_protected_people_in_a_province_before_the_storm(extractor: Extractor) -> None:
    text = (
        "Hurricane Oscar: the Civil Defence said it had protected 190,000 people in Holguín province before landfall."
    )
    assert _term(_one(extractor, text, 190_000)) == "evacuated"


def test_people_affected_who_live_in_sites_stay_affected(extractor: Extractor) -> None:
    text = "Flash floods since early August have affected some 21,000 households living in displacement sites."
    fact = _one(extractor, text, 21_000)
    assert _term(fact) == "affected"
    assert fact.category is None


def test_people_displaced_who_live_in_camps_keep_their_reading(extractor: Extractor) -> None:
    text = "The storm displaced 2,000 families living in camps near the river."
    assert _term(_one(extractor, text, 2_000)) != "affected"


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        ("By 29 May about 410,000 had gone back home, the ministry said.", 410_000, "returns"),
        ("In May some 3,200 people fled the fighting in the district.", 3_200, "forced-to-flee"),
    ],
)
def test_the_month_may_is_no_projection(extractor: Extractor, text: str, number: int, term: str) -> None:
    assert _term(_one(extractor, text, number)) == term


def test_what_may_happen_is_still_no_figure(extractor: Extractor) -> None:
    text = "The number of people displaced may reach 40,000 by the end of the month."
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        ("Officials said 1,300 camp residents had been moved to prefabricated homes.", 1_300, "relocated"),
        (
            "Some 7,400,000 people are displaced across all 18 states, including 2,100,000 who were already "
            "displaced before the war.",
            2_100_000,
            "displaced",
        ),
        ("The storm tore roofs off across the town, leaving 2,300 people in shelters.", 2_300, "sheltered"),
        ("UNHCR also assisted 6,100 IDPs who returned to their district last year.", 6_100, "returns"),
        (
            "Aid workers are struggling to reach some 9,000 villagers who fled their homes after the floods.",
            9_000,
            None,
        ),
    ],
)
def test_people_no_longer_ruled_out(extractor: Extractor, text: str, number: int, term: str | None) -> None:
    fact = _one(extractor, text, number)
    if term is not None:
        assert _term(fact) == term


@pytest.mark.parametrize(
    "text",
    [
        "The army withdrew, leaving 48,000 residents in the besieged city.",
        "UNHCR assisted 8,300 IDPs with cash last year.",
        "The plan aims to reach 2.3 million displaced people.",
        "The flood hit 12 districts, including 5 in the north.",
    ],
)
def test_people_still_ruled_out(extractor: Extractor, text: str) -> None:
    assert [f for f in _facts(extractor, text) if f.term is not None and f.reported is not None] == []


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        ("Council heads said 700 homes had been hit by rockets and drones.", 700, "partially-destroyed-housing"),
        ("À Haiphong, environ 1 800 maisons ont perdu leur toiture.", 1_800, "partially-destroyed-housing"),
        ("In the parish, where 2,100 homes lost roofs, power is still out.", 2_100, "partially-destroyed-housing"),
        ("Au moins 12 morts ; 300 maisons emportées par l'érosion.", 300, "destroyed-housing"),
        ("The fires left an estimated 9,000 people without a place to live.", 9_000, "homeless"),
        ("Quelque 11 000 personnes auraient perdu leur toit après les incendies.", 11_000, "homeless"),
    ],
)
def test_housing_damage_and_people_without_a_place(extractor: Extractor, text: str, number: int, term: str) -> None:
    assert _term(_one(extractor, text, number)) == term


def test_a_player_hit_by_defenders_is_no_figure(extractor: Extractor) -> None:
    assert [f for f in _facts(extractor, "The striker was hit by 3 defenders.") if f.term is not None] == []


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        (
            "Residents of the two towns, about 5,100 people in all, had been ordered out earlier in the week.",
            5_100,
            "evacuated",
        ),
        ("Another 1,700 or so left on their own in private cars, officials estimate.", 1_700, "evacuated"),
        (
            "Officials said about 2,600 residents were sleeping in their cars outside their damaged homes.",
            2_600,
            "displaced",
        ),
        ("À Porto Rico, le gouvernement a fait état de 1 900 personnes dans 60 refuges.", 1_900, "sheltered"),
    ],
)
def test_ordered_out_self_evacuated_in_cars_and_refuges(
    extractor: Extractor, text: str, number: int, term: str
) -> None:
    assert _term(_one(extractor, text, number)) == term


def test_hikers_living_in_their_cars_are_no_figure(extractor: Extractor) -> None:
    text = "Some 40 hikers were living in their cars near the trailhead."
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


def test_rains_that_flooded_the_homes_of_families(extractor: Extractor) -> None:
    fact = _one(extractor, "Les pluies ont inondé les maisons de 700 familles dans la capitale.", 700)
    assert _term(fact) == "affected"
    assert fact.unit.value == "household"


def test_an_earlier_count_after_a_part_in_english_is_the_wholes(extractor: Extractor) -> None:
    text = "Some 1.1 million people are displaced, including 110,000 in camps, up from 340,000 in March."
    facts = {f.reported: f for f in _facts(extractor, text)}
    assert _term(facts[110_000]) == "in-relief-camp"
    assert _term(facts[340_000]) == "displaced"
