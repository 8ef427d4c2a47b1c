"""Evaluate the check-worthiness scorer on labelled JSONL files.

``python -m checker.eval_checkworthy [PATH ...] [--model P] [--genre G] [--all]``

Each file is scored with the genre its records come from (ClaimBuster -> debate, CLEF -> tweet,
anything else -> news) unless ``--genre`` says otherwise. Records the shipped model was trained on
are skipped unless ``--all``, so figures on the development files are held-out figures; a separate
test file (split "test") is used whole.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from checker.worthiness import WorthinessScorer

DATA = Path("../shared/eval/checkworthy")
DEFAULT_FILES = ("claimbuster_train.jsonl", "clef2020_task1_dev.jsonl")


def precision_recall_f1(gold: Sequence[bool], predicted: Sequence[bool]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive (check-worthy) class; 0 where undefined."""
    g, p = np.asarray(gold, bool), np.asarray(predicted, bool)
    tp = float(np.sum(g & p))
    precision = tp / p.sum() if p.sum() else 0.0
    recall = tp / g.sum() if g.sum() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def class_averaged_f1(gold: Sequence[bool], predicted: Sequence[bool]) -> tuple[float, float]:
    """Macro F1 (mean of both classes' F1) and weighted F1 (by each class's support)."""
    g, p = np.asarray(gold, bool), np.asarray(predicted, bool)
    positive, negative = precision_recall_f1(g, p)[2], precision_recall_f1(~g, ~p)[2]
    share = float(g.mean()) if len(g) else 0.0
    return (positive + negative) / 2, share * positive + (1 - share) * negative


def average_precision(gold: Sequence[bool], scores: Sequence[float]) -> float:
    """Mean precision at the rank of each positive, ranking by score (stable for ties)."""
    g = np.asarray(gold, bool)[np.argsort(-np.asarray(scores, float), kind="stable")]
    if not g.any():
        return 0.0
    hits = np.cumsum(g)
    return float(np.mean(hits[g] / (np.flatnonzero(g) + 1)))


def genre_of(record: dict[str, Any]) -> str:
    """Which scorer head fits the record's source."""
    source = str(record.get("source", "")).lower()
    return "debate" if source.startswith("claimbuster") else "tweet" if source.startswith("clef") else "news"


def was_trained_on(record: dict[str, Any]) -> bool:
    """Mirror of train_worthiness's split: train records, except ClaimBuster's hash-held-out fifth."""
    from checker.train_worthiness import is_validation

    if record.get("split") != "train":
        return False
    return not (genre_of(record) == "debate" and is_validation(str(record["id"])))


def load(path: str | Path, include_training: bool) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return records if include_training else [r for r in records if not was_trained_on(r)]


def evaluate(paths: Sequence[str | Path], *, scorer: WorthinessScorer, genre: str | None = None,
             include_training: bool = False) -> dict[str, dict[str, float]]:
    """Per file: n, positives, precision/recall/F1 of the check-worthy class, macro and weighted F1 at the
    genre's threshold, and AP. Prints a table."""
    results: dict[str, dict[str, float]] = {}
    for path in paths:
        records = load(path, include_training)
        if not records:
            print(f"{Path(path).name}: no held-out records (all were used in training; --all to score them)")
            continue
        g = genre or genre_of(records[0])
        gold = np.array([bool(r["checkworthy"]) for r in records])
        scores = scorer.score([r["sentence"] for r in records], genre=g)
        threshold = scorer.threshold(g)
        precision, recall, f1 = precision_recall_f1(gold, scores >= threshold)
        macro, weighted = class_averaged_f1(gold, scores >= threshold)
        row = {"n": float(len(records)), "positives": float(gold.sum()), "threshold": threshold,
               "precision": precision, "recall": recall, "f1": f1, "macro_f1": macro, "weighted_f1": weighted,
               "ap": average_precision(gold, scores)}
        results[Path(path).name] = row
        print(f"{Path(path).name:32s} genre={g:6s} n={len(records):5d} pos={int(gold.sum()):4d} "
              f"threshold={threshold:.3f} P={precision:.4f} R={recall:.4f} F1={f1:.4f} macroF1={macro:.4f} "
              f"weightedF1={weighted:.4f} AP={row['ap']:.4f}")
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """CLI wrapper around :func:`evaluate`."""
    parser = argparse.ArgumentParser(prog="python -m checker.eval_checkworthy", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DATA / name) for name in DEFAULT_FILES])
    parser.add_argument("--model", default=None, help="worthiness .npz (default: the shipped one)")
    parser.add_argument("--genre", choices=("news", "debate", "tweet"), default=None)
    parser.add_argument("--all", action="store_true", help="also score records the model was trained on")
    args = parser.parse_args(argv)
    from checker.embedding import offline

    offline()
    from checker.model_factory import worthiness_for
    from checker.settings import Settings

    scorer = worthiness_for(Settings.from_env(), model_path=args.model)  # the runtime the service uses
    evaluate(args.paths, scorer=scorer, genre=args.genre, include_training=args.all)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
