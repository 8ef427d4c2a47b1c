"""HTTP client for the claimcheck API, on requests: a Session passed in, a timeout on every call."""

from __future__ import annotations

from typing import Any, Sequence

import requests

from .errors import CheckerError

DEFAULT_TIMEOUT = 60.0


class ApiError(CheckerError):
    """The server answered with an error body; ``status`` and ``code`` are the server's."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}", code=code)
        self.status = status


class CheckerClient:
    """Talks to a running server; use as a context manager to close the session it made."""

    def __init__(self, base_url: str, *, session: requests.Session | None = None,
                 timeout: float = DEFAULT_TIMEOUT, token: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session or requests.Session()
        self._owns_session = session is None
        self.timeout = timeout
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def __enter__(self) -> CheckerClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_session:
            self.session.close()

    def check(self, text: str | None = None, *, claims: Sequence[str] | None = None, published: str | None = None,
              evidence: Sequence[str] | None = None, queue: bool | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"text": text} if text is not None else {"claims": list(claims or [])}
        if published:
            body["published"] = published
        if evidence is not None:
            body["evidence"] = list(evidence)
        if queue is not None:
            body["queue"] = queue
        return self._request("POST", "/api/v1/check", json=body)

    def search_facts(self, query: str, limit: int = 10) -> list[dict[str, Any]]:
        return self._request("GET", "/api/v1/facts", params={"q": query, "limit": limit})["facts"]

    def fact(self, fact_id: str) -> dict[str, Any]:
        return self._request("GET", f"/api/v1/facts/{requests.utils.quote(fact_id, safe='')}")

    def health(self) -> dict[str, Any]:
        return self._request("GET", "/api/v1/health")

    def _request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        response = self.session.request(method, self.base_url + path, timeout=self.timeout, **kwargs)
        try:
            data = response.json()
        except ValueError:
            raise ApiError(response.status_code, "not_json", response.text[:200]) from None
        if response.status_code >= 400:
            error = data.get("error", {}) if isinstance(data, dict) else {}
            raise ApiError(response.status_code, error.get("code", "error"), error.get("message", ""))
        return data
