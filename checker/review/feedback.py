"""Turning a reviewer's ``add_fact`` into a reference fact, validated like any reference file record."""

from __future__ import annotations

import secrets
from typing import Any, Mapping

from ..domain import Fact
from ..errors import InvalidInput, ReferenceDataError
from ..publish import StoreManager
from ..references import parse_record

FACT_FIELDS = {"text", "source", "date", "url"}
PENDING, ADDED, LINKED, WITHDRAWN = "pending", "added", "linked", "withdrawn"


def build_fact(item_id: int, spec: Any, source_url: str | None) -> Fact:
    """A new fact from ``{"text", "source", "date"?, "url"?}``; the decision's source URL is the default url."""
    if not isinstance(spec, Mapping):
        raise InvalidInput("'add_fact' must be an object {text, source, date}", code="wrong_type")
    unknown = sorted(set(spec) - FACT_FIELDS)
    if unknown:
        raise InvalidInput(f"unknown field(s) in 'add_fact': {', '.join(unknown)}", code="unknown_field")
    record = {k: v for k, v in spec.items() if v not in (None, "")}
    record.setdefault("url", source_url)
    record = {k: v for k, v in record.items() if v is not None}
    record["id"] = f"review-{item_id}-{secrets.token_hex(4)}"
    try:
        return parse_record(record, "add_fact")
    except ReferenceDataError as exc:
        raise InvalidInput(exc.message, code="invalid_fact") from None


def linked_fact(stores: StoreManager | None, fact_id: Any) -> str:
    """``fact_id`` if the current store has it; a decision may only cite facts that exist."""
    if not isinstance(fact_id, str) or not fact_id.strip():
        raise InvalidInput("'link_fact' must be a fact id", code="wrong_type")
    if stores is None or stores.current().get(fact_id) is None:
        raise InvalidInput(f"no fact with id {fact_id!r} in the reference store", code="unknown_fact")
    return fact_id


def publish(stores: StoreManager | None, fact: Fact) -> None:
    """Add the fact to the store now: indexed at once, seen by every worker through the CURRENT pointer."""
    if stores is None or not hasattr(stores, "add_facts"):
        raise InvalidInput("this queue has no writable reference store to add facts to", code="no_store")
    stores.add_facts([fact])
