"""Trained claim-evidence verifier: a MiniLM cross-encoder plus slot features, calibrated.

The committed artifact holds only what training changed (the encoder layers and the head, fp16, ~21 MB);
the embeddings, half of MiniLM's weights, come from the shipped all-MiniLM-L6-v2 package, so the artifact
stays under 25 MB and loads offline. Construction is cheap and never imports torch;
:meth:`TrainedVerifier.warm_up` does.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

from checker.embedding import default_model_path, offline
from checker.encoder_backends import length_batches, pad
from checker.lru import LruCache
from checker.ovrun import check_runtime, from_torch, torch_model
from checker.verifier_features import pair_features

if TYPE_CHECKING:  # pragma: no cover
    import torch

LABELS = ("supported", "contradicted", "needs_review")
DATASET_LABELS = {"SUPPORTED": "supported", "REFUTED": "contradicted", "NEI": "needs_review"}
DEFAULT_DIR = Path(__file__).resolve().parent / "models" / "verifier"
CONFIG_FILE, WEIGHTS_FILE, THRESHOLDS_FILE = "config.json", "weights.safetensors", "thresholds.json"
CACHE_SIZE = 4096

def available(model_dir: str | None = None) -> bool:
    """True when the artifact is present and the shipped base model can be found (no torch import)."""
    root = Path(model_dir) if model_dir else DEFAULT_DIR
    if not ((root / CONFIG_FILE).is_file() and (root / WEIGHTS_FILE).is_file()):
        return False
    try:
        return Path(default_model_path()).is_dir()
    except ImportError:
        return False


def build_head(n_features: int, hidden: int = 384) -> torch.nn.Module:
    """Classification head over [mean-pooled tokens ; slot features]."""
    from torch import nn

    return nn.Sequential(nn.Linear(hidden + n_features, 256), nn.GELU(), nn.Dropout(0.1), nn.Linear(256, len(LABELS)))


def pool_logits(head: torch.nn.Module, hidden: torch.Tensor, mask: torch.Tensor, feats: torch.Tensor) -> torch.Tensor:
    """Mean-pool token states under ``mask`` and classify them together with the slot features."""
    import torch

    weights = mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
    return head(torch.cat([pooled, feats], dim=1))


def decide(probs: dict[str, float], thresholds: dict[str, Any], level: str = "auto") -> str:
    """Verdict for one pair: the likelier of supported/contradicted whose probability clears its threshold.

    :param level: ``"auto"`` (decide without a human) or ``"suggest"`` (propose to a reviewer).
    """
    passing = [v for v in LABELS[:2] if probs[v] >= float(thresholds[v][level])]
    return max(passing, key=lambda v: probs[v]) if passing else "needs_review"


def file_sha256(path: str | Path) -> str:
    """Checksum of the base weights, so a changed base package fails loudly instead of silently."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class TrainedVerifier:
    """Three-way probabilities for (claim, evidence) pairs: supported / contradicted / needs_review."""

    def __init__(self, model_dir: str | None = None, *, batch_size: int = 32, runtime: str = "torch",
                 threads: int = 2, data_dir: str | None = None) -> None:
        """``runtime``: torch or an OpenVINO one (:mod:`checker.ovrun`), whose graph is built under ``data_dir``."""
        self.model_dir = Path(model_dir) if model_dir else DEFAULT_DIR
        self.batch_size = batch_size
        self.runtime = check_runtime(runtime)
        self.threads, self.data_dir = threads, data_dir
        self.config: dict[str, Any] = {}
        self.thresholds: dict[str, Any] = {}
        self._parts: tuple[Any, Any] | None = None  # tokenizer, model
        self._lock = threading.Lock()
        self._cache: LruCache[tuple[str, str], dict[str, float]] = LruCache(CACHE_SIZE)

    def warm_up(self) -> None:
        """Load base weights, overlay the fine-tuned tensors, once; safe to call from several threads."""
        with self._lock:
            if self._parts is None:
                offline()
                self.config = json.loads((self.model_dir / CONFIG_FILE).read_text(encoding="utf-8"))
                self.thresholds = json.loads((self.model_dir / THRESHOLDS_FILE).read_text(encoding="utf-8"))
                self._parts = _load_parts(self.model_dir, self.config, self.runtime, self.threads, self.data_dir)

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
        """Calibrated probabilities per pair, in input order; each dict sums to 1.

        Results are cached per pair: articles repeat across requests, and a pair costs ~15 ms on 2 cores.
        """
        self.warm_up()
        return self._cache.get_many(list(pairs), self._predict)

    def _predict(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
        if self._parts is None:
            raise RuntimeError("the verifier is not loaded; call warm_up() first")
        tokenizer, model = self._parts
        encodings = tokenizer.encode_batch(list(pairs))
        out: list[dict[str, float]] = [{} for _ in pairs]
        temperature = float(self.config.get("temperature", 1.0))
        for idx in length_batches([len(e.ids) for e in encodings], self.batch_size):
            inputs = _inputs([encodings[i] for i in idx], [pairs[i] for i in idx], grid=True)
            logits = np.asarray(model(inputs)[:len(idx)], dtype=np.float64) / temperature
            probs = np.exp(logits - logits.max(axis=1, keepdims=True))
            probs /= probs.sum(axis=1, keepdims=True)
            for i, row in zip(idx, probs.tolist()):
                out[i] = dict(zip(LABELS, row))
        return out


def _pair_classifier(encoder: Any, head: Any) -> torch.nn.Module:
    """Encoder and head as one module, so OpenVINO traces the whole pair classifier into one graph."""
    import torch

    class PairClassifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder, self.head = encoder, head

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor,
                    feats: torch.Tensor) -> torch.Tensor:
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=token_type_ids).last_hidden_state
            return pool_logits(self.head, hidden, attention_mask, feats)

    return PairClassifier().eval()


def _inputs(encodings: Sequence[Any], pairs: Sequence[tuple[str, str]], *,
            grid: bool = False) -> dict[str, np.ndarray]:
    """Model inputs for tokenised (claim, evidence) pairs, padded to their longest (or the shape grid's next
    size), with the slot features (zero on filler rows)."""
    tokens, rows = pad(encodings, grid=grid), [pair_features(c, e) for c, e in pairs]
    feats = np.zeros((len(tokens["input_ids"]), len(rows[0])), dtype=np.float32)
    feats[:len(rows)] = rows
    return {**tokens, "feats": feats}


def _load_parts(model_dir: Path, config: dict[str, Any], runtime: str, threads: int,
                data_dir: str | None) -> tuple[Any, Any]:
    """Tokenizer, and the classifier (the shipped base encoder with the fine-tuned tensors of ``model_dir``)
    on ``runtime``; for OpenVINO its graph is exported into the data folder once."""
    from .encoder_backends import load_tokenizer

    base = Path(default_model_path())
    expected = config.get("base_sha256")
    if expected and file_sha256(base / "model.safetensors") != expected:
        raise RuntimeError(f"base model at {base} differs from the one the verifier was trained on")
    tokenizer, _ = load_tokenizer(str(base), int(config["max_length"]))
    if runtime == "torch":
        return tokenizer, torch_model(_classifier(model_dir, config, base, "sdpa"))

    # two pairs of different lengths: with padding in the example, the traced graph keeps the attention mask
    sample = [("A claim.", "Some evidence."), ("A longer claim about 1992.", "Evidence that says more than that.")]
    digest = hashlib.sha256(json.dumps(config, sort_keys=True).encode())
    digest.update(file_sha256(model_dir / WEIGHTS_FILE).encode())
    example = _inputs(tokenizer.encode_batch(sample), sample)
    return tokenizer, from_torch(lambda: _classifier(model_dir, config, base, "eager"), example,
                                 name=f"verifier-{digest.hexdigest()[:12]}", data_dir=data_dir, runtime=runtime,
                                 threads=threads)


def _classifier(model_dir: Path, config: dict[str, Any], base: Path, attention: str) -> torch.nn.Module:
    """The base encoder with the fine-tuned tensors overlaid, and the head, as one torch module."""
    from safetensors.torch import load_file
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(str(base), attn_implementation=attention)
    state = load_file(str(model_dir / WEIGHTS_FILE))
    enc_state = {k[len("encoder."):]: v.float() for k, v in state.items() if k.startswith("encoder.")}
    result = encoder.load_state_dict(enc_state, strict=False)
    if result.unexpected_keys:
        raise RuntimeError(f"verifier weights do not fit the base model: {result.unexpected_keys[:3]}")
    head = build_head(len(config["features"]))
    head.load_state_dict({k[len("head."):]: v.float() for k, v in state.items() if k.startswith("head.")})
    return _pair_classifier(encoder.eval(), head.eval())
