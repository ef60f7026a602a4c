"""Whole short reports, written for these tests, with several figures, places and dates."""

from __future__ import annotations

from datetime import date

from idmon.extract import Extractor

ENGLISH_REPORT = """Mali: flash update no. 4 (20 March 2013)

Fighting between armed groups and government forces around Konna and Diabaly has displaced more than
12,000 people since 10 January, according to local authorities. About 1,500 households have found shelter
with host families in Sévaré, and 300 people are living in a school.

As of 15 March 2013, an estimated 260,000 people remain internally displaced in Mali, while 170,000 Malian
refugees are in neighbouring countries. Last week, some 2,000 people returned to Diabaly.

At least 30 people were killed and 45 injured. For information: +223 20 22 33 44.
"""

FRENCH_REPORT = """Inondations au Niger : point de situation du 12 septembre 2012

Les pluies diluviennes de la semaine dernière ont détruit 2 300 maisons dans la région de Tillabéri.
Environ 1 850 ménages sont sans abri et plus de 9 000 personnes ont été hébergées dans des écoles.
Depuis le 1er août, les inondations ont touché 120 000 personnes. On compte 15 morts.
"""


def test_english_report(extractor: Extractor) -> None:
    facts = extractor.extract(ENGLISH_REPORT, published=date(2013, 3, 20))
    got = [(f.reported, f.qualifier, f.unit, f.term, f.category) for f in facts]
    assert got == [
        (12_000, "more-than", "person", "displaced", "new-displacement"),
        (1_500, "approximately", "household", "sheltered", "new-displacement"),
        (300, "exact", "person", "sheltered", "idps"),  # "are living in": a stock
        (260_000, "approximately", "person", "displaced", "idps"),
        (170_000, "exact", "person", "displaced", "people-displaced-across-borders"),
        (2_000, "approximately", "person", "returns", "return"),
    ]
    displaced, sheltered, _, stock, refugees, returns = facts
    # the nearest of the towns named in the figure's clause
    assert (displaced.country, displaced.place, displaced.cause) == ("MLI", "Diabaly", "conflict")
    assert (displaced.start_date, displaced.end_date) == (date(2013, 1, 10), date(2013, 3, 20))
    assert displaced.violence == "non-international-armed-conflict"
    assert (sheltered.place, sheltered.total) == ("Sévaré", 7_500)
    assert (stock.country, stock.end_date, stock.start_date) == ("MLI", date(2013, 3, 15), None)
    assert refugees.country == "MLI"
    assert (returns.place, returns.start_date, returns.end_date) == ("Diabaly", date(2013, 3, 11), date(2013, 3, 17))
    assert all(f.excerpt and ENGLISH_REPORT[f.span[0] : f.span[1]] == f.quantity_text for f in facts)


def test_french_report(extractor: Extractor) -> None:
    facts = extractor.extract(FRENCH_REPORT, published=date(2012, 9, 12))
    got = [(f.reported, f.qualifier, f.unit, f.term) for f in facts]
    assert got == [
        (2_300, "exact", "household", "destroyed-housing"),
        (1_850, "approximately", "household", "homeless"),
        (9_000, "more-than", "person", "sheltered"),
        (120_000, "exact", "person", "affected"),
    ]
    assert {f.country for f in facts} == {"NER"}
    assert {f.cause for f in facts} == {"disaster"}
    assert {f.hazard for f in facts} == {"flood"}
    assert facts[0].start_date == date(2012, 9, 3)
    assert facts[3].start_date == date(2012, 8, 1)


def test_konna_is_resolved_in_the_main_country(extractor: Extractor) -> None:
    [fact] = extractor.extract("In Mali, 600 people fled Konna after the attack.")
    assert (fact.country, fact.place, fact.precision, fact.lat) == ("MLI", "Konna", "point", 14.95)


def test_a_given_country_overrides_the_guess(extractor: Extractor) -> None:
    [fact] = extractor.extract("600 people fled Konna after the attack.", country="TGO")
    assert (fact.country, fact.lat) == ("TGO", 6.10)
