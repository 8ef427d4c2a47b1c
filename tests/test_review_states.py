"""A Hypothesis state machine over submit / claim / renew / release / decide / reopen / clock steps.

A small model predicts every outcome; after each step the database must agree with it: no item lost, none
decided twice, and each item's audit trail is exactly the transitions the model saw, chained state to state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from checker.errors import Conflict, Forbidden
from sqlalchemy import delete, select

from checker.review import Review, User
from checker.review import schema as s
from checker.review.clock import FakeClock
from checker.review.db import reading, writing
from tests.review_helpers import check_result, claim_result, fake_review, year

USERS = [User(1, "alice", "reviewer"), User(2, "bob", "reviewer"), User(3, "root", "admin")]
CLAIMS = [(f"Claim {w} about the harbour in {y}.", y) for w, y in (("one", 1990), ("two", 1991), ("three", 1992))]
LEASE = timedelta(minutes=30)


@dataclass
class Model:
    status: str = "open"
    assignee: str | None = None
    lease: datetime | None = None
    actions: list[str] = field(default_factory=lambda: ["create"])


class QueueMachine(RuleBasedStateMachine):
    """Runs on one shared database (emptied per example) so that many examples stay cheap."""

    review: Review

    def __init__(self) -> None:
        super().__init__()
        with writing(self.review.engine) as conn:
            for table in (s.audit, s.decisions, s.occurrences, s.review_items):
                conn.execute(delete(table))
        self.clock = self.review.queue.clock = FakeClock()
        self.items: dict[int, Model] = {}
        self.by_claim: dict[int, list[int]] = {}  # every item filed for a claim: a reopened one takes joins again

    @initialize()
    def two_items(self) -> None:
        self.submit(0)
        self.submit(1)

    def _item(self, n: int) -> int | None:
        return sorted(self.items)[n % len(self.items)] if self.items else None

    @rule(which=st.integers(0, len(CLAIMS) - 1))
    def submit(self, which: int) -> None:
        text, y = CLAIMS[which]
        (queued,) = self.review.queue.enqueue(check_result(claim_result(text, [year(y)])))
        waiting = [i for i in self.by_claim.get(which, []) if self.items[i].status != "decided"]
        if waiting:  # equally close in meaning: the newest waiting item takes it
            assert queued.joined and queued.item_id == max(waiting)
            self.items[queued.item_id].actions.append("join")
        else:
            assert not queued.joined and queued.item_id not in self.items
            self.items[queued.item_id] = Model()
            self.by_claim.setdefault(which, []).append(queued.item_id)

    def _attempt(self, ok: bool, action, expected=Conflict) -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except (Conflict, Forbidden) as exc:
            assert not ok and isinstance(exc, expected), f"refused: {exc}"
            return False
        assert ok, "accepted a transition the model forbids"
        return True

    def _holds(self, m: Model, user: User) -> bool:
        return m.status == "claimed" and m.assignee == user.name and m.lease is not None \
            and m.lease > self.clock.now()

    @rule(n=st.integers(0, 20), who=st.sampled_from(USERS))
    def claim(self, n: int, who: User) -> None:
        item_id = self._item(n)
        if item_id is None:
            return
        self._expire()
        m = self.items[item_id]
        if self._attempt(m.status == "open", lambda: self.review.queue.claim(item_id, who)):
            m.status, m.assignee, m.lease = "claimed", who.name, self.clock.now() + LEASE
            m.actions.append("claim")

    @rule(n=st.integers(0, 20), who=st.sampled_from(USERS))
    def renew(self, n: int, who: User) -> None:
        item_id = self._item(n)
        if item_id is None:
            return
        m = self.items[item_id]
        if self._attempt(self._holds(m, who), lambda: self.review.queue.renew(item_id, who)):
            m.lease = self.clock.now() + LEASE
            m.actions.append("renew")

    @rule(n=st.integers(0, 20), who=st.sampled_from(USERS))
    def release(self, n: int, who: User) -> None:
        item_id = self._item(n)
        if item_id is None:
            return
        m = self.items[item_id]
        if self._attempt(self._holds(m, who), lambda: self.review.queue.release(item_id, who)):
            m.status, m.assignee, m.lease = "open", None, None
            m.actions.append("release")

    @rule(n=st.integers(0, 20), who=st.sampled_from(USERS),
          verdict=st.sampled_from(["supported", "contradicted", "unverifiable", "not_checkable"]))
    def decide(self, n: int, who: User, verdict: str) -> None:
        item_id = self._item(n)
        if item_id is None:
            return
        m = self.items[item_id]
        if self._attempt(self._holds(m, who), lambda: self.review.queue.decide(item_id, who, verdict, "n")):
            m.status, m.lease = "decided", None
            m.actions.append("decide")

    @rule(n=st.integers(0, 20), who=st.sampled_from(USERS))
    def reopen(self, n: int, who: User) -> None:
        item_id = self._item(n)
        if item_id is None:
            return
        m = self.items[item_id]
        ok = who.is_admin and m.status == "decided"
        if self._attempt(ok, lambda: self.review.queue.reopen(item_id, who),
                         Conflict if who.is_admin else Forbidden):
            m.status, m.assignee = "open", None
            m.actions.append("reopen")

    @rule(minutes=st.sampled_from([1, 10, 29, 30, 31, 45]))
    def tick(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)

    def _expire(self) -> None:
        """What the queue does lazily before a claim: leases that ran out give their items back."""
        for m in self.items.values():
            if m.status == "claimed" and m.lease is not None and m.lease <= self.clock.now():
                m.status, m.assignee, m.lease = "open", None, None
                m.actions.append("expire")

    @invariant()
    def database_agrees_with_model(self) -> None:
        """Read the tables directly (no lazy expiry), so stale leases stay visible to the decide rules."""
        with reading(self.review.engine) as conn:
            rows = {r.id: r for r in conn.execute(select(s.review_items))}
            trail = conn.execute(select(s.audit).order_by(s.audit.c.id)).all()
        assert set(rows) == set(self.items), "an item was lost or invented"
        for item_id, m in self.items.items():
            assert (rows[item_id].status, rows[item_id].lease_expires) == (m.status, m.lease)
            mine = [a for a in trail if a.item_id == item_id]
            assert [a.action for a in mine] == m.actions
            states = [a for a in mine if a.after_json and "status" in a.after_json]
            for prev, cur in zip(states, states[1:]):
                assert cur.before_json["status"] == prev.after_json["status"], "audit chain broken"
            assert m.actions.count("decide") <= m.actions.count("reopen") + 1, "decided twice without a reopen"


def test_queue_state_machine(tmp_path: Path, database_url: str) -> None:
    QueueMachine.review = fake_review(tmp_path, database_url)[0]
    run_state_machine_as_test(QueueMachine, settings=settings(
        max_examples=50, stateful_step_count=40, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]))
