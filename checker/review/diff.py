"""Side-by-side view of a claim and a piece of evidence: which typed values agree and which differ.

Pure functions for the item page; the values are re-extracted from each text so that spans are exact.
"""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from ..compare import AGREE, FAMILY, MISMATCH, compare
from ..domain import Value
from ..values import extract_values

Segment = tuple[str, str | None]  # (text, None | "same" | "differs")


def _outcome(value: Value, others: Sequence[Value], claim_side: bool) -> str | None:
    comparable = [o for o in others if FAMILY.get(o.type) == FAMILY.get(value.type)]
    if not comparable:
        return None
    try:
        outcomes = [compare(value, o) if claim_side else compare(o, value) for o in comparable]
    except (ValueError, TypeError):  # a value the comparer cannot read: show it unmarked
        return None
    if AGREE in outcomes:
        return "same"
    return "differs" if all(o == MISMATCH for o in outcomes) else None


def mark(text: str, others: Sequence[Value], claim_side: bool) -> list[Segment]:
    """Split ``text`` into runs, marking each value by how it compares with ``others``."""
    pieces: list[Segment] = []
    cursor = 0
    for value in extract_values(text):
        start, end = value.span
        if start < cursor:
            continue
        pieces.append((text[cursor:start], None))
        pieces.append((text[start:end], _outcome(value, others, claim_side)))
        cursor = end
    pieces.append((text[cursor:], None))
    return [p for p in pieces if p[0]]


def side_by_side(claim: str, evidence: str) -> tuple[list[Segment], list[Segment]]:
    """The claim and one evidence text, each with its values marked against the other's."""
    claim_values, evidence_values = extract_values(claim), extract_values(evidence)
    return mark(claim, evidence_values, True), mark(evidence, claim_values, False)


def in_sentence(sentence: str, span: tuple[int, int]) -> list[Segment]:
    """The sentence split around the claim, the claim marked ``claim``."""
    start, end = max(0, span[0]), min(len(sentence), span[1])
    return [p for p in ((sentence[:start], None), (sentence[start:end], "claim"), (sentence[end:], None)) if p[0]]


def age(created: datetime, now: datetime) -> str:
    """How long an item has waited, for the queue page: 45 s, 12 min, 5 h, 3 d."""
    seconds = max(0, int((now - created).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"
