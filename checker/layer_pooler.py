"""Mean-pooled MiniLM token states after chosen layers, the check-worthiness model's text representation.

Only the first ``max(layers)`` transformer layers are kept, so the pass costs a fraction of a full
encode; on the OpenVINO runtimes the truncated module is exported once to the data folder. ``tuned``
names a safetensors file of fine-tuned layers (:mod:`checker.worthiness_tuning`) laid over the shipped
weights; the embeddings always come from the package.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

import numpy as np

from checker.encoder_backends import SortedBatchEncoder, load_tokenizer
from checker.onnx_export import weights_digest
from checker.ovrun import check_runtime, from_torch, torch_model

if TYPE_CHECKING:  # pragma: no cover
    import torch

HIDDEN = 384  # MiniLM-L6 hidden size


class LayerPooler:
    """Mean-pooled MiniLM token states after each of ``layers``; keeps only the layers it needs."""

    def __init__(self, layers: Sequence[int] = (4,), model_path: str | None = None, *, max_length: int = 256,
                 runtime: str = "torch", threads: int = 2, data_dir: str | None = None,
                 tuned: str | Path | None = None) -> None:
        self.layers = tuple(layers)
        self.tuned = Path(tuned) if tuned else None
        self.model_path = model_path
        self.max_length = max_length  # all-MiniLM-L6-v2's own max_seq_length
        self.runtime = check_runtime(runtime)
        self.threads, self.data_dir = threads, data_dir
        self._run: Callable[[dict[str, np.ndarray]], np.ndarray] | None = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Load the tokenizer and the first ``max(layers)`` transformer layers (torch only for its runtime)."""
        with self._lock:
            if self._run is not None:
                return
            from checker.embedding import default_model_path, offline

            offline()
            path = self.model_path or default_model_path()
            self._tokenizer, _ = load_tokenizer(path, self.max_length)
            self._run = _pooling_model(path, self.layers, self.runtime, self.threads, self.data_dir, self.tuned)

    def pool(self, texts: Sequence[str], batch_size: int = 32) -> list[np.ndarray]:
        """One float32 (n, 384) array per layer; texts are batched by token length to limit padding."""
        self.warm_up()
        if self._run is None:  # warm_up() loaded it; this only narrows the type
            raise RuntimeError("the check-worthiness model is not loaded")
        rows = SortedBatchEncoder(self._tokenizer, self._run, batch_size).encode(texts) if len(texts) \
            else np.zeros((0, HIDDEN * len(self.layers)), np.float32)
        return [rows[:, j * HIDDEN:(j + 1) * HIDDEN] for j in range(len(self.layers))]


def _pooling_model(path: str, layers: tuple[int, ...], runtime: str, threads: int, data_dir: str | None,
                   tuned: Path | None = None) -> Callable[[dict[str, np.ndarray]], np.ndarray]:
    """Token ids in, the mean-pooled states of ``layers`` side by side out, on ``runtime``.

    For torch the module is built now; for OpenVINO only if its graph is not yet in the data folder (whose
    name changes with the base weights and with the fine-tuned file's checksum)."""
    if runtime == "torch":
        return torch_model(_pooling_module(path, layers, "sdpa", tuned))
    ids = np.array([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=np.int64)
    example = {"input_ids": ids, "attention_mask": (ids > 0).astype(np.int64), "token_type_ids": np.zeros_like(ids)}
    name = f"worthiness-layers{'-'.join(map(str, layers))}-{weights_digest(path)[:12]}"
    if tuned is not None:
        name += f"-tuned-{hashlib.sha256(tuned.read_bytes()).hexdigest()[:12]}"
    return from_torch(lambda: _pooling_module(path, layers, "eager", tuned), example, name=name,
                      data_dir=data_dir, runtime=runtime, threads=threads)


def _pooling_module(path: str, layers: tuple[int, ...], attention: str, tuned: Path | None = None) -> torch.nn.Module:
    """The first ``max(layers)`` MiniLM layers (fine-tuned ones laid over them) with mean pooling of each of
    ``layers``, as one torch module."""
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(path, attn_implementation=attention)
    model.encoder.layer = model.encoder.layer[: max(layers)]
    if tuned is not None:
        _overlay(model, tuned)

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                    token_type_ids: torch.Tensor) -> torch.Tensor:
            states = self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids,
                                output_hidden_states=True).hidden_states
            mask = attention_mask.unsqueeze(-1).to(states[0].dtype)
            count = mask.sum(1).clamp(min=1.0)
            return torch.cat([(states[layer] * mask).sum(1) / count for layer in layers], dim=1)

    return Pooled().eval()


def _overlay(model: torch.nn.Module, tuned: Path) -> None:
    """Replace the truncated model's layer weights with the fine-tuned fp16 tensors of ``tuned`` (all of them:
    a file that leaves a layer tensor unset or names one the model lacks is refused)."""
    from safetensors.torch import load_file

    state = {k: v.float() for k, v in load_file(str(tuned)).items()}
    expected = {k for k in model.state_dict() if k.startswith("encoder.layer.")}
    if set(state) != expected:
        raise RuntimeError(f"{tuned}: its tensors do not match the first {len(model.encoder.layer)} MiniLM layers")
    model.load_state_dict(state, strict=False)
