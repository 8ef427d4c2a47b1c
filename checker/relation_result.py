"""What the arithmetic of a claim against dated facts found: one shape for :mod:`checker.relations` and
:mod:`checker.gaps`, which :mod:`checker.verdict` reads."""

from __future__ import annotations

from dataclasses import dataclass

from .domain import Evidence, Value


@dataclass(frozen=True)
class RelationResult:
    """An outcome with the arithmetic behind it, the facts it counted from, and the claim values it used up."""

    outcome: str
    computation: str
    evidence: tuple[Evidence, ...]
    consumed: tuple[Value, ...]
    strong: bool = False  # the evidence passed an event-kind filter, so a mismatch is a contradiction
