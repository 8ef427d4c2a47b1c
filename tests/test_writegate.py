"""The SQLite write gate: writers of one review database queue on a lock (threads) and flock (processes)."""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from checker.errors import Busy
from checker.review import db
from checker.review.db import GATE, make_engine, reading, writing
from checker.review.writegate import WriteGate


def _try_lock(path: str, out: "multiprocessing.Queue[bool]") -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        out.put(True)
    except BlockingIOError:
        out.put(False)


def _other_process_can_lock(path: Path) -> bool:
    out: multiprocessing.Queue[bool] = multiprocessing.get_context("fork").Queue()
    child = multiprocessing.get_context("fork").Process(target=_try_lock, args=(str(path), out))
    child.start()
    child.join(30)
    return out.get(timeout=5)


def test_a_held_gate_shuts_out_other_processes_until_released(tmp_path: Path) -> None:
    gate = WriteGate(tmp_path / "review.sqlite3", timeout=5)
    with gate.held():
        with gate.held():  # re-entrant in the holding thread
            pass
        assert not _other_process_can_lock(gate.path)  # still held after the inner exit
    assert _other_process_can_lock(gate.path)


def test_a_forked_worker_gets_its_own_lock_file_descriptor(tmp_path: Path) -> None:
    """A descriptor opened before fork would share one lock between parent and child; the gate reopens it."""
    gate = WriteGate(tmp_path / "review.sqlite3", timeout=5)
    with gate.held():
        pass  # opens the descriptor in this process
    ctx = multiprocessing.get_context("fork")
    entered = ctx.Event()

    def child() -> None:
        with gate.held():
            entered.set()

    with gate.held():
        proc = ctx.Process(target=child)
        proc.start()
        assert not entered.wait(0.5)  # the child waits for the parent's gate
    assert entered.wait(30)
    proc.join(30)
    assert proc.exitcode == 0


def test_a_thread_waiting_past_the_timeout_gets_busy(tmp_path: Path) -> None:
    gate = WriteGate(tmp_path / "review.sqlite3", timeout=0.2)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with gate.held():
            holding.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(30)
    try:
        with pytest.raises(Busy) as raised:
            with gate.held():
                pass
        assert raised.value.http_status == 503 and raised.value.code == "busy"
    finally:
        release.set()
        holder.join(30)


def test_sqlite_engines_on_a_file_write_behind_the_gate(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'review.sqlite3'}")
    gate = engine.get_execution_options()[GATE]
    with writing(engine) as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        assert not _other_process_can_lock(gate.path)
    assert _other_process_can_lock(gate.path)
    assert GATE not in make_engine("sqlite://").get_execution_options()  # in-memory: nothing to share


def test_a_lock_held_by_another_program_gives_busy_and_loses_nothing(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate orders our own writers only; a sqlite3 shell or a backup holding the file past the busy
    timeout gets the client a 503 it may retry (not a 500), and the writes before and after are kept."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "review.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with writing(engine) as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(Busy) as raised:
            with writing(engine) as conn:
                conn.exec_driver_sql("INSERT INTO t VALUES (2)")
        assert raised.value.http_status == 503
    finally:
        other.execute("ROLLBACK")
        other.close()
    with writing(engine) as conn:
        conn.exec_driver_sql("INSERT INTO t VALUES (3)")
    with reading(engine) as conn:
        assert [row[0] for row in conn.exec_driver_sql("SELECT x FROM t ORDER BY x")] == [1, 3]
