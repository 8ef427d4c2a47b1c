"""Engines for the review database: SQLite by default, any SQLAlchemy URL (PostgreSQL) when configured.

SQLite gets WAL, ``synchronous=FULL``, a busy timeout and foreign keys on every connection. pysqlite's own
transaction handling is switched off (``isolation_level = None``) and the ``begin`` event emits the BEGIN
itself — SQLAlchemy's documented recipe — so that write transactions are ``BEGIN IMMEDIATE``: the write lock
is taken at the start, and two writers never deadlock upgrading a read lock.
"""

from __future__ import annotations

from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from ..errors import Busy
from ..pgurl import is_postgres, sqlalchemy_url
from ..settings import Settings
from ..sqlitewal import enable_wal
from .writegate import WriteGate

WRITE = "claimcheck_write"
GATE = "claimcheck_write_gate"
BUSY_TIMEOUT_MS = 30_000
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(settings: Settings) -> str:
    """``CHECKER_DATABASE_URL``, or a SQLite file in the data folder when it is unset."""
    if settings.database_url:
        return settings.database_url
    folder = Path(settings.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'review.sqlite3'}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite ones get the pragmas and BEGIN handling described above.

    A plain ``postgresql://`` URL is given the psycopg 3 driver (SQLAlchemy would otherwise look for psycopg2).
    """
    if is_postgres(url):
        url = sqlalchemy_url(url)
    engine = create_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
        if engine.url.database and engine.url.database != ":memory:":
            # the gate travels with the engine (an execution option), so every writer of this file shares it
            engine = engine.execution_options(**{GATE: WriteGate(engine.url.database, BUSY_TIMEOUT_MS / 1000)})
    return engine


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        enable_wal(dbapi_connection, BUSY_TIMEOUT_MS / 1000)  # workers may open a new file together
        for pragma in ("synchronous=FULL", "foreign_keys=ON"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get(WRITE) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction (BEGIN IMMEDIATE on SQLite, behind the write gate); committed on success, rolled back
    on error."""
    gate = engine.get_execution_options().get(GATE)
    try:
        with gate.held() if gate is not None else nullcontext(), engine.connect() as conn:
            conn = conn.execution_options(**{WRITE: True})
            with conn.begin():
                yield conn
    except OperationalError as exc:
        # another program (a backup, the sqlite3 shell) held the file past the busy timeout: the gate only
        # orders our own writers. A 503 the client may retry, not a 500; the transaction was rolled back.
        if "database is locked" not in str(exc.orig):
            raise
        raise Busy("the review database is busy; try again") from exc


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """One read transaction: a consistent snapshot, no write lock."""
    with engine.connect() as conn:
        with conn.begin():
            yield conn


MIGRATION_LOCK_KEY = 0x636C61696D636B  # "claimck": one advisory lock id for schema migrations


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the Alembic migrations kept in this package (safe to call from every worker at start)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE: True})  # SQLite: BEGIN IMMEDIATE serialises the workers
        if conn.dialect.name == "postgresql":
            # Several servers starting on a fresh database would race to create alembic_version; the
            # transaction-scoped advisory lock makes the later ones wait and then find nothing to do.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def ping(engine: Engine) -> bool:
    """Whether the database answers a trivial query (for the health endpoint)."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:  # noqa: BLE001 - any driver error means "not reachable"
        return False


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"
