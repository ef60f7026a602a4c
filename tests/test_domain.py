"""The pure domain: parsing flat input, sanity rules, totals, ids and hashing (no database)."""

from __future__ import annotations

from datetime import UTC, date

import pytest

from idmon.domain.auth import hash_password, hash_token, new_token, verify_password
from idmon.domain.figures import apply_flat_changes, figure_from_flat, figure_to_flat
from idmon.domain.ids import new_id
from idmon.domain.model import Figure, Version
from idmon.domain.records import from_dict, to_dict
from idmon.domain.rules import people_total, prepare_figure, round_half_up
from idmon.domain.vocabulary import CROSS_BORDER_CATEGORIES, STOCK_CATEGORIES, Category, Unit
from idmon.errors import InvalidRecord


def test_flat_figure_parses_strings() -> None:
    figure, provenance = figure_from_flat(
        {
            "country": "MLI",
            "category": "idps",
            "reported": "230,000",
            "end_date": "2013-01-14",
            "admin1": "Mopti",
            "lat": "14.5",
            "lon": "-4.2",
            "vague": "no",
            "source": "OCHA",
            "published": "2013-01-16",
        }
    )
    assert figure.reported == 230000 and figure.end_date == date(2013, 1, 14) and figure.vague is False
    assert figure.locations[0].admin1 == "Mopti" and figure.locations[0].country == "MLI"
    assert provenance.source == "OCHA" and provenance.published == date(2013, 1, 16)


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(InvalidRecord) as caught:
        figure_from_flat(
            {"category": "idp", "reported": "-1", "country": "MAL", "end_date": "2013-02-30", "colour": "red"}
        )
    fields = [p.field for p in caught.value.problems]
    assert set(fields) == {"category", "end_date", "colour", "reported", "country"}
    category = next(p for p in caught.value.problems if p.field == "category")
    assert category.allowed is not None and "new-displacement" in category.allowed


def test_semantic_rules_after_parsing() -> None:
    with pytest.raises(InvalidRecord) as caught:
        figure_from_flat(
            {
                "category": "idps",
                "reported": "-1",
                "country": "MAL",
                "start_date": "2013-02-01",
                "end_date": "2013-01-01",
                "hazard": "flood",
                "cause": "conflict",
            }
        )
    assert {p.field for p in caught.value.problems} == {"reported", "country", "end_date", "hazard"}


def test_location_needs_a_country() -> None:
    with pytest.raises(InvalidRecord, match="country: is required when a place"):
        figure_from_flat({"category": "idps", "place": "Konna"})


def test_changes_apply_to_first_location_and_clear() -> None:
    figure, _ = figure_from_flat({"country": "MLI", "category": "idps", "admin1": "Mopti", "qualifier": "exact"})
    changed, _ = apply_flat_changes(figure, {"place": "Konna", "qualifier": None})
    assert changed.locations[0].admin1 == "Mopti" and changed.locations[0].place == "Konna"
    assert changed.qualifier is None
    moved, _ = apply_flat_changes(figure, {"country": "BFA"})
    assert moved.locations[0].country == "BFA"
    with pytest.raises(InvalidRecord, match="category: is required"):
        apply_flat_changes(figure, {"category": None})


def test_total_is_computed_never_given() -> None:
    with pytest.raises(InvalidRecord, match="total: is computed by idmon"):
        figure_from_flat({"category": "idps", "total": "5"})
    assert people_total(2000, Unit.HOUSEHOLD, 5.2) == (
        10400,
        "2,000 households × 5.2 people per household = 10,400 people",
    )
    assert people_total(None, Unit.PERSON, None) == (None, None)
    assert round_half_up(2.5) == 3 and round_half_up(3.5) == 4


def test_prepare_keeps_size_note() -> None:
    figure = Figure(
        category=Category.IDPS,
        unit=Unit.HOUSEHOLD,
        reported=10,
        household_size=6.0,
        calculation_logic="old — MLI average household size for 2012, from the country context",
    )
    prepared = prepare_figure(figure)
    assert prepared.total == 60
    assert prepared.calculation_logic == (
        "10 households × 6 people per household = 60 people"
        " — MLI average household size for 2012, from the country context"
    )


def test_dict_round_trip() -> None:
    figure, _ = figure_from_flat({"country": "MLI", "category": "idps", "reported": "5", "admin1": "Mopti"})
    assert from_dict(Figure, to_dict(figure)) == figure
    flat = figure_to_flat(figure)
    assert flat["admin1"] == "Mopti" and flat["category"] == "idps"


def test_vocabulary_partitions() -> None:
    assert Category.IDPS in STOCK_CATEGORIES and Category.NEW_DISPLACEMENT.is_flow
    assert Category.IDPS not in CROSS_BORDER_CATEGORIES
    assert Category.CROSS_BORDER_FLIGHT in CROSS_BORDER_CATEGORIES


def test_version_changed_fields() -> None:
    from datetime import datetime

    v = Version(
        kind="figure",
        record_id="x",
        version=2,
        at=datetime.now(UTC),
        by="a",
        action="update",
        before={"reported": 1, "version": 1},
        after={"reported": 2, "version": 2},
    )
    assert v.changed == ["reported"]


def test_ids_sort_by_time_and_are_unique() -> None:
    ids = [new_id("fig") for _ in range(1000)]
    assert len(set(ids)) == 1000
    assert all(i.startswith("fig-") and len(i) == 22 for i in ids)


def test_password_and_token_hashing() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$") and "correct horse" not in stored
    assert verify_password("correct horse", stored) and not verify_password("wrong", stored)
    assert not verify_password("x", "garbage")
    token = new_token()
    assert token.startswith("idm_") and hash_token(token) != token and len(hash_token(token)) == 64
