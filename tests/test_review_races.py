"""Concurrency: threads racing for one item, processes draining a queue, a reviewer killed mid-lease."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from checker.errors import Conflict
from checker.review import User
from checker.review import schema as s
from checker.review.clock import FakeClock, SystemClock
from checker.settings import ROOT
from tests.review_helpers import check_result, claim_result, fake_review, year

REVIEWERS = 8
ITEMS = 1000


def fill(review, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    results = [claim_result(f"Claim number {i} happened in year {1000 + i}.", [year(1000 + i)]) for i in range(n)]
    return [q.item_id for q in review.queue.enqueue(check_result(*results))]


def worker(url: str, name: str, *mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.review_worker", url, name, *mode], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)


def test_threads_claiming_one_item_exactly_one_wins(tmp_path: Path, database_url: str) -> None:
    review, _, _ = fake_review(tmp_path, database_url)
    (item_id,) = fill(review, 1)
    barrier = threading.Barrier(REVIEWERS)
    outcomes: list[str] = []

    def attempt(n: int) -> None:
        barrier.wait()
        try:
            review.queue.claim(item_id, User(n, f"r{n}", "reviewer"))
            outcomes.append("won")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(REVIEWERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict"] * (REVIEWERS - 1) + ["won"]
    assert [a.action for a in review.queue.history(item_id)] == ["create", "claim"]


def test_concurrent_checks_of_one_new_claim_make_one_item(tmp_path: Path, database_url: str) -> None:
    review, _, _ = fake_review(tmp_path, database_url)
    barrier, ids = threading.Barrier(REVIEWERS), []

    def submit() -> None:
        barrier.wait()
        (queued,) = review.queue.enqueue(check_result(claim_result("The pier opened in 1911.", [year(1911)])))
        ids.append(queued.item_id)

    threads = [threading.Thread(target=submit) for _ in range(REVIEWERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 1 and review.queue.get(ids[0]).occurrence_count == REVIEWERS


def test_reviewer_processes_decide_every_item_exactly_once(tmp_path: Path, database_url: str) -> None:
    review, _, _ = fake_review(tmp_path, database_url)
    review.queue.clock = SystemClock()  # the worker processes run on real time
    ids = fill(review, ITEMS)
    procs = [worker(database_url, f"r{n}", "drain") for n in range(REVIEWERS)]
    counts = [int(p.communicate(timeout=300)[0].strip()) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(counts) == ITEMS
    with review.engine.connect() as conn:
        decides = dict(conn.execute(select(s.audit.c.item_id, func.count()).where(s.audit.c.action == "decide")
                                    .group_by(s.audit.c.item_id)).all())
        decisions = conn.execute(select(func.count()).select_from(s.decisions)).scalar()
    assert decides == {i: 1 for i in ids} and decisions == ITEMS
    assert review.queue.counts() == {"open": 0, "claimed": 0, "decided": ITEMS}


def test_killed_reviewer_lease_returns_and_late_decision_conflicts(tmp_path: Path, database_url: str) -> None:
    review, _, _ = fake_review(tmp_path, database_url)
    (item_id,) = fill(review, 1)
    proc = worker(database_url, "doomed", "hold", str(item_id))
    assert proc.stdout is not None and proc.stdout.readline().strip() == "claimed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert review.queue.get(item_id).assignee == "doomed"
    later = FakeClock(SystemClock().now() + timedelta(minutes=review.queue.settings.lease_minutes, seconds=1))
    review.queue.clock = later
    assert review.queue.get(item_id).status == "open"
    survivor = User(9, "survivor", "reviewer")
    review.queue.claim(item_id, survivor)
    review.queue.decide(item_id, survivor, "supported", "checked")
    try:
        review.queue.decide(item_id, User(0, "doomed", "reviewer"), "contradicted", "late")
        raise AssertionError("the dead reviewer's decision was accepted")
    except Conflict:
        pass
    actions = [a.action for a in review.queue.history(item_id)]
    assert actions == ["create", "claim", "expire", "claim", "decide"]


def test_workers_migrating_at_the_same_time_agree(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    code = "import sys; from checker.review.db import make_engine, upgrade; upgrade(make_engine(sys.argv[1]))"
    procs = [subprocess.Popen([sys.executable, "-c", code, url], cwd=ROOT) for _ in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    review, _, _ = fake_review(tmp_path, url)
    assert fill(review, 2) == [1, 2]
