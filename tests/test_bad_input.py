"""Bad input everywhere gets a clear 4xx, never a 500 (issue 8, item 5), on the API and on the HTML form.

Real model and real store (session fixtures). Limits are the documented settings; each 413/422 message names
its limit so the caller knows what to change.
"""

from __future__ import annotations

import json

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from checker.pipeline import Checker

EMOJI_64K = "\U0001F600\U0001F30D " * (64_000 // 9)  # 4-byte characters, ~64 kB of UTF-8
RTL_64K = "\u05e9\u05dc\u05d5\u05dd \u0627\u0644\u0633\u0644\u0627\u0645 \u202e" * (64_000 // 24)
LIMITS = {"max_body_bytes": 300_000, "max_text_chars": 100_000, "max_claims": 20, "max_claim_chars": 500}


@pytest.fixture(scope="module")
def app(real_checker: Checker) -> Flask:
    from dataclasses import replace

    checker = Checker(real_checker.encoder, real_checker.stores,
                      replace(real_checker.settings, **{k: v for k, v in LIMITS.items() if k != "max_body_bytes"}))
    return create_app({"TESTING": True, **LIMITS}, checker=checker)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def _post_json(client: FlaskClient, body: object, *, raw: bytes | None = None):  # type: ignore[no-untyped-def]
    data = raw if raw is not None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    return client.post("/api/v1/check", data=data, content_type="application/json")


def _assert_clear_error(response, status: int, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    error = response.get_json()["error"]
    assert set(error) == {"code", "message"} and error["message"]
    for word in words:
        assert word in error["message"], error["message"]


def test_body_over_the_limit_is_413_naming_it(client: FlaskClient) -> None:
    response = _post_json(client, {"text": "x" * 310_000})
    _assert_clear_error(response, 413, "300000")


def test_text_over_the_documented_length_is_422_naming_it(app: Flask) -> None:
    small = create_app({"TESTING": True, "max_text_chars": 1000}, checker=_with_settings(app, max_text_chars=1000))
    response = _post_json(small.test_client(), {"text": "The sky was blue. " * 100})
    _assert_clear_error(response, 422, "1000")


def _with_settings(app: Flask, **changes: int) -> Checker:
    from dataclasses import replace

    base = app.extensions["checker"].checker
    return Checker(base.encoder, base.stores, replace(base.settings, **changes))


@pytest.mark.parametrize("body,limit", [
    ({"claims": ["Seoul hosted the Olympics in 1988."] * 21}, "20"),
    ({"claims": ["a" * 501]}, "500"),
    ({"claims": ["Seoul hosted the 1988 Olympics."], "evidence": ["e"] * 21}, "20"),
    ({"claims": ["Seoul hosted the 1988 Olympics."], "evidence": ["e" * 501]}, "500"),
    ({"text": " ".join(f"In {1900 + i} the city had {i + 2} million people." for i in range(30))}, "20"),
])
def test_too_many_or_too_long_claims_are_422_naming_the_limit(client: FlaskClient, body: dict, limit: str) -> None:
    _assert_clear_error(_post_json(client, body), 422, limit)


@pytest.mark.parametrize("raw,code", [
    (b'{"text": "caf\xe9 \xff\xfe sold 5 cups"}', "malformed_json"),  # invalid UTF-8
    (b'\xef\xbb\xbf{"text": "BOM first"}', None),  # a UTF-8 BOM: accepted or refused, never a 500
    (b'{"text": "a\\u0000b was built in 1990."}', "invalid_character"),
    (b'{"text": "lone \\ud800 surrogate in 1990."}', "invalid_character"),
    (b'{"claims": ["x\\u0000"]}', "invalid_character"),
    (b'{"text": " \\t\\n\\u00a0 "}', "empty_text"),
    (b'{"text": "\\u200b\\u200b"}', None),
    (b'{"text": 1e999}', None),
    (b'[' * 5000 + b']' * 5000, None),  # deep nesting
    (b'{"text": "ok", "published": "2026-02-30"}', "invalid_date"),
    (b'{"text": "ok", "published": "99999-01-01"}', "invalid_date"),
    (b'', "malformed_json"),
])
def test_hostile_bodies_get_a_clear_4xx(client: FlaskClient, raw: bytes, code: str | None) -> None:
    response = _post_json(client, None, raw=raw)
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    if response.status_code >= 400:
        assert response.get_json()["error"]["message"]
    if code:
        assert response.status_code == 400 and response.get_json()["error"]["code"] == code


@pytest.mark.parametrize("text", [EMOJI_64K, RTL_64K, "1" * 60_000, "the first in " * 4000, ". " * 30_000])
def test_large_odd_texts_are_answered_not_crashed(client: FlaskClient, text: str) -> None:
    response = _post_json(client, {"text": text})
    assert response.status_code in (200, 422), response.get_data(as_text=True)[:300]
    data = response.get_json()
    assert "claims" in data if response.status_code == 200 else data["error"]["message"]


@pytest.mark.parametrize("query", ["\x00", "\ud800", "  ", "x" * 600])
def test_fact_search_refuses_bad_queries(client: FlaskClient, query: str) -> None:
    response = client.get("/api/v1/facts", query_string={"q": query}) if query != "\ud800" else \
        client.get("/api/v1/facts?q=%ED%A0%80")  # the UTF-8 bytes of a lone surrogate
    assert 400 <= response.status_code < 500 or response.status_code == 200
    if response.status_code >= 400:
        assert response.get_json()["error"]["message"]


@pytest.mark.parametrize("text,status,words", [
    ("   \n\t ", 400, "non-empty"),
    ("a\x00b was built in 1990.", 400, "NUL"),
    ("The sky was blue. " * 200, 200, ""),
    (EMOJI_64K[:20_000], 200, ""),
])
def test_the_form_shows_a_clear_message(client: FlaskClient, text: str, status: int, words: str) -> None:
    response = client.post("/check", data={"text": text, "published": ""})
    page = response.get_data(as_text=True)
    assert response.status_code == status and words in page
    if status >= 400:
        assert 'role="alert"' in page


def test_form_body_over_the_limit_is_a_413_page(client: FlaskClient) -> None:
    response = client.post("/check", data={"text": "x" * 310_000})
    assert response.status_code == 413 and "300000" in response.get_data(as_text=True)
    assert response.content_type.startswith("text/html")


def test_form_with_invalid_utf8_is_not_a_500(client: FlaskClient) -> None:
    response = client.post("/check", data=b"text=caf%E9+%FF+in+1990&published=",
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 400)
