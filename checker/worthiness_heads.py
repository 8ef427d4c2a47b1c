"""Logistic heads of the check-worthiness model and their selection, thresholds and figures (training only).

A head is a standardised L2 logistic regression stored as plain arrays (mean, scale, coef, intercept), the
format :func:`checker.worthiness.apply_head` reads. Regularisation and whether to use the cues are chosen by
5-fold cross-validation on the training part; thresholds maximise out-of-fold F1 of the check-worthy class.
"""

from __future__ import annotations

from typing import Any

import numpy as np

GRID = [(c, cues) for c in (0.001, 0.003, 0.01) for cues in (True, False)]


def fit_head(x: np.ndarray, y: np.ndarray, c: float) -> dict[str, np.ndarray]:
    """Standardised L2 logistic regression, returned as plain arrays."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(0), x.std(0) + 1e-6
    model = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    return {"mean": mean, "scale": scale, "coef": model.coef_[0], "intercept": np.asarray(model.intercept_[0])}


def predict(head: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    logit = ((x - head["mean"]) / head["scale"]) @ head["coef"] + head["intercept"]
    return 0.5 * (1.0 + np.tanh(0.5 * logit))  # the logistic function, without overflow warnings


def inputs(layer: np.ndarray, cues: np.ndarray, use_cues: bool) -> np.ndarray:
    return np.hstack([layer, cues]) if use_cues else layer


def fit_genre(x: np.ndarray, y: np.ndarray, claim: np.ndarray | None, c: float) -> list[dict[str, np.ndarray]]:
    """One head, or P(claim) and P(check-worthy | claim) when the data has claim labels."""
    if claim is None:
        return [fit_head(x, y, c)]
    return [fit_head(x, claim, c), fit_head(x[claim], y[claim], c)]


def predict_genre(heads: list[dict[str, np.ndarray]], x: np.ndarray) -> np.ndarray:
    return np.prod([predict(h, x) for h in heads], axis=0)


def out_of_fold(layer: np.ndarray, cues: np.ndarray, y: np.ndarray, claim: np.ndarray | None,
                c: float, use_cues: bool, seed: int) -> np.ndarray:
    from sklearn.model_selection import StratifiedKFold

    x, oof = inputs(layer, cues, use_cues), np.zeros(len(y))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
        oof[test] = predict_genre(fit_genre(x[train], y[train], None if claim is None else claim[train], c), x[test])
    return oof


def best_f1_threshold(y: np.ndarray, p: np.ndarray) -> float:
    from sklearn.metrics import precision_recall_curve

    precision, recall, thresholds = precision_recall_curve(y, p)
    f1 = 2 * precision[:-1] * recall[:-1] / np.maximum(precision[:-1] + recall[:-1], 1e-12)
    return float(thresholds[int(np.argmax(f1))])


def select(layer: np.ndarray, cues: np.ndarray, y: np.ndarray, claim: np.ndarray | None,
           seed: int, label: str = "") -> tuple[float, float, bool, float]:
    """(out-of-fold AP, C, use_cues, threshold) of the best setting by out-of-fold AP on the training part."""
    from sklearn.metrics import average_precision_score

    scored = []
    for c, use_cues in GRID:
        oof = out_of_fold(layer, cues, y, claim, c, use_cues, seed)
        scored.append((float(average_precision_score(y, oof)), c, use_cues, best_f1_threshold(y, oof)))
        print(f"    {label}C={c:<6g} cues={use_cues!s:5s} out-of-fold AP {scored[-1][0]:.4f}")
    return max(scored, key=lambda s: s[0])


def report(name: str, y: np.ndarray, p: np.ndarray, threshold: float) -> dict[str, float]:
    """F1 of the check-worthy class (plus macro/weighted F1, P, R) at ``threshold`` and AP."""
    from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score

    pred = p >= threshold
    row = {"f1": f1_score(y, pred), "precision": precision_score(y, pred, zero_division=0),
           "recall": recall_score(y, pred), "macro_f1": f1_score(y, pred, average="macro"),
           "weighted_f1": f1_score(y, pred, average="weighted"), "ap": average_precision_score(y, p)}
    print(f"  {name:34s} " + " ".join(f"{k} {v:.4f}" for k, v in row.items()) + f"  (threshold {threshold:.3f})")
    return {k: float(v) for k, v in row.items()}


def baseline(x: np.ndarray, y: np.ndarray, seed: int) -> tuple[Any, float]:
    """LR on the final sentence embedding, threshold from out-of-fold F1 like ours (fair comparison)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    model = LogisticRegression(max_iter=5000)
    folds = StratifiedKFold(5, shuffle=True, random_state=seed)
    oof = cross_val_predict(model, x, y, cv=folds, method="predict_proba")[:, 1]
    return model.fit(x, y), best_f1_threshold(y, oof)
