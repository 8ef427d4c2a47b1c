"""PostgreSQL connections: one URL setting serves SQLAlchemy (``postgresql+psycopg://``) and psycopg."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .errors import InvalidInput

if TYPE_CHECKING:  # pragma: no cover
    from psycopg_pool import ConnectionPool

POSTGRES_SCHEMES = ("postgresql", "postgres")


def is_postgres(url: str) -> bool:
    scheme = url.split("://", 1)[0].split("+", 1)[0] if "://" in url else ""
    return scheme in POSTGRES_SCHEMES


def psycopg_url(url: str) -> str:
    """The libpq form of a PostgreSQL URL: any ``+driver`` suffix of the scheme dropped.

    :raises InvalidInput: the URL is not a PostgreSQL one.
    """
    if not is_postgres(url):
        raise InvalidInput("CHECKER_DATABASE_URL must be a postgresql:// URL for this feature")
    scheme, rest = url.split("://", 1)
    return f"{scheme.split('+', 1)[0]}://{rest}"


def sqlalchemy_url(url: str) -> str:
    """The SQLAlchemy form with the psycopg 3 driver named (``postgresql://`` would mean psycopg2)."""
    return "postgresql+psycopg://" + psycopg_url(url).split("://", 1)[1]


def connection_pool(url: str, name: str, max_size: int = 8) -> ConnectionPool:
    """An open psycopg pool in autocommit mode; callers open one per process, after any fork.

    Connections carry ``application_name`` "<name> <pid>", so pg_stat_activity shows which process holds what.
    """
    from psycopg_pool import ConnectionPool

    return ConnectionPool(psycopg_url(url), min_size=1, max_size=max_size, open=True, name=name,
                          kwargs={"autocommit": True, "application_name": f"{name} {os.getpid()}"})
