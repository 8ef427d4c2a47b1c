"""Train the check-worthiness heads and write ``checker/models/worthiness.npz``.

``python -m checker.train_worthiness [--data DIR] [--out PATH] [--seed N] [--cache DIR]``

Validation is never trained on: ClaimBuster has one split, so a fixed hash of the record id puts
1 in 5 sentences aside; the CLEF dev file is CLEF's validation. Regularisation and whether to use
the cues are chosen by 5-fold cross-validation on the training part, and the thresholds maximise
out-of-fold F1, so the printed validation figures are honest. The baseline (logistic regression
on the final MiniLM sentence embedding alone) is trained and printed in the same run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from checker.keyword import clean_text
from checker.layer_pooler import LayerPooler
from checker.worthiness import DEFAULT_MODEL_PATH
from checker.worthiness_cues import FEATURE_NAMES, feature_matrix

DATA = Path("../shared/eval/checkworthy")
LAYER, SENTENCE_LAYER, MAX_LENGTH = 4, 6, 256
GRID = [(c, cues) for c in (0.001, 0.003, 0.01) for cues in (True, False)]


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_validation(record_id: str) -> bool:
    """Deterministic 20 % hold-out by id, for files without their own validation split."""
    return int(hashlib.sha256(record_id.encode()).hexdigest(), 16) % 5 == 0


def represent(texts: Sequence[str], cache: Path | None) -> tuple[np.ndarray, np.ndarray]:
    """Layer-4 mean pools (the model's input) and final sentence embeddings (the baseline's)."""
    key = hashlib.sha256("\x1e".join(texts).encode()).hexdigest()[:16]
    path = cache / f"worthiness-{key}.npz" if cache else None
    if path and path.exists():
        with np.load(path) as data:
            return data["layer"], data["sentence"]
    layer, last = LayerPooler((LAYER, SENTENCE_LAYER), max_length=MAX_LENGTH).pool([clean_text(t) for t in texts])
    sentence = last / np.linalg.norm(last, axis=1, keepdims=True)  # = SentenceTransformerEncoder.encode
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, layer=layer, sentence=sentence)
    return layer, sentence


def fit_head(x: np.ndarray, y: np.ndarray, c: float) -> dict[str, np.ndarray]:
    """Standardised L2 logistic regression, returned as plain arrays."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(0), x.std(0) + 1e-6
    model = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    return {"mean": mean, "scale": scale, "coef": model.coef_[0], "intercept": np.asarray(model.intercept_[0])}


def predict(head: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(((x - head["mean"]) / head["scale"]) @ head["coef"] + head["intercept"])))


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
           seed: int) -> tuple[float, bool, float]:
    """(C, use_cues, threshold) with the best out-of-fold average precision on the training part."""
    from sklearn.metrics import average_precision_score

    scored = []
    for c, use_cues in GRID:
        oof = out_of_fold(layer, cues, y, claim, c, use_cues, seed)
        scored.append((average_precision_score(y, oof), c, use_cues, best_f1_threshold(y, oof)))
        print(f"    C={c:<6g} cues={use_cues!s:5s} out-of-fold AP {scored[-1][0]:.4f}")
    _, c, use_cues, threshold = max(scored, key=lambda s: s[0])
    return c, use_cues, threshold


def report(name: str, y: np.ndarray, p: np.ndarray, threshold: float) -> dict[str, float]:
    """F1 of the check-worthy class (plus macro/weighted F1, P, R) at ``threshold`` and AP."""
    from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score

    pred = p >= threshold
    row = {"f1": f1_score(y, pred), "precision": precision_score(y, pred, zero_division=0),
           "recall": recall_score(y, pred), "macro_f1": f1_score(y, pred, average="macro"),
           "weighted_f1": f1_score(y, pred, average="weighted"), "ap": average_precision_score(y, p)}
    print(f"  {name:34s} " + " ".join(f"{k} {v:.4f}" for k, v in row.items()) + f"  (threshold {threshold:.3f})")
    return {k: float(v) for k, v in row.items()}


def arrays_of(layer: np.ndarray, sentence: np.ndarray, records: list[dict]) -> tuple[np.ndarray, ...]:
    cues = feature_matrix([r["sentence"] for r in records])
    y = np.array([bool(r["checkworthy"]) for r in records])
    claim = np.array([bool(r.get("is_claim", r["checkworthy"])) for r in records])
    return layer, sentence, cues, y, claim


def baseline(x: np.ndarray, y: np.ndarray, seed: int) -> tuple[Any, float]:
    """LR on the final sentence embedding, threshold from out-of-fold F1 like ours (fair comparison)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    model = LogisticRegression(max_iter=5000)
    folds = StratifiedKFold(5, shuffle=True, random_state=seed)
    oof = cross_val_predict(model, x, y, cv=folds, method="predict_proba")[:, 1]
    return model.fit(x, y), best_f1_threshold(y, oof)


def train_and_validate(name: str, arrays: tuple[np.ndarray, ...], val: np.ndarray, two_stage: bool,
                       seed: int) -> tuple[list[dict[str, np.ndarray]], dict[str, Any]]:
    """Select, fit on the training part, then print baseline vs ours on the held-out part."""
    layer, sentence, cues, y, claim = arrays
    t, v = ~val, val
    print(f"Selecting the {name} head(s) by 5-fold CV on the training part:")
    c, use_cues, threshold = select(layer[t], cues[t], y[t], claim[t] if two_stage else None, seed)
    heads = fit_genre(inputs(layer[t], cues[t], use_cues), y[t], claim[t] if two_stage else None, c)
    base, base_threshold = baseline(sentence[t], y[t], seed)
    print(f" validation ({int(v.sum())} records, never trained on):")
    ours = predict_genre(heads, inputs(layer[v], cues[v], use_cues))
    figures = {"baseline": report("baseline LR(MiniLM embedding)", y[v], base.predict_proba(sentence[v])[:, 1],
                                  base_threshold),
               "worthiness": report(f"worthiness ({name})", y[v], ours, threshold)}
    return heads, {"C": c, "cues": use_cues, "threshold": threshold, "validation": figures}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.train_worthiness", description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--out", default=str(DEFAULT_MODEL_PATH))
    parser.add_argument("--seed", type=int, default=0, help="seeds the cross-validation folds")
    parser.add_argument("--cache", default=None, help="optional folder to cache MiniLM features between runs")
    args = parser.parse_args(argv)
    started, data, cache = time.time(), Path(args.data), Path(args.cache) if args.cache else None
    cb = load_jsonl(data / "claimbuster_train.jsonl")
    tweets = load_jsonl(data / "clef2020_task1_train.jsonl") + load_jsonl(data / "clef2020_task1_dev.jsonl")
    cb_val = np.array([is_validation(r["id"]) for r in cb])
    tw_val = np.array([r.get("split") == "dev" for r in tweets])
    print(f"ClaimBuster {int((~cb_val).sum())} train / {int(cb_val.sum())} validation; CLEF-2020 "
          f"{int((~tw_val).sum())} train / {int(tw_val.sum())} dev. Encoding with MiniLM ...", flush=True)
    cb_arrays = arrays_of(*represent([r["sentence"] for r in cb], cache), cb)
    tw_arrays = arrays_of(*represent([r["sentence"] for r in tweets], cache), tweets)
    print(f"  features ready in {time.time() - started:.0f}s")
    debate, debate_info = train_and_validate("debate/news", cb_arrays, cb_val, False, args.seed)
    tweet, tweet_info = train_and_validate("tweet", tw_arrays, tw_val, True, args.seed)
    print(" the news head on the CLEF dev tweets, for reference (no tweet data behind it):")
    layer, _, cues, y, _ = tw_arrays
    x = inputs(layer[tw_val], cues[tw_val], debate_info["cues"])
    report("debate/news head on tweets", y[tw_val], predict_genre(debate, x), debate_info["threshold"])
    news = debate_info["threshold"]
    thresholds = {"news": news, "debate": news, "tweet": tweet_info["threshold"]}
    meta = {"version": 1, "layer": LAYER, "max_length": MAX_LENGTH, "feature_names": list(FEATURE_NAMES),
            "genre_heads": {"news": ["debate"], "debate": ["debate"], "tweet": ["tweet_claim", "tweet_checkworthy"]},
            "thresholds": thresholds, "seed": args.seed, "heads": {"debate": debate_info, "tweet": tweet_info}}
    out = Path(args.out)
    save(out, meta, {"debate": debate[0], "tweet_claim": tweet[0], "tweet_checkworthy": tweet[1]})
    print(f"\nwrote {out} ({out.stat().st_size / 1024:.1f} KiB); thresholds news/debate "
          f"{thresholds['news']:.4f}, tweet {thresholds['tweet']:.4f}; {time.time() - started:.0f}s")
    return 0


def save(path: Path, meta: dict[str, Any], heads: dict[str, dict[str, np.ndarray]]) -> None:
    """Plain float32 arrays plus a JSON string: no pickle anywhere."""
    arrays = {f"{name}.{key}": np.asarray(value, dtype=np.float32)
              for name, head in heads.items() for key, value in head.items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, meta=np.asarray(json.dumps(meta, sort_keys=True)), **arrays)


if __name__ == "__main__":
    raise SystemExit(main())
