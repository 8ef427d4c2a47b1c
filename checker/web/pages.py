"""The web form: paste an article, see its claims highlighted by verdict. Works without JavaScript."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from ..domain import CheckResult
from ..errors import CheckerError, RateLimited
from .requests_parsing import check_characters, parse_date

bp = Blueprint("pages", __name__)


def segments(result: CheckResult) -> list[tuple[str, str | None, int | None]]:
    """Split the text into (piece, verdict, claim number) runs so the template can highlight claims."""
    text = result.text or ""
    pieces: list[tuple[str, str | None, int | None]] = []
    cursor = 0
    for number, claim in sorted(enumerate(result.claims, 1), key=lambda nc: nc[1].claim.span[0]):
        start, end = claim.claim.span
        if start < cursor:
            continue
        pieces.append((text[cursor:start], None, None))
        pieces.append((text[start:end], claim.verdict, number))
        cursor = end
    pieces.append((text[cursor:], None, None))
    return [p for p in pieces if p[0]]


@bp.get("/")
def index():  # type: ignore[no-untyped-def]
    """Show the empty form."""
    return render_template("index.html", text="", published="", error=None)


@bp.post("/check")
def check():  # type: ignore[no-untyped-def]
    """Check the pasted article and show the result, or the form again with the problem."""
    text = request.form.get("text", "")
    published = request.form.get("published", "")
    try:
        current_app.extensions["checker"].count_check(request.remote_addr)  # the form is no way around the limit
        check_characters(text, "the text")
        result = current_app.extensions["checker"].desk.check(text=text, published=parse_date(published))
    except CheckerError as exc:
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, RateLimited) else {}
        return render_template("index.html", text=text, published=published, error=exc.message), exc.http_status, \
            headers
    return render_template("result.html", result=result, segments=segments(result))
