"""Batch checking on a real PostgreSQL: 2 worker processes, a crash mid-run (SIGKILL), resume, the API.

To crash while workers are provably mid-article, the test holds two uncommitted placeholder rows in
``batch_results``: the worker that finishes checking one of those two articles blocks on storing it. Once both
workers are blocked (PostgreSQL shows two lock waits), the batch command and one worker are killed, the
placeholders are rolled back, and the same command is run again without local workers: the surviving worker
(as if on another machine) finishes, including the killed worker's article.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import psycopg
import pytest

from app import create_app
from checker.batch import read_articles
from checker.batch_jobs import TASK, ensure_schema, make_app
from checker.batch_store import BatchStore
from checker.errors import InvalidInput
from checker.pipeline import Checker
from checker.settings import ROOT, Settings

ARTICLES = [
    {"id": "koo", "title": "Kim Koo", "text": "The year 2026 marks the 150th anniversary of the birth of Kim Koo."},
    {"id": "seoul", "text": "Seoul hosted the 1988 Summer Olympics. The Golden Gate Bridge opened in 1937."},
    {"id": "ties", "text": "In the 33 years since the establishment of diplomatic relations between China and the "
                           "ROK, such visits are rare."},
    {"id": "delegation", "text": "A large economic delegation of 300 members accompanied Lee Jae Myung on his "
                                 "state visit to China."},
    {"id": "dates", "text": "President Lee Jae Myung is on a state visit to China from January 4 to 7."},
]
BLOCKED = ("seoul", "delegation")  # the articles whose result the test holds back


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({**a, "date": "2026-01-04"}) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def _env(url: str, settings: Settings) -> dict[str, str]:
    return {**os.environ, "CHECKER_DATABASE_URL": url, "CHECKER_DATA_DIR": settings.data_dir,
            "CHECKER_BATCH_STALLED_SECONDS": "2", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


class Batch:
    """The batch command in its own process group; output goes to files (a full pipe would stall it)."""

    def __init__(self, path: Path, env: dict[str, str], workers: int) -> None:
        self.out, self.err = path.with_suffix(f".{workers}.{time.monotonic_ns()}.out"), path.with_suffix(".err")
        with open(self.out, "w") as out, open(self.err, "w") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "checker", "batch", str(path), "--workers", str(workers),
                 "--published-field", "date"], cwd=ROOT, env=env, start_new_session=True, stdout=out, stderr=err)

    def finish(self, timeout: float = 300) -> tuple[int, str, str]:
        code = self.proc.wait(timeout=timeout)
        return code, self.out.read_text(), self.err.read_text()

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()


def _wait_for(condition: Callable[[], bool], what: str, batch: Batch, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if batch.proc.poll() is not None:
            pytest.fail(f"batch exited {batch.proc.returncode} while waiting for {what}: {batch.err.read_text()}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.2)


WAITS = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%%batch_results%%'"


def _one(url: str, sql: str, *params: object) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return int(conn.execute(sql, params).fetchone()[0])


def test_crash_mid_run_then_resume_checks_every_article_once(pg_url: str, articles: Path, real_checker: Checker,
                                                             real_settings: Settings) -> None:
    batch_id, parsed = read_articles(articles, "date")
    store = BatchStore(pg_url)
    ensure_schema(make_app(pg_url), store)
    store.add_batch(batch_id, str(articles), parsed)  # the command below resumes this batch
    blocked = [a.key for a in parsed if a.article_id in BLOCKED]
    holder = psycopg.connect(pg_url)
    for key in blocked:
        holder.execute("INSERT INTO batch_results (batch_id, key, status, result, worker) "
                       "VALUES (%s, %s, 'checked', '{}', 'test')", (batch_id, key))
    env = _env(pg_url, real_settings)
    first = Batch(articles, env, workers=2)
    try:
        _wait_for(lambda: _one(pg_url, WAITS) == 2, "both workers blocked on storing a result", first)
        killed, survivor = _children(first.proc.pid)
        for pid in (first.proc.pid, killed):  # the batch command and one worker, in the middle of an article
            os.kill(pid, signal.SIGKILL)
        first.proc.wait()
        # A server notices a dead client only when it next talks to it: end the killed worker's INSERT the way a
        # lost connection would, before the placeholders go.
        assert _one(pg_url, WAITS + " AND application_name = %s", f"checker-batches {killed}") == 1
        _one(pg_url, WAITS.replace("count(*)", "count(pg_terminate_backend(pid))") + " AND application_name = %s",
             f"checker-batches {killed}")
        holder.rollback()
        holder.close()
        lost = {a.key for a in parsed} - {r["key"] for r in store.results(batch_id, 10, 0)}
        before = {r["key"]: (r["worker"], r["checked_at"]) for r in store.results(batch_id, 10, 0)}

        # Resume: the same command, no local worker; the surviving worker stands for one on another machine.
        code, out, err = Batch(articles, env, workers=0).finish()
        assert code == 0, err[-3000:]
        assert "0 queued" in err  # the killed worker's job is requeued, not queued a second time
        summary = json.loads(out)
        assert (summary["checked"], summary["duplicates"], summary["status"]) == (5, 0, "done")
        after = {r["key"]: (r["worker"], r["checked_at"]) for r in store.results(batch_id, 10, 0)}
        assert {k: after[k] for k in before} == before  # results stored before the resume were not redone
        assert lost and all(after[k][0].endswith(f":{survivor}") for k in lost)  # the lost article, checked once
        jobs = "SELECT count(*) FROM procrastinate_jobs WHERE task_name = %s AND args->>'batch_id' = %s"
        assert _one(pg_url, jobs, TASK, batch_id) == 5  # one job per article: nothing was queued twice
        assert _one(pg_url, jobs + " AND status = 'succeeded'", TASK, batch_id) == 5

        code, out, err = Batch(articles, env, workers=2).finish()
        assert code == 0 and "5 already checked, 0 queued" in err
        assert {r["key"]: (r["worker"], r["checked_at"]) for r in store.results(batch_id, 10, 0)} == after
    finally:
        _end_group(first.proc.pid)
    _check_api(pg_url, batch_id, parsed, Path(real_settings.data_dir))
    store.close()


def _children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _end_group(pgid: int) -> None:
    """Stop what is left of the first batch's process group (the surviving worker) and wait for it."""
    try:
        os.killpg(pgid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    os.killpg(pgid, signal.SIGKILL)


def _check_api(url: str, batch_id: str, parsed: list, data_dir: Path) -> None:
    app = create_app({"TESTING": True, "database_url": url, "data_dir": str(data_dir)})
    client = app.test_client()
    shown = client.get(f"/api/v1/batches/{batch_id}").get_json()
    assert (shown["total"], shown["checked"], shown["pending"], shown["status"]) == (5, 5, 0, "done")
    assert shown["summary"]["supported"] >= 3 and shown["summary"]["contradicted"] >= 1
    listed = client.get(f"/api/v1/batches/{batch_id}/results?limit=3&offset=2").get_json()["results"]
    assert [r["id"] for r in listed] == ["ties", "delegation", "dates"]
    delegation = listed[1]["result"]["claims"][0]
    assert delegation["verdict"] == "contradicted" and listed[1]["status"] == "checked"
    assert client.get("/api/v1/batches/b-nope").status_code == 404
    assert client.get(f"/api/v1/batches/{batch_id}/results?limit=0").status_code == 400
    app.extensions["checker_batches"].close()


def test_bad_lines_are_refused_with_their_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine"}\nnot json\n{"text": ""}\n{"text": "x", "published": "2026-13-01"}\n')
    with pytest.raises(InvalidInput) as caught:
        read_articles(path)
    message = caught.value.message
    assert f"{path}:2: not valid JSON" in message and f"{path}:3:" in message and f"{path}:4:" in message


def test_same_article_twice_is_one_job_and_the_id_follows_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Same."}\n{"text": "Same."}\n{"text": "Same.", "published": "2026-01-04"}\n')
    batch_id, parsed = read_articles(path)
    assert len(parsed) == 2 and read_articles(path)[0] == batch_id
    path.write_text('{"text": "Other."}\n')
    assert read_articles(path)[0] != batch_id


def test_batch_needs_postgresql(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Seoul hosted the 1988 Summer Olympics."}\n')
    env = {**os.environ, "CHECKER_DATABASE_URL": ""}
    done = subprocess.run([sys.executable, "-m", "checker", "batch", str(path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "CHECKER_DATABASE_URL=postgresql://" in done.stderr


def test_runner_stores_each_result_once_and_a_refused_article_as_an_error(pg_url: str, tmp_path: Path,
                                                                          fake_encoder) -> None:
    from checker.batch_jobs import ArticleRunner
    from checker.store import FactStore

    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Seoul hosted the 1988 Summer Olympics."}\n{"text": "' + "x " * 60 + '"}\n')
    batch_id, (short, long) = read_articles(path)
    store = BatchStore(pg_url)
    ensure_schema(make_app(pg_url), store)
    store.add_batch(batch_id, str(path), [short, long])
    checker = Checker(fake_encoder, FactStore.build([], fake_encoder), Settings.from_env({}, max_text_chars=100))
    runner = ArticleRunner(store, lambda: checker)
    assert [runner.run(batch_id, short.key), runner.run(batch_id, long.key)] == ["checked", "error"]
    assert runner.run(batch_id, short.key) == "already checked"
    assert store.record_result(batch_id, short.key, "checked", {}, "late worker") is False
    shown = store.describe(batch_id)
    assert (shown["checked"], shown["errors"], shown["duplicates"], shown["status"]) == (2, 1, 1, "done")
    error = store.results(batch_id, 10, 0)[1]
    assert error["status"] == "error" and error["result"]["error"]["code"] == "limit_exceeded"
    assert store.results(batch_id, 10, 0)[0]["worker"] == runner.worker  # the late duplicate changed nothing
    store.close()


def test_batch_routes_are_documented_and_off_without_postgresql(tmp_path: Path) -> None:
    app = create_app({"TESTING": True, "database_url": "", "data_dir": str(tmp_path)})
    client = app.test_client()
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert {"/api/v1/batches/{batch_id}", "/api/v1/batches/{batch_id}/results"} <= set(paths)
    response = client.get("/api/v1/batches/b-1")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "batches_disabled"
