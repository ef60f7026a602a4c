"""Rules of the thirty-third session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor, Fact

PUBLISHED = date(2025, 11, 20)


def _facts(extractor: Extractor, text: str) -> dict[int | None, Fact]:
    return {f.reported: f for f in extractor.extract(text, published=PUBLISHED)}


def _term(fact: Fact) -> str | None:
    return fact.term.value if fact.term is not None else None


def _category(fact: Fact) -> str | None:
    return fact.category.value if fact.category is not None else None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Four days after the snowstorm, about 2,700 residents of the valley remained cut off by landslides.", 2_700),
        ("More than 41,000 people were still isolated as floodwaters slowly receded on Friday.", 41_000),
        ("Some 1,900 people in the hills remain cut off by landslides after the earthquake.", 1_900),
        ("About 38,000 people remained isolated in the hills after the landslide.", 38_000),
        ("In Japan, 2,300 residents of the two towns remained cut off after the earthquake.", 2_300),
    ],
)
def test_people_cut_off_by_a_disaster_are_affected(extractor: Extractor, text: str, number: int) -> None:
    fact = _facts(extractor, text)[number]
    assert _term(fact) == "affected"
    assert fact.category is None


@pytest.mark.parametrize(
    "text",
    [
        # cut off by a siege: people who did not move, no figure
        "Fighting continued around the town, where some 23,000 residents remain cut off by the siege.",
        # services cut off, not people
        "After the earthquake, water is still cut off to about 18,000 homes in the city.",
        "After the floods, about 2,000 people remain cut off from aid in the hills.",
        # communities counted, not people
        "The storm damaged 40 bridges, and 112 communities remained cut off.",
    ],
)
def test_what_is_cut_off_and_no_figure(extractor: Extractor, text: str) -> None:
    assert [f for f in extractor.extract(text, published=PUBLISHED) if f.term is not None] == []


def test_a_table_between_spaced_slashes_is_read_with_its_headers(extractor: Extractor) -> None:
    text = (
        "Monsoon floods, cumulative figures since 14 June\n"
        "Province / Houses fully damaged / Houses partially damaged / Persons in relief camps\n"
        "Punjab / 12,450 / 30,100 / 48,700\n"
        "Sindh / 9,800 / 21,300 / 55,050\n"
    )
    facts = _facts(extractor, text)
    assert (_term(facts[12_450]), facts[12_450].unit.value) == ("destroyed-housing", "household")
    assert (_term(facts[30_100]), facts[30_100].unit.value) == ("partially-destroyed-housing", "household")
    assert (_term(facts[55_050]), facts[55_050].unit.value) == ("in-relief-camp", "person")
    assert facts[48_700].admin1 == "Punjab" and facts[9_800].admin1 == "Sindh"


def test_a_pipe_table_of_houses_counts_households(extractor: Extractor) -> None:
    text = "District | Houses destroyed | People in shelters\nSylhet | 1,240 | 8,900\n"
    facts = _facts(extractor, text)
    assert (_term(facts[1_240]), facts[1_240].unit.value) == ("destroyed-housing", "household")
    assert (_term(facts[8_900]), facts[8_900].unit.value) == ("sheltered", "person")


def test_slashes_in_a_sentence_are_no_table(extractor: Extractor) -> None:
    text = "Affected: 19,853 families / 76,407 persons / 4 districts, the centre said."
    assert 19_853 in _facts(extractor, text)


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        (
            "Les attaques dans le district de Meconta ont poussé à la fuite 41 230 personnes, selon l'OIM.",
            41_230,
            "forced-to-flee",
        ),
        ("Orsk: water has entered 6,300 homes across the region since the dam burst.", 6_300, "affected"),
        ("A landslide swallowed part of the hillside on Monday; 37 homes were lost.", 37, "destroyed-housing"),
        ("Officials said 2,600 houses would have to be rebuilt after the quake.", 2_600, "uninhabitable-housing"),
        ("Quelque 340 maisons devront être démolies après le séisme.", 340, "uninhabitable-housing"),
        (
            "The floods left 5,480 houses partly or fully damaged across the province.",
            5_480,
            "partially-destroyed-housing",
        ),
        (
            "Le gouvernement recense 615 logements détruits ou gravement endommagés après les explosions.",
            615,
            "partially-destroyed-housing",
        ),
        ("Près de 900 personnes se sont réfugiées dans l'église de la paroisse, selon le curé.", 900, "sheltered"),
        ("À Tamanrasset, 115 familles ont été relogées provisoirement dans une auberge de jeunesse.", 115, "sheltered"),
        ("Plus de 3 700 ménages vivent depuis janvier sur le site de Gateri, à Buterere.", 3_700, "in-relief-camp"),
        ("À Zémio, 19 450 déplacés s'entassent sur le site proche de la base.", 19_450, "in-relief-camp"),
        (
            "La mairie a ouvert un site à Toukra où sont installées pour l'instant 1 180 familles.",
            1_180,
            "in-relief-camp",
        ),
        (
            "The institute estimated that a further 20,000 had taken shelter with neighbours and relatives.",
            20_000,
            "displaced",
        ),
        ("About 500 families took shelter with host families in the town.", 500, "displaced"),
        ("The district administration evacuated 3,400 people to higher ground by boat.", 3_400, "evacuated"),
        ("Some 650 people are in tents pitched in their own yards because they fear aftershocks.", 650, "displaced"),
        (
            "Ahead of the hurricane's landfall, civil defence authorities protected 283,000 people.",
            283_000,
            "evacuated",
        ),
        (
            "As the hurricane crossed the west of the island, civil defence said 98,000 people were protected.",
            98_000,
            "evacuated",
        ),
        (
            "About 190,000 people were protected in Granma and Holguín as the hurricane crossed the island.",
            190_000,
            "evacuated",
        ),
    ],
)
def test_wordings_of_the_session(extractor: Extractor, text: str, number: int, term: str) -> None:
    assert _term(_facts(extractor, text)[number]) == term


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        # people sheltering in buildings, or in buildings and with relatives
        ("About 3,000 people are sheltering in schools or with relatives.", 3_000, "multiple-or-other"),
        ("About 700 people are sheltering in a school.", 700, "sheltered"),
        # moved to higher ground, not evacuated
        ("The army moved 2,000 people to higher ground.", 2_000, "relocated"),
        # people who took refuge somewhere, then went home: the main verb
        (
            "Les 1 650 personnes qui avaient trouvé refuge à l'école de Kalemie ont regagné leurs villages.",
            1_650,
            "returns",
        ),
        # protected in shelters: sheltered
        ("Some 13,200 families were protected in 1,078 shelters ahead of the hurricane.", 13_200, "sheltered"),
        # buildings named as sites: a shelter
        (
            "Les autorités ont ouvert deux sites d'accueil au stade et au palais du peuple, où sont hébergées 1 130 "
            "personnes.",
            1_130,
            "sheltered",
        ),
    ],
)
def test_what_the_session_leaves_alone(extractor: Extractor, text: str, number: int, term: str) -> None:
    assert _term(_facts(extractor, text)[number]) == term


@pytest.mark.parametrize(
    "text",
    [
        "The programme protected 3,000 people from violence last year.",
        "In the capital, 3,000 people were protected.",
        "Local authorities protected 3,000 people from violence last year.",
    ],
)
def test_protected_without_a_hazard_is_no_figure(extractor: Extractor, text: str) -> None:
    assert 3_000 not in _facts(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Plus de 337 000 personnes ont franchi la frontière depuis l'Ukraine, dont quelque 100 000 sont restées dans "
        "le pays.",
        "More than 350,000 people have crossed from Ukraine into Moldova, of whom about 100,000 have stayed in the "
        "country.",
    ],
)
def test_those_who_stayed_after_crossing_are_people_abroad(extractor: Extractor, text: str) -> None:
    facts = _facts(extractor, text)
    stayed = facts[100_000]
    assert (_term(stayed), _category(stayed)) == ("multiple-or-other", "people-displaced-across-borders")
    assert stayed.country == "UKR"
    crossed = next(f for n, f in facts.items() if n is not None and n > 300_000)
    assert (_term(crossed), _category(crossed)) == ("forced-to-flee", "cross-border-flight")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Environ 6 500 réfugiés sont hébergés dans les 84 centres de placement temporaire à Chișinău.", "sheltered"),
        ("About 6,500 refugees are housed in 84 collective centres in Chisinau.", "sheltered"),
        # refugees with hosts, or a count abroad with no place: the catch-all
        ("Chad hosts 630,000 refugees, sheltered by host families.", "multiple-or-other"),
        ("Some 40,000 Sudanese refugees live in host villages in eastern Chad.", "multiple-or-other"),
    ],
)
def test_refugees_housed_in_buildings_abroad_are_sheltered(extractor: Extractor, text: str, term: str) -> None:
    (fact,) = [f for f in extractor.extract(text, published=PUBLISHED) if f.reported]
    assert (_term(fact), _category(fact)) == (term, "people-displaced-across-borders")


@pytest.mark.parametrize(
    ("text", "number", "term", "category"),
    [
        (
            "Dans la région des Savanes, le nombre de déplacés internes fuyant les incursions a atteint 14 200.",
            14_200,
            "displaced",
            "idps",
        ),
        (
            "About 3,000 people fleeing the fighting arrived in the town on Monday.",
            3_000,
            "forced-to-flee",
            "new-displacement",
        ),
    ],
)
def test_a_participle_that_describes_displaced_people(
    extractor: Extractor, text: str, number: int, term: str, category: str
) -> None:
    fact = _facts(extractor, text)[number]
    assert (_term(fact), _category(fact)) == (term, category)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "A further 2,300 people who tried to return to their villages last autumn were forced back to the camps "
            "by renewed firing.",
            2_300,
        ),
    ],
)
def test_back_in_the_camps_after_a_return(extractor: Extractor, text: str, number: int) -> None:
    fact = _facts(extractor, text)[number]
    assert (_term(fact), _category(fact)) == ("multiple-or-other", "failed-return")


def test_people_forced_back_to_camps_by_floods_are_no_failed_return(extractor: Extractor) -> None:
    fact = _facts(extractor, "Rising water forced 2,300 people back to the camps on higher ground.")[2_300]
    assert _category(fact) != "failed-return"


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        ("In Lalitpur, 240 families are camping in a football ground after the floods.", 240, "in-relief-camp"),
        ("Some 650 people are camping in gardens beside their damaged homes after the quake.", 650, "displaced"),
        (
            "The 1,230 people displaced by last month's landslide are now in a camp near the town.",
            1_230,
            "in-relief-camp",
        ),
        # still in their villages: where they were, no camp
        ("Some 2,000 people displaced by the fighting are still in their villages.", 2_000, "displaced"),
    ],
)
def test_camping_and_now_in_a_camp(extractor: Extractor, text: str, number: int, term: str) -> None:
    assert _term(_facts(extractor, text)[number]) == term


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Depuis le début des émeutes, quelque 300 familles ont dû quitter leurs logements incendiés et sont "
            "hébergées chez des proches.",
            "destroyed-housing",
        ),
        (
            "Dans la Grand'Anse, 3 200 familles ont dû quitter leurs maisons effondrées et campent sur la place.",
            "destroyed-housing",
        ),
        ("À Nouméa, 210 familles dont le logement a été incendié sont hébergées dans des hôtels.", "destroyed-housing"),
        ("About 1,200 families fled their destroyed homes and are staying in schools.", "destroyed-housing"),
    ],
)
def test_the_homes_the_families_left_are_a_housing_row_too(extractor: Extractor, text: str, term: str) -> None:
    facts = extractor.extract(text, published=PUBLISHED)
    assert len(facts) == 2 and facts[0].reported == facts[1].reported
    assert _term(facts[1]) == term and facts[1].unit.value == "household"
    assert _term(facts[0]) not in (None, term)


@pytest.mark.parametrize(
    "text",
    [
        "Quelque 500 familles ont quitté leurs maisons pour se réfugier à Goma.",
        "About 400 families left their homes after the floods.",
        "About 300 families whose houses were destroyed in 2019 have now returned to their villages.",
    ],
)
def test_homes_left_with_nothing_said_of_them_are_no_housing_row(extractor: Extractor, text: str) -> None:
    assert not [
        f for f in extractor.extract(text, published=PUBLISHED) if f.term is not None and "housing" in f.term.value
    ]


def test_huts_that_collapsed_are_no_disease_cases(extractor: Extractor) -> None:
    text = "Dans le Lac, plus de 12 000 ménages ont vu leurs cases s'effondrer et campent désormais sur les dunes."
    assert 12_000 in _facts(extractor, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Environ 11 000 déplacés sont installés sur le nouveau site de Korsi, à la sortie de Birao.", 11_000),
        ("After the flash flood, 112 households were moved into army tents on higher ground.", 112),
    ],
)
def test_a_new_site_and_tents_moved_into_are_camps(extractor: Extractor, text: str, number: int) -> None:
    assert _term(_facts(extractor, text)[number]) == "in-relief-camp"


@pytest.mark.parametrize(
    "text",
    [
        # back in the camp they were forced out of: a return to it, not a failed return home
        "A fire forced 2,000 families out of the camp; by Tuesday, 1,500 of those families were back in the camp.",
        "Some 5,000 Afghans returning from Pakistan are now back in informal settlements on the outskirts of Kabul.",
    ],
)
def test_back_in_a_camp_with_no_return_home_is_no_failed_return(extractor: Extractor, text: str) -> None:
    assert all(_category(f) != "failed-return" for f in extractor.extract(text, published=PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        # fighters routed
        "Les FARDC ont poussé à la fuite quelque 300 miliciens après de violents combats près de Beni.",
        "Les militaires ont contraint environ 150 assaillants à la fuite.",
        # sites that are no displacement sites
        "Les pluies ont inondé le site minier de Lomera, où vivent plus de 6 000 personnes.",
        "Les inondations ont touché le camp militaire de Katindo, où vivent quelque 2 000 familles de soldats.",
        # cut off from power, isolated patients, stranded travellers, a siege
        "At least 60,000 households remain cut off from electricity after the storm.",
        "After the floods, 120 patients remain isolated in treatment centres in the province.",
        "More than 1,500 travellers remained stranded at the airport as heavy rains grounded flights.",
        "Encircled by the RSF, the town's 200,000 residents remain cut off as floods block the roads.",
        # protected, with no civil defence: homes, or people in another sense
        "Sandbag walls built by volunteers meant that 1,200 homes were protected, the council said after the floods.",
        "Thanks to the anticipatory cash programme before the monsoon floods, 25,000 people were protected, WFP said.",
        # homes that might have to be rebuilt, homes lost to foreclosure
        "Engineers warned that 3,000 homes would have to be rebuilt if the dam failed.",
        "More than 1,100 homes were lost to foreclosure in the county last year.",
        # camping in relatives' compounds
        "About 400 families are camping in the compounds of relatives in the town.",
    ],
)
def test_what_the_session_reads_as_no_figure(extractor: Extractor, text: str) -> None:
    assert [f for f in extractor.extract(text, published=PUBLISHED) if f.term is not None and f.reported] == []


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        ("Some 12,000 evacuees remain stranded in evacuation centres as floodwaters recede.", 12_000, "sheltered"),
        (
            "Some 3,000 flood-displaced people remain stranded in relief camps along the embankment.",
            3_000,
            "in-relief-camp",
        ),
        ("About 3,000 people took shelter with relatives or in schools after the cyclone.", 3_000, "multiple-or-other"),
        ("Some 4,000 people took shelter with their families in local schools after the floods.", 4_000, "sheltered"),
        ("About 2,300 people are sheltering in family tents provided by the agency.", 2_300, "sheltered"),
        (
            "Some 4,000 people were protected in shelters in Granma when the hurricane made landfall.",
            4_000,
            "sheltered",
        ),
        (
            "Three months after the earthquake, 12,000 families are still in tents in the province.",
            12_000,
            "in-relief-camp",
        ),
        ("Quelque 3 000 déplacés internes fuyant les attaques ont quitté le site lundi.", 3_000, "forced-to-flee"),
        ("115 familles ont été relogées dans l'auberge de jeunesse de la ville.", 115, "sheltered"),
        ("Plus de 3 700 ménages vivent depuis trois ans sur le site de Gateri.", 3_700, "in-relief-camp"),
        (
            "La mairie a ouvert un site à Toukra où sont installées depuis lundi 1 180 familles.",
            1_180,
            "in-relief-camp",
        ),
        ("Quelque 600 familles se sont réfugiées à Mutarule, loin de l'école du village.", 600, "forced-to-flee"),
    ],
)
def test_what_the_review_found(extractor: Extractor, text: str, number: int, term: str) -> None:
    assert _term(_facts(extractor, text)[number]) == term


def test_a_hard_wrapped_clause_with_a_colon_is_no_label(extractor: Extractor) -> None:
    text = "The floods have displaced 12,400\nfamilies across the province, the authority said: roads remain closed."
    assert _facts(extractor, text)[12_400].unit.value == "household"


def test_a_table_counts_households_only_in_columns_of_dwellings(extractor: Extractor) -> None:
    text = "District | Persons in damaged houses | Houses destroyed\nSylhet | 12,400 | 1,240\n"
    facts = _facts(extractor, text)
    assert facts[12_400].unit.value == "person"
    assert facts[1_240].unit.value == "household"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("À Gatumba, quelque 6 500 personnes s'entassent dans quatre sites, dont celui de Gateri.", 6_500),
        ("Hatay alone counts 217,000 container residents.", 217_000),
        ("Les autorités ont ouvert une quarantaine de campements, où vivent environ 12 000 personnes.", 12_000),
        ("À Adré, plus de 150 000 personnes vivent toujours sur un site de transit en bordure de la ville.", 150_000),
        ("The ministry said 6,410 people were being hosted in 29 temporary sites in four districts.", 6_410),
    ],
)
def test_sites_containers_and_campements(extractor: Extractor, text: str, number: int) -> None:
    assert _term(_facts(extractor, text)[number]) == "in-relief-camp"


def test_a_count_of_campements_is_no_figure(extractor: Extractor) -> None:
    text = "Les autorités ont installé 3 000 tentes et ouvert une quarantaine de campements, où vivent 9 000 personnes."
    facts = _facts(extractor, text)
    assert 40 not in facts and 9_000 in facts


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        (
            "Plus de 10 000 habitants de sept villages situés dans un rayon de 7 km ont été évacués, dont 4 400 "
            "sont hébergés dans des écoles.",
            4_400,
            "sheltered",
        ),
        (
            "About 46,000 people from the border communities remain in state-funded accommodation, mostly hotels.",
            46_000,
            "sheltered",
        ),
        ("Some 2,100 people were registered at welfare centres in Napier after the cyclone.", 2_100, "sheltered"),
    ],
)
def test_parts_past_a_distance_and_more_shelters(extractor: Extractor, text: str, number: int, term: str) -> None:
    assert _term(_facts(extractor, text)[number]) == term


def test_a_part_of_shelters_is_still_no_figure(extractor: Extractor) -> None:
    assert 850 not in _facts(extractor, "Le séisme a endommagé 1 006 abris collectifs, dont 850 sont saturés.")


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        (
            "An attack on the displacement site killed 51 people and set fire to 180 shelters, the committee said.",
            180,
            "destroyed-housing",
        ),
        (
            "Engineers inspected 1,200 homes, finding 144 unfit for use and 410 with repairable damage.",
            144,
            "uninhabitable-housing",
        ),
        (
            "Engineers inspected 1,200 homes, finding 144 unfit for use and 410 with repairable damage.",
            410,
            "partially-destroyed-housing",
        ),
        (
            "After the landslide, some 150 houses were covered by debris up to eight metres deep.",
            150,
            "destroyed-housing",
        ),
        ("Assam flood situation worsens: the deluge has now hit 2.4 lakh people in 19 districts.", 240_000, "affected"),
        (
            "Mudflows forced nearly four hundred residents to move in with relatives in neighbouring villages.",
            400,
            "displaced",
        ),
        ("Another 120 families have moved in with relatives in nearby villages after the floods.", 120, "displaced"),
    ],
)
def test_fire_debris_repairs_deluge_and_relatives(extractor: Extractor, text: str, number: int, term: str) -> None:
    assert _term(_facts(extractor, text)[number]) == term


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        (
            "After the quake, the Red Crescent said it had set up tents for about 7,400 people in Khoy.",
            7_400,
            "in-relief-camp",
        ),
        (
            "Le pays accueille un million de Rohingyas, dont 36 000 ont été transférés sur l'île de Bhasan Char.",
            36_000,
            "relocated",
        ),
    ],
)
def test_tents_set_up_for_people_and_a_transfer_to_an_island(
    extractor: Extractor, text: str, number: int, term: str
) -> None:
    assert _term(_facts(extractor, text)[number]) == term


@pytest.mark.parametrize(
    ("text", "number", "country"),
    [
        (
            "Le nord du Togo accueille plus de 42 000 personnes ayant fui le Burkina Faso voisin, selon le HCR.",
            42_000,
            "BFA",
        ),
        ("Uganda hosts some 12,000 people who fled South Sudan last year.", 12_000, "SSD"),
    ],
)
def test_people_a_country_hosts_who_fled_another_are_abroad(
    extractor: Extractor, text: str, number: int, country: str
) -> None:
    fact = _facts(extractor, text)[number]
    assert (_term(fact), _category(fact), fact.country) == (
        "multiple-or-other",
        "people-displaced-across-borders",
        country,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The town hosts 3,000 people who fled the fighting in the north.",
        "Uganda hosts 5,000 people who fled Uganda's north.",
    ],
)
def test_people_hosted_who_fled_at_home_are_no_people_abroad(extractor: Extractor, text: str) -> None:
    (fact,) = extractor.extract(text, published=PUBLISHED)
    assert _category(fact) != "people-displaced-across-borders"


def test_people_chased_from_camps_fled(extractor: Extractor) -> None:
    text = (
        "Selon le Forum, environ 500 personnes ont été chassées des campements et quelque 150 tentes ont été brûlées."
    )
    assert _term(_facts(extractor, text)[500]) == "forced-to-flee"
