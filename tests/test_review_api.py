"""Reviewer API on the real model: queueing from /check, the lease flow, authorization, ClaimReview."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from checker.embedding import SentenceTransformerEncoder
from tests.review_web_helpers import CLAIM, add_user, bearer, make_app, queue_claim


@pytest.fixture
def app(tmp_path: Path, encoder: SentenceTransformerEncoder, database_url: str) -> Flask:
    return make_app(tmp_path, encoder, database_url)


@pytest.fixture
def tokens(app: Flask) -> dict[str, str]:
    return {name: add_user(app, name, role) for name, role in
            (("alice", "reviewer"), ("bob", "reviewer"), ("root", "admin"))}


def test_check_queues_and_joins_and_can_opt_out(app: Flask) -> None:
    client = app.test_client()
    body = {"claims": [CLAIM], "published": "2026-01-04", "article": {"title": "Busan Daily",
                                                                      "url": "https://news.example/a"}}
    first = client.post("/api/v1/check", json=body).get_json()["review_items"]
    again = client.post("/api/v1/check", json=body).get_json()["review_items"]
    assert first[0]["joined"] is False and again[0] == {"claim_index": 0, "id": first[0]["id"], "joined": True}
    assert client.post("/api/v1/check", json={**body, "queue": False}).get_json()["review_items"] == []
    bad = client.post("/api/v1/check", json={**body, "article": {"url": "javascript:alert(1)"}})
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "invalid_url"


def test_lease_flow_decide_with_fact_then_automatic(app: Flask, tokens: dict[str, str]) -> None:
    client = app.test_client()
    item_id = queue_claim(client)
    alice, bob = bearer(tokens["alice"]), bearer(tokens["bob"])
    assert client.post(f"/api/v1/reviews/{item_id}/claim", headers=alice).get_json()["assignee"] == "alice"
    taken = client.post(f"/api/v1/reviews/{item_id}/claim", headers=bob)
    assert taken.status_code == 409 and "alice" in taken.get_json()["error"]["message"]
    decision = {"verdict": "supported", "note": "city records", "source": "https://www.busan.go.kr/",
                "add_fact": {"text": "Gwangan Bridge in Busan opened to traffic in January 2003.",
                             "source": "Busan Metropolitan City", "date": "2003-01-06"}}
    assert client.post(f"/api/v1/reviews/{item_id}/decide", headers=bob, json=decision).status_code == 409
    assert client.post(f"/api/v1/reviews/{item_id}/renew", headers=alice).status_code == 200
    decided = client.post(f"/api/v1/reviews/{item_id}/decide", headers=alice, json=decision).get_json()
    assert decided["status"] == "decided" and decided["fact_id"].startswith(f"review-{item_id}-")
    again = client.post(f"/api/v1/reviews/{item_id}/decide", headers=alice, json=decision)
    assert again.status_code == 409
    check = client.post("/api/v1/check", json={"claims": [CLAIM], "published": "2026-01-04"}).get_json()
    assert check["claims"][0]["verdict"] == "supported" and check["review_items"] == []
    assert check["claims"][0]["evidence"][0]["fact_id"] == decided["fact_id"]
    history = client.get(f"/api/v1/reviews/{item_id}/history", headers=bob).get_json()["history"]
    assert [h["action"] for h in history] == ["create", "claim", "renew", "decide"]
    assert history[-1]["actor"] == "alice" and history[-1]["after"]["verdict"] == "supported"
    listed = client.get("/api/v1/reviews?status=decided", headers=bob).get_json()
    assert [i["id"] for i in listed["items"]] == [item_id] and listed["counts"]["decided"] == 1


@pytest.mark.parametrize("body,code", [
    ({"verdict": "true"}, "invalid_verdict"),
    ({"verdict": "supported", "source": "javascript:alert(1)"}, "invalid_url"),
    ({"verdict": "supported", "colour": 1}, "unknown_field"), ({}, "missing_verdict"),
    ({"verdict": "supported", "add_fact": {"text": "x"}}, "invalid_fact"),
    ({"verdict": "supported", "link_fact": "no-such-fact"}, "unknown_fact")])
def test_bad_decisions_get_400(app: Flask, tokens: dict[str, str], body: dict, code: str) -> None:
    client = app.test_client()
    item_id = queue_claim(client)
    client.post(f"/api/v1/reviews/{item_id}/claim", headers=bearer(tokens["alice"]))
    response = client.post(f"/api/v1/reviews/{item_id}/decide", headers=bearer(tokens["alice"]), json=body)
    assert response.status_code == 400 and response.get_json()["error"]["code"] == code
    assert client.get(f"/api/v1/reviews/{item_id}", headers=bearer(tokens["alice"])).get_json()["status"] == "claimed"


def test_tokens_only_in_the_header_and_revocable(app: Flask, tokens: dict[str, str]) -> None:
    client = app.test_client()
    in_url = client.get(f"/api/v1/reviews?token={tokens['alice']}")
    assert in_url.status_code == 400 and in_url.get_json()["error"]["code"] == "token_in_url"
    missing = client.get("/api/v1/reviews")
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.get("/api/v1/reviews", headers=bearer("cc_wrong")).status_code == 401
    app.extensions["checker"].review.users.revoke_tokens("alice")
    assert client.get("/api/v1/reviews", headers=bearer(tokens["alice"])).status_code == 401
    assert client.get("/api/v1/reviews", headers=bearer(tokens["bob"])).status_code == 200


def test_check_can_require_a_token(tmp_path: Path, encoder: SentenceTransformerEncoder, database_url: str) -> None:
    app = make_app(tmp_path, encoder, database_url, require_token_for_check=True)
    client = app.test_client()
    assert client.post("/api/v1/check", json={"claims": [CLAIM]}).status_code == 401
    token = add_user(app, "carol")
    assert client.post("/api/v1/check", json={"claims": [CLAIM]}, headers=bearer(token)).status_code == 200


def test_claimreview_export_and_import(app: Flask, tokens: dict[str, str]) -> None:
    client = app.test_client()
    item_id = queue_claim(client)
    alice, root = bearer(tokens["alice"]), bearer(tokens["root"])
    assert client.get(f"/api/v1/reviews/{item_id}/claimreview", headers=alice).status_code == 409
    client.post(f"/api/v1/reviews/{item_id}/claim", headers=alice)
    client.post(f"/api/v1/reviews/{item_id}/decide", headers=alice,
                json={"verdict": "contradicted", "note": "opened 2003? no", "source": "https://ex.org/a"})
    doc = client.get(f"/api/v1/reviews/{item_id}/claimreview", headers=alice).get_json()
    assert doc["@type"] == "ClaimReview" and doc["claimReviewed"] == CLAIM
    assert doc["reviewRating"]["alternateName"] == "False" and doc["reviewRating"]["ratingValue"] == 1
    assert doc["url"].endswith(f"/review/{item_id}") and doc["citation"] == "https://ex.org/a"
    graph = client.get("/api/v1/claimreview", headers=alice).get_json()["@graph"]
    assert [g["claimReviewed"] for g in graph] == [CLAIM]
    reviews = [{"@type": "ClaimReview", "claimReviewed": "The Busan Tower is 120 metres tall.",
                "url": "https://factcheck.example/tower", "author": {"name": "Example Checks"},
                "reviewRating": {"alternateName": "True"}}, {**doc}]
    payload = {"@context": "https://schema.org", "@graph": reviews}
    assert client.post("/api/v1/claimreview", headers=alice, json=payload).status_code == 403
    report = client.post("/api/v1/claimreview", headers=root, json=payload).get_json()
    assert len(report["added"]) == 1 and "rated false" in report["skipped"][0]
    fact = client.get(f"/api/v1/facts/{report['added'][0]}").get_json()
    assert fact["source"] == "Example Checks" and fact["url"] == "https://factcheck.example/tower"
    again = client.post("/api/v1/claimreview", headers=root, json=payload).get_json()
    assert again["added"] == [] and "already in the store" in again["skipped"][0]
