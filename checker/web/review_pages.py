"""Reviewer pages: login, the queue, one item with its evidence, and the claim / release / decide forms.

Server-rendered, no JavaScript needed; every POST carries the session's CSRF token.
"""

from __future__ import annotations

import secrets
from typing import Any, Callable

from flask import Blueprint, abort, current_app, make_response, redirect, render_template, request, url_for

from ..errors import CheckerError
from ..review import ReviewQueue, Session
from ..review.diff import age, in_sentence, side_by_side
from ..review.records import DECISIONS, STATUSES
from .auth import (LOGIN_CSRF_COOKIE, SESSION_COOKIE, check_csrf, check_login_csrf, login_csrf, page_session,
                   set_cookie, users)
from .requests_parsing import parse_filters

bp = Blueprint("review", __name__)


def queue() -> ReviewQueue:
    return current_app.extensions["checker"].queue


def logged_in() -> Session:
    session = page_session()
    if session is None:
        abort(redirect(url_for("review.login")))
    return session


@bp.get("/login")
def login():  # type: ignore[no-untyped-def]
    """Show the login form."""
    token = login_csrf()
    response = make_response(render_template("review/login.html", csrf=token, error=None, name=""))
    return set_cookie(response, LOGIN_CSRF_COOKIE, token)


@bp.post("/login")
def do_login():  # type: ignore[no-untyped-def]
    """Check the password, open a server-side session and go to the queue."""
    check_login_csrf()
    name = request.form.get("name", "")
    try:
        session_id = users().login(name, request.form.get("password", ""))
    except CheckerError as exc:
        token = secrets.token_urlsafe(32)
        page = render_template("review/login.html", csrf=token, error=exc.message, name=name)
        return set_cookie(make_response(page, exc.http_status), LOGIN_CSRF_COOKIE, token)
    return set_cookie(redirect(url_for("review.queue_page")), SESSION_COOKIE, session_id)


@bp.post("/logout")
def logout():  # type: ignore[no-untyped-def]
    """End the session in the database and drop the cookie."""
    check_csrf(logged_in())
    users().logout(request.cookies.get(SESSION_COOKIE))
    response = redirect(url_for("review.login"))
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@bp.get("/review")
def queue_page():  # type: ignore[no-untyped-def]
    """List review items with filters and each item's age."""
    session = logged_in()
    filters = parse_filters(request.args)
    return render_template("review/queue.html", board=queue().board(**filters), filters=filters,
                           statuses=STATUSES, age=age, session_user=session)


@bp.get("/review/<int:item_id>")
def item(item_id: int):  # type: ignore[no-untyped-def]
    """Show one item: the claim in its sentence, evidence side by side, occurrences, history, forms."""
    return render_item(logged_in(), item_id)


def render_item(session: Session, item_id: int, error: str | None = None, status: int = 200) -> Any:
    dossier = queue().dossier(item_id)
    found = dossier.item
    pairs = [(e, *side_by_side(found.claim_text, e.get("text", ""))) for e in found.evidence]
    occurrences = [(o, in_sentence(o.sentence, o.span)) for o in found.occurrences]
    page = render_template("review/item.html", item=found, pairs=pairs, occurrences=occurrences,
                           history=dossier.history, decisions=DECISIONS, session_user=session, error=error)
    return page, status


def act(item_id: int, action: Callable[[Session], Any]) -> Any:
    """Run a form action; on success back to the item, on a refusal the item page with the reason."""
    session = logged_in()
    check_csrf(session)
    try:
        action(session)
    except CheckerError as exc:
        return render_item(session, item_id, exc.message, exc.http_status)
    return redirect(url_for("review.item", item_id=item_id), code=303)


@bp.post("/review/<int:item_id>/<any(claim, renew, release, approve, reopen):action>")
def transition(item_id: int, action: str):  # type: ignore[no-untyped-def]
    """Claim, renew, release, approve or reopen from the item page."""
    return act(item_id, lambda s: getattr(queue(), action)(item_id, s.user))


@bp.post("/review/<int:item_id>/decide")
def decide(item_id: int):  # type: ignore[no-untyped-def]
    """Decide the item from the form; a fact text adds a new fact, a fact id links one."""
    form = request.form
    fact = {"text": form.get("fact_text", ""), "source": form.get("fact_source", ""),
            "date": form.get("fact_date") or None} if form.get("fact_text", "").strip() else None
    return act(item_id, lambda s: queue().decide(item_id, s.user, form.get("verdict", ""), form.get("note", ""),
                                                 form.get("source") or None, fact, form.get("link_fact") or None))
