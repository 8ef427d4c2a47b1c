"""Small timing helpers shared by the benchmark parts."""

from __future__ import annotations

import time
from typing import Callable

import numpy as np


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentiles_ms(seconds: list[float]) -> dict[str, float]:
    values = np.asarray(seconds) * 1000
    return {"p50_ms": round(float(np.percentile(values, 50)), 3), "p99_ms": round(float(np.percentile(values, 99)), 3)}


def ratio(naive: float, fast: float, *, higher_is_better: bool = False) -> float:
    """How many times better the fast figure is (always > 1 when fast wins)."""
    if not naive or not fast:
        return float("nan")
    return round(fast / naive if higher_is_better else naive / fast, 2)


def rss_mb() -> float:
    import psutil

    return round(psutil.Process().memory_info().rss / 2**20, 1)
