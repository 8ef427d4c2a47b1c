"""Micro-batching: texts submitted by concurrent threads of one worker are encoded in one model call.

A transformer forward pass on 2 cores costs about the same for 1 row as for 8 short rows, so when several
requests arrive together it is cheaper to run them as one batch than one after the other. There is no
background thread (nothing to leak across a fork): the first caller that finds the model idle becomes the
leader, waits ``window`` seconds for others to join, takes everything queued and runs it; callers that
arrive while a batch runs queue up and go together in the next one.
"""

from __future__ import annotations

import threading
from typing import Callable, Sequence

import numpy as np

EncodeFn = Callable[[list[str]], np.ndarray]


class _Request:
    __slots__ = ("texts", "rows", "error", "done")

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self.rows: np.ndarray | None = None
        self.error: BaseException | None = None
        self.done = False


class MicroBatcher:
    """Serialises calls to ``encode_fn`` and merges the ones that wait into a single call."""

    def __init__(self, encode_fn: EncodeFn, *, window: float = 0.002, max_texts: int = 512) -> None:
        self._encode = encode_fn
        self.window = window
        self.max_texts = max_texts
        self._cond = threading.Condition()
        self._pending: list[_Request] = []
        self._busy = False
        self.calls = 0  # model calls made, for tests and the benchmark

    @property
    def waiting(self) -> int:
        """Requests queued and not yet taken by a leader."""
        with self._cond:
            return len(self._pending)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Rows for ``texts``, possibly computed together with other threads' texts."""
        request = _Request(texts)
        with self._cond:
            self._pending.append(request)
        while True:
            with self._cond:
                while not request.done and self._busy:
                    self._cond.wait()
                if request.done:
                    break
                self._busy = True
                if self.window > 0:
                    self._cond.wait(self.window)  # let near-simultaneous callers join this batch
                batch = self._take()
            self._run(batch)  # may not hold our own request if the queue was long: then loop
        if request.error is not None:
            raise request.error
        if request.rows is None:  # a finished request has rows or an error
            raise RuntimeError("micro-batch request finished without rows")
        return request.rows

    def _take(self) -> list[_Request]:
        """Queued requests up to ``max_texts`` (always at least one); caller holds the lock."""
        taken, count = [], 0
        while self._pending and (not taken or count + len(self._pending[0].texts) <= self.max_texts):
            request = self._pending.pop(0)
            taken.append(request)
            count += len(request.texts)
        return taken

    def _run(self, batch: list[_Request]) -> None:
        unique = list(dict.fromkeys(t for r in batch for t in r.texts))
        try:
            self.calls += 1
            rows = self._encode(unique)
            where = {t: i for i, t in enumerate(unique)}
            for r in batch:
                r.rows = rows[[where[t] for t in r.texts]] if r.texts else rows[:0]
        except BaseException as exc:  # every waiter gets the failure, not a hang
            for r in batch:
                r.error = exc
        with self._cond:
            for r in batch:
                r.done = True
            self._busy = False
            self._cond.notify_all()
