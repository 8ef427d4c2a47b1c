"""The version folders of one store on disk, the ``CURRENT`` pointer to the newest, and the writer lock.

Each version is a folder ``v-<n>/`` (index.faiss, facts.jsonl, manifest.json, and delta files when it
appends to its parent), each file written atomically; only then is ``CURRENT`` replaced, so a reader
follows the pointer to a whole version. This module writes and reads; what to publish is decided by
:class:`checker.publish.StoreManager`.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import logging
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from .domain import Fact
from .durable import write_atomic
from .errors import CheckerError, StorageFull, StoreError
from .store import FactStore
from .storedelta import delta_files, facts_jsonl

log = logging.getLogger(__name__)
KEEP_VERSIONS = 3
PointerStat = tuple[int, int, int]


class VersionFolders:
    """``root/v-<n>/`` folders plus ``root/CURRENT``; several processes share them under :meth:`exclusive`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read_pointer(self) -> str | None:
        """The name of the published version, or None before the first publish."""
        try:
            return (self.root / "CURRENT").read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def stat_pointer(self) -> PointerStat | None:
        """Identity of the pointer file: every publish renames a new file over it, so the inode changes."""
        try:
            st = os.stat(self.root / "CURRENT")
        except FileNotFoundError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def read(self, pointer: str | None) -> FactStore | None:
        """The version ``pointer`` names, or None if there is none or it is unusable (the caller rebuilds)."""
        if not pointer:
            return None
        try:
            return FactStore.read(self.root / pointer)
        except (OSError, ValueError, StoreError, RuntimeError) as exc:
            log.warning("store version %s is unusable (%s); rebuilding", pointer, exc)
            return None

    def publish(self, store: FactStore, *, parent: str = "",
                delta: tuple[Sequence[Fact], np.ndarray] | None = None) -> str:
        """Write a new version folder (with the appended facts as a delta if any), then swing the pointer.

        :raises StorageFull: the disk filled up; the half-written folder is removed and the pointer unchanged.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        number = 1 + max((int(p.name[2:]) for p in self.root.glob("v-*") if p.name[2:].isdigit()), default=0)
        name = f"v-{number}"
        folder = self.root / name
        try:
            folder.mkdir()
            self._write_version(folder, store, parent, delta)
        except (OSError, CheckerError) as exc:
            shutil.rmtree(folder, ignore_errors=True)  # a half-written version would only hold disk space
            if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:  # e.g. mkdir on a full disk
                raise StorageFull("no space left to publish the store") from None
            raise
        write_atomic(self.root / "CURRENT", name.encode())
        self._prune(keep=name)
        return name

    @staticmethod
    def _write_version(folder: Path, store: FactStore, parent: str,
                       delta: tuple[Sequence[Fact], np.ndarray] | None) -> None:
        """The files of one version; the manifest last, so it names only files already on disk."""
        data = store.index_bytes()  # in memory, so a full disk is an OSError (ENOSPC), not a FAISS error
        write_atomic(folder / "index.faiss", data)
        write_atomic(folder / "facts.jsonl", facts_jsonl(store.facts))
        for file_name, blob in (delta_files(*delta) if delta is not None else {}).items():
            write_atomic(folder / file_name, blob)
        manifest = store.manifest(hashlib.sha256(data).hexdigest(), parent=parent if delta is not None else "")
        write_atomic(folder / "manifest.json", manifest.to_json().encode("utf-8"))

    def _prune(self, keep: str) -> None:
        """Keep the newest KEEP_VERSIONS folders (readers may still be loading one) and clear stale temp files."""
        versions = sorted((p for p in self.root.glob("v-*") if p.name[2:].isdigit()), key=lambda p: int(p.name[2:]))
        for old in versions[:-KEEP_VERSIONS]:
            if old.name != keep:
                shutil.rmtree(old, ignore_errors=True)
        for stale in self.root.glob(".*.tmp"):  # left by a killed writer; we hold the lock, so none is live
            stale.unlink(missing_ok=True)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """The writer lock (``fcntl`` on ``root/.lock``): one process at a time reads-modifies-publishes."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
