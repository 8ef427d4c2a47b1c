"""Alembic environment: uses the connection handed in by ``checker.review.db.upgrade`` when there is one."""

from __future__ import annotations

from alembic import context

from checker.review.db import make_engine
from checker.review.schema import metadata

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        _migrate(conn.execution_options(claimcheck_write=True))


def _migrate(connection) -> None:  # type: ignore[no-untyped-def]
    # batch mode: SQLite cannot ALTER most things, Alembic rebuilds the table instead
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    if connection.in_transaction():
        connection.commit()


run()
