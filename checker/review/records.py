"""Frozen records read from the review database; ``to_dict()`` is exactly the API's JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping

OPEN, CLAIMED, DECIDED = "open", "claimed", "decided"
STATUSES = (OPEN, CLAIMED, DECIDED)
DECISIONS = ("supported", "contradicted", "unverifiable", "not_checkable")
REVIEWER, ADMIN = "reviewer", "admin"
ROLES = (REVIEWER, ADMIN)
STATE_FIELDS = ("status", "assignee", "lease_expires", "verdict", "note", "source_url", "fact_id")


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds") + "Z"


def snapshot(row: Mapping[str, Any]) -> dict[str, Any]:
    """The state fields of an item row, JSON-ready, as stored in the audit trail."""
    return {k: iso(row[k]) if isinstance(row[k], datetime) else row[k] for k in STATE_FIELDS}


@dataclass(frozen=True)
class Occurrence:
    """One place a claim was seen: the article, its sentence and the claim's span in that sentence."""

    article_title: str | None
    article_url: str | None
    sentence: str
    span: tuple[int, int]
    published: str | None
    seen_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"article_title": self.article_title, "article_url": self.article_url, "sentence": self.sentence,
                "span": list(self.span), "published": self.published, "seen_at": iso(self.seen_at)}


@dataclass(frozen=True)
class AuditEntry:
    actor: str
    action: str
    at: datetime
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "action": self.action, "at": iso(self.at), "before": self.before,
                "after": self.after}


@dataclass(frozen=True)
class Decision:
    id: int
    reviewer: str
    verdict: str
    note: str
    source_url: str | None
    fact_id: str | None
    fact: dict[str, Any] | None
    fact_status: str | None
    approved_by: str | None
    decided_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "reviewer": self.reviewer, "verdict": self.verdict, "note": self.note,
                "source": self.source_url, "fact_id": self.fact_id, "fact": self.fact,
                "fact_status": self.fact_status, "approved_by": self.approved_by, "decided_at": iso(self.decided_at)}


@dataclass(frozen=True)
class ReviewItem:
    """A claim waiting for (or resolved by) a person, with everything needed to decide it."""

    id: int
    claim_text: str
    standalone: str
    kind: str
    values: list[dict[str, Any]]
    reason_code: str
    reason_message: str
    evidence: list[dict[str, Any]]
    priority: float
    occurrence_count: int
    status: str
    assignee: str | None
    lease_expires: datetime | None
    verdict: str | None
    note: str | None
    source_url: str | None
    fact_id: str | None
    created: datetime
    updated: datetime
    occurrences: tuple[Occurrence, ...] = ()
    decisions: tuple[Decision, ...] = field(default=())

    @classmethod
    def from_row(cls, row: Mapping[str, Any], occurrences: tuple[Occurrence, ...] = (),
                 decisions: tuple[Decision, ...] = ()) -> ReviewItem:
        return cls(id=row["id"], claim_text=row["claim_text"], standalone=row["standalone"], kind=row["kind"],
                   values=row["values_json"], reason_code=row["reason_code"], reason_message=row["reason_message"],
                   evidence=row["evidence_json"], priority=row["priority"], occurrence_count=row["occurrence_count"],
                   status=row["status"], assignee=row["assignee"], lease_expires=row["lease_expires"],
                   verdict=row["verdict"], note=row["note"], source_url=row["source_url"], fact_id=row["fact_id"],
                   created=row["created"], updated=row["updated"], occurrences=occurrences, decisions=decisions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "claim": self.claim_text, "standalone": self.standalone, "kind": self.kind,
            "values": self.values, "reason": {"code": self.reason_code, "message": self.reason_message},
            "evidence": self.evidence, "priority": round(self.priority, 4),
            "occurrence_count": self.occurrence_count, "status": self.status, "assignee": self.assignee,
            "lease_expires": iso(self.lease_expires), "verdict": self.verdict, "note": self.note,
            "source": self.source_url, "fact_id": self.fact_id, "created": iso(self.created),
            "updated": iso(self.updated), "occurrences": [o.to_dict() for o in self.occurrences],
            "decisions": [d.to_dict() for d in self.decisions],
        }


@dataclass(frozen=True)
class User:
    """A person who reviews (``reviewer``) or also administers (``admin``)."""

    id: int
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}
