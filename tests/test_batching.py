"""Micro-batching and the text cache, driven deterministically with threads and a counting fake model."""

import threading
import time

import numpy as np
import pytest

from checker.batching import MicroBatcher
from checker.embedding import SentenceTransformerEncoder


class GatedModel:
    """Records each call's texts; the first call blocks until ``gate`` is set."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.gate = threading.Event()
        self.entered = threading.Event()

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        if len(self.calls) == 1:
            self.entered.set()
            assert self.gate.wait(30)
        return _expected(texts)


def _wait_for(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 30  # a hang guard, not a speed assertion
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.001)


def _expected(texts: list[str]) -> np.ndarray:
    return np.array([[float(len(t)), float(sum(map(ord, t)))] for t in texts], dtype=np.float32)


def _queue_behind_held_call(  # type: ignore[no-untyped-def]
        model: GatedModel, batcher: MicroBatcher, submit, first: tuple, others: list[tuple]) -> None:
    """Start ``submit(*first)`` and hold it inside the model, queue ``others`` behind it, then let all finish."""
    leader = threading.Thread(target=submit, args=first)
    leader.start()
    assert model.entered.wait(30)
    threads = [threading.Thread(target=submit, args=args) for args in others]
    for t in threads:
        t.start()
    _wait_for(lambda: batcher.waiting == len(others), f"{len(others)} queued requests")
    model.gate.set()
    for t in [leader, *threads]:
        t.join(30)


def test_requests_waiting_during_a_batch_are_encoded_together() -> None:
    model = GatedModel()
    batcher = MicroBatcher(model, window=0)
    results: dict[str, np.ndarray] = {}

    def submit(name: str, texts: list[str]) -> None:
        results[name] = batcher.encode(texts)

    others = {"b": ["beta", "shared"], "c": ["gamma", "shared"], "d": ["delta"]}
    _queue_behind_held_call(model, batcher, submit, ("first", ["alpha"]), list(others.items()))
    assert len(model.calls) == 2 and batcher.calls == 2
    assert sorted(model.calls[1]) == ["beta", "delta", "gamma", "shared"]  # one call, duplicates merged
    for name, texts in {"first": ["alpha"], **others}.items():
        assert np.array_equal(results[name], _expected(texts))


def test_a_failure_reaches_every_waiter_and_the_batcher_recovers() -> None:
    model = GatedModel()

    def failing(texts: list[str]) -> np.ndarray:
        if len(model.calls) == 1 and model.gate.is_set():
            model.calls.append(texts)
            raise RuntimeError("model broke")
        return model(texts)

    batcher = MicroBatcher(failing, window=0)
    errors: list[BaseException] = []

    def submit(texts: list[str]) -> None:
        try:
            batcher.encode(texts)
        except RuntimeError as exc:
            errors.append(exc)

    _queue_behind_held_call(model, batcher, submit, (["one"],), [(["two"],), (["three"],)])
    assert len(errors) == 2 and all("model broke" in str(e) for e in errors)
    assert np.array_equal(batcher.encode(["four"]), _expected(["four"]))


def test_leader_whose_request_did_not_fit_still_gets_its_rows() -> None:
    batcher = MicroBatcher(lambda texts: _expected(texts), window=0, max_texts=2)
    assert np.array_equal(batcher.encode(["a", "b", "c"]), _expected(["a", "b", "c"]))


class CountingBackend:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def encode(self, texts):  # type: ignore[no-untyped-def]
        self.texts += list(texts)
        return np.ones((len(texts), 384), dtype=np.float32) / np.sqrt(384)


@pytest.fixture
def cached_encoder() -> tuple[SentenceTransformerEncoder, CountingBackend]:
    encoder = SentenceTransformerEncoder(cache_size=3, batch_window=0)
    backend = CountingBackend()
    encoder._backend = backend  # type: ignore[assignment]
    return encoder, backend


def test_cache_is_keyed_by_normalised_text(cached_encoder) -> None:  # type: ignore[no-untyped-def]
    encoder, backend = cached_encoder
    encoder.encode(["Seoul  hosted\nthe Games.", "Seoul hosted the Games."])
    encoder.encode([" Seoul hosted the Games. "])
    assert backend.texts == ["Seoul hosted the Games."]


def test_cache_evicts_least_recently_used(cached_encoder) -> None:  # type: ignore[no-untyped-def]
    encoder, backend = cached_encoder
    encoder.encode(["a", "b", "c"])
    encoder.encode(["a"])  # refresh a
    encoder.encode(["d"])  # evicts b
    encoder.encode(["a", "b"])
    assert backend.texts == ["a", "b", "c", "d", "b"]


def test_unknown_backend_is_a_clear_error() -> None:
    from checker.errors import InvalidInput

    with pytest.raises(InvalidInput, match="onnx-fp32"):
        SentenceTransformerEncoder(backend="fp8").warm_up()
