"""Shared machinery of the queue: the one conditional-transition helper, audit rows, lazy lease expiry."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping, Sequence

from sqlalchemy import ColumnElement, Connection, Engine, insert, select, update

from ..errors import Conflict, NotFound
from ..publish import StoreManager
from ..settings import Settings
from . import schema as s
from .clock import Clock, SystemClock
from .db import reading, writing
from .records import CLAIMED, DECIDED, OPEN, Decision, Occurrence, ReviewItem, User, iso, snapshot
from .webhooks import WebhookNotifier

SYSTEM = "system"
items = s.review_items


class QueueBase:
    """Dependencies and helpers; every transition goes through :meth:`_transition` inside one transaction."""

    def __init__(self, engine: Engine, encoder: Any, stores: StoreManager | None, settings: Settings,
                 clock: Clock | None = None) -> None:
        self.engine = engine
        self.encoder = encoder
        self.stores = stores
        self.settings = settings
        self.clock = clock or SystemClock()
        self.notifier: WebhookNotifier | None = None  # set by whoever configures webhooks

    def _notify(self, event: str, item: ReviewItem) -> None:
        """Tell webhook receivers, after the commit; queued in the background, so it never blocks."""
        if self.notifier is not None:
            self.notifier.notify(event, {"item": item.to_dict()})

    def _transition(self, conn: Connection, item_id: int, actor: User | str, action: str,
                    conditions: Sequence[ColumnElement[bool]], values: dict[str, Any]) -> dict[str, Any]:
        """Conditionally update one item and audit it; a failed condition becomes NotFound or Conflict.

        The row is read ``FOR UPDATE`` (a no-op on SQLite, where BEGIN IMMEDIATE already serialises writers)
        and the UPDATE repeats the condition, so two people can never both move the same item.
        """
        now = self.clock.now()
        before = self._locked_row(conn, item_id)
        result = conn.execute(update(items).where(items.c.id == item_id, *conditions).values(**values, updated=now))
        if result.rowcount != 1:
            raise Conflict(conflict_message(before, actor, now), code="conflict")
        after = conn.execute(select(items).where(items.c.id == item_id)).mappings().one()
        self._audit(conn, item_id, actor, action, snapshot(before), snapshot(after))
        return dict(after)

    def _read_item(self, item_id: int) -> ReviewItem:
        """The item with its occurrences and decisions, as it is now (what every operation answers)."""
        with reading(self.engine) as conn:
            row = conn.execute(select(items).where(items.c.id == item_id)).mappings().first()
            if row is None:
                raise NotFound(f"no review item {item_id}")
            occ = conn.execute(select(s.occurrences).where(s.occurrences.c.item_id == item_id)
                               .order_by(s.occurrences.c.id)).mappings()
            dec = conn.execute(select(s.decisions).where(s.decisions.c.item_id == item_id)
                               .order_by(s.decisions.c.id)).mappings()
            return ReviewItem.from_row(row, tuple(map(occurrence, occ)), tuple(map(decision, dec)))

    def _locked_row(self, conn: Connection, item_id: int) -> dict[str, Any]:
        row = conn.execute(select(items).where(items.c.id == item_id).with_for_update()).mappings().first()
        if row is None:
            raise NotFound(f"no review item {item_id}", code="not_found")
        return dict(row)

    def _audit(self, conn: Connection, item_id: int, actor: User | str, action: str,
               before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
        conn.execute(insert(s.audit).values(**self._audit_row(item_id, actor, action, before, after)))

    def _audit_row(self, item_id: int, actor: User | str, action: str, before: dict[str, Any] | None,
                   after: dict[str, Any] | None) -> dict[str, Any]:
        """One audit row's values (several are inserted in one statement when a check joins many items)."""
        return dict(item_id=item_id, actor=name_of(actor), action=action, at=self.clock.now(), before_json=before,
                    after_json=after)

    def expire_leases(self) -> int:
        """Return every item whose lease ran out to ``open`` (audited as ``expire``); cheap when none did."""
        now = self.clock.now()
        with reading(self.engine) as conn:
            due = conn.execute(select(items.c.id).where(items.c.status == CLAIMED,
                                                        items.c.lease_expires <= now)).scalars().all()
        if not due:
            return 0
        expired = 0
        with writing(self.engine) as conn:
            for item_id in due:
                try:
                    self._transition(conn, item_id, SYSTEM, "expire",
                                     [items.c.status == CLAIMED, items.c.lease_expires <= now],
                                     {"status": OPEN, "assignee": None, "lease_expires": None})
                    expired += 1
                except Conflict:  # renewed, released or decided in the meantime
                    continue
        return expired


def occurrence(row: Mapping[str, Any]) -> Occurrence:
    return Occurrence(row["article_title"], row["article_url"], row["sentence"], (row["span_start"],
                      row["span_end"]), row["published"], row["seen_at"])


def decision(row: Mapping[str, Any]) -> Decision:
    return Decision(row["id"], row["reviewer"], row["verdict"], row["note"], row["source_url"], row["fact_id"],
                    row["fact_json"], row["fact_status"], row["approved_by"], row["decided_at"])


def held_by(user: User, now: datetime) -> list[ColumnElement[bool]]:
    """The condition for acting on a claimed item: claimed, by this user, lease still running."""
    return [items.c.status == CLAIMED, items.c.assignee == user.name, items.c.lease_expires > now]


def name_of(actor: User | str) -> str:
    return actor if isinstance(actor, str) else actor.name


def conflict_message(row: dict[str, Any], actor: User | str, now: datetime) -> str:
    """Why a transition was refused, in words a reviewer can act on."""
    who = name_of(actor)
    if row["status"] == DECIDED:
        return f"review item {row['id']} is already decided ({row['verdict']})"
    if row["status"] == OPEN:
        return f"review item {row['id']} is not claimed by {who}; claim it first"
    if row["assignee"] != who:
        return f"review item {row['id']} is claimed by {row['assignee']} until {iso(row['lease_expires'])}"
    if row["lease_expires"] is not None and row["lease_expires"] <= now:
        return f"the lease of {who} on review item {row['id']} expired at {iso(row['lease_expires'])}"
    return f"review item {row['id']} cannot be changed in its state {row['status']}"
