"""Turn request bodies into typed arguments at the edge; every problem becomes InvalidInput."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain import Fact
from ..errors import InvalidInput, UnprocessableInput
from ..references import parse_record
from ..review import Article

CHECK_FIELDS = {"text", "claims", "published", "evidence", "queue", "title", "url", "article"}
DECIDE_FIELDS = {"verdict", "note", "source", "add_fact", "link_fact"}


@dataclass(frozen=True)
class CheckRequest:
    text: str | None
    claims: list[str] | None
    published: date | None
    evidence: list[str] | None
    queue: bool
    article: Article | None = None


def _object_of(body: Any, fields: frozenset[str] | set[str]) -> dict[str, Any]:
    """A JSON object whose keys are all among ``fields`` (400 otherwise)."""
    if not isinstance(body, dict):
        raise InvalidInput("the body must be a JSON object", code="invalid_body")
    unknown = sorted(set(body) - fields)
    if unknown:
        raise InvalidInput(f"unknown field(s): {', '.join(unknown)}", code="unknown_field")
    return body


def parse_check(body: Any) -> CheckRequest:
    """Validate a /api/v1/check body: exactly one of text or claims, the rest optional."""
    _object_of(body, CHECK_FIELDS)
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
    return CheckRequest(text, claims, parse_date(body.get("published")), evidence, queue, parse_article(body))


def parse_article(body: dict[str, Any]) -> Article | None:
    """``article: {title, url}`` (or the older top-level ``title`` / ``url``); the url must be http(s)."""
    article = body.get("article", {k: body[k] for k in ("title", "url") if k in body})
    if not isinstance(article, dict) or set(article) - {"title", "url"}:
        raise InvalidInput("'article' must be an object {title, url}", code="wrong_type")
    for name in ("title", "url"):
        if article.get(name) is not None and not isinstance(article[name], str):
            raise InvalidInput(f"'{name}' must be a string", code="wrong_type")
    return Article(article.get("title") or None, article.get("url") or None) if article else None


@dataclass(frozen=True)
class DecideRequest:
    verdict: str
    note: str
    source: str | None
    add_fact: dict[str, Any] | None
    link_fact: str | None


def parse_decision(body: Any) -> DecideRequest:
    """Validate the shape of a decide body; the queue checks the values themselves."""
    _object_of(body, DECIDE_FIELDS)
    if "verdict" not in body:
        raise InvalidInput("'verdict' is required", code="missing_verdict")
    note = body.get("note") or ""
    for name in ("source", "link_fact"):
        if body.get(name) is not None and not isinstance(body[name], str):
            raise InvalidInput(f"'{name}' must be a string", code="wrong_type")
    return DecideRequest(body["verdict"], note, body.get("source") or None, body.get("add_fact"),
                         body.get("link_fact") or None)


def parse_filters(args: Any) -> dict[str, Any]:
    """Query-string filters of the review list: status, reason, assignee, limit, offset."""
    offset = args.get("offset", "0")
    if not offset.isdigit():
        raise InvalidInput("'offset' must be a whole number", code="invalid_limit")
    return {"status": args.get("status") or None, "reason": args.get("reason") or None,
            "assignee": args.get("assignee") or None, "limit": parse_limit(args.get("limit"), 100, 500),
            "offset": int(offset)}


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
