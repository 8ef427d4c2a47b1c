"""Scoring a hand-made gold annotation of an article against what the real pipeline extracted.

A gold claim is given by its first and last words (the span runs from the first to the end of the last) and
its type; a predicted claim matches it when their character spans overlap by at least half (intersection
over union). Sentences a fact-checker would not check are given by their first words and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from checker.domain import CheckResult

Span = tuple[int, int]
GoldClaim = tuple[str, str, str]  # (first words, last words, kind)
MATCH = 0.5


def gold_span(text: str, first: str, last: str) -> Span:
    start = text.index(first)
    return start, text.index(last, start) + len(last)


def overlap(a: Span, b: Span) -> float:
    """Intersection over union of two character spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    same_kind: float  # share of matched pairs whose kinds agree
    missed: tuple[str, ...]  # gold claims no prediction matched
    false: tuple[str, ...]  # predictions matching no gold claim
    wrong_kind: tuple[str, ...]

    def line(self, name: str) -> str:
        return (f"{name}: precision {self.precision:.3f} recall {self.recall:.3f} kind {self.same_kind:.3f}"
                f"\n  missed: {list(self.missed)}\n  false: {list(self.false)}\n  kind: {list(self.wrong_kind)}")


def score(result: CheckResult, text: str, gold: Sequence[GoldClaim]) -> Score:
    predicted = [(r.claim.span, r.claim.kind) for r in result.claims]
    wanted = [(gold_span(text, first, last), kind) for first, last, kind in gold]
    hits = [(g, p) for g in wanted for p in predicted if overlap(g[0], p[0]) >= MATCH]
    matched_gold = {g for g, _ in hits}
    matched_pred = {p for _, p in hits}
    quote = lambda span: text[span[0]:span[1]][:70]  # noqa: E731
    return Score(
        precision=len(matched_pred) / len(predicted) if predicted else 0.0,
        recall=len(matched_gold) / len(wanted),
        same_kind=sum(1 for g, p in hits if g[1] == p[1]) / len(hits) if hits else 0.0,
        missed=tuple(quote(g[0]) for g in wanted if g not in matched_gold),
        false=tuple(quote(p[0]) for p in predicted if p not in matched_pred),
        wrong_kind=tuple(f"{quote(g[0])[:40]}: {g[1]} != {p[1]}" for g, p in hits if g[1] != p[1]),
    )


def assert_not_checked(result: CheckResult, text: str, not_checkable: Sequence[tuple[str, str]]) -> None:
    """No checked claim starts inside such a sentence, and each is listed among the skipped ones."""
    checked = [r.claim.span for r in result.claims]
    for first, why in not_checkable:
        start = text.index(first)
        assert not any(s <= start < e for s, e in checked), f"{why} sentence was checked: {first!r}"
    skipped_starts = {c.span[0] for c in result.skipped}
    missing = [first for first, _ in not_checkable if text.index(first) not in skipped_starts]
    assert not missing, f"not listed as skipped: {missing}"
