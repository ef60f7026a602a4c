"""Rules of the thirty-sixth session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor, Fact

PUBLISHED = date(2025, 11, 28)


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


def _numbers(extractor: Extractor, text: str) -> list[int | None]:
    return sorted(f.reported for f in _facts(extractor, text) if f.term is not None and f.reported is not None)


# -- returnees forced back into the camps, or back in displacement -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 2,600 families who had gone back to Dadu in September have been forced back into the camps by new"
        " rains.",
        "Some 1,400 households that had returned to Ngala were driven back to the camps by fresh attacks last week.",
    ],
)
def test_returned_then_forced_back_into_camps_is_a_failed_return(extractor: Extractor, text: str) -> None:
    fact = next(f for f in _facts(extractor, text) if f.reported in (2600, 1400))
    assert (_term(fact), _category(fact)) == ("multiple-or-other", "failed-return")


@pytest.mark.parametrize(
    "text",
    [
        "About 1,800 returnees who had walked on to Bor have since moved into the Bor PoC site, saying their homes were"
        " gone.",
        "In Masisi, at least 9,000 returnees are staying with host families or in churches.",
        "Teams found whole villages burnt, and some 7,500 returnees went back north to relatives or collective"
        " shelters.",
    ],
)
def test_returnees_back_in_displacement_are_a_failed_return(extractor: Extractor, text: str) -> None:
    fact = next(f for f in _facts(extractor, text) if f.reported in (1800, 9000, 7500))
    assert (_term(fact), _category(fact)) == ("multiple-or-other", "failed-return")


def test_returnees_who_went_back_to_their_villages_returned(extractor: Extractor) -> None:
    fact = _one(extractor, "Some 3,000 returnees went back to their villages in Rutshuru last month.", 3000)
    assert _term(fact) == "returns"
    assert _category(fact) != "failed-return"


# -- returns told as help or leave to go back ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 2,400 displaced families have so far been helped to return to their villages in Ukhrul.",
        "Only 3,100 families have so far been allowed to return and rebuild in the old town.",
        "About 1,250 families have been allowed back into the most affected area after rebuilding.",
    ],
)
def test_helped_or_allowed_to_return_is_a_return(extractor: Extractor, text: str) -> None:
    fact = next(f for f in _facts(extractor, text) if f.reported in (2400, 3100, 1250))
    assert _term(fact) == "returns"


@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 displaced families have not been allowed to return to their homes in the old town.",
        "Some 900 pupils were allowed to return to school in Ukhrul on Monday after the floods.",
    ],
)
def test_not_allowed_to_return_or_back_to_school_is_no_return(extractor: Extractor, text: str) -> None:
    assert "returns" not in [_term(f) for f in _facts(extractor, text)]


# -- bare numbers that share the noun of the next one --------------------------------------------------------------


def test_two_bare_numbers_share_the_noun_and_words_after_them(extractor: Extractor) -> None:
    text = (
        "In Sindh and Balochistan, some 5.1 million and 640,000 people respectively remained displaced as of 1 October."
    )
    facts = {f.reported: f for f in _facts(extractor, text)}
    assert {5_100_000, 640_000} <= set(facts)
    assert _term(facts[5_100_000]) == "displaced"
    assert facts[5_100_000].qualifier is not None and facts[5_100_000].qualifier.value == "approximately"


def test_a_bare_number_takes_the_unit_of_the_next_ones_noun(extractor: Extractor) -> None:
    text = "Mombasa and Kisumu counties have registered 11,400 and 7,900 displaced households respectively."
    facts = {f.reported: f for f in _facts(extractor, text)}
    assert {11_400, 7_900} <= set(facts)
    assert facts[11_400].unit is not None and facts[11_400].unit.value == "household"


@pytest.mark.parametrize(
    "text",
    [
        "The storm killed 14 and 600 people were evacuated from the coast.",
        "Aged between 5 and 17 years, some 300 children fled the fighting.",
    ],
)
def test_a_bare_number_after_a_word_of_its_own_shares_nothing(extractor: Extractor, text: str) -> None:
    assert 14 not in _numbers(extractor, text)
    assert 5 not in _numbers(extractor, text)


# -- flight, arrivals, movements -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dans la région de Tillabéri, 11 600 personnes ont abandonné les villages de la commune de Téra en octobre.",
        "Les menaces des groupes armés ont provoqué, selon le cluster Protection, le départ de plus de 6 100 habitants"
        " des communes de Gothèye.",
        "The network recorded 842,000 people leaving their homes in search of water since January.",
    ],
)
def test_abandoned_villages_departures_and_leaving_homes_are_flight(extractor: Extractor, text: str) -> None:
    fact = next(f for f in _facts(extractor, text) if f.reported in (11_600, 6_100, 842_000))
    assert _term(fact) == "forced-to-flee"


@pytest.mark.parametrize(
    "text",
    [
        "Le départ de 300 passagers du vol vers Paris a été retardé de deux heures.",
        "The company said 2,000 workers were leaving their jobs at the plant.",
    ],
)
def test_departures_of_passengers_and_leaving_jobs_are_no_flight(extractor: Extractor, text: str) -> None:
    assert [f for f in _facts(extractor, text) if f.term is not None and f.reported is not None] == []


def test_people_recorded_moving_after_attacks_are_displaced(extractor: Extractor) -> None:
    text = (
        "Following attacks by armed groups in Cabo Delgado province, 9,420 individuals (2,110 households) were"
        " recorded moving in Chiure and Ancuabe districts."
    )
    facts = {f.reported: f for f in _facts(extractor, text)}
    assert {9_420, 2_110} <= set(facts)
    assert _term(facts[9_420]) == "displaced"
    assert facts[2_110].unit is not None and facts[2_110].unit.value == "household"


def test_people_recorded_moving_back_are_not_displaced(extractor: Extractor) -> None:
    text = "After the ceasefire, 9,420 individuals were recorded moving back to their areas of origin in Chiure."
    assert "displaced" not in [_term(f) for f in _facts(extractor, text)]


def test_people_arrived_in_a_country_from_a_region_fled_abroad(extractor: Extractor) -> None:
    text = (
        "YEREVAN — More than 84,000 people have arrived in Armenia from Nagorno-Karabakh since September, UNHCR said."
    )
    fact = _one(extractor, text, 84_000)
    assert (_term(fact), _category(fact)) == ("forced-to-flee", "cross-border-flight")


# -- places people stay in -----------------------------------------------------------------------------------------


def test_people_remaining_in_resettlement_sites_are_in_camps(extractor: Extractor) -> None:
    fact = _one(
        extractor, "Five months after the cyclone, 58,000 people remain in 41 resettlement sites in Sofala.", 58_000
    )
    assert _term(fact) == "in-relief-camp"


def test_people_moved_to_a_resettlement_site_are_not_in_camps(extractor: Extractor) -> None:
    fact = _one(extractor, "Some 400 families were relocated to the Bunambutye resettlement site last week.", 400)
    assert _term(fact) == "relocated"


def test_part_in_transitory_sites_is_in_camps_and_sites_with_hosts_are_displaced(extractor: Extractor) -> None:
    text = "Some 15,000 families remain displaced, of whom 3,900 are still living in transitory sites such as Boganga."
    assert _term(_one(extractor, text, 3_900)) == "in-relief-camp"
    text = "Eight years on, 15,000 families displaced from Marawi remain in transitory sites and host communities."
    assert _term(_one(extractor, text, 15_000)) == "displaced"


@pytest.mark.parametrize(
    "text",
    [
        "Civil defence said 240,000 people were protected ahead of the hurricane, 64,000 of them in state facilities"
        " and the rest in the homes of relatives.",
        "Civil defence protected 240,000 people ahead of the hurricane: 170,000 with relatives and 64,000 in state"
        " institutions.",
    ],
)
def test_a_part_in_state_facilities_is_sheltered(extractor: Extractor, text: str) -> None:
    assert _term(_one(extractor, text, 64_000)) == "sheltered"


def test_the_whole_protected_in_homes_and_state_facilities_is_no_shelter(extractor: Extractor) -> None:
    text = (
        "Civil defence protected 240,000 people ahead of the hurricane, most of them in the homes of relatives and the"
        " rest in state facilities."
    )
    assert _term(_one(extractor, text, 240_000)) == "evacuated"


# -- homes, homeless, affected -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Les démolitions ont laissé près de 800 personnes sans solution de relogement, selon les associations.",
        "Plus de 2 500 personnes se retrouvent sans solution de relogement après l'expulsion.",
    ],
)
def test_people_left_with_no_rehousing_are_homeless(extractor: Extractor, text: str) -> None:
    fact = next(f for f in _facts(extractor, text) if f.reported in (800, 2_500))
    assert _term(fact) == "homeless"


def test_others_protesting_an_eviction_with_no_rehousing_are_not_the_figure(extractor: Extractor) -> None:
    text = (
        "Quelque 500 familles ont vu leurs baraques démolies. Selon la préfecture, 310 d'entre elles ont bénéficié d'un"
        " lot de terrain, tandis que les autres dénoncent une expulsion sans solution de relogement."
    )
    assert "homeless" not in [_term(f) for f in _facts(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Some 3,680 displaced families have received permanent houses in resettlement villages outside the city.",
        "Some 38,000 permanent homes have been handed over to families out of 150,000 planned.",
    ],
)
def test_permanent_homes_received_or_handed_over_are_relocations(extractor: Extractor, text: str) -> None:
    fact = next(f for f in _facts(extractor, text) if f.reported in (3_680, 38_000))
    assert _term(fact) == "relocated"


def test_people_hit_by_floods_are_affected(extractor: Extractor) -> None:
    text = "More than 1.8 million people in 27 districts have been hit by the second wave of floods this season."
    assert _term(_one(extractor, text, 1_800_000)) == "affected"


# -- counts that grew, and labels with a bracket -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le nombre de personnes déplacées à l'intérieur du pays a plus que triplé en un an pour atteindre 912 000.",
        "The number of displaced people in the country has tripled to reach 912,000.",
    ],
)
def test_a_count_that_grew_to_reach_a_figure_is_read(extractor: Extractor, text: str) -> None:
    assert _term(_one(extractor, text, 912_000)) == "displaced"


def test_an_aid_plan_to_reach_people_is_no_figure(extractor: Extractor) -> None:
    assert _numbers(extractor, "The agency plans to reach 200,000 displaced people with food this year.") == []


def test_a_label_narrowed_by_a_bracket_reads_its_figure(extractor: Extractor) -> None:
    text = (
        "Chiffres clés\nNouveaux déplacements (département de la Mezam) : 2 600\nPersonnes dans le besoin : 1,7 million"
    )
    assert _term(_one(extractor, text, 2_600)) == "displaced"


# -- more wordings of the same session -----------------------------------------------------------------------------


def test_households_in_hotels_an_agency_pays_for_are_sheltered(extractor: Extractor) -> None:
    text = "More than 1,900 households are staying in hotels paid for by FEMA two weeks after the hurricane."
    assert _term(_one(extractor, text, 1_900)) == "sheltered"


def test_tourists_in_hotels_are_no_figure(extractor: Extractor) -> None:
    text = "More than 1,900 tourists are staying in hotels booked through the new platform this summer."
    assert _numbers(extractor, text) == []


def test_taking_the_road_back_to_their_villages_is_a_return(extractor: Extractor) -> None:
    text = (
        "Les sites ont été démantelés. Environ 84 000 de leurs occupants ont repris la route de leurs villages"
        " d'origine."
    )
    assert _term(_one(extractor, text, 84_000)) == "returns"


def test_taking_the_road_to_school_is_no_return(extractor: Extractor) -> None:
    text = "Environ 84 000 élèves ont repris la route de l'école lundi."
    assert "returns" not in [_term(f) for f in _facts(extractor, text)]


def test_people_who_left_an_oblast_fled(extractor: Extractor) -> None:
    text = "Près de 120 000 personnes ont quitté l'oblast de Donetsk depuis août, à mesure que l'armée avance."
    assert _term(_one(extractor, text, 120_000)) == "forced-to-flee"


def test_families_staying_at_a_site_are_in_a_camp(extractor: Extractor) -> None:
    text = "About 1,400 displaced families are staying at a site set up on the outskirts of the city."
    assert _term(_one(extractor, text, 1_400)) == "in-relief-camp"


def test_workers_living_at_a_construction_site_are_no_figure(extractor: Extractor) -> None:
    assert _numbers(extractor, "Some 300 people are living at the construction site near the dam.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Dans le Logone oriental, près de 16 000 personnes vivent sur les digues depuis un mois.",
        "In Dadu district, roughly 210,000 people have crowded onto the Indus embankments and the highway.",
    ],
)
def test_people_living_or_crowded_on_dykes_are_displaced(extractor: Extractor, text: str) -> None:
    fact = next(f for f in _facts(extractor, text) if f.reported in (16_000, 210_000))
    assert _term(fact) == "displaced"


def test_durable_housing_provided_to_families_is_a_relocation(extractor: Extractor) -> None:
    text = "Since 2012, the ministry has provided durable housing to 31,200 displaced families."
    assert _term(_one(extractor, text, 31_200)) == "relocated"


def test_a_roof_lost_by_schools_is_no_figure(extractor: Extractor) -> None:
    assert _numbers(extractor, "Some 300 schools were left without a roof after the storm.") == []


def test_the_part_yet_to_return_is_still_displaced(extractor: Extractor) -> None:
    text = "The wildfires forced 28,400 people from their homes in Andong, of whom 11,900 have yet to return."
    assert _term(_one(extractor, text, 11_900)) == "displaced"


def test_goods_yet_to_be_returned_are_no_figure(extractor: Extractor) -> None:
    assert _numbers(extractor, "The authorities have yet to return 300 confiscated cars to their owners.") == []


def test_people_rehoused_are_relocated_and_a_part_in_paid_hotels_sheltered(extractor: Extractor) -> None:
    text = (
        "The regional government said 1,480 people whose homes are uninhabitable have been rehoused, 430 of them in"
        " hotels paid for by the region and the rest in flats lent by banks."
    )
    assert _term(_one(extractor, text, 1_480)) == "relocated"
    assert _term(_one(extractor, text, 430)) == "sheltered"


def test_people_who_left_sites_mostly_heading_home_returned(extractor: Extractor) -> None:
    text = (
        "Partners estimate that some 86,000 people left the Bulengo and Rusayo sites last week, most of them heading"
        " back towards Masisi."
    )
    assert _term(_one(extractor, text, 86_000)) == "returns"


@pytest.mark.parametrize(
    "text",
    [
        "En 2023, les autorités dominicaines ont par ailleurs expulsé plus de 150 000 Haïtiens vers leur pays.",
        "Dans le même temps, l'armée a renvoyé vers la Syrie au moins 380 Syriens arrêtés lors de raids.",
    ],
)
def test_people_expelled_or_sent_back_to_their_country_returned_across_a_border(
    extractor: Extractor, text: str
) -> None:
    fact = next(f for f in _facts(extractor, text) if f.reported in (150_000, 380))
    assert (_term(fact), _category(fact)) == ("returns", "cross-border-return")


def test_families_expelled_from_a_neighbourhood_did_not_cross_a_border(extractor: Extractor) -> None:
    fact = _one(extractor, "La mairie a par ailleurs expulsé 300 familles du quartier de Gesco.", 300)
    assert _category(fact) != "cross-border-return"


@pytest.mark.parametrize(
    "text",
    [
        "Le nombre de personnes déplacées s'élève désormais à 940 000, trois fois plus qu'en mars, où il était estimé à"
        " 318 000.",
        "The number of displaced people has reached 940,000, three times more than in March, when it stood at 318,000.",
    ],
)
def test_an_earlier_value_told_with_where_or_when_it_stood_is_read(extractor: Extractor, text: str) -> None:
    assert _term(_one(extractor, text, 318_000)) == "displaced"


def test_former_idps_among_returnees_returned(extractor: Extractor) -> None:
    text = "The assessment counted 1,204,000 returnees, including 1,010,000 former IDPs and 194,000 from abroad."
    assert _term(_one(extractor, text, 1_010_000)) == "returns"


def test_the_part_yet_to_return_staying_in_gyms_is_sheltered(extractor: Extractor) -> None:
    text = (
        "Wildfires have forced 29,300 people from their homes this week. Of those, 12,800 had yet to return and were"
        " staying in school gymnasiums and community halls."
    )
    assert _term(_one(extractor, text, 12_800)) == "sheltered"


def test_people_rehoused_in_hotels_are_sheltered(extractor: Extractor) -> None:
    text = "The government said about 1,300 residents whose homes were destroyed have been rehoused in hotels."
    assert _term(_one(extractor, text, 1_300)) == "sheltered"


def test_a_day_of_crossings_after_returns_from_abroad_is_a_return(extractor: Extractor) -> None:
    text = (
        "More than 410,000 Afghans returned or were deported from Iran between 1 June and 5 July, the agency said. On"
        " 2 July alone, 38,000 people crossed at Islam Qala."
    )
    fact = _one(extractor, text, 38_000)
    assert (_term(fact), _category(fact)) == ("returns", "cross-border-return")


def test_runners_crossing_at_a_bridge_are_no_figure(extractor: Extractor) -> None:
    assert _numbers(extractor, "The marathon route is closed. Some 3,000 runners crossed at the bridge.") == []


def test_people_who_had_fled_abroad_and_have_also_come_back_returned(extractor: Extractor) -> None:
    text = (
        "Since the ceasefire, about 430,000 displaced people have returned to their villages in Lebanon. About 70,000"
        " Lebanese who had fled to Syria have also come back."
    )
    fact = _one(extractor, text, 70_000)
    assert (_term(fact), _category(fact)) == ("returns", "cross-border-return")


def test_cuba_protected_people_in_several_provinces_ahead_of_a_hurricane(extractor: Extractor) -> None:
    text = (
        "Cuba's Civil Defence said it had protected more than 240,000 people in Artemisa, Pinar del Río and Havana"
        " ahead of Hurricane Rafael."
    )
    assert _term(_one(extractor, text, 240_000)) == "evacuated"


def test_people_who_opted_to_stay_with_relatives_are_displaced(extractor: Extractor) -> None:
    text = (
        "Some 12,100 persons are now in 24 evacuation centres, while 1,040 persons have opted to stay with relatives"
        " outside the danger zone."
    )
    assert _term(_one(extractor, text, 1_040)) == "displaced"


def test_returns_through_two_named_crossings_are_from_abroad(extractor: Extractor) -> None:
    text = (
        "Since the expulsion order, more than 142,000 Afghans have returned through the Torkham and Spin Boldak"
        " crossings, IOM said. On 2 November alone, 21,600 people crossed at Torkham."
    )
    facts = {f.reported: f for f in _facts(extractor, text)}
    assert _category(facts[142_000]) == "cross-border-return"
    assert (_term(facts[21_600]), _category(facts[21_600])) == ("returns", "cross-border-return")


def test_trucks_crossing_at_a_border_are_no_figure(extractor: Extractor) -> None:
    text = "The UN appeal is 40 per cent funded, and 143 UN aid trucks crossed at Bab al-Hawa in the first week."
    assert _numbers(extractor, text) == []


# -- negatives found by a review of the session's rules ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,000 families hadn't been allowed back into their homes by Friday.",
        "Some 5,000 families haven't been able to return to their villages.",
    ],
)
def test_contracted_negations_are_no_return(extractor: Extractor, text: str) -> None:
    assert "returns" not in [_term(f) for f in _facts(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 pupils have been allowed back to school.",
        "Some 40,000 pupils have been able to return to the classroom.",
        "Environ 3 000 élèves n'ont pas encore rejoint leurs classes.",
        "Some 3,000 workers have yet to return to work after the strike.",
        "Some 3,000 miners have yet to return to the pit after the strike.",
        "WFP funding has doubled this year to reach 1.2 million displaced people with food aid.",
        "Police said the blast hurt 14 and some 2,000 residents were evacuated.",
        "Some 5,000 people have arrived in Nice from Paris for the film festival.",
        "About 5,000 people are staying at a camping site near the festival grounds.",
        "Le lycée a par ailleurs expulsé 12 élèves après la bagarre.",
        "Le centre de santé a renvoyé vers l'hôpital de district 40 patients.",
        "Le plan social prévoit le départ de 1 200 personnes d'ici 2025.",
        "A survey found 3,000 visitors chose to stay with friends rather than in hotels during the festival.",
        "An estimated 12 million people leaving their homes for the Easter holiday will crowd the roads.",
        "Some 12,000 people were recorded moving through the airport on Friday.",
        "About 90,000 children live in care, 40,000 of them in state institutions.",
        "The company has provided permanent accommodation to 500 workers.",
    ],
)
def test_school_work_aid_holidays_and_care_are_no_displacement(extractor: Extractor, text: str) -> None:
    facts = [f for f in _facts(extractor, text) if f.term is not None and f.reported is not None]
    assert [f.reported for f in facts if f.term is not None and f.term.value != "evacuated"] == []
    assert 14 not in [f.reported for f in facts]


def test_returnees_at_a_transit_or_distribution_site_returned(extractor: Extractor) -> None:
    for text in (
        "About 12,000 returnees came to the Kosti transit site last week.",
        "Some 4,000 returnees went to the food distribution sites in Renk on Monday.",
    ):
        assert "failed-return" not in [_category(f) for f in _facts(extractor, text)]


def test_people_rehoused_in_a_named_shelter_several_words_on_are_sheltered(extractor: Extractor) -> None:
    for text in (
        "Some 400 families have been rehoused temporarily in the local school.",
        "Some 400 families have been rehoused in the town's sports hall.",
    ):
        assert _term(_one(extractor, text, 400)) == "sheltered"
