"""Which FAISS index a store of a given size gets, and its parameters (recorded in the manifest).

Up to ``EXACT_LIMIT`` facts an exact ``IndexFlatIP`` answers a query in well under a millisecond, so there
is nothing to gain from approximation. Beyond it, an inverted file (IVF) over inner product with fp16
vectors: a query scans only the ``nprobe`` lists nearest to it, fp16 keeps a million 384-d vectors in
~0.8 GB and scores them almost exactly, and facts are appended to their nearest list without retraining.
HNSW-SQ8, the earlier choice, topped out at recall@10 0.947 at a million facts: its graph (efConstruction
80) missed true neighbours even with exact distances (0.965), and 8-bit codes cost another 2-3 points
(README "Serving and performance"). HNSW stores still load and search as before.
"""

from __future__ import annotations

import math
import threading
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Mapping

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import faiss

EXACT_LIMIT = 50_000
NPROBE = 32  # lists scanned per query: recall@10 0.999 at 1M synthetic facts with 16, so 32 leaves headroom
TRAIN_PER_LIST = 40  # k-means sample per IVF list (faiss warns below 39)
_THREAD = threading.local()


@dataclass(frozen=True)
class IndexParams:
    """``kind`` is "flat" (exact), "ivf" or "hnsw"; ``storage`` is "flat", "fp16" or "sq8" for the vectors of
    an approximate index; ``m``/``ef_*`` apply to HNSW, ``nlist``/``nprobe`` to IVF."""

    kind: str = "flat"
    m: int = 32
    ef_construction: int = 80
    ef_search: int = 512
    storage: str = "sq8"
    nlist: int = 0
    nprobe: int = NPROBE

    def to_dict(self) -> dict[str, Any]:
        if self.kind == "flat":
            return {"kind": "flat"}
        keep = ("nlist", "nprobe") if self.kind == "ivf" else ("m", "ef_construction", "ef_search")
        return {"kind": self.kind, "storage": self.storage} | {k: v for k, v in asdict(self).items() if k in keep}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> IndexParams:
        """Old manifests have no entry: they were all exact."""
        data = dict(data or {})
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def nlist_for(size: int) -> int:
    """About 4·sqrt(size) lists (a power of two), with at least ``TRAIN_PER_LIST`` vectors to train each."""
    target = max(1.0, 4 * math.sqrt(size))
    nlist = 2 ** round(math.log2(target))
    while nlist > 1 and nlist * TRAIN_PER_LIST > size:
        nlist //= 2
    return nlist


def params_for(size: int, exact_limit: int = EXACT_LIMIT) -> IndexParams:
    """Exact search up to ``exact_limit`` facts, IVF-fp16 beyond (lists sized for ``size``)."""
    return IndexParams() if size <= exact_limit else IndexParams(kind="ivf", storage="fp16", nlist=nlist_for(size))


def training_size(params: IndexParams) -> int:
    """How many vectors training the index takes: ``TRAIN_PER_LIST`` per IVF list, else an SQ range sample."""
    return max(1, params.nlist) * TRAIN_PER_LIST if params.kind == "ivf" else 50_000


def training_sample(vectors: np.ndarray, params: IndexParams) -> np.ndarray:
    """Rows spread evenly over ``vectors``, as many as training the index needs."""
    want = training_size(params)
    return vectors[:: max(1, len(vectors) // want)][:want]


def make_index(dimension: int, params: IndexParams, sample: np.ndarray | None = None) -> faiss.Index:
    """An empty index; IVF lists and SQ8 ranges are trained on ``sample`` (see :func:`training_sample`)."""
    import faiss

    if params.kind == "flat":
        return faiss.IndexFlatIP(dimension)
    if params.kind == "ivf":
        return _make_ivf(dimension, params, sample)
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


def _make_ivf(dimension: int, params: IndexParams, sample: np.ndarray | None) -> faiss.Index:
    import faiss

    if sample is None or len(sample) < params.nlist:
        raise ValueError(f"an IVF index with {params.nlist} lists needs at least that many training vectors")
    code = {"fp16": "SQfp16", "sq8": "SQ8", "flat": "Flat"}[params.storage]
    index = faiss.index_factory(dimension, f"IVF{params.nlist},{code}", faiss.METRIC_INNER_PRODUCT)
    faiss.extract_index_ivf(index).cp.niter = 10  # enough for list assignment; halves the build at 1M
    index.train(np.ascontiguousarray(sample, dtype=np.float32))
    configure(index, params)
    return index


def configure(index: faiss.Index, params: IndexParams) -> None:
    """Search-time settings, which faiss does not keep in the saved file, and the row map ``reconstruct``
    needs on an IVF index (for scoring keyword hits by stored vector)."""
    import faiss

    if params.kind == "hnsw":
        faiss.downcast_index(index).hnsw.efSearch = params.ef_search
    elif params.kind == "ivf":
        ivf = faiss.extract_index_ivf(index)
        ivf.nprobe = min(params.nprobe, ivf.nlist)
        if ivf.direct_map.type == faiss.DirectMap.NoMap:
            ivf.make_direct_map()


def build_index(vectors: np.ndarray, params: IndexParams, chunk: int = 50_000) -> faiss.Index:
    """An index holding ``vectors`` (added in chunks to bound temporary memory)."""
    index = make_index(int(vectors.shape[1]), params, training_sample(vectors, params))
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
