"""Store at scale: index kind by size, params in the manifest, incremental adds, deltas, cheap refresh."""

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from checker.domain import Fact
from checker.embedding import FakeEncoder
from checker.bench.synthetic import Mixture
from checker.indexes import EXACT_LIMIT, TRAIN_PER_LIST, IndexParams, nlist_for, params_for
from checker.publish import StoreManager
from checker.settings import ROOT
from checker.store import FactStore, Manifest
from checker.storedelta import facts_jsonl


class CountingEncoder(FakeEncoder):
    """FakeEncoder that records how many texts it was asked to encode."""

    def __init__(self) -> None:
        super().__init__()
        self.texts = 0

    def encode(self, texts):  # type: ignore[no-untyped-def]
        self.texts += len(texts)
        return super().encode(texts)


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    folder = tmp_path / "refs"
    folder.mkdir()
    records = [{"id": f"f{i}", "text": f"Fact {i} about river {i % 7} and town {i % 5}.", "source": "S"}
               for i in range(40)]
    (folder / "facts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return folder


def _manifest(data: Path) -> dict:
    root = data / "store"
    return json.loads((root / (root / "CURRENT").read_text() / "manifest.json").read_text())


def test_index_kind_follows_size() -> None:
    assert params_for(EXACT_LIMIT).kind == "flat"
    assert params_for(EXACT_LIMIT + 1).kind == "ivf" and params_for(EXACT_LIMIT + 1).storage == "fp16"
    assert params_for(11, exact_limit=10).to_dict() == {"kind": "ivf", "storage": "fp16", "nlist": 1, "nprobe": 32}
    assert nlist_for(1_000_000) == 4096 and nlist_for(100_000) == 1024
    assert all(nlist_for(n) * TRAIN_PER_LIST <= n for n in (40, 1000, EXACT_LIMIT + 1, 10**6))


def test_old_and_newer_manifests_load() -> None:
    old = {"model": "m", "dimension": 64, "facts": 3, "source_hash": "h", "version": "v", "index_sha256": "x",
           "format": 1}
    assert IndexParams.from_dict(Manifest.from_json(json.dumps(old)).index).kind == "flat"
    newer = Manifest.from_json(json.dumps(old | {"index": {"kind": "hnsw", "m": 16}, "added_later": 1}))
    assert IndexParams.from_dict(newer.index) == IndexParams(kind="hnsw", m=16)
    hnsw = {"kind": "hnsw", "m": 32, "ef_construction": 80, "ef_search": 512, "storage": "sq8"}  # before IVF
    assert IndexParams.from_dict(hnsw).to_dict() == hnsw
    ivf = params_for(10**6)
    assert IndexParams.from_dict(json.loads(json.dumps(ivf.to_dict()))) == ivf


def test_large_store_gets_ivf_with_params_in_manifest(tmp_path: Path, refs: Path) -> None:
    encoder = FakeEncoder()
    store = StoreManager(tmp_path / "data", refs, encoder, exact_limit=10).ensure()
    manifest = _manifest(tmp_path / "data")
    assert manifest["index"] == {"kind": "ivf", "storage": "fp16", "nlist": 1, "nprobe": store.params.nprobe}
    text = "Fact 17 about river 3 and town 2."
    (hits,) = store.search(encoder.encode([text]), 3)
    assert hits[0].fact.id == "f17" and hits[0].similarity == pytest.approx(1.0, abs=0.02)
    reloaded = StoreManager(tmp_path / "data", refs, encoder, exact_limit=10).ensure()
    assert reloaded.params.kind == "ivf" and reloaded.search(encoder.encode([text]), 1)[0][0].fact.id == "f17"
    # stored rows come back (keyword hits are scored with them): the IVF row map survives the file
    assert np.allclose(reloaded.rows([reloaded.row_of("f17")])[0], encoder.encode([text])[0], atol=1e-3)


def _mixture_store(n: int, params: IndexParams) -> tuple[FactStore, np.ndarray, np.ndarray]:
    mixture = Mixture(seed=3)
    vectors = np.concatenate(list(mixture.chunks(n)))
    facts = [Fact(id=str(i), text=f"fact {i}", source="S") for i in range(n)]
    return FactStore(facts, vectors, model="synthetic", params=params), vectors, mixture.queries(50)


def _exact_ids(vectors: np.ndarray, queries: np.ndarray, k: int = 10) -> np.ndarray:
    return np.argsort(-(queries @ vectors.T), axis=1, kind="stable")[:, :k]


def test_ivf_default_probes_find_the_exact_neighbours() -> None:
    """recall@10 against exact search on a 20k synthetic store with the IVF kind forced (1 probe gives 0.93)."""
    store, vectors, queries = _mixture_store(20_000, IndexParams(kind="ivf", storage="fp16", nlist=nlist_for(20_000)))
    found = [[int(e.fact.id) for e in hits] for hits in store.search(queries, 10)]
    recall = np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, _exact_ids(vectors, queries))])
    assert recall >= 0.98


def test_ivf_probing_every_list_gives_the_exact_order() -> None:
    """With nprobe = nlist nothing is skipped: fp16 storage alone must not reorder the top 10."""
    store, vectors, queries = _mixture_store(5_000, IndexParams(kind="ivf", storage="fp16", nlist=64, nprobe=64))
    hits = store.search(queries, 10)
    exact = _exact_ids(vectors, queries)
    same = [[int(e.fact.id) for e in row] == list(want) for row, want in zip(hits, exact)]
    assert np.mean(same) >= 0.95  # a swap needs two neighbours within fp16 rounding (~1e-4) of each other
    assert all(abs(e.similarity - float(vectors[int(e.fact.id)] @ q)) < 1e-3 for row, q in zip(hits, queries)
               for e in row)


def test_add_facts_encodes_only_new_facts_and_grows_into_ivf(tmp_path: Path, refs: Path) -> None:
    encoder = CountingEncoder()
    manager = StoreManager(tmp_path / "data", refs, encoder, exact_limit=42)
    assert manager.ensure().params.kind == "flat" and encoder.texts == 40
    manager.add_facts([Fact(id=f"new{i}", text=f"New approved fact {i} on lakes.", source="review")
                       for i in range(3)])
    assert encoder.texts == 43  # the 40 stored facts were not encoded again
    assert _manifest(tmp_path / "data")["index"]["kind"] == "ivf"
    store = StoreManager(tmp_path / "data", refs, encoder).current()
    assert len(store.facts) == 43 and store.get("new2") is not None
    assert store.search(encoder.encode(["New approved fact 2 on lakes."]), 1)[0][0].fact.id == "new2"


def test_other_manager_applies_delta_in_place(tmp_path: Path, refs: Path) -> None:
    encoder = FakeEncoder()
    one = StoreManager(tmp_path / "data", refs, encoder)
    two = StoreManager(tmp_path / "data", refs, encoder, refresh_interval=0)
    one.ensure()
    before = two.current()
    one.add_facts([Fact(id="d1", text="Delta fact about glaciers.", source="review")])
    after = two.current()
    assert after is before  # extended in memory, not read whole
    assert after.version == one.current().version and after.get("d1") is not None
    assert np.allclose(after.vectors(), one.current().vectors(), atol=1e-6)


def test_refresh_is_throttled_and_skips_unchanged_pointer(tmp_path: Path, refs: Path) -> None:
    encoder = FakeEncoder()
    writer = StoreManager(tmp_path / "data", refs, encoder)
    writer.ensure()
    slow = StoreManager(tmp_path / "data", refs, encoder, refresh_interval=3600)
    slow.current()
    writer.add_facts([Fact(id="late", text="A late fact.", source="review")])
    assert slow.current().get("late") is None  # within its interval: not even a stat
    eager = StoreManager(tmp_path / "data", refs, encoder, refresh_interval=0)
    eager.current()
    reads = []
    eager.versions.read_pointer = lambda: reads.append(1) or "never"  # type: ignore[method-assign]
    eager.current()
    assert reads == []  # pointer's inode and mtime unchanged: no read


ADD_IN_CHILD = """
import sys
from checker.domain import Fact
from checker.embedding import FakeEncoder
from checker.publish import StoreManager
StoreManager(sys.argv[1], sys.argv[2], FakeEncoder()).add_facts(
    [Fact(id="from-child", text="Added by another process.", source="review")])
"""


def test_another_process_sees_new_version_after_one_interval(tmp_path: Path, refs: Path) -> None:
    manager = StoreManager(tmp_path / "data", refs, FakeEncoder())
    manager.ensure()
    assert manager.current().get("from-child") is None
    subprocess.run([sys.executable, "-c", ADD_IN_CHILD, str(tmp_path / "data"), str(refs)], check=True,
                   cwd=ROOT, timeout=120)
    time.sleep(manager.refresh_interval)  # the longest a worker may serve the old version
    store = manager.current()
    assert store.get("from-child") is not None and len(store.facts) == 41


@pytest.mark.parametrize("storage", ["fp16", "sq8"])
def test_hnsw_stores_from_before_ivf_still_build_save_and_search(tmp_path: Path, storage: str) -> None:
    encoder = FakeEncoder()
    facts = [Fact(id=str(i), text=f"word{i} word{i + 1} common", source="S") for i in range(200)]
    store = FactStore.build(facts, encoder, params=IndexParams(kind="hnsw", storage=storage))
    (hits,) = store.search(encoder.encode(["word50 word51 common"]), 5)
    assert hits[0].fact.id == "50"
    (tmp_path / "facts.jsonl").write_bytes(facts_jsonl(store.facts))
    store.write_index(tmp_path / "index.faiss")
    digest = hashlib.sha256((tmp_path / "index.faiss").read_bytes()).hexdigest()
    (tmp_path / "manifest.json").write_text(store.manifest(digest).to_json())
    reloaded = FactStore.read(tmp_path)
    assert reloaded.params == store.params
    assert reloaded.search(encoder.encode(["word50 word51 common"]), 1)[0][0].fact.id == "50"


def test_concurrent_adds_and_reads_lose_nothing(tmp_path: Path, refs: Path) -> None:
    import threading

    encoder = FakeEncoder()
    writer = StoreManager(tmp_path / "data", refs, encoder, refresh_interval=0)
    reader = StoreManager(tmp_path / "data", refs, encoder, refresh_interval=0)
    writer.ensure()
    errors: list[BaseException] = []

    def add(n: int) -> None:
        try:
            writer.add_facts([Fact(id=f"t{n}", text=f"Thread {n} fact about hills.", source="review")])
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    def read() -> None:
        for _ in range(20):
            reader.current().search(encoder.encode(["hills"]), 3)

    threads = [threading.Thread(target=add, args=(n,)) for n in range(4)] + [threading.Thread(target=read)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    final = StoreManager(tmp_path / "data", refs, encoder).current()
    assert {f"t{n}" for n in range(4)} <= {f.id for f in final.facts} and len(final.facts) == 44
    assert reader.current().version == final.version
