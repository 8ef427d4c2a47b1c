"""Files that survive a crash: whole files replaced atomically, append-only journals cut at a torn tail."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path
from typing import BinaryIO

from .errors import StorageFull

log = logging.getLogger(__name__)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a fsynced temp file and a rename; ENOSPC becomes StorageFull.

    Readers see the old file or the new one, never half of one, even if the process dies mid-write.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise StorageFull(f"no space left to write {path.name}") from None
        raise


def fsync_dir(directory: Path) -> None:
    """Flush a folder's entries, so a rename into it survives a power loss."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def drop_torn_tail(handle: BinaryIO) -> int:
    """Cut a last line that lacks its newline (a crash mid-append, never acknowledged); return the new end.

    Without this the next record would be glued onto the torn one and both would be unreadable.
    """
    end = handle.seek(0, os.SEEK_END)
    cut = end
    while cut > 0:
        start = max(0, cut - 65536)
        handle.seek(start)
        newline = handle.read(cut - start).rfind(b"\n")
        if newline >= 0:
            cut = start + newline + 1
            break
        cut = start
    if cut != end:
        log.warning("dropping a torn last line of the journal (%d bytes)", end - cut)
        handle.truncate(cut)
    handle.seek(0, os.SEEK_END)
    return cut
