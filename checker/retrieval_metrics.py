"""Ranking metrics of the CLEF-2020 CheckThat! task 2 (claim retrieval): MAP@5 and recall@k.

Kept apart from the runs so the learned re-ranking's training (``checker.train_rerank``) scores its
folds with the very formula the evaluation reports.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np


def average_precision_at_k(ranked: Sequence[int], gold: set[int], k: int = 5) -> float:
    """AP@k as in CheckThat! 2020: precision at each relevant hit in the top k, over min(|gold|, k)."""
    hits, total = 0, 0.0
    for i, doc in enumerate(ranked[:k], start=1):
        if doc in gold:
            hits += 1
            total += hits / i
    return total / min(len(gold), k) if gold else 0.0


def recall_at_k(ranked: Sequence[int], gold: set[int], k: int) -> float:
    """Share of the gold targets found in the top k."""
    return len(set(ranked[:k]) & gold) / len(gold) if gold else 0.0


def ranking_metrics(rankings: Sequence[Sequence[int]], golds: Sequence[set[int]]) -> dict[str, float]:
    """Mean MAP@5, recall@1 and recall@5 over queries."""
    pairs = list(zip(rankings, golds))
    return {
        "map@5": float(np.mean([average_precision_at_k(r, g, 5) for r, g in pairs])),
        "recall@1": float(np.mean([recall_at_k(r, g, 1) for r, g in pairs])),
        "recall@5": float(np.mean([recall_at_k(r, g, 5) for r, g in pairs])),
    }
