"""The reference store in PostgreSQL with pgvector: one table of facts and vectors, an HNSW cosine index.

Every search reads the table, so a fact added through one app server is found by every other server at
once: there is no cache to invalidate. ``vector_store_meta`` holds the model, the reference fingerprint and a
revision bumped by every write, which makes ``info()`` one single-row read. Facts added at run time are kept
(``origin = 'added'``) when the reference facts are reloaded, like the FAISS store's journal.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

from .domain import Evidence, Fact, StoreInfo
from .embedding import Encoder
from .errors import StoreError
from .pgurl import connection_pool, psycopg_url
from .references import fingerprint, load_facts

if TYPE_CHECKING:  # pragma: no cover
    from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)
LOCK_KEY = 7_301_001  # pg_advisory_xact_lock key serialising schema creation and reloads
COLUMNS = "id, text, source, url, date"


def schema_sql(dimension: int) -> list[str]:
    return [
        "CREATE EXTENSION IF NOT EXISTS vector",
        f"""CREATE TABLE IF NOT EXISTS vector_facts (
               seq bigserial PRIMARY KEY, id text NOT NULL UNIQUE, text text NOT NULL, source text NOT NULL,
               url text, date text, origin text NOT NULL CHECK (origin IN ('reference', 'added')),
               embedding vector({dimension}) NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS vector_facts_hnsw ON vector_facts USING hnsw (embedding vector_cosine_ops)",
        """CREATE TABLE IF NOT EXISTS vector_store_meta (
               one int PRIMARY KEY DEFAULT 1 CHECK (one = 1), model text NOT NULL, dimension int NOT NULL,
               source_hash text NOT NULL, facts bigint NOT NULL, revision bigint NOT NULL)""",
    ]


def vector_literal(row: np.ndarray) -> str:
    """pgvector's text form; ``repr`` of each float32 value round-trips exactly."""
    return "[" + ",".join(map(repr, row.astype(np.float32).tolist())) + "]"


def _fact(row: Sequence[Any]) -> Fact:
    return Fact(id=row[0], text=row[1], source=row[2], url=row[3], date=row[4])


class PgVectorStore:
    """A live view of the table: the same read interface as ``FactStore`` (search, get, info, facts)."""

    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def search(self, vectors: np.ndarray, k: int) -> list[list[Evidence]]:
        """Top-``k`` facts for each query row, best first, in one statement (HNSW index per row)."""
        if k <= 0 or len(vectors) == 0:
            return [[] for _ in range(len(vectors))]
        found: list[list[Evidence]] = [[] for _ in range(len(vectors))]
        with self._pool.connection() as conn, conn.transaction():
            # ef_search bounds how many candidates HNSW returns: it must exceed k or results are cut short.
            conn.execute("SELECT set_config('hnsw.ef_search', %s, true)", (str(min(1000, max(100, 2 * k))),))
            rows = conn.execute(
                f"""SELECT q.n, f.* FROM unnest(%s::text[]) WITH ORDINALITY AS q(v, n)
                    CROSS JOIN LATERAL (SELECT {COLUMNS}, 1 - (embedding <=> q.v::vector) AS similarity
                                        FROM vector_facts ORDER BY embedding <=> q.v::vector LIMIT %s) f
                    ORDER BY q.n, f.similarity DESC""",  # noqa: S608 - constant column list; values are bound parameters
                ([vector_literal(v) for v in vectors], k)).fetchall()
        for row in rows:
            found[row[0] - 1].append(Evidence(_fact(row[1:6]), float(row[6])))
        return found

    def get(self, fact_id: str) -> Fact | None:
        with self._pool.connection() as conn:
            row = conn.execute(f"SELECT {COLUMNS} FROM vector_facts WHERE id = %s", (fact_id,)).fetchone()  # noqa: S608 - constant column list; values are bound parameters
        return None if row is None else _fact(row)

    def info(self) -> StoreInfo:
        with self._pool.connection() as conn:
            row = conn.execute("SELECT facts, revision FROM vector_store_meta").fetchone()
        if row is None:
            raise StoreError("the pgvector store has not been built; run `python -m checker index ensure`")
        return StoreInfo(version=f"pg-{row[1]}-{row[0]}", facts=int(row[0]))

    @property
    def version(self) -> str:
        return self.info().version

    @property
    def facts(self) -> list[Fact]:
        """Every fact, oldest first (reads the whole table: for the CLI, not for requests)."""
        with self._pool.connection() as conn:
            return [_fact(r) for r in conn.execute(f"SELECT {COLUMNS} FROM vector_facts ORDER BY seq")]  # noqa: S608 - constant column list; values are bound parameters


class PgVectorManager:
    """The pgvector counterpart of ``StoreManager``: ``current()``, ``ensure()``, ``add_facts()``."""

    def __init__(self, url: str, reference_path: str, encoder: Encoder, *, pool_size: int = 8) -> None:
        self.url = psycopg_url(url)
        self.reference_path = reference_path
        self.encoder = encoder
        self.pool_size = pool_size
        self._pool: ConnectionPool | None = None
        self._ready = False
        self._lock = threading.Lock()

    @property
    def pool(self) -> ConnectionPool:
        """Opened on first use, so a gunicorn worker opens its own after fork."""
        if self._pool is None:
            with self._lock:
                if self._pool is None:
                    self._pool = connection_pool(self.url, "checker-pgvector", self.pool_size)
        return self._pool

    def current(self) -> PgVectorStore:
        if not self._ready:
            self.ensure()
        return PgVectorStore(self.pool)

    def ensure(self, *, force: bool = False) -> PgVectorStore:
        """Create the schema; (re)load the reference facts if they, the model or ``force`` say so."""
        import psycopg

        try:
            source_hash = fingerprint(self.reference_path)
            if force or self._stale(source_hash):
                self._reload(load_facts(self.reference_path), source_hash, force)
        except psycopg.Error as exc:
            raise StoreError(f"the pgvector store is unusable: {exc}") from None
        self._ready = True
        return PgVectorStore(self.pool)

    def _stale(self, source_hash: str) -> bool:
        with self.pool.connection() as conn:
            if conn.execute("SELECT to_regclass('vector_store_meta')").fetchone()[0] is None:
                return True
            row = conn.execute("SELECT source_hash, model FROM vector_store_meta").fetchone()
        return row is None or tuple(row) != (source_hash, self.encoder.name)

    def _reload(self, facts: list[Fact], source_hash: str, force: bool) -> None:
        vectors = self.encoder.encode([f.text for f in facts]) if facts else np.zeros((0, self.encoder.dimension))
        with self.pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            for statement in schema_sql(self.encoder.dimension):
                conn.execute(statement)
            row = conn.execute("SELECT source_hash, model FROM vector_store_meta").fetchone()
            if not force and row is not None and tuple(row) == (source_hash, self.encoder.name):
                return  # another server reloaded while this one was encoding
            log.info("loading %d reference facts into pgvector", len(facts))
            conn.execute("DELETE FROM vector_facts WHERE origin = 'reference' OR id = ANY(%s)",
                         ([f.id for f in facts],))
            if row is not None and row[1] != self.encoder.name:
                self._reencode_added(conn)
            self._copy(conn, facts, vectors, "reference")
            self._bump(conn, source_hash)

    def _reencode_added(self, conn: Any) -> None:
        """A new model makes the stored vectors of added facts meaningless: encode them again."""
        rows = conn.execute(f"DELETE FROM vector_facts WHERE origin = 'added' RETURNING {COLUMNS}, seq").fetchall()  # noqa: S608 - constant column list; values are bound parameters
        added = [_fact(r) for r in sorted(rows, key=lambda r: r[5])]
        if added:
            self._copy(conn, added, self.encoder.encode([f.text for f in added]), "added")

    def add_facts(self, facts: Sequence[Fact]) -> PgVectorStore:
        """Add facts; every server finds them on its next search. Ids must be new."""
        vectors = self.encoder.encode([f.text for f in facts])
        self.current()
        with self.pool.connection() as conn, conn.transaction():
            clash = conn.execute("SELECT id FROM vector_facts WHERE id = ANY(%s)", ([f.id for f in facts],))
            taken = [r[0] for r in clash]
            if taken:
                raise StoreError(f"fact id(s) already in the store: {', '.join(taken)}")
            self._copy(conn, list(facts), vectors, "added")
            self._bump(conn, None)
        return PgVectorStore(self.pool)

    def added_facts(self) -> list[Fact]:
        with self.pool.connection() as conn:
            rows = conn.execute(f"SELECT {COLUMNS} FROM vector_facts WHERE origin = 'added' ORDER BY seq")  # noqa: S608 - constant column list; values are bound parameters
            return [_fact(r) for r in rows]

    @staticmethod
    def _copy(conn: Any, facts: Sequence[Fact], vectors: np.ndarray, origin: str) -> None:
        with conn.cursor().copy(f"COPY vector_facts ({COLUMNS}, origin, embedding) FROM STDIN") as copy:
            for fact, row in zip(facts, vectors):
                copy.write_row((fact.id, fact.text, fact.source, fact.url, fact.date, origin, vector_literal(row)))

    def _bump(self, conn: Any, source_hash: str | None) -> None:
        """Record the new count and revision in the same transaction as the rows."""
        conn.execute(
            """INSERT INTO vector_store_meta (model, dimension, source_hash, facts, revision)
               VALUES (%(model)s, %(dim)s, %(hash)s, (SELECT count(*) FROM vector_facts), 1)
               ON CONFLICT (one) DO UPDATE SET facts = EXCLUDED.facts, revision = vector_store_meta.revision + 1,
                   model = EXCLUDED.model, source_hash = COALESCE(%(new_hash)s, vector_store_meta.source_hash)""",
            {"model": self.encoder.name, "dim": self.encoder.dimension, "hash": source_hash or "",
             "new_hash": source_hash})

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
