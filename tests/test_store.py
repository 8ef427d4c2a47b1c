import json
from pathlib import Path

import numpy as np
import pytest

from checker.domain import Fact
from checker.embedding import FakeEncoder
from checker.errors import StoreError
from checker.publish import StoreManager
from checker.store import FactStore


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    folder = tmp_path / "refs"
    folder.mkdir()
    records = [{"id": f"f{i}", "text": f"Fact number {i} about topic {i % 3}.", "source": "S"} for i in range(20)]
    (folder / "facts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return folder


def test_search_ranks_the_same_text_first(fake_encoder: FakeEncoder) -> None:
    facts = [Fact(id=str(i), text=t, source="S") for i, t in enumerate(["red apples grow", "blue sea waves"])]
    store = FactStore.build(facts, fake_encoder)
    (hits,) = store.search(fake_encoder.encode(["blue sea waves"]), 2)
    assert hits[0].fact.id == "1" and hits[0].similarity == pytest.approx(1.0, abs=1e-5)


def test_publish_manifest_and_reload(tmp_path: Path, refs: Path, fake_encoder: FakeEncoder) -> None:
    manager = StoreManager(tmp_path / "data", refs, fake_encoder)
    store = manager.ensure()
    pointer = (tmp_path / "data" / "store" / "CURRENT").read_text()
    manifest = json.loads((tmp_path / "data" / "store" / pointer / "manifest.json").read_text())
    assert manifest["facts"] == 20 and manifest["model"] == "fake-bow" and manifest["dimension"] == 64
    again = StoreManager(tmp_path / "data", refs, fake_encoder).ensure()
    assert again.version == store.version
    assert (tmp_path / "data" / "store" / "CURRENT").read_text() == pointer  # not rebuilt


def test_rebuilt_when_reference_changes(tmp_path: Path, refs: Path, fake_encoder: FakeEncoder) -> None:
    manager = StoreManager(tmp_path / "data", refs, fake_encoder)
    manager.ensure()
    with (refs / "facts.jsonl").open("a") as handle:
        handle.write(json.dumps({"id": "new", "text": "A new fact.", "source": "S"}) + "\n")
    assert len(StoreManager(tmp_path / "data", refs, fake_encoder).ensure().facts) == 21


def test_corrupt_index_detected_and_rebuilt(tmp_path: Path, refs: Path, fake_encoder: FakeEncoder) -> None:
    manager = StoreManager(tmp_path / "data", refs, fake_encoder)
    manager.ensure()
    root = tmp_path / "data" / "store"
    index = root / (root / "CURRENT").read_text() / "index.faiss"
    index.write_bytes(index.read_bytes()[:100])
    with pytest.raises(StoreError):
        FactStore.read(index.parent)
    assert len(StoreManager(tmp_path / "data", refs, fake_encoder).ensure().facts) == 20


def test_added_facts_survive_rebuild_and_reach_other_managers(tmp_path: Path, refs: Path,
                                                               fake_encoder: FakeEncoder) -> None:
    one = StoreManager(tmp_path / "data", refs, fake_encoder)
    two = StoreManager(tmp_path / "data", refs, fake_encoder, refresh_interval=0)
    one.ensure()
    assert len(two.current().facts) == 20
    one.add_facts([Fact(id="added", text="A reviewer approved this.", source="review")])
    assert two.current().get("added") is not None  # another process sees the new version
    with pytest.raises(StoreError):
        one.add_facts([Fact(id="added", text="again", source="review")])
    rebuilt = StoreManager(tmp_path / "data", refs, fake_encoder).ensure(force=True)
    assert rebuilt.get("added") is not None and len(rebuilt.facts) == 21


def test_vectors_round_trip(tmp_path: Path, refs: Path, fake_encoder: FakeEncoder) -> None:
    store = StoreManager(tmp_path / "data", refs, fake_encoder).ensure()
    assert np.allclose(store.vectors()[0], fake_encoder.encode([store.facts[0].text])[0], atol=1e-6)
