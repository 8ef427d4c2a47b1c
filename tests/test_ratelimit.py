"""The /api/v1/check rate limit holds exactly across gunicorn workers (issue 8, item 8, the part without users).

Unit tests drive RateLimiter with a fake clock and from several processes; the live test against a real
multi-worker gunicorn is in test_live_server.py.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from checker.errors import Busy, InvalidInput, RateLimited
from checker.ratelimit import RateLimiter, connect, parse_rate
from checker.settings import Settings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_parse_rate() -> None:
    assert parse_rate("60/minute") == (60, 60) and parse_rate(" 5/second ") == (5, 1) and parse_rate("") is None
    for bad in ("60", "x/minute", "0/minute", "5/fortnight", "-1/hour"):
        with pytest.raises(InvalidInput):
            parse_rate(bad)


def test_window_opens_at_first_request_and_reopens(tmp_path: Path) -> None:
    clock = Clock()
    limiter = RateLimiter(tmp_path / "rl.sqlite3", 3, 60, clock=clock)
    for _ in range(3):
        limiter.hit("a")
    with pytest.raises(RateLimited) as refused:
        limiter.hit("a")
    assert refused.value.retry_after == 60 and refused.value.http_status == 429
    limiter.hit("b")  # per client
    clock.now += 59.5
    with pytest.raises(RateLimited) as refused:
        limiter.hit("a")
    assert refused.value.retry_after == 1
    clock.now += 0.5
    limiter.hit("a")  # a new window


def test_a_counter_held_past_the_busy_timeout_is_busy_not_a_500(tmp_path: Path) -> None:
    """A worker that froze mid-count (the OpenVINO first-inference hang) held the write lock; the other worker's
    counts then failed with "database is locked", a 500. They are 503 busy, and counting resumes after."""
    path = tmp_path / "rl.sqlite3"
    limiter = RateLimiter(path, 5, 60, busy_timeout=0.05)
    limiter.hit("a")
    holder = connect(path)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(Busy) as refused:
        limiter.hit("a")
    assert refused.value.http_status == 503
    holder.execute("ROLLBACK")
    limiter.hit("a")
    assert limiter._connection().execute("SELECT count FROM hits WHERE client = 'a'").fetchone()[0] == 2


def test_connections_use_the_house_sqlite_settings(tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.isolation_level is None


def _hammer(path: str, count: int) -> int:
    limiter = RateLimiter(path, 50, 3600)
    allowed = 0
    for _ in range(count):
        try:
            limiter.hit("same-client")
            allowed += 1
        except RateLimited:
            pass
    return allowed


def test_exact_across_processes(tmp_path: Path) -> None:
    path = str(tmp_path / "rl.sqlite3")
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        allowed = pool.starmap(_hammer, [(path, 30)] * 4)
    assert sum(allowed) == 50
    (count,) = sqlite3.connect(path).execute("SELECT count FROM hits").fetchone()
    assert count == 50


def test_settings_are_validated_at_start(tmp_path: Path) -> None:
    from app import create_app

    with pytest.raises(InvalidInput):
        create_app({"rate_limit": "lots", "data_dir": str(tmp_path)})
    assert Settings.from_env({"CHECKER_RATE_LIMIT": "10/minute"}).rate_limit == "10/minute"


def test_api_and_form_share_the_limit(tmp_path: Path, fake_encoder) -> None:  # type: ignore[no-untyped-def]
    from app import create_app
    from checker.domain import Fact
    from checker.pipeline import Checker
    from checker.store import FactStore

    store = FactStore.build([Fact(id="f", text="Seoul hosted the 1988 Olympics.", source="s")], fake_encoder)
    settings = Settings.from_env({}, data_dir=str(tmp_path), rate_limit="3/hour")
    app = create_app({"TESTING": True, "data_dir": str(tmp_path), "rate_limit": "3/hour"},
                     checker=Checker(fake_encoder, store, settings))
    client = app.test_client()
    body = {"claims": ["Seoul hosted the 1988 Olympics."]}
    assert client.post("/api/v1/check", json=body).status_code == 200
    assert client.post("/check", data={"text": "Seoul hosted the 1988 Olympics."}).status_code == 200
    assert client.post("/api/v1/check", json={"text": "bad", "colour": 1}).status_code == 400  # counted too
    refused = client.post("/api/v1/check", json=body)
    assert refused.status_code == 429 and refused.get_json()["error"]["code"] == "rate_limited"
    assert 3500 <= int(refused.headers["Retry-After"]) <= 3600
    page = client.post("/check", data={"text": "Seoul hosted the 1988 Olympics."})
    assert page.status_code == 429 and "retry after" in page.get_data(as_text=True) and page.headers["Retry-After"]
    assert client.get("/api/v1/health").status_code == 200
