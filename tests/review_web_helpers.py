"""An app around the real model with its own store and review database, plus logged-in users."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from checker.embedding import SentenceTransformerEncoder
from checker.pipeline import Checker
from checker.publish import StoreManager
from checker.settings import Settings

CLAIM = "The Gwangan Bridge in Busan opened to traffic in 2003."
PASSWORD = "correct horse battery"


def make_app(tmp_path: Path, encoder: SentenceTransformerEncoder, database_url: str, **config: Any) -> Flask:
    settings = Settings.from_env({}, data_dir=str(tmp_path / "data"))
    stores = StoreManager(settings.data_dir, settings.reference, encoder)
    stores.ensure()
    checker = Checker(encoder, stores, settings)
    return create_app({"TESTING": True, "data_dir": settings.data_dir, "database_url": database_url, **config},
                      checker=checker)


def add_user(app: Flask, name: str, role: str = "reviewer") -> str:
    """Create a user with PASSWORD; returns the API token."""
    return app.extensions["checker"].review.users.add(name, role, PASSWORD)[1]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def queue_claim(client: FlaskClient, text: str = CLAIM) -> int:
    data = client.post("/api/v1/check", json={"claims": [text], "published": "2026-01-04"}).get_json()
    return data["review_items"][0]["id"]


def csrf_of(page: str) -> str:
    marker = 'name="csrf_token" value="'
    start = page.index(marker) + len(marker)
    return page[start:page.index('"', start)]


def login(client: FlaskClient, name: str) -> None:
    page = client.get("/login").get_data(as_text=True)
    response = client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": csrf_of(page)})
    assert response.status_code == 302, response.get_data(as_text=True)
