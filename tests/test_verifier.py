"""The trained verifier: offline load, calibrated output, number sensitivity, and the shared split."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from checker.validation_split import validation_mask
from checker.verifier import DEFAULT_DIR, LABELS, TrainedVerifier, available, decide
from checker.verifier_features import pair_features


@pytest.fixture(scope="module")
def thresholds() -> dict:
    return json.loads((DEFAULT_DIR / "thresholds.json").read_text(encoding="utf-8"))


def test_import_does_not_load_torch() -> None:
    code = "import sys, checker.verifier; sys.exit('torch' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_artifact_is_available_and_small() -> None:
    assert available()
    assert sum(p.stat().st_size for p in DEFAULT_DIR.rglob("*") if p.is_file()) < 25 * 2**20


def test_probabilities_sum_to_one_in_input_order(verifier: TrainedVerifier) -> None:
    pairs = [("Paris is the capital of France.", "Paris is the capital and largest city of France."),
             ("The bridge is 120 metres long.", "The bridge, opened in 1990, is 120 metres long."),
             ("x", "Completely unrelated sentence about football results in 1974.")]
    batch = verifier.predict(pairs)
    assert [set(p) for p in batch] == [set(LABELS)] * 3
    for probs in batch:
        assert sum(probs.values()) == pytest.approx(1.0, abs=1e-5)
        assert all(0.0 <= v <= 1.0 for v in probs.values())
    assert verifier.predict(pairs[1:2])[0]["supported"] == pytest.approx(batch[1]["supported"], abs=1e-4)
    assert verifier.predict([]) == []


NUMBER_CHANGES = [
    ("The company employed 4,200 people in 2019.", "In 2019 the company employed {} people.", "4,200", "3,100"),
    ("The film grossed $45 million worldwide.", "The film grossed ${} million worldwide.", "45", "72"),
    ("The state confirmed 1,532 cases on 3 April.", "As of 3 April, the state had confirmed {} cases.",
     "1,532", "2,914"),
    ("The tower is 324 metres tall.", "The tower is {} metres tall and was completed in 1889.", "324", "300"),
]


@pytest.mark.parametrize(("claim", "template", "same", "changed"), NUMBER_CHANGES)
def test_changed_number_is_not_supported(verifier: TrainedVerifier, thresholds: dict, claim: str,
                                         template: str, same: str, changed: str) -> None:
    matching, altered = verifier.predict([(claim, template.format(same)), (claim, template.format(changed))])
    assert altered["supported"] < thresholds["supported"]["auto"]
    assert altered["supported"] < matching["supported"]
    assert decide(altered, thresholds) != "supported"


def test_pair_features_see_number_conflicts() -> None:
    agree = pair_features("It had 1,000 cases.", "It recorded 1000 cases.")
    clash = pair_features("It had 1,200 cases.", "It recorded 1000 cases.")
    assert agree[2:4] == [1.0, 0.0] and clash[2:4] == [0.0, 1.0]


def _records(n: int) -> list[dict]:
    return [{"claim": f"Claim number {i // 2} about topic {i % 7}.", "case_id": f"case-{i // 4}"} for i in range(n)]


def test_split_is_deterministic_claim_and_case_disjoint() -> None:
    records = _records(2000)
    mask = validation_mask(records)
    assert mask == validation_mask(list(records))
    side: dict[str, bool] = {}
    for rec, is_val in zip(records, mask):
        for key in (rec["claim"], rec["case_id"]):
            assert side.setdefault(key, is_val) == is_val
    assert 0.12 < sum(mask) / len(mask) < 0.28


def test_split_does_not_depend_on_order_or_whitespace() -> None:
    records = [{"claim": f"Claim {i} is here."} for i in range(300)]
    spaced = [{"claim": "  " + r["claim"].replace(" ", "   ")} for r in reversed(records)]
    assert validation_mask(records) == list(reversed(validation_mask(spaced)))


def test_decide_prefers_the_likelier_passing_verdict() -> None:
    limits = {"supported": {"auto": 0.3, "suggest": 0.2}, "contradicted": {"auto": 0.3, "suggest": 0.2}}
    assert decide({"supported": 0.35, "contradicted": 0.45, "needs_review": 0.2}, limits) == "contradicted"
    assert decide({"supported": 0.25, "contradicted": 0.1, "needs_review": 0.65}, limits) == "needs_review"
    assert decide({"supported": 0.25, "contradicted": 0.1, "needs_review": 0.65}, limits, "suggest") == "supported"
