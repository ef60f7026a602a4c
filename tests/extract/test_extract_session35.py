"""Rules of the thirty-fifth session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor, Fact
from idmon.geo.gazetteer import Gazetteer

PUBLISHED = date(2025, 11, 20)


def _facts(extractor: Extractor, text: str) -> list[Fact]:
    return extractor.extract(text, published=PUBLISHED)


def _term(fact: Fact) -> str | None:
    return fact.term.value if fact.term is not None else None


def _category(fact: Fact) -> str | None:
    return fact.category.value if fact.category is not None else None


def _one(extractor: Extractor, text: str, number: int | None) -> Fact:
    found = [f for f in _facts(extractor, text) if f.reported == number]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "An estimated 12,500 villagers were forced from Kalemie and nearby hamlets after the raid on 3 November.",
        "Some 2,300 families have been forced from the valley since the landslide.",
    ],
)
def test_people_forced_from_a_place_fled(extractor: Extractor, text: str) -> None:
    facts = [f for f in _facts(extractor, text) if f.term is not None]
    assert [_term(f) for f in facts] == ["forced-to-flee"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister, who won 3,400 votes in 2019, was forced from office in October.",
        "The club, founded by 1,200 members, was forced from the league after the scandal.",
    ],
)
def test_forced_from_office_or_a_league_is_no_flight(extractor: Extractor, text: str) -> None:
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "More than 18,000 people have fled into Chad since May, the biggest influx in over two decades.",
        "Plus de 18 000 personnes ont fui vers le Tchad depuis mai, un afflux inédit depuis deux décennies.",
    ],
)
def test_decades_are_no_figure(extractor: Extractor, text: str) -> None:
    assert sorted(f.reported for f in _facts(extractor, text) if f.reported is not None) == [18000]


def test_people_displaced_from_refugee_camps_at_home_are_not_abroad(extractor: Extractor) -> None:
    text = (
        "UNRWA says some 27,000 Palestinians have been displaced from the Balata and Askar refugee camps since "
        "the operation began on 2 March."
    )
    fact = _one(extractor, text, 27000)
    assert _term(fact) == "displaced"
    assert _category(fact) == "new-displacement"


def test_people_who_fled_to_refugee_camps_abroad_still_crossed(extractor: Extractor) -> None:
    text = "Some 4,600 Sudanese fled the fighting to refugee camps in eastern Chad last week."
    assert _category(_one(extractor, text, 4600)) == "cross-border-flight"


def test_authorities_forced_to_protect_people_evacuated_them(extractor: Extractor) -> None:
    text = (
        "Hurricane Rafael forced authorities in Pinar del Río province to protect nearly 41,000 people, most of them "
        "with relatives, the civil defence said."
    )
    assert _term(_one(extractor, text, 41000)) == "evacuated"


@pytest.mark.parametrize(
    "text",
    [
        "The new programme will help authorities to protect 34,000 people from malaria.",
        "Funding shortfalls forced authorities to protect 2,000 hectares of forest instead of 5,000.",
    ],
)
def test_protection_from_disease_or_of_land_is_no_evacuation(extractor: Extractor, text: str) -> None:
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "As of 2 November, 64,210 displaced people were registered in 733 collective shelters.",
        "While most stay with relatives, some 3,400 people are being hosted in schools and public buildings.",
        "About 900 evacuees were housed in hotels on the mainland.",
    ],
)
def test_people_hosted_or_registered_in_shelters_are_sheltered(extractor: Extractor, text: str) -> None:
    facts = [f for f in _facts(extractor, text) if f.term is not None and f.reported is not None]
    assert [_term(f) for f in facts] == ["sheltered"]


def test_soldiers_who_move_residents_to_shelters_evacuate_them(extractor: Extractor) -> None:
    text = (
        "Troops used boats on Tuesday to move more than 1,700 residents of Ayutthaya to temporary shelters at temples."
    )
    fact = _one(extractor, text, 1700)
    assert _term(fact) == "evacuated"
    assert _category(fact) == "new-displacement"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry plans to move 300 students to schools in the next district.",
        "Officials will move 120 patients to hospitals in the capital.",
    ],
)
def test_students_or_patients_moved_to_schools_or_hospitals_are_not_evacuees(extractor: Extractor, text: str) -> None:
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


def test_displaced_people_who_left_sites_to_go_home_returned(extractor: Extractor) -> None:
    text = (
        "An estimated 42,000 displaced people have left the Kanyaruchinya, Kibati and Munigi sites north of Goma in "
        "the past ten days, most of them to go back to their villages in Rutshuru territory."
    )
    fact = _one(extractor, text, 42000)
    assert _term(fact) == "returns"
    assert _category(fact) == "return"


def test_displaced_people_who_left_sites_and_others_who_went_home_are_each_their_own(extractor: Extractor) -> None:
    text = "Some 5,000 displaced people have left the camps for the town; 300 others have gone back home."
    assert _term(_one(extractor, text, 5000)) != "returns"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("À ce jour, 24 310 personnes sont toujours déplacées et hébergées dans 96 sites du district.", 24310),
        ("Some 8,950 people are still displaced and living in 41 sites across the province.", 8950),
    ],
)
def test_still_displaced_and_hosted_in_sites_are_in_camps(extractor: Extractor, text: str, number: int) -> None:
    assert _term(_one(extractor, text, number)) == "in-relief-camp"


def test_people_given_accommodation_abroad_are_sheltered_abroad(extractor: Extractor) -> None:
    text = (
        "GORIS — Armenia said on 30 September that 84,770 people had arrived from Nagorno-Karabakh, and that 18,900 "
        "of them had been given accommodation by the state, mostly in hotels and dormitories."
    )
    fact = _one(extractor, text, 18900)
    assert _term(fact) == "sheltered"
    assert _category(fact) == "people-displaced-across-borders"


def test_workers_given_accommodation_are_not_sheltered(extractor: Extractor) -> None:
    text = "The 300 workers were given accommodation near the mine for the season."
    assert [f for f in _facts(extractor, text) if f.term is not None] == []


def test_families_rehoused_by_the_state_in_a_hotel_are_sheltered(extractor: Extractor) -> None:
    text = (
        "À Dakar, environ 140 familles dont les maisons ont été détruites par l'incendie ont été relogées par l'État "
        "dans un hôtel de Pikine."
    )
    terms = {_term(f) for f in _facts(extractor, text) if f.reported == 140}
    assert "sheltered" in terms


def test_a_part_of_a_flight_already_displaced_before_is_displaced_again(extractor: Extractor) -> None:
    text = (
        "IOM estimates that about 120,000 people fled Sinja and nearby villages between 29 June and 6 July. Some "
        "34,000 of them had already been displaced once, having fled Khartoum in 2023."
    )
    whole, part = _one(extractor, text, 120000), _one(extractor, text, 34000)
    assert _category(whole) == "new-displacement"
    assert _category(part) == "multiple-displacement"
    assert (part.start_date, part.end_date) == (whole.start_date, whole.end_date)


def test_a_part_of_a_stock_already_displaced_before_is_no_second_flight(extractor: Extractor) -> None:
    text = (
        "Some 2.1 million people are internally displaced across the country. About 600,000 of them had already "
        "been displaced before the war."
    )
    assert _category(_one(extractor, text, 600000)) != "multiple-displacement"


def test_an_evacuation_after_troops_crossed_the_border_stays_at_home(extractor: Extractor) -> None:
    text = (
        "The regional governor said that 6,300 people had been evacuated from border villages since enemy forces "
        "crossed the border on 10 May."
    )
    fact = _one(extractor, text, 6300)
    assert _term(fact) == "evacuated"
    assert _category(fact) == "new-displacement"


def test_people_who_crossed_the_border_themselves_fled_abroad(extractor: Extractor) -> None:
    text = "Some 6,300 people crossed the border into Moldova on 10 March, fleeing the shelling."
    assert _category(_one(extractor, text, 6300)) == "cross-border-flight"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Fully damaged houses: 12; partially damaged houses: 2,406. Deaths: 4.", 12, 2406),
        ("Maisons détruites : 75 ; maisons endommagées : 1 320.", 75, 1320),
    ],
)
def test_each_housing_label_of_a_list_is_its_own(extractor: Extractor, text: str, first: int, second: int) -> None:
    assert _term(_one(extractor, text, first)) == "destroyed-housing"
    assert _term(_one(extractor, text, second)) == "partially-destroyed-housing"


@pytest.mark.parametrize(
    "text",
    [
        "IOM recorded 3,240 households displaced this year. The average household size among the displaced was seven.",
        "L'OIM a recensé 3 240 ménages déplacés ; la taille moyenne des ménages déplacés est de 7 personnes.",
    ],
)
def test_an_average_household_size_is_no_figure(extractor: Extractor, text: str) -> None:
    assert sorted(f.reported for f in _facts(extractor, text) if f.reported is not None) == [3240]


@pytest.mark.parametrize(
    "text",
    [
        "The authorities have allocated land in 22 townships for 4,100 returnee families.",
        "Partners delivered 3,000 boxes of food and 2,000 torches to the 1,500 displaced families.",
    ],
)
def test_townships_boxes_and_torches_are_counted_things(extractor: Extractor, text: str) -> None:
    numbers = sorted(f.reported for f in _facts(extractor, text) if f.reported is not None)
    assert not {22, 3000, 2000} & set(numbers)


def test_refugees_coming_from_camps_in_a_story_of_returns_returned(extractor: Extractor) -> None:
    text = (
        "Rapatriement : retour de 1 460 réfugiés congolais\nUn convoi de 1 460 réfugiés congolais en provenance "
        "des camps de Nakivale et de Kyangwali est arrivé lundi au centre de transit de Kasindi, a indiqué le HCR."
    )
    assert {_term(f) for f in _facts(extractor, text) if f.reported == 1460} == {"returns"}


@pytest.mark.parametrize(
    "text",
    [
        "Plus de 300 000 Afghans sont rentrés d'Iran depuis janvier, dont près de 120 000 ont été expulsés.",
        "Plus de 200 000 Afghans sont rentrés dans leur pays depuis octobre, dont environ 20 000 expulsés de force.",
    ],
)
def test_the_expelled_part_of_a_return_from_abroad_returned(extractor: Extractor, text: str) -> None:
    part = next(f for f in _facts(extractor, text) if f.reported in (120000, 20000))
    assert _term(part) == "returns"
    assert _category(part) == "cross-border-return"
    assert part.country == "AFG"


def test_people_expelled_from_a_neighbourhood_are_evicted(extractor: Extractor) -> None:
    text = "Quelque 1 300 familles ont été expulsées du quartier de Gesco, selon la mairie."
    assert _term(_one(extractor, text, 1300)) == "multiple-or-other"


def test_a_share_of_the_people_whose_homes_were_lost_is_no_count_of_houses(extractor: Extractor) -> None:
    text = (
        "More than 400,000 displaced people have gone back to the north since Monday. OCHA put the figure at 310,000 "
        "by Thursday, with many finding their homes reduced to rubble."
    )
    assert _term(_one(extractor, text, 310000)) != "destroyed-housing"


def test_total_collapses_of_houses_are_destroyed_houses(extractor: Extractor) -> None:
    text = "Selon un premier bilan, 2 400 habitations ont été touchées dans la province, dont 260 effondrements totaux."
    assert _term(_one(extractor, text, 260)) == "destroyed-housing"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Une quarantaine de familles dont les maisons ont été inondées ont été relogées chez des proches.",
            "displaced",
        ),
        ("Quelque 300 familles ont été relogées sur le site de Toukra.", "relocated"),
    ],
)
def test_rehoused_with_relatives_is_displaced(extractor: Extractor, text: str, term: str) -> None:
    assert _term(next(f for f in _facts(extractor, text) if f.reported is not None)) == term


def test_people_crossing_back_from_abroad_returned(extractor: Extractor) -> None:
    text = "Authorities also counted 180,000 Lebanese crossing back from Syria since 27 November."
    fact = _one(extractor, text, 180000)
    assert _term(fact) == "returns"
    assert _category(fact) == "cross-border-return"


def test_people_returning_through_a_border_crossing_came_from_abroad(extractor: Extractor) -> None:
    text = "UNHCR and IOM recorded 18,300 Afghans returning through the Spin Boldak crossing last week."
    assert _category(_one(extractor, text, 18300)) == "cross-border-return"


def test_people_waiting_to_return_have_not_returned(extractor: Extractor) -> None:
    text = "Quelque 1 900 familles y vivent actuellement en attendant de pouvoir regagner leurs régions d'origine."
    assert all(_term(f) != "returns" for f in _facts(extractor, text))


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Quelque 7 000 réfugiés s'entassaient jeudi au stade de Gatumba, selon le HCR.", "sheltered"),
        ("Près de 4 000 déplacés s'entassent sur le site de Kanyaruchinya.", "in-relief-camp"),
        ("About 700 people are crammed into a sports hall in the town.", "sheltered"),
    ],
)
def test_people_crammed_into_a_building_or_a_site(extractor: Extractor, text: str, term: str) -> None:
    assert _term(next(f for f in _facts(extractor, text) if f.reported is not None)) == term


def test_a_site_that_hosted_displaced_people_before_holds_them(extractor: Extractor) -> None:
    text = "Partners note that the site already hosted about 48,000 IDPs before the latest influx."
    assert _term(_one(extractor, text, 48000)) == "in-relief-camp"


def test_households_displaced_somewhere_and_camped_in_camps_are_in_camps(extractor: Extractor) -> None:
    text = "3,115 households have been displaced in Phalombe district and are camped in 12 evacuation camps."
    assert _term(_one(extractor, text, 3115)) == "in-relief-camp"


def test_a_part_living_in_sites_of_displaced_people_is_in_camps(extractor: Extractor) -> None:
    text = "Le Nord-Kivu comptait 2,4 millions de déplacés, dont environ 610 000 vivant dans 120 sites de déplacés."
    assert _term(_one(extractor, text, 610000)) == "in-relief-camp"


def test_areas_are_counted_places(extractor: Extractor) -> None:
    text = "Authorities ordered the evacuation of about 20 areas, and 1,300 people were evacuated on Sunday night."
    assert sorted(f.reported for f in _facts(extractor, text) if f.reported is not None) == [1300]


def test_arrivals_told_as_the_arrival_of_people_or_people_who_reached_a_town(extractor: Extractor) -> None:
    text = (
        "Between 3 and 9 May, an estimated 210,000 people were displaced from Abu Shouk camp. Field teams recorded the "
        "arrival of approximately 64,000 of them in Tawila, where most are staying in the open. A further 9,000 "
        "individuals reached Kutum town."
    )
    assert _term(_one(extractor, text, 64000)) == "multiple-or-other"
    assert _term(_one(extractor, text, 9000)) == "multiple-or-other"


@pytest.mark.parametrize(
    "text",
    [
        "The number of displaced people reached almost 5,500 on Thursday as the floods spread.",
        "Aid agencies said 18,000 displaced people reached with food rations were in Tawila.",
    ],
)
def test_a_count_or_aid_that_reached_people_is_no_arrival(extractor: Extractor, text: str) -> None:
    assert all(_term(f) != "multiple-or-other" for f in _facts(extractor, text))


@pytest.mark.parametrize(
    ("text", "numbers", "country"),
    [
        (
            "There are 6.1 million refugees and migrants from Venezuela worldwide, of whom 5.2 million are hosted in "
            "Latin America. Colombia hosts the largest number (2.4 million), followed by Peru (1.3 million) and "
            "Ecuador (444,000).",
            (2400000, 1300000, 444000),
            "VEN",
        ),
        (
            "Au 30 juin, 4,2 millions de personnes ayant fui l'Ukraine bénéficiaient de la protection temporaire "
            "dans l'Union européenne. L'Allemagne en accueille le plus grand nombre (1,2 million), devant la Pologne "
            "(980 000) et la Tchéquie (370 000).",
            (1200000, 980000, 370000),
            "UKR",
        ),
    ],
)
def test_each_host_countrys_share_of_people_abroad_is_abroad(
    gazetteer: Gazetteer, text: str, numbers: tuple[int, ...], country: str
) -> None:
    # (the rules pass over bare numbers in brackets: the learned reading of passed-over numbers finds them, and the
    # rules place them)
    reader = Extractor(gazetteer, rerank=False, recall=True)
    for number in numbers:
        fact = _one(reader, text, number)
        assert _category(fact) == "people-displaced-across-borders"
        assert fact.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Quelque 180 000 Syriens ont quitté la Turquie pour rentrer dans leur pays depuis décembre.",
        "More than 90,000 Afghans left Pakistan to return home in October.",
    ],
)
def test_people_who_left_a_country_to_go_home_returned(extractor: Extractor, text: str) -> None:
    fact = next(f for f in _facts(extractor, text) if f.reported is not None)
    assert _term(fact) == "returns"
    assert _category(fact) == "cross-border-return"


def test_people_left_unable_to_return_did_not_return(extractor: Extractor) -> None:
    text = "Flash floods in towns south of the city left 2,700 people unable to return to their homes."
    assert _term(_one(extractor, text, 2700)) != "returns"


def test_a_point_of_the_compass_ends_a_sentence(extractor: Extractor) -> None:
    text = (
        "L'ONU estime que plus de 2,6 millions de personnes sont déplacées dans le pays, dont environ 350 000 dans le "
        "sud-est. Les camps de réfugiés le long de la frontière hébergent déjà environ 80 000 personnes."
    )
    part = _one(extractor, text, 350000)
    assert _term(part) == "displaced"
    assert _category(part) == "idps"


def test_people_who_spent_the_night_in_parks_are_homeless(extractor: Extractor) -> None:
    text = "After the aftershock, an estimated 4,800 people spent the night in parks and open spaces of the city."
    assert _term(_one(extractor, text, 4800)) == "homeless"


def test_people_who_are_in_public_buildings_and_mosques_are_sheltered(extractor: Extractor) -> None:
    text = (
        "About 21,000 people have been displaced from the camps. Most are staying with relatives, while some 2,400 "
        "are in public buildings and mosques."
    )
    assert _term(_one(extractor, text, 2400)) == "sheltered"


@pytest.mark.parametrize(
    "text",
    [
        "Quelque 2 000 habitants ont fui vers la Thaïlande. Bangkok se dit prêt à accueillir jusqu'à 60 000 personnes.",
        "Some 2,000 residents fled into Thailand. Bangkok said it was ready to take in up to 60,000 people.",
    ],
)
def test_a_country_ready_to_host_people_gives_a_capacity(extractor: Extractor, text: str) -> None:
    assert [f.reported for f in _facts(extractor, text) if f.reported is not None] == [2000]


def test_a_part_of_people_who_fled_abroad_that_went_back_returned_home(extractor: Extractor) -> None:
    text = (
        "Quelque 2 600 habitants du Myanmar ont traversé la rivière Moei vers la Thaïlande ce week-end, fuyant les "
        "combats. La plupart ont été installés dans des abris temporaires. Lundi, environ 900 d'entre eux étaient "
        "déjà retournés du côté birman."
    )
    part = _one(extractor, text, 900)
    assert _term(part) == "returns"
    assert _category(part) == "cross-border-return"
    assert part.country == "MMR"


def test_returnees_among_arrivals_from_a_war_abroad_are_home(extractor: Extractor) -> None:
    text = (
        "More than 700,000 people have crossed from Sudan into South Sudan since April 2023, 480,000 of them South "
        "Sudanese returning home and 220,000 Sudanese refugees."
    )
    part = _one(extractor, text, 480000)
    assert _category(part) == "cross-border-return"
    assert part.country == "SSD"


def test_a_bulletins_label_before_its_first_figure_is_no_reference_number(extractor: Extractor) -> None:
    text = "Civil defence, 6pm bulletin: 412,300 people have left their homes and 64,900 are in public shelters."
    assert {f.reported for f in _facts(extractor, text)} >= {412300, 64900}


def test_a_bulletins_number_is_still_no_figure(extractor: Extractor) -> None:
    text = "See bulletin 12 for details: some 3,000 people were displaced by the floods."
    assert sorted(f.reported for f in _facts(extractor, text) if f.reported is not None) == [3000]


def test_arrivals_after_returns_from_abroad_are_more_returns(extractor: Extractor) -> None:
    text = (
        "More than 210,000 Afghans have returned from Pakistan since October, according to IOM. Of them, around "
        "14,000 were deported. At the Torkham crossing, 6,800 people arrived on 2 November alone."
    )
    fact = _one(extractor, text, 6800)
    assert _term(fact) == "returns"
    assert _category(fact) == "cross-border-return"
    assert fact.country == "AFG"


def test_arrivals_in_a_story_of_refugees_and_returnees_are_no_returns(extractor: Extractor) -> None:
    text = (
        "Plus de 120 000 réfugiés soudanais sont arrivés dans l'est du Tchad depuis avril, auxquels s'ajoutent "
        "quelque 30 000 retournés tchadiens qui vivaient au Darfour. À Adré, 1 800 nouveaux arrivants ont été "
        "enregistrés lundi."
    )
    assert _term(_one(extractor, text, 1800)) != "returns"


def test_a_site_where_people_are_crammed_holds_them(extractor: Extractor) -> None:
    text = "Les autorités ont ouvert un site temporaire au stade de la ville, où s'entassent quelque 9 000 déplacés."
    assert _term(_one(extractor, text, 9000)) == "in-relief-camp"


def test_returnees_back_through_a_named_post_came_from_abroad(extractor: Extractor) -> None:
    text = "Lors du rapatriement volontaire, 980 réfugiés sont rentrés lundi par le poste de Kobero."
    assert _category(_one(extractor, text, 980)) == "cross-border-return"


@pytest.mark.parametrize(
    ("text", "number", "term"),
    [
        (
            "COPECO said the storm had affected 96,000 people, with 5,100 staying in 80 shelters and 14,300 taking "
            "refuge with relatives or friends.",
            14300,
            "displaced",
        ),
        (
            "The civil defence said 190,000 people had been protected ahead of the hurricane. Of them, 171,000 went "
            "to the homes of relatives and neighbours and about 19,000 to 120 evacuation centres.",
            171000,
            "displaced",
        ),
        (
            "Après le cyclone, 2 100 personnes sont toujours hébergées. Un pont aérien a permis d'acheminer vers La "
            "Réunion 860 personnes, dont des malades.",
            860,
            "evacuated",
        ),
        (
            "Après l'ordre de quitter les camps, environ 70 000 déplacés des sites de Rusayo et de Bulengo sont "
            "rentrés dans leurs villages de Masisi.",
            70000,
            "returns",
        ),
    ],
)
def test_wordings_read_from_dev52(extractor: Extractor, text: str, number: int, term: str) -> None:
    assert _term(_one(extractor, text, number)) == term


def test_a_tables_column_of_departures_to_areas_of_origin_counts_returns(extractor: Extractor) -> None:
    text = (
        "DTM Nigeria | Emergency Tracking Tool – Borno State | 12–18 May 2024\n"
        "LGA | New arrivals (individuals) | Departures to areas of origin (individuals)\n"
        "Bama | 1,140 | 260\n"
        "Ngala | 690 | 95\n"
        "Total | 1,830 | 355\n"
    )
    facts = {f.reported: _term(f) for f in _facts(extractor, text)}
    assert facts.get(260) == "returns" and facts.get(95) == "returns" and facts.get(355) == "returns"
    assert facts.get(1140) == "multiple-or-other"


def test_a_tables_column_of_idp_returnees_counts_returnees(extractor: Extractor) -> None:
    text = (
        "IOM DTM – National Displacement Report, Round 34\n"
        "Region | IDPs | IDP returnees | Sites\n"
        "Somali | 1,040,200 | 88,700 | 990\n"
    )
    facts = {f.reported: _term(f) for f in _facts(extractor, text)}
    assert facts.get(1040200) == "displaced"
    assert facts.get(88700) == "returns"


def test_repatriated_refugees_coming_from_a_camp_returned(extractor: Extractor) -> None:
    text = (
        "Un convoi de 520 rapatriés burundais en provenance du camp de Nduta, en Tanzanie, est arrivé mardi au "
        "centre de transit de Songore, a indiqué le HCR."
    )
    assert _term(_one(extractor, text, 520)) == "returns"


def test_refugees_in_refugee_accommodation_centres_abroad_are_sheltered(extractor: Extractor) -> None:
    text = (
        "Moldova still hosts some 110,000 refugees from Ukraine, according to UNHCR. About 2,100 of them continue to "
        "live in 40 refugee accommodation centres run by the government."
    )
    fact = _one(extractor, text, 2100)
    assert _term(fact) == "sheltered"
    assert _category(fact) == "people-displaced-across-borders"
