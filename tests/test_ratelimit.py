"""The /api/v1/check rate limit holds exactly across gunicorn workers (issue 8, item 8, the part without users).

Unit tests drive RateLimiter with a fake clock; the live test fires N+k requests from many threads at a real
three-worker gunicorn and expects exactly N answers of 200 and k of 429, with Retry-After and the JSON error.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from checker.errors import InvalidInput, RateLimited
from checker.ratelimit import RateLimiter, connect, parse_rate
from checker.settings import Settings
from live_server import LiveServer


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


def test_settings_are_validated_at_start() -> None:
    from app import create_app

    with pytest.raises(InvalidInput):
        create_app({"rate_limit": "lots"})
    assert Settings.from_env({"CHECKER_RATE_LIMIT": "10/minute"}).rate_limit == "10/minute"


LIMIT = 24
EXTRA = 12


def test_limit_is_exact_across_gunicorn_workers(tmp_path: Path, real_settings: Settings,
                                                 real_checker: object) -> None:
    env = {"CHECKER_RATE_LIMIT": f"{LIMIT}/hour"}
    with LiveServer(tmp_path, Path(real_settings.data_dir), workers=3, threads=4, env=env) as server:
        before = len(server.access_log.read_text().splitlines())

        def check(i: int) -> requests.Response:
            return requests.post(server.url + "/api/v1/check", timeout=60,
                                 json={"claims": [f"Seoul hosted the {1980 + i % 9} Olympics."],
                                       "evidence": ["Seoul hosted the 1988 Summer Olympics."], "queue": False})

        with ThreadPoolExecutor(12) as pool:
            responses = list(pool.map(check, range(LIMIT + EXTRA)))
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200] * LIMIT + [429] * EXTRA
        for refused in (r for r in responses if r.status_code == 429):
            assert refused.json()["error"]["code"] == "rate_limited"
            assert 1 <= int(refused.headers["Retry-After"]) <= 3600
        lines = server.access_log.read_text().splitlines()[before:]
        pids = {line.split()[0] for line in lines if "/api/v1/check" in line}
        assert len(pids) >= 2, "the requests did not spread over several workers"
        assert requests.get(server.url + "/api/v1/health", timeout=10).status_code == 200  # only /check is limited
