"""Which FAISS index a store of a given size gets, and its parameters (recorded in the manifest).

Up to ``EXACT_LIMIT`` facts an exact ``IndexFlatIP`` answers a query in well under a millisecond, so there
is nothing to gain from approximation. Beyond it, HNSW over inner product: search cost grows with log(n),
facts can be appended without retraining, and 8-bit scalar-quantised storage keeps a million 384-d vectors
in ~400 MB instead of 1.5 GB (see README "Serving and performance" for the measured recall and memory).
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Mapping

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import faiss

EXACT_LIMIT = 50_000
_THREAD = threading.local()


@dataclass(frozen=True)
class IndexParams:
    """``kind`` is "flat" (exact) or "hnsw"; ``storage`` is "flat", "fp16" or "sq8" for HNSW vectors."""

    kind: str = "flat"
    m: int = 32
    ef_construction: int = 80
    ef_search: int = 512
    storage: str = "sq8"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "flat"} if self.kind == "flat" else asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> IndexParams:
        """Old manifests have no entry: they were all exact."""
        data = dict(data or {})
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def params_for(size: int, exact_limit: int = EXACT_LIMIT) -> IndexParams:
    """Exact search up to ``exact_limit`` facts, HNSW beyond."""
    return IndexParams() if size <= exact_limit else IndexParams(kind="hnsw")


def make_index(dimension: int, params: IndexParams, sample: np.ndarray | None = None) -> faiss.Index:
    """An empty index; SQ8 storage is trained on ``sample`` (the first vectors added)."""
    import faiss

    if params.kind == "flat":
        return faiss.IndexFlatIP(dimension)
    if params.kind != "hnsw":
        raise ValueError(f"unknown index kind {params.kind!r}")
    if params.storage == "flat":
        index = faiss.IndexHNSWFlat(dimension, params.m, faiss.METRIC_INNER_PRODUCT)
    else:
        kind = {"sq8": faiss.ScalarQuantizer.QT_8bit, "fp16": faiss.ScalarQuantizer.QT_fp16}[params.storage]
        index = faiss.IndexHNSWSQ(dimension, kind, params.m, faiss.METRIC_INNER_PRODUCT)
        # 10% headroom on each dimension's range: facts added later may fall a little outside the sample's
        faiss.downcast_index(index.storage).sq.rangestat_arg = 0.1
        if sample is not None and len(sample):
            index.train(np.ascontiguousarray(sample, dtype=np.float32))
    index.hnsw.efConstruction = params.ef_construction
    configure(index, params)
    return index


def configure(index: faiss.Index, params: IndexParams) -> None:
    """Search-time settings, which faiss does not keep in the saved file."""
    if params.kind == "hnsw":
        import faiss

        faiss.downcast_index(index).hnsw.efSearch = params.ef_search


def build_index(vectors: np.ndarray, params: IndexParams, chunk: int = 50_000) -> faiss.Index:
    """An index holding ``vectors`` (added in chunks to bound temporary memory)."""
    index = make_index(int(vectors.shape[1]), params, vectors[:chunk])
    for start in range(0, len(vectors), chunk):
        index.add(np.ascontiguousarray(vectors[start:start + chunk], dtype=np.float32))
    return index


def one_search_thread() -> None:
    """Make FAISS search single-threaded in the calling thread (OpenMP's setting is per thread).

    A request searches a few dozen rows; spreading that over OpenMP threads while gunicorn threads and the
    encoder compete for 2 cores costs more in spinning than it saves (measured: 32 ms vs 2 ms for one query
    over 20k facts on a loaded box).
    """
    if not getattr(_THREAD, "done", False):
        import faiss

        faiss.omp_set_num_threads(1)
        _THREAD.done = True
