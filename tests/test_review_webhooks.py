"""Webhooks: signed, retried with backoff, and never blocking the check that triggers them."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from pathlib import Path
from typing import Any

import pytest

from checker.errors import InvalidInput
from checker.review.webhooks import WebhookNotifier, build_notifier
from tests.review_helpers import REVIEWER, check_result, claim_result, fake_review, year


class Answer:
    def __init__(self, status_code: int) -> None:
        self.status_code = status_code


class FakeSession:
    """Records posts; answers from a script (an int status or an exception); can hold the first post."""

    def __init__(self, script: list[Any] | None = None, gate: threading.Event | None = None) -> None:
        self.script, self.gate, self.posts = list(script or []), gate, []  # type: ignore[var-annotated]
        self.started = threading.Event()

    def post(self, url: str, *, data: bytes, headers: dict[str, str], timeout: float) -> Answer:
        self.started.set()
        if self.gate is not None:
            assert self.gate.wait(60), "the test never opened the gate"
        self.posts.append((url, data, headers, timeout))
        outcome = self.script.pop(0) if self.script else 200
        if isinstance(outcome, Exception):
            raise outcome
        return Answer(outcome)


def test_retries_with_backoff_and_signs_the_body() -> None:
    session, sleeps = FakeSession([ConnectionError("down"), 503, 200]), []
    notifier = WebhookNotifier(["https://hook.example/a"], "s3cret", session, sleep=sleeps.append)
    body = json.dumps({"event": "item.created", "item": {"id": 1}}).encode()
    assert notifier.deliver("https://hook.example/a", body) is True
    assert len(session.posts) == 3 and sleeps == [0.5, 1.0]
    _url, data, headers, timeout = session.posts[-1]
    expected = hmac.new(b"s3cret", data, hashlib.sha256).hexdigest()
    assert headers["X-Claimcheck-Signature"] == f"sha256={expected}" and timeout > 0
    assert headers["X-Claimcheck-Event"] == "item.created"


def test_gives_up_after_the_last_retry() -> None:
    session = FakeSession([500] * 10)
    notifier = WebhookNotifier(["https://hook.example/a"], "k", session, retries=3, sleep=lambda s: None)
    assert notifier.deliver("https://hook.example/a", b'{"event": "x"}') is False
    assert len(session.posts) == 4


def test_queue_events_are_sent_in_the_background(tmp_path: Path, database_url: str) -> None:
    review, _, _ = fake_review(tmp_path, database_url)
    gate = threading.Event()
    session = FakeSession(gate=gate)
    review.queue.notifier = WebhookNotifier(["https://hook.example/a", "https://hook.example/b"], "k", session)
    (queued,) = review.queue.enqueue(check_result(claim_result("The dam opened in 1975.", [year(1975)])))
    assert session.started.wait(60)  # the receiver is busy with our event ...
    assert not gate.is_set() and queued.item_id  # ... and enqueue has already returned
    review.queue.claim(queued.item_id, REVIEWER)
    review.queue.decide(queued.item_id, REVIEWER, "unverifiable", "no record")
    gate.set()
    review.queue.notifier.flush()
    events = [(url, json.loads(data)["event"], json.loads(data)["item"]["id"]) for url, data, _h, _t in session.posts]
    assert events == [("https://hook.example/a", "item.created", queued.item_id),
                      ("https://hook.example/b", "item.created", queued.item_id),
                      ("https://hook.example/a", "item.decided", queued.item_id),
                      ("https://hook.example/b", "item.decided", queued.item_id)]
    review.queue.notifier.close()


def test_configuration() -> None:
    assert build_notifier("", "k") is None
    assert build_notifier("https://a.example/x, http://b.example/y", "k").urls == [  # type: ignore[union-attr]
        "https://a.example/x", "http://b.example/y"]
    with pytest.raises(InvalidInput):
        build_notifier("javascript:alert(1)", "k")
