"""A small thread-safe LRU map with batch get-or-compute, for the models' per-text result caches."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Generic, Hashable, Sequence, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LruCache(Generic[K, V]):
    """Keeps the ``size`` most recently used results; the model runs once, batched, on the keys not seen yet."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, keys: Sequence[K], compute: Callable[[list[K]], Sequence[V]]) -> list[V]:
        """Results for ``keys`` in order; ``compute`` gets each missing key once (never called when none is)."""
        with self._lock:
            known = {k: self._data[k] for k in keys if k in self._data}
            for k in known:
                self._data.move_to_end(k)
        missing = list(dict.fromkeys(k for k in keys if k not in known))
        if missing:
            fresh = dict(zip(missing, compute(missing)))
            with self._lock:
                self._data.update(fresh)
                while len(self._data) > self.size:
                    self._data.popitem(last=False)
            known.update(fresh)
        return [known[k] for k in keys]
