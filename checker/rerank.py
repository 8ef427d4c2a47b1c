"""Learned fusion: re-order the dense + keyword candidate pool of a query with a tiny linear model.

Reciprocal-rank fusion throws the scores away; a handful of cheap signals (the cosine and its gap to the
best, the BM25 score, both ranks, stemmed and IDF-weighted word overlap, shared numbers and names, length)
say more about which candidate is *the* fact. The model is a standardised linear scorer trained by
``python -m checker.train_rerank`` on the CLEF-2020 task-2 train queries and stored as JSON
(``checker/models/rerank.json``). It only changes ORDER: every candidate keeps its real cosine, so verdict
thresholds keep their meaning. Features for 50 candidates cost well under a millisecond (pure Python sets).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping, Protocol, Sequence

import numpy as np

from .errors import ReferenceDataError
from .keyword import DENSE_WEIGHT, RRF_K, SPARSE_WEIGHT  # the "rrf" feature is checker.keyword.fuse's score

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "models" / "rerank.json"
CLIP = 3.0  # standardised features are clipped to this many standard deviations
POOL = 20  # candidates taken from each side (dense, keyword) before re-ranking
FEATURES = ("cos", "cos_gap", "dense_rr", "bm25_log", "bm25_norm", "sparse_rr", "rrf", "overlap_q",
            "overlap_d", "idf_overlap", "numbers_shared", "numbers_unmatched", "names_shared", "length_ratio")
_NAME = re.compile(r"\b[A-Z][\w'-]*[a-z][\w'-]*\b|\b[A-Z]{2,}\b")


@dataclass(frozen=True)
class Candidate:
    """One pooled fact: its real cosine, BM25 score (0 if outside the keyword list), 1-based ranks (0 =
    not in that list), stemmed tokens as the keyword index has them, and raw text (for names)."""

    doc: int
    cosine: float
    bm25: float
    dense_rank: int
    sparse_rank: int
    tokens: Sequence[str]
    text: str


class KeywordSide(Protocol):
    """What the features need from a BM25 index (:class:`checker.keyword.KeywordIndex`, ``LayeredIndex``)."""

    def tokenize(self, text: str) -> list[str]: ...

    def tokens_of(self, doc: int) -> list[str]: ...

    def idf(self, token: str) -> float: ...


def pool_docs(dense: Sequence[tuple[int, float]], sparse: Sequence[tuple[int, float]]) -> list[int]:
    """Union of both lists' doc ids, dense order first, each once."""
    return list(dict.fromkeys([d for d, _ in dense] + [d for d, _ in sparse]))


@lru_cache(maxsize=65536)
def names_of(text: str) -> frozenset[str]:
    """Capitalised words and acronyms, lower-cased: a cheap stand-in for named entities.

    Cached because the same facts come back for query after query; the regex is most of the feature cost.
    """
    return frozenset(m.lower() for m in _NAME.findall(text))


def _recip(rank: int) -> float:
    return 1.0 / rank if rank else 0.0


def feature_matrix(query: str, query_tokens: Sequence[str], idf: Callable[[str], float],
                   candidates: Sequence[Candidate]) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate, all relative to the query and to the pool.

    :param idf: inverse document frequency of a stemmed token in the fact collection.
    """
    if not candidates:
        return np.zeros((0, len(FEATURES)), dtype=np.float64)
    q = set(query_tokens)
    weights = {t: idf(t) for t in q}
    q_weight = sum(weights.values()) or 1.0
    q_nums = {t for t in q if not t.isalpha()}  # index words are \w\w+: not all letters = has a digit
    q_names = names_of(query)
    best_cos = max(c.cosine for c in candidates)
    best_bm25 = max(c.bm25 for c in candidates) or 1.0
    rows = []
    for c in candidates:
        d = set(c.tokens)
        shared = q & d
        d_nums = {t for t in d if not t.isalpha()}
        d_names = names_of(c.text)
        rrf = (DENSE_WEIGHT / (RRF_K + c.dense_rank) if c.dense_rank else 0.0) + (
            SPARSE_WEIGHT / (RRF_K + c.sparse_rank) if c.sparse_rank else 0.0)
        rows.append((
            c.cosine, c.cosine - best_cos, _recip(c.dense_rank), math.log1p(c.bm25), c.bm25 / best_bm25,
            _recip(c.sparse_rank), rrf, len(shared) / max(1, len(q)), len(shared) / max(1, len(d)),
            sum(weights[t] for t in shared) / q_weight, len(q_nums & d_nums),
            len(d_nums - q_nums) / max(1, len(d_nums)),
            len(q_names & d_names) / max(1, len(d_names)), math.log((1 + len(d)) / (1 + len(q))),
        ))
    return np.array(rows, dtype=np.float64)


@dataclass(frozen=True, eq=False)  # arrays: equality by identity, not an ambiguous element-wise ==
class RerankModel:
    """A linear scorer over standardised features, as trained by :mod:`checker.train_rerank`."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray

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

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> RerankModel:
        """Check the artifact was trained on these very features before trusting its coefficients."""
        names = tuple(data.get("features", ()))  # type: ignore[arg-type]
        if names != FEATURES:
            raise ReferenceDataError(f"re-rank model features {names} differ from the code's {FEATURES}; "
                                     "retrain with python -m checker.train_rerank")
        arrays = [np.asarray(data[k], dtype=np.float64) for k in ("mean", "scale", "coef")]
        if any(a.shape != (len(FEATURES),) for a in arrays):
            raise ReferenceDataError("re-rank model arrays do not match its feature list")
        return cls(names, *arrays)


def load_model(path: str | Path = DEFAULT_MODEL_PATH) -> RerankModel | None:
    """The trained model, or None when the artifact is absent (callers fall back to RRF)."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(f"cannot read the re-rank model {path}: {exc}") from None
    return RerankModel.from_dict(data)


def candidates(dense: Sequence[tuple[int, float]], sparse: Sequence[tuple[int, float]], cosines: np.ndarray,
               keyword: KeywordSide, text_of: Callable[[int], str]) -> list[Candidate]:
    """The pool of :func:`pool_docs` as candidates; ``cosines`` are the real cosines of those docs, in order."""
    dense_rank = {doc: r for r, (doc, _) in enumerate(dense, start=1)}
    sparse_rank = {doc: r for r, (doc, _) in enumerate(sparse, start=1)}
    bm25 = dict(sparse)
    return [Candidate(doc, float(cos), bm25.get(doc, 0.0), dense_rank.get(doc, 0), sparse_rank.get(doc, 0),
                      keyword.tokens_of(doc), text_of(doc))
            for doc, cos in zip(pool_docs(dense, sparse), cosines)]


def order_pool(model: RerankModel, query: str, dense: Sequence[tuple[int, float]],
               sparse: Sequence[tuple[int, float]], cosine_of: Callable[[list[int]], np.ndarray],
               keyword: KeywordSide, text_of: Callable[[int], str]) -> list[int]:
    """Doc ids of the dense + keyword pool, best first by ``model``.

    :param cosine_of: real cosines of the query to the given docs (a matrix-vector product, no search).
    """
    docs, rows = pool_features(query, dense, sparse, cosine_of, keyword, text_of)
    return [docs[i] for i in model.order(rows)] if docs else []


def pool_features(query: str, dense: Sequence[tuple[int, float]], sparse: Sequence[tuple[int, float]],
                  cosine_of: Callable[[list[int]], np.ndarray], keyword: KeywordSide,
                  text_of: Callable[[int], str]) -> tuple[list[int], np.ndarray]:
    """Doc ids of the pool (:func:`pool_docs` order) and their feature rows: what search orders and training
    learns from, computed one way for both."""
    docs = pool_docs(dense, sparse)
    if not docs:
        return [], np.zeros((0, len(FEATURES)), dtype=np.float64)
    pool = candidates(dense, sparse, cosine_of(docs), keyword, text_of)
    return docs, feature_matrix(query, keyword.tokenize(query), keyword.idf, pool)
