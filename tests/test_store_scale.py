"""Store at scale: index kind by size, params in the manifest, incremental adds, deltas, cheap refresh."""

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from checker.domain import Fact
from checker.embedding import FakeEncoder
from checker.indexes import EXACT_LIMIT, IndexParams, params_for
from checker.publish import StoreManager
from checker.settings import ROOT
from checker.store import FactStore, Manifest


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
    assert params_for(EXACT_LIMIT + 1).kind == "hnsw"
    assert params_for(11, exact_limit=10).to_dict()["ef_search"] > 0


def test_old_and_newer_manifests_load() -> None:
    old = {"model": "m", "dimension": 64, "facts": 3, "source_hash": "h", "version": "v", "index_sha256": "x",
           "format": 1}
    assert IndexParams.from_dict(Manifest.from_json(json.dumps(old)).index).kind == "flat"
    newer = Manifest.from_json(json.dumps(old | {"index": {"kind": "hnsw", "m": 16}, "added_later": 1}))
    assert IndexParams.from_dict(newer.index) == IndexParams(kind="hnsw", m=16)


def test_large_store_gets_hnsw_with_params_in_manifest(tmp_path: Path, refs: Path) -> None:
    encoder = FakeEncoder()
    store = StoreManager(tmp_path / "data", refs, encoder, exact_limit=10).ensure()
    manifest = _manifest(tmp_path / "data")
    assert manifest["index"]["kind"] == "hnsw" and manifest["index"]["ef_search"] == store.params.ef_search
    text = "Fact 17 about river 3 and town 2."
    (hits,) = store.search(encoder.encode([text]), 3)
    assert hits[0].fact.id == "f17" and hits[0].similarity == pytest.approx(1.0, abs=0.02)
    reloaded = StoreManager(tmp_path / "data", refs, encoder, exact_limit=10).ensure()
    assert reloaded.params.kind == "hnsw" and reloaded.search(encoder.encode([text]), 1)[0][0].fact.id == "f17"


def test_add_facts_encodes_only_new_facts_and_grows_into_hnsw(tmp_path: Path, refs: Path) -> None:
    encoder = CountingEncoder()
    manager = StoreManager(tmp_path / "data", refs, encoder, exact_limit=42)
    assert manager.ensure().params.kind == "flat" and encoder.texts == 40
    manager.add_facts([Fact(id=f"new{i}", text=f"New approved fact {i} on lakes.", source="review")
                       for i in range(3)])
    assert encoder.texts == 43  # the 40 stored facts were not encoded again
    assert _manifest(tmp_path / "data")["index"]["kind"] == "hnsw"
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
    eager._read_pointer = lambda: reads.append(1) or "never"  # type: ignore[method-assign]
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


def test_hnsw_store_built_directly_finds_neighbours() -> None:
    encoder = FakeEncoder()
    facts = [Fact(id=str(i), text=f"word{i} word{i + 1} common", source="S") for i in range(200)]
    store = FactStore.build(facts, encoder, params=IndexParams(kind="hnsw", storage="fp16"))
    (hits,) = store.search(encoder.encode(["word50 word51 common"]), 5)
    assert hits[0].fact.id == "50"


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
