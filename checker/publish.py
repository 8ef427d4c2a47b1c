"""Publishing store versions on disk so that a crash never leaves a broken index.

:class:`StoreManager` decides what to publish and when to reload: a rebuild when the reference files or the
model changed, an append (shipped as a delta) when facts are added at run time, the journal's facts after a
crash. How versions are written and the pointer swung is :mod:`checker.versions`; the journal is
:mod:`checker.journal`. Readers follow the pointer, so they see the old version or the new one, never half
of one. Writers take an ``fcntl`` lock, so several worker processes can add facts without losing each other's.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Sequence

from .domain import Fact
from .durable import write_atomic
from .embedding import Encoder
from .errors import StorageFull, StoreError
from .indexes import EXACT_LIMIT, params_for
from .journal import FactJournal
from .references import fingerprint, load_facts
from .store import FactStore
from .storedelta import apply_delta
from .versions import PointerStat, VersionFolders

log = logging.getLogger(__name__)
REFRESH_INTERVAL = 0.2  # seconds between checks of the pointer: a new version reaches every worker in < 1 s

# write_atomic lives in durable; re-exported because callers long imported it from here
__all__ = ["REFRESH_INTERVAL", "StoreManager", "write_atomic"]


class StoreManager:
    """Owns the on-disk store of one data folder and hands out the current in-memory version."""

    def __init__(self, data_dir: str | Path, reference_path: str | Path, encoder: Encoder, *,
                 refresh_interval: float = REFRESH_INTERVAL, exact_limit: int = EXACT_LIMIT) -> None:
        self.root = Path(data_dir) / "store"
        self.reference_path = Path(reference_path)
        self.encoder = encoder
        self.refresh_interval = refresh_interval
        self.exact_limit = exact_limit
        self.versions = VersionFolders(self.root)
        self.journal = FactJournal(self.root / "added.jsonl")
        self._store: FactStore | None = None
        self._loaded_pointer: str | None = None
        self._pointer_stat: PointerStat | None = None
        self._checked_at = float("-inf")
        self._lock = threading.Lock()

    def current(self) -> FactStore:
        """The newest published version. At most every ``refresh_interval`` s one ``stat`` of the pointer;
        only when it changed is it read, and a version that appends to ours is applied as a delta."""
        store, now = self._store, time.monotonic()
        if store is not None and now - self._checked_at < self.refresh_interval:
            return store
        self._checked_at = now
        stat = self.versions.stat_pointer()
        if store is not None and stat is not None and stat == self._pointer_stat:
            return store
        with self._lock:  # one thread reloads; the others wait and reuse its result
            pointer = self.versions.read_pointer()
            if self._store is not None and pointer == self._loaded_pointer:
                self._pointer_stat = stat
                return self._store
            loaded = self._follow(pointer)
            if loaded is None:
                return self.ensure()
            self._remember(loaded, pointer, stat)
            return loaded

    def ensure(self, *, force: bool = False) -> FactStore:
        """Load the published store, rebuilding it if the reference files or model changed, or ``force``."""
        with self.versions.exclusive():
            pointer = self.versions.read_pointer()
            store = None if force else self.versions.read(pointer)
            if store is None or store.source_hash != fingerprint(self.reference_path) \
                    or store.model != self.encoder.name:
                log.info("building the reference store from %s", self.reference_path)
                store = self._build_from_reference()
                pointer = self.versions.publish(store)
            else:
                store, pointer = self._publish_journaled(store, pointer)
            self._remember(store, pointer, self.versions.stat_pointer())
        return store

    def _publish_journaled(self, store: FactStore, pointer: str | None) -> tuple[FactStore, str | None]:
        """Publish facts journaled by a process that died before its own publish: the journal is the truth."""
        unpublished = [f for f in self.added_facts() if store.get(f.id) is None]
        if not unpublished:
            return store, pointer
        store.add(unpublished, self.encoder.encode([f.text for f in unpublished]))
        try:
            return store, self.versions.publish(store)
        except StorageFull:  # start anyway on what is published; the next start retries
            log.warning("no space to publish %d journaled facts; serving the published store", len(unpublished))
            return self.versions.read(pointer) or store, pointer

    def add_facts(self, facts: Sequence[Fact]) -> FactStore:
        """Append facts to the newest version and publish; no re-encoding of the store, and other processes
        apply the same append (a delta) instead of reloading. Visible everywhere within ``refresh_interval``."""
        vectors = self.encoder.encode([f.text for f in facts])
        with self._lock, self.versions.exclusive():  # same order as current(): no deadlock between the two
            pointer = self.versions.read_pointer()
            store = self._store if pointer and pointer == self._loaded_pointer else self._follow(pointer)
            store = store or self._build_from_reference()
            parent = store.version
            store.add(facts, vectors)  # raises on a duplicate id before anything is written
            offset = -1
            try:
                if store.params.kind == "flat" and len(store.facts) > self.exact_limit:
                    store.reindex(params_for(len(store.facts), self.exact_limit))
                offset = self.journal.append(facts)
                pointer = self.versions.publish(store, parent=parent, delta=(facts, vectors))
            except BaseException:
                if offset >= 0:  # e.g. a full disk: the caller hears "not added", so un-journal it
                    self.journal.truncate(offset)
                self._store = self._loaded_pointer = None  # memory is ahead of disk: reload on next use
                raise
            self._remember(store, pointer, self.versions.stat_pointer())
        return store

    def added_facts(self) -> list[Fact]:
        """Facts added at run time, from the append-only journal."""
        return self.journal.read()

    def _remember(self, store: FactStore, pointer: str | None, stat: PointerStat | None) -> None:
        self._store, self._loaded_pointer, self._pointer_stat = store, pointer, stat
        self._checked_at = time.monotonic()

    def _follow(self, pointer: str | None) -> FactStore | None:
        """The version ``pointer`` names: our store plus its delta when it extends ours, else a full read."""
        store = self._store
        if store is not None and pointer:
            try:
                if apply_delta(store, self.root / pointer):
                    return store
            except (OSError, ValueError, StoreError) as exc:
                log.warning("delta of %s unusable (%s); reading it whole", pointer, exc)
                self._store = self._loaded_pointer = None  # our copy may be half-applied
        return self.versions.read(pointer)

    def _build_from_reference(self) -> FactStore:
        """Reference files plus every fact added at run time (the journal), so a rebuild loses none."""
        source_hash = fingerprint(self.reference_path)
        facts = load_facts(self.reference_path)
        known = {f.id for f in facts}
        for fact in self.added_facts():  # a retried add after a crash may have journaled an id twice
            if fact.id not in known:
                known.add(fact.id)
                facts.append(fact)
        return FactStore.build(facts, self.encoder, source_hash=source_hash,
                               params=params_for(len(facts), self.exact_limit))
