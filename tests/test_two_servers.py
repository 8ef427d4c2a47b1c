"""Two app servers (gunicorn, separate processes and ports) on one PostgreSQL with the pgvector store.

A claim leased on one server cannot be claimed on the other; a fact approved on one is found by the very next
request on the other: no server keeps a copy of the store or the queue to go stale.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest
import requests

from checker.domain import Fact
from checker.embedding import SentenceTransformerEncoder
from checker.pgstore import PgVectorManager
from checker.pipeline import Checker
from checker.settings import ROOT, Settings
from pgserver import free_port

NEW = Fact(id="tongyeong-footbridge-1997", text="The Tongyeong harbour footbridge opened to pedestrians in 1997.",
           source="test", date="1997")
CLAIM = "The Tongyeong harbour footbridge opened to pedestrians in 1997."


def _start(port: int, env: dict[str, str], log: Path) -> subprocess.Popen:
    with open(log, "w") as out:
        return subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "app:create_app()"],
                                cwd=ROOT, env={**env, "PORT": str(port)}, stdout=out, stderr=subprocess.STDOUT)


def _wait_healthy(base: str, proc: subprocess.Popen, log: Path, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"server exited {proc.returncode}: {log.read_text()[-2000:]}")
        try:
            if requests.get(f"{base}/api/v1/health", timeout=5).status_code == 200:
                return
        except requests.RequestException:  # refused, or accepted by the master while the worker loads
            pass
        time.sleep(0.5)
    pytest.fail(f"{base} not healthy in {timeout} s: {log.read_text()[-2000:]}")


@pytest.fixture
def servers(pgvector_url: str, encoder: SentenceTransformerEncoder, real_checker: Checker,
            real_settings: Settings, tmp_path: Path) -> Iterator[tuple[list[str], PgVectorManager, dict[str, str]]]:
    """Two gunicorn servers on the same database; the reference facts loaded once beforehand."""
    manager = PgVectorManager(pgvector_url, real_settings.reference, encoder)
    manager.ensure()  # vectors come from the session encoder's cache: the servers need not encode 270 facts
    env = {**os.environ, "CHECKER_DATABASE_URL": pgvector_url, "CHECKER_VECTOR_BACKEND": "pgvector",
           "CHECKER_DATA_DIR": str(tmp_path / "data"), "WEB_CONCURRENCY": "1", "GUNICORN_THREADS": "2",
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HOST": "127.0.0.1"}
    ports = [free_port(), free_port()]
    logs = [tmp_path / f"server-{p}.log" for p in ports]
    procs = [_start(port, env, log) for port, log in zip(ports, logs)]
    try:
        bases = [f"http://127.0.0.1:{p}" for p in ports]
        for base, proc, log in zip(bases, procs, logs):
            _wait_healthy(base, proc, log)
        yield bases, manager, env
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGQUIT)  # gunicorn's quick shutdown: nothing is in flight any more
        for proc in procs:
            proc.wait(timeout=60)
        manager.close()


def _search(base: str, query: str) -> list[str]:
    found = requests.get(f"{base}/api/v1/facts", params={"q": query, "limit": 3}, timeout=30).json()["facts"]
    return [f["fact_id"] for f in found]


def _check(base: str, claim: str) -> dict:
    body = {"claims": [claim], "published": "2026-01-04"}
    return requests.post(f"{base}/api/v1/check", json=body, timeout=60).json()


def _user(env: dict[str, str], name: str) -> dict[str, str]:
    """Create a reviewer with the CLI against the shared database; the bearer header of its API token."""
    out = subprocess.run([sys.executable, "-m", "checker", "users", "add", name, "--role", "reviewer"], cwd=ROOT,
                         env=env, capture_output=True, text=True, check=True).stdout
    return {"Authorization": f"Bearer {out.strip().splitlines()[-1]}"}


def test_lease_and_approved_fact_cross_servers(servers) -> None:
    (first, second), manager, env = servers
    alice, bob = _user(env, "alice"), _user(env, "bob")
    before = [_check(base, CLAIM) for base in (first, second)]
    assert all(r["claims"][0]["verdict"] != "supported" for r in before)
    assert before[0]["store"] == before[1]["store"] and before[0]["store"]["version"].startswith("pg-")
    item = before[0]["review_items"][0]["id"]
    assert before[1]["review_items"][0] == {"claim_index": 0, "id": item, "joined": True}  # one queue for both
    assert requests.post(f"{first}/api/v1/reviews/{item}/claim", headers=alice, timeout=30).status_code == 200
    taken = requests.post(f"{second}/api/v1/reviews/{item}/claim", headers=bob, timeout=30)
    assert taken.status_code == 409 and "alice" in taken.json()["error"]["message"]
    decision = {"verdict": "supported", "note": "harbour authority", "source": "https://www.tongyeong.go.kr/",
                "add_fact": {"text": NEW.text, "source": "Tongyeong City", "date": "1997"}}
    decided = requests.post(f"{first}/api/v1/reviews/{item}/decide", headers=alice, json=decision, timeout=60)
    assert decided.status_code == 200, decided.text
    fact_id = decided.json()["fact_id"]
    assert _search(second, CLAIM)[0] == fact_id  # the very next request on the other server, no waiting
    after = _check(second, CLAIM)
    claim = after["claims"][0]
    assert claim["verdict"] == "supported" and claim["evidence"][0]["fact_id"] == fact_id
    assert after["store"]["facts"] == before[1]["store"]["facts"] + 1
    assert requests.get(f"{second}/api/v1/facts/{fact_id}", timeout=10).json()["text"] == NEW.text
    assert [f.id for f in manager.added_facts()] == [fact_id]
