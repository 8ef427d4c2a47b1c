"""JSON API under /api/v1: parse, call one core method, return the result's dict."""

from __future__ import annotations

import hmac
from typing import Any

from flask import Blueprint, current_app, jsonify, request
from werkzeug.exceptions import BadRequest, UnsupportedMediaType

from ..errors import InvalidInput, StoreError
from .auth import api_user
from .openapi import openapi_document
from .requests_parsing import check_characters, parse_check, parse_facts, parse_limit
from .services import Services

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def services() -> Services:
    return current_app.extensions["checker"]


def json_body() -> Any:
    if not request.is_json:
        raise UnsupportedMediaType("send the body as JSON with Content-Type: application/json")
    try:
        return request.get_json()
    except BadRequest:
        raise InvalidInput("the body is not valid JSON", code="malformed_json") from None
    except RecursionError:  # "[[[[...": the json module gives up on deep nesting with this, not a ValueError
        raise InvalidInput("the body's JSON is nested too deeply", code="malformed_json") from None


@bp.before_request
def rate_limit() -> None:
    """Count every POST /api/v1/check against the client's limit (shared by all worker processes)."""
    if request.endpoint == "api.check":
        services().count_check(request.remote_addr)


@bp.post("/check")
def check():  # type: ignore[no-untyped-def]
    """Check an article or a list of claims."""
    if services().settings.require_token_for_check:
        api_user()
    req = parse_check(json_body())
    result = services().desk.check(text=req.text, claims=req.claims, published=req.published,
                                   evidence=req.evidence, queue=req.queue, article=req.article)
    return jsonify(result.to_dict())


@bp.get("/facts")
def facts():  # type: ignore[no-untyped-def]
    """Search the reference store by meaning."""
    limit = parse_limit(request.args.get("limit"))
    query = request.args.get("q")
    if query is None:
        raise InvalidInput("give a search query as ?q=", code="missing_query")
    check_characters(query, "'q'")
    found = services().checker.search_facts(query, limit)
    return jsonify({"query": query, "facts": [e.to_dict() for e in found]})


@bp.post("/facts")
def add_facts():  # type: ignore[no-untyped-def]
    """Add facts to the reference store at run time (an admin's token, or the import token)."""
    _require_importer()
    facts = parse_facts(json_body(), services().settings.max_claims)
    stores = services().checker.stores
    if not hasattr(stores, "add_facts"):
        raise StoreError("this server's store is read-only")
    store = stores.add_facts(facts)
    return jsonify({"added": [f.id for f in facts], "store": store.info().to_dict()}), 201


def _require_importer() -> None:
    """An import pipeline holds CHECKER_IMPORT_TOKEN; people use their own admin API token."""
    expected = services().settings.import_token
    given = request.headers.get("Authorization", "")
    if expected and hmac.compare_digest(given.encode(), f"Bearer {expected}".encode()):
        return
    api_user(role="admin")


@bp.get("/facts/<fact_id>")
def fact(fact_id: str):  # type: ignore[no-untyped-def]
    """Show one fact."""
    return jsonify(services().checker.get_fact(fact_id).to_dict())


@bp.get("/health")
def health():  # type: ignore[no-untyped-def]
    """Report whether the model, the store and the review database are usable."""
    svc = services()
    store = svc.checker.stores.current().info()
    database = svc.review.reachable()
    response = jsonify({"status": "ok" if database else "degraded", "model": svc.checker.encoder.name,
                        "store": store.to_dict(), "review_db": "ok" if database else "unreachable"})
    response.status_code = 200 if database else 503
    return response


@bp.get("/openapi.json")
def openapi():  # type: ignore[no-untyped-def]
    """Serve the OpenAPI 3 document."""
    return jsonify(openapi_document(services().settings))
