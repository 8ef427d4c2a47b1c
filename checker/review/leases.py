"""Leases: claim an item (or the most urgent one), renew, release. Expired leases return items lazily."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, select

from ..errors import Conflict
from .base import QueueBase, held_by, items
from .db import writing
from .records import CLAIMED, OPEN, ReviewItem, User


class LeaseOps(QueueBase):
    @property
    def lease(self) -> timedelta:
        return timedelta(minutes=self.settings.lease_minutes)

    def claim(self, item_id: int, user: User) -> ReviewItem:
        """Take item ``item_id`` for ``lease`` minutes; 409 if someone holds it or it is decided."""
        self.expire_leases()
        with writing(self.engine) as conn:
            self._claim_in(conn, item_id, user)
        return self._read_item(item_id)

    def claim_next(self, user: User, reason: str | None = None) -> ReviewItem | None:
        """Claim the open item of highest priority (optionally of one reason code), or None if there is none.

        This is the one place where a backend's row locking matters: the candidate is selected with
        ``FOR UPDATE SKIP LOCKED`` (rendered on PostgreSQL, empty on SQLite, where BEGIN IMMEDIATE already
        serialises writers), and the conditional UPDATE in :meth:`_transition` settles any remaining race.
        """
        self.expire_leases()
        for _attempt in range(5):
            with writing(self.engine) as conn:
                item_id = self._candidate(conn, reason)
                if item_id is None:
                    return None
                try:
                    self._claim_in(conn, item_id, user)
                except Conflict:
                    continue  # taken between our select and update on a backend without row locks
            return self._read_item(item_id)
        return None

    def _candidate(self, conn: Connection, reason: str | None) -> int | None:
        query = select(items.c.id).where(items.c.status == OPEN)
        if reason:
            query = query.where(items.c.reason_code == reason)
        query = query.order_by(items.c.priority.desc(), items.c.id).limit(1).with_for_update(skip_locked=True)
        return conn.execute(query).scalar()

    def _claim_in(self, conn: Connection, item_id: int, user: User) -> dict[str, Any]:
        now = self.clock.now()
        return self._transition(conn, item_id, user, "claim", [items.c.status == OPEN],
                                {"status": CLAIMED, "assignee": user.name, "lease_expires": now + self.lease})

    def renew(self, item_id: int, user: User) -> ReviewItem:
        """Extend the caller's live lease by ``lease`` minutes from now; 409 if it is not theirs or ran out."""
        with writing(self.engine) as conn:
            now = self.clock.now()
            row = self._transition(conn, item_id, user, "renew", held_by(user, now),
                                   {"lease_expires": now + self.lease})
        return self._read_item(row["id"])

    def release(self, item_id: int, user: User) -> ReviewItem:
        """Give the item back to the queue undecided."""
        with writing(self.engine) as conn:
            row = self._transition(conn, item_id, user, "release", held_by(user, self.clock.now()),
                                   {"status": OPEN, "assignee": None, "lease_expires": None})
        return self._read_item(row["id"])
