"""Append-only journal files that survive a crash mid-append."""

from __future__ import annotations

import logging
import os
from typing import BinaryIO

log = logging.getLogger(__name__)


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
