"""The figure digest stays in step with figures, their first location and their source, whatever writes them:
the Store (add, edit, delete, restore), an import, raw SQL. Checked against a digest rebuilt from scratch."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from idmon.domain.model import Figure, Location
from idmon.domain.vocabulary import Category, ReviewStatus, Term, Unit
from idmon.ingest.figure_table import import_figures
from idmon.store import Store, digest
from idmon.store import tables as t


def _rows(conn: sa.Connection) -> list[tuple[object, ...]]:
    return sorted(tuple(r) for r in conn.execute(sa.select(t.figure_digest)))


def in_step(store: Store) -> list[tuple[object, ...]]:
    """The digest as the triggers kept it, after checking it equals one rebuilt from the figures."""
    with store.engine.connect() as conn:
        kept = _rows(conn)
        digest.rebuild(conn)
        fresh = _rows(conn)
        conn.rollback()
    assert kept == fresh
    return kept


def _figure(**more: object) -> Figure:
    base = {
        "country": "MLI",
        "category": Category.IDPS,
        "term": Term.DISPLACED,
        "unit": Unit.PERSON,
        "reported": 1_000,
        "end_date": date(2013, 6, 1),
        "review_status": ReviewStatus.APPROVED,
        "method": "test",
    }
    return Figure(**{**base, **more})  # type: ignore[arg-type]


def test_the_digest_follows_every_write(store: Store, tmp_path: Path) -> None:
    first = store.add_figure(_figure(locations=[Location(country="MLI", admin1="Mopti", admin1_pcode="ML05")]))
    [row] = in_step(store)
    assert (row[0], row[1], row[2], row[15], row[17]) == ("idps", date(2013, 6, 1), first.id, "ML05", 0)
    # a flow is ordered by its start date; a figure with no date at all has no digest row
    flow = store.add_figure(
        _figure(category=Category.NEW_DISPLACEMENT, start_date=date(2013, 1, 5), end_date=date(2013, 1, 20))
    )
    store.add_figure(_figure(end_date=None))
    rows = in_step(store)
    assert len(rows) == 2 and (date(2013, 1, 5), flow.id) in [(r[1], r[2]) for r in rows]
    # edits of the figure and of its location, then a town: deeper than an admin1
    moved = dataclasses.replace(store.get_figure(first.id or ""), end_date=date(2013, 6, 20), reported=2_000)
    store.update(moved)
    in_step(store)
    town = dataclasses.replace(store.get_figure(first.id or ""), locations=[Location(country="MLI", place="Konna")])
    store.update(town)
    assert next(r for r in in_step(store) if r[2] == first.id)[-1] == 1
    # delete and restore
    store.delete("figure", first.id or "")
    assert first.id not in [r[2] for r in in_step(store)]
    store.restore("figure", first.id or "", 2)
    assert first.id in [r[2] for r in in_step(store)]
    # an import, then a source's reliability changed in SQL
    path = tmp_path / "f.csv"
    path.write_text(
        "id,country,admin1,admin1_pcode,category,term,unit,reported,end_date,review_status,source,source_reliability\n"
        "imp1,NER,Tillabéri,NE006,idps,displaced,person,500,2013-05-01,approved,OCHA,high\n",
        encoding="utf-8",
    )
    import_figures(store, path)
    assert next(r for r in in_step(store) if r[2] == "imp1")[13] == "high"
    with store.engine.begin() as conn:
        conn.execute(sa.update(t.sources).values(reliability="low"))
    assert next(r for r in in_step(store) if r[2] == "imp1")[13] == "low"
    # raw SQL: a location added later, changed, removed; the figure deleted (its locations go with it)
    with store.engine.begin() as conn:
        conn.execute(sa.delete(t.figure_locations).where(t.figure_locations.c.figure_id == "imp1"))
    assert next(r for r in in_step(store) if r[2] == "imp1")[15] is None
    with store.engine.begin() as conn:
        conn.execute(
            sa.insert(t.figure_locations).values(
                figure_id="imp1", position=0, country="NER", admin1_pcode="NE001", role="both"
            )
        )
        conn.execute(
            sa.update(t.figure_locations).values(admin2="Ayorou").where(t.figure_locations.c.figure_id == "imp1")
        )
    assert next(r for r in in_step(store) if r[2] == "imp1")[15:] == ("NE001", None, 1)
    with store.engine.begin() as conn:
        conn.execute(sa.delete(t.figures).where(t.figures.c.id == "imp1"))
    assert "imp1" not in [r[2] for r in in_step(store)]


def test_a_deleted_event_leaves_its_figures_in_step(store: Store) -> None:
    """Deleting an event sets its figures' event to NULL (ON DELETE SET NULL): the digest follows that too."""
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        conn.execute(
            sa.insert(t.events).values(
                id="ev1", name="Floods", cause="disaster", countries=["MLI"], version=1, created_at=now, updated_at=now
            )
        )
    store.add_figure(_figure(event_id="ev1", category=Category.NEW_DISPLACEMENT, start_date=date(2013, 5, 1)))
    assert [r[11] for r in in_step(store)] == ["ev1"]
    with store.engine.begin() as conn:
        conn.execute(sa.delete(t.events).where(t.events.c.id == "ev1"))
    assert [r[11] for r in in_step(store)] == [None]
