"""gunicorn entry for the naive pipeline, so the API benchmark runs both behind the same server."""

from __future__ import annotations

from typing import Any


def naive_app() -> Any:
    """``gunicorn 'checker.bench.wsgi:naive_app()'``: the app with the naive checker (built per worker)."""
    from app import create_app

    from .naive import naive_checker

    app = create_app()
    services = app.extensions["checker"]
    services._factory = lambda settings: naive_checker(settings)  # lazily, after fork, like the real one
    return app
