"""What the Checker needs of its parts: the verifier, the check-worthiness scorer and the store source.

Protocols rather than classes, so tests pass small fakes and the service passes the trained models,
the FAISS store manager or the pgvector one without the Checker knowing which.
"""

from __future__ import annotations

from typing import Any, Mapping, Protocol, Sequence

import numpy as np

from .store import FactStore


class Verifier(Protocol):
    """Gives entailment probabilities per (claim, fact) pair, and the thresholds they are read with."""

    thresholds: Mapping[str, Any]

    def warm_up(self) -> None: ...

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]: ...


class Scorer(Protocol):
    """Scores how check-worthy each sentence is; below THRESHOLD a claim without values is not checked."""

    THRESHOLD: float

    def warm_up(self) -> None: ...

    def score(self, sentences: Sequence[str]) -> np.ndarray: ...


class StoreSource(Protocol):
    """Hands out the newest published store (it may change between calls)."""

    def current(self) -> FactStore: ...


class StaticStore:
    """A fixed in-memory store (tests, evaluation, the ``evidence`` request field)."""

    def __init__(self, store: FactStore) -> None:
        self.store = store

    def current(self) -> FactStore:
        return self.store


__all__ = ["Scorer", "StaticStore", "StoreSource", "Verifier"]
