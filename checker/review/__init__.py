"""Reviewer queues: storage, leases, decisions and the feedback into the reference store.

Plain Python (no Flask): :func:`open_review` gives the engine (migrated), the queue and the user store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from ..publish import StoreManager
from ..settings import Settings
from .clock import Clock, FakeClock, SystemClock
from .db import database_url, make_engine, ping, upgrade
from .intake import Article, Queued
from .queue import ReviewQueue
from .records import AuditEntry, ReviewItem, User
from .users import Session, UserStore


@dataclass
class Review:
    """The review database and the services on it, built once per process."""

    engine: Engine
    queue: ReviewQueue
    users: UserStore

    def reachable(self) -> bool:
        return ping(self.engine)


def open_review(settings: Settings, encoder: Any, stores: StoreManager | None, *, clock: Clock | None = None,
                url: str | None = None, migrate: bool = True) -> Review:
    """Connect to ``url`` (default: from settings), apply migrations, and build the queue and user store."""
    engine = make_engine(url or database_url(settings))
    if migrate:
        upgrade(engine)
    clock = clock or SystemClock()
    return Review(engine, ReviewQueue(engine, encoder, stores, settings, clock),
                  UserStore(engine, clock, settings.session_hours))


__all__ = ["Article", "AuditEntry", "Clock", "FakeClock", "Queued", "Review", "ReviewItem", "ReviewQueue",
           "Session", "SystemClock", "User", "UserStore", "open_review"]
