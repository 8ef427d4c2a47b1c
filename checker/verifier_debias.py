"""Claim-only bias model and debiased losses for training the verifier (training only).

FEVER's claims carry cues that predict the label without the evidence ("not", "only", "refused to"), and a
verifier that leans on them fails on FEVER-Symmetric, which was built so they do not. Following Clark et al.
(2019), He et al. (2019) and Utama et al. (2020), a claim-only logistic regression estimates how much of each
training label the claim alone explains; the main model is then trained in a product of experts with it
(``poe``) or with examples the bias already gets right down-weighted (``reweight``). Inference uses the main
model alone, so the shipped artifact and its cost do not change.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import torch

DEBIAS_MODES = ("none", "poe", "reweight")
BIAS_FOLDS = 5
BIAS_FEATURES = ("claim", "shallow")


def _claim_key(claim: str) -> str:
    """Whitespace-normalised claim text: pairs of one claim always share a fold."""
    return " ".join(claim.split())


def claim_folds(claims: Sequence[str], k: int = BIAS_FOLDS) -> list[int]:
    """Fold of each claim by a hash of its text, so the bias never scores a claim it was fitted on."""
    return [int.from_bytes(hashlib.sha256(_claim_key(c).encode("utf-8")).digest()[:8], "big") % k for c in claims]


def word_features(claims: Sequence[str], n_features: int = 2**16) -> np.ndarray:
    """Hashed unigram and bigram counts of the claims: the surface cues ("not", "refused") a bias model finds."""
    from sklearn.feature_extraction.text import HashingVectorizer

    vectorizer = HashingVectorizer(n_features=n_features, ngram_range=(1, 2), alternate_sign=False, norm="l2")
    return vectorizer.transform([_claim_key(c).lower() for c in claims])


def claim_embedding_features(claims: Sequence[str], encoder: Any) -> Any:
    """Word features joined to the claims' sentence embeddings (topic as well as surface cues)."""
    from scipy.sparse import csr_matrix, hstack

    return hstack([word_features(claims), csr_matrix(encoder.encode(list(claims)))]).tocsr()


def shallow_pair_features(pairs: Sequence[tuple[str, str, int]]) -> Any:
    """Claim words plus the overlap, negation and number cues of each pair (Clark et al.'s hand-made bias).

    FEVER-Symmetric's training pairs are two-thirds predictable from word overlap alone; this bias lets
    the main model learn what overlap does not explain.
    """
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    from checker.verifier_features import pair_features

    cues = np.array([pair_features(c, e)[:6] for c, e, _ in pairs])
    overlap = cues[:, 4:5]
    return hstack([word_features([p[0] for p in pairs]), csr_matrix(np.hstack([cues, overlap**2]))]).tocsr()


def _fit_predict(x_fit: Any, y_fit: np.ndarray, x_score: Any, seed: int) -> np.ndarray:
    """Multinomial logistic regression fitted on one part, probabilities (all three labels) on another."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=1000, random_state=seed).fit(x_fit, y_fit)
    out = np.full((x_score.shape[0], 3), 1e-6)
    out[:, model.classes_] = model.predict_proba(x_score)
    return out / out.sum(axis=1, keepdims=True)


def cross_fitted_bias(claims: Sequence[str], labels: Sequence[int], features: Any, seed: int = 13,
                      k: int = BIAS_FOLDS) -> np.ndarray:
    """Claim-only label probabilities per training pair, each from a model that never saw that pair's claim.

    Cross-fitting keeps the bias honest: fitted and scored on the same pairs it would be overconfident and
    the main model would then learn almost nothing from those pairs.
    """
    import numpy as np

    x, y = features, np.asarray(labels)
    folds = np.array(claim_folds(claims, k))
    out = np.zeros((len(y), 3))
    for fold in range(k):
        held = folds == fold
        if held.any():
            out[held] = _fit_predict(x[~held], y[~held], x[held], seed)
    return out


def poe_loss(logits: torch.Tensor, log_bias: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Product of experts: cross-entropy of softmax(log_softmax(main) + log p_bias).

    Where the claim alone already explains the label the gradient to the main model shrinks; with a
    uniform bias this is exactly plain cross-entropy.
    """
    import torch

    return torch.nn.functional.cross_entropy(torch.log_softmax(logits, dim=1) + log_bias, targets)


def reweight_loss(logits: torch.Tensor, bias_probs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Cross-entropy with each pair weighted by 1 - p_bias(gold), normalised over the batch."""
    import torch

    weights = 1.0 - bias_probs.gather(1, targets[:, None]).squeeze(1)
    losses = torch.nn.functional.cross_entropy(logits, targets, reduction="none")
    return (weights * losses).sum() / weights.sum().clamp(min=1e-6)


def debiased_loss(mode: str, logits: torch.Tensor, bias_probs: torch.Tensor | None,
                  targets: torch.Tensor) -> torch.Tensor:
    """The training loss of ``mode`` (one of :data:`DEBIAS_MODES`)."""
    import torch

    if mode == "none" or bias_probs is None:
        return torch.nn.functional.cross_entropy(logits, targets)
    if mode == "poe":
        return poe_loss(logits, torch.log(bias_probs.clamp(min=1e-6)), targets)
    if mode == "reweight":
        return reweight_loss(logits, bias_probs, targets)
    raise ValueError(f"unknown debias mode {mode!r}; expected one of {DEBIAS_MODES}")


def bias_report(probs: np.ndarray, labels: Sequence[int], sources: Sequence[str]) -> dict[str, float]:
    """Cross-fitted accuracy of the claim-only bias per training set: how much the claim alone predicts."""
    import numpy as np

    y, src, pred = np.asarray(labels), np.asarray(sources), probs.argmax(axis=1)
    return {name: round(float((pred[src == name] == y[src == name]).mean()), 4) for name in sorted(set(sources))}


def training_bias(pairs: Sequence[tuple[str, str, int]], mode: str, seed: int,
                  features: str = "claim") -> np.ndarray | None:
    """Cross-fitted bias probabilities for ``pairs`` (claim, evidence, label), or None for ``none``.

    ``features``: ``claim`` (claim-only: words and sentence embedding) or ``shallow`` (claim words and the
    pair's overlap cues).
    """
    if mode not in DEBIAS_MODES or features not in BIAS_FEATURES:
        raise ValueError(f"unknown debias mode {mode!r} or bias {features!r}; expected {DEBIAS_MODES}, {BIAS_FEATURES}")
    if mode == "none":
        return None
    claims, labels = [p[0] for p in pairs], [p[2] for p in pairs]
    if features == "shallow":
        return cross_fitted_bias(claims, labels, shallow_pair_features(pairs), seed)
    from checker.embedding import SentenceTransformerEncoder

    return cross_fitted_bias(claims, labels, claim_embedding_features(claims, SentenceTransformerEncoder()), seed)
