"""Fine-tuning the check-worthiness MiniLM: its first ``layers`` transformer layers end to end (four as
shipped), with a logistic head over [mean-pooled states of the last one ; standardised cues] (torch, training
only).

The embeddings stay frozen (the artifact then holds only the layers, fp16, and takes the embeddings from the
shipped package), so they run once per sentence and each epoch runs only the layers and the head. After every
epoch the model is scored on a development part of the training data (never the validation part); the best
epoch's weights are kept. Seeded: the same command gives the same weights. ``TuningConfig.pool`` can average
the pools of several layers (measured: layers 5 and 6 averaged did not beat layer 6 alone, see README)."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

TUNED_PREFIX = "encoder.layer."


@dataclass(frozen=True)
class TuningConfig:
    """Hyper-parameters (chosen on a development part of ClaimBuster's training part, see README)."""

    epochs: int = 2
    layers: int = 4  # how many MiniLM layers are kept and fine-tuned (6: all; measured, not shipped, see README)
    pool: tuple[int, ...] = (4,)  # the layers whose mean-pooled states are averaged into the head's input
    lr: float = 5e-5
    head_lr: float = 1e-3
    batch_size: int = 32
    max_length: int = 96
    dropout: float = 0.1
    seed: int = 0


def dev_macro_f1(y: np.ndarray, scores: np.ndarray) -> float:
    """Macro F1 at the threshold that maximises the check-worthy class's F1 on the same (development) part,
    as the shipped threshold is chosen: the figure configurations are compared by."""
    from sklearn.metrics import f1_score

    from checker.worthiness_heads import best_f1_threshold

    return float(f1_score(y, scores >= best_f1_threshold(y, scores), average="macro"))


class WorthinessTuner:
    """The truncated MiniLM and its head, trained on cached embedding outputs."""

    def __init__(self, config: TuningConfig, cue_mean: np.ndarray, cue_scale: np.ndarray) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        from checker.embedding import default_model_path, offline

        offline()
        torch.manual_seed(config.seed)
        self.torch, self.config = torch, config
        self.tokenizer = AutoTokenizer.from_pretrained(default_model_path())
        self.model = AutoModel.from_pretrained(default_model_path(), attn_implementation="sdpa")
        self.model.encoder.layer = self.model.encoder.layer[:config.layers]
        for param in self.model.embeddings.parameters():
            param.requires_grad = False
        # a cue that never fires in the training data (ClaimBuster has no URLs, handles or emoji) gets scale 1
        # and, from the zero start, weight 0: a tiny scale would blow it up to a certain score at run time
        self.cue_mean = cue_mean.astype(np.float32)
        self.cue_scale = np.where(cue_scale < 1e-3, 1.0, cue_scale).astype(np.float32)
        self.head = torch.nn.Linear(384 + len(cue_mean), 1)
        torch.nn.init.zeros_(self.head.weight)
        torch.nn.init.zeros_(self.head.bias)
        self.dropout = torch.nn.Dropout(config.dropout)

    def embed(self, texts: Sequence[str], cues: np.ndarray) -> list[tuple[Any, Any]]:
        """(embedding output fp16, standardised cues) per text, from one no-grad pass."""
        torch = self.torch
        ids = self.tokenizer(list(texts), truncation=True, max_length=self.config.max_length)["input_ids"]
        z = torch.from_numpy((cues - self.cue_mean) / self.cue_scale)
        with torch.inference_mode():
            return [(self.model.embeddings(input_ids=torch.tensor([row])).squeeze(0).half(), z[i])
                    for i, row in enumerate(ids)]

    def forward(self, items: Sequence[tuple[Any, Any]]) -> tuple[Any, Any]:
        """Logits and pooled layer-4 states of a padded batch of cached embeddings."""
        torch = self.torch
        hidden = torch.nn.utils.rnn.pad_sequence([h.float() for h, _ in items], batch_first=True)
        lengths = torch.tensor([len(h) for h, _ in items])
        mask = torch.arange(hidden.shape[1])[None, :] < lengths[:, None]
        additive = (~mask)[:, None, None, :].float() * torch.finfo(torch.float32).min
        weights = mask.unsqueeze(-1).float()
        pools = []
        for depth, layer in enumerate(self.model.encoder.layer, start=1):
            out = layer(hidden, additive)
            hidden = out[0] if isinstance(out, tuple) else out  # transformers 4.x returns a tuple
            if depth in self.config.pool:
                pools.append((hidden * weights).sum(1) / weights.sum(1))
        pooled = torch.stack(pools).mean(0)
        cues = torch.stack([c for _, c in items])
        return self.head(self.dropout(torch.cat([pooled, cues], dim=1))).squeeze(1), pooled

    def batches(self, items: Sequence[tuple[Any, Any]], rng: random.Random) -> list[list[int]]:
        """Shuffled batches of similar length (less padding), reshuffled every epoch."""
        size, idx = self.config.batch_size, list(range(len(items)))
        rng.shuffle(idx)
        chunks = [sorted(idx[i:i + size * 50], key=lambda j: len(items[j][0])) for i in range(0, len(idx), size * 50)]
        out = [c[i:i + size] for c in chunks for i in range(0, len(c), size)]
        rng.shuffle(out)
        return out

    def fit(self, train: Sequence[tuple[Any, Any]], y: np.ndarray, dev: Sequence[tuple[Any, Any]],
            y_dev: np.ndarray) -> list[dict[str, float]]:
        """AdamW with warm-up and linear decay; keeps the epoch with the best development AP."""
        from sklearn.metrics import average_precision_score

        torch, cfg = self.torch, self.config
        rng, labels = random.Random(cfg.seed), torch.from_numpy(y.astype(np.float32))  # noqa: S311 - shuffling
        params = list(self.model.encoder.parameters())
        opt = torch.optim.AdamW([{"params": params, "lr": cfg.lr},
                                 {"params": self.head.parameters(), "lr": cfg.head_lr}], weight_decay=0.01)
        total = cfg.epochs * -(-len(train) // cfg.batch_size)
        warm = max(1, total // 10)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, (total - s) / (total - warm)))
        history: list[dict[str, float]] = []
        best: tuple[float, Any] = (-1.0, None)
        started = time.time()
        for epoch in range(cfg.epochs):
            self._train_mode(True)
            for batch in self.batches(train, rng):
                loss = torch.nn.functional.binary_cross_entropy_with_logits(
                    self.forward([train[i] for i in batch])[0], labels[batch])
                loss.backward()
                torch.nn.utils.clip_grad_norm_(params + list(self.head.parameters()), 1.0)
                opt.step()
                sched.step()
                opt.zero_grad()
            logits = self.predict(dev)[0]
            ap, macro = float(average_precision_score(y_dev, logits)), dev_macro_f1(y_dev, logits)
            history.append({"epoch": epoch + 1, "dev_ap": ap, "dev_macro_f1": macro,
                            "seconds": round(time.time() - started, 1)})
            print(f"  epoch {epoch + 1}: development AP {ap:.4f}, macro F1 {macro:.4f} at its best-F1 threshold "
                  f"({time.time() - started:.0f}s)", flush=True)
            if ap > best[0]:
                best = (ap, self._snapshot())
        self._restore(best[1])
        return history

    def _train_mode(self, on: bool) -> None:
        for part in (self.model, self.head, self.dropout):
            part.train(on)

    def _snapshot(self) -> dict[str, Any]:
        state = {f"model.{k}": v.detach().clone() for k, v in self.model.encoder.state_dict().items()}
        return state | {f"head.{k}": v.detach().clone() for k, v in self.head.state_dict().items()}

    def _restore(self, state: dict[str, Any]) -> None:
        self.model.encoder.load_state_dict({k[6:]: v for k, v in state.items() if k.startswith("model.")})
        self.head.load_state_dict({k[5:]: v for k, v in state.items() if k.startswith("head.")})

    def predict(self, items: Sequence[tuple[Any, Any]]) -> tuple[np.ndarray, np.ndarray]:
        """Logits and pooled states, in order (eval mode)."""
        self._train_mode(False)
        order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
        logits, pooled = np.zeros(len(items)), np.zeros((len(items), 384), np.float32)
        with self.torch.inference_mode():
            for start in range(0, len(order), 128):
                idx = order[start:start + 128]
                z, p = self.forward([items[i] for i in idx])
                logits[idx], pooled[idx] = z.numpy(), p.numpy()
        return logits, pooled

    def head_arrays(self) -> dict[str, np.ndarray]:
        """The trained head in the scorer's format: x standardised by (mean, scale), then coef and intercept."""
        weight = self.head.weight.detach().numpy()[0].astype(np.float64)
        mean = np.concatenate([np.zeros(384, np.float32), self.cue_mean])
        scale = np.concatenate([np.ones(384, np.float32), self.cue_scale])
        return {"mean": mean, "scale": scale, "coef": weight,
                "intercept": np.asarray(float(self.head.bias.detach().numpy()[0]))}

    def save_layers(self, path: Path) -> None:
        """The four fine-tuned layers, fp16, in safetensors (no pickle); embeddings come from the package."""
        from safetensors.torch import save_file

        state = {f"{TUNED_PREFIX}{k[len('layer.'):]}": v.detach().half().contiguous()
                 for k, v in self.model.encoder.state_dict().items()}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        save_file(state, str(tmp))
        tmp.replace(path)
