"""The reviewer queue: one service over the review database, the encoder and the reference store.

States: ``open`` → ``claimed`` (a lease; renew, release, or let it expire) → ``decided``; an admin may
reopen. Every transition is a conditional UPDATE plus an audit row in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import Connection, func, insert, select

from ..domain import CheckResult, ClaimResult
from ..errors import InvalidInput
from . import schema as s
from .base import SYSTEM, items
from .db import reading, writing
from .deciding import DecisionOps
from .intake import (Article, Queued, Waiting, closest, join, new_item_values, occurrence_row, save_counts, to_review,
                     values_key, waiting_items)
from .leases import LeaseOps
from .records import STATUSES, AuditEntry, ReviewItem, snapshot

MAX_PAGE = 500


@dataclass(frozen=True)
class Board:
    items: list[ReviewItem]
    counts: dict[str, int]
    now: datetime


@dataclass(frozen=True)
class Dossier:
    item: ReviewItem
    history: list[AuditEntry]
    now: datetime


class ReviewQueue(LeaseOps, DecisionOps):
    """Queue, leases and decisions; construct with (engine, encoder, StoreManager, settings, clock)."""

    def enqueue(self, result: CheckResult, article: Article | None = None) -> list[Queued]:
        """Queue every ``needs_review`` claim of ``result``; a claim already waiting joins its item.

        One short write transaction of a few statements whatever the number of claims (one query finds the
        items they may join; counts, audit rows and occurrences are written in bulk): concurrent checks queue
        behind it, so its length is their wait.
        """
        todo = to_review(result)
        if not todo:
            return []
        vectors = self.encoder.encode([r.claim.standalone or r.claim.text for _, r in todo])
        keys = [values_key(r.claim.values) for _, r in todo]
        queued, joined, audits, seen = [], {}, [], []
        with writing(self.engine) as conn:
            now = self.clock.now()
            pool = waiting_items(conn, set(keys))
            for (index, claim_result), vector, key in zip(todo, vectors, keys):
                item = closest(pool[key], vector, self.settings.same_claim_threshold)
                if item is None:
                    item_id = self._create(conn, pool[key], claim_result, vector, key, now)
                else:
                    item_id, joined[item.item_id] = item.item_id, item
                    audits.append(self._audit_row(item_id, SYSTEM, "join", *join(item)))
                queued.append(Queued(index, item_id, item is not None))
                seen.append(occurrence_row(item_id, claim_result, result.text, result.published, article, now))
            save_counts(conn, list(joined.values()), now)
            conn.execute(insert(s.occurrences), seen)
            if audits:
                conn.execute(insert(s.audit), audits)
        for created in {q.item_id for q in queued if not q.joined} if self.notifier else ():
            self._notify("item.created", self.get(created))
        return queued

    def _create(self, conn: Connection, pool: list[Waiting], claim_result: ClaimResult, vector: np.ndarray,
                key: str, now: datetime) -> int:
        """A new item for a claim nothing waiting matches, audited as ``create``; later claims of the same check
        may join it, so it joins ``pool``."""
        values = new_item_values(claim_result, vector, key, now)
        item_id = conn.execute(items.insert().values(**values)).inserted_primary_key[0]
        row = conn.execute(select(items).where(items.c.id == item_id)).mappings().one()
        self._audit(conn, item_id, SYSTEM, "create", None, snapshot(row))
        pool.append(Waiting(item_id, np.asarray(vector, dtype=np.float32), 1, values["worthiness"], values["priority"]))
        return int(item_id)

    def list_items(self, status: str | None = None, reason: str | None = None, assignee: str | None = None,
                   limit: int = 100, offset: int = 0) -> list[ReviewItem]:
        """Items by filter, most urgent first (open ones by priority, then oldest)."""
        if status is not None and status not in STATUSES:
            raise InvalidInput(f"'status' must be one of {', '.join(STATUSES)}", code="invalid_status")
        if not 1 <= limit <= MAX_PAGE or offset < 0:
            raise InvalidInput(f"'limit' must be 1..{MAX_PAGE} and 'offset' not negative", code="invalid_limit")
        self.expire_leases()
        query = select(items)
        for column, wanted in ((items.c.status, status), (items.c.reason_code, reason),
                               (items.c.assignee, assignee)):
            if wanted:
                query = query.where(column == wanted)
        query = query.order_by(items.c.priority.desc(), items.c.id).limit(limit).offset(offset)
        with reading(self.engine) as conn:
            return [ReviewItem.from_row(r) for r in conn.execute(query).mappings()]

    def board(self, **filters: Any) -> Board:
        """What the queue page and list endpoint show: filtered items, counts per state, and now."""
        return Board(self.list_items(**filters), self.counts(), self.clock.now())

    def dossier(self, item_id: int) -> Dossier:
        """What the item page shows: the item and its audit trail, and now."""
        return Dossier(self.get(item_id), self.history(item_id), self.clock.now())

    def counts(self) -> dict[str, int]:
        """How many items are in each state."""
        with reading(self.engine) as conn:
            rows = conn.execute(select(items.c.status, func.count()).group_by(items.c.status)).all()
        return {status: 0 for status in STATUSES} | {status: n for status, n in rows}

    def get(self, item_id: int) -> ReviewItem:
        """One item with its occurrences and decisions (leases that ran out are returned first)."""
        self.expire_leases()
        return self._read_item(item_id)

    def history(self, item_id: int) -> list[AuditEntry]:
        """The audit trail of one item, oldest first."""
        self.get(item_id)  # 404 for an unknown item
        with reading(self.engine) as conn:
            rows = conn.execute(select(s.audit).where(s.audit.c.item_id == item_id).order_by(s.audit.c.id))
            return [AuditEntry(r.actor, r.action, r.at, r.before_json, r.after_json) for r in rows]

    def decided(self, limit: int = 1000) -> list[ReviewItem]:
        """Decided items with their occurrences, oldest first, for export."""
        query = select(items.c.id).where(items.c.status == "decided").order_by(items.c.id).limit(limit)
        with reading(self.engine) as conn:
            ids = conn.execute(query).scalars().all()
        return [self.get(i) for i in ids]
