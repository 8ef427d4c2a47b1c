"""Train the verifier on the public verification sets and write the compact artifact.

``python -m checker.train_verifier [--data DIR] [--out DIR] [--seed N]``

The word/position embeddings (half of MiniLM's weights) stay frozen, so their output is computed once and
cached; the encoder layers (all six by default, ``--train-layers``) and the head are trained and stored in
fp16 on top of the shipped base weights, which keeps the committed artifact under 25 MB.
A temperature and two thresholds per verdict are then fitted on the validation part, whose figures are
printed and written to ``metrics.json`` (plus a cross-fitted estimate that does not see its own labels).
This module reads the data and runs the steps; :mod:`checker.verifier_trainer` trains,
:mod:`checker.verifier_calibration` calibrates.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

from checker.evaluate import FILES, read_jsonl
from checker.validation_split import validation_mask
from checker.verifier import DATASET_LABELS, DEFAULT_DIR, LABELS
from checker.verifier_calibration import fit_operating_point, report_split
from checker.verifier_debias import BIAS_FEATURES, DEBIAS_MODES, training_bias
from checker.verifier_trainer import Pair, Trainer

REPO = Path(__file__).resolve().parent.parent


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
    parser.add_argument("--debias", choices=DEBIAS_MODES, default="none",
                        help="claim-only bias: product of experts (poe), re-weighting, or none (the default)")
    parser.add_argument("--bias", choices=BIAS_FEATURES, default="claim",
                        help="what the bias model sees: the claim only, or claim words and pair overlap cues")
    parser.add_argument("--limit", type=int, default=0, help="train on the first N pairs only (smoke runs)")
    return parser.parse_args(argv)


def fit_model(args: argparse.Namespace, train_pairs: list[Pair]) -> tuple[Trainer, dict[str, Any]]:
    """The claim-only bias when ``--debias`` asks for one, then the cross-encoder trained against it."""
    import torch

    bias = training_bias(train_pairs, args.debias, args.seed, args.bias)
    torch.manual_seed(args.seed)  # the bias model's encoder must not shift the head's initialisation
    trainer = Trainer(args)
    print(f"{len(train_pairs)} training pairs; caching {trainer.frozen} frozen layers", flush=True)
    trainer.fit(trainer.cache(train_pairs), bias)
    return trainer, {"debias": args.debias, "bias": args.bias if bias is not None else None}


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
    trainer, debias = fit_model(args, train_pairs)
    val = {name: trainer.cache(parts["val"]) for name, parts in splits.items()}
    logits = {name: trainer.predict_logits(items) for name, items in val.items()}
    gold = {name: np.array([y for _, _, y in items]) for name, items in val.items()}
    train_seconds = time.time() - started
    temperature, thresholds = fit_operating_point(logits, gold)
    trainer.save(args.out, {"temperature": temperature, "seed": args.seed, "epochs": args.epochs,
                                 **debias})
    # before measure_inference, which loads the artifact (thresholds included) from a possibly fresh --out
    (args.out / "thresholds.json").write_text(json.dumps(thresholds, indent=2) + "\n", encoding="utf-8")
    metrics = report_split(logits, gold, temperature, thresholds)
    metrics.update({"train_seconds": round(train_seconds, 1), "train_pairs": len(train_pairs), "seed": args.seed,
                    **debias,
                    "inference": measure_inference(args.out, splits["vitaminc"]["val"][:256], logits["vitaminc"])})
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(f"training + calibration took {train_seconds:.0f}s; artifact in {args.out}")


if __name__ == "__main__":
    main()
