"""``python -m checker batch FILE`` (queue, run local workers, show progress) and ``batch-worker``."""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

from .errors import InvalidInput
from .pgurl import is_postgres
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from .batch_store import BatchStore

POLL_SECONDS = 0.5


def add_commands(sub: Any) -> None:
    batch = sub.add_parser("batch", help="check a .jsonl file of articles with N workers (PostgreSQL)")
    batch.add_argument("file", help="JSON Lines: one object per article with 'text' (and published, title, url, id)")
    batch.add_argument("--workers", type=int, default=2, help="local workers to start (0: only queue and watch)")
    batch.add_argument("--published-field", default="published", help="field holding the as-of date")
    worker = sub.add_parser("batch-worker", help="process queued batch jobs (runs on any machine)")
    worker.add_argument("--concurrency", type=int, default=1)
    worker.add_argument("--exit-when-empty", action="store_true", help="stop when no job is left")


def _database_url(settings: Settings) -> str:
    if not is_postgres(settings.database_url):
        raise InvalidInput("batch checking needs CHECKER_DATABASE_URL=postgresql://… (a PostgreSQL database)")
    return settings.database_url


def batch(args: argparse.Namespace, out: TextIO) -> int:
    """Queue the file's articles (resuming a batch already there), run workers, wait for every result."""
    from .batch import read_articles
    from .batch_jobs import ensure_schema, make_app, queue_batch, recover_stalled
    from .batch_store import BatchStore

    if args.workers < 0:
        raise InvalidInput("--workers must be 0 or more")
    settings = Settings.from_env()
    url = _database_url(settings)
    batch_id, articles = read_articles(args.file, args.published_field)
    store, app = BatchStore(url), make_app(url)
    ensure_schema(app, store)
    recover_stalled(app, settings.batch_stalled_seconds)
    with app.open():
        queued = queue_batch(app, store, batch_id, str(args.file), articles)
    done, total = store.progress(batch_id)
    print(f"batch {batch_id}: {total} articles, {done} already checked, {queued} queued", file=sys.stderr)
    workers = [_spawn_worker() for _ in range(args.workers if done < total else 0)]
    try:
        complete = _watch(app, store, batch_id, workers, settings.batch_stalled_seconds)
    finally:
        _stop(workers)
    out.write(json.dumps(store.describe(batch_id), indent=2) + "\n")
    if not complete:
        print("not every article was checked; run the same command again to resume", file=sys.stderr)
    store.close()
    return 0 if complete else 1


def _watch(app: Any, store: BatchStore, batch_id: str, workers: list[subprocess.Popen], stalled: float) -> bool:
    """Progress bar until every article has a result; False if the local workers all died or jobs failed."""
    from tqdm import tqdm

    from .batch_jobs import recover_stalled

    done, total = store.progress(batch_id)
    last_recovery = time.monotonic()
    every = 0.5 if sys.stderr.isatty() else 10.0  # a log file gets a line every 10 s, not every poll
    with tqdm(total=total, initial=done, unit="article", desc=batch_id, file=sys.stderr, mininterval=every) as bar:
        while done < total:
            time.sleep(POLL_SECONDS)
            done, _ = store.progress(batch_id)
            bar.update(done - bar.n)
            if time.monotonic() - last_recovery > stalled / 2:
                recover_stalled(app, stalled)
                last_recovery = time.monotonic()
            if (workers and all(w.poll() is not None for w in workers)) or _failed(store, batch_id) + done >= total:
                done, _ = store.progress(batch_id)
                return done >= total
    return True


def _failed(store: BatchStore, batch_id: str) -> int:
    """Jobs that gave up after their retries (an unexpected error, not a bad article)."""
    from .batch_jobs import QUEUE, TASK

    with store.pool.connection() as conn:
        return int(conn.execute("""SELECT count(*) FROM procrastinate_jobs WHERE task_name = %s AND queue_name = %s
                                   AND args->>'batch_id' = %s AND status = 'failed'""",
                                (TASK, QUEUE, batch_id)).fetchone()[0])


def _spawn_worker() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "checker", "batch-worker"], stdin=subprocess.DEVNULL)


def _stop(workers: list[subprocess.Popen]) -> None:
    """SIGTERM lets a worker finish its article; SIGKILL after 30 s."""
    for worker in workers:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


def batch_worker(args: argparse.Namespace, out: TextIO) -> int:
    """Load the model, then take batch jobs until stopped."""
    from .batch_jobs import ArticleRunner, ensure_schema, make_app, run_worker
    from .batch_store import BatchStore
    from .pipeline import build_checker

    settings = Settings.from_env()
    url = _database_url(settings)
    store = BatchStore(url)
    runner = ArticleRunner(store, lambda: build_checker(settings))
    runner.checker  # load the model and the store before taking a job
    app = make_app(url, runner)
    ensure_schema(app, store)
    run_worker(app, settings.batch_stalled_seconds, concurrency=args.concurrency, wait=not args.exit_when_empty)
    store.close()
    return 0
