"""Authorization matrix over every reviewer route and role; each answer's status is in the OpenAPI document."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from checker.embedding import SentenceTransformerEncoder
from tests.review_web_helpers import add_user, bearer, make_app, queue_claim

ROUTES = [  # (method, path, body, admin only)
    ("GET", "/api/v1/reviews", None, False),
    ("GET", "/api/v1/reviews/{id}", None, False),
    ("GET", "/api/v1/reviews/{id}/history", None, False),
    ("GET", "/api/v1/reviews/{id}/claimreview", None, False),
    ("POST", "/api/v1/reviews/{id}/claim", None, False),
    ("POST", "/api/v1/reviews/{id}/renew", None, False),
    ("POST", "/api/v1/reviews/{id}/release", None, False),
    ("POST", "/api/v1/reviews/{id}/decide", {"verdict": "unverifiable"}, False),
    ("POST", "/api/v1/reviews/{id}/approve", None, False),
    ("POST", "/api/v1/reviews/{id}/reopen", None, True),
    ("GET", "/api/v1/claimreview", None, False),
    ("POST", "/api/v1/claimreview", {"@type": "ClaimReview", "claimReviewed": "x"}, True),
]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, encoder: SentenceTransformerEncoder) -> tuple[Flask, dict]:
    tmp = tmp_path_factory.mktemp("access")
    app = make_app(tmp, encoder, f"sqlite:///{tmp / 'review.sqlite3'}")
    tokens = {None: None, "bad": "cc_not-a-token", "reviewer": add_user(app, "rev"),
              "admin": add_user(app, "adm", "admin")}
    return app, tokens


@pytest.mark.parametrize("role", [None, "bad", "reviewer", "admin"])
@pytest.mark.parametrize("method,path,body,admin_only", ROUTES)
def test_authorization_matrix(setup: tuple[Flask, dict], role: str | None, method: str, path: str,
                              body: dict | None, admin_only: bool) -> None:
    app, tokens = setup
    client = app.test_client()
    url = path.replace("{id}", str(queue_claim(client)))
    headers = bearer(tokens[role]) if tokens[role] else {}
    response = client.open(url, method=method, json=body, headers=headers)
    data = response.get_json()
    if role in (None, "bad"):
        assert response.status_code == 401 and data["error"]["code"] in ("missing_token", "invalid_token")
    elif admin_only and role == "reviewer":
        assert response.status_code == 403
    else:
        assert response.status_code not in (401, 403), data
    documented = app.test_client().get("/api/v1/openapi.json").get_json()["paths"][path.replace("{id}", "{item_id}")]
    assert str(response.status_code) in documented[method.lower()]["responses"]


def test_unknown_item_is_404_and_bad_filter_400(setup: tuple[Flask, dict]) -> None:
    app, tokens = setup
    client = app.test_client()
    assert client.get("/api/v1/reviews/99999", headers=bearer(tokens["reviewer"])).status_code == 404
    bad = client.get("/api/v1/reviews?status=lost", headers=bearer(tokens["reviewer"]))
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "invalid_status"


def test_two_person_rule_and_reopen_over_http(tmp_path: Path, encoder: SentenceTransformerEncoder,
                                              database_url: str) -> None:
    app = make_app(tmp_path, encoder, database_url, two_person_rule=True)
    client = app.test_client()
    alice, bob, root = (bearer(add_user(app, n, r)) for n, r in (("alice", "reviewer"), ("bob", "reviewer"),
                                                                  ("root", "admin")))
    item_id = queue_claim(client)
    client.post(f"/api/v1/reviews/{item_id}/claim", headers=alice)
    decided = client.post(f"/api/v1/reviews/{item_id}/decide", headers=alice, json={
        "verdict": "supported", "add_fact": {"text": "Gwangan Bridge opened in 2003.", "source": "City"}}).get_json()
    assert decided["fact_id"] is None and decided["decisions"][0]["fact_status"] == "pending"
    pending = client.get(f"/api/v1/reviews/{item_id}", headers=bob).get_json()["decisions"][0]
    assert pending["fact"]["text"] == "Gwangan Bridge opened in 2003." and pending["reviewer"] == "alice"
    assert client.post(f"/api/v1/reviews/{item_id}/approve", headers=alice).status_code == 403
    approved = client.post(f"/api/v1/reviews/{item_id}/approve", headers=bob).get_json()
    assert client.get(f"/api/v1/facts/{approved['fact_id']}").status_code == 200
    assert client.post(f"/api/v1/reviews/{item_id}/reopen", headers=bob).status_code == 403
    assert client.post(f"/api/v1/reviews/{item_id}/reopen", headers=root).get_json()["status"] == "open"


def test_health_reports_the_review_database(setup: tuple[Flask, dict]) -> None:
    health = setup[0].test_client().get("/api/v1/health").get_json()
    assert health["review_db"] == "ok" and health["status"] == "ok"


def test_health_says_when_the_review_database_is_gone(tmp_path: Path, encoder: SentenceTransformerEncoder,
                                                      database_url: str) -> None:
    from checker.review.db import make_engine

    app = make_app(tmp_path, encoder, database_url)
    app.extensions["checker"].review.engine = make_engine(f"sqlite:///{tmp_path}/no/such/dir/review.sqlite3")
    response = app.test_client().get("/api/v1/health")
    assert response.status_code == 503 and response.get_json()["review_db"] == "unreachable"
