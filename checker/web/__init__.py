"""The only package that imports Flask: blueprints, error handlers and CLI commands."""

from __future__ import annotations

from flask import Flask

from ..pipeline import Checker
from ..settings import Settings
from .services import Services


# No script at all on our pages; inline style only (base.html); forms post back to us; no plugins, no framing.
CSP = ("default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")


def init_app(app: Flask, settings: Settings, checker: Checker | None = None) -> None:
    from . import api, batches, commands, errors, pages, review_api, review_pages

    app.extensions["checker"] = Services(settings, checker=checker)
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    batches.init_app(app, settings)
    app.register_blueprint(review_api.bp)
    app.register_blueprint(review_pages.bp)
    errors.init_app(app)
    commands.init_app(app)

    @app.after_request
    def security_headers(response):  # type: ignore[no-untyped-def]
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")  # frame-ancestors for browsers without CSP 2
        return response
