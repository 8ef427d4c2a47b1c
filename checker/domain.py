"""Frozen records that cross module boundaries; ``to_dict()`` is exactly the API's JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SUPPORTED = "supported"
CONTRADICTED = "contradicted"
NEEDS_REVIEW = "needs_review"
NOT_CHECKABLE = "not_checkable"
VERDICTS = (SUPPORTED, CONTRADICTED, NEEDS_REVIEW)


@dataclass(frozen=True)
class Value:
    """A typed value asserted in a text, as an interval so that modifiers ("over", "about") compare honestly.

    ``type`` is one of number, ordinal, percent, money, date, date_range, duration, year.
    For dates ``low``/``high`` are ISO dates and ``granularity`` is day, month, year, season (one season
    named by two years, "2017-18") or decade ("the early 2000s"); for durations ``unit`` is day/week/month/year
    and ``low``/``high`` are in that unit.
    """

    type: str
    text: str
    span: tuple[int, int]
    value: float | str
    low: float | str | None = None
    high: float | str | None = None
    modifier: str | None = None
    unit: str | None = None
    granularity: str | None = None
    about: str | None = None  # the word saying what the value is about: "murders" (6 murders), "born" (born 1948)
    assumed: str | None = None  # "year" when a date's year came from the publication date, not the text

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span)
        return {k: v for k, v in data.items() if v is not None}


@dataclass(frozen=True)
class Fact:
    """A dated, sourced statement from the reference store."""

    id: str
    text: str
    source: str
    url: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "source": self.source, "url": self.url, "date": self.date}


@dataclass(frozen=True)
class Claim:
    """One checkable (or explicitly not checkable) assertion with its span in the input text."""

    text: str
    span: tuple[int, int]
    kind: str
    checkable: bool
    values: tuple[Value, ...] = ()
    sentence_span: tuple[int, int] | None = None
    standalone: str | None = None
    relation: str | None = None
    focus: str | None = None
    worthiness: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "standalone": self.standalone or self.text,
            "span": list(self.span),
            "sentence_span": list(self.sentence_span) if self.sentence_span else None,
            "kind": self.kind,
            "checkable": self.checkable,
            "relation": self.relation,
            "focus": self.focus,
            "worthiness": self.worthiness,
            "values": [v.to_dict() for v in self.values],
        }


@dataclass(frozen=True)
class Evidence:
    """A fact as cited for one claim, with the cosine similarity that retrieved it."""

    fact: Fact
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact_id": self.fact.id,
            "text": self.fact.text,
            "source": self.fact.source,
            "url": self.fact.url,
            "date": self.fact.date,
            "similarity": round(self.similarity, 4),
        }


@dataclass(frozen=True)
class Reason:
    """Machine-readable code plus a sentence a journalist can read."""

    code: str
    message: str
    computation: str | None = None  # the arithmetic a verdict rests on, when the rules computed it

    def to_dict(self) -> dict[str, str]:
        data = {"code": self.code, "message": self.message}
        if self.computation:
            data["computation"] = self.computation
        return data


@dataclass(frozen=True)
class ModelOpinion:
    """The trained verifier's reading of the claim against one fact, shown to reviewers as a suggestion."""

    fact_id: str
    suggestion: str
    probabilities: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return {"fact_id": self.fact_id, "suggestion": self.suggestion, "probabilities": dict(self.probabilities)}


@dataclass(frozen=True)
class ClaimResult:
    claim: Claim
    verdict: str
    confidence: float
    reason: Reason
    evidence: tuple[Evidence, ...] = ()
    model: ModelOpinion | None = None

    def to_dict(self) -> dict[str, Any]:
        data = self.claim.to_dict()
        data.update(
            verdict=self.verdict,
            confidence=round(self.confidence, 4),
            reason=self.reason.to_dict(),
            evidence=[e.to_dict() for e in self.evidence],
            model=self.model.to_dict() if self.model else None,
        )
        return data


@dataclass(frozen=True)
class StoreInfo:
    version: str
    facts: int

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "facts": self.facts}


@dataclass(frozen=True)
class CheckResult:
    """Everything one check produced: checked claims, the sentences skipped, and the store used."""

    text: str | None
    published: str
    claims: tuple[ClaimResult, ...]
    skipped: tuple[Claim, ...] = ()
    store: StoreInfo | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        counts = {v: 0 for v in VERDICTS}
        for result in self.claims:
            counts[result.verdict] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "claims": [c.to_dict() for c in self.claims],
            "not_checkable": [c.to_dict() for c in self.skipped],
            "published": self.published,
            "summary": self.counts(),
            "store": self.store.to_dict() if self.store else None,
        }
        data.update(self.extra)
        return data
