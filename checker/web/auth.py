"""Who is calling: API tokens (``Authorization: Bearer``) for /api, server-side sessions for pages, CSRF.

Tokens in query strings are refused outright: URLs end up in logs, histories and Referer headers.
The session cookie holds a random id; the database holds its hash, so logging out kills it everywhere.
"""

from __future__ import annotations

import secrets
from typing import Any

from flask import Response, current_app, g, request

from ..errors import Forbidden, InvalidInput, Unauthorized
from ..review import Session, User, UserStore

SESSION_COOKIE = "cc_session"
LOGIN_CSRF_COOKIE = "cc_login_csrf"
QUERY_TOKEN_NAMES = ("token", "access_token", "api_key", "apikey", "auth")


def users() -> UserStore:
    return current_app.extensions["checker"].review.users


def api_user(role: str | None = None) -> User:
    """The user of a valid Bearer token, optionally needing ``role`` (admin). 401/403 otherwise."""
    if any(name in request.args for name in QUERY_TOKEN_NAMES):
        raise InvalidInput("send the token in the Authorization header, never in the URL", code="token_in_url")
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("this needs an API token: Authorization: Bearer <token>", code="missing_token")
    return _with_role(users().by_token(token.strip()), role)


def _with_role(user: User, role: str | None) -> User:
    if role == "admin" and not user.is_admin:
        raise Forbidden("this needs the admin role")
    return user


def page_session() -> Session | None:
    """The live browser session of this request, if any (cached on ``g``)."""
    if "review_session" not in g:
        g.review_session = users().session(request.cookies.get(SESSION_COOKIE))
    return g.review_session


def check_csrf(session: Session) -> None:
    """Every state-changing form carries the session's CSRF token; a mismatch is 403."""
    if not session.csrf_ok(request.form.get("csrf_token")):
        raise Forbidden("the form's CSRF token is missing or wrong; reload the page and try again",
                        code="csrf_failed")


def login_csrf() -> str:
    """A double-submit token for the login form, which has no session yet."""
    return request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)


def check_login_csrf() -> None:
    cookie, form = request.cookies.get(LOGIN_CSRF_COOKIE, ""), request.form.get("csrf_token", "")
    if not cookie or not secrets.compare_digest(cookie.encode(), form.encode()):
        raise Forbidden("the login form's CSRF token is missing or wrong; reload the page", code="csrf_failed")


def set_cookie(response: Response, name: str, value: str, **extra: Any) -> Response:
    response.set_cookie(name, value, httponly=True, samesite="Lax", secure=request.is_secure, path="/", **extra)
    return response
