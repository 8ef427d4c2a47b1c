"""Publishing store versions on disk so that a crash never leaves a broken index.

Each version is a folder ``store/v-<n>/`` (index.faiss, facts.jsonl, manifest.json), each file written to a
temp name, fsynced and renamed; then the one-line pointer ``store/CURRENT`` is replaced the same way. Readers
follow the pointer, so they see the old version or the new one, never half of one. Writers take an
``fcntl`` lock, so several worker processes can add facts without losing each other's.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import logging
import os
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from .domain import Fact
from .embedding import Encoder
from .durable import drop_torn_tail
from .errors import CheckerError, StorageFull, StoreError
from .references import fingerprint, load_facts
from .store import FactStore

log = logging.getLogger(__name__)
KEEP_VERSIONS = 3


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a fsynced temp file and a rename; ENOSPC becomes StorageFull."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise StorageFull(f"no space left to write {path.name}") from None
        raise


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class StoreManager:
    """Owns the on-disk store of one data folder and hands out the current in-memory version."""

    def __init__(self, data_dir: str | Path, reference_path: str | Path, encoder: Encoder) -> None:
        self.root = Path(data_dir) / "store"
        self.reference_path = Path(reference_path)
        self.encoder = encoder
        self._store: FactStore | None = None
        self._loaded_pointer: str | None = None
        self._lock = threading.Lock()

    def current(self) -> FactStore:
        """The newest published version, reloaded if another process published since (one small read)."""
        pointer = self._read_pointer()
        store = self._store
        if store is not None and pointer == self._loaded_pointer:
            return store
        with self._lock:  # one thread reloads; the others wait and reuse its result
            if self._store is not None and pointer == self._loaded_pointer:
                return self._store
            loaded = self._try_read(pointer)
            if loaded is None:
                return self.ensure()
            self._store, self._loaded_pointer = loaded, pointer
            return loaded

    def ensure(self, *, force: bool = False) -> FactStore:
        """Load the published store, rebuilding it if the reference files or model changed, or ``force``."""
        with self._exclusive():
            pointer = self._read_pointer()
            store = None if force else self._try_read(pointer)
            if store is None or store.source_hash != fingerprint(self.reference_path) \
                    or store.model != self.encoder.name:
                log.info("building the reference store from %s", self.reference_path)
                store = self._build_from_reference()
                pointer = self._publish(store)
            else:
                store, pointer = self._publish_journaled(store, pointer)
        self._store, self._loaded_pointer = store, pointer
        return store

    def _publish_journaled(self, store: FactStore, pointer: str | None) -> tuple[FactStore, str | None]:
        """Publish facts journaled by a process that died before its own publish: the journal is the truth."""
        unpublished = [f for f in self.added_facts() if store.get(f.id) is None]
        if not unpublished:
            return store, pointer
        store.add(unpublished, self.encoder.encode([f.text for f in unpublished]))
        try:
            return store, self._publish(store)
        except StorageFull:  # start anyway on what is published; the next start retries
            log.warning("no space to publish %d journaled facts; serving the published store", len(unpublished))
            return self._try_read(pointer) or store, pointer

    def add_facts(self, facts: Sequence[Fact]) -> FactStore:
        """Add facts to the newest version and publish; visible to every process on its next check."""
        vectors = self.encoder.encode([f.text for f in facts])
        with self._exclusive():
            store = self._try_read(self._read_pointer()) or self._build_from_reference()
            store.add(facts, vectors)  # raises on a duplicate id before anything is written
            offset = self._append_journal(facts)
            try:
                pointer = self._publish(store)
            except Exception:  # e.g. a full disk: the caller hears "not added", so un-journal it
                self._truncate_journal(offset)
                raise
        self._store, self._loaded_pointer = store, pointer
        return store

    def _build_from_reference(self) -> FactStore:
        """Reference files plus every fact added at run time (the journal), so a rebuild loses none."""
        source_hash = fingerprint(self.reference_path)
        facts = load_facts(self.reference_path)
        known = {f.id for f in facts}
        for fact in self.added_facts():  # a retried add after a crash may have journaled an id twice
            if fact.id not in known:
                known.add(fact.id)
                facts.append(fact)
        return FactStore.build(facts, self.encoder, source_hash=source_hash)

    def added_facts(self) -> list[Fact]:
        """Facts added at run time, from the append-only journal."""
        journal = self.root / "added.jsonl"
        if not journal.exists():
            return []
        lines = journal.read_text(encoding="utf-8").splitlines()
        facts = []
        for line in lines:
            try:
                facts.append(Fact(**json.loads(line)))
            except (ValueError, TypeError):  # a torn last line from a crash mid-append
                log.warning("skipping an unreadable line in %s", journal)
        return facts

    def _append_journal(self, facts: Sequence[Fact]) -> int:
        """Append and fsync; returns the offset the new records start at."""
        data = "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in facts).encode("utf-8")
        try:
            with open(self.root / "added.jsonl", "a+b") as handle:
                offset = drop_torn_tail(handle)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise StorageFull("no space left to record the new facts") from None
            raise
        return offset

    def _truncate_journal(self, offset: int) -> None:
        with open(self.root / "added.jsonl", "r+b") as handle:
            handle.truncate(offset)
            os.fsync(handle.fileno())

    def _try_read(self, pointer: str | None) -> FactStore | None:
        if not pointer:
            return None
        try:
            return FactStore.read(self.root / pointer)
        except (OSError, ValueError, StoreError, RuntimeError) as exc:
            log.warning("store version %s is unusable (%s); rebuilding", pointer, exc)
            return None

    def _read_pointer(self) -> str | None:
        try:
            return (self.root / "CURRENT").read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def _publish(self, store: FactStore) -> str:
        """Write a new version folder, then swing the pointer to it."""
        self.root.mkdir(parents=True, exist_ok=True)
        number = 1 + max((int(p.name[2:]) for p in self.root.glob("v-*") if p.name[2:].isdigit()), default=0)
        name = f"v-{number}"
        folder = self.root / name
        try:
            folder.mkdir()
            data = store.index_bytes()  # in memory, so a full disk is an OSError (ENOSPC), not a FAISS error
            write_atomic(folder / "index.faiss", data)
            facts = "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in store.facts)
            write_atomic(folder / "facts.jsonl", facts.encode("utf-8"))
            manifest = store.manifest(hashlib.sha256(data).hexdigest())
            write_atomic(folder / "manifest.json", manifest.to_json().encode("utf-8"))
        except (OSError, CheckerError) as exc:
            shutil.rmtree(folder, ignore_errors=True)  # a half-written version would only hold disk space
            if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:  # e.g. mkdir on a full disk
                raise StorageFull("no space left to publish the store") from None
            raise
        write_atomic(self.root / "CURRENT", name.encode())
        self._prune(keep=name)
        return name

    def _prune(self, keep: str) -> None:
        versions = sorted((p for p in self.root.glob("v-*") if p.name[2:].isdigit()), key=lambda p: int(p.name[2:]))
        for old in versions[:-KEEP_VERSIONS]:
            if old.name != keep:
                shutil.rmtree(old, ignore_errors=True)
        for stale in self.root.glob(".*.tmp"):  # left by a killed writer; we hold the lock, so none is live
            stale.unlink(missing_ok=True)

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
