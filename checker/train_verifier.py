"""Train the verifier on the public verification sets and write the compact artifact.

``python -m checker.train_verifier [--data DIR] [--out DIR] [--seed N]``

The word/position embeddings (half of MiniLM's weights) stay frozen, so their output is computed once and
cached; the encoder layers (all six by default, ``--train-layers``) and the head are trained and stored in
fp16 on top of the shipped base weights, which keeps the committed artifact under 25 MB.
A temperature and two thresholds per verdict are then fitted on the validation part, whose figures are
printed and written to ``metrics.json`` (plus a cross-fitted estimate that does not see its own labels).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

from checker.evaluate import FILES, format_summary, read_jsonl, summarize
from checker.validation_split import validation_mask
from checker.verifier import CONFIG_FILE, DATASET_LABELS, DEFAULT_DIR, LABELS, WEIGHTS_FILE, decide
from checker.verifier_features import FEATURE_NAMES

Pair = tuple[str, str, int]
REPO = Path(__file__).resolve().parent.parent
TARGETS = {"supported": {"auto": 0.95, "suggest": 0.80}, "contradicted": {"auto": 0.90, "suggest": 0.75}}
THRESHOLD_SETS = ("vitaminc", "fever_symmetric")  # the pair-by-pair sets the targets are stated for


def record_pairs(rec: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(claim, evidence, verdict) pairs of a record; Climate-FEVER gives one pair per labelled sentence."""
    if "evidence_labels" in rec:
        return [(rec["claim"], e, DATASET_LABELS[lab]) for e, lab in zip(rec["evidence"], rec["evidence_labels"])]
    return [(rec["claim"], " ".join(rec["evidence"]), DATASET_LABELS[rec["label"]])]


def split_pairs(data_dir: Path) -> dict[str, dict[str, list[Pair]]]:
    """Per dataset, train and validation pairs, split claim-disjointly by :func:`validation_mask`."""
    out: dict[str, dict[str, list[Pair]]] = {}
    for name, filename in FILES.items():
        records = read_jsonl(data_dir / filename)
        parts: dict[str, list[Pair]] = {"train": [], "val": []}
        for rec, is_val in zip(records, validation_mask(records)):
            for claim, evidence, label in record_pairs(rec):
                parts["val" if is_val else "train"].append((claim, evidence, LABELS.index(label)))
        out[name] = parts
    return out


def _keep(pair: Pair, share: float) -> bool:
    """Deterministic subsample by a hash of the pair text."""
    digest = hashlib.sha256((pair[0] + "\x00" + pair[1]).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def training_mix(splits: dict[str, dict[str, list[Pair]]]) -> list[Pair]:
    """VitaminC + FEVER-Symmetric twice (few, but a target) + Climate-FEVER with half of its NEI pairs."""
    climate = [p for p in splits["climate_fever"]["train"] if p[2] != 2 or _keep(p, 0.5)]
    return splits["vitaminc"]["train"] + 2 * splits["fever_symmetric"]["train"] + climate


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


class Trainer:
    """Cross-encoder training over cached frozen-embedding (and frozen lower-layer) states."""

    def __init__(self, args: argparse.Namespace) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        from checker.embedding import default_model_path
        from checker.verifier import build_head

        self.args, self.torch = args, torch
        self.base = Path(default_model_path())
        self.tokenizer = AutoTokenizer.from_pretrained(str(self.base))
        self.encoder = AutoModel.from_pretrained(str(self.base))
        self.layers = list(self.encoder.encoder.layer)
        self.frozen = len(self.layers) - args.train_layers
        self.head = build_head(len(FEATURE_NAMES))
        for param in self.encoder.parameters():
            param.requires_grad = False
        for layer in self.layers[self.frozen:]:
            for param in layer.parameters():
                param.requires_grad = True

    def cache(self, pairs: Sequence[Pair]) -> list[tuple[Any, Any, int]]:
        """(bottom hidden states fp16, slot features, label) per pair, from one no-grad pass."""
        from checker.verifier_features import pair_features

        torch = self.torch
        self.encoder.encoder.layer = torch.nn.ModuleList(self.layers[: self.frozen])
        self.encoder.eval()
        out: list[Any] = [None] * len(pairs)
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        with torch.inference_mode():
            for start in range(0, len(order), 64):
                idx = order[start:start + 64]
                enc = self.tokenizer([pairs[i][0] for i in idx], [pairs[i][1] for i in idx], truncation=True,
                                     max_length=self.args.max_length, padding=True, return_tensors="pt")
                hidden = self.encoder(**enc).last_hidden_state.half()
                for row, i in enumerate(idx):
                    n = int(enc["attention_mask"][row].sum())
                    feats = torch.tensor(pair_features(pairs[i][0], pairs[i][1]))
                    out[i] = (hidden[row, :n].clone(), feats, pairs[i][2])
        self.encoder.encoder.layer = torch.nn.ModuleList(self.layers)
        return out

    def logits(self, items: Sequence[tuple[Any, Any, int]]) -> Any:
        """Top layers + head over a padded batch of cached states."""
        from checker.verifier import pool_logits

        torch = self.torch
        hidden = torch.nn.utils.rnn.pad_sequence([h.float() for h, _, _ in items], batch_first=True)
        lengths = torch.tensor([len(h) for h, _, _ in items])
        mask = (torch.arange(hidden.shape[1])[None, :] < lengths[:, None]).long()
        additive = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in self.layers[self.frozen:]:
            out = layer(hidden, additive)
            hidden = out[0] if isinstance(out, tuple) else out  # transformers 4.x returns a tuple
        return pool_logits(self.head, hidden, mask, torch.stack([f for _, f, _ in items]))

    def batches(self, n: int, rng: random.Random, size: int) -> list[list[int]]:
        """Shuffled batches of similar length (less padding), reshuffled every epoch."""
        idx = list(range(n))
        rng.shuffle(idx)
        chunks = [sorted(idx[i:i + size * 50], key=lambda j: self.lengths[j]) for i in range(0, n, size * 50)]
        out = [c[i:i + size] for c in chunks for i in range(0, len(c), size)]
        rng.shuffle(out)
        return out

    def fit(self, train: list[tuple[Any, Any, int]]) -> None:
        """AdamW, linear warm-up and decay, cross-entropy; prints progress."""
        torch, args = self.torch, self.args
        self.lengths = [len(h) for h, _, _ in train]
        rng = random.Random(args.seed)  # noqa: S311 - reproducible shuffling, not security
        params = [p for layer in self.layers[self.frozen:] for p in layer.parameters()]
        opt = torch.optim.AdamW([{"params": params, "lr": args.lr},
                                 {"params": self.head.parameters(), "lr": args.head_lr}], weight_decay=0.01)
        total = args.epochs * -(-len(train) // args.batch_size)
        warm = max(1, total // 16)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, (total - s) / (total - warm)))
        self.encoder.train()
        self.head.train()
        step, started = 0, time.time()
        for epoch in range(args.epochs):
            for batch in self.batches(len(train), rng, args.batch_size):
                items = [train[i] for i in batch]
                loss = torch.nn.functional.cross_entropy(self.logits(items), torch.tensor([y for _, _, y in items]))
                loss.backward()
                opt.step()
                sched.step()
                opt.zero_grad()
                step += 1
                if step % 50 == 0:
                    print(f"epoch {epoch + 1} step {step}/{total} loss {loss.item():.3f} "
                          f"{time.time() - started:.0f}s", flush=True)
        self.encoder.eval()
        self.head.eval()

    def predict_logits(self, items: list[tuple[Any, Any, int]]) -> Any:
        """Logits for cached items, in order (training path, eval mode)."""
        torch = self.torch
        self.encoder.eval()
        self.head.eval()
        with torch.inference_mode():
            rows = [self.logits(items[i:i + 128]) for i in range(0, len(items), 128)]
        return torch.cat(rows).numpy() if rows else torch.zeros((0, len(LABELS))).numpy()

    def save(self, out: Path, extra: dict[str, Any]) -> None:
        """fp16 top layers + fp32 head into ``weights.safetensors``; config beside it."""
        from safetensors.torch import save_file

        from checker.verifier import file_sha256

        out.mkdir(parents=True, exist_ok=True)
        state = {f"encoder.{k}": v.detach().half().contiguous() for k, v in self.encoder.state_dict().items()
                 if any(k.startswith(f"encoder.layer.{i}.") for i in range(self.frozen, len(self.layers)))}
        state.update({f"head.{k}": v.detach().float().contiguous() for k, v in self.head.state_dict().items()})
        save_file(state, str(out / WEIGHTS_FILE))
        config = {"base_model": "all-MiniLM-L6-v2", "base_sha256": file_sha256(self.base / "model.safetensors"),
                  "trained_layers": self.args.train_layers, "max_length": self.args.max_length,
                  "features": list(FEATURE_NAMES), "labels": list(LABELS), **extra}
        (out / CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")


def measure_inference(out: Path, pairs: list[Pair], logits: np.ndarray) -> dict[str, float]:
    """Pairs/s of the saved artifact through :class:`TrainedVerifier`, and its agreement with training."""
    from checker.verifier import TrainedVerifier

    verifier = TrainedVerifier(str(out))
    verifier.warm_up()
    started = time.time()
    probs = verifier.predict([(c, e) for c, e, _ in pairs])
    seconds = time.time() - started
    agree = sum(max(LABELS, key=p.__getitem__) == LABELS[int(row.argmax())] for p, row in zip(probs, logits))
    result = {"pairs_per_second": round(len(pairs) / seconds, 1), "argmax_agreement": round(agree / len(pairs), 4)}
    print(f"inference: {result}")
    return result


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options; defaults are the ones the committed artifact was trained with."""
    parser = argparse.ArgumentParser(prog="python -m checker.train_verifier", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "eval" / "verification")
    parser.add_argument("--out", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--train-layers", type=int, default=6)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--limit", type=int, default=0, help="train on the first N pairs only (smoke runs)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    """Train, calibrate on validation, write artifact + metrics.json + thresholds.json."""
    args = parse_args(argv)
    from checker.embedding import offline

    offline()
    random.seed(args.seed)
    import numpy as np
    import torch

    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    started = time.time()
    splits = split_pairs(args.data)
    train_pairs = training_mix(splits)
    random.Random(args.seed).shuffle(train_pairs)  # noqa: S311 - reproducible shuffling
    train_pairs = train_pairs[: args.limit] if args.limit else train_pairs
    trainer = Trainer(args)
    print(f"{len(train_pairs)} training pairs; caching {trainer.frozen} frozen layers", flush=True)
    train = trainer.cache(train_pairs)
    trainer.fit(train)
    val = {name: trainer.cache(parts["val"]) for name, parts in splits.items()}
    logits = {name: trainer.predict_logits(items) for name, items in val.items()}
    gold = {name: np.array([y for _, _, y in items]) for name, items in val.items()}
    train_seconds = time.time() - started
    temperature, thresholds = fit_operating_point(logits, gold)
    trainer.save(args.out, {"temperature": temperature, "seed": args.seed, "epochs": args.epochs})
    metrics = report_split(logits, gold, temperature, thresholds)
    metrics.update({"train_seconds": round(train_seconds, 1), "train_pairs": len(train_pairs), "seed": args.seed,
                    "inference": measure_inference(args.out, splits["vitaminc"]["val"][:256], logits["vitaminc"])})
    (args.out / "thresholds.json").write_text(json.dumps(thresholds, indent=2) + "\n", encoding="utf-8")
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(f"training + calibration took {train_seconds:.0f}s; artifact in {args.out}")


if __name__ == "__main__":
    main()
