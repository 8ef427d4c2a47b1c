"""Reviewer API under /api/v1: every route needs a Bearer token; views parse, call one queue method, answer."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request, url_for

from ..review import ReviewQueue
from ..review.claimreview import import_claimreview, to_claimreview
from .api import json_body
from .auth import api_user
from .requests_parsing import parse_decision, parse_filters

bp = Blueprint("review_api", __name__, url_prefix="/api/v1")


def queue() -> ReviewQueue:
    return current_app.extensions["checker"].queue


@bp.get("/reviews")
def items():  # type: ignore[no-untyped-def]
    """List review items, filtered by status, reason and assignee, most urgent first."""
    api_user()
    board = queue().board(**parse_filters(request.args))
    return jsonify({"items": [i.to_dict() for i in board.items], "counts": board.counts})


@bp.get("/reviews/<int:item_id>")
def item(item_id: int):  # type: ignore[no-untyped-def]
    """Show one item with its occurrences and decisions."""
    api_user()
    return jsonify(queue().get(item_id).to_dict())


@bp.post("/reviews/<int:item_id>/<any(claim, renew, release, approve):action>")
def transition(item_id: int, action: str):  # type: ignore[no-untyped-def]
    """Claim, renew or release a lease, or approve a pending fact (two-person rule)."""
    user = api_user()
    return jsonify(getattr(queue(), action)(item_id, user).to_dict())


@bp.post("/reviews/<int:item_id>/reopen")
def reopen(item_id: int):  # type: ignore[no-untyped-def]
    """Put a decided item back in the queue (admin)."""
    return jsonify(queue().reopen(item_id, api_user("admin")).to_dict())


@bp.post("/reviews/<int:item_id>/decide")
def decide(item_id: int):  # type: ignore[no-untyped-def]
    """Decide a claimed item; optionally add a new fact or link an existing one."""
    user = api_user()
    req = parse_decision(json_body())
    decided = queue().decide(item_id, user, req.verdict, req.note, req.source, req.add_fact, req.link_fact)
    return jsonify(decided.to_dict())


@bp.get("/reviews/<int:item_id>/history")
def history(item_id: int):  # type: ignore[no-untyped-def]
    """The audit trail of one item: who did what, when, before and after."""
    api_user()
    return jsonify({"id": item_id, "history": [a.to_dict() for a in queue().history(item_id)]})


@bp.get("/reviews/<int:item_id>/claimreview")
def claimreview(item_id: int):  # type: ignore[no-untyped-def]
    """One decided item as schema.org ClaimReview JSON-LD."""
    api_user()
    page = url_for("review.item", item_id=item_id, _external=True)
    return jsonify(to_claimreview(queue().get(item_id), page))


@bp.get("/claimreview")
def claimreviews():  # type: ignore[no-untyped-def]
    """Every decided item as ClaimReview JSON-LD in one @graph."""
    api_user()
    graph = [to_claimreview(i, url_for("review.item", item_id=i.id, _external=True)) for i in queue().decided()]
    return jsonify({"@context": "https://schema.org", "@graph": graph})


@bp.post("/claimreview")
def import_reviews():  # type: ignore[no-untyped-def]
    """Import ClaimReview JSON-LD rated true into the reference store (admin)."""
    api_user("admin")
    return jsonify(import_claimreview(json_body(), queue().stores).to_dict())  # type: ignore[arg-type]
