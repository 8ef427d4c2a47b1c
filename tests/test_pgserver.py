"""The throwaway servers themselves: both flavours answer on loopback, the pgvector one has the extension."""

from __future__ import annotations

import psycopg

from pgserver import PgServer


def test_debian_server_is_postgresql_15(pg_server: PgServer, pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        address = conn.execute("SELECT inet_server_addr()::text").fetchone()[0]
    assert version.startswith("15")
    assert address.startswith("127.0.0.1")


def test_pgvector_server_has_the_vector_extension(pgvector_url: str) -> None:
    with psycopg.connect(pgvector_url) as conn:
        conn.execute("CREATE EXTENSION vector")
        distance = conn.execute("SELECT '[1,0]'::vector <=> '[0,1]'::vector").fetchone()[0]
    assert distance == 1.0


def test_each_test_gets_its_own_database(pg_url: str, pg_server: PgServer) -> None:
    assert pg_url.rsplit("/", 1)[1] in pg_server.databases
    assert pg_url != pg_server.url()


def test_sqlalchemy_form_names_the_psycopg_driver(pg_sqlalchemy_url: str) -> None:
    from checker.pgurl import is_postgres, psycopg_url

    assert pg_sqlalchemy_url.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    assert is_postgres(pg_sqlalchemy_url) and not is_postgres("sqlite:///x.db") and not is_postgres("")
    with psycopg.connect(psycopg_url(pg_sqlalchemy_url)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
