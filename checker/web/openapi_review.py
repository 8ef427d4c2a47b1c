"""The reviewer part of the OpenAPI document: every route with every status code it can answer."""

from __future__ import annotations

from typing import Any

ERROR = {"$ref": "#/components/schemas/Error"}
ITEM = {"$ref": "#/components/schemas/ReviewItem"}
OBJ = {"type": "object"}
BEARER = [{"bearer": []}]
ID = {"name": "item_id", "in": "path", "required": True, "schema": {"type": "integer"}}


def errors(*codes: int) -> dict[str, Any]:
    words = {400: "bad input (or a token in the URL)", 401: "missing, unknown or revoked token",
             403: "role not allowed", 404: "no such item", 405: "method not allowed", 409: "lease conflict",
             413: "body too large", 415: "body is not JSON", 422: "over a limit", 500: "internal error",
             503: "store unavailable", 507: "disk full"}
    return {str(c): {"description": words[c], "content": {"application/json": {"schema": ERROR}}} for c in codes}


def ok(schema: dict[str, Any], what: str = "OK") -> dict[str, Any]:
    return {"200": {"description": what, "content": {"application/json": {"schema": schema}}}}


def op(summary: str, schema: dict[str, Any], codes: tuple[int, ...], **extra: Any) -> dict[str, Any]:
    return {"summary": summary, "security": BEARER, "responses": {**ok(schema), **errors(*codes)}, **extra}


READ = (400, 401, 404, 405, 500)
MOVE = (400, 401, 403, 404, 405, 409, 500)
DECIDE_BODY = {"type": "object", "required": ["verdict"], "additionalProperties": False, "properties": {
    "verdict": {"type": "string", "enum": ["supported", "contradicted", "unverifiable", "not_checkable"]},
    "note": {"type": "string", "maxLength": 5000},
    "source": {"type": "string", "format": "uri", "description": "http or https only"},
    "add_fact": {"type": "object", "nullable": True, "required": ["text", "source"], "properties": {
        "text": {"type": "string"}, "source": {"type": "string"}, "url": {"type": "string"},
        "date": {"type": "string", "description": "YYYY, YYYY-MM or YYYY-MM-DD"}}},
    "link_fact": {"type": "string", "nullable": True, "description": "id of an existing fact"}}}
FILTERS = [{"name": n, "in": "query", "schema": {"type": "string"}} for n in ("status", "reason", "assignee")] + [
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}}]


def body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def review_paths() -> dict[str, Any]:
    base = "/api/v1/reviews/{item_id}"
    paths: dict[str, Any] = {
        "/api/v1/reviews": {"get": op("List review items, most urgent first", OBJ, READ, parameters=FILTERS)},
        base: {"get": op("One review item with occurrences and decisions", ITEM, READ, parameters=[ID])},
        f"{base}/history": {"get": op("Audit trail: who, when, before and after", OBJ, READ, parameters=[ID])},
        f"{base}/claimreview": {"get": op("A decided item as ClaimReview JSON-LD", OBJ, (*READ, 409),
                                          parameters=[ID])},
        f"{base}/decide": {"post": op("Decide a claimed item (lease holder only)", ITEM,
                                      (*MOVE, 413, 415, 503, 507), parameters=[ID], **body(DECIDE_BODY))},
        f"{base}/approve": {"post": op("Second reviewer approves a pending fact (403 for its proposer)", ITEM,
                                       (*MOVE, 503, 507), parameters=[ID])},
        f"{base}/reopen": {"post": op("Reopen a decided item (admin)", ITEM, MOVE, parameters=[ID])},
        "/api/v1/claimreview": {
            "get": op("Every decided item as ClaimReview JSON-LD (@graph)", OBJ, (400, 401, 405, 500)),
            "post": op("Import ClaimReview JSON-LD rated true as facts (admin)", OBJ,
                       (400, 401, 403, 405, 413, 415, 500, 503, 507), **body(OBJ))},
    }
    for action, what in (("claim", "Claim an open item (lease)"), ("renew", "Renew your lease"),
                         ("release", "Release your lease")):
        paths[f"{base}/{action}"] = {"post": op(what, ITEM, MOVE, parameters=[ID])}
    return paths


REVIEW_ITEM_SCHEMA = {"type": "object", "required": ["id", "claim", "status", "reason", "evidence", "priority"],
                      "properties": {
                          "id": {"type": "integer"}, "claim": {"type": "string"}, "standalone": {"type": "string"},
                          "status": {"type": "string", "enum": ["open", "claimed", "decided"]},
                          "assignee": {"type": "string", "nullable": True}, "lease_expires": {"type": "string"},
                          "verdict": {"type": "string", "nullable": True}, "reason": OBJ,
                          "evidence": {"type": "array", "items": OBJ}, "priority": {"type": "number"},
                          "occurrences": {"type": "array", "items": OBJ},
                          "decisions": {"type": "array", "items": OBJ}}}
