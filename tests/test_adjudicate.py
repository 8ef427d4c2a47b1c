"""The verifier's second opinion stays inside the slot rules: it never supports a claim whose values differ."""

from __future__ import annotations

from datetime import date
from typing import Sequence

import pytest

from checker.domain import Fact
from checker.embedding import FakeEncoder
from checker.pipeline import Checker
from checker.settings import Settings
from checker.store import FactStore

THRESHOLDS = {"supported": {"auto": 0.85, "suggest": 0.6}, "contradicted": {"auto": 0.7, "suggest": 0.55}}
AS_OF = date(2026, 1, 4)


class ScriptedVerifier:
    """Answers a fixed probability triple for every pair and records what it was asked."""

    def __init__(self, supported: float, contradicted: float) -> None:
        self.thresholds = THRESHOLDS
        self.probs = {"supported": supported, "contradicted": contradicted,
                      "needs_review": max(0.0, 1.0 - supported - contradicted)}
        self.asked: list[tuple[str, str]] = []

    def warm_up(self) -> None:
        pass

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
        self.asked += list(pairs)
        return [dict(self.probs) for _ in pairs]


def checker_with(verifier: ScriptedVerifier, *facts: str) -> Checker:
    encoder = FakeEncoder()
    store = FactStore.build([Fact(id=f"f{i}", text=t, source="test") for i, t in enumerate(facts)], encoder)
    return Checker(encoder, store, Settings.defaults(), verifier=verifier)


def verdict(checker: Checker, claim: str) -> tuple[str, str]:
    result = checker.check_claims([claim], published=AS_OF).claims[0]
    return result.verdict, result.reason.code


def test_verifier_raises_a_paraphrase_without_values_to_supported() -> None:
    checker = checker_with(ScriptedVerifier(0.95, 0.01), "Lee visited the memorial hall of the provisional government")
    assert verdict(checker, "Lee went to the provisional government memorial hall") == ("supported", "model_match")


def test_verifier_cannot_support_a_different_number() -> None:
    checker = checker_with(ScriptedVerifier(0.99, 0.0), "The delegation had 200 members in Beijing")
    got = verdict(checker, "The delegation had 300 members in Beijing")
    assert got[0] != "supported"


def test_verifier_cannot_support_another_place() -> None:
    checker = checker_with(ScriptedVerifier(0.99, 0.0), "Lee Jae Myung paid a state visit to China")
    assert verdict(checker, "Lee Jae Myung paid a state visit to Japan")[0] != "supported"


def test_verifier_cannot_support_an_unconfirmed_value() -> None:
    checker = checker_with(ScriptedVerifier(0.99, 0.0), "The delegation travelled to Beijing with the president")
    got = verdict(checker, "The delegation of 200 members travelled to Beijing with the president")
    assert got == ("needs_review", "value_unverified")


def test_verifier_refutes_a_claim_about_the_same_entities() -> None:
    checker = checker_with(ScriptedVerifier(0.02, 0.9), "Lee visited the memorial hall of the provisional government")
    assert verdict(checker, "Lee stayed away from the provisional government memorial hall") == (
        "contradicted", "model_refutes")


def test_verifier_doubt_sends_a_rule_supported_claim_to_review() -> None:
    text = "Lee visited the memorial hall of the provisional government"
    rules_only = Checker(FakeEncoder(), FactStore.build([Fact(id="f0", text=text, source="t")], FakeEncoder()),
                         Settings.defaults())
    assert verdict(rules_only, text)[0] == "supported"
    assert verdict(checker_with(ScriptedVerifier(0.1, 0.8), text), text) == ("needs_review", "model_disagrees")


def test_undecided_verifier_leaves_the_rules_and_suggests() -> None:
    verifier = ScriptedVerifier(0.65, 0.1)
    checker = checker_with(verifier, "Lee visited the memorial hall of the provisional government")
    result = checker.check_claims(["Lee went to the provisional government memorial hall"], published=AS_OF).claims[0]
    assert result.verdict == "needs_review"
    assert result.model is not None and result.model.suggestion == "supported" and result.model.fact_id == "f0"
    assert result.to_dict()["model"]["probabilities"]["supported"] == pytest.approx(0.65)


def test_relation_claims_are_left_to_arithmetic() -> None:
    verifier = ScriptedVerifier(0.99, 0.0)
    checker = checker_with(verifier, "Kim Koo was born on August 29, 1876")
    got = verdict(checker, "The year 2026 marks the 140th anniversary of the birth of Kim Koo")
    assert got[0] != "supported" and verifier.asked == []
