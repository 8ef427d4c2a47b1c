"""Source URLs people type in: only absolute http(s) links get through (no ``javascript:``, no ``data:``)."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..errors import InvalidInput

MAX_URL = 2000


def checked_url(raw: object, field: str = "source") -> str:
    """``raw`` if it is an absolute http or https URL, else InvalidInput naming ``field``."""
    if not isinstance(raw, str) or not raw.strip():
        raise InvalidInput(f"'{field}' must be an http or https URL", code="invalid_url")
    url = raw.strip()
    parts = urlsplit(url)
    if (len(url) > MAX_URL or parts.scheme.lower() not in ("http", "https") or not parts.netloc
            or any(ch.isspace() or ord(ch) < 32 for ch in url)):
        raise InvalidInput(f"'{field}' must be an http or https URL (got {url[:60]!r})", code="invalid_url")
    return url
