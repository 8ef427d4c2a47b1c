"""Turn request bodies into typed arguments at the edge; every problem becomes InvalidInput."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain import Fact
from ..errors import InvalidInput, UnprocessableInput
from ..references import parse_record

CHECK_FIELDS = {"text", "claims", "published", "evidence", "queue", "title", "url"}


@dataclass(frozen=True)
class CheckRequest:
    text: str | None
    claims: list[str] | None
    published: date | None
    evidence: list[str] | None
    queue: bool


def parse_check(body: Any) -> CheckRequest:
    """Validate a /api/v1/check body: exactly one of text or claims, the rest optional."""
    if not isinstance(body, dict):
        raise InvalidInput("the body must be a JSON object", code="invalid_body")
    unknown = sorted(set(body) - CHECK_FIELDS)
    if unknown:
        raise InvalidInput(f"unknown field(s): {', '.join(unknown)}", code="unknown_field")
    if ("text" in body) == ("claims" in body):
        raise InvalidInput("give exactly one of 'text' or 'claims'", code="missing_text")
    text = body.get("text")
    if "text" in body and (not isinstance(text, str) or not text.strip()):
        raise InvalidInput("'text' must be a non-empty string", code="empty_text")
    claims = _string_list(body, "claims")
    evidence = _string_list(body, "evidence")
    for name in ("text", "claims", "evidence", "title", "url"):
        values = body.get(name)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str):
                check_characters(value, f"'{name}'")
    queue = body.get("queue", True)
    if not isinstance(queue, bool):
        raise InvalidInput("'queue' must be true or false", code="wrong_type")
    for name in ("title", "url"):
        if name in body and not isinstance(body[name], str):
            raise InvalidInput(f"'{name}' must be a string", code="wrong_type")
    return CheckRequest(text, claims, parse_date(body.get("published")), evidence, queue)


def check_characters(value: str, name: str) -> str:
    """Refuse NUL characters and lone surrogates (JSON ``"\\ud800"``): no article contains them, and the
    tokenizer and the file formats downstream cannot take them."""
    if "\x00" in value:
        raise InvalidInput(f"{name} contains a NUL character", code="invalid_character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"{name} is not valid Unicode (a lone surrogate)", code="invalid_character") from None
    return value


def parse_facts(body: Any, most: int) -> list[Fact]:
    """Validate a POST /api/v1/facts body ``{"facts": [{id, text, source, url?, date?}, ...]}``."""
    if not isinstance(body, dict) or set(body) != {"facts"} or not isinstance(body["facts"], list):
        raise InvalidInput("the body must be {\"facts\": [...]}", code="invalid_body")
    records = body["facts"]
    if not records:
        raise InvalidInput("'facts' must not be empty", code="invalid_body")
    if len(records) > most:
        raise UnprocessableInput(f"'facts' has {len(records)} items; the limit is {most}")
    facts = [parse_record(record, f"facts[{i}]") for i, record in enumerate(records)]
    for fact in facts:
        for value in (fact.id, fact.text, fact.source, fact.url or ""):
            check_characters(value, "a fact")
    if len({f.id for f in facts}) != len(facts):
        raise InvalidInput("the same id appears twice in 'facts'", code="duplicate_fact")
    return facts


def parse_date(raw: Any) -> date | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str):
        raise InvalidInput("'published' must be a date string YYYY-MM-DD", code="wrong_type")
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise InvalidInput(f"'published' is not a date YYYY-MM-DD: {raw[:40]!r}", code="invalid_date") from None


def parse_limit(raw: str | None, default: int = 10, most: int = 50) -> int:
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= most:
        raise InvalidInput(f"'limit' must be a whole number from 1 to {most}", code="invalid_limit")
    return int(raw)


def _string_list(body: dict[str, Any], name: str) -> list[str] | None:
    if name not in body or body[name] is None:
        return None
    items = body[name]
    if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
        raise InvalidInput(f"'{name}' must be a non-empty list of non-empty strings", code="wrong_type")
    return items
