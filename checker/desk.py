"""The check desk: check a text or claims and queue what needs a person, in one call for the web layer."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Sequence

from .domain import CheckResult
from .errors import InvalidInput
from .pipeline import Checker
from .review.intake import Article
from .review.queue import ReviewQueue


class Desk:
    """Checker plus ReviewQueue: ``needs_review`` claims go to reviewers unless the caller opts out."""

    def __init__(self, checker: Checker, queue: ReviewQueue | None) -> None:
        self.checker = checker
        self.queue = queue

    def check(self, *, text: str | None = None, claims: Sequence[str] | None = None,
              published: date | None = None, evidence: Sequence[str] | None = None, queue: bool = True,
              article: Article | None = None) -> CheckResult:
        """Check ``text`` (an article) or ``claims``; queue its needs_review claims and list their item ids.

        Claims checked against request ``evidence`` are not queued: their verdicts say nothing about the
        reference store, which is what reviewers feed.
        """
        if (text is None) == (claims is None):
            raise InvalidInput("give exactly one of 'text' or 'claims'", code="missing_text")
        if text is not None:
            result = self.checker.check(text, published=published, evidence=evidence)
        else:
            result = self.checker.check_claims(claims or [], published=published, evidence=evidence)
        if not queue or evidence is not None or self.queue is None:
            return replace(result, extra={**result.extra, "review_items": []})
        queued = self.queue.enqueue(result, article)
        return replace(result, extra={**result.extra, "review_items": [q.to_dict() for q in queued]})
