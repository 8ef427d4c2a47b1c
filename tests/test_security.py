"""Injection and XSS (issue 8, item 7): hostile text is stored verbatim and rendered inert; headers everywhere.

Pages are checked on the parsed HTML (html.parser), not by substring: no script element or event-handler
attribute that we did not write, no link with a non-http(s) scheme, and the hostile text still readable.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from checker.domain import Fact
from checker.embedding import SentenceTransformerEncoder
from checker.pipeline import Checker
from checker.publish import StoreManager
from checker.settings import ROOT, Settings

SQL = "Robert'); DROP TABLE facts;-- was elected in 1990 \" OR 1=1 --"
XSS = ('<script>alert(1)</script> "><img src=x onerror=alert(2)> \'onmouseover=\'alert(3) '
       '<a href="javascript:alert(4)">x</a> Seoul hosted the 1988 Summer Olympics.')
TOKEN = "t0k3n-for-tests"


class PageScan(HTMLParser):
    """Collects what could run: script elements, on* attributes, and URL-bearing attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag in ("script", "iframe", "object", "embed")
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}")
            if name in ("href", "src", "action", "formaction") and value is not None:
                self.urls.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def scan(html: str) -> PageScan:
    parser = PageScan()
    parser.feed(html)
    return parser


def assert_inert(html: str) -> PageScan:
    page = scan(html)
    assert page.scripts == 0 and not page.handlers
    for url in page.urls:
        assert url.startswith(("/", "#", "http://", "https://")), url
    return page


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory, encoder: SentenceTransformerEncoder) -> Flask:
    """A store whose facts carry hostile text, a hostile source and a javascript: URL written behind the loader."""
    refs = tmp_path_factory.mktemp("refs")
    records = [
        {"id": "olympics", "text": "Seoul hosted the 1988 Summer Olympics. <script>alert(5)</script>",
         "source": "<b onclick=alert(6)>Src</b>", "url": "https://example.org/a?x=\"><script>", "date": "1988"},
        {"id": "kim-koo", "text": "Kim Koo was born on 29 August 1876.", "source": "S", "url": None, "date": "1876"},
    ]
    (refs / "facts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    settings = Settings.from_env({}, data_dir=str(tmp_path_factory.mktemp("data")), reference=str(refs),
                                 import_token=TOKEN)
    manager = StoreManager(settings.data_dir, refs, encoder)
    manager.ensure()
    # The loader refuses javascript: URLs; a fact that got in another way must still render inert.
    manager.add_facts([Fact(id="js-url", text="Seoul hosted the 1988 Summer Olympics in September.",
                            source="evil", url="javascript:alert(7)", date="1988")])
    return create_app({"TESTING": True, "import_token": TOKEN}, checker=Checker(encoder, manager, settings))


@pytest.fixture
def client(hostile_app: Flask) -> FlaskClient:
    return hostile_app.test_client()


def test_result_page_renders_hostile_article_and_facts_inert(client: FlaskClient) -> None:
    response = client.post("/check", data={"text": XSS, "published": "2026-01-04"})
    assert response.status_code == 200
    page = assert_inert(response.get_data(as_text=True))
    text = "".join(page.text)
    assert "<script>alert(1)</script>" in text and "onerror=alert(2)" in text  # shown as text, verbatim
    assert "<b onclick=alert(6)>Src</b>" in text and "js-url" in text  # both hostile facts were cited
    assert "https://example.org/a?x=\"><script>" in page.urls  # an http link, its quote kept inside the attribute


@pytest.mark.parametrize("text", [XSS, SQL, "</textarea><script>alert(8)</script>", '" autofocus onfocus="alert(9)'])
def test_form_error_page_echoes_text_inert(client: FlaskClient, text: str) -> None:
    response = client.post("/check", data={"text": text, "published": "not-a-date"})
    assert response.status_code == 400
    page = assert_inert(response.get_data(as_text=True))
    assert text in "".join(page.text)  # the textarea gives the text back exactly


def test_error_pages_are_inert(client: FlaskClient) -> None:
    for response in (client.get("/<script>alert(1)</script>"), client.get("/check"),
                     client.post("/check", data={"text": "x" * 2_000_000})):
        assert response.status_code in (404, 405, 413)
        assert_inert(response.get_data(as_text=True))


def test_sql_looking_text_is_stored_and_returned_verbatim(client: FlaskClient) -> None:
    fact = {"id": "sql-1'; DROP TABLE x;--", "text": SQL, "source": "Bobby Tables'--", "date": "1990"}
    response = client.post("/api/v1/facts", json={"facts": [fact]}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.get_json()
    stored = client.get("/api/v1/facts/" + fact["id"]).get_json()
    assert stored["text"] == SQL and stored["source"] == fact["source"] and stored["id"] == fact["id"]
    assert client.get("/api/v1/facts", query_string={"q": SQL}).get_json()["facts"][0]["fact_id"] == fact["id"]


def test_adding_facts_needs_the_token_and_refuses_javascript_urls(client: FlaskClient) -> None:
    fact = {"id": "new-1", "text": "A new fact.", "source": "S"}
    assert client.post("/api/v1/facts", json={"facts": [fact]}).status_code == 401
    in_url = client.post("/api/v1/facts?token=" + TOKEN, json={"facts": [fact]})
    assert in_url.status_code == 400 and in_url.get_json()["error"]["code"] == "token_in_url"
    bad = {**fact, "url": "javascript:alert(1)"}
    response = client.post("/api/v1/facts", json={"facts": [bad]}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400 and "url" in response.get_json()["error"]["message"]
    off = create_app({"TESTING": True}, checker=client.application.extensions["checker"].checker)
    # without an import token only an admin's API token may add facts
    assert off.test_client().post("/api/v1/facts", json={"facts": [fact]},
                                  headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 401


def test_security_headers_on_every_response(client: FlaskClient) -> None:
    responses = [client.get("/"), client.post("/check", data={"text": "Seoul hosted the 1988 Olympics."}),
                 client.post("/check", data={"text": " "}), client.get("/nope"), client.get("/api/v1/nope"),
                 client.get("/api/v1/health"), client.get("/api/v1/openapi.json"), client.get("/api/v1/check"),
                 client.post("/api/v1/check", data="{", content_type="application/json"),
                 client.post("/api/v1/check", data="x" * 2_000_000, content_type="application/json")]
    for response in responses:
        csp = response.headers.get("Content-Security-Policy", "")
        assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp and "script-src" not in csp
        assert "object-src 'none'" in csp and "base-uri 'none'" in csp
        assert response.headers.get("X-Content-Type-Options") == "nosniff"
        assert response.headers.get("Referrer-Policy")
        assert response.headers.get("X-Frame-Options") == "DENY"


def test_ruff_security_rules_are_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(__import__("sys").executable).parent))
    if ruff is None:
        pytest.fail("ruff is not installed: pip install -r requirements.txt")
    result = subprocess.run([ruff, "check", "--select", "S", "--no-cache", "checker", "app.py"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
