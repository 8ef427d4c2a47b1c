"""Batch results under /api/v1/batches: read-only views of what ``python -m checker batch`` stored."""

from __future__ import annotations

from flask import Blueprint, Flask, current_app, jsonify, request

from ..batch_store import BatchStore
from ..errors import InvalidInput, NotFound
from ..pgurl import is_postgres
from ..settings import Settings
from .requests_parsing import parse_limit

bp = Blueprint("batches", __name__, url_prefix="/api/v1/batches")
EXTENSION = "checker_batches"


def init_app(app: Flask, settings: Settings) -> None:
    """Register the routes; the store connects on first request, so each gunicorn worker opens its own pool."""
    url = settings.database_url
    app.extensions[EXTENSION] = BatchStore(url) if is_postgres(url) else None
    app.register_blueprint(bp)


def batch_store() -> BatchStore:
    store = current_app.extensions[EXTENSION]
    if store is None:
        raise NotFound("batch checking is off: set CHECKER_DATABASE_URL to a PostgreSQL database",
                       code="batches_disabled")
    return store


def parse_offset(raw: str | None) -> int:
    if raw is None or raw == "":
        return 0
    if not raw.isdigit():
        raise InvalidInput("'offset' must be a whole number, 0 or more", code="invalid_offset")
    return int(raw)


@bp.get("/<batch_id>")
def batch(batch_id: str):  # type: ignore[no-untyped-def]
    """Show a batch: articles, how many are checked, verdict totals."""
    return jsonify(batch_store().describe(batch_id))


@bp.get("/<batch_id>/results")
def results(batch_id: str):  # type: ignore[no-untyped-def]
    """List a batch's stored results in file order, a page at a time."""
    limit = parse_limit(request.args.get("limit"), default=100, most=500)
    offset = parse_offset(request.args.get("offset"))
    found = batch_store().results(batch_id, limit, offset)
    return jsonify({"batch": batch_id, "limit": limit, "offset": offset, "results": found})
