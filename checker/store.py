"""The reference store: facts plus a FAISS inner-product index over their normalised embeddings."""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

from .domain import Evidence, Fact, StoreInfo
from .embedding import Encoder
from .errors import DuplicateFact, StoreError
from .indexes import IndexParams, build_index, configure, make_index, one_search_thread, params_for

if TYPE_CHECKING:  # pragma: no cover
    import faiss


@dataclass(frozen=True)
class Manifest:
    """What an index was built from; a mismatch with the running setup means rebuild."""

    model: str
    dimension: int
    facts: int
    source_hash: str
    version: str
    index_sha256: str = ""
    format: int = 1
    index: dict[str, Any] = field(default_factory=dict)  # IndexParams.to_dict(); empty in old manifests = flat
    parent: str = ""  # version this one extends by appending (its delta files), "" after a full build

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Unknown keys (from a newer writer) are ignored; missing ones take their defaults."""
        try:
            data = json.loads(text)
            return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        except (ValueError, TypeError, AttributeError) as exc:
            raise StoreError(f"unreadable manifest: {exc}") from None


class FactStore:
    """Facts and their vectors; ``search`` returns cosine-ranked evidence."""

    def __init__(self, facts: Sequence[Fact], vectors: np.ndarray | None, *, model: str, source_hash: str = "",
                 params: IndexParams | None = None, index: faiss.Index | None = None) -> None:
        count = index.ntotal if index is not None else len(vectors) if vectors is not None else 0
        if len(facts) != count:
            raise StoreError(f"{len(facts)} facts but {count} vectors")
        self.facts: list[Fact] = list(facts)
        self.model = model
        self.source_hash = source_hash
        self.params = params or params_for(len(self.facts))
        if index is None:
            vectors = np.zeros((0, 1), "float32") if vectors is None else vectors
            dimension = int(vectors.shape[1]) if len(vectors) else 0
            index = build_index(vectors, self.params) if len(vectors) else make_index(dimension or 1, self.params)
        self.dimension = int(index.d) if self.facts else 0
        self._index = index
        configure(self._index, self.params)
        self._by_id = {f.id: i for i, f in enumerate(self.facts)}
        self._lock = threading.Lock()

    @classmethod
    def build(cls, facts: Sequence[Fact], encoder: Encoder, *, source_hash: str = "",
              params: IndexParams | None = None) -> FactStore:
        vectors = encoder.encode([f.text for f in facts]) if facts else np.zeros((0, encoder.dimension), "float32")
        return cls(facts, vectors, model=encoder.name, source_hash=source_hash, params=params)

    @property
    def version(self) -> str:
        digest = hashlib.sha256(self.source_hash.encode())
        digest.update(",".join(f.id for f in self.facts[-50:]).encode())
        return f"{len(self.facts)}-{digest.hexdigest()[:12]}"

    def info(self) -> StoreInfo:
        return StoreInfo(version=self.version, facts=len(self.facts))

    def get(self, fact_id: str) -> Fact | None:
        i = self._by_id.get(fact_id)
        return None if i is None else self.facts[i]

    def search(self, vectors: np.ndarray, k: int) -> list[list[Evidence]]:
        """Top-``k`` facts for each query row, best first."""
        if not self.facts or k <= 0:
            return [[] for _ in range(len(vectors))]
        one_search_thread()
        with self._lock:
            scores, ids = self._index.search(np.ascontiguousarray(vectors, dtype=np.float32), min(k, len(self.facts)))
        # plain lists: Python floats and ints are cheaper to read than numpy scalars (64 per claim) and equal
        return [[Evidence(self.facts[j], float(s)) for s, j in zip(row_s, row_i) if j >= 0]
                for row_s, row_i in zip(scores.tolist(), ids.tolist())]

    def add(self, facts: Sequence[Fact], vectors: np.ndarray) -> None:
        """Append facts at run time (no rebuild: vectors go onto the index); ids must be new."""
        clash = [f.id for f in facts if f.id in self._by_id] + _duplicates(facts)
        if clash:
            raise DuplicateFact(f"fact id(s) already in the store: {', '.join(clash)}")
        with self._lock:
            if not self.facts:  # an empty store has a placeholder index of the wrong width
                self._index = make_index(int(vectors.shape[1]), self.params, vectors)
                self.dimension = int(vectors.shape[1])
            self._index.add(np.ascontiguousarray(vectors, dtype=np.float32))
            for fact in facts:
                self._by_id[fact.id] = len(self.facts)
                self.facts.append(fact)

    def row_of(self, fact_id: str) -> int:
        return self._by_id[fact_id]

    def rows(self, rows: Sequence[int]) -> np.ndarray:
        """Stored vectors of the given row numbers (for scoring keyword hits by cosine)."""
        with self._lock:
            return np.vstack([self._index.reconstruct(int(r)) for r in rows]).astype(np.float32)

    def reindex(self, params: IndexParams) -> None:
        """Move the vectors to another index kind (a store that grew past the exact-search limit)."""
        vectors = self.vectors()
        with self._lock:
            self._index = build_index(vectors, params)
            self.params = params
            configure(self._index, params)

    def vectors(self) -> np.ndarray:
        return self._index.reconstruct_n(0, self._index.ntotal) if self.facts else np.zeros((0, self.dimension))

    def manifest(self, index_sha256: str = "", parent: str = "") -> Manifest:
        return Manifest(model=self.model, dimension=self.dimension, facts=len(self.facts),
                        source_hash=self.source_hash, version=self.version, index_sha256=index_sha256,
                        index=self.params.to_dict(), parent=parent)

    def index_bytes(self) -> bytes:
        """The serialised FAISS index, as ``write_index`` would write it."""
        import faiss

        return faiss.serialize_index(self._index).tobytes()

    def write_index(self, path: Path) -> None:
        import faiss

        with self._lock:
            faiss.write_index(self._index, str(path))

    @classmethod
    def read(cls, directory: Path) -> FactStore:
        """Load a published version, verifying the index against its manifest."""
        import faiss

        manifest = Manifest.from_json((directory / "manifest.json").read_text(encoding="utf-8"))
        index_path = directory / "index.faiss"
        if _sha256(index_path) != manifest.index_sha256:
            raise StoreError(f"{index_path}: checksum does not match the manifest")
        try:
            facts = read_facts(directory / "facts.jsonl")
        except (ValueError, TypeError) as exc:  # not covered by the index checksum: a damaged line is possible
            raise StoreError(f"{directory}: unreadable facts.jsonl ({exc})") from None
        index = faiss.read_index(str(index_path))
        if index.ntotal != manifest.facts or len(facts) != manifest.facts:
            raise StoreError(f"{directory}: index has {index.ntotal} rows, manifest {manifest.facts}")
        return cls(facts, None, model=manifest.model, source_hash=manifest.source_hash,
                   params=IndexParams.from_dict(manifest.index), index=index)


def read_facts(path: Path) -> list[Fact]:
    return [Fact(**json.loads(line)) for line in path.read_text("utf-8").splitlines()]


def _duplicates(facts: Sequence[Fact]) -> list[str]:
    seen: set[str] = set()
    return [f.id for f in facts if f.id in seen or seen.add(f.id)]  # type: ignore[func-returns-value]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
