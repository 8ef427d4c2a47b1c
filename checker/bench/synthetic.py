"""Synthetic fact vectors shaped like sentence embeddings, for store benchmarks at sizes we have no text for.

A two-level Gaussian mixture on the unit sphere: a few hundred topics, each with many sub-topics, points
scattered around their sub-topic. Random pairs end up near cosine 0.1-0.2 and same-sub-topic neighbours
near 0.5-0.8, roughly what all-MiniLM-L6-v2 gives for news facts; uniform random vectors would make
every neighbour equally far and approximate search look worse (or better) than it is.
"""

from __future__ import annotations

from typing import Iterator

import numpy as np

DIM = 384


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


class Mixture:
    """Deterministic generator: the same seed gives the same centres and the same chunks."""

    def __init__(self, seed: int = 0, topics: int = 200, subtopics: int = 4000, dim: int = DIM) -> None:
        rng = np.random.default_rng(seed)
        self.dim = dim
        common = _unit(rng.standard_normal((1, dim)))  # a shared direction: real embeddings are not centred
        topic = _unit(0.5 * common + rng.standard_normal((topics, dim)) / np.sqrt(dim))
        owner = rng.integers(0, topics, subtopics)
        noise = rng.standard_normal((subtopics, dim)) / np.sqrt(dim)
        self.centres = _unit(topic[owner] + 0.8 * noise)
        self.seed = seed

    def sample(self, n: int, stream: int) -> np.ndarray:
        """``n`` points from an independent stream (stream numbers keep chunks reproducible)."""
        rng = np.random.default_rng((self.seed, stream))
        picks = rng.integers(0, len(self.centres), n)
        noise = rng.standard_normal((n, self.dim)).astype(np.float32) / np.sqrt(self.dim)
        return _unit(self.centres[picks] + 0.75 * noise)

    def chunks(self, n: int, size: int = 50_000) -> Iterator[np.ndarray]:
        """The ``n`` store vectors, chunk by chunk, so a million never sit in memory twice."""
        for number, start in enumerate(range(0, n, size)):
            yield self.sample(min(size, n - start), stream=1 + number)

    def queries(self, n: int) -> np.ndarray:
        return self.sample(n, stream=0)
