"""Batch checking as procrastinate jobs in PostgreSQL: one job per article, any number of workers anywhere.

No article is checked twice: each job carries a queueing lock and a lock named after its article, so one
article never has two waiting jobs nor two running ones; a job whose article already has a result does
nothing; and the result row is insert-once. A worker that dies mid-job (no heartbeat for
``CHECKER_BATCH_STALLED_SECONDS``) leaves a stalled job that ``recover_stalled`` puts back in the queue.
"""

from __future__ import annotations

import logging
import os
import socket
from typing import Callable, Iterable

import procrastinate
from procrastinate import exceptions as pexc

from .batch import Article
from .batch_store import BatchStore
from .errors import CheckerError
from .pgurl import psycopg_url
from .pipeline import Checker

log = logging.getLogger(__name__)
QUEUE = "claimcheck-batch"
TASK = "claimcheck.check_article"
SCHEMA_LOCK = 7_301_002


class ArticleRunner:
    """Checks one queued article and stores its result; the Checker is built once per worker process."""

    def __init__(self, store: BatchStore, make_checker: Callable[[], Checker]) -> None:
        self.store = store
        self._make_checker = make_checker
        self._checker: Checker | None = None
        self.worker = f"{socket.gethostname()}:{os.getpid()}"

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            self._checker = self._make_checker()
            self._checker.warm_up()
        return self._checker

    def run(self, batch_id: str, key: str) -> str:
        found = self.store.article(batch_id, key)
        if found is None:
            return "already checked"
        article, as_of = found
        try:
            result, status = self.checker.check(article.text, published=as_of).to_dict(), "checked"
        except CheckerError as exc:  # bad article: its result is the error, so the batch still completes
            result, status = {"error": {"code": exc.code, "message": exc.message}}, "error"
        stored = self.store.record_result(batch_id, key, status, result, self.worker)
        return status if stored else "duplicate"


def make_app(url: str, runner: ArticleRunner | None = None) -> procrastinate.App:
    """A procrastinate app on ``url``; only workers need a ``runner``."""
    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=psycopg_url(url)))

    @app.task(name=TASK, queue=QUEUE, retry=3)
    def check_article(batch_id: str, key: str) -> str:
        if runner is None:
            raise RuntimeError("this process queues jobs; start workers with `python -m checker batch-worker`")
        return runner.run(batch_id, key)

    return app


def ensure_schema(app: procrastinate.App, store: BatchStore) -> None:
    """Create procrastinate's tables and ours once, whichever process comes first (advisory lock)."""
    with store.pool.connection() as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
        if conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()[0] is None:
            conn.execute(app.schema_manager.get_schema().encode())
        store.create_schema(conn)


def queue_batch(app: procrastinate.App, store: BatchStore, batch_id: str, source: str,
                articles: list[Article]) -> int:
    """Record the batch and queue a job for each article without a result or a live job; returns how many."""
    store.add_batch(batch_id, source, articles)
    queued = active_keys(store, batch_id)
    count = 0
    for key in store.pending_keys(batch_id):
        if key in queued:
            continue
        lock = f"{batch_id}:{key}"
        try:
            app.configure_task(TASK, queueing_lock=lock, lock=lock).defer(batch_id=batch_id, key=key)
            count += 1
        except pexc.AlreadyEnqueued:
            pass
    return count


def active_keys(store: BatchStore, batch_id: str) -> set[str]:
    """Articles of the batch that already have a waiting or running job."""
    with store.pool.connection() as conn:
        rows = conn.execute("""SELECT args->>'key' FROM procrastinate_jobs WHERE task_name = %s
                               AND args->>'batch_id' = %s AND status IN ('todo', 'doing')""", (TASK, batch_id))
        return {r[0] for r in rows}


def recover_stalled(app: procrastinate.App, stalled_seconds: float) -> list[int]:
    """Put back in the queue the jobs of workers that stopped sending heartbeats (killed, machine lost)."""
    import asyncio

    async def recover() -> list[int]:
        async with app.open_async():
            jobs = await app.job_manager.get_stalled_jobs(queue=QUEUE, seconds_since_heartbeat=stalled_seconds)
            retried = []
            for job in jobs:
                try:
                    await app.job_manager.retry_job(job)
                    retried.append(job.id)
                except pexc.ConnectorException as exc:
                    log.warning("could not requeue stalled job %s: %s", job.id, exc)
            await app.job_manager.prune_stalled_workers(stalled_seconds)
            return [i for i in retried if i is not None]

    return asyncio.run(recover())


def run_worker(app: procrastinate.App, stalled_seconds: float, *, concurrency: int = 1,
               wait: bool = True, queues: Iterable[str] = (QUEUE,)) -> None:
    """Process batch jobs until stopped (SIGINT/SIGTERM), or until the queue is empty if not ``wait``."""
    recover_stalled(app, stalled_seconds)
    app.run_worker(queues=list(queues), concurrency=concurrency, wait=wait, install_signal_handlers=True,
                   update_heartbeat_interval=max(0.5, stalled_seconds / 4), stalled_worker_timeout=stalled_seconds)
