"""Movements across borders and people abroad: flight, stock abroad, return from abroad (vocabulary.md)."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor
from idmon.geo.gazetteer import PlaceEntry, Precision
from idmon.geo.sources import default_gazetteer

PUBLISHED = date(2024, 6, 1)


def _only(extractor: Extractor, text: str) -> tuple[int | None, str, str | None]:
    [fact] = extractor.extract(text, published=PUBLISHED)
    return fact.reported, str(getattr(fact.category, "value", fact.category)), fact.country


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # asylum is sought abroad; in a short period, a movement
        ("About 3,100 Eritreans sought asylum in Ethiopia over the past two weeks.", "cross-border-flight"),
        ("Quelque 3 100 Érythréens ont demandé l'asile en Éthiopie le mois dernier.", "cross-border-flight"),
        # a period told by a speech verb is when it was said: the count of refugees hosted stays a stock
        (
            "Kenya hosts 3,100 Somali refugees in its camps, the government said this week.",
            "people-displaced-across-borders",
        ),
        (
            "Le Kenya accueille 3 100 réfugiés somaliens dans ses camps, a indiqué cette semaine le gouvernement.",
            "people-displaced-across-borders",
        ),
        # a border named by its country's adjective, a word of time between the verb and the border
        ("Some 3,100 people fleeing the shelling streamed across the Moldovan border in a day.", "cross-border-flight"),
        ("Quelque 3 100 personnes fuyant les combats ont traversé dimanche la frontière.", "cross-border-flight"),
        # but people who moved towards a border, still in their country, are displaced inside it
        ("About 3,100 people fled towards the Ugandan border after the attack.", "new-displacement"),
    ],
)
def test_abroad_wording(extractor: Extractor, text: str, category: str) -> None:
    reported, found, _ = _only(extractor, text)
    assert (reported, found) == (3100, category)


@pytest.mark.parametrize(
    ("text", "category", "country"),
    [
        # a country named outright where people fled, crossed or arrived: whatever the text's country, abroad
        (
            "Some 3,100 people fled into eastern Niger last week after fighting in Diabaly.",
            "cross-border-flight",
            "MLI",
        ),
        ("Les combats ont poussé 3 100 Maliens à traverser vers le Niger.", "cross-border-flight", "MLI"),
        (
            "Quelque 3 100 personnes fuyant les combats sont entrées au Niger depuis le Mali.",
            "cross-border-flight",
            "MLI",
        ),
        ("Plus de 3 100 Maliens ont gagné le Niger en une semaine, fuyant les combats.", "cross-border-flight", "MLI"),
        # from a town of one country to a town of another
        ("About 3,100 people fled Diabaly for Nairobi within days.", "cross-border-flight", "MLI"),
        # the people driven, then the country they went into
        ("Attacks in Mali's Mopti region pushed 3,100 people into Niger.", "cross-border-flight", "MLI"),
        ("Fighting around Diabaly drove 3,100 residents into eastern Mauritania.", "cross-border-flight", "MLI"),
        ("Fighting in Mopti pushed 3,100 people across the border into Niger.", "cross-border-flight", "MLI"),
        # a flight told in a headline before its figure
        ("Malians flee to Niger: officials count 3,100 crossings in a week", "cross-border-flight", "MLI"),
        # a count that has reached a level is a stock, though its people fled
        (
            "Le nombre de Maliens ayant fui vers le Niger s'élève désormais à 3 100 personnes.",
            "people-displaced-across-borders",
            "MLI",
        ),
        # at home: homes left in a country, or towns of the same country
        ("About 3,100 people fled their homes in northern Mali last week.", "new-displacement", "MLI"),
        ("Quelque 3 100 personnes ont fui Diabaly vers Sévaré la semaine dernière.", "new-displacement", "MLI"),
    ],
)
def test_went_abroad(extractor: Extractor, text: str, category: str, country: str) -> None:
    assert _only(extractor, text) == (3100, category, country)


@pytest.mark.parametrize(
    ("text", "category", "country"),
    [
        # removed from a country: deported, refoulé, pushed or sent back; the people's country is theirs
        ("Niger deported 3,100 Malians in the first week of June.", "cross-border-return", "MLI"),
        ("Le Niger a refoulé 3 100 Maliens vers Konna en une semaine.", "cross-border-return", "MLI"),
        ("Quelque 3 100 Maliens expulsés du Niger sont arrivés à Sévaré cette semaine.", "cross-border-return", "MLI"),
        ("Niger expelled 3,100 undocumented Malians through Konna on Monday.", "cross-border-return", "MLI"),
        # but people put out of their homes or a settlement were evicted, not removed from a country
        ("Some 3,100 families were expelled from their homes in Mopti last month.", "new-displacement", "MLI"),
        ("Quelque 3 100 ménages ont été expulsés d'un site informel à Mopti.", "new-displacement", "MLI"),
        # back into a country named outright: from abroad
        ("Some 3,100 people have returned to Mali since January.", "cross-border-return", "MLI"),
        ("Quelque 3 100 Maliens sont rentrés volontairement au Mali en avril.", "cross-border-return", "MLI"),
        (
            "Officials said 3,100 Malians had returned voluntarily to northern Mali since January.",
            "cross-border-return",
            "MLI",
        ),
        # but IDPs back to a part of their country returned inside it
        ("Some 3,100 IDPs returned to northern Mali last month.", "return", "MLI"),
    ],
)
def test_returns_from_abroad(extractor: Extractor, text: str, category: str, country: str) -> None:
    assert _only(extractor, text) == (3100, category, country)


@pytest.mark.parametrize(
    ("text", "category", "country"),
    [
        # arrivals from a country named outright came from abroad, whatever the text's country
        (
            "Konna transit centre registered 3,100 new arrivals from Mali over the weekend.",
            "cross-border-flight",
            "MLI",
        ),
        ("• Refugee arrivals in Nairobi from Mali this week: 3,100", "cross-border-flight", "MLI"),
        ("Influx of new arrivals to Nairobi: 3,100 (mostly from Mali)", "cross-border-flight", "MLI"),
        # French puts the nationality after the noun: arrivals of another country's people
        ("Sénégal : 3 100 nouveaux arrivants maliens enregistrés à Kidira en mai", "cross-border-flight", "MLI"),
        # but arrivals from a town of the same country moved inside it
        (
            "Le site de Sévaré a enregistré 3 100 nouvelles arrivées en provenance de Diabaly cette semaine.",
            "new-displacement",
            "MLI",
        ),
    ],
)
def test_arrivals_from_abroad(extractor: Extractor, text: str, category: str, country: str) -> None:
    assert _only(extractor, text) == (3100, category, country)


@pytest.mark.parametrize(
    "text",
    [
        # a neighbour named by the border it shares is not where the figure is
        "In Mopti, near the border with Burkina Faso, the floods displaced 3,100 people.",
        "Quelque 3 100 déplacés internes vivent dans la région de Mopti, frontalière du Burkina Faso.",
        "Mali : 3 100 personnes ont fui les villages frontaliers du Niger la semaine dernière.",
        "About 3,100 displaced people remain in Sévaré, far from the borders with Niger and Burkina Faso.",
    ],
)
def test_a_neighbour_across_the_border_is_not_the_place(extractor: Extractor, text: str) -> None:
    reported, category, country = _only(extractor, text)
    assert (reported, country) == (3100, "MLI")
    assert category in ("new-displacement", "idps")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a people said to be somewhere, in a sentence about another country: a stock abroad
        (
            "Niger's government says 3,100 Malians who fled the war remain in the country.",
            "people-displaced-across-borders",
        ),
        (
            "Selon le HCR, 3 100 Maliens se trouvent au Niger après avoir fui leur pays.",
            "people-displaced-across-borders",
        ),
        ("Au Niger, 3 100 Maliens vivent dans les camps de Tillabéri.", "people-displaced-across-borders"),
        # what the relative clause tells of how they came does not make where they live a flight
        (
            "An estimated 3,100 Malians who fled the fighting are living in Niger without papers.",
            "people-displaced-across-borders",
        ),
        # but a people that crossed during a period is a flight
        ("Some 3,100 Malians fled into Niger last week.", "cross-border-flight"),
    ],
)
def test_people_abroad_stock_or_flight(extractor: Extractor, text: str, category: str) -> None:
    assert _only(extractor, text) == (3100, category, "MLI")


@pytest.mark.parametrize(
    ("text", "category", "country"),
    [
        # into a town of one country, from a town or a people of another
        (
            "NAIROBI — Les combats près de Konna ont poussé 3 100 personnes à traverser vers Nairobi.",
            "cross-border-flight",
            "MLI",
        ),
        (
            "Des combats près de Sévaré ont poussé 3 100 personnes à fuir vers Nairobi, au Kenya.",
            "cross-border-flight",
            "MLI",
        ),
        (
            "Kenya's Nairobi transit centre received 3,100 people fleeing Diabaly in one day.",
            "cross-border-flight",
            "MLI",
        ),
        ("Quelque 3 100 Maliens ont fui vers Nairobi, au Kenya.", "cross-border-flight", "MLI"),
        # the same country: a flight inside it, whatever the writer's seat
        ("Les combats près de Diabaly ont poussé 3 100 personnes à fuir vers Sévaré.", "new-displacement", "MLI"),
    ],
)
def test_went_into_a_town_abroad(extractor: Extractor, text: str, category: str, country: str) -> None:
    assert _only(extractor, text) == (3100, category, country)


@pytest.mark.parametrize(
    ("text", "category", "country"),
    [
        # crossed, no river or road named: the border
        ("Niger says 3,100 Malians crossed at Ayorou fleeing the attacks.", "cross-border-flight", "MLI"),
        ("Quelque 3 100 Maliens ont traversé en une seule journée à Ayorou.", "cross-border-flight", "MLI"),
        # an influx, new asylum seekers, a day: a movement
        ("Un afflux de 3 100 réfugiés maliens a été observé au Niger cette semaine.", "cross-border-flight", "MLI"),
        ("UNHCR registered 3,100 new asylum seekers from Mali in Niger this year.", "cross-border-flight", "MLI"),
        (
            "Fighting near Sévaré sent 3,100 people across the border into Niger on Tuesday.",
            "cross-border-flight",
            "MLI",
        ),
        # but a day the figure was told on is no movement
        ("Niger hosts 3,100 Malian refugees, the ministry said on Tuesday.", "people-displaced-across-borders", "MLI"),
        # back across: crossed back, returnees by nationality in a label, returns from a country before the figure
        ("In the past week alone, 3,100 Malians crossed back, most of them children.", "cross-border-return", "MLI"),
        ("Malian returnees: 3,100", "cross-border-return", "MLI"),
        ("Retournés maliens : 3 100", "cross-border-return", "MLI"),
        ("Malian returns from Niger reached 3,100 in October.", "cross-border-return", "MLI"),
    ],
)
def test_crossings_and_returns_wording(extractor: Extractor, text: str, category: str, country: str) -> None:
    assert _only(extractor, text) == (3100, category, country)


@pytest.mark.parametrize(
    ("text", "category", "country"),
    [
        # an area of another country named by its adjective, a people named by theirs
        ("Quelque 3 100 ménages maliens ont fui vers la région nigérienne de Tillabéri.", "cross-border-flight", "MLI"),
        # a neighbouring area of the same country, or the border only: inside
        ("Quelque 3 100 ménages ont fui vers la région voisine de Mopti.", "new-displacement", "MLI"),
    ],
)
def test_went_into_an_area_named_by_adjective(extractor: Extractor, text: str, category: str, country: str) -> None:
    assert _only(extractor, text) == (3100, category, country)


@pytest.mark.parametrize(
    "text",
    [
        # refugees abroad are counted for the country they fled, named by the label's nationality
        "Réfugiés maliens au Niger : 3 100 (au 31 mai)",
        "Le gouvernement estime que le nombre de réfugiés maliens au Niger dépasse 3 100.",
    ],
)
def test_refugees_counted_for_the_label_nationality(extractor: Extractor, text: str) -> None:
    assert _only(extractor, text) == (3100, "people-displaced-across-borders", "MLI")


def test_a_listed_figure_shares_the_sentence_movement(extractor: Extractor) -> None:
    text = (
        "Some 5,000 people crossed from Mali into Niger last week, including 1,900 Nigerien returnees and "
        "3,100 Malian refugees."
    )
    facts = {f.reported: f for f in extractor.extract(text, published=PUBLISHED)}
    assert (facts[3100].category, facts[3100].country) == ("cross-border-flight", "MLI")
    # but people said to live somewhere stay a stock
    text = "Niger hosts 9,300 Malian refugees in its camps, and 3,100 other Malian refugees live in villages."
    facts = {f.reported: f for f in extractor.extract(text, published=PUBLISHED)}
    assert facts[3100].category == "people-displaced-across-borders"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # refugees who went home crossed back
        ("Rentrés du Niger, 3 100 réfugiés maliens ont regagné Mopti.", "cross-border-return"),
        ("Un convoi de 3 100 réfugiés maliens a quitté Niamey mardi pour regagner Mopti.", "cross-border-return"),
        ("Assisted returns from Niger to Mopti reached 3,100 Malian refugees this quarter.", "cross-border-return"),
        # but not refugees beside returnees of another figure, nor an agency's name
        ("Au Niger, 9 600 retournés et 3 100 réfugiés maliens ont été identifiés.", "people-displaced-across-borders"),
        (
            "Niger hosts 3,100 Malian refugees, the Refugee Relief and Repatriation Commissioner said.",
            "people-displaced-across-borders",
        ),
    ],
)
def test_refugees_who_went_home(extractor: Extractor, text: str, category: str) -> None:
    facts = {f.reported: f for f in extractor.extract(text, published=PUBLISHED)}
    assert (facts[3100].category, facts[3100].country) == (category, "MLI")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a whole country left is a flight abroad, counted for it
        ("Across the region, some 3,100 people have now fled Mali since January.", "cross-border-flight"),
        ("Quelque 3 100 personnes ont fui le Mali depuis janvier.", "cross-border-flight"),
        # but a place of it, named by the country's possessive, is left inside it
        ("Some 3,100 people fled Mali's Mopti region last week.", "new-displacement"),
    ],
)
def test_a_whole_country_left(extractor: Extractor, text: str, category: str) -> None:
    assert _only(extractor, text) == (3100, category, "MLI")


def test_nationals_sheltering_abroad(extractor: Extractor) -> None:
    text = "Niger's civil protection counted 3,100 Malian nationals sheltering in Tillabéri as of Thursday."
    assert _only(extractor, text) == (3100, "people-displaced-across-borders", "MLI")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a flight across a border is a flight, whatever word tells it: arrivals, people received, registered,
        # sheltered in a transit centre after crossing
        ("Some 1,200 new arrivals from Sudan were registered at the Adré border point last week.", "forced-to-flee"),
        ("Plus de 6 900 réfugiés soudanais sont arrivés à Adré, au Tchad, en 48 heures.", "forced-to-flee"),
        ("Uganda received 3,100 Congolese refugees in the past two weeks.", "forced-to-flee"),
        # refugees evicted from their homes abroad are evicted, not fleeing
        (
            "Au Liban, au moins 3 100 réfugiés syriens ont été expulsés de leurs logements depuis janvier.",
            "multiple-or-other",
        ),
        # refugees hosted abroad: a stock, counted as refugees (in the camp named, the writers' call since the
        # sixteenth session)
        ("Chad hosts some 3,100 Sudanese refugees.", "multiple-or-other"),
        ("Chad hosts some 3,100 Sudanese refugees in Farchana camp.", "in-relief-camp"),
    ],
)
def test_flights_across_borders_take_the_flight_term(extractor: Extractor, text: str, term: str) -> None:
    [fact] = extractor.extract(text, published=PUBLISHED)
    assert str(fact.term) == term


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # a flight abroad is counted for the area it left, when the sentence names one of the origin country
        ("Over 4,000 flee into Chad in a day as fighting rages in West Darfur", "SDN", "West Darfur"),
        (
            "Plus de 3 000 Centrafricains ont fui au Tchad après des attaques dans l'Ouham, a indiqué le HCR.",
            "CAF",
            "Ouham",
        ),
        # arrivals "mostly from" a town of another country: that country, and the town's area
        (
            "Niger : près de 3 100 réfugiés, en provenance pour la plupart de Diabaly, sont arrivés à Tillabéri ces "
            "trois derniers jours, selon MSF.",
            "MLI",
            "Ségou",
        ),
        # not the dateline's town, nor where the speakers are
        ("KYIV — More than 3,100 people have fled to Poland since Monday, officials said.", "UKR", None),
        ("More than 3,100 people have fled Ukraine to Poland since Monday, officials in Lviv said.", "UKR", None),
        # nor an area of several, nor a name that is also a country's ("Niger" State of Nigeria)
        ("Some 3,100 Malians fled fighting around Léré and Niono into Mauritania last week.", "MLI", None),
    ],
)
def test_a_flight_abroad_is_counted_for_the_area_it_left(
    extractor: Extractor, text: str, country: str, admin1: str | None
) -> None:
    [fact] = extractor.extract(text, published=PUBLISHED)
    assert (fact.category, fact.country, fact.admin1) == ("cross-border-flight", country, admin1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next item of a list of places, worded as the first: no wording of its own
        (
            "SUDAN: Situation Report. Another 2.1 million people have fled to neighbouring countries, including "
            "640,000 to Chad and 760,000 to Egypt.",
            [(2_100_000, "SDN"), (640_000, "SDN"), (760_000, "SDN")],
        ),
        ("Floods displaced 709,841 people in Odisha and 363,832 in Assam.", [(709_841, "IND"), (363_832, "IND")]),
        ("Les combats ont déplacé 5 000 personnes à Kidal et 3 000 à Gao.", [(5_000, "MLI"), (3_000, "MLI")]),
        # but an item with a verb of its own says something else
        ("Floods displaced 5,000 people in Odisha and 3,000 in Assam were left unharmed.", [(5_000, "IND")]),
    ],
)
def test_list_items_after_their_place_share_the_first_items_wording(
    extractor: Extractor, text: str, expected: list[tuple[int, str]]
) -> None:
    """A country opening the text ("SUDAN:") is its topic, not where the writer was."""
    assert [(f.reported, f.country) for f in extractor.extract(text, published=PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # returnees counted at a date: under a label of their own, or beside the people who remain displaced
        ("Ukraine — General Population Survey, Round 15\nReturnees: 4,520,000", ["returnees"]),
        ("Returnees (cumulative): 76,400", ["returnees"]),
        # the word before the next colon labels the next number, not this one
        ("Ukraine — survey round 15. Estimated IDPs: 3,689,000 Returnees: 4,520,000", ["idps", "returnees"]),
        (
            "Dans le Nord-Ouest et le Sud-Ouest, 638 000 personnes restent déplacées, et 420 000 sont rentrées dans "
            "leurs localités d'origine, selon l'OCHA.",
            ["idps", "returnees"],
        ),
        # but a return in a period is a movement
        (
            "Selon l'OIM, 87 000 personnes sont rentrées dans leurs localités en 48 heures, tandis que 560 000 "
            "restent déplacées à l'intérieur du pays.",
            ["return", "idps"],
        ),
        ("Some 4,000 people remain displaced, while 2,000 returned home last week.", ["idps", "return"]),
        (
            "Between 1 January and 30 June, 4,872 households returned to Sinjar, while 150,000 people remain "
            "displaced.",
            ["return", "idps"],
        ),
        # a table of a period's movements counts returns in that period
        (
            "Ituri : mouvements de population, 1er–29 février 2024\nTerritoire | Nouveaux déplacés | Retournés\n"
            "Djugu | 18 450 | 2 300",
            ["new-displacement", "return"],
        ),
        ("Ituri, au 29 février 2024\nTerritoire | PDI | Retournés\nDjugu | 18 450 | 2 300", ["idps", "returnees"]),
    ],
)
def test_returnees_counted_at_a_date(extractor: Extractor, text: str, categories: list[str]) -> None:
    assert [str(f.category) for f in extractor.extract(text, published=PUBLISHED)] == categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crossing from a named place is a flight, without other displacement words; not tourists'
        (
            "More than 14,000 people crossed into Renk from Sudan's White Nile state this week.",
            [(14_000, "cross-border-flight", "SDN")],
        ),
        ("Some 14,000 tourists crossed into Spain from France this week.", []),
        # a people "newly arrived" abroad moved
        (
            "Quelque 950 Centrafricains nouvellement arrivés au Cameroun ont été enregistrés à Garoua-Boulaï.",
            [(950, "cross-border-flight", "CAF")],
        ),
    ],
)
def test_crossings_from_a_named_place_and_newly_arrived_peoples(
    extractor: Extractor, text: str, expected: list[tuple[int, str, str]]
) -> None:
    found = [(f.reported, str(f.category), f.country) for f in extractor.extract(text, published=PUBLISHED)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # moved for good: to permanent homes or plots, a resettlement site, "durablement"
        ("Quelque 1 500 déplacés ont été réinstallés durablement sur un nouveau site à Kaya.", "relocation-elsewhere"),
        ("About 3,800 families were relocated to the Ntele resettlement site this year.", "relocation-elsewhere"),
        ("The state relocated 5,300 households from the camps to newly built homes in Bama.", "relocation-elsewhere"),
        # but moved out of harm's way is a movement of the event
        ("Some 3,000 people were relocated to safer ground ahead of the storm.", "new-displacement"),
    ],
)
def test_relocations_for_good(extractor: Extractor, text: str, category: str) -> None:
    [fact] = extractor.extract(text, published=PUBLISHED)
    assert str(fact.category) == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a year between the figure and its words of a move once more does not cut them off
        (
            "Ituri : 5 200 personnes ayant déjà fui Djugu en 2022 ont de nouveau été contraintes de partir.",
            "multiple-displacement",
        ),
        # the figure's own noun says the move is another one
        ("DTM recorded 7,100 repeat displacements in Baidoa district in April.", "multiple-displacement"),
        ("Déplacement secondaire de 3 100 personnes de Kaya vers Ouagadougou", "multiple-displacement"),
        ("DTM recorded 7,100 new displacements in Baidoa district in April.", "new-displacement"),
    ],
)
def test_moves_once_more(extractor: Extractor, text: str, category: str) -> None:
    [fact] = extractor.extract(text, published=PUBLISHED)
    assert str(fact.category) == category


def test_the_nationality_of_a_share_of_them_is_not_where_they_fled(extractor: Extractor) -> None:
    text = (
        "Mali: the government says 120,000 people have been displaced since 3 March. According to Nigerien "
        "authorities, about 31,000 people, most of them Nigeriens, have crossed into Niger over the same period."
    )
    facts = extractor.extract(text, published=date(2024, 4, 10))
    assert [(f.reported, f.category, f.country) for f in facts] == [
        (120_000, "new-displacement", "MLI"),
        (31_000, "cross-border-flight", "MLI"),
    ]
    # but a people told whole is who they are
    [fact] = extractor.extract("Some 31,000 Malians have crossed into Niger since March, UNHCR said in Niamey.")
    assert fact.country == "MLI"


def test_a_people_that_came_home_from_another_country_returned_across_a_border(extractor: Extractor) -> None:
    [fact] = extractor.extract("Some 19,000 Malians who had been living in Niger have also come home.")
    assert (fact.category, fact.country) == ("cross-border-return", "MLI")
    # but a people back in a town of their own country returned inside it
    [fact] = extractor.extract("Some 5,000 Malians have returned to Mopti from Ségou.")
    assert (fact.category, fact.country) == ("return", "MLI")


def test_a_part_of_a_flight_abroad_told_where_it_lives_is_a_stock_abroad(extractor: Extractor) -> None:
    text = (
        "More than 64,000 Malian refugees have crossed into Mauritania since April 2023, and about 47,000 of them "
        "now live in camps in Hodh Ech Chargui."
    )
    facts = extractor.extract(text, published=date(2024, 6, 1))
    assert [(f.reported, f.term, f.category, f.country) for f in facts] == [
        (64_000, "forced-to-flee", "cross-border-flight", "MLI"),
        (47_000, "in-relief-camp", "people-displaced-across-borders", "MLI"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "YEREVAN — Officials said 100,617 people had arrived in Armenia from Nagorno-Karabakh since the offensive. "
        "Of these, 21,000 were housed in government-provided accommodation.",
        "Plus de 100 000 personnes ont fui le Haut-Karabakh vers l'Arménie depuis l'offensive. "
        "Quelque 2 800 d'entre elles sont logées dans des hôtels de la région de Syunik.",
    ],
)
def test_a_part_of_people_who_fled_abroad_told_in_the_next_sentence_is_abroad(text: str) -> None:
    from idmon.geo.sources import default_gazetteer

    facts = Extractor(default_gazetteer(towns=False)).extract(text, published=PUBLISHED)
    assert [(f.country, str(f.category)) for f in facts][1:] == [("AZE", "people-displaced-across-borders")]


def test_arrivals_with_no_noun_after_people_who_fled_abroad(extractor: Extractor) -> None:
    text = (
        "Plus de 58 000 demandeurs d'asile burkinabè sont désormais installés dans le nord de la Côte d'Ivoire, "
        "selon le HCR. Environ 2 600 sont arrivés au cours des deux dernières semaines."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.country, str(f.category)) for f in facts][1:] == [(2_600, "BFA", "cross-border-flight")]
    # who arrived must still be said when nothing before tells it
    assert extractor.extract("Environ 2 600 sont arrivés au stade pour le match.", published=PUBLISHED) == []


def test_a_flight_from_the_texts_country_to_an_area_of_another() -> None:
    from idmon.geo.sources import default_gazetteer

    extractor = Extractor(default_gazetteer(towns=False))
    text = "Syrie : à la suite des affrontements, environ 21 000 personnes ont fui vers le Liban-Nord en mars."
    [fact] = extractor.extract(text, published=PUBLISHED)
    assert (fact.country, str(fact.category)) == ("SYR", "cross-border-flight")
    # an area of the text's own country is no border crossed
    text = "Syrie : à la suite des affrontements, environ 21 000 personnes ont fui vers Idlib en mars."
    [fact] = extractor.extract(text, published=PUBLISHED)
    assert (fact.country, str(fact.category)) == ("SYR", "new-displacement")


def test_people_who_took_refuge_in_an_area_of_the_host_country_named_with_its_kind() -> None:
    from idmon.geo.sources import default_gazetteer

    extractor = Extractor(default_gazetteer())
    text = (
        "DAPAONG (Togo), 15 mai – Plus de 8 000 Burkinabè ont trouvé refuge dans la région des Savanes depuis "
        "janvier, selon les autorités togolaises."
    )
    [fact] = extractor.extract(text, published=PUBLISHED)
    assert (fact.country, str(fact.category)) == ("BFA", "cross-border-flight")


def test_people_added_to_others_of_their_kind_in_the_next_sentence(extractor: Extractor) -> None:
    text = (
        "En une semaine, près de 21 000 réfugiés soudanais sont arrivés à Adré, au Tchad, selon le HCR. "
        "Ils s'ajoutent aux 100 000 personnes déjà arrivées dans l'est du Tchad depuis la mi-avril."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.country, str(f.category)) for f in facts][1:] == [(100_000, "SDN", "cross-border-flight")]


def test_a_running_total_of_returns_from_abroad_is_from_abroad() -> None:
    from idmon.geo.sources import default_gazetteer

    text = (
        "TORKHAM – Some 9,800 Afghans returned from Pakistan through Torkham in the week to 2 March, IOM said, "
        "bringing to about 541,000 the number who have returned or been deported since 15 September."
    )
    facts = Extractor(default_gazetteer()).extract(text, published=PUBLISHED)
    assert [(f.reported, f.country, str(f.category)) for f in facts] == [
        (9_800, "AFG", "cross-border-return"),
        (541_000, "AFG", "cross-border-return"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Some 61,000 Afghans and 4,000 Iranians had crossed from Iran into Afghanistan since June.",
        "La police a noté le passage vers l'Afghanistan de 61 000 Afghans et de 4 000 Iraniens fuyant les frappes.",
    ],
)
def test_nationals_crossing_into_their_own_country_return_and_foreigners_flee(extractor: Extractor, text: str) -> None:
    got = [(f.reported, f.term, f.category, f.country) for f in extractor.extract(text)]
    assert got[0] == (61_000, "returns", "cross-border-return", "AFG")
    assert got[1][0] == 4_000 and got[1][2:] == ("cross-border-flight", "IRN")


def test_an_ethnic_group_crossing_into_its_kin_state_is_no_return(extractor: Extractor) -> None:
    text = "In one week, 92,000 ethnic Armenians crossed from Karabakh into Armenia, the government said."
    [fact] = extractor.extract(text)
    assert fact.category == "cross-border-flight"


def test_arrivals_in_a_text_about_one_countrys_refugees_are_their_countrys_flight(extractor: Extractor) -> None:
    text = (
        "DORI — Le camp de Goudoubo, dans la région du Sahel, accueille désormais plus de 12 000 réfugiés maliens, a "
        "indiqué le HCR, après l'arrivée de 3 000 nouveaux réfugiés depuis mars, qui fuient les combats dans la "
        "région de Mopti."
    )
    arrivals = extractor.extract(text)[1]
    assert (arrivals.reported, arrivals.category, arrivals.country, arrivals.admin1) == (
        3_000,
        "cross-border-flight",
        "MLI",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chad has received 480,000 people fleeing the war in Sudan since April.",
        "Le Tchad a accueilli 480 000 personnes fuyant la guerre au Soudan depuis avril.",
    ],
)
def test_people_fleeing_the_war_in_a_country_received_by_another_fled_that_country(
    extractor: Extractor, text: str
) -> None:
    [fact] = extractor.extract(text)
    assert (fact.category, fact.country) == ("cross-border-flight", "SDN")


def test_borders_crossed_in_the_plural(extractor: Extractor) -> None:
    text = (
        "Au Soudan, plus de 12 millions de personnes ont été déracinées par la guerre. Parmi elles, 8,6 millions sont "
        "déplacées à l'intérieur du pays, et environ 3,5 millions ont franchi les frontières, principalement vers "
        "l'Égypte."
    )
    facts = [(f.reported, str(f.category)) for f in extractor.extract(text) if f.reported != 12_000_000]
    assert facts == [(8_600_000, "idps"), (3_500_000, "cross-border-flight")]


def test_crossings_counted_as_a_noun(extractor: Extractor) -> None:
    text = (
        "Lebanon: 876,000 people are displaced inside the country, and there were more than 430,000 crossings into "
        "Syria since September."
    )
    assert [(f.reported, str(f.term), str(f.category)) for f in extractor.extract(text)] == [
        (876_000, "displaced", "idps"),
        (430_000, "forced-to-flee", "cross-border-flight"),
    ]
    # a crossing alone, with no other word of displacement, is no figure (tourists cross borders too)
    assert extractor.extract("Lebanon: more than 430,000 crossings into Syria since September.") == []


def test_refugees_in_another_clause_do_not_make_a_figure_cross_border(extractor: Extractor) -> None:
    text = (
        "In Kenya, floods displaced 9,200 households in Mandera, many camping at primary schools; the floods also "
        "swamped parts of the camps, where the number of Somali refugees has passed 380,000."
    )
    assert [(f.reported, str(f.category), f.country) for f in extractor.extract(text)] == [
        (9_200, "new-displacement", "KEN"),
        (380_000, "people-displaced-across-borders", "SOM"),
    ]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "L'Égypte a accueilli plus de 1,2 million de Soudanais depuis avril 2023, selon les autorités.",
            [(1_200_000, "cross-border-flight", "SDN")],
        ),
        (
            "Colombia hosts 2.8 million Venezuelans, the migration authority said.",
            [(2_800_000, "people-displaced-across-borders", "VEN")],
        ),
        # a people named by its plight keeps that word
        (
            "Le Liban abrite environ 1,5 million de Syriens déplacés par la guerre.",
            [(1_500_000, "people-displaced-across-borders", "SYR")],
        ),
    ],
)
def test_a_country_hosting_a_people(extractor: Extractor, text: str, facts: list[tuple[int, str, str]]) -> None:
    assert [(f.reported, f.category, f.country) for f in extractor.extract(text)] == facts


def test_a_host_of_people_who_are_no_people_abroad(extractor: Extractor) -> None:
    assert extractor.extract("The village hosts 300 veterans every summer.") == []


def test_a_people_no_noun_ending_tells_that_entered_the_country(extractor: Extractor) -> None:
    text = (
        "COX'S BAZAR, Bangladesh — Fighting in northern Rakhine has driven a fresh exodus across the Naf river. "
        "Officials estimate that 64,000 to 70,000 Rohingya have entered the country since November."
    )
    [fact] = extractor.extract(text, published=PUBLISHED)
    assert (fact.reported, fact.reported_max, fact.category, fact.country) == (
        64_000,
        70_000,
        "cross-border-flight",
        "MMR",
    )


def test_people_hosted_abroad_in_camps_after_a_fire_are_a_stock_abroad(extractor: Extractor) -> None:
    text = (
        "A fire swept through Camp 11 on Sunday, leaving about 12,000 Rohingya refugees homeless. Bangladesh hosts "
        "nearly 1 million Rohingya in 33 camps."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert (facts[-1].reported, facts[-1].category, facts[-1].country) == (
        1_000_000,
        "people-displaced-across-borders",
        "MMR",
    )


@pytest.mark.parametrize(
    "text",
    [
        "In the week after Azerbaijan's offensive, 100,617 ethnic Armenians crossed from Karabakh into Armenia.",
        "Exode : cent mille Arméniens du Haut-Karabakh ont fui vers l'Arménie en une semaine.",
        "EREVAN — Plus de 84 600 Arméniens du Haut-Karabakh sont arrivés en Arménie en six jours.",
    ],
)
def test_a_people_of_a_place_abroad_counts_for_the_place_not_the_people(extractor: Extractor, text: str) -> None:
    # "ethnic Armenians", "Arméniens du Haut-Karabakh": a people of a place; the place is the country they fled
    assert _only(extractor, text)[1:] == ("cross-border-flight", "AZE")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Some 12,000 ethnic Hungarians fled Ukraine into Hungary.", "UKR"),
        ("About 5,000 Sudanese refugees crossed into Chad this week.", "SDN"),
        ("Some 3,000 Malians from Kidal fled to Niger.", "MLI"),
    ],
)
def test_nationality_still_names_the_country_fled(extractor: Extractor, text: str, country: str) -> None:
    assert _only(extractor, text)[1:] == ("cross-border-flight", country)


@pytest.mark.parametrize(
    "text",
    [
        # the text was in Lebanon before; Israel is who struck, not where
        "More than 1.2 million people have been displaced in Lebanon since Israel escalated its strikes. General "
        "Security said 310,000 people, mostly Syrians, had crossed into Syria over the same period.",
        # "Liban" is a Czech village's name too: a country named outright counts as the country
        "Damas — Depuis le début de l'escalade au Liban, quelque 425 000 personnes ont traversé la frontière vers la "
        "Syrie, dont environ 70 % de Syriens.",
    ],
)
def test_a_crossing_into_the_people_s_own_country_counts_for_the_country_they_were_in(text: str) -> None:
    gazetteer = default_gazetteer(towns=False)
    # the namesakes the town lists hold: a Czech village, American towns
    gazetteer.add(
        [PlaceEntry("Libáň", "CZE", Precision.POINT, aliases=("Liban",), population=1_500)]
        + [PlaceEntry("Lebanon", "USA", Precision.POINT, admin1=state, population=20_000) for state in ("PA", "TN")]
    )
    facts = Extractor(gazetteer).extract(text, published=PUBLISHED)
    crossing = [f for f in facts if str(getattr(f.category, "value", f.category)) == "cross-border-flight"]
    assert [f.country for f in crossing] == ["LBN"]


def test_a_crossing_from_an_area_of_another_country_than_the_text_s_is_a_flight_abroad(extractor: Extractor) -> None:
    # told from Yerevan: people who crossed from Nagorno-Karabakh came from Azerbaijan; those of them housed in
    # Armenia are refugees there now
    text = (
        "YEREVAN — Armenia's government said on Monday that 100,514 people had crossed from Nagorno-Karabakh since 24 "
        "September. Around 20,800 of them have so far been placed in state-funded accommodation in Syunik province."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, str(f.category), f.country) for f in facts] == [
        (100_514, "cross-border-flight", "AZE"),
        (20_800, "people-displaced-across-borders", "AZE"),
    ]
    # a crossing between two towns of the text's own country stays at home
    facts = extractor.extract("Fighting in Mali's Mopti region: 3,000 people crossed from Konna to Sévaré.")
    assert [(f.reported, str(f.category), f.country) for f in facts] == [(3_000, "new-displacement", "MLI")]


@pytest.mark.parametrize(
    "text",
    [
        # fled over a border river into a town of another country
        "BANGKOK — Thousands of people fled Myawaddy across the Moei river into Mae Sot, Thai officials said.",
        "Fighting for Myawaddy drove 3,000 residents across the Moei river into Mae Sot.",
    ],
)
def test_a_flight_over_a_border_river_into_a_town_abroad(text: str) -> None:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add(
        [
            PlaceEntry("Myawaddy", "MMR", Precision.POINT, admin1="Kayin", population=45_000),
            PlaceEntry("Mae Sot", "THA", Precision.POINT, admin1="Tak", population=50_000),
        ]
    )
    [fact] = Extractor(gazetteer).extract(text, published=PUBLISHED)
    assert (str(fact.category), fact.country) == ("cross-border-flight", "MMR")


@pytest.mark.parametrize(
    "text",
    [
        "COX'S BAZAR — Bangladesh says around 70,000 Rohingya have crossed from Myanmar's Rakhine state since late "
        "2023. UNHCR's latest figures put the population of the 33 camps in Ukhiya and Teknaf at 1,003,000 refugees.",
        "COX'S BAZAR — Environ 60 000 Rohingyas ont franchi la frontière birmane pour rejoindre les camps depuis le "
        "début de l'année. Les 33 camps de la région accueillent déjà plus d'un million de réfugiés.",
    ],
)
def test_the_refugees_of_a_story_told_by_the_people_that_fled_first(extractor: Extractor, text: str) -> None:
    # the lead's flight abroad, by a people it names, says whose refugees the camps' population is
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(str(f.category), f.country) for f in facts] == [
        ("cross-border-flight", "MMR"),
        ("people-displaced-across-borders", "MMR"),
    ]


def test_arrivals_at_a_camp_of_that_name_came_from_elsewhere() -> None:
    # "au camp de Mbera" names the camp where they arrived, not where they came from
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add(
        [
            PlaceEntry("Mbera", "MRT", Precision.POINT, admin1="Hodh ech Chargui", population=2_000),
            PlaceEntry("Niono", "MLI", Precision.POINT, admin1="Ségou", population=52_584),
            PlaceEntry("Bassikounou", "MRT", Precision.POINT, admin1="Hodh ech Chargui", population=40_000),
        ]
    )
    text = (
        "BASSIKOUNOU (Mauritanie) – Le HCR a enregistré 10 200 nouveaux réfugiés maliens arrivés au camp de Mbera en "
        "janvier, portant à 104 000 le nombre de réfugiés que compte le camp. Les nouveaux arrivants viennent surtout "
        "de Léré et de Niono."
    )
    facts = Extractor(gazetteer).extract(text, published=PUBLISHED)
    assert [(f.reported, f.country) for f in facts] == [(10_200, "MLI"), (104_000, "MLI")]
