"""Check-worthiness: how much a sentence reads like a checkable factual claim, as a score in [0, 1].

Representation: MiniLM (all-MiniLM-L6-v2) token states after layer 4 of 6, mean-pooled. That
middle layer still carries the lexical and syntactic signal ("fell to 3.5 percent in 2019") that the
final, similarity-tuned sentence embedding smooths away: on held-out ClaimBuster it lifts F1 of the
check-worthy class from 0.73 to 0.80 and CLEF-2020 AP from 0.66 to 0.79 (see train_worthiness).
To it we add ~30 cues of what the sentence *says*: numbers, dates, ordinals, percentages, money,
named-entity-like capitals, factual/reporting verbs vs opinion, hedges, modality, person,
questions, future tense, social-media noise.

One logistic head per genre, because "check-worthy" means different things in a debate transcript
(ClaimBuster) and a COVID tweet (CLEF); the tweet score is P(claim) x P(check-worthy | claim),
using CLEF's extra ``is_claim`` label. News, the product's genre, has no labelled data: it uses the
debate head, whose edited full sentences are closest to news prose. Coefficients live in a small
``.npz`` (plain arrays, loaded with ``allow_pickle=False``) written by :mod:`checker.train_worthiness`.
Construction is cheap; :meth:`WorthinessScorer.warm_up` loads torch and the weights.
"""

from __future__ import annotations

import json
import math
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

import numpy as np

from checker.encoder_backends import load_tokenizer, pad
from checker.errors import CheckerError
from checker.keyword import clean_text
from checker.lru import LruCache
from checker.onnx_export import weights_digest
from checker.ovrun import check_runtime, from_torch, torch_model

if TYPE_CHECKING:  # pragma: no cover
    from checker.embedding import Encoder
    import torch

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "models" / "worthiness.npz"
GENRES = ("news", "debate", "tweet")
# Fallback only: the artifact stores, per genre, the threshold that maximised out-of-fold F1 on the
# training part; ``WorthinessScorer().THRESHOLD`` is the one for news (= the debate head's).
THRESHOLD = 0.5
CACHE_SIZE = 8192
HIDDEN = 384  # MiniLM-L6 hidden size

_W = r"(?<![\w'])(?:{})(?![\w'])"


def _words(*items: str) -> re.Pattern[str]:
    return re.compile(_W.format("|".join(items)), re.IGNORECASE)


_MONTHS = ("january|february|march|april|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec")
_CUES: dict[str, re.Pattern[str]] = {
    "number": re.compile(r"\d[\d,.]*"),
    "number_word": _words("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
                          "|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens"
                          "|half|third|quarter|twice|double|doubled|tripled"),
    "year": re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|'\d0s|\b\d0s\b"),
    "date": _words(_MONTHS, "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
                            "|last year|last week|last month|decade|century"),
    "ordinal": re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|tenth|hundredth|last)\b", re.I),
    "percent": re.compile(r"%|\bpercent\b|\bper cent\b|\bpercentage\b", re.I),
    "money": re.compile(r"[$£€]|\b(?:dollars?|million|billion|trillion|budget|deficit|debt|tax(?:es)?)\b", re.I),
    "quantity_change": _words("increase[sd]?|decrease[sd]?|rose|risen|fell|fallen|grew|grown|doubled|tripled|cut"
                              "|cuts|raised|reduced|lost|created|gained|dropped|declined|spent|paid|record|highest"
                              "|lowest|largest|biggest|fewer|more than|less than|most|least"),
    "fact_verb": _words("is|are|was|were|has|have|had|been|voted|passed|signed|killed|died|reported|found"
                        "|shows?|showed|confirmed|cases|according to"),
    "report_verb": _words("said|says|say|noted|acknowledged|stated|claimed|announced|reported|told|admitted"
                          "|testified|wrote|according to|confirmed|revealed|estimated"),
    "opinion": _words("think|believe|feel|hope|wish|guess|want|like|love|hate|suppose|agree|disagree|opinion"
                      "|proud|glad|sorry|afraid|great|wonderful|terrible|horrible|best|worst|good|bad"),
    "hedge": _words("may|might|could|perhaps|maybe|possibly|probably|likely|seems?|appears?|suggests?|somewhat"),
    "modal": _words("should|must|ought|need to|needs to|have to|has to|got to|let's|let us"),
    "first_sing": _words("i|i'm|i've|i'd|i'll|me|my|mine|myself"),
    "first_plur": _words("we|we're|we've|we'll|us|our|ours|ourselves"),
    "second": _words("you|you're|you've|your|yours|yourself"),
    "future": _words(r"will|won't|shall|going to|gonna|\w+'ll|plan to|intend to|tomorrow|next year"),
    "negation": _words(r"not|no|never|\w+n't|nobody|nothing|none"),
    "greeting": _words("thank|thanks|thank you|congratulations|welcome|hello|good evening|please|applause|laughter"),
    "question": re.compile(r"\?"),
    "exclaim": re.compile(r"!"),
    "quote": re.compile(r"[\"“”]"),
    "url": re.compile(r"https?://\S+|www\.\S+"),
    "handle": re.compile(r"@\w+"),
    "hashtag": re.compile(r"#\w+"),
    "emoji": re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]"),
}
_TOKEN = re.compile(r"[A-Za-z][\w'&.-]*|\d[\d,.]*")
FEATURE_NAMES = tuple(_CUES) + ("capitalised", "capitalised_run", "log_tokens", "short", "digit_share")


def _capitalised(text: str) -> tuple[int, int]:
    """Count named-entity-like tokens (capitalised, not sentence-initial, not "I") and adjacent pairs."""
    tokens = _TOKEN.findall(text)
    caps = [i for i, t in enumerate(tokens) if i > 0 and t[0].isupper() and not re.match(r"I(?:'|$)", t)]
    return len(caps), sum(1 for a, b in zip(caps, caps[1:]) if b == a + 1)


def cue_vector(text: str) -> list[float]:
    """Cue counts, log-damped so one long sentence cannot dominate; order follows ``FEATURE_NAMES``."""
    row = [math.log1p(len(p.findall(text))) for p in _CUES.values()]
    caps, runs = _capitalised(text)
    n_tokens = len(_TOKEN.findall(text))
    digits = sum(c.isdigit() for c in text)
    share = digits / max(1, len(text))
    return row + [math.log1p(caps), math.log1p(runs), math.log1p(n_tokens), float(n_tokens < 6), share]


def feature_matrix(sentences: Sequence[str]) -> np.ndarray:
    """Cue rows for ``sentences`` as float32 (n, len(FEATURE_NAMES))."""
    rows = [cue_vector(text) for text in sentences]
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(FEATURE_NAMES))


class LayerPooler:
    """Mean-pooled MiniLM token states after each of ``layers``; keeps only the layers it needs."""

    def __init__(self, layers: Sequence[int] = (4,), model_path: str | None = None, *, max_length: int = 256,
                 runtime: str = "torch", threads: int = 2, data_dir: str | None = None) -> None:
        self.layers = tuple(layers)
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
            self._run = _pooling_model(path, self.layers, self.runtime, self.threads, self.data_dir)

    def pool(self, texts: Sequence[str], batch_size: int = 32) -> list[np.ndarray]:
        """One float32 (n, 384) array per layer; texts are batched by length to limit padding."""
        self.warm_up()
        if self._run is None:  # warm_up() loaded it; this only narrows the type
            raise RuntimeError("the check-worthiness model is not loaded")
        order = np.argsort([len(t) for t in texts], kind="stable")
        rows = np.zeros((len(texts), HIDDEN * len(self.layers)), np.float32)
        for start in range(0, len(texts), batch_size):
            idx = order[start : start + batch_size]
            rows[idx] = self._run(pad(self._tokenizer.encode_batch([texts[i] for i in idx])))
        return [rows[:, j * HIDDEN:(j + 1) * HIDDEN] for j in range(len(self.layers))]


def _pooling_model(path: str, layers: tuple[int, ...], runtime: str, threads: int,
                   data_dir: str | None) -> Callable[[dict[str, np.ndarray]], np.ndarray]:
    """Token ids in, the mean-pooled states of ``layers`` side by side out, on ``runtime``.

    For torch the module is built now; for OpenVINO only if its graph is not yet in the data folder."""
    if runtime == "torch":
        return torch_model(_pooling_module(path, layers, "sdpa"))
    ids = np.array([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=np.int64)
    example = {"input_ids": ids, "attention_mask": (ids > 0).astype(np.int64), "token_type_ids": np.zeros_like(ids)}
    name = f"worthiness-layers{'-'.join(map(str, layers))}-{weights_digest(path)[:12]}"
    return from_torch(lambda: _pooling_module(path, layers, "eager"), example, name=name, data_dir=data_dir,
                      runtime=runtime, threads=threads)


def _pooling_module(path: str, layers: tuple[int, ...], attention: str) -> torch.nn.Module:
    """The first ``max(layers)`` MiniLM layers with mean pooling of each of ``layers``, as one torch module."""
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(path, attn_implementation=attention)
    model.encoder.layer = model.encoder.layer[: max(layers)]

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
        self._pooler: LayerPooler | None = None
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
                layer, max_length = int(meta["layer"]), int(meta["max_length"])
                self._pooler = LayerPooler((layer,), self._weights_path, max_length=max_length,
                                           runtime=self.runtime, threads=self.threads, data_dir=self.data_dir)
                self._arrays, self._meta = arrays, meta
            return self._meta

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

    def _pooler_loaded(self) -> LayerPooler:
        self._load()
        if self._pooler is None:
            raise RuntimeError(f"{self.model_path}: the worthiness artifact did not load")
        return self._pooler

    def warm_up(self) -> None:
        """Read the artifact and load the truncated MiniLM (torch is imported here, not at import)."""
        self._pooler_loaded().warm_up()

    def score(self, sentences: Sequence[str], genre: str = "news") -> np.ndarray:
        """Check-worthiness in [0, 1] per sentence (float64); ``genre`` is news, debate or tweet.

        Scores are cached per (genre, sentence): a re-checked article costs no forward pass.
        """
        scores = self._cache.get_many([(genre, s) for s in sentences],
                                      lambda keys: self._score([s for _, s in keys], genre).tolist())
        return np.array(scores, dtype=np.float64)

    def _score(self, sentences: Sequence[str], genre: str) -> np.ndarray:
        heads = self._load()["genre_heads"][self._genre(genre)]
        if not len(sentences):
            return np.zeros(0, dtype=np.float64)
        self.warm_up()
        pooled = self._pooler_loaded().pool([clean_text(s) for s in sentences])[0]
        cues = feature_matrix(sentences)
        probability = np.ones(len(sentences), dtype=np.float64)
        for head in heads:
            probability *= apply_head(self._arrays, head, pooled, cues)
        return np.clip(probability, 0.0, 1.0)
