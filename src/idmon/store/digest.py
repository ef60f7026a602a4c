"""The figure digest: triggers that keep ``figure_digest`` in step with figures, their first location and their
source, on SQLite and PostgreSQL, whatever writes them (the Store, an import, a bulk load, a raw SQL statement).

Totals for every country read a year of one category out of millions of figures. Read from ``figures`` joined to
``figure_locations`` and ``sources``, those rows lie all over the files; the digest keeps the few columns totals need
in one narrow table ordered by category and deciding date, so that the same rows are one contiguous read.
"""

from __future__ import annotations

import sqlalchemy as sa

from idmon.domain.vocabulary import STOCK_CATEGORIES

_STOCKS = ", ".join(f"'{c.value}'" for c in sorted(STOCK_CATEGORIES))
_DAY = f"CASE WHEN f.category IN ({_STOCKS}) THEN f.end_date ELSE COALESCE(f.start_date, f.end_date) END"

#: The digest rows of the figures that ``{where}`` selects (``f`` is ``figures``).
REFRESH = f"""
INSERT INTO figure_digest (category, day, figure_id, country, start_date, end_date, total, review_status, role,
    qualifier, cause, event_id, source_id, reliability, admin1, admin1_pcode, precision, deeper)
SELECT f.category, {_DAY}, f.id, f.country, f.start_date, f.end_date, f.total, f.review_status, f.role,
    f.qualifier, f.cause, f.event_id, f.source_id, s.reliability, l.admin1, l.admin1_pcode, l.precision,
    CASE WHEN COALESCE(l.admin2, '') <> '' OR COALESCE(l.admin2_pcode, '') <> '' OR COALESCE(l.place, '') <> ''
         OR l.geonames_id IS NOT NULL THEN 1 ELSE 0 END
FROM figures f
LEFT JOIN figure_locations l ON l.figure_id = f.id AND l.position = 0
LEFT JOIN sources s ON s.id = f.source_id
WHERE ({{where}}) AND {_DAY} IS NOT NULL
"""

# (table, event, the figure ids touched, in SQLite's NEW/OLD row terms)
_SQLITE_EVENTS = [
    ("figures", "INSERT", ["NEW.id"]),
    ("figures", "UPDATE", ["OLD.id", "NEW.id"]),
    ("figures", "DELETE", ["OLD.id"]),
    ("figure_locations", "INSERT", ["NEW.figure_id"]),
    ("figure_locations", "UPDATE", ["OLD.figure_id", "NEW.figure_id"]),
    ("figure_locations", "DELETE", ["OLD.figure_id"]),
]
_NAMES = [f"digest_{table}_{event.lower()}" for table, event, _ in _SQLITE_EVENTS] + ["digest_sources_update"]


def create_triggers(connection: sa.Connection) -> None:
    """Create the triggers on this connection's database (SQLite or PostgreSQL)."""
    if connection.dialect.name == "postgresql":
        _create_postgresql(connection)
        return
    for table, event, ids in _SQLITE_EVENTS:
        touched = f"({', '.join(ids)})"
        refresh = REFRESH.format(where=f"f.id IN {touched}") if table != "figures" or event != "DELETE" else ""
        connection.exec_driver_sql(
            f"CREATE TRIGGER digest_{table}_{event.lower()} AFTER {event} ON {table} FOR EACH ROW BEGIN "
            f"DELETE FROM figure_digest WHERE figure_id IN {touched}; {refresh + ';' if refresh else ''} END"
        )
    connection.exec_driver_sql(
        "CREATE TRIGGER digest_sources_update AFTER UPDATE OF reliability ON sources FOR EACH ROW BEGIN "
        "UPDATE figure_digest SET reliability = NEW.reliability WHERE source_id = NEW.id; END"
    )


def _create_postgresql(connection: sa.Connection) -> None:
    # Statement triggers with transition tables: a bulk load refreshes its rows in one statement, not one by one.
    for table, column in (("figures", "id"), ("figure_locations", "figure_id")):
        for event, tables in (("INSERT", ["new_rows"]), ("UPDATE", ["old_rows", "new_rows"]), ("DELETE", ["old_rows"])):
            touched = " UNION ".join(f"SELECT {column} FROM {t}" for t in tables)
            refresh = REFRESH.format(where=f"f.id IN ({touched})") if (table, event) != ("figures", "DELETE") else ""
            name = f"digest_{table}_{event.lower()}"
            connection.exec_driver_sql(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"DELETE FROM figure_digest WHERE figure_id IN ({touched}); {refresh + ';' if refresh else ''} "
                "RETURN NULL; END $$"
            )
            referencing = " ".join(f"{'OLD' if t == 'old_rows' else 'NEW'} TABLE AS {t}" for t in tables)
            connection.exec_driver_sql(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {referencing} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
            )
    connection.exec_driver_sql(
        "CREATE FUNCTION digest_sources_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "UPDATE figure_digest SET reliability = NEW.reliability WHERE source_id = NEW.id; RETURN NULL; END $$"
    )
    connection.exec_driver_sql(
        "CREATE TRIGGER digest_sources_update AFTER UPDATE OF reliability ON sources "
        "FOR EACH ROW EXECUTE FUNCTION digest_sources_update()"
    )


def drop_triggers(connection: sa.Connection) -> None:
    """Drop the triggers (and, on PostgreSQL, their functions)."""
    postgresql = connection.dialect.name == "postgresql"
    for name in _NAMES:
        table = name.removeprefix("digest_").rsplit("_", 1)[0]
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if postgresql else ""))
        if postgresql:
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")


def rebuild(connection: sa.Connection) -> None:
    """Fill the digest again from the figures (after a migration, or to check that the triggers kept it right)."""
    connection.exec_driver_sql("DELETE FROM figure_digest")
    connection.exec_driver_sql(REFRESH.format(where="TRUE" if connection.dialect.name == "postgresql" else "1"))
