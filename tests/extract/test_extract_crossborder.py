"""Movements across borders and people abroad: flight, stock abroad, return from abroad (vocabulary.md)."""

from __future__ import annotations

from datetime import date

import pytest

from idmon.extract import Extractor

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
