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
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from .domain import Fact
from .embedding import Encoder
from .durable import drop_torn_tail
from .errors import CheckerError, StorageFull, StoreError
from .references import fingerprint, load_facts
from .indexes import EXACT_LIMIT, params_for
from .store import FactStore
from .storedelta import apply_delta, delta_files, facts_jsonl

log = logging.getLogger(__name__)
KEEP_VERSIONS = 3
REFRESH_INTERVAL = 0.2  # seconds between checks of the pointer: a new version reaches every worker in < 1 s


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

    def __init__(self, data_dir: str | Path, reference_path: str | Path, encoder: Encoder, *,
                 refresh_interval: float = REFRESH_INTERVAL, exact_limit: int = EXACT_LIMIT) -> None:
        self.root = Path(data_dir) / "store"
        self.reference_path = Path(reference_path)
        self.encoder = encoder
        self.refresh_interval = refresh_interval
        self.exact_limit = exact_limit
        self._store: FactStore | None = None
        self._loaded_pointer: str | None = None
        self._pointer_stat: tuple[int, int, int] | None = None
        self._checked_at = float("-inf")
        self._lock = threading.Lock()

    def current(self) -> FactStore:
        """The newest published version. At most every ``refresh_interval`` s one ``stat`` of the pointer;
        only when it changed is it read, and a version that appends to ours is applied as a delta."""
        store, now = self._store, time.monotonic()
        if store is not None and now - self._checked_at < self.refresh_interval:
            return store
        self._checked_at = now
        stat = self._stat_pointer()
        if store is not None and stat is not None and stat == self._pointer_stat:
            return store
        with self._lock:  # one thread reloads; the others wait and reuse its result
            pointer = self._read_pointer()
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
            self._remember(store, pointer, self._stat_pointer())
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
        """Append facts to the newest version and publish; no re-encoding of the store, and other processes
        apply the same append (a delta) instead of reloading. Visible everywhere within ``refresh_interval``."""
        vectors = self.encoder.encode([f.text for f in facts])
        with self._lock, self._exclusive():  # same order as current(): no deadlock between the two
            pointer = self._read_pointer()
            store = self._store if pointer and pointer == self._loaded_pointer else self._follow(pointer)
            store = store or self._build_from_reference()
            parent = store.version
            store.add(facts, vectors)  # raises on a duplicate id before anything is written
            offset = -1
            try:
                if store.params.kind == "flat" and len(store.facts) > self.exact_limit:
                    store.reindex(params_for(len(store.facts), self.exact_limit))
                offset = self._append_journal(facts)
                pointer = self._publish(store, parent=parent, delta=(facts, vectors))
            except BaseException:
                if offset >= 0:  # e.g. a full disk: the caller hears "not added", so un-journal it
                    self._truncate_journal(offset)
                self._store = self._loaded_pointer = None  # memory is ahead of disk: reload on next use
                raise
            self._remember(store, pointer, self._stat_pointer())
        return store

    def _remember(self, store: FactStore, pointer: str | None, stat: tuple[int, int, int] | None) -> None:
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
        return self._try_read(pointer)

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

    def _stat_pointer(self) -> tuple[int, int, int] | None:
        """Identity of the pointer file: every publish renames a new file over it, so the inode changes."""
        try:
            st = os.stat(self.root / "CURRENT")
        except FileNotFoundError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def _publish(self, store: FactStore, *, parent: str = "",
                 delta: tuple[Sequence[Fact], np.ndarray] | None = None) -> str:
        """Write a new version folder (with the appended facts as a delta if any), then swing the pointer."""
        self.root.mkdir(parents=True, exist_ok=True)
        number = 1 + max((int(p.name[2:]) for p in self.root.glob("v-*") if p.name[2:].isdigit()), default=0)
        name = f"v-{number}"
        folder = self.root / name
        try:
            folder.mkdir()
            data = store.index_bytes()  # in memory, so a full disk is an OSError (ENOSPC), not a FAISS error
            write_atomic(folder / "index.faiss", data)
            write_atomic(folder / "facts.jsonl", facts_jsonl(store.facts))
            for file_name, blob in (delta_files(*delta) if delta is not None else {}).items():
                write_atomic(folder / file_name, blob)
            manifest = store.manifest(hashlib.sha256(data).hexdigest(), parent=parent if delta is not None else "")
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
