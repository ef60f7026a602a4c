"""Faults a reviewer found in the twenty-second session's rules, with sentences of its own: each must stay fixed."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.domain.vocabulary import Precision
from idmon.extract import Extractor
from idmon.geo.gazetteer import Gazetteer, PlaceEntry

PUBLISHED = date(2024, 10, 14)


@pytest.mark.parametrize(
    "text",
    [
        # "y" stands for the town named between, and its inhabitants are no figure
        "Au Liban, 12 abris collectifs ont été ouverts à Tyr, et l'on y compte désormais 160 000 habitants.",
        # counts of evacuation centres by place
        "Open evacuation centres: Leyte (42), Samar (17) and Biliran (9).",
        # sites hosting tourists
        "In Egypt, archaeological sites hosted 14 million tourists last year.",
        # patients sent back
        "In Bangladesh, the hospital sent 300 patients back home after the cyclone passed.",
        # students away from home, people moving for work, roofs undamaged, miners in containers
        "The university says 12,000 students live away from home during term in Kampala.",
        "Last year, 12,000 people moved from Lagos to Abuja for work, the census office said.",
        "Inspectors in Florida found 1,200 homes with no roof damage after the hurricane.",
        "In DR Congo, some 300 miners live in containers at the Kolwezi site.",
        # tourists going home
        "Après le séisme au Maroc, 5 000 touristes ont décidé de rentrer en France.",
        # births in the evacuation centres that open the sentence
        "Across the evacuation centres in Assam, 40 children have been born since Monday.",
    ],
)
def test_no_figure(extractor: Extractor, text: str) -> None:
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED) if f.reported is not None] == []


def test_au_total_is_no_country(extractor: Extractor) -> None:
    text = "Au Burkina Faso, 1 200 déplacés sont arrivés à Kaya. Au total, la ville en compte 80 000 habitants."
    assert [f.reported for f in extractor.extract(text, published=PUBLISHED)] == [1_200]


def test_migrants_sent_back_are_no_return_home(extractor: Extractor) -> None:
    facts = extractor.extract("Algeria sent 1,200 migrants back to Niger last month.", published=PUBLISHED)
    assert all(f.category is None or f.category.value != "return" for f in facts)


def test_a_first_name_is_no_place_by_its_english_spelling() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Rashid", "EGY", Precision.POINT, admin1="Beheira", population=300_000),
            PlaceEntry("El Fasher", "SDN", Precision.POINT, admin1="North Darfur", population=260_000),
        ]
    )
    text = "Plus de 3 000 personnes ont été évacuées, selon Rachid. D'autres ont fui El-Facher."
    assert [m.text for m in gazetteer.find_mentions(text, respell=True)] == ["El-Facher"]


def test_the_russian_region_of_at_a_sentence_s_start(extractor: Extractor) -> None:
    text = (
        "Ukraine says 12,000 people have fled the fighting. The Russian region of Belgorod evacuated 5,200 residents."
    )
    facts = extractor.extract(text, published=PUBLISHED)
    assert [(f.reported, f.country) for f in facts] == [(12_000, "UKR"), (5_200, "RUS")]


def test_migrants_transferred_to_detention_are_no_evacuees(extractor: Extractor) -> None:
    text = "Quelque 400 migrants interceptés en mer ont été transférés vers le centre de détention de Tajoura."
    assert all(f.term is None or f.term.value != "evacuated" for f in extractor.extract(text, published=PUBLISHED))
