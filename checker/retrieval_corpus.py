"""The claim-retrieval corpus of CLEF-2020 CheckThat! task 2: targets embedded and BM25-indexed, queries with gold.

The targets are indexed in a seeded shuffled order: the file lists gold targets early, so any
tie-break by document id would otherwise leak a prior no real fact store has.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

from checker.keyword import KeywordIndex, clean_text

if TYPE_CHECKING:  # pragma: no cover
    from checker.embedding import Encoder

DATA = Path("../shared/eval/retrieval")
TITLE_WEIGHT = 0.3  # dense target vector = claim + 0.3 * title (chosen on train queries)


def _jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Corpus:
    """Targets in shuffled order, their vectors and BM25 index, plus queries with gold positions."""

    texts: list[str]
    vectors: np.ndarray
    keyword: KeywordIndex
    queries: list[str]
    golds: list[set[int]]
    splits: list[str]
    encode_ms: float = 0.0
    documents: list[str] = field(default_factory=list)  # the texts the keyword index holds (claim + title)


def target_vectors(encoder: Encoder, targets: Sequence[dict], title_weight: float = TITLE_WEIGHT) -> np.ndarray:
    """Claim vectors nudged towards the fact-check title, re-normalised (title_weight=0: claim only)."""
    vectors = encoder.encode([t["claim"] for t in targets])
    if title_weight:
        vectors = vectors + title_weight * encoder.encode([t.get("title") or t["claim"] for t in targets])
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return vectors.astype(np.float32)


def load_corpus(queries_path: str | Path, targets_path: str | Path, encoder: Encoder, seed: int = 13,
                title_weight: float = TITLE_WEIGHT) -> Corpus:
    """Read both files, shuffle targets with ``seed``, embed claims (+ title) and index claim + title."""
    targets = _jsonl(targets_path)
    order = np.random.default_rng(seed).permutation(len(targets))
    targets = [targets[i] for i in order]
    position = {str(t["id"]): i for i, t in enumerate(targets)}
    queries = _jsonl(queries_path)
    documents = [f"{t['claim']} {t.get('title', '')}" for t in targets]
    keyword = KeywordIndex()
    keyword.build(documents)
    return Corpus(
        texts=[t["claim"] for t in targets],
        vectors=target_vectors(encoder, targets, title_weight),
        keyword=keyword,
        queries=[clean_text(q["query"]) for q in queries],
        golds=[{position[str(g)] for g in q.get("all_target_claim_ids") or [q["target_claim_id"]]} for q in queries],
        splits=[str(q.get("split", "dev")) for q in queries],
        documents=documents,
    )


def dense_search(vectors: np.ndarray, query_vector: np.ndarray, k: int) -> list[tuple[int, float]]:
    """Exact inner-product top ``k`` (what a flat FAISS index returns), best first."""
    scores = vectors @ query_vector
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top], kind="stable")]
    return [(int(i), float(scores[i])) for i in top]
