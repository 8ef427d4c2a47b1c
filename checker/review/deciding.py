"""Decisions, the two-person approval of new facts, and reopening by an admin."""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import Connection, insert, select, update

from ..domain import Fact
from ..errors import Conflict, Forbidden, InvalidInput
from . import schema as s
from .base import QueueBase, held_by, items
from .db import writing
from .feedback import ADDED, LINKED, PENDING, WITHDRAWN, build_fact, linked_fact, publish
from .records import DECIDED, DECISIONS, OPEN, ReviewItem, User
from .urls import checked_url

MAX_NOTE = 5000


class DecisionOps(QueueBase):
    def decide(self, item_id: int, user: User, verdict: str, note: str = "", source: str | None = None,
               add_fact: Mapping[str, Any] | None = None, link_fact: str | None = None) -> ReviewItem:
        """Record the verdict of the lease holder; optionally add a new fact or link an existing one.

        The fact is published inside the same transaction, so if publishing fails nothing is decided; under
        the two-person rule it waits (``pending``) for :meth:`approve` by someone else.
        :raises Conflict: the caller holds no live lease on the item (stale, foreign, or already decided).
        """
        source_url = _check_decision(verdict, note, source, add_fact, link_fact)
        fact = build_fact(item_id, add_fact, source_url) if add_fact is not None else None
        linked = linked_fact(self.stores, link_fact) if link_fact is not None else None
        pending = fact is not None and self.settings.two_person_rule
        fact_id = linked or (fact.id if fact is not None and not pending else None)
        with writing(self.engine) as conn:
            now = self.clock.now()
            row = self._transition(conn, item_id, user, "decide", held_by(user, now), {
                "status": DECIDED, "lease_expires": None, "verdict": verdict, "note": note,
                "source_url": source_url, "fact_id": fact_id})
            conn.execute(insert(s.decisions).values(
                item_id=item_id, reviewer=user.name, verdict=verdict, note=note, source_url=source_url,
                fact_id=fact.id if fact else linked, fact_json=fact.to_dict() if fact else None,
                fact_status=_fact_status(fact, linked, pending), decided_at=now))
            if fact is not None and not pending:
                publish(self.stores, fact)
        decided = self._read_item(row["id"])
        self._notify("item.decided", decided)
        return decided

    def approve(self, item_id: int, user: User) -> ReviewItem:
        """Second reviewer's approval: the pending fact of the item's decision enters the store."""
        with writing(self.engine) as conn:
            decision = self._pending_decision(conn, item_id)
            if decision["reviewer"] == user.name:
                raise Forbidden("a second reviewer must approve this fact, not the one who proposed it")
            fact = Fact(**decision["fact_json"])
            done = conn.execute(update(s.decisions).where(s.decisions.c.id == decision["id"],
                                                          s.decisions.c.fact_status == PENDING)
                                .values(fact_status=ADDED, approved_by=user.name, approved_at=self.clock.now()))
            if done.rowcount != 1:
                raise Conflict(f"the fact of review item {item_id} was approved meanwhile")
            row = self._transition(conn, item_id, user, "approve", [items.c.status == DECIDED],
                                   {"fact_id": fact.id})
            publish(self.stores, fact)
        return self._read_item(row["id"])

    def _pending_decision(self, conn: Connection, item_id: int) -> dict[str, Any]:
        self._locked_row(conn, item_id)  # 404 for an unknown item
        row = conn.execute(select(s.decisions).where(s.decisions.c.item_id == item_id,
                                                     s.decisions.c.fact_status == PENDING)
                           .order_by(s.decisions.c.id.desc()).limit(1).with_for_update()).mappings().first()
        if row is None:
            raise Conflict(f"no fact of review item {item_id} is waiting for approval")
        return dict(row)

    def reopen(self, item_id: int, user: User) -> ReviewItem:
        """Admin only: put a decided item back in the queue; a fact still waiting for approval is withdrawn."""
        if not user.is_admin:
            raise Forbidden("only an admin can reopen a decided item")
        with writing(self.engine) as conn:
            row = self._transition(conn, item_id, user, "reopen", [items.c.status == DECIDED], {
                "status": OPEN, "assignee": None, "lease_expires": None, "verdict": None, "note": None,
                "source_url": None, "fact_id": None})
            conn.execute(update(s.decisions).where(s.decisions.c.item_id == item_id,
                                                   s.decisions.c.fact_status == PENDING)
                         .values(fact_status=WITHDRAWN))
        return self._read_item(row["id"])


def _fact_status(fact: Fact | None, linked: str | None, pending: bool) -> str | None:
    if fact is not None:
        return PENDING if pending else ADDED
    return LINKED if linked else None


def _check_decision(verdict: Any, note: Any, source: Any, add_fact: Any, link_fact: Any) -> str | None:
    """Validate the parts of a decision that need no database; returns the checked source URL."""
    if verdict not in DECISIONS:
        raise InvalidInput(f"'verdict' must be one of {', '.join(DECISIONS)}", code="invalid_verdict")
    if not isinstance(note, str) or len(note) > MAX_NOTE:
        raise InvalidInput(f"'note' must be a string of at most {MAX_NOTE} characters", code="wrong_type")
    if add_fact is not None and link_fact is not None:
        raise InvalidInput("give at most one of 'add_fact' and 'link_fact'", code="invalid_decision")
    return None if source in (None, "") else checked_url(source, "source")

