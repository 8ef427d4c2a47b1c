"""The review database's tables, in SQLAlchemy Core so the same statements run on SQLite and PostgreSQL.

Times are naive UTC ``DateTime`` values (the clock hands out naive UTC), which compare the same way on
both backends. JSON columns hold small documents (values, evidence, audit snapshots) as text.
"""

from __future__ import annotations

from sqlalchemy import (JSON, Column, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String,
                        Table, Text)

metadata = MetaData()

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", String(256)),
    Column("created", DateTime, nullable=False),
)

tokens = Table(
    "tokens", metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created", DateTime, nullable=False),
    Column("revoked_at", DateTime),
)

sessions = Table(
    "sessions", metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("csrf_secret", String(64), nullable=False),
    Column("created", DateTime, nullable=False),
    Column("expires", DateTime, nullable=False),
    Column("revoked_at", DateTime),
)

review_items = Table(
    "review_items", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_text", Text, nullable=False),
    Column("standalone", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("values_json", JSON, nullable=False),
    Column("values_key", String(64), nullable=False),
    Column("reason_code", String(64), nullable=False),
    Column("reason_message", Text, nullable=False),
    Column("evidence_json", JSON, nullable=False),
    Column("worthiness", Float, nullable=False),
    Column("priority", Float, nullable=False),
    Column("occurrence_count", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("assignee", String(64)),
    Column("lease_expires", DateTime),
    Column("verdict", String(32)),
    Column("note", Text),
    Column("source_url", Text),
    Column("fact_id", String(200)),
    Column("embedding", LargeBinary, nullable=False),
    Column("created", DateTime, nullable=False),
    Column("updated", DateTime, nullable=False),
    Index("ix_review_items_status_values", "status", "values_key"),
    Index("ix_review_items_status_priority", "status", "priority"),
)

occurrences = Table(
    "occurrences", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("review_items.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("article_title", Text),
    Column("article_url", Text),
    Column("sentence", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("published", String(10)),
    Column("seen_at", DateTime, nullable=False),
)

decisions = Table(
    "decisions", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("review_items.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("reviewer", String(64), nullable=False),
    Column("verdict", String(32), nullable=False),
    Column("note", Text, nullable=False),
    Column("source_url", Text),
    Column("fact_id", String(200)),
    Column("fact_json", JSON),
    Column("fact_status", String(16)),
    Column("approved_by", String(64)),
    Column("decided_at", DateTime, nullable=False),
    Column("approved_at", DateTime),
)

audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("review_items.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("actor", String(64), nullable=False),
    Column("action", String(32), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("before_json", JSON),
    Column("after_json", JSON),
)

__all__ = ["audit", "decisions", "metadata", "occurrences", "review_items", "sessions", "tokens", "users"]
