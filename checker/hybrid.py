"""Keyword side of hybrid retrieval: a BM25 index per store version, and fusion with the dense ranking.

Dense MiniLM vectors blur exact names and rare words ("Wi Seong-rak", "KCCI"); BM25 catches them. Keyword
hits join a claim's candidate pool with their real cosine similarity, so verdict thresholds keep meaning the
same; the fact search API ranks by the learned fusion of :mod:`checker.rerank` when its artifact is present,
else by weighted reciprocal-rank fusion (:func:`checker.keyword.fuse`).
"""

from __future__ import annotations

import threading
from typing import Sequence

import numpy as np

from .domain import Evidence, Fact
from .keyword import KeywordIndex, fuse
from .rerank import POOL, RerankModel, order_pool
from .store import FactStore


DELTA_SHARE = 0.1  # the base is re-indexed once facts added since exceed this share of it (and DELTA_MIN)
DELTA_MIN = 2_000


class LayeredIndex:
    """A BM25 index over a store's first facts plus a small one over the facts added since.

    ``bm25s`` cannot insert, and re-indexing a million facts because a reviewer approved one would stall every
    worker's next request; the delta is re-indexed instead. Scores of the two parts use their own term
    statistics, close enough for picking candidates, which are then scored by cosine."""

    def __init__(self, base: KeywordIndex, base_ids: list[str], delta: KeywordIndex) -> None:
        self.base, self.base_ids, self.delta = base, base_ids, delta

    def tokenize(self, text: str) -> list[str]:
        return self.base.tokenize(text)

    def tokens_of(self, doc: int) -> list[str]:
        offset = len(self.base_ids)
        return self.base.tokens_of(doc) if doc < offset else self.delta.tokens_of(doc - offset)

    def idf(self, token: str) -> float:
        """The base's statistics: the delta is at most a tenth of it, too small to move an IDF much."""
        return self.base.idf(token)

    def search(self, query: str, k: int = 10) -> list[tuple[int, float]]:
        offset = len(self.base_ids)
        hits = self.base.search(query, k) + [(offset + i, s) for i, s in self.delta.search(query, k)]
        return sorted(hits, key=lambda hit: (-hit[1], hit[0]))[:k]


class KeywordIndexes:
    """Builds the BM25 index of a store version once and reuses it until the version changes."""

    def __init__(self) -> None:
        self._version = ""
        self._index: LayeredIndex | None = None
        self._lock = threading.Lock()

    def for_store(self, store: FactStore) -> LayeredIndex:
        version = store.info().version
        with self._lock:
            if self._index is None or self._version != version:
                self._index, self._version = self._layered(store.facts), version
            return self._index

    def _layered(self, facts: Sequence[Fact]) -> LayeredIndex:
        """Reuse the base when the store only grew (it is append-only) and the delta is still small."""
        old = self._index
        n = len(old.base_ids) if old else 0
        grown = old is not None and len(facts) >= n and [f.id for f in facts[:n]] == old.base_ids
        if not grown or len(facts) - n > max(DELTA_MIN, DELTA_SHARE * n):
            base = KeywordIndex()
            base.build([f.text for f in facts])
            return LayeredIndex(base, [f.id for f in facts], KeywordIndex())
        delta = KeywordIndex()
        delta.build([f.text for f in facts[n:]])
        return LayeredIndex(old.base, old.base_ids, delta)

    def extra_candidates(self, store: FactStore, queries: Sequence[str], vectors: np.ndarray,
                         k: int) -> list[list[Evidence]]:
        """Per query, its top-``k`` keyword hits as evidence scored by cosine to the query vector."""
        if not store.facts:
            return [[] for _ in queries]
        index = self.for_store(store)
        out = []
        for query, vector in zip(queries, vectors):
            rows = [row for row, _ in index.search(query, k)]
            sims = store.rows(rows) @ vector if rows else np.zeros(0)
            out.append([Evidence(store.facts[r], float(s)) for r, s in zip(rows, sims)])
        return out

    def fused(self, store: FactStore, query: str, vector: np.ndarray, dense: list[Evidence],
              k: int, model: RerankModel | None = None) -> list[Evidence]:
        """Dense and keyword rankings of one query fused, best first: by ``model`` over the pool of both lists
        (give it ``POOL`` dense hits), else by reciprocal rank. Only the order is learned: every fact keeps
        its real cosine as its similarity."""
        by_row = {store.row_of(e.fact.id): e for e in dense}
        index = self.for_store(store)
        hits = [(row, e.similarity) for row, e in by_row.items()]
        if model is None:
            rows = [row for row, _ in fuse(hits, index.search(query, k), k)]
        else:
            rows = order_pool(model, query, hits, index.search(query, max(k, POOL)),
                              lambda docs: store.rows(docs) @ vector, index, lambda row: store.facts[row].text,
                              model.adapted_of(vector, store.rows))[:k]
        missing = [row for row in rows if row not in by_row]
        if missing:
            sims = store.rows(missing) @ vector
            by_row.update({r: Evidence(store.facts[r], float(s)) for r, s in zip(missing, sims)})
        return [by_row[row] for row in rows]


def merge(dense: list[Evidence], extra: list[Evidence]) -> list[Evidence]:
    """Union of two candidate lists by fact id, each fact at its higher similarity, ranked by similarity."""
    merged: dict[str, Evidence] = {}
    for e in [*dense, *extra]:
        if e.fact.id not in merged or merged[e.fact.id].similarity < e.similarity:
            merged[e.fact.id] = e
    return sorted(merged.values(), key=lambda e: -e.similarity)
