"""The features the learned fusion of fact search reads, one row per pooled fact (:mod:`checker.rerank`).

Cheap signals computed alike at training and at search time: the cosine and its gap to the pool's best, the
BM25 score, both ranks, stemmed and IDF-weighted word overlap, shared numbers and names, length; and, when the
query adapter (:mod:`checker.adapter`) is there, the adapted cosine, its gap and its rank in the pool.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Protocol, Sequence

import numpy as np

from .keyword import DENSE_WEIGHT, RRF_K, SPARSE_WEIGHT  # the "rrf" feature is checker.keyword.fuse's score

FEATURES = ("cos", "cos_gap", "dense_rr", "bm25_log", "bm25_norm", "sparse_rr", "rrf", "overlap_q",
            "overlap_d", "idf_overlap", "numbers_shared", "numbers_unmatched", "names_shared", "length_ratio")
ADAPTED = ("adapted_cos", "adapted_gap", "adapted_rr")  # read through the query adapter (checker.adapter)
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


def candidates(dense: Sequence[tuple[int, float]], sparse: Sequence[tuple[int, float]], cosines: np.ndarray,
               keyword: KeywordSide, text_of: Callable[[int], str]) -> list[Candidate]:
    """The pool of :func:`pool_docs` as candidates; ``cosines`` are the real cosines of those docs, in order."""
    dense_rank = {doc: r for r, (doc, _) in enumerate(dense, start=1)}
    sparse_rank = {doc: r for r, (doc, _) in enumerate(sparse, start=1)}
    bm25 = dict(sparse)
    return [Candidate(doc, float(cos), bm25.get(doc, 0.0), dense_rank.get(doc, 0), sparse_rank.get(doc, 0),
                      keyword.tokens_of(doc), text_of(doc))
            for doc, cos in zip(pool_docs(dense, sparse), cosines)]


def adapted_features(cosines: np.ndarray) -> np.ndarray:
    """:data:`ADAPTED` per pooled fact: the adapted cosine, its gap to the pool's best, 1 / its rank in the pool."""
    cosines = np.asarray(cosines, dtype=np.float64)
    rank = np.empty(len(cosines))
    rank[np.argsort(-cosines, kind="stable")] = np.arange(1, len(cosines) + 1)
    return np.column_stack([cosines, cosines - cosines.max(initial=-1.0), 1.0 / rank])
