"""Queueing the ``needs_review`` claims of a check; a claim already waiting joins its item as an occurrence.

Two claims are "the same" when their standalone texts embed within ``same_claim_threshold`` (cosine) and they
assert exactly the same typed values: "visited in 2019" and "visited in 2018" must stay separate items.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Sequence

import numpy as np
from sqlalchemy import Connection, bindparam, select, text, update

from ..domain import NEEDS_REVIEW, CheckResult, ClaimResult, Value
from ..errors import InvalidInput
from . import schema as s
from .records import CLAIMED, OPEN
from .urls import checked_url

UNKNOWN_WORTHINESS = 0.5
EVIDENCE_KEPT = 3


@dataclass(frozen=True)
class Article:
    """Where a checked text came from; both parts optional."""

    title: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if self.title is not None and (not isinstance(self.title, str) or len(self.title) > 500):
            raise InvalidInput("'article.title' must be a string of at most 500 characters", code="wrong_type")
        if self.url:
            checked_url(self.url, "article.url")


@dataclass(frozen=True)
class Queued:
    """What happened to one claim of a check: which item it is on, and whether that item is new."""

    claim_index: int
    item_id: int
    joined: bool

    def to_dict(self) -> dict[str, Any]:
        return {"claim_index": self.claim_index, "id": self.item_id, "joined": self.joined}


def values_key(values: Sequence[Value]) -> str:
    """Hash of what the values assert (not where they are written), so equal values give equal keys."""
    asserted = sorted(json.dumps([v.type, v.value, v.low, v.high, v.modifier, v.unit, v.granularity], default=str)
                      for v in values)
    return hashlib.sha256("\n".join(asserted).encode()).hexdigest()


def priority(worthiness: float, occurrences: int) -> float:
    """Check-worthiness plus a bonus that grows with the log of how often the claim was seen."""
    return worthiness + 0.25 * math.log2(max(occurrences, 1))


def occurrence_of(result: ClaimResult, text: str | None) -> tuple[str, tuple[int, int]]:
    """The claim's sentence and the claim's span inside it (the whole claim when there is no article)."""
    claim = result.claim
    if text is None or claim.sentence_span is None:
        return claim.text, (0, len(claim.text))
    start, end = claim.sentence_span
    return text[start:end], (claim.span[0] - start, claim.span[1] - start)


def to_review(result: CheckResult) -> list[tuple[int, ClaimResult]]:
    return [(i, r) for i, r in enumerate(result.claims) if r.verdict == NEEDS_REVIEW]


@dataclass
class Waiting:
    """An unresolved item that claims with its values key may join, as this transaction sees it."""

    item_id: int
    vector: np.ndarray
    count: int
    worthiness: float
    priority: float


def waiting_items(conn: Connection, keys: set[str]) -> dict[str, list[Waiting]]:
    """The unresolved items with any of ``keys``, in one query, locked for this transaction.

    Two checks filing the same new claim at once must not both create an item: SQLite's BEGIN IMMEDIATE
    already serialises them; PostgreSQL cannot lock rows that do not exist yet, so it takes a transaction
    advisory lock on each values key (in sorted order, so two checks never wait on each other in a cycle).
    """
    if conn.dialect.name == "postgresql":
        for key in sorted(keys):
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": int(key[:15], 16)})
    cols = s.review_items.c
    rows = conn.execute(select(cols.id, cols.values_key, cols.embedding, cols.occurrence_count, cols.worthiness,
                               cols.priority)
                        .where(cols.values_key.in_(sorted(keys)), cols.status.in_((OPEN, CLAIMED)))
                        .order_by(cols.id).with_for_update()).all()
    found: dict[str, list[Waiting]] = {key: [] for key in keys}
    for row in rows:
        found[row.values_key].append(Waiting(row.id, np.frombuffer(row.embedding, dtype=np.float32),
                                             row.occurrence_count, row.worthiness, row.priority))
    return found


def closest(candidates: Sequence[Waiting], vector: np.ndarray, threshold: float) -> Waiting | None:
    """The candidate whose text is closest in meaning to ``vector``, if close enough."""
    best, best_score = None, threshold
    for candidate in candidates:
        other = candidate.vector
        score = float(np.dot(other, vector)) if other.shape == vector.shape else -1.0
        if score >= best_score:
            best, best_score = candidate, score
    return best


def new_item_values(result: ClaimResult, vector: np.ndarray, key: str, now: datetime) -> dict[str, Any]:
    claim = result.claim
    worth = UNKNOWN_WORTHINESS if claim.worthiness is None else float(claim.worthiness)
    return dict(claim_text=claim.text, standalone=claim.standalone or claim.text, kind=claim.kind,
                values_json=[v.to_dict() for v in claim.values], values_key=key,
                reason_code=result.reason.code, reason_message=result.reason.message,
                evidence_json=[e.to_dict() for e in result.evidence[:EVIDENCE_KEPT]], worthiness=worth,
                priority=priority(worth, 1), occurrence_count=1, status=OPEN,
                embedding=np.asarray(vector, dtype=np.float32).tobytes(), created=now, updated=now)


def occurrence_row(item_id: int, result: ClaimResult, text: str | None, published: str,
                   article: Article | None, now: datetime) -> dict[str, Any]:
    sentence, span = occurrence_of(result, text)
    return dict(item_id=item_id, article_title=article.title if article else None,
                article_url=article.url if article else None, sentence=sentence, span_start=span[0],
                span_end=span[1], published=published, seen_at=now)


def join(item: Waiting) -> tuple[dict[str, Any], dict[str, Any]]:
    """Count one more occurrence and raise the priority (in memory); returns the before/after audit snapshots."""
    before = {"occurrence_count": item.count, "priority": item.priority}
    item.count += 1
    item.priority = priority(item.worthiness, item.count)
    return before, {"occurrence_count": item.count, "priority": item.priority}


def save_counts(conn: Connection, joined: Sequence[Waiting], now: datetime) -> None:
    """Write the new counts and priorities of the joined items, in one statement."""
    if joined:
        items = s.review_items
        conn.execute(update(items).where(items.c.id == bindparam("item_id"))
                     .values(occurrence_count=bindparam("count"), priority=bindparam("new_priority"), updated=now),
                     [{"item_id": w.item_id, "count": w.count, "new_priority": w.priority} for w in joined])
