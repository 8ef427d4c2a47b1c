"""Flask CLI commands (``flask --app app index rebuild``) calling the same core as ``python -m checker``."""

from __future__ import annotations

import click
from flask import Flask, current_app


def init_app(app: Flask) -> None:
    @app.cli.group("index")
    def index() -> None:
        """Manage the reference index."""

    @index.command("rebuild")
    def rebuild() -> None:
        """Rebuild the FAISS index from the reference files."""
        store = current_app.extensions["checker"].checker.stores.ensure(force=True)
        click.echo(f"rebuilt: {len(store.facts)} facts, version {store.version}")
