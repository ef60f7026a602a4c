"""Rules of the twenty-seventh session, each with its negatives, in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor, Fact

PUBLISHED = date(2025, 3, 10)


def _facts(extractor: Extractor, text: str) -> dict[int | None, Fact]:
    return {f.reported: f for f in extractor.extract(text, published=PUBLISHED)}


def _terms(extractor: Extractor, text: str) -> dict[int | None, str]:
    return {value: str(f.term.value if f.term else "") for value, f in _facts(extractor, text).items()}


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("Le camp de Goudoubo, au Burkina Faso, accueille désormais plus de 9 400 réfugiés maliens.", 9_400, "MLI"),
        ("The camps of Nyarugusu and Nduta shelter 171,000 Burundian refugees, UNHCR said.", 171_000, "BDI"),
        (
            "KAKUMA, Kenya — The camp, opened in 1992, now hosts some 206,000 South Sudanese refugees, UNHCR said.",
            206_000,
            "SSD",
        ),
        (
            "They join close to 700,000 Sudanese refugees already living in the sprawling camps of eastern Chad.",
            700_000,
            "SDN",
        ),
    ],
)
def test_refugees_a_camp_abroad_hosts_are_in_the_camp(
    extractor: Extractor, text: str, value: int, country: str
) -> None:
    # the camp is their situation (the writers' call since the sixteenth session); they stay refugees abroad
    fact = _facts(extractor, text)[value]
    assert (fact.term and fact.term.value, fact.category and fact.category.value, fact.country) == (
        "in-relief-camp",
        "people-displaced-across-borders",
        country,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a country that hosts them: no camp
        ("Chad hosts 630,000 Sudanese refugees, UNHCR said on Friday.", 630_000),
        # others outside the camp, in villages, with host families
        (
            "Le camp de Mbera abrite 112 000 réfugiés maliens, mais plus de 60 000 autres vivent hors du camp, dans "
            "les villages autour de Bassikounou.",
            60_000,
        ),
        (
            "BASSIKOUNOU, Mauritania — Mbera camp now hosts more than 110,000 Malian refugees, and around 48,000 "
            "others live in villages nearby, UNHCR said.",
            48_000,
        ),
        (
            "Ils s'ajoutent aux quelque 104 000 réfugiés maliens déjà installés dans le camp de Mbera et aux 41 000 "
            "autres hébergés dans des villages de la wilaya du Hodh Ech Chargui.",
            41_000,
        ),
    ],
)
def test_refugees_abroad_outside_camps_stay_the_catch_all(extractor: Extractor, text: str, value: int) -> None:
    assert _terms(extractor, text)[value] == "multiple-or-other"


def test_refugees_in_the_camp_beside_others_outside_it(extractor: Extractor) -> None:
    text = (
        "Le camp de Mbera abrite 112 000 réfugiés maliens, mais plus de 60 000 autres vivent hors du camp, dans les "
        "villages autour de Bassikounou."
    )
    assert _terms(extractor, text)[112_000] == "in-relief-camp"
