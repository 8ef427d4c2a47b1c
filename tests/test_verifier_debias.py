"""Debiased verifier training: the claim-only bias is cross-fitted on training pairs only, and the losses."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from checker import train_verifier
from checker.evaluate import FILES
from checker.validation_split import validation_mask
from checker.verifier_debias import (DEBIAS_MODES, claim_folds, cross_fitted_bias, debiased_loss, poe_loss,
                                     reweight_loss, training_bias, word_features)

torch = pytest.importorskip("torch")

NEGATED = "{} never refused to appear in a film ."
PLAIN = "{} appeared in a film released in the nineties ."


def _small(claims: list[str]) -> object:
    return word_features(claims, n_features=2**8)  # the cues here are few; 2**16 columns only slow the fit


def _pairs(n: int) -> tuple[list[str], list[int]]:
    """Claims where "never refused" predicts contradicted: a claim-only cue the bias should find."""
    claims, labels = [], []
    for i in range(n):
        negated = i % 2 == 0
        claims.append((NEGATED if negated else PLAIN).format(f"Actor{i}"))
        labels.append(1 if negated else (0 if i % 3 else 2))
    return claims, labels


def test_bias_finds_a_claim_cue_and_is_deterministic() -> None:
    claims, labels = _pairs(120)
    probs = cross_fitted_bias(claims, labels, _small(claims))
    assert probs.shape == (120, 3)
    assert np.allclose(probs.sum(axis=1), 1.0)
    assert (probs[0::2, 1] > 0.6).all()
    assert np.array_equal(probs, cross_fitted_bias(claims, labels, _small(claims)))
    assert claim_folds(["A  claim ."]) == claim_folds([" A claim ."])


def test_bias_of_a_claim_never_sees_that_claims_labels() -> None:
    claims, labels = _pairs(120)
    claims += claims[:10]  # a second pair of the same claims (other evidence), as in VitaminC and Climate-FEVER
    labels += labels[:10]
    probs = cross_fitted_bias(claims, labels, _small(claims))
    folds = np.array(claim_folds(claims))
    flipped = [(y + 1) % 3 if f == folds[0] else y for y, f in zip(labels, folds)]
    again = cross_fitted_bias(claims, flipped, _small(claims))
    held = folds == folds[0]
    assert np.array_equal(probs[held], again[held])  # its own labels changed, its probabilities did not
    assert not np.allclose(probs[~held], again[~held])


def test_poe_and_reweight_equal_cross_entropy_under_a_uniform_bias() -> None:
    generator = torch.Generator().manual_seed(0)
    logits = torch.randn(8, 3, generator=generator)
    targets = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1])
    uniform = torch.full((8, 3), 1 / 3)
    plain = torch.nn.functional.cross_entropy(logits, targets)
    assert poe_loss(logits, torch.log(uniform), targets).item() == pytest.approx(plain.item(), abs=1e-6)
    assert reweight_loss(logits, uniform, targets).item() == pytest.approx(plain.item(), abs=1e-6)
    for mode in DEBIAS_MODES:
        assert debiased_loss(mode, logits, uniform, targets).item() == pytest.approx(plain.item(), abs=1e-6)


def test_poe_lowers_the_gradient_where_the_bias_already_explains_the_label() -> None:
    targets = torch.tensor([1])
    confident = torch.tensor([[0.05, 0.9, 0.05]])
    grads = []
    for bias in (torch.full((1, 3), 1 / 3), confident):
        logits = torch.zeros(1, 3, requires_grad=True)
        poe_loss(logits, torch.log(bias), targets).backward()
        grads.append(float(logits.grad.abs().sum()))
    assert grads[1] < grads[0] / 4


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="debias"):
        training_bias([("a", "b", 0)], "focal", 13)
    with pytest.raises(ValueError, match="debias"):
        training_bias([("a", "b", 0)], "poe", 13, "evidence")
    assert training_bias([("a", "b", 0)], "none", 13) is None


def test_shallow_bias_sees_overlap_and_only_training_claims() -> None:
    pairs = [(f"Item{i} was built in Rome .", f"Item{i} was built in Rome ." if i % 2 else "A river in Peru .",
              0 if i % 2 else 2) for i in range(100)]
    probs = training_bias(pairs, "poe", 13, "shallow")
    assert probs is not None and probs.shape == (100, 3)
    assert (probs[1::2, 0] > probs[1::2, 2]).all() and (probs[0::2, 2] > probs[0::2, 0]).all()


def _write_sets(root: Path) -> None:
    for name, filename in FILES.items():
        rows = [{"claim": f"{name} claim {i} .", "evidence": [f"evidence {i}"],
                 "label": ["SUPPORTED", "REFUTED"][i % 2]} for i in range(60)]
        (root / filename).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_trainer_fits_the_bias_on_training_pairs_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_sets(tmp_path)
    seen: list[list[tuple[str, str, int]]] = []

    def record(pairs: list[tuple[str, str, int]], mode: str, seed: int, features: str) -> None:
        seen.append(list(pairs))
        raise StopIteration  # stop before the (slow) model is built

    monkeypatch.setattr(train_verifier, "training_bias", record)
    with pytest.raises(StopIteration):
        train_verifier.main(["--data", str(tmp_path), "--out", str(tmp_path / "out"), "--debias", "poe"])
    validation = set()
    for filename in FILES.values():
        rows = train_verifier.read_jsonl(tmp_path / filename)
        validation |= {r["claim"] for r, is_val in zip(rows, validation_mask(rows)) if is_val}
    assert validation and seen[0]
    assert not {claim for claim, _, _ in seen[0]} & validation
