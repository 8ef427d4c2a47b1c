"""The append-only journal of facts added at run time (``store/added.jsonl``).

The journal, not the published index, is the record of what was added: a rebuild from the reference files
re-reads it, and a fact journaled by a writer that died before publishing is published on the next start.
"""

from __future__ import annotations

import errno
import json
import logging
import os
from pathlib import Path
from typing import Sequence

from .domain import Fact
from .durable import drop_torn_tail
from .errors import StorageFull
from .storedelta import facts_jsonl

log = logging.getLogger(__name__)


class FactJournal:
    """Reads, appends to and (after a failed publish) truncates one journal file; the caller holds the lock."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> list[Fact]:
        """Every readable fact, in order; a torn last line (a crash mid-append) is skipped."""
        if not self.path.exists():
            return []
        facts = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                facts.append(Fact(**json.loads(line)))
            except (ValueError, TypeError):  # a torn last line from a crash mid-append
                log.warning("skipping an unreadable line in %s", self.path)
        return facts

    def append(self, facts: Sequence[Fact]) -> int:
        """Append and fsync; returns the offset the new records start at.

        :raises StorageFull: the disk is full (nothing was journaled that a reader would trust).
        """
        data = facts_jsonl(facts)
        try:
            with open(self.path, "a+b") as handle:
                offset = drop_torn_tail(handle)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise StorageFull("no space left to record the new facts") from None
            raise
        return offset

    def truncate(self, offset: int) -> None:
        """Drop what was appended from ``offset`` on: the caller was told the add failed."""
        with open(self.path, "r+b") as handle:
            handle.truncate(offset)
            os.fsync(handle.fileno())
