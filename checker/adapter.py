"""A linear query adapter over the frozen MiniLM space, so fact search can read "which fact is this about".

MiniLM puts a tweet and the fact-check of its claim close, but not always closest: a tweet's wording (handles,
hedges, "BREAKING") pulls its vector away from the neutral claim. A 384x384 matrix ``W``, learned by
:mod:`checker.adapter_training` on the CLEF-2020 task-2 train queries, maps the query vector to
``normalize(W q)``; fact vectors are untouched, so the store, its FAISS index and every verdict threshold
stay as they are. The adapted cosine only feeds the learned re-ranking (:mod:`checker.rerank`) as extra
features; it is never shown as a similarity. One matrix-vector product per query, no extra encode.

The matrix is stored as fp16 ``.npy`` (read with ``allow_pickle=False``); without the file, fact search uses
the plain re-ranking.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import ReferenceDataError

DEFAULT_ADAPTER_PATH = Path(__file__).resolve().parent / "models" / "query_adapter.npy"


@dataclass(frozen=True, eq=False)  # an array field: equality by identity
class QueryAdapter:
    """``normalize(W q)`` for query vectors ``q``; W = identity gives back the query itself. ``sha256`` is that
    of the file it was read from ("" when built in memory), so a re-ranking model can check it was trained with
    this very adapter without reading the file a second time."""

    matrix: np.ndarray
    sha256: str = ""

    def __post_init__(self) -> None:
        m = self.matrix
        if m.ndim != 2 or m.shape[0] != m.shape[1] or not np.isfinite(m).all():
            raise ReferenceDataError(f"query adapter must be a finite square matrix, got shape {m.shape}")

    @property
    def dimension(self) -> int:
        return int(self.matrix.shape[0])

    def apply(self, vectors: np.ndarray) -> np.ndarray:
        """Adapted, re-normalised query vector(s): one row per query (a 1-d vector stays 1-d)."""
        if vectors.shape[-1] != self.dimension:
            raise ReferenceDataError(f"query adapter is {self.dimension}-d, the query vector "
                                     f"{vectors.shape[-1]}-d; retrain with python -m checker.train_rerank")
        adapted = np.asarray(vectors, dtype=np.float32) @ self.matrix.T
        norm = np.linalg.norm(adapted, axis=-1, keepdims=True)
        return adapted / np.maximum(norm, 1e-12)


def identity(dimension: int) -> QueryAdapter:
    """The adapter that changes nothing (tests and a documented baseline)."""
    return QueryAdapter(np.eye(dimension, dtype=np.float32))


def load_adapter(path: str | Path = DEFAULT_ADAPTER_PATH) -> QueryAdapter | None:
    """The trained adapter, or None when the file is absent (fact search then uses the plain re-ranking)."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        raw = path.read_bytes()
        matrix = np.load(io.BytesIO(raw), allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(f"cannot read the query adapter {path}: {exc}") from None
    return QueryAdapter(np.asarray(matrix, dtype=np.float32), hashlib.sha256(raw).hexdigest())


def to_bytes(matrix: np.ndarray) -> bytes:
    """The ``.npy`` bytes of ``matrix`` as fp16: 288 KB for 384x384, identical for identical input."""
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(matrix, dtype=np.float16), allow_pickle=False)
    return buffer.getvalue()
