"""Train the check-worthiness model: ``checker/models/worthiness.npz`` and ``worthiness-layers.safetensors``.

``python -m checker.train_worthiness [--data DIR] [--out PATH] [--seed N] [--epochs N] [--layers N] [--lr X]
[--tweet-states S] [--cache DIR]``

Validation is never trained on: ClaimBuster has one split, so a fixed hash of the record id puts 1 in 5
sentences aside; the CLEF dev file is CLEF's validation. Within ClaimBuster's training part, another hash
puts 1 in 5 aside as the development part: the first four MiniLM layers and a logistic head over [their
mean-pooled states ; the cues] are fine-tuned on the rest (:mod:`checker.worthiness_tuning`), the epoch
is chosen and the debate/news threshold (best F1) set on the development part. The tweet heads are logistic
regressions over the base layer-4 states (``--tweet-states tuned``: the fine-tuned ones; both are printed),
chosen as in :mod:`checker.worthiness_heads`. The printed validation figures are therefore honest; the
baseline (LR on the final MiniLM sentence embedding) and the previous model (LR on base layer-4 states and
cues) are trained on the same part and printed beside ours.
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
from checker.worthiness import DEFAULT_MODEL_PATH, TUNED_SUFFIX
from checker.worthiness_cues import FEATURE_NAMES, feature_matrix
from checker.worthiness_heads import (
    baseline,
    best_f1_threshold,
    fit_genre,
    inputs,
    predict_genre,
    report,
    select,
)
from checker.worthiness_tuning import TuningConfig

DATA = Path("../shared/eval/checkworthy")
LAYER, SENTENCE_LAYER, MAX_LENGTH = 4, 6, 256
TUNED_MAX_LENGTH = TuningConfig().max_length


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _bucket(key: str) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % 5


def is_validation(record_id: str) -> bool:
    """Deterministic 20 % hold-out by id, for files without their own validation split."""
    return _bucket(record_id) == 0


def is_development(record_id: str) -> bool:
    """A second, independent 20 % by id: inside the training part, where epochs and thresholds are chosen."""
    return _bucket(record_id + ":inner") == 0


def represent(texts: Sequence[str], cache: Path | None) -> tuple[np.ndarray, np.ndarray]:
    """Base layer-4 mean pools (the previous model's input) and final sentence embeddings (the baseline's)."""
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


def labelled(records: list[dict], cache: Path | None) -> dict[str, np.ndarray]:
    layer, sentence = represent([r["sentence"] for r in records], cache)
    return {"base": layer, "sentence": sentence, "cues": feature_matrix([r["sentence"] for r in records]),
            "y": np.array([bool(r["checkworthy"]) for r in records]),
            "claim": np.array([bool(r.get("is_claim", r["checkworthy"])) for r in records])}


def fine_tune(records: list[dict], d: dict[str, np.ndarray], fit: np.ndarray, dev: np.ndarray,
              args: argparse.Namespace, path: Path) -> tuple[dict[str, np.ndarray], list[dict[str, float]]]:
    """Fine-tune on ``fit``, pick the epoch on ``dev``; write the layers to ``path``; the head's arrays."""
    from checker.worthiness_tuning import WorthinessTuner

    config = tuning_config(args)
    tuner = WorthinessTuner(config, d["cues"][fit].mean(0), d["cues"][fit].std(0) + 1e-6)
    items = tuner.embed([clean_text(r["sentence"]) for r in records], d["cues"])
    print(f"Fine-tuning the first {config.layers} MiniLM layers (pooling {list(config.pool)}) on "
          f"{int(fit.sum())} sentences ({int(dev.sum())} development):", flush=True)
    history = tuner.fit([items[i] for i in np.flatnonzero(fit)], d["y"][fit],
                        [items[i] for i in np.flatnonzero(dev)], d["y"][dev])
    tuner.save_layers(path)
    return tuner.head_arrays(), history


def tuning_config(args: argparse.Namespace) -> TuningConfig:
    """The shipped settings, with the depth (the last layer pooled), epochs, lr and seed from the command line."""
    return TuningConfig(epochs=args.epochs, layers=args.layers, pool=(args.layers,), lr=args.lr, seed=args.seed)


def tuned_features(path: Path, pool: tuple[int, ...], *groups: list[dict]) -> list[np.ndarray]:
    """Pools of the fine-tuned model (averaged over the ``pool`` layers), through the scorer's own path (fp16
    weights as shipped)."""
    pooler = LayerPooler(pool, max_length=TUNED_MAX_LENGTH, tuned=path)
    return [np.mean(pooler.pool([clean_text(r["sentence"]) for r in g]), axis=0) for g in groups]


def compare_debate(d: dict[str, np.ndarray], ours: np.ndarray, threshold: float, val: np.ndarray,
                   seed: int) -> dict[str, Any]:
    """Baseline, previous model and ours on the held-out fifth; all trained on the training part only."""
    t, y = ~val, d["y"]
    print("Previous model (LR on base layer-4 states), chosen by 5-fold CV on the training part:")
    _, c, use_cues, prev_threshold = select(d["base"][t], d["cues"][t], y[t], None, seed)
    prev = fit_genre(inputs(d["base"][t], d["cues"][t], use_cues), y[t], None, c)
    base, base_threshold = baseline(d["sentence"][t], y[t], seed)
    print(f" validation ({int(val.sum())} records, never trained on):")
    return {"baseline": report("baseline LR(MiniLM embedding)", y[val], base.predict_proba(d["sentence"][val])[:, 1],
                               base_threshold),
            "previous": report("previous LR(layer 4 + cues)", y[val],
                               predict_genre(prev, inputs(d["base"][val], d["cues"][val], use_cues)), prev_threshold),
            "worthiness": report("worthiness fine-tuned (debate/news)", y[val], ours, threshold)}


def tweet_heads(d: dict[str, np.ndarray], tuned: np.ndarray, dev: np.ndarray, kind: str,
                seed: int) -> tuple[list[dict[str, np.ndarray]], dict[str, Any]]:
    """P(claim) x P(check-worthy | claim) over the ``kind`` states (fine-tuned on debates, or base); the
    heads are chosen by 5-fold CV on CLEF train for both kinds, and both are printed on CLEF dev."""
    t, y, claim = ~dev, d["y"], d["claim"]
    print("Selecting the tweet heads by 5-fold CV on CLEF train:")
    found, heads, figures = {}, {}, {}
    for k, x in (("tuned", tuned), ("base", d["base"])):
        found[k] = select(x[t], d["cues"][t], y[t], claim[t], seed, f"{k:5s} ")
    print(f" CLEF dev ({int(dev.sum())} tweets, never trained on):")
    for k, x in (("tuned", tuned), ("base", d["base"])):
        _, c, use_cues, threshold = found[k]
        heads[k] = fit_genre(inputs(x[t], d["cues"][t], use_cues), y[t], claim[t], c)
        figures[k] = report(f"tweet heads on {k} states" + (" (shipped)" if k == kind else ""), y[dev],
                            predict_genre(heads[k], inputs(x[dev], d["cues"][dev], use_cues)), threshold)
    _, c, use_cues, threshold = found[kind]
    return heads[kind], {"C": c, "cues": use_cues, "threshold": threshold, "features": kind, "validation": figures}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.train_worthiness", description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--out", default=str(DEFAULT_MODEL_PATH))
    parser.add_argument("--seed", type=int, default=0, help="seeds fine-tuning and the cross-validation folds")
    parser.add_argument("--epochs", type=int, default=TuningConfig().epochs,
                        help="fine-tuning epochs (the best on development is kept)")
    parser.add_argument("--layers", type=int, default=TuningConfig().layers, choices=range(1, 7),
                        help="MiniLM layers fine-tuned, the last one pooled (6: measured, not shipped, see README)")
    parser.add_argument("--lr", type=float, default=TuningConfig().lr, help="learning rate of the layers")
    parser.add_argument("--tweet-states", choices=("base", "tuned"), default="base",
                        help="states the tweet heads read (base: CLEF dev AP 0.807 vs 0.765 fine-tuned, see README)")
    parser.add_argument("--cache", default=None, help="optional folder to cache base MiniLM features between runs")
    args = parser.parse_args(argv)
    started, data, cache = time.time(), Path(args.data), Path(args.cache) if args.cache else None
    out = Path(args.out)
    tuned_path = out.with_name(out.stem + TUNED_SUFFIX)
    cb = load_jsonl(data / "claimbuster_train.jsonl")
    tweets = load_jsonl(data / "clef2020_task1_train.jsonl") + load_jsonl(data / "clef2020_task1_dev.jsonl")
    cb_val = np.array([is_validation(r["id"]) for r in cb])
    cb_dev = ~cb_val & np.array([is_development(r["id"]) for r in cb])
    tw_val = np.array([r.get("split") == "dev" for r in tweets])
    print(f"ClaimBuster {int((~cb_val).sum())} train ({int(cb_dev.sum())} of them development) / "
          f"{int(cb_val.sum())} validation; CLEF-2020 {int((~tw_val).sum())} train / {int(tw_val.sum())} dev. "
          "Encoding with MiniLM ...", flush=True)
    cb_d, tw_d = labelled(cb, cache), labelled(tweets, cache)
    print(f"  base features ready in {time.time() - started:.0f}s", flush=True)
    debate, history = fine_tune(cb, cb_d, ~cb_val & ~cb_dev, cb_dev, args, tuned_path)
    pool = tuning_config(args).pool
    cb_tuned, tw_tuned = tuned_features(tuned_path, pool, cb, tweets)
    scores = predict_genre([debate], np.hstack([cb_tuned, cb_d["cues"]]))
    threshold = best_f1_threshold(cb_d["y"][cb_dev], scores[cb_dev])
    figures = compare_debate(cb_d, scores[cb_val], threshold, cb_val, args.seed)
    kind = args.tweet_states
    tweet, tweet_info = tweet_heads(tw_d, tw_tuned, tw_val, kind, args.seed)
    print(" the news head on the CLEF dev tweets, for reference (no tweet data behind it):")
    report("debate/news head on tweets", tw_d["y"][tw_val],
           predict_genre([debate], np.hstack([tw_tuned, tw_d["cues"]])[tw_val]), threshold)
    thresholds = {"news": threshold, "debate": threshold, "tweet": tweet_info["threshold"]}
    meta = {"version": 2, "layer": LAYER, "tuned_pool": list(pool), "max_length": TUNED_MAX_LENGTH,
            "base_max_length": MAX_LENGTH,
            "tuned_layers": tuned_path.name, "feature_names": list(FEATURE_NAMES),
            "head_features": {"debate": "tuned", "tweet_claim": kind, "tweet_checkworthy": kind},
            "genre_heads": {"news": ["debate"], "debate": ["debate"], "tweet": ["tweet_claim", "tweet_checkworthy"]},
            "thresholds": thresholds, "seed": args.seed, "fine_tuning": history,
            "heads": {"debate": {"threshold": threshold, "validation": figures}, "tweet": tweet_info}}
    save(out, meta, {"debate": debate, "tweet_claim": tweet[0], "tweet_checkworthy": tweet[1]})
    print(f"\nwrote {out} ({out.stat().st_size / 1024:.1f} KiB) and {tuned_path} "
          f"({tuned_path.stat().st_size / 2**20:.1f} MiB); thresholds news/debate {threshold:.4f}, "
          f"tweet {thresholds['tweet']:.4f}; {time.time() - started:.0f}s")
    return 0


def save(path: Path, meta: dict[str, Any], heads: dict[str, dict[str, np.ndarray]]) -> None:
    """Plain float32 arrays plus a JSON string: no pickle anywhere."""
    arrays = {f"{name}.{key}": np.asarray(value, dtype=np.float32)
              for name, head in heads.items() for key, value in head.items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, meta=np.asarray(json.dumps(meta, sort_keys=True)), **arrays)


if __name__ == "__main__":
    raise SystemExit(main())
