"""Encoder backends behind one small interface: torch fp32, torch bf16 autocast, ONNX Runtime fp32 / int8
(dynamic) / int8s (static), and the fp32 ONNX graph on OpenVINO in bf16 or f32 (:mod:`checker.ovrun`).

All three share the encode path that matters on a small CPU: the fast tokenizer called directly,
texts sorted by token length so each batch is padded only to its own longest row, mean pooling and L2
normalisation (what all-MiniLM-L6-v2's sentence-transformers config does), ``torch.inference_mode``.
Heavy imports happen inside ``load`` so that importing checker never pulls in torch.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Protocol, Sequence

import numpy as np

from .errors import InvalidInput

if TYPE_CHECKING:  # pragma: no cover
    from tokenizers import Tokenizer

BACKENDS = ("fp32", "bf16", "onnx-fp32", "onnx-int8", "onnx-int8s", "openvino-bf16", "openvino-f32")
RunFn = Callable[[dict[str, np.ndarray]], np.ndarray]


class Backend(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def load_tokenizer(model_path: str, max_length: int | None = None) -> tuple[Tokenizer, int]:
    """The model's fast tokenizer with its fixed 128 padding switched off, truncating at ``max_length`` (default:
    the model's max sequence length; pairs lose tokens from the longer side first, as transformers does).

    The ``tokenizers`` library directly, not transformers' wrapper: a worker on ONNX Runtime or OpenVINO then
    never imports torch and transformers (~210 MB resident)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
    config = Path(model_path) / "sentence_bert_config.json"
    max_len = int(json.loads(config.read_text()).get("max_seq_length", 256)) if config.exists() else 256
    tok.no_padding()
    tok.enable_truncation(max_length=max_length or max_len, strategy="longest_first")
    return tok, max_length or max_len


# A model call's fixed cost, in padded tokens of work: a 1 x 8 call takes ~1.5 ms where MiniLM on OpenVINO bf16
# runs ~30k tokens/s on two cores.
CALL_COST_TOKENS = 48
# Batch shapes are rounded up to a grid. OpenVINO prepares its kernels per input shape and keeps them for the
# next call of that shape: a shape's first call cost ~8 ms more than its second (40 random shapes, 4-16 rows
# of 20-90 tokens: 30.2 against 21.5 ms). Exact shapes almost never repeat between articles; on the grid they do.
ROW_GRID = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64)


def grid_rows(n: int) -> int:
    """The batch height ``n`` rows are padded to."""
    return next((g for g in ROW_GRID if g >= n), -(-n // 32) * 32)


def grid_width(n: int) -> int:
    """The width a batch whose longest row has ``n`` tokens is padded to (8-token steps up to 64, then wider)."""
    step = 8 if n <= 64 else 16 if n <= 128 else 32
    return -(-n // step) * step


def length_batches(lengths: Sequence[int], max_rows: int, call_cost: int = CALL_COST_TOKENS) -> list[list[int]]:
    """Positions grouped into batches of similar token length, each padded only to its own longest row.

    One batch pads every row to the longest text: an article's claims run from 8 to 56 tokens, so half of a
    single batch's work was padding. The length-sorted rows are cut where it pays, minimising the padded
    tokens (on the shape grid) plus a fixed cost per call exactly over the cut points.
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    n = len(order)
    best = [0] * (n + 1)  # best[j]: least cost of the first j sorted rows
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        width = grid_width(lengths[order[j - 1]])  # the longest of any batch ending at row j
        best[j], cut[j] = min((best[i] + grid_rows(j - i) * width + call_cost, i)
                              for i in range(max(0, j - max_rows), j))
    batches: list[list[int]] = []
    while n:
        batches.append(order[cut[n]:n])
        n = cut[n]
    return batches[::-1]


class SortedBatchEncoder:
    """Tokenise once, batch by length, pad per batch, run ``run_fn`` per batch, restore the order."""

    def __init__(self, tokenizer: Tokenizer, run_fn: RunFn, batch_size: int = 64) -> None:
        self.tokenizer = tokenizer
        self.run_fn = run_fn
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(list(texts))
        out: np.ndarray | None = None
        for chunk in length_batches([len(e.ids) for e in encodings], self.batch_size):
            rows = self.run_fn(pad([encodings[i] for i in chunk], grid=True))[:len(chunk)]
            if out is None:
                out = np.empty((len(texts), rows.shape[1]), dtype=np.float32)
            out[chunk] = rows
        if out is None:  # only when ``texts`` is empty
            raise RuntimeError("nothing to encode")
        return out


def pad(encodings: Sequence[Any], *, grid: bool = False) -> dict[str, np.ndarray]:
    """Model inputs for these encodings, zero-padded to the longest of them; with ``grid``, to the shape grid's
    next height and width (the extra rows hold one token, and their outputs are to be dropped)."""
    width = max(len(e.ids) for e in encodings)
    shape = (grid_rows(len(encodings)), grid_width(width)) if grid else (len(encodings), width)
    ids = np.zeros(shape, dtype=np.int64)
    mask, types = np.zeros_like(ids), np.zeros_like(ids)
    for row, enc in enumerate(encodings):
        ids[row, : len(enc.ids)] = enc.ids
        types[row, : len(enc.ids)] = enc.type_ids  # 1 on the second text of a pair
        mask[row, : len(enc.ids)] = 1
    ids[len(encodings):, 0] = encodings[0].ids[0]  # a filler row is its first token alone ([CLS])
    mask[len(encodings):, 0] = 1
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}


def torch_runner(model_path: str, *, bf16: bool, threads: int) -> RunFn:
    """A run function on the HF BERT model in fp32 or under bf16 autocast."""
    import torch
    from transformers import AutoModel

    torch.set_num_threads(threads)
    model = AutoModel.from_pretrained(model_path).eval()

    def run(batch: dict[str, np.ndarray]) -> np.ndarray:
        inputs = {k: torch.from_numpy(v) for k, v in batch.items()}
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            hidden = model(**inputs).last_hidden_state.float()
        mask = inputs["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=1).numpy()

    return run


def onnx_runner(onnx_path: Path, *, threads: int) -> RunFn:
    """A run function on an ONNX graph that already pools and normalises."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
    names = {i.name for i in session.get_inputs()}

    def run(batch: dict[str, np.ndarray]) -> np.ndarray:
        return np.asarray(session.run(None, {k: v for k, v in batch.items() if k in names})[0], dtype=np.float32)

    return run


def load_backend(name: str, model_path: str, *, data_dir: str | None, threads: int, batch_size: int) -> Backend:
    """Build the named backend; the ``onnx-*`` ones export (and quantise) the model into ``data_dir`` once."""
    if name not in BACKENDS:
        raise InvalidInput(f"unknown encoder backend {name!r}; choose one of {', '.join(BACKENDS)}")
    tokenizer, _ = load_tokenizer(model_path)
    if name.startswith("onnx-"):
        from .onnx_export import ensure_onnx_model

        run = onnx_runner(ensure_onnx_model(model_path, data_dir, kind=name.removeprefix("onnx-")), threads=threads)
    elif name.startswith("openvino-"):
        from .onnx_export import ensure_onnx_model
        from .ovrun import from_onnx

        run = from_onnx(ensure_onnx_model(model_path, data_dir, kind="fp32"), runtime=name, threads=threads)
    else:
        run = torch_runner(model_path, bf16=name == "bf16", threads=threads)
    return SortedBatchEncoder(tokenizer, run, batch_size)
