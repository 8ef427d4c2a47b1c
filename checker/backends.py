"""Choosing where fact vectors live: FAISS files (the default) or pgvector in PostgreSQL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .embedding import Encoder
from .errors import InvalidInput
from .pgurl import is_postgres
from .publish import StoreManager
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from .pgstore import PgVectorManager

BACKENDS = ("faiss", "pgvector")


def open_store_source(settings: Settings, encoder: Encoder) -> StoreManager | PgVectorManager:
    """The store manager ``CHECKER_VECTOR_BACKEND`` names; nothing is connected or loaded yet.

    :raises InvalidInput: an unknown backend, or pgvector without a PostgreSQL database URL.
    """
    if settings.vector_backend == "faiss":
        return StoreManager(settings.data_dir, settings.reference, encoder)
    if settings.vector_backend != "pgvector":
        raise InvalidInput(f"CHECKER_VECTOR_BACKEND must be one of {', '.join(BACKENDS)}, "
                           f"not {settings.vector_backend!r}")
    if not is_postgres(settings.database_url):
        raise InvalidInput("CHECKER_VECTOR_BACKEND=pgvector needs CHECKER_DATABASE_URL=postgresql://…")
    from .pgstore import PgVectorManager

    return PgVectorManager(settings.database_url, settings.reference, encoder)
