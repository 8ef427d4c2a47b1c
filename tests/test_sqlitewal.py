"""WAL is switched on even when another connection holds a new database file (the live-server 500s)."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest

from checker.ratelimit import RateLimiter
from checker.sqlitewal import enable_wal


def _holder(path: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x INTEGER)")
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def test_enable_wal_waits_for_the_connection_holding_the_file(tmp_path: Path) -> None:
    holder = _holder(tmp_path / "db.sqlite3")
    conn = sqlite3.connect(tmp_path / "db.sqlite3", timeout=0.05, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        enable_wal(conn, 0.2)  # still held at the deadline: the error is the driver's
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    enable_wal(conn, 10)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _first_hit(path: str, barrier: "multiprocessing.synchronize.Barrier", out: "multiprocessing.Queue[str]") -> None:
    limiter = RateLimiter(path, 1000, 60)
    barrier.wait()
    try:
        limiter.hit("client")
        out.put("ok")
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        out.put(repr(exc))


def test_processes_counting_on_a_new_rate_limit_file_together_all_succeed(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    for trial in range(20):  # before the fix 5 of 30 such rounds had a "database is locked"
        path, out, barrier = str(tmp_path / f"rl{trial}.sqlite3"), ctx.Queue(), ctx.Barrier(8)
        procs = [ctx.Process(target=_first_hit, args=(path, barrier, out)) for _ in range(8)]
        for proc in procs:
            proc.start()
        answers = [out.get(timeout=60) for _ in procs]
        for proc in procs:
            proc.join(30)
        assert answers == ["ok"] * 8
        assert RateLimiter(path, 1000, 60)._connection().execute("SELECT count FROM hits").fetchone()[0] == 8
