"""Check-worthiness: how much a sentence reads like a checkable factual claim, as a score in [0, 1].

Representation: MiniLM (all-MiniLM-L6-v2) token states after layer 4 of 6, mean-pooled: one 4-layer pass
per sentence. That middle layer still carries the lexical and syntactic signal ("fell to 3.5 percent in
2019") that the final, similarity-tuned sentence embedding smooths away. For news and debates the four
layers are fine-tuned end to end on ClaimBuster's training part (:mod:`checker.worthiness_tuning`)
together with a logistic head over [pooled states ; ~30 cues of what the sentence *says*
(:mod:`checker.worthiness_cues`): numbers, dates, ordinals, percentages, money, named-entity-like capitals,
factual/reporting verbs vs opinion, hedges, modality, person, questions, future tense, social-media noise].
On held-out ClaimBuster that gives macro F1 0.880 (F1 of the check-worthy class 0.818, AP 0.893), against
0.871 for the same head on the frozen layers and 0.830 for a logistic regression on the sentence embedding
(see train_worthiness and README). The pooling is :mod:`checker.layer_pooler`.

One head per genre, because "check-worthy" means different things in a debate transcript (ClaimBuster)
and a COVID tweet (CLEF); the tweet score is P(claim) x P(check-worthy | claim), using CLEF's extra
``is_claim`` label, read from the shipped (not fine-tuned) layer 4, which scores slightly better on CLEF
dev (AP 0.807 vs 0.765). News, the product's genre, has no labelled data: it uses the debate head, whose
edited full sentences are closest to news prose. Heads live in a small ``.npz`` (plain arrays, loaded with
``allow_pickle=False``), the fine-tuned layers beside it in ``worthiness-layers.safetensors`` (fp16; the
embeddings come from the package); both are written by :mod:`checker.train_worthiness`. Construction is
cheap; :meth:`WorthinessScorer.warm_up` loads the weights (and torch, on the torch runtime).
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

from checker.errors import CheckerError
from checker.keyword import clean_text
from checker.layer_pooler import LayerPooler
from checker.lru import LruCache
from checker.ovrun import check_runtime
from checker.worthiness_cues import FEATURE_NAMES, feature_matrix

if TYPE_CHECKING:  # pragma: no cover
    from checker.embedding import Encoder

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "models" / "worthiness.npz"
TUNED_SUFFIX = "-layers.safetensors"  # the fine-tuned layers beside the heads: worthiness-layers.safetensors
GENRES = ("news", "debate", "tweet")
# Fallback only: the artifact stores, per genre, the threshold that maximised out-of-fold F1 on the
# training part; ``WorthinessScorer().THRESHOLD`` is the one for news (= the debate head's).
THRESHOLD = 0.5
CACHE_SIZE = 8192


def apply_head(arrays: dict[str, np.ndarray], name: str, pooled: np.ndarray, cues: np.ndarray) -> np.ndarray:
    """P(positive) of logistic head ``name``: standardise, dot, sigmoid (cues used if it was trained on them)."""
    x = np.hstack([pooled, cues]) if arrays[f"{name}.coef"].shape[0] > pooled.shape[1] else pooled
    z = (x - arrays[f"{name}.mean"]) / arrays[f"{name}.scale"]
    logit = z.astype(np.float64) @ arrays[f"{name}.coef"] + float(arrays[f"{name}.intercept"])
    return 0.5 * (1.0 + np.tanh(0.5 * logit))  # the logistic function, without overflow warnings


def load_artifact(path: str | Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """Metadata and arrays of a worthiness ``.npz``; ``allow_pickle=False`` keeps loading safe."""
    with np.load(path, allow_pickle=False) as data:
        arrays = {key: data[key] for key in data.files}
    return json.loads(str(arrays.pop("meta"))), arrays


class WorthinessScorer:
    """Scores sentences for check-worthiness; thread-safe after :meth:`warm_up`."""

    def __init__(self, model_path: str | Path | None = None, encoder: Encoder | None = None, *,
                 runtime: str = "torch", threads: int = 2, data_dir: str | None = None) -> None:
        """Cheap: nothing is read until first use. ``encoder`` only lends its MiniLM weights path; an OpenVINO
        ``runtime`` builds its graph under ``data_dir``."""
        self.model_path = Path(model_path) if model_path else DEFAULT_MODEL_PATH
        self.runtime, self.threads, self.data_dir = check_runtime(runtime), threads, data_dir
        self._weights_path: str | None = getattr(encoder, "model_path", None)
        self._meta: dict[str, Any] | None = None
        self._arrays: dict[str, np.ndarray] = {}
        self._poolers: dict[str, LayerPooler] = {}
        self._lock = threading.Lock()
        self._cache: LruCache[tuple[str, str], float] = LruCache(CACHE_SIZE)

    def _load(self) -> dict[str, Any]:
        """Read the artifact once; refuse one whose cues no longer match this code (retrain instead)."""
        with self._lock:
            if self._meta is None:
                meta, arrays = load_artifact(self.model_path)
                if list(meta.get("feature_names", FEATURE_NAMES)) != list(FEATURE_NAMES):
                    raise CheckerError(f"{self.model_path}: cue features changed since training; "
                                       "run python -m checker.train_worthiness", code="worthiness_model")
                self._poolers = {kind: self._pooler_for(meta, kind) for kind in set(head_features(meta).values())}
                self._arrays, self._meta = arrays, meta
            return self._meta

    def _pooler_for(self, meta: dict[str, Any], kind: str) -> LayerPooler:
        """The fine-tuned layers (``tuned``, beside the artifact) or the shipped ones (``base``); same layer."""
        tuned = self.model_path.parent / meta["tuned_layers"] if kind == "tuned" else None
        if tuned is not None and not tuned.is_file():
            raise CheckerError(f"{tuned} (the fine-tuned layers of {self.model_path.name}) is missing; "
                               "run python -m checker.train_worthiness", code="worthiness_model")
        max_length = int(meta["max_length"] if kind == "tuned" else meta.get("base_max_length", meta["max_length"]))
        return LayerPooler(pooled_layers(meta, kind), self._weights_path, max_length=max_length, runtime=self.runtime,
                           threads=self.threads, data_dir=self.data_dir, tuned=tuned)

    @property
    def THRESHOLD(self) -> float:  # noqa: N802 - the documented name
        """Decision threshold for news (the default genre), from the artifact."""
        return self.threshold("news")

    def threshold(self, genre: str = "news") -> float:
        """Score at or above which a sentence of ``genre`` counts as check-worthy."""
        return float(self._load()["thresholds"][self._genre(genre)])

    def _genre(self, genre: str) -> str:
        if genre not in GENRES:
            raise ValueError(f"unknown genre {genre!r}; expected one of {GENRES}")
        return genre

    def _poolers_for(self, genre: str) -> dict[str, LayerPooler]:
        """The poolers the heads of ``genre`` read (news and debate: the fine-tuned layers only)."""
        meta, features = self._load(), head_features(self._load())
        return {features[h]: self._poolers[features[h]] for h in meta["genre_heads"][self._genre(genre)]}

    def warm_up(self) -> None:
        """Read the artifact and load the truncated MiniLM for news (torch is imported here, not at import)."""
        for pooler in self._poolers_for("news").values():
            pooler.warm_up()

    def score(self, sentences: Sequence[str], genre: str = "news") -> np.ndarray:
        """Check-worthiness in [0, 1] per sentence (float64); ``genre`` is news, debate or tweet.

        Scores are cached per (genre, sentence): a re-checked article costs no forward pass.
        """
        scores = self._cache.get_many([(genre, s) for s in sentences],
                                      lambda keys: self._score([s for _, s in keys], genre).tolist())
        return np.array(scores, dtype=np.float64)

    def _score(self, sentences: Sequence[str], genre: str) -> np.ndarray:
        heads, features = self._load()["genre_heads"][self._genre(genre)], head_features(self._load())
        if not len(sentences):
            return np.zeros(0, dtype=np.float64)
        texts = [clean_text(s) for s in sentences]
        pooled = {kind: np.mean(pooler.pool(texts), axis=0) for kind, pooler in self._poolers_for(genre).items()}
        cues = feature_matrix(sentences)
        probability = np.ones(len(sentences), dtype=np.float64)
        for head in heads:
            probability *= apply_head(self._arrays, head, pooled[features[head]], cues)
        return np.clip(probability, 0.0, 1.0)


def head_features(meta: dict[str, Any]) -> dict[str, str]:
    """Which states each head reads: ``tuned`` (the fine-tuned layers) or ``base``; version-1 artifacts: base."""
    heads = {h for names in meta["genre_heads"].values() for h in names}
    return {h: meta.get("head_features", {}).get(h, "base") for h in sorted(heads)}


def pooled_layers(meta: dict[str, Any], kind: str) -> tuple[int, ...]:
    """The layers whose mean pools (averaged) a head of ``kind`` reads: the fine-tuned ones' ``tuned_pool``
    (artifacts before it: ``layer``, as for the base states)."""
    return tuple(int(i) for i in meta.get("tuned_pool", [meta["layer"]])) if kind == "tuned" else (int(meta["layer"]),)
