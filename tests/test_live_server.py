"""Real gunicorn, real workers, real faults (issue 8, items 4, 8 and 9).

One two-worker gunicorn serves the module (workers load the real model after fork, as under ./run). Clients
use their own loopback source addresses (127.0.0.2, 127.0.1.x), so the per-address rate limit of one test does
not spill into another.
"""

from __future__ import annotations

import fcntl
import http.client
import json
import random
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterator

import numpy as np
import pytest

from checker.settings import Settings
from checker.store import FactStore
from live_server import LiveServer

LIMIT = 40
EXTRA = 15
TOKEN = "live-token"
ARTICLE = ("Seoul hosted the 1988 Summer Olympics. The year 2026 marks the 150th anniversary of the birth of "
           "Kim Koo. The Korean War armistice was signed in July 1953. We should all be kind.")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, real_settings: Settings,
           real_checker: object) -> Iterator[LiveServer]:
    env = {"CHECKER_RATE_LIMIT": f"{LIMIT}/hour", "CHECKER_IMPORT_TOKEN": TOKEN, "GUNICORN_TIMEOUT": "60"}
    with LiveServer(tmp_path_factory.mktemp("live"), Path(real_settings.data_dir), workers=2, threads=4,
                    env=env) as live:
        yield live


@pytest.fixture(autouse=True)
def alive(server: LiveServer) -> Iterator[None]:
    """Each test starts on a running gunicorn: once the module's server is gone, the rest fail at once."""
    if server.proc.poll() is not None:
        pytest.fail("the module's gunicorn exited earlier:\n" + server.tails())
    yield


def call(server: LiveServer, method: str, path: str, body: Any = None, *, source: str = "127.0.0.1",
         headers: dict[str, str] | None = None, timeout: float = 60) -> tuple[int, dict[str, str], Any]:
    """One request on a fresh connection from ``source``; returns status, headers and parsed JSON."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout, source_address=(source, 0))
    try:
        data = None if body is None else json.dumps(body).encode()
        conn.request(method, path, body=data, headers={"Content-Type": "application/json", **(headers or {})})
        response = conn.getresponse()
        raw = response.read()
        return response.status, dict(response.getheaders()), json.loads(raw) if raw else None
    finally:
        conn.close()


def add_fact(server: LiveServer, fact_id: str) -> tuple[int, dict[str, Any]]:
    status, _, body = call(server, "POST", "/api/v1/facts", {"facts": [{
        "id": fact_id, "text": f"The harbour bridge {fact_id} opened to traffic in 1998.", "source": "live test",
        "date": "1998"}]}, headers={"Authorization": f"Bearer {TOKEN}"})
    return status, body


def test_rate_limit_is_exact_across_workers(server: LiveServer) -> None:
    before = len(server.access_log.read_text().splitlines())

    def check(i: int) -> tuple[int, dict[str, str], Any]:
        return call(server, "POST", "/api/v1/check", {"claims": [f"Seoul hosted the {1980 + i % 9} Olympics."],
                                                      "evidence": ["Seoul hosted the 1988 Olympics."]},
                    source="127.0.0.2")

    try:
        with ThreadPoolExecutor(12) as pool:
            answers = list(pool.map(check, range(LIMIT + EXTRA)))
    except OSError as exc:  # a request that never got an answer: show what gunicorn logged meanwhile
        raise AssertionError(f"{exc!r}\n{server.tails()}") from exc
    assert sorted(status for status, _, _ in answers) == [200] * LIMIT + [429] * EXTRA
    for status, headers, body in answers:
        if status == 429:
            assert body["error"]["code"] == "rate_limited" and 1 <= int(headers["Retry-After"]) <= 3600
    lines = server.access_log.read_text().splitlines()[before:]
    assert len({line.split()[0] for line in lines if "/api/v1/check" in line}) == 2  # both workers counted
    assert call(server, "POST", "/api/v1/check", {"claims": ["x y z"]}, source="127.0.0.3")[0] == 200


def live_workers(server: LiveServer) -> list[int]:
    """The workers to kill; none left means gunicorn gave up (a replacement failed to boot), named by its log."""
    pids = server.worker_pids()
    if not pids:
        pytest.fail("gunicorn has no live worker:\n" + server.tails())
    return pids


def _published(server: LiveServer) -> FactStore:
    root = server.data / "store"
    return FactStore.read(root / (root / "CURRENT").read_text().strip())


def test_killed_worker_leaves_no_stale_lock_and_loses_no_acknowledged_fact(server: LiveServer) -> None:
    acked: list[str] = []
    statuses: list[int] = []
    cut = 0
    stop = threading.Event()

    def writer(n: int) -> None:
        nonlocal cut
        for i in range(10_000):
            if stop.is_set():
                return
            try:
                status, _ = add_fact(server, f"w{n}-{i}")
            except (OSError, http.client.HTTPException):  # the worker died with this request in flight
                cut += 1
                continue
            statuses.append(status)
            if status == 201:
                acked.append(f"w{n}-{i}")

    rng = random.Random(4)
    with ThreadPoolExecutor(4) as pool:
        for n in range(4):
            pool.submit(writer, n)
        try:  # the writers stop whatever happens here (a dead server must fail the test, not hang it)
            # SIGKILL, then SIGABRT (what gunicorn's arbiter sends a worker that overran its timeout), and
            # again until a kill has cut a request in flight: a worker killed between requests proves nothing.
            for kills, sig in enumerate([signal.SIGKILL, signal.SIGABRT] * 4, start=1):
                time.sleep(rng.uniform(1.0, 2.0))
                server.kill_worker(rng.choice(live_workers(server)), sig)
                if kills >= 2 and cut >= 1:
                    break
            time.sleep(1.0)
        finally:
            stop.set()
    assert statuses and set(statuses) == {201}, statuses  # no 5xx from the survivors
    assert cut >= 1, "no request was in flight when the workers died"
    with open(server.data / "store" / ".lock", "a+") as handle:  # nobody holds the publish lock now
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(handle, fcntl.LOCK_UN)
    status, body = add_fact(server, "after-the-kills")  # the next request succeeds
    assert status == 201, body
    store = _published(server)
    assert not [key for key in acked + ["after-the-kills"] if store.get(key) is None]
    lines = (server.data / "store" / "added.jsonl").read_text().splitlines()
    assert all(json.loads(line)["id"] for line in lines)  # no torn or glued journal line


def _versions_since(server: LiveServer, start: FactStore) -> set[str]:
    """Every version a publish could have produced since ``start``: ``start`` plus each prefix of the facts the
    final store holds after it, in the order they were published. That is not the journal's order: a fact
    journaled by a worker killed before its publish is published by its replacement's start, after facts the
    other worker added meanwhile (so versions without it, but with later facts, were published too)."""
    known, final = {f.id for f in start.facts}, _published(server)
    new = [f for f in final.facts if f.id not in known]
    versions = {start.version}
    for k in range(1, len(new) + 1):
        facts = start.facts + new[:k]
        versions.add(FactStore(facts, np.zeros((len(facts), 1), "float32"), model="m",
                               source_hash=start.source_hash).version)
    return versions


def _settled(server: LiveServer) -> FactStore:
    """The published store once every live worker serves it. A replacement's start publishes what its killed
    predecessor journaled (the test before this one kills workers), and the other worker sees that version within
    a second: an answer in that second is from a version published before a ``start`` read too early."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        current, serving = _published(server), {}
        for _ in range(4 * server.workers):
            status, _, body = call(server, "GET", "/api/v1/health", source="127.0.0.5")
            serving[server.last_pid()] = body["store"]["version"] if status == 200 else None
        if set(server.worker_pids()) <= set(serving) and set(serving.values()) == {current.version} \
                and _published(server).version == current.version:
            return current
        time.sleep(0.5)
    pytest.fail("the workers did not settle on one published store version:\n" + server.tails())


def test_load_with_faults(server: LiveServer) -> None:
    start = _settled(server)
    seen: list[tuple[int, str | None]] = []
    cut = 0
    stop = threading.Event()

    def client(n: int) -> None:
        nonlocal cut
        while not stop.is_set():
            try:
                status, _, body = call(server, "POST", "/api/v1/check", {"text": ARTICLE, "published": "2026-01-04"},
                                       source=f"127.0.1.{n + 1}")
            except (OSError, http.client.HTTPException):
                cut += 1
                continue
            seen.append((status, (body.get("store") or {}).get("version") if status == 200 else None))

    def adder() -> None:
        for i in range(10_000):
            if stop.wait(0.4):
                return
            try:
                add_fact(server, f"load-{i}")
            except (OSError, http.client.HTTPException):
                pass

    with ThreadPoolExecutor(17) as pool:
        for n in range(16):
            pool.submit(client, n)
        pool.submit(adder)
        try:
            time.sleep(6)
            server.kill_worker(random.Random(9).choice(live_workers(server)))
            time.sleep(10)
        finally:
            stop.set()
    statuses = [status for status, _ in seen]
    assert statuses and all(s < 500 for s in statuses), sorted(set(statuses))
    assert statuses.count(200) >= 16 and set(statuses) <= {200, 429}
    published = _versions_since(server, start)
    unknown = {version for status, version in seen if status == 200 and version not in published}
    assert not unknown, f"answers from a store version that was never published: {unknown}"
    assert len({version for _, version in seen if version}) >= 2  # checks saw the store change under load


def test_an_aborted_worker_writes_every_threads_stack(server: LiveServer) -> None:
    """On WORKER TIMEOUT the arbiter sends SIGABRT. A worker stuck with the GIL held (as the OpenVINO deadlock
    left one) cannot run gunicorn's Python handler and died without a word; gunicorn.conf.py has faulthandler
    write every thread's stack to the error log first, so the next stall names its stack."""
    assert call(server, "GET", "/api/v1/health", source="127.0.0.4")[0] == 200
    pid = server.last_pid()  # it answered: it is ready
    start = len(server.error_log.read_bytes())
    server.kill_worker(pid, signal.SIGABRT)
    deadline = time.monotonic() + 60  # it exits at once; the bound only turns a hang into a failure
    while pid in server.worker_pids() and time.monotonic() < deadline:
        time.sleep(0.1)
    dumped = server.error_log.read_bytes()[start:].decode(errors="replace")
    assert pid not in server.worker_pids()
    assert "(most recent call first)" in dumped and "gthread.py" in dumped, dumped[-2000:]
