"""Alembic environment: run by idmon.store.migrate with a live connection (never reads alembic.ini)."""

from __future__ import annotations

from alembic import context

from idmon.store.tables import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - idmon always passes a connection
    raise RuntimeError("run migrations with `idmon db upgrade`, which passes the connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
