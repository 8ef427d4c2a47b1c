"""schema.org ClaimReview: export decided items as JSON-LD, import others' reviews as reference facts.

Only reviews whose rating means "true" become facts: the store holds true statements, and a claim rated
false is not one (its correction is not in the markup). Everything skipped is reported with a reason.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..domain import Fact
from ..errors import Conflict, InvalidInput
from ..publish import StoreManager
from ..references import MAX_TEXT
from .records import ReviewItem

# verdict -> (ratingValue or None, alternateName), on a 1 (false) .. 5 (true) scale
EXPORT_RATINGS: dict[str, tuple[int | None, str]] = {
    "supported": (5, "True"), "contradicted": (1, "False"),
    "unverifiable": (None, "Unverifiable"), "not_checkable": (None, "Not checkable"),
}
TRUE_NAMES = {"true", "correct", "accurate", "mostly true", "verified", "fact"}
FALSE_NAMES = {"false", "incorrect", "mostly false", "pants on fire", "fake", "misleading", "wrong"}


def to_claimreview(item: ReviewItem, page_url: str | None = None, publisher: str = "claimcheck") -> dict[str, Any]:
    """One decided item as a ClaimReview JSON-LD object."""
    if item.status != "decided" or item.verdict is None:
        raise Conflict(f"review item {item.id} is not decided yet", code="not_decided")
    value, name = EXPORT_RATINGS[item.verdict]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": name}
    if value is not None:
        rating |= {"ratingValue": value, "bestRating": 5, "worstRating": 1}
    appearances = [{"@type": "CreativeWork", "url": o.article_url, "headline": o.article_title}
                   for o in item.occurrences if o.article_url]
    doc: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": item.claim_text,
        "datePublished": item.updated.date().isoformat(), "author": {"@type": "Organization", "name": publisher},
        "reviewRating": rating, "reviewBody": item.note or "",
        "itemReviewed": {"@type": "Claim", "appearance": appearances},
    }
    if page_url:
        doc["url"] = page_url
    if item.source_url:
        doc["citation"] = item.source_url
    return doc


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "skipped": self.skipped}


def reviews_in(data: Any) -> Iterator[dict[str, Any]]:
    """ClaimReview objects in a document: one object, a list, or an ``@graph``."""
    if isinstance(data, list):
        for part in data:
            yield from reviews_in(part)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from reviews_in(data["@graph"])
        elif data.get("@type") == "ClaimReview":
            yield data


def rating_class(review: dict[str, Any]) -> str:
    """``true``, ``false`` or ``other`` by the documented map: the rating's name first, then its value."""
    rating = review.get("reviewRating") if isinstance(review.get("reviewRating"), dict) else {}
    name = re.sub(r"[^a-z ]", "", str(rating.get("alternateName", "")).lower()).strip()
    if name in TRUE_NAMES or name in FALSE_NAMES:
        return "true" if name in TRUE_NAMES else "false"
    try:
        value, best, worst = (float(rating[k]) for k in ("ratingValue", "bestRating", "worstRating"))
    except (KeyError, TypeError, ValueError):
        return "other"
    share = (value - worst) / (best - worst) if best != worst else -1
    return "true" if share >= 0.8 else "false" if 0 <= share <= 0.2 else "other"


def fact_from(review: dict[str, Any]) -> Fact | str:
    """A fact for a review rated true, or the reason it is skipped."""
    text = review.get("claimReviewed")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        return "no usable claimReviewed text"
    kind = rating_class(review)
    if kind != "true":
        return f"rated {kind}: only claims rated true become facts"
    author = review.get("author") if isinstance(review.get("author"), dict) else {}
    url = review.get("url") if isinstance(review.get("url"), str) else None
    url = url if url and url.startswith(("http://", "https://")) else None
    key = hashlib.sha256(f"{url}|{text}".encode()).hexdigest()[:16]
    return Fact(id=f"claimreview-{key}", text=" ".join(text.split()),
                source=str(author.get("name") or "ClaimReview")[:200], url=url)


def import_claimreview(data: Any, stores: StoreManager) -> ImportReport:
    """Add the true-rated reviews of ``data`` to the store; re-importing the same file adds nothing."""
    report, facts = ImportReport(), []
    found = list(reviews_in(data))
    if not found:
        raise InvalidInput("no ClaimReview object found in the document", code="no_claimreview")
    known = stores.current()
    for n, review in enumerate(found, 1):
        fact = fact_from(review)
        if isinstance(fact, str):
            report.skipped.append(f"review {n}: {fact}")
        elif known.get(fact.id) is not None or fact.id in {f.id for f in facts}:
            report.skipped.append(f"review {n}: already in the store as {fact.id}")
        else:
            facts.append(fact)
    if facts:
        stores.add_facts(facts)
    report.added = [f.id for f in facts]
    return report
