"""Batch input: articles from a JSON Lines file, each keyed by a hash of its content.

The key makes resuming safe: the same article in the same file is the same job and the same result row,
however often the batch is started. The batch id is a hash of the file, so re-running the same command
resumes the same batch.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .errors import InvalidInput

MAX_ERRORS = 10


@dataclass(frozen=True)
class Article:
    """One article to check; ``published`` is the as-of date as given (None: the batch's creation date)."""

    key: str
    line: int
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    article_id: str | None = None


def article_key(text: str, published: str | None) -> str:
    """Content hash: equal text and date are one article, checked once."""
    return hashlib.sha256(f"{published or ''}\n{text}".encode("utf-8")).hexdigest()[:32]


def batch_id_for(data: bytes, published_field: str) -> str:
    return "b-" + hashlib.sha256(published_field.encode() + b"\n" + data).hexdigest()[:16]


def read_articles(path: str | Path, published_field: str = "published") -> tuple[str, list[Article]]:
    """The batch id and the distinct articles of a .jsonl file.

    :raises InvalidInput: the file is unreadable or a line is bad (``file:line: reason``, up to 10 listed);
        nothing is queued then.
    """
    try:
        data = Path(path).read_bytes()
        lines = data.decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read {path}: {exc}") from None
    articles: dict[str, Article] = {}
    errors: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            article = parse_article(line, number, published_field)
        except InvalidInput as exc:
            errors.append(f"{path}:{number}: {exc.message}")
            continue
        articles.setdefault(article.key, article)
    if errors:
        more = f" (and {len(errors) - MAX_ERRORS} more)" if len(errors) > MAX_ERRORS else ""
        raise InvalidInput("; ".join(errors[:MAX_ERRORS]) + more, code="invalid_batch")
    if not articles:
        raise InvalidInput(f"{path}: no articles (one JSON object with a 'text' field per line)", code="empty_batch")
    return batch_id_for(data, published_field), list(articles.values())


def parse_article(line: str, number: int, published_field: str) -> Article:
    try:
        record: Any = json.loads(line)
    except ValueError:
        raise InvalidInput("not valid JSON") from None
    if not isinstance(record, dict):
        raise InvalidInput("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("'text' must be a non-empty string")
    published = _published(record.get(published_field), published_field)
    extra = {}
    for name in ("title", "url", "id"):
        value = record.get(name)
        if value is not None and not isinstance(value, (str, int)):
            raise InvalidInput(f"'{name}' must be a string")
        extra[name] = None if value is None else str(value)
    return Article(key=article_key(text, published), line=number, text=text, published=published,
                   title=extra["title"], url=extra["url"], article_id=extra["id"])


def _published(raw: Any, field: str) -> str | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str):
        raise InvalidInput(f"'{field}' must be a date string YYYY-MM-DD")
    try:
        return date.fromisoformat(raw.strip()[:10]).isoformat()
    except ValueError:
        raise InvalidInput(f"'{field}' is not a date YYYY-MM-DD: {raw[:40]!r}") from None
