"""Build the ONNX encoders (fp32, int8, int8s) from the shipped weights, once per data folder, never committed.

Recipe (chosen by measurement, see README "Serving and performance"): export the BERT model with eager
attention plus mean pooling and normalisation in the graph (torch.onnx, TorchScript exporter), fuse
attention/LayerNorm/GELU with onnxruntime's transformer optimizer (``onnx-fp32``: same numbers as torch),
and for ``onnx-int8`` quantise the weights to int8 per channel (per-tensor int8 drops the cosine to fp32 to
~0.95; per channel keeps it above 0.99, though similarities still move by up to ~0.05). Several
workers may start at once, so the build runs under a file lock and lands by rename. ``onnx-int8s`` (static
int8, batch-independent) has its own recipe in :mod:`checker.onnx_static`.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Mapping

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import torch

RECIPE = "v1-eager-fused"
KINDS = ("fp32", "int8", "int8s")
TOKEN_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
log = logging.getLogger(__name__)


def onnx_model_path(model_path: str, data_dir: str | Path | None, kind: str) -> Path:
    """Where the graph for these weights lives; the name changes when weights, recipe, precision or (int8s)
    calibration text do."""
    digest = hashlib.sha256(RECIPE.encode())
    digest.update(weights_digest(model_path).encode())
    if kind == "int8s":
        from .onnx_static import ALPHA, calibration_texts

        digest.update(f"static-smooth{ALPHA}-minmax".encode())
        digest.update("\n".join(calibration_texts()).encode())
    return models_dir(data_dir) / f"{Path(model_path).name}-{kind}-{digest.hexdigest()[:12]}.onnx"


def weights_digest(model_path: str) -> str:
    """Identifies the shipped weights cheaply (their size and config), for the names of graphs built from them."""
    weights = Path(model_path) / "model.safetensors"
    digest = hashlib.sha256(str(weights.stat().st_size if weights.exists() else 0).encode())
    digest.update((Path(model_path) / "config.json").read_bytes())
    return digest.hexdigest()


def ensure_onnx_model(model_path: str, data_dir: str | Path | None, *, kind: str = "fp32") -> Path:
    """The fused (and for ``int8`` / ``int8s``, quantised) graph, built now if missing (10-40 s on 2 cores)."""
    if kind not in KINDS:
        raise ValueError(f"unknown ONNX graph kind {kind!r}")
    target = onnx_model_path(model_path, data_dir, kind)
    return build_once(target, lambda out: _build(model_path, out, kind))


def models_dir(data_dir: str | Path | None) -> Path:
    """Where built graphs live: ``<data_dir>/models``, the project's instance/models by default."""
    if data_dir is None:
        from .settings import ROOT

        data_dir = ROOT / "instance"
    return Path(data_dir) / "models"


def build_once(target: Path, build: Callable[[Path], None]) -> Path:
    """``target``, built by ``build(path)`` if missing. Several workers may start at once, so the build runs
    under a file lock, into a temporary file that is fsynced and renamed: a reader never sees half a graph."""
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / ".build.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.exists():  # another worker may have built it while we waited
            log.info("building %s", target)
            tmp = target.parent / f".{target.stem}.{os.getpid()}.onnx"
            try:
                build(tmp)
                with open(tmp, "rb") as handle:
                    os.fsync(handle.fileno())
                os.replace(tmp, target)
            finally:
                tmp.unlink(missing_ok=True)
    return target


def export_module(module: torch.nn.Module, example: Mapping[str, np.ndarray], out: Path) -> None:
    """``module`` to ONNX with the TorchScript exporter; token inputs keep batch and sequence dynamic, any other
    input (slot features) its batch."""
    import torch

    axes = {name: {0: "batch", 1: "seq"} if name in TOKEN_INPUTS else {0: "batch"} for name in example}
    inputs = tuple(torch.from_numpy(np.ascontiguousarray(v)) for v in example.values())
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer warns about shape-dependent Python branches; shapes are dynamic
        torch.onnx.export(module.eval(), inputs, str(out), input_names=list(example), output_names=["output"],
                          dynamic_axes=axes | {"output": {0: "batch"}}, opset_version=17, dynamo=False)


def _build(model_path: str, out: Path, kind: str) -> None:
    fp32, fused, quantised = (out.with_suffix(s) for s in (".fp32.onnx", ".fused.onnx", ".int8.onnx"))
    try:
        _export(model_path, fp32)
        _fuse(fp32, fused, model_path, kind)
        final = fused
        if kind == "int8":
            _quantise(fused, quantised)
            final = quantised
        elif kind == "int8s":
            from .onnx_static import quantise_static

            quantise_static(fused, quantised, model_path, out.with_suffix(""))
            final = quantised
        os.replace(final, out)
    finally:
        for path in (fp32, fused, quantised):
            path.unlink(missing_ok=True)


def _export(model_path: str, out: Path) -> None:
    import torch
    from transformers import AutoModel

    class Pooled(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=1)

    bert = AutoModel.from_pretrained(model_path, attn_implementation="eager").eval()
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]])
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {n: {0: "batch", 1: "seq"} for n in names} | {"embedding": {0: "batch"}}
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer warns about shape-dependent Python branches; shapes are dynamic
        torch.onnx.export(Pooled(bert), (ids, (ids > 0).long(), torch.zeros_like(ids)), str(out),
                          input_names=names, output_names=["embedding"], dynamic_axes=axes,
                          opset_version=17, dynamo=False)


def _fuse(src: Path, out: Path, model_path: str, kind: str) -> None:
    import json

    from onnxruntime.transformers.optimizer import optimize_model

    config = json.loads((Path(model_path) / "config.json").read_text())
    heads, hidden = int(config["num_attention_heads"]), int(config["hidden_size"])
    if kind == "int8s":  # MultiHeadAttention, so that the Q/K/V projections can be quantised too
        from .onnx_static import fuse_for_static

        fuse_for_static(src, out, heads, hidden)
        return
    optimize_model(str(src), model_type="bert", num_heads=heads, hidden_size=hidden).save_model_to_file(str(out))


def _quantise(src: Path, out: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(src), str(out), weight_type=QuantType.QInt8, per_channel=True,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
