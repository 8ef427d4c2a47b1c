"""One exception tree for the whole core; the web layer maps it to one JSON shape.

::

    CheckerError                 base; ``code`` and ``http_status`` drive the edge
    ├── InvalidInput             bad request data (400)
    │   └── UnprocessableInput   well-formed but over a documented limit (422)
    ├── PayloadTooLarge          body over the size limit (413)
    ├── NotFound                 unknown fact, review item, ... (404)
    ├── Conflict                 stale or foreign lease, double decision (409)
    ├── Unauthorized             missing or bad credentials (401)
    ├── Forbidden                authenticated but not allowed (403)
    ├── ReferenceDataError       a reference file has a bad record (file:line: reason)
    ├── RateLimited              too many requests from one client (429, with Retry-After)
    ├── StoreError               the index or its manifest cannot be used (503)
    │   └── DuplicateFact        a fact id that is already in the store (409)
    ├── StorageFull              the disk refused a write (507)
    └── Busy                     the review database stayed locked past the busy timeout (503)
"""

from __future__ import annotations


class CheckerError(Exception):
    """Base of every error the core raises on purpose."""

    code = "internal_error"
    http_status = 500

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class InvalidInput(CheckerError):
    code = "invalid_input"
    http_status = 400


class UnprocessableInput(InvalidInput):
    code = "limit_exceeded"
    http_status = 422


class PayloadTooLarge(CheckerError):
    code = "payload_too_large"
    http_status = 413


class NotFound(CheckerError):
    code = "not_found"
    http_status = 404


class Conflict(CheckerError):
    code = "conflict"
    http_status = 409


class Unauthorized(CheckerError):
    code = "unauthorized"
    http_status = 401


class Forbidden(CheckerError):
    code = "forbidden"
    http_status = 403


class ReferenceDataError(CheckerError):
    code = "reference_data_error"
    http_status = 400


class StoreError(CheckerError):
    code = "store_error"
    http_status = 503


class RateLimited(CheckerError):
    code = "rate_limited"
    http_status = 429

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class DuplicateFact(StoreError):
    code = "duplicate_fact"
    http_status = 409


class StorageFull(CheckerError):
    code = "storage_full"
    http_status = 507


class Busy(CheckerError):
    code = "busy"
    http_status = 503
