"""A request rate limit that holds exactly across worker processes: one SQLite counter per client.

Each gunicorn worker is its own process, so an in-memory counter would let every worker allow the full limit.
The counters live in a small SQLite database in the data folder instead; each hit is one ``BEGIN IMMEDIATE``
transaction, so concurrent hits from several processes are serialised and none is lost or double-counted.
A client's window opens at its first request (not at a clock boundary), so "N per minute" means at most N in
any window that starts with an allowed request.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Callable

from .errors import Busy, InvalidInput, RateLimited, StorageFull
from .sqlitewal import enable_wal

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
SCHEMA = "CREATE TABLE IF NOT EXISTS hits (client TEXT PRIMARY KEY, opened REAL NOT NULL, count INTEGER NOT NULL)"


def parse_rate(text: str) -> tuple[int, int] | None:
    """``"60/minute"`` → ``(60, 60)`` (requests, seconds); empty → None (no limit)."""
    if not text.strip():
        return None
    count, _, period = text.strip().partition("/")
    if not count.strip().isdigit() or int(count) < 1 or period.strip() not in PERIODS:
        raise InvalidInput(f"rate limit {text!r} is not N/second, N/minute, N/hour or N/day")
    return int(count), PERIODS[period.strip()]


def connect(path: Path, timeout: float = 10.0) -> sqlite3.Connection:
    """A connection with the house settings: WAL, synchronous=FULL, busy timeout, foreign keys, autocommit."""
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
    enable_wal(conn, timeout)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


class RateLimiter:
    """``hit(client)`` counts one request or raises RateLimited with the seconds until the window reopens."""

    def __init__(self, path: str | Path, limit: int, window: int, clock: Callable[[], float] = time.time,
                 busy_timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.limit = limit
        self.window = window
        self.clock = clock
        self.busy_timeout = busy_timeout
        self._local = threading.local()

    def hit(self, client: str) -> None:
        """Count one request; a counter another process holds past the busy timeout (a stuck worker that froze
        mid-count held it) is 503 ``busy``, which a client may retry, not a 500."""
        try:
            allowed, retry_after = self._count(client, self.clock())
        except sqlite3.OperationalError as exc:
            if "full" in str(exc):
                raise StorageFull("no space left to count requests") from None
            if "locked" in str(exc):
                raise Busy("the request counter is busy; try again") from None
            raise
        if not allowed:
            raise RateLimited(f"more than {self.limit} requests in {self.window} s; retry after {retry_after} s",
                              retry_after=retry_after)

    def _count(self, client: str, now: float) -> tuple[bool, int]:
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute("SELECT opened, count FROM hits WHERE client = ?", (client,)).fetchone()
            if row is None or now - row[0] >= self.window:
                conn.execute("DELETE FROM hits WHERE opened <= ?", (now - self.window,))
                conn.execute("INSERT OR REPLACE INTO hits VALUES (?, ?, 1)", (client, now))
                allowed, retry_after = True, 0
            elif row[1] < self.limit:
                conn.execute("UPDATE hits SET count = count + 1 WHERE client = ?", (client,))
                allowed, retry_after = True, 0
            else:
                allowed, retry_after = False, max(1, math.ceil(row[0] + self.window - now))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return allowed, retry_after

    def _connection(self) -> sqlite3.Connection:
        """One connection per thread and process (a connection must not cross a fork)."""
        conn = getattr(self._local, "conn", None)
        if conn is None or self._local.pid != os.getpid():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = connect(self.path, self.busy_timeout)
            conn.execute(SCHEMA)
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn
