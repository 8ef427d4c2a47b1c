"""Encoded vectors kept on disk between retrieval experiments (training and evaluation of fact search).

Encoding the 10k CLEF-2020 targets takes minutes on 2 cores; every re-run of ``checker.train_rerank`` or
``checker.eval_retrieval --cache DIR`` reads them back instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from checker.embedding import Encoder


class CachedEncoder:
    """An encoder whose rows persist in ``DIR/vectors.npz``, so experiments do not re-encode 10k targets."""

    def __init__(self, inner: Encoder, cache_dir: str | Path) -> None:
        self.inner, self.name, self.dimension = inner, inner.name, inner.dimension
        self.path = Path(cache_dir) / "vectors.npz"
        self._rows: dict[str, np.ndarray] = {}
        if self.path.exists():
            with np.load(self.path) as data:
                self._rows = dict(zip(data["texts"].tolist(), data["vectors"]))

    def warm_up(self) -> None:
        return None  # the inner model loads only if something is missing from the cache

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [" ".join(t.split()) for t in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self._rows))
        if missing:
            self._rows.update(zip(missing, self.inner.encode(missing)))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(self.path, texts=np.array(list(self._rows), dtype=str),
                     vectors=np.vstack(list(self._rows.values())))
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack([self._rows[k] for k in keys]).astype(np.float32)
