"""The HTTP contract, on the real checker, through Flask's test client."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from checker.pipeline import Checker


@pytest.fixture(scope="module")
def app(real_checker: Checker, tmp_path_factory: pytest.TempPathFactory) -> Flask:
    data_dir = str(tmp_path_factory.mktemp("api-data"))
    return create_app({"TESTING": True, "max_body_bytes": 20_000, "data_dir": data_dir}, checker=real_checker)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_check_text(client: FlaskClient) -> None:
    text = "The year 2026 marks the 150th anniversary of the birth of Kim Koo. We should all be kind."
    response = client.post("/api/v1/check", json={"text": text, "published": "2026-01-04"})
    assert response.status_code == 200
    data = response.get_json()
    assert data["published"] == "2026-01-04" and data["store"]["facts"] >= 150
    (claim,) = data["claims"]
    assert claim["verdict"] == "supported" and claim["kind"] == "anniversary"
    assert text[claim["span"][0]:claim["span"][1]] == claim["text"]
    assert {"fact_id", "text", "source", "url", "date", "similarity"} <= set(claim["evidence"][0])
    # an anniversary is computed: the reason carries the arithmetic beside its code and message
    assert set(claim["reason"]) == {"code", "message", "computation"}
    assert claim["reason"]["computation"] == "1876-08-29 → 2026 = 150 years; the claim says 150th"
    assert data["not_checkable"][0]["kind"] == "normative"


def test_check_claims_with_evidence(client: FlaskClient) -> None:
    response = client.post("/api/v1/check", json={"claims": ["Seoul hosted the 1988 Olympics."],
                                                  "evidence": ["Seoul hosted the 1988 Summer Olympics."],
                                                  "queue": False})
    assert response.status_code == 200
    assert response.get_json()["claims"][0]["verdict"] == "supported"


@pytest.mark.parametrize("kwargs,status,code", [
    ({"data": "{not json", "content_type": "application/json"}, 400, "malformed_json"),
    ({"json": {}}, 400, "missing_text"),
    ({"json": {"text": "   "}}, 400, "empty_text"),
    ({"json": {"text": 5}}, 400, "empty_text"),
    ({"json": {"text": "a", "claims": ["b"]}}, 400, "missing_text"),
    ({"json": {"claims": "one"}}, 400, "wrong_type"),
    ({"json": {"text": "x", "colour": 1}}, 400, "unknown_field"),
    ({"json": {"text": "x", "published": "yesterday"}}, 400, "invalid_date"),
    ({"json": {"text": "x", "queue": "yes"}}, 400, "wrong_type"),
    ({"json": ["text"]}, 400, "invalid_body"),
    ({"data": "text=hello", "content_type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"),
    ({"json": {"text": "x" * 30_000}}, 413, "payload_too_large"),
    ({"json": {"claims": ["c"] * 201}}, 422, "limit_exceeded"),
])
def test_check_errors(client: FlaskClient, kwargs: dict, status: int, code: str) -> None:
    response = client.post("/api/v1/check", **kwargs)
    assert response.status_code == status
    assert response.content_type == "application/json"
    assert response.get_json()["error"]["code"] == code
    assert response.get_json()["error"]["message"]


def test_not_found_and_method_not_allowed_are_json(client: FlaskClient) -> None:
    for response, status in ((client.get("/api/v1/nope"), 404), (client.get("/api/v1/check"), 405),
                             (client.get("/api/v1/facts/no-such-fact"), 404)):
        assert response.status_code == status
        assert set(response.get_json()["error"]) == {"code", "message"}


def test_facts_search_and_get(client: FlaskClient) -> None:
    found = client.get("/api/v1/facts?q=Kim Koo birth&limit=3").get_json()["facts"]
    assert len(found) == 3 and "kim-koo-birth-1876" in [f["fact_id"] for f in found]
    # hybrid: a rare exact name that dense similarity ranks low is found by the keyword side
    named = client.get("/api/v1/facts?q=KCCI chairman&limit=3").get_json()["facts"]
    assert named[0]["fact_id"] == "lee-jm-2026-business-delegation"
    fact = client.get("/api/v1/facts/kim-koo-birth-1876").get_json()
    assert fact["date"] == "1876-08-29"
    assert client.get("/api/v1/facts?q=x&limit=0").status_code == 400
    assert client.get("/api/v1/facts").status_code == 400


def test_health_and_openapi(client: FlaskClient) -> None:
    health = client.get("/api/v1/health").get_json()
    assert health["status"] == "ok" and health["store"]["facts"] >= 150
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    assert {"/api/v1/check", "/api/v1/facts", "/api/v1/facts/{fact_id}", "/api/v1/health"} <= set(doc["paths"])


def test_form_escapes_and_highlights(client: FlaskClient) -> None:
    text = "<script>alert(1)</script> The year 2026 marks the 150th anniversary of the birth of Kim Koo."
    page = client.post("/check", data={"text": text, "published": "2026-01-04"}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert 'class="supported"' in page and "kim-koo-birth-1876" in page


def test_form_errors_are_shown_on_the_page(client: FlaskClient) -> None:
    response = client.post("/check", data={"text": "  ", "published": ""})
    assert response.status_code == 400 and "non-empty" in response.get_data(as_text=True)
    response = client.post("/check", data={"text": "Hello.", "published": "tomorrow"})
    assert response.status_code == 400 and "not a date" in response.get_data(as_text=True)
    assert client.get("/").status_code == 200
