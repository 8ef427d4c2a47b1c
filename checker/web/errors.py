"""One JSON error shape under /api, friendly pages elsewhere: negotiated here and only here."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ..errors import CheckerError, RateLimited, Unauthorized

log = logging.getLogger(__name__)


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


def _respond(status: int, code: str, message: str) -> Response | tuple[str, int]:
    if request.path.startswith("/api/"):
        response = jsonify(error_body(code, message))
        response.status_code = status
        return response
    return render_template("error.html", status=status, message=message), status


def init_app(app: Flask) -> None:
    @app.errorhandler(CheckerError)
    def checker_error(exc: CheckerError):  # type: ignore[no-untyped-def]
        response = app.make_response(_respond(exc.http_status, exc.code, exc.message))
        if isinstance(exc, Unauthorized):
            response.headers["WWW-Authenticate"] = 'Bearer realm="claimcheck"'
        if isinstance(exc, RateLimited):
            response.headers["Retry-After"] = str(exc.retry_after)
        return response

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):  # type: ignore[no-untyped-def]
        code = (exc.name or "error").lower().replace(" ", "_")
        message = exc.description or exc.name or "error"
        if exc.code == 413:
            limit = app.config.get("MAX_CONTENT_LENGTH")
            code, message = "payload_too_large", f"the request body is larger than the limit of {limit} bytes"
        response = _respond(exc.code or 500, code, message)
        if exc.code == 405 and isinstance(response, Response):
            response.headers["Allow"] = ", ".join(exc.valid_methods or [])  # type: ignore[attr-defined]
        return response

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):  # type: ignore[no-untyped-def]
        log.exception("unhandled error")
        return _respond(500, "internal_error", "an internal error occurred; it has been logged")
