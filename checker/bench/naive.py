"""The naive pipeline every figure is compared with: sentence-transformers fp32 ``encode`` per request (no
cache, no batching across requests) and exact numpy search over the fact matrix."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..domain import Evidence
from ..embedding import DEFAULT_MODEL, default_model_path
from ..pipeline import Checker
from ..references import load_facts
from ..settings import Settings
from ..store import FactStore


class NaiveEncoder:
    """``SentenceTransformer.encode`` as the library documents it."""

    name = DEFAULT_MODEL
    dimension = 384

    def __init__(self) -> None:
        self.model = None

    def warm_up(self) -> None:
        if self.model is None:
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(default_model_path(), device="cpu")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.warm_up()
        if self.model is None:  # warm_up() sets it; this only narrows the type
            raise RuntimeError("the naive model is not loaded")
        return self.model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True,
                                 show_progress_bar=False).astype(np.float32)


def exact_search(matrix: np.ndarray, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-``k`` by inner product with numpy: a full matrix product and a partial sort."""
    scores = queries @ matrix.T
    k = min(k, matrix.shape[0])
    top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    part = np.take_along_axis(scores, top, axis=1)
    order = np.argsort(-part, axis=1)
    return np.take_along_axis(part, order, axis=1), np.take_along_axis(top, order, axis=1)


class NumpyStore(FactStore):
    """A FactStore that searches its vectors with numpy instead of FAISS."""

    def __init__(self, facts, vectors, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(facts, vectors, **kwargs)
        self.matrix = np.ascontiguousarray(vectors, dtype=np.float32)

    def search(self, vectors: np.ndarray, k: int) -> list[list[Evidence]]:
        if not self.facts or k <= 0:
            return [[] for _ in range(len(vectors))]
        scores, ids = exact_search(self.matrix, np.asarray(vectors, dtype=np.float32), k)
        return [[Evidence(self.facts[j], float(s)) for s, j in zip(rs, ri)] for rs, ri in zip(scores, ids)]


def naive_checker(settings: Settings) -> Checker:
    """The whole check pipeline on the naive encoder and numpy search, same reference facts."""
    encoder = NaiveEncoder()
    facts = load_facts(settings.reference)
    store = NumpyStore(facts, encoder.encode([f.text for f in facts]), model=encoder.name)
    return Checker(encoder, store, settings)
