"""Reviewer pages: login and logout with server-side sessions, CSRF on every form, nothing rendered live."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from checker.embedding import SentenceTransformerEncoder
from tests.review_web_helpers import CLAIM, PASSWORD, add_user, csrf_of, login, make_app, queue_claim

XSS = "<script>alert(1)</script> The Gwangan Bridge in Busan opened to traffic in 2003."


@pytest.fixture
def app(tmp_path: Path, encoder: SentenceTransformerEncoder, database_url: str) -> Flask:
    app = make_app(tmp_path, encoder, database_url)
    add_user(app, "alice")
    add_user(app, "root", "admin")
    return app


def test_pages_need_login_and_login_needs_csrf(app: Flask) -> None:
    client = app.test_client()
    assert client.get("/review").status_code == 302 and "/login" in client.get("/review").location
    client.get("/login")
    refused = client.post("/login", data={"name": "alice", "password": PASSWORD, "csrf_token": "forged"})
    assert refused.status_code == 403
    page = client.get("/login").get_data(as_text=True)
    wrong = client.post("/login", data={"name": "alice", "password": "nope", "csrf_token": csrf_of(page)})
    assert wrong.status_code == 401 and "wrong user name or password" in wrong.get_data(as_text=True)
    login(client, "alice")
    assert client.get("/review").status_code == 200


def test_claim_decide_on_pages_and_csrf_on_every_form(app: Flask) -> None:
    client = app.test_client()
    item_id = queue_claim(client)
    login(client, "alice")
    page = client.get(f"/review/{item_id}").get_data(as_text=True)
    assert '<mark class="claim">' in page
    assert client.post(f"/review/{item_id}/claim", data={}).status_code == 403  # no CSRF token
    assert client.post(f"/review/{item_id}/claim", data={"csrf_token": "x"}).status_code == 403
    token = csrf_of(page)
    assert client.post(f"/review/{item_id}/claim", data={"csrf_token": token}).status_code == 303
    decide = {"csrf_token": token, "verdict": "unverifiable", "note": "no source", "source": "javascript:alert(1)"}
    refused = client.post(f"/review/{item_id}/decide", data=decide)
    assert refused.status_code == 400 and "http or https" in refused.get_data(as_text=True)
    assert client.post(f"/review/{item_id}/decide", data={**decide, "csrf_token": ""}).status_code == 403
    done = client.post(f"/review/{item_id}/decide", data={**decide, "source": "https://ex.org/s"})
    assert done.status_code == 303
    page = client.get(f"/review/{item_id}").get_data(as_text=True)
    assert 'id="verdict">unverifiable<' in page and "alice: decide" in page
    queue_page = client.get("/review?status=decided").get_data(as_text=True)
    assert CLAIM in queue_page and "unverifiable" in queue_page


def test_script_claims_and_javascript_urls_are_inert_everywhere(app: Flask) -> None:
    client = app.test_client()
    data = client.post("/api/v1/check", json={"text": XSS, "published": "2026-01-04",
                                              "article": {"title": "<b>T</b>", "url": "https://n.example/x"}})
    item_id = data.get_json()["review_items"][0]["id"]
    login(client, "root")
    for url in ("/review", f"/review/{item_id}"):
        page = client.get(url).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in page and "<b>T</b>" not in page
        assert "javascript:" not in page
    assert "&lt;b&gt;T&lt;/b&gt;" in client.get(f"/review/{item_id}").get_data(as_text=True)


def test_logout_kills_the_session(app: Flask) -> None:
    client = app.test_client()
    login(client, "alice")
    page = client.get("/review").get_data(as_text=True)
    cookie = client.get_cookie("cc_session")
    assert cookie is not None
    assert client.post("/logout", data={"csrf_token": "wrong"}).status_code == 403
    assert client.post("/logout", data={"csrf_token": csrf_of(page)}).status_code == 302
    replay = app.test_client()
    replay.set_cookie("cc_session", cookie.value)
    assert replay.get("/review").status_code == 302  # the old cookie is worthless now


def test_pages_are_html(app: Flask) -> None:
    assert app.test_client().get("/login").content_type.startswith("text/html")


def test_the_check_form_queues_too(app: Flask) -> None:
    page = app.test_client().post("/check", data={"text": CLAIM, "published": "2026-01-04"}).get_data(as_text=True)
    assert "1 claim(s) went to the" in page
    assert app.extensions["checker"].queue.counts()["open"] == 1
