"""The OpenAPI 3 document, built from the same limits the server enforces."""

from __future__ import annotations

from typing import Any

from ..settings import Settings
from .openapi_review import REVIEW_ITEM_SCHEMA, review_paths

ERROR = {"$ref": "#/components/schemas/Error"}


def _errors(*codes: int) -> dict[str, Any]:
    return {str(c): {"description": "error", "content": {"application/json": {"schema": ERROR}}} for c in codes}


def _ok(schema: dict[str, Any], status: str = "200") -> dict[str, Any]:
    return {status: {"description": "OK", "content": {"application/json": {"schema": schema}}}}


def _rate_limited() -> dict[str, Any]:
    return {"429": {"description": "too many requests from this client (CHECKER_RATE_LIMIT)",
                    "headers": {"Retry-After": {"description": "seconds until the window reopens",
                                                "schema": {"type": "integer"}}},
                    "content": {"application/json": {"schema": ERROR}}}}


FACT_INPUT = {"type": "object", "additionalProperties": False, "required": ["id", "text", "source"], "properties": {
    "id": {"type": "string", "minLength": 1}, "text": {"type": "string", "minLength": 1, "maxLength": 2000},
    "source": {"type": "string", "minLength": 1}, "url": {"type": "string", "pattern": "^https?://"},
    "date": {"type": "string", "description": "YYYY, YYYY-MM or YYYY-MM-DD"}}}


def _batch_paths() -> dict[str, Any]:
    """Batch checking (``python -m checker batch``): read-only, 404 ``batches_disabled`` without PostgreSQL."""
    batch_id = {"name": "batch_id", "in": "path", "required": True, "schema": {"type": "string"}}
    page = [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
            {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}}]
    batch = {"type": "object", "required": ["id", "total", "checked", "pending", "status", "summary"], "properties": {
        "id": {"type": "string"}, "total": {"type": "integer"}, "checked": {"type": "integer"},
        "errors": {"type": "integer"}, "pending": {"type": "integer"}, "duplicates": {"type": "integer"},
        "status": {"type": "string", "enum": ["running", "done"]}, "summary": {"type": "object"}}}
    result = {"type": "object", "required": ["key", "line", "status", "result"], "properties": {
        "key": {"type": "string"}, "line": {"type": "integer"},
        "status": {"type": "string", "enum": ["checked", "error"]},
        "result": {"oneOf": [{"$ref": "#/components/schemas/CheckResult"}, ERROR]}}}
    listing = {"type": "object", "properties": {"batch": {"type": "string"}, "limit": {"type": "integer"},
                                                "offset": {"type": "integer"},
                                                "results": {"type": "array", "items": result}}}
    return {
        "/api/v1/batches/{batch_id}": {"get": {"summary": "A batch's progress and verdict totals",
                                               "parameters": [batch_id],
                                               "responses": {**_ok(batch), **_errors(404, 500)}}},
        "/api/v1/batches/{batch_id}/results": {"get": {"summary": "A batch's results in file order",
                                                       "parameters": [batch_id, *page],
                                                       "responses": {**_ok(listing), **_errors(400, 404, 500)}}},
    }


def openapi_document(settings: Settings) -> dict[str, Any]:
    string_list = {"type": "array", "items": {"type": "string", "minLength": 1,
                                              "maxLength": settings.max_claim_chars},
                   "minItems": 1, "maxItems": settings.max_claims}
    check_body = {
        "type": "object", "additionalProperties": False,
        "properties": {
            "text": {"type": "string", "minLength": 1, "maxLength": settings.max_text_chars},
            "claims": string_list, "evidence": string_list,
            "published": {"type": "string", "format": "date"},
            "queue": {"type": "boolean", "description": "queue needs_review claims for reviewers (default true)"},
            "article": {"type": "object", "properties": {"title": {"type": "string"}, "url": {"type": "string"}}},
            "title": {"type": "string"}, "url": {"type": "string"},
        },
    }
    obj = {"type": "object"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "claimcheck", "version": "1.0.0",
                 "description": f"Fact-claim checking. Bodies over {settings.max_body_bytes} bytes get 413."},
        "paths": {
            "/api/v1/check": {"post": {
                "summary": "Check an article (text) or a list of claims",
                "requestBody": {"required": True, "content": {"application/json": {"schema": check_body}}},
                "responses": {**_ok({"$ref": "#/components/schemas/CheckResult"}), **_rate_limited(),
                              **_errors(400, 401, 405, 413, 415, 422, 500, 503, 507)},
                "description": "401 only when CHECKER_REQUIRE_TOKEN_FOR_CHECK is set. The answer lists "
                               "review_items [{claim_index, id, joined}] for the queued claims."}},
            "/api/v1/facts": {"get": {
                "summary": "Search reference facts by meaning",
                "parameters": [
                    {"name": "q", "in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 50}}],
                "responses": {**_ok(obj), **_errors(400, 422, 500)}},
                "post": {
                "summary": "Add facts at run time (Authorization: Bearer CHECKER_IMPORT_TOKEN)",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "additionalProperties": False, "required": ["facts"], "properties": {
                        "facts": {"type": "array", "minItems": 1, "maxItems": settings.max_claims,
                                  "items": FACT_INPUT}}}}}},
                "responses": {**_ok(obj, "201"), **_errors(400, 401, 403, 409, 413, 415, 422, 500, 503, 507)}}},
            "/api/v1/facts/{fact_id}": {"get": {
                "summary": "One reference fact",
                "parameters": [{"name": "fact_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {**_ok({"$ref": "#/components/schemas/Fact"}), **_errors(404, 500)}}},
            "/api/v1/health": {"get": {"summary": "Model, store and review database status",
                                       "responses": {**_ok(obj), **_errors(500, 503)}}},
            "/api/v1/openapi.json": {"get": {"summary": "This document", "responses": _ok(obj)}},
            **_batch_paths(),
            **review_paths(),
        },
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}, "schemas": {
            "ReviewItem": REVIEW_ITEM_SCHEMA,
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                "type": "object", "required": ["code", "message"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}},
            "Fact": {"type": "object", "required": ["id", "text", "source"], "properties": {
                "id": {"type": "string"}, "text": {"type": "string"}, "source": {"type": "string"},
                "url": {"type": "string", "nullable": True}, "date": {"type": "string", "nullable": True}}},
            "CheckResult": {"type": "object", "required": ["claims", "published", "store"], "properties": {
                "claims": {"type": "array", "items": {"type": "object", "required": [
                    "text", "span", "kind", "verdict", "confidence", "reason", "evidence", "values"]}},
                "not_checkable": {"type": "array", "items": obj},
                "published": {"type": "string", "format": "date"},
                "summary": obj, "store": obj}},
        }},
    }
