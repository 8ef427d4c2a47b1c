"""Store versions that append to their parent carry the appended facts as a delta.

A worker holding the parent in memory adds the delta's vectors to its index instead of reading the whole
new version (at a million facts a full read takes seconds; a delta takes milliseconds), which is what lets
every worker see a fact added by another within a second. The full files are still written, so a cold
start or a worker that missed a version reads the new version whole.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Sequence

import numpy as np

from .domain import Fact
from .errors import StoreError
from .store import FactStore, Manifest, read_facts

DELTA_FACTS, DELTA_VECTORS = "delta.jsonl", "delta.npy"


def facts_jsonl(facts: Sequence[Fact]) -> bytes:
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in facts).encode("utf-8")


def delta_files(facts: Sequence[Fact], vectors: np.ndarray) -> dict[str, bytes]:
    """File name → bytes of the delta, for the publisher to write atomically."""
    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(vectors, dtype=np.float32), allow_pickle=False)
    return {DELTA_FACTS: facts_jsonl(facts), DELTA_VECTORS: buffer.getvalue()}


def apply_delta(store: FactStore, folder: Path) -> bool:
    """Append ``folder``'s delta to ``store`` if that version extends exactly this one; False if it doesn't.

    :raises StoreError: the delta does not produce the version its manifest names (``store`` is then
        modified and must be discarded).
    """
    manifest = Manifest.from_json((folder / "manifest.json").read_text(encoding="utf-8"))
    if not manifest.parent or manifest.parent != store.version or not (folder / DELTA_FACTS).exists():
        return False
    facts = read_facts(folder / DELTA_FACTS)
    vectors = np.load(folder / DELTA_VECTORS, allow_pickle=False)
    if len(facts) != len(vectors) or len(store.facts) + len(facts) != manifest.facts:
        raise StoreError(f"{folder}: delta does not fit its parent")
    store.add(facts, vectors)
    if store.version != manifest.version:
        raise StoreError(f"{folder}: delta gave version {store.version}, manifest says {manifest.version}")
    return True
