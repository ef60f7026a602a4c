"""The Store on both backends: records, filters, household sizes, history and restore for every versioned kind."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from idmon.domain.model import (
    Crisis,
    Document,
    Event,
    Figure,
    HouseholdSize,
    Location,
    PolicyInstrument,
    TimelineEntry,
)
from idmon.domain.vocabulary import Category, Cause, Hazard, HazardCategory, Reliability, ReviewStatus, Unit
from idmon.errors import Conflict, InvalidRecord, NotFound
from idmon.store import FigureFilter, Store


def mali_figure(**changes: object) -> Figure:
    figure = Figure(
        country="MLI",
        category=Category.IDPS,
        term="displaced",  # type: ignore[arg-type]
        reported=230000,
        qualifier="approximately",  # type: ignore[arg-type]
        end_date=date(2013, 1, 14),
        locations=[Location(country="MLI", admin1="Mopti", admin1_pcode="ML05", lat=14.49, lon=-4.2)],
    )
    return replace(figure, **changes)


def test_figure_round_trip_keeps_every_field(store: Store) -> None:
    figure = mali_figure(
        id="given-id-1",
        excerpt="Close to 230,000 people",
        span_start=0,
        span_end=23,
        confidence=0.9,
        reported_max=250000,
        locations=[
            Location(country="MLI", place="Konna", role="origin"),  # type: ignore[arg-type]
            Location(country="MLI", admin1="Mopti", role="destination"),  # type: ignore[arg-type]
        ],
    )
    stored = store.add_figure(figure)
    assert stored.id == "given-id-1"
    assert stored.version == 1
    again = store.get_figure("given-id-1")
    assert again == stored
    assert [loc.role for loc in again.locations] == ["origin", "destination"]
    assert again.total == 230000
    assert again.created_at is not None and again.created_at.tzinfo is not None


def test_generated_ids_are_unique_strings(store: Store) -> None:
    ids = {store.add_figure(mali_figure()).id for _ in range(20)}
    assert len(ids) == 20
    assert all(isinstance(i, str) and i.startswith("fig-") for i in ids)


def test_adding_an_existing_id_is_a_conflict(store: Store) -> None:
    store.add_figure(mali_figure(id="dup"))
    with pytest.raises(Conflict, match="exists already"):
        store.add_figure(mali_figure(id="dup"))


def test_hazard_category_is_derived(store: Store) -> None:
    stored = store.add_figure(
        mali_figure(cause=Cause.DISASTER, hazard=Hazard.FLOOD, category=Category.NEW_DISPLACEMENT)
    )
    assert stored.hazard_category is HazardCategory.WEATHER_RELATED


def test_household_figure_uses_country_context_size(store: Store) -> None:
    store.set_household_size("MLI", 2012, 5.9, source="census")
    store.set_household_size("MLI", 2016, 6.1)
    stored = store.add_figure(mali_figure(unit=Unit.HOUSEHOLD, reported=2000))
    assert stored.household_size == 5.9
    assert stored.total == 11800
    assert "MLI average household size for 2012" in (stored.calculation_logic or "")


def test_household_figure_without_size_has_no_invented_total(store: Store) -> None:
    stored = store.add_figure(mali_figure(unit=Unit.HOUSEHOLD, reported=2000))
    assert stored.total is None
    assert "no household size known" in (stored.calculation_logic or "")


def test_explicit_household_size_rounds_half_up(store: Store) -> None:
    stored = store.add_figure(mali_figure(unit=Unit.HOUSEHOLD, reported=3, household_size=5.5))
    assert stored.total == 17  # 16.5 rounds up


def test_filters(store: Store) -> None:
    store.add_figure(mali_figure(id="a", end_date=date(2013, 1, 14)))
    store.add_figure(mali_figure(id="b", end_date=date(2012, 6, 1), category=Category.NEW_DISPLACEMENT))
    store.add_figure(mali_figure(id="c", country="BFA", locations=[Location(country="BFA", admin1="Sahel")]))
    store.add_figure(
        mali_figure(id="d", review_status=ReviewStatus.REJECTED, locations=[Location(country="MLI", admin1="Ségou")])
    )
    ids = lambda **kw: [f.id for f in store.figures(FigureFilter(**kw))]  # noqa: E731
    assert ids(country="MLI") == ["a", "d", "b"]
    assert ids(country="mli", categories=[Category.NEW_DISPLACEMENT]) == ["b"]
    assert ids(admin1="ML05") == ["a", "b"]
    assert ids(admin1="ségou") == ["d"]
    assert ids(statuses=[ReviewStatus.REJECTED]) == ["d"]
    assert ids(since=date(2013, 1, 1), country="MLI") == ["a", "d"]
    assert ids(until=date(2012, 12, 31)) == ["b"]
    assert ids(limit=1) == ["a"]
    assert store.count_figures(FigureFilter(country="MLI")) == 3


def test_figures_to_pandas(store: Store) -> None:
    store.add_figure(mali_figure(id="a"))
    frame = store.figures().to_pandas()
    assert list(frame["id"]) == ["a"]
    assert frame.loc[0, "admin1"] == "Mopti"
    assert frame.loc[0, "reported"] == 230000


def test_update_records_a_new_version_only_when_something_changes(store: Store) -> None:
    stored = store.add_figure(mali_figure())
    same = store.update(stored)
    assert same.version == 1
    changed = store.update(replace(stored, reported=240000))
    assert changed.version == 2
    assert changed.total == 240000
    assert [v.version for v in store.history("figure", stored.id or "")] == [1, 2]


def test_stale_update_is_refused(store: Store) -> None:
    stored = store.add_figure(mali_figure())
    store.update(replace(stored, reported=1))
    with pytest.raises(Conflict, match="changed since you read it"):
        store.update(replace(stored, reported=2))


def test_invalid_update_writes_nothing(store: Store) -> None:
    stored = store.add_figure(mali_figure())
    with pytest.raises(InvalidRecord, match="end_date"):
        store.update(replace(stored, start_date=date(2014, 1, 1)))
    assert store.get_figure(stored.id or "") == stored
    assert len(store.history("figure", stored.id or "")) == 1


def test_unknown_references_are_refused(store: Store) -> None:
    with pytest.raises(InvalidRecord, match="source_id: no record"):
        store.add_figure(mali_figure(source_id="nope"))


def test_batch_is_all_or_nothing(store: Store) -> None:
    with pytest.raises(InvalidRecord), store.batch():
        store.add_figure(mali_figure(id="first"))
        store.add_figure(mali_figure(id="second", reported=-1))
    assert store.count_figures() == 0
    with pytest.raises(NotFound):
        store.history("figure", "first")


def test_ensure_source_creates_unknown_reliability_once(store: Store) -> None:
    first = store.ensure_source("OCHA")
    assert first.reliability is Reliability.UNKNOWN
    assert store.ensure_source(" ocha ").id == first.id
    assert [s.name for s in store.sources()] == ["OCHA"]


def test_document_keeps_original_bytes_and_hash(store: Store) -> None:
    source = store.ensure_source("UNHCR")
    raw = "Plus de 150 000 Maliens ont trouvé refuge au Niger.".encode()
    doc = store.add_document(Document(title="Note", text=raw.decode(), publishers=[source.id or ""]), raw)
    assert store.original(doc.id or "") == raw
    assert doc.content_hash is not None and store.document_by_hash(doc.content_hash) == doc
    assert doc.publishers == [source.id]


# ---- history and restore, for every kind --------------------------------------------------------------------
def _kinds(store: Store) -> list[tuple[str, object, dict[str, object]]]:
    crisis = store.add(Crisis(name="Mali conflict", cause=Cause.CONFLICT, countries=["MLI"]))
    return [
        ("figure", mali_figure(), {"reported": 240000}),
        (
            "event",
            Event(
                name="Konna offensive",
                cause=Cause.CONFLICT,
                crisis_id=crisis.id,
                countries=["MLI"],
                start_date=date(2013, 1, 10),
            ),
            {"name": "Battle of Konna"},
        ),
        (
            "document",
            Document(title="Sitrep 1", text="Close to 230,000 displaced."),
            {"title": "Sitrep 1 (rev)"},
        ),
        (
            "timeline-entry",
            TimelineEntry(country="MLI", date=date(2013, 1, 11), title="French intervention"),
            {"title": "Operation Serval begins"},
        ),
        (
            "policy-instrument",
            PolicyInstrument(country="MLI", name="Kampala Convention", signed_date=date(2009, 10, 23)),
            {"ratified_date": date(2012, 12, 7)},
        ),
        ("household-size", HouseholdSize(country="MLI", year=2013, size=5.9), {"size": 6.0}),
        ("crisis", crisis, {"name": "Mali crisis"}),
    ]


def test_history_and_restore_for_every_kind(store: Store) -> None:
    for kind, record, change in _kinds(store):
        first = record if getattr(record, "version", 0) else store.add(record)
        second = store.update(replace(first, **change), by="alice")
        versions = store.history(kind, first.id)
        assert [v.version for v in versions] == [1, 2], kind
        assert versions[1].by == "alice" and versions[0].by == "tester", kind
        assert versions[1].before == versions[0].after, kind
        assert set(change) <= set(versions[1].changed), kind
        restored = store.restore(kind, first.id, 1)
        assert restored.version == 3, kind
        for name in change:
            assert getattr(restored, name) == getattr(first, name), kind
        assert store.history(kind, first.id)[-1].action == "restore", kind
        assert getattr(second, next(iter(change))) == next(iter(change.values())), kind


def test_deleted_record_can_be_restored(store: Store) -> None:
    stored = store.add_figure(mali_figure(id="gone"))
    store.delete("figure", "gone", by="bob")
    with pytest.raises(NotFound):
        store.get_figure("gone")
    versions = store.history("figure", "gone")
    assert [(v.version, v.action, v.by) for v in versions] == [(1, "create", "tester"), (2, "delete", "bob")]
    with pytest.raises(InvalidRecord, match="deletion"):
        store.restore("figure", "gone", 2)
    back = store.restore("figure", "gone", 1)
    assert back.version == 3
    assert back.locations == stored.locations and back.reported == stored.reported


def test_restore_unknown_version(store: Store) -> None:
    stored = store.add_figure(mali_figure())
    with pytest.raises(NotFound, match="versions 1, not 7"):
        store.restore("figure", stored.id or "", 7)


def test_user_comes_from_environment(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IDMON_USER", "from-env")
    with Store.open(db_url) as s:
        stored = s.add_figure(mali_figure())
        assert s.history("figure", stored.id or "")[0].by == "from-env"


# ---- people: comments, users, tokens ------------------------------------------------------------------------
def test_review_comments(store: Store) -> None:
    stored = store.add_figure(mali_figure())
    store.add_comment(stored.id or "", "Source says 'close to': qualifier approximately.", by="rev")
    store.add_comment(stored.id or "", "Checked against DTM round 3.")
    comments = store.comments(stored.id or "")
    assert [(c.author, c.body[:7]) for c in comments] == [("rev", "Source "), ("tester", "Checked")]
    assert comments[0].at is not None and comments[0].at.tzinfo is not None
    with pytest.raises(NotFound):
        store.add_comment("nope", "x")
    with pytest.raises(InvalidRecord):
        store.add_comment(stored.id or "", "  ")


def test_users_passwords_and_tokens(store: Store) -> None:
    from idmon.domain.vocabulary import UserRole

    user = store.add_user("amina", UserRole.REVIEWER, password="s3cret-pass", full_name="Amina")
    assert user.password_hash is not None and "s3cret" not in user.password_hash
    with pytest.raises(Conflict):
        store.add_user("amina", UserRole.VIEWER)
    assert store.authenticate("amina", "s3cret-pass") == store.get_user("amina")
    assert store.authenticate("amina", "wrong") is None
    assert store.authenticate("nobody", "x") is None
    token = store.create_token("amina", name="laptop")
    assert store.user_for_token(token) == store.get_user("amina")
    assert store.user_for_token(token + "x") is None
    expired = store.create_token("amina", days=-1)
    assert store.user_for_token(expired) is None
    stored_hashes = [r[0] for r in store.execute(__import__("sqlalchemy").text("SELECT token_hash FROM api_tokens"))]
    assert token not in stored_hashes and len(stored_hashes) == 2


def test_countries_include_idmc_codes() -> None:
    from idmon.domain.countries import countries, parse_country

    codes = {c.iso3 for c in countries()}
    assert {"MLI", "AB9", "XKX", "COD"} <= codes
    assert parse_country(" mli ") == "MLI"
    with pytest.raises(InvalidRecord, match="ISO 3166-1"):
        parse_country("Mali")
