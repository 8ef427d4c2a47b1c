"""Calibrating the trained verifier: one temperature, then per verdict the thresholds that reach a precision.

Fitted on the claim-disjoint validation part; ``cross_fitted`` gives the honest estimate (fit on one half,
score the other). The rule the thresholds feed is :func:`checker.verifier.decide`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

from checker.evaluate import format_summary, summarize
from checker.verifier import LABELS, decide

TARGETS = {"supported": {"auto": 0.95, "suggest": 0.80}, "contradicted": {"auto": 0.90, "suggest": 0.75}}
THRESHOLD_SETS = ("vitaminc", "fever_symmetric")  # the pair-by-pair sets the targets are stated for


def softmax(logits: np.ndarray, temperature: float) -> np.ndarray:
    """Row-wise softmax of ``logits / temperature``."""
    import numpy as np

    z = logits / temperature
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, gold: np.ndarray) -> float:
    """Temperature minimising validation log-loss, by a log-spaced grid search (deterministic)."""
    import numpy as np

    grid = [math.exp(math.log(0.25) + i * math.log(32) / 200) for i in range(201)]
    losses = [-float(np.log(softmax(logits, t)[np.arange(len(gold)), gold] + 1e-12).mean()) for t in grid]
    return round(grid[losses.index(min(losses))], 4)


def lowest_threshold(scores: np.ndarray, positive: np.ndarray, target: float) -> float:
    """Smallest score threshold whose precision (share of positives among scores >= it) reaches ``target``."""
    import numpy as np

    order = np.argsort(-scores, kind="stable")
    precision = np.cumsum(positive[order]) / np.arange(1, len(order) + 1)
    ok = np.nonzero(precision >= target)[0]
    # floor at a third: a verdict below the uniform probability is never worth proposing
    return max(0.3334, round(float(scores[order][ok.max()]), 4)) if len(ok) else 1.0


def fit_operating_point(logits: dict[str, np.ndarray], gold: dict[str, np.ndarray]) -> tuple[float, dict[str, Any]]:
    """Temperature on all validation pairs; per verdict and level, the strictest threshold over the sets."""
    import numpy as np

    temperature = fit_temperature(np.concatenate(list(logits.values())), np.concatenate(list(gold.values())))
    thresholds: dict[str, Any] = {}
    for i, verdict in enumerate(LABELS[:2]):
        thresholds[verdict] = {level: max(lowest_threshold(softmax(logits[d], temperature)[:, i], gold[d] == i, t)
                                          for d in THRESHOLD_SETS) for level, t in TARGETS[verdict].items()}
    thresholds["targets_precision"] = TARGETS
    thresholds["unreached"] = [f"{v}.{lvl}" for v in LABELS[:2] for lvl in TARGETS[v] if thresholds[v][lvl] >= 1.0]
    thresholds["rule"] = ("verdict = the likelier of supported/contradicted whose calibrated probability is >= "
                          "its threshold at the level (auto: decide alone; suggest: propose to a reviewer), "
                          "else needs_review; see checker.verifier.decide")
    return temperature, thresholds


def curve_points(logits: np.ndarray, gold: np.ndarray, temperature: float) -> dict[str, list[dict[str, float]]]:
    """Precision and threshold at fixed recall levels per verdict: what the lead can trade off."""
    import numpy as np

    probs, out = softmax(logits, temperature), {}
    for i, verdict in enumerate(LABELS[:2]):
        order = np.argsort(-probs[:, i], kind="stable")
        hits = np.cumsum(gold[order] == i)
        recall, precision = hits / max(1, int((gold == i).sum())), hits / np.arange(1, len(order) + 1)
        points = []
        for level in (0.1, 0.2, 0.3, 0.5, 0.7):
            k = min(int(np.searchsorted(recall, level)), len(order) - 1)
            points.append({"recall": level, "precision": round(float(precision[k]), 4),
                           "threshold": round(float(probs[order[k], i]), 4)})
        out[verdict] = points
    return out


def score(logits: np.ndarray, gold: np.ndarray, temperature: float, thresholds: dict[str, Any],
          level: str = "auto") -> dict[str, Any]:
    """Summary of one set at an operating point."""
    probs = softmax(logits, temperature)
    pred = [decide(dict(zip(LABELS, map(float, row))), thresholds, level) for row in probs]
    return summarize([LABELS[g] for g in gold], pred)


def cross_fitted(logits: dict[str, np.ndarray], gold: dict[str, np.ndarray]) -> dict[str, Any]:
    """Honest estimate: fit temperature and thresholds on even rows, score odd rows, and vice versa."""
    import numpy as np

    preds: dict[str, list[np.ndarray]] = {d: [] for d in logits}
    for half in (0, 1):
        fit_l = {d: v[1 - half::2] for d, v in logits.items()}
        temperature, thresholds = fit_operating_point(fit_l, {d: v[1 - half::2] for d, v in gold.items()})
        for d in logits:
            probs = softmax(logits[d][half::2], temperature)
            preds[d].append(np.array([decide(dict(zip(LABELS, map(float, r))), thresholds) for r in probs]))
    out = {}
    for d in logits:
        gold_order = np.concatenate([gold[d][0::2], gold[d][1::2]])
        out[d] = summarize([LABELS[g] for g in gold_order], list(np.concatenate(preds[d])))
    return out


def report_split(logits: dict[str, np.ndarray], gold: dict[str, np.ndarray], temperature: float,
                 thresholds: dict[str, Any]) -> dict[str, Any]:
    """Print and return validation metrics at the auto and suggest levels, plus the cross-fitted estimate."""
    metrics: dict[str, Any] = {"temperature": temperature, "validation": {}, "cross_fitted": cross_fitted(logits, gold)}
    for d in logits:
        argmax = float((logits[d].argmax(1) == gold[d]).mean()) if len(gold[d]) else 0.0
        metrics["validation"][d] = {"argmax_accuracy": round(argmax, 4),
                                    "auto": score(logits[d], gold[d], temperature, thresholds),
                                    "suggest": score(logits[d], gold[d], temperature, thresholds, "suggest"),
                                    "precision_at_recall": curve_points(logits[d], gold[d], temperature)}
        print(format_summary(f"{d} validation, auto thresholds (argmax acc {argmax:.3f})",
                             metrics["validation"][d]["auto"]))
        print(format_summary(f"{d} cross-fitted, auto thresholds", metrics["cross_fitted"][d]))
    return metrics
