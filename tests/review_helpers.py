"""Builders shared by the review tests: small stores on the fake encoder, and hand-made check results."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from checker.domain import NEEDS_REVIEW, CheckResult, Claim, ClaimResult, Evidence, Fact, Reason, Value
from checker.embedding import FakeEncoder
from checker.publish import StoreManager
from checker.review import FakeClock, Review, User, open_review
from checker.settings import Settings

FACTS = [{"id": f"f{i}", "text": f"Reference fact number {i} about topic {i % 3}.", "source": "S"}
         for i in range(6)]


def fake_review(tmp_path: Path, url: str, **overrides: object) -> tuple[Review, FakeClock, StoreManager]:
    refs = tmp_path / "refs"
    refs.mkdir(exist_ok=True)
    (refs / "facts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FACTS))
    settings = Settings.from_env({}, data_dir=str(tmp_path / "data"), reference=str(refs), **overrides)
    encoder = FakeEncoder()
    stores = StoreManager(settings.data_dir, settings.reference, encoder)
    stores.ensure()
    clock = FakeClock()
    return open_review(settings, encoder, stores, clock=clock, url=url), clock, stores


def year(y: int) -> Value:
    return Value(type="year", text=str(y), span=(0, 4), value=float(y))


def claim_result(text: str, values: Sequence[Value] = (), verdict: str = NEEDS_REVIEW,
                 worthiness: float | None = None) -> ClaimResult:
    claim = Claim(text=text, span=(0, len(text)), kind="event", checkable=True, values=tuple(values),
                  standalone=text, worthiness=worthiness)
    evidence = (Evidence(Fact("f1", "Reference fact number 1 about topic 1.", "S"), 0.5),)
    return ClaimResult(claim, verdict, 0.4, Reason("no_match", "no fact close enough"), evidence)


def check_result(*results: ClaimResult, text: str | None = None) -> CheckResult:
    return CheckResult(text=text, published="2026-01-04", claims=tuple(results))


REVIEWER = User(1, "alice", "reviewer")
OTHER = User(2, "bob", "reviewer")
ADMIN = User(3, "root", "admin")

