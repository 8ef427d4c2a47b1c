"""Learned fusion: re-order the dense + keyword candidate pool of a query with a tiny linear model.

Reciprocal-rank fusion throws the scores away; a handful of cheap signals (the cosine and its gap to the
best, the BM25 score, both ranks, stemmed and IDF-weighted word overlap, shared numbers and names, length)
say more about which candidate is *the* fact. The model is a standardised linear scorer trained by
``python -m checker.train_rerank`` on the CLEF-2020 task-2 train queries and stored as JSON
(``checker/models/rerank.json``). It only changes ORDER: every candidate keeps its real cosine, so verdict
thresholds keep their meaning. Features for 50 candidates cost well under a millisecond (pure Python sets).

With the query adapter (:mod:`checker.adapter`, ``checker/models/query_adapter.npy``) the artifact's ``adapted``
model also reads the adapted cosine (:data:`ADAPTED`); without that file, or for a query vector of another
dimension, the plain model orders the pool as before. The features live in :mod:`checker.rerank_features`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Sequence

import numpy as np

from .adapter import DEFAULT_ADAPTER_PATH, QueryAdapter, load_adapter
from .errors import ReferenceDataError
from .rerank_features import (ADAPTED, FEATURES, Candidate, KeywordSide, adapted_features, candidates,
                              feature_matrix, names_of, pool_docs)

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "models" / "rerank.json"
CLIP = 3.0  # standardised features are clipped to this many standard deviations
POOL = 20  # candidates taken from each side (dense, keyword) before re-ranking
__all__ = ["ADAPTED", "CLIP", "DEFAULT_MODEL_PATH", "FEATURES", "POOL", "Candidate", "KeywordSide", "RerankModel",
           "adapted_features", "candidates", "feature_matrix", "load_model", "names_of", "order_pool",
           "pool_docs", "pool_features"]


@dataclass(frozen=True, eq=False)  # arrays: equality by identity, not an ambiguous element-wise ==
class RerankModel:
    """A linear scorer over standardised features, as trained by :mod:`checker.train_rerank`.

    With an ``adapter`` its features end with :data:`ADAPTED`; ``plain`` is then the model without them, used
    when the adapted cosines cannot be had (a caller that passes none, a store of another dimension)."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    adapter: QueryAdapter | None = None
    plain: RerankModel | None = None

    def standardise(self, rows: np.ndarray) -> np.ndarray:
        """z-scores clipped to +-CLIP: a 3-word query overlaps a fact far more than a tweet ever did in training,
        and a linear model must not extrapolate that into a score no cosine can outweigh."""
        return np.clip((rows - self.mean) / self.scale, -CLIP, CLIP)

    def score(self, rows: np.ndarray) -> np.ndarray:
        """Higher is more likely the fact the query is about."""
        return self.standardise(rows) @ self.coef

    def order(self, rows: np.ndarray) -> list[int]:
        """Row indices best first; ties keep the given (fusion) order, so ranking is deterministic."""
        return np.argsort(-self.score(rows), kind="stable").tolist()

    def adapted_of(self, vector: np.ndarray,
                   rows_of: Callable[[list[int]], np.ndarray]) -> Callable[[list[int]], np.ndarray] | None:
        """Cosines of the adapted query to given docs (one 384x384 product now, one row product per call);
        None without an adapter or when the query vector has another dimension."""
        if self.adapter is None or vector.shape[-1] != self.adapter.dimension:
            return None
        adapted = self.adapter.apply(vector)
        return lambda docs: rows_of(docs) @ adapted

    @classmethod
    def from_dict(cls, data: Mapping[str, object], adapter: QueryAdapter | None = None,
                  plain: RerankModel | None = None) -> RerankModel:
        """Check the artifact was trained on these very features before trusting its coefficients."""
        names = tuple(data.get("features", ()))  # type: ignore[arg-type]
        expected = FEATURES + ADAPTED if adapter is not None else FEATURES
        if names != expected:
            raise ReferenceDataError(f"re-rank model features {names} differ from the code's {expected}; "
                                     "retrain with python -m checker.train_rerank")
        arrays = [np.asarray(data[k], dtype=np.float64) for k in ("mean", "scale", "coef")]
        if any(a.shape != (len(names),) for a in arrays):
            raise ReferenceDataError("re-rank model arrays do not match its feature list")
        return cls(names, *arrays, adapter=adapter, plain=plain)


def load_model(path: str | Path = DEFAULT_MODEL_PATH,
               adapter_path: str | Path | None = DEFAULT_ADAPTER_PATH) -> RerankModel | None:
    """The trained model (None when the artifact is absent: callers fall back to RRF); with the query adapter
    file present (and the one the artifact was trained with), the model that also reads the adapted cosine."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(f"cannot read the re-rank model {path}: {exc}") from None
    plain = RerankModel.from_dict(data)
    adapted = data.get("adapted")
    adapter = load_adapter(adapter_path) if adapted and adapter_path else None
    if adapter is None:
        return plain
    if adapted.get("adapter_sha256") != adapter.sha256:  # type: ignore[union-attr]
        raise ReferenceDataError(f"{adapter_path} is not the adapter {path} was trained with; "
                                 "retrain with python -m checker.train_rerank")
    return RerankModel.from_dict(adapted, adapter, plain)


def order_pool(model: RerankModel, query: str, dense: Sequence[tuple[int, float]],
               sparse: Sequence[tuple[int, float]], cosine_of: Callable[[list[int]], np.ndarray],
               keyword: KeywordSide, text_of: Callable[[int], str],
               adapted_of: Callable[[list[int]], np.ndarray] | None = None) -> list[int]:
    """Doc ids of the dense + keyword pool, best first by ``model`` (its plain part without ``adapted_of``).

    :param cosine_of: real cosines of the query to the given docs (a matrix-vector product, no search).
    :param adapted_of: the same for the adapted query (:meth:`RerankModel.adapted_of`).
    """
    if model.adapter is None or adapted_of is None:
        model, adapted_of = model.plain or model, None
    docs, rows = pool_features(query, dense, sparse, cosine_of, keyword, text_of, adapted_of)
    return [docs[i] for i in model.order(rows)] if docs else []


def pool_features(query: str, dense: Sequence[tuple[int, float]], sparse: Sequence[tuple[int, float]],
                  cosine_of: Callable[[list[int]], np.ndarray], keyword: KeywordSide,
                  text_of: Callable[[int], str],
                  adapted_of: Callable[[list[int]], np.ndarray] | None = None) -> tuple[list[int], np.ndarray]:
    """Doc ids of the pool (:func:`pool_docs` order) and their feature rows (:data:`FEATURES`, then
    :data:`ADAPTED` if ``adapted_of``): what search orders and training learns from, computed one way for both."""
    docs = pool_docs(dense, sparse)
    width = len(FEATURES) + (len(ADAPTED) if adapted_of else 0)
    if not docs:
        return [], np.zeros((0, width), dtype=np.float64)
    pool = candidates(dense, sparse, cosine_of(docs), keyword, text_of)
    rows = feature_matrix(query, keyword.tokenize(query), keyword.idf, pool)
    return docs, np.hstack([rows, adapted_features(adapted_of(docs))]) if adapted_of else rows
