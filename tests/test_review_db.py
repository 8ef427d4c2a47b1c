"""The review database: migrations match the schema, SQLite is tuned, write transactions lock at BEGIN."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from checker.review.db import make_engine, ping, reading, upgrade, writing
from checker.review.schema import metadata


def test_migrations_build_exactly_the_schema_and_are_idempotent(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine)
    upgrade(engine)  # every worker runs it at start: the second run is a no-op
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    assert {"users", "tokens", "sessions", "review_items", "occurrences", "decisions", "audit"} <= set(
        inspect(engine).get_table_names())
    assert ping(engine)


def sqlite_only(url: str) -> None:
    if not url.startswith("sqlite"):
        pytest.skip("SQLite connection tuning")


def test_sqlite_pragmas(database_url: str) -> None:
    sqlite_only(database_url)
    engine = make_engine(database_url)
    with reading(engine) as conn:
        pragmas = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                   for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 30_000}


def test_write_transactions_take_the_write_lock_at_begin(database_url: str) -> None:
    sqlite_only(database_url)
    engine = make_engine(database_url)
    upgrade(engine)
    path = database_url.removeprefix("sqlite:///")
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        with writing(engine):  # nothing written yet, but BEGIN IMMEDIATE holds the lock
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with reading(engine):  # a reader does not block writers
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_foreign_keys_are_enforced(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine)
    with pytest.raises(IntegrityError):
        with writing(engine) as conn:
            conn.execute(text("INSERT INTO tokens (user_id, token_hash, created) VALUES (42, 'x', '2026-01-01')"))
