"""Webhooks: a signed JSON POST to each configured URL when a review item is created or decided.

Delivery runs on a background thread fed by an in-memory queue, so a check never waits for a slow or dead
receiver; each POST is retried with exponential backoff. The body is signed with HMAC-SHA256 over the exact
bytes sent (header ``X-Claimcheck-Signature: sha256=<hex>``), so receivers can verify the sender.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import queue
import threading
import time
from typing import Any, Callable, Protocol, Sequence

log = logging.getLogger(__name__)
TIMEOUT = 5.0


class PostSession(Protocol):
    def post(self, url: str, *, data: bytes, headers: dict[str, str], timeout: float) -> Any: ...


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookNotifier:
    """Posts events in the background; ``notify`` only enqueues and returns at once."""

    def __init__(self, urls: Sequence[str], secret: str, session: PostSession, *, retries: int = 3,
                 backoff: float = 0.5, sleep: Callable[[float], None] = time.sleep) -> None:
        self.urls, self.secret, self.session = list(urls), secret, session
        self.retries, self.backoff, self.sleep = retries, backoff, sleep
        self._queue: queue.Queue[tuple[str, bytes] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def notify(self, event: str, payload: dict[str, Any]) -> None:
        """Queue ``event`` for delivery to every URL; never raises, never blocks."""
        if not self.urls:
            return
        body = json.dumps({"event": event, **payload}, sort_keys=True, default=str).encode()
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="webhooks", daemon=True)
                self._thread.start()
        for url in self.urls:
            self._queue.put((url, body))

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            try:
                self.deliver(*job)
            finally:
                self._queue.task_done()
        self._queue.task_done()

    def deliver(self, url: str, body: bytes) -> bool:
        """POST once, then retry after backoff, 2×backoff, …; True when the receiver answered 2xx."""
        event = json.loads(body)["event"]
        headers = {"Content-Type": "application/json", "X-Claimcheck-Event": event,
                   "X-Claimcheck-Signature": sign(self.secret, body)}
        for attempt in range(self.retries + 1):
            try:
                response = self.session.post(url, data=body, headers=headers, timeout=TIMEOUT)
                if 200 <= response.status_code < 300:
                    return True
                log.warning("webhook %s answered %s", url, response.status_code)
            except Exception as exc:  # noqa: BLE001 - a receiver's failure must never reach the queue
                log.warning("webhook %s failed: %s", url, exc)
            if attempt < self.retries:
                self.sleep(self.backoff * 2 ** attempt)
        log.error("webhook %s gave up after %d attempts", url, self.retries + 1)
        return False

    def flush(self) -> None:
        """Wait until everything queued so far was delivered or given up (tests, shutdown)."""
        self._queue.join()

    def close(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self._queue.put(None)
                self._thread.join(timeout=30)
            self._thread = None


def build_notifier(urls: str, secret: str) -> WebhookNotifier | None:
    """A notifier on a shared ``requests.Session`` for the space- or comma-separated ``urls``; None if none."""
    from .urls import checked_url

    targets = [checked_url(u, "CHECKER_WEBHOOK_URLS") for u in urls.replace(",", " ").split()]
    if not targets:
        return None
    import requests

    return WebhookNotifier(targets, secret, requests.Session())
