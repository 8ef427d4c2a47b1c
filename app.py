"""Application factory: ``flask --app app run``, ``gunicorn 'app:create_app()'`` or ``python app.py``."""

from __future__ import annotations

import os
import secrets
from typing import Any, Mapping

from flask import Flask

from checker.pipeline import Checker
from checker.settings import Settings


def create_app(test_config: Mapping[str, Any] | None = None, *, checker: Checker | None = None) -> Flask:
    """Build an app; ``test_config`` may override Settings fields (lower-case names) or Flask config."""
    overrides = {k: v for k, v in (test_config or {}).items() if k.islower()}
    if checker is not None and "data_dir" not in overrides and "CHECKER_DATA_DIR" not in os.environ:
        overrides["data_dir"] = checker.settings.data_dir  # the databases live beside the injected checker's store
    settings = Settings.from_env(**overrides)
    app = Flask(__name__, template_folder="checker/web/templates")
    app.config.update(
        SECRET_KEY=settings.secret_key or secrets.token_hex(32),
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        MAX_FORM_MEMORY_SIZE=settings.max_body_bytes,
        JSON_SORT_KEYS=False,
    )
    app.config.update({k: v for k, v in (test_config or {}).items() if k.isupper()})
    from checker.web import init_app

    init_app(app, settings, checker)
    return app


if __name__ == "__main__":
    application = create_app()
    application.extensions["checker"].checker  # load the model and index before the first request
    application.run(host=os.environ.get("HOST", "127.0.0.1"), port=application.extensions["checker"].settings.port)
