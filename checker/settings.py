"""Configuration: one frozen Settings read once, and a SETTINGS table that documents every knob.

A test checks that the README lists every name in SETTINGS.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import InvalidInput

ROOT = Path(__file__).resolve().parent.parent

# (environment variable, Settings field, default, help)
SETTINGS: tuple[tuple[str, str, Any, str], ...] = (
    ("CHECKER_REFERENCE", "reference", str(ROOT / "reference_data"),
     "File or folder of reference facts (.jsonl / .csv)."),
    ("CHECKER_DATA_DIR", "data_dir", str(ROOT / "instance"),
     "Folder for the built index, its manifest and the databases."),
    ("CHECKER_TOP_K", "top_k", 8, "Facts retrieved per claim."),
    ("CHECKER_MATCH_THRESHOLD", "match_threshold", 0.6,
     "Cosine at or above which a fact is about the same thing as a claim (values are then compared)."),
    ("CHECKER_SUPPORT_THRESHOLD", "support_threshold", 0.85,
     "Cosine needed to support a claim that asserts no typed value (events, quotes)."),
    ("CHECKER_CONTRADICT_THRESHOLD", "contradict_threshold", 0.7,
     "Cosine at or above which a differing value makes a claim contradicted rather than needs_review."),
    ("CHECKER_RELATION_THRESHOLD", "relation_threshold", 0.45,
     "Cosine at or above which a dated fact joins the pool for since/anniversary/first-in arithmetic."),
    ("CHECKER_MIN_SIMILARITY", "min_similarity", 0.35, "Below this cosine a fact is not cited at all."),
    ("CHECKER_MAX_BODY_BYTES", "max_body_bytes", 1_000_000, "Largest request body accepted (HTTP 413 above)."),
    ("CHECKER_MAX_TEXT_CHARS", "max_text_chars", 100_000, "Longest article text accepted (HTTP 422 above)."),
    ("CHECKER_MAX_CLAIMS", "max_claims", 200, "Most claims or evidence items in one request (HTTP 422 above)."),
    ("CHECKER_MAX_CLAIM_CHARS", "max_claim_chars", 2_000, "Longest single claim or evidence text (HTTP 422)."),
    ("CHECKER_ENCODER_BACKEND", "encoder_backend", "onnx-fp32",
     "Encoder backend: onnx-fp32 (fused ONNX Runtime graph exported from the shipped weights into the data folder "
     "on first use), onnx-int8 (the same, int8 weights: fastest, but can flip borderline verdicts), bf16 (torch "
     "autocast) or fp32 (torch, the reference)."),
    ("CHECKER_ENCODER_THREADS", "encoder_threads", 2, "CPU threads each worker's encoder uses (torch / ONNX Runtime)."),
    ("CHECKER_SECRET_KEY", "secret_key", "", "Flask secret key; a random one is made per start if empty."),
    ("PORT", "port", 5000, "Port that `python app.py` and the run script listen on."),
)


@dataclass(frozen=True)
class Settings:
    reference: str
    data_dir: str
    top_k: int
    match_threshold: float
    support_threshold: float
    contradict_threshold: float
    relation_threshold: float
    min_similarity: float
    max_body_bytes: int
    max_text_chars: int
    max_claims: int
    max_claim_chars: int
    encoder_backend: str
    encoder_threads: int
    secret_key: str
    port: int

    @classmethod
    def defaults(cls) -> Settings:
        return cls(**{name: default for _, name, default, _ in SETTINGS})

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then environment variables, then explicit overrides (e.g. a test config)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for var, name, default, _ in SETTINGS:
            raw = env.get(var)
            values[name] = default if raw in (None, "") else _coerce(var, raw, type(default))
        settings = cls(**values)
        known = {f.name for f in fields(cls)}
        unknown = set(overrides) - known
        if unknown:
            raise InvalidInput(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return replace(settings, **overrides)


def _coerce(var: str, raw: str, kind: type) -> Any:
    try:
        return kind(raw)
    except ValueError:
        raise InvalidInput(f"{var}={raw!r} is not a valid {kind.__name__}") from None
