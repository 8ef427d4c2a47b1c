"""Training the verifier's cross-encoder layers and head over cached frozen states (torch, training only).

The frozen bottom (embeddings, and any untrained layers) runs once per pair with no gradient; each epoch
then runs only the trained layers and the head, which is what makes training fit on a CPU.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any, Sequence

from checker.verifier import CONFIG_FILE, LABELS, WEIGHTS_FILE
from checker.verifier_features import FEATURE_NAMES

Pair = tuple[str, str, int]  # claim, evidence, index into LABELS


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

    def fit(self, train: list[tuple[Any, Any, int]], bias: Any = None) -> None:
        """AdamW, linear warm-up and decay, cross-entropy (debiased by ``bias``, see :meth:`loss`); prints progress."""
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
                loss = self.loss([train[i] for i in batch], None if bias is None else bias[batch])
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

    def loss(self, items: list[tuple[Any, Any, int]], bias: Any) -> Any:
        """Cross-entropy, or with ``--debias`` and the batch's claim-only probabilities, its debiased form."""
        from checker.verifier_debias import debiased_loss

        torch = self.torch
        bias_probs = None if bias is None else torch.tensor(bias, dtype=torch.float32)
        mode = getattr(self.args, "debias", "none")
        return debiased_loss(mode, self.logits(items), bias_probs, torch.tensor([y for _, _, y in items]))

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
