"""Batch bookkeeping in PostgreSQL: batches, their articles and the results, each written once.

``batch_results`` has the primary key (batch_id, key): a result is inserted once; a second attempt to store
one (which the job locks should make impossible) does not overwrite it but counts in ``duplicates``, so a
test can prove that no article was checked twice.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from psycopg.errors import UndefinedTable
from psycopg.types.json import Jsonb

from .batch import Article
from .errors import NotFound
from .pgurl import connection_pool

if TYPE_CHECKING:  # pragma: no cover
    from psycopg_pool import ConnectionPool

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS batches (
           id text PRIMARY KEY, source text NOT NULL, total int NOT NULL,
           created_at timestamptz NOT NULL DEFAULT now(), as_of date NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS batch_items (
           batch_id text NOT NULL REFERENCES batches(id), key text NOT NULL, line int NOT NULL, text text NOT NULL,
           published date, title text, url text, article_id text, PRIMARY KEY (batch_id, key))""",
    """CREATE TABLE IF NOT EXISTS batch_results (
           batch_id text NOT NULL, key text NOT NULL, status text NOT NULL CHECK (status IN ('checked', 'error')),
           result jsonb NOT NULL, worker text NOT NULL, checked_at timestamptz NOT NULL DEFAULT now(),
           duplicates int NOT NULL DEFAULT 0, PRIMARY KEY (batch_id, key),
           FOREIGN KEY (batch_id, key) REFERENCES batch_items (batch_id, key))""",
]
SUMMARY = ("supported", "contradicted", "needs_review")


class BatchStore:
    """All batch SQL; the connection pool opens on first use (after a fork)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._pool: ConnectionPool | None = None
        self._lock = threading.Lock()

    @property
    def pool(self) -> ConnectionPool:
        with self._lock:
            if self._pool is None:
                self._pool = connection_pool(self.url, "checker-batches", 4)
        return self._pool

    def create_schema(self, conn: Any) -> None:
        for statement in SCHEMA:
            conn.execute(statement)

    def add_batch(self, batch_id: str, source: str, articles: Sequence[Article]) -> None:
        """Record a batch and its articles; a batch already there is left as it was (resume)."""
        with self.pool.connection() as conn, conn.transaction():
            created = conn.execute(
                "INSERT INTO batches (id, source, total, as_of) VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                (batch_id, source, len(articles), date.today())).rowcount
            if not created:
                return
            with conn.cursor().copy("COPY batch_items (batch_id, key, line, text, published, title, url, "
                                    "article_id) FROM STDIN") as copy:
                for a in articles:
                    copy.write_row((batch_id, a.key, a.line, a.text, a.published, a.title, a.url, a.article_id))

    def pending_keys(self, batch_id: str) -> list[str]:
        """Articles of the batch that have no result yet, in file order."""
        with self.pool.connection() as conn:
            rows = conn.execute("""SELECT i.key FROM batch_items i LEFT JOIN batch_results r USING (batch_id, key)
                                   WHERE i.batch_id = %s AND r.key IS NULL ORDER BY i.line""", (batch_id,))
            return [r[0] for r in rows]

    def article(self, batch_id: str, key: str) -> tuple[Article, date] | None:
        """The article and its as-of date, or None if it already has a result."""
        with self.pool.connection() as conn:
            row = conn.execute(
                """SELECT i.line, i.text, i.published, i.title, i.url, i.article_id, b.as_of, r.key
                   FROM batch_items i JOIN batches b ON b.id = i.batch_id
                   LEFT JOIN batch_results r USING (batch_id, key) WHERE i.batch_id = %s AND i.key = %s""",
                (batch_id, key)).fetchone()
        if row is None:
            raise NotFound(f"no article {key} in batch {batch_id}")
        if row[7] is not None:
            return None
        published = row[2].isoformat() if row[2] else None
        return Article(key, row[0], row[1], published, row[3], row[4], row[5]), row[2] or row[6]

    def record_result(self, batch_id: str, key: str, status: str, result: dict[str, Any], worker: str) -> bool:
        """Store the result once; returns False (and counts a duplicate) if one was already stored."""
        with self.pool.connection() as conn:
            row = conn.execute(
                """INSERT INTO batch_results (batch_id, key, status, result, worker) VALUES (%s, %s, %s, %s, %s)
                   ON CONFLICT (batch_id, key) DO UPDATE SET duplicates = batch_results.duplicates + 1
                   RETURNING duplicates = 0""", (batch_id, key, status, Jsonb(result), worker)).fetchone()
        return bool(row and row[0])

    @contextmanager
    def _reading(self) -> Iterator[Any]:
        """A connection; a database where no batch ever ran (no tables) has no batch to show."""
        try:
            with self.pool.connection() as conn:
                yield conn
        except UndefinedTable:
            raise NotFound("no batch has been run on this database", code="not_found") from None

    def progress(self, batch_id: str) -> tuple[int, int]:
        """(results stored, articles in the batch)."""
        with self._reading() as conn:
            row = conn.execute("""SELECT (SELECT count(*) FROM batch_results WHERE batch_id = %(id)s), total
                                  FROM batches WHERE id = %(id)s""", {"id": batch_id}).fetchone()
        if row is None:
            raise NotFound(f"no batch {batch_id!r}")
        return int(row[0]), int(row[1])

    def describe(self, batch_id: str) -> dict[str, Any]:
        """The batch as the API shows it: counts and the verdict totals so far."""
        sums = ", ".join(f"coalesce(sum((result->'summary'->>'{v}')::int), 0)" for v in SUMMARY)
        with self._reading() as conn:
            batch = conn.execute("SELECT source, total, created_at, as_of FROM batches WHERE id = %s",
                                 (batch_id,)).fetchone()
            if batch is None:
                raise NotFound(f"no batch {batch_id!r}")
            counts = conn.execute(f"""SELECT count(*), count(*) FILTER (WHERE status = 'error'),
                                             coalesce(sum(duplicates), 0), {sums}
                                      FROM batch_results WHERE batch_id = %s""", (batch_id,)).fetchone()  # noqa: S608 - constant column list; values are bound parameters
        done, total = int(counts[0]), int(batch[1])
        return {"id": batch_id, "source": batch[0], "created_at": batch[2].isoformat(), "as_of": batch[3].isoformat(),
                "total": total, "checked": done, "errors": int(counts[1]), "pending": total - done,
                "duplicates": int(counts[2]), "status": "done" if done >= total else "running",
                "summary": dict(zip(SUMMARY, map(int, counts[3:])))}

    def results(self, batch_id: str, limit: int, offset: int) -> list[dict[str, Any]]:
        """Stored results in file order, a page at a time."""
        self.progress(batch_id)  # 404 for an unknown batch
        with self.pool.connection() as conn:
            rows = conn.execute(
                """SELECT i.key, i.line, i.article_id, i.title, i.url, r.status, r.worker, r.checked_at, r.result
                   FROM batch_results r JOIN batch_items i USING (batch_id, key) WHERE r.batch_id = %s
                   ORDER BY i.line LIMIT %s OFFSET %s""", (batch_id, limit, offset)).fetchall()
        names = ("key", "line", "id", "title", "url", "status", "worker", "checked_at", "result")
        return [dict(zip(names, r[:7] + (r[7].isoformat(), r[8]))) for r in rows]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
