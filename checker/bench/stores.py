"""Store search at scale on synthetic vectors: the chosen index versus exact numpy search.

Each size runs in its own process (``python -m checker.bench.stores N QUERIES``): the exact top-10 is
computed chunk by chunk, the index is built chunk by chunk and written to a file, a fresh process reads and
searches it (its resident memory is what a worker holds), and only then is the whole float32 matrix
materialised for the naive search.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..indexes import (EXACT_LIMIT, IndexParams, configure, make_index, one_search_thread, params_for,
                       training_size)
from .measure import percentiles_ms, ratio, rss_mb
from .naive import exact_search
from .synthetic import Mixture

K = 10


def _exact_topk(mixture: Mixture, n: int, queries: np.ndarray) -> np.ndarray:
    best_s = np.full((len(queries), 0), -np.inf, dtype=np.float32)
    best_i = np.zeros((len(queries), 0), dtype=np.int64)
    offset = 0
    for chunk in mixture.chunks(n):
        s, i = exact_search(chunk, queries, K)
        best_s, best_i = np.hstack([best_s, s]), np.hstack([best_i, i + offset])
        order = np.argsort(-best_s, axis=1)[:, :K]
        best_s, best_i = np.take_along_axis(best_s, order, 1), np.take_along_axis(best_i, order, 1)
        offset += len(chunk)
    return best_i


def _latencies(search, queries: np.ndarray) -> tuple[list[float], list[np.ndarray]]:  # type: ignore[no-untyped-def]
    times, found = [], []
    for q in queries:
        start = time.perf_counter()
        found.append(search(q[None, :]))
        times.append(time.perf_counter() - start)
    return times, found


def _recall(found: list[np.ndarray], truth: np.ndarray) -> float:
    return round(float(np.mean([len(set(f.ravel()) & set(t)) / K for f, t in zip(found, truth)])), 4)


def _knob(index) -> tuple[object, str, tuple[int, ...]] | None:  # type: ignore[no-untyped-def]
    """The search-time knob of an approximate index: the object holding it, its name, values to sweep."""
    import faiss

    if hasattr(faiss.downcast_index(index), "hnsw"):
        return faiss.downcast_index(index).hnsw, "efSearch", (64, 128, 256, 512)
    if isinstance(faiss.try_extract_index_ivf(index), faiss.IndexIVF):
        return faiss.extract_index_ivf(index), "nprobe", (8, 16, 32, 64)
    return None


def _sweep(index, queries: np.ndarray, truth: np.ndarray) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """Latency and recall at other efSearch (HNSW) or nprobe (IVF) values: the trade-off behind the default."""
    knob = _knob(index)
    if knob is None:
        return []
    holder, name, values = knob
    default, rows = getattr(holder, name), []
    for value in values:
        setattr(holder, name, value)
        times, found = _latencies(lambda v: index.search(v, K)[1], queries)
        rows.append({name: value, **percentiles_ms(times), "recall_at_10": _recall(found, truth)})
    setattr(holder, name, default)
    return rows


def _build(mixture: Mixture, n: int, params: IndexParams, path: Path) -> dict[str, Any]:
    """Build the index ``n`` facts get, chunk by chunk, as the publisher does, and write it to ``path``."""
    base, start = rss_mb(), time.perf_counter()
    index = make_index(mixture.dim, params, mixture.sample(min(n, training_size(params)), stream=1))
    for chunk in mixture.chunks(n):
        index.add(chunk)
    build_s, build_rss = time.perf_counter() - start, rss_mb() - base
    import faiss

    faiss.write_index(index, str(path))
    return {"build_s": round(build_s, 1), "build_rss_mb": round(build_rss, 1)}


def serve(folder: Path) -> dict[str, Any]:
    """What a worker holds and answers: RSS growth from reading the published index, latency, recall."""
    import faiss

    params = IndexParams.from_dict(json.loads((folder / "params.json").read_text()))
    q, truth = np.load(folder / "queries.npy"), np.load(folder / "truth.npy")
    base = rss_mb()
    index = faiss.read_index(str(folder / "index.faiss"))
    configure(index, params)
    index_rss = rss_mb() - base
    one_search_thread()  # as FactStore.search does
    times, found = _latencies(lambda v: index.search(v, K)[1], q)
    return {"index": params.to_dict(), "rss_mb": round(index_rss, 1), **percentiles_ms(times),
            "recall_at_10": _recall(found, truth), "sweep": _sweep(index, q, truth)}


def measure(n: int, queries: int, exact_limit: int = EXACT_LIMIT) -> dict[str, Any]:
    """Build, memory, latency and recall@10 of the index a store of ``n`` facts gets, and of numpy exact.

    The index is built here and searched in a fresh process that reads it from disk, as a worker does: a
    builder's own resident memory also holds what growing the inverted lists left behind (reported as
    ``build_rss_mb``)."""
    mixture, params = Mixture(), params_for(n, exact_limit)
    q = mixture.queries(queries)
    truth = _exact_topk(mixture, n, q)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        built = _build(mixture, n, params, folder / "index.faiss")
        np.save(folder / "queries.npy", q)
        np.save(folder / "truth.npy", truth)
        (folder / "params.json").write_text(json.dumps(params.to_dict()))
        fast = {**_child(["serve", str(folder)]), **built}
    matrix = np.concatenate(list(mixture.chunks(n)))
    naive_rss = matrix.nbytes / 2**20  # what exact search must hold (a measured delta would reuse freed heap)
    times, _ = _latencies(lambda v: exact_search(matrix, v, K)[1], q[: max(20, queries // 5)])
    naive = {"rss_mb": round(naive_rss, 1), **percentiles_ms(times), "recall_at_10": 1.0}
    return {"facts": n, "fast": fast, "naive": naive, "p50_vs_naive": ratio(naive["p50_ms"], fast["p50_ms"])}


def _child(args: list[str]) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "checker.bench.stores", *args],  # noqa: S603 - benchmark: fixed argv
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(sizes: list[int], queries: int, exact_limit: int = EXACT_LIMIT) -> list[dict[str, Any]]:
    """Each size in a fresh process."""
    return [_child([str(n), str(queries), str(exact_limit)]) for n in sizes]


if __name__ == "__main__":
    import faiss

    faiss.omp_set_num_threads(2)
    if sys.argv[1] == "serve":
        print(json.dumps(serve(Path(sys.argv[2]))))
    else:
        print(json.dumps(measure(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))))
