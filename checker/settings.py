"""Configuration: one frozen Settings read once, and a SETTINGS table that documents every knob.

A test checks that the README lists every name in SETTINGS.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import InvalidInput
from .ovrun import check_runtime

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
    ("CHECKER_ENCODER_BACKEND", "encoder_backend", "openvino-bf16",
     "Encoder backend: openvino-bf16 (the fp32 ONNX graph on OpenVINO with bf16 matrix products: fastest of the "
     "verdict-safe ones), openvino-f32, onnx-fp32 (fused ONNX Runtime graph exported from the shipped weights into "
     "the data folder on first use), onnx-int8 (the same, int8 weights, dynamic activation scales: fast, but can "
     "flip borderline verdicts and a vector depends on its batch), onnx-int8s (static int8 calibrated on the reference "
     "facts: as fast, batch-independent, but can flip borderline verdicts too), bf16 (torch autocast) or fp32 "
     "(torch, the reference)."),
    ("CHECKER_ENCODER_THREADS", "encoder_threads", 2,
     "CPU threads each worker's encoder, verifier and check-worthiness model use (torch / ONNX Runtime / OpenVINO)."),
    ("CHECKER_VERIFIER", "verifier", "on",
     "on: the trained verifier gives a second opinion within the slot rules (checker/adjudicate.py); off: rules only."),
    ("CHECKER_WORTHINESS", "worthiness", "on",
     "on: sentences scoring below the check-worthiness threshold without a typed value are not claims; "
     "off: rules only."),
    ("CHECKER_MODEL_RUNTIME", "model_runtime", "openvino-bf16",
     "Runtime of the verifier and check-worthiness MiniLMs: openvino-bf16 (OpenVINO, bf16 matrix products where "
     "the CPU has them: about twice torch's speed), openvino-f32, or torch (fp32, the reference)."),
    ("CHECKER_KEYWORD", "keyword", "on",
     "on: BM25 keyword hits join each claim's candidates and fuse into fact search (hybrid); off: dense only."),
    ("CHECKER_RERANK", "rerank", "on",
     "on: fact search orders the dense + keyword pool with the learned fusion (checker/models/rerank.json, "
     "reading the query adapter checker/models/query_adapter.npy when present; reciprocal-rank fusion if the "
     "JSON is missing); off: reciprocal-rank fusion. Verdicts are unaffected."),
    ("CHECKER_SECRET_KEY", "secret_key", "", "Flask secret key; a random one is made per start if empty."),
    ("CHECKER_RATE_LIMIT", "rate_limit", "",
     "Most checks (`POST /api/v1/check` and the form) per client address, e.g. `60/minute` (also `/second`, "
     "`/hour`, `/day`); "
     "counted in `DATA_DIR/ratelimit.sqlite3`, shared by every worker; HTTP 429 with Retry-After above; "
     "empty = no limit."),
    ("CHECKER_IMPORT_TOKEN", "import_token", "",
     "Bearer token for an import pipeline to POST /api/v1/facts; admins' own API tokens are always accepted there."),
    ("PORT", "port", 5000, "Port that `python app.py` and the run script listen on."),
    ("CHECKER_DATABASE_URL", "database_url", "",
     "SQLAlchemy URL of the review database; empty means SQLite file review.sqlite3 in the data folder."),
    ("CHECKER_VECTOR_BACKEND", "vector_backend", "faiss",
     "Where fact vectors live: faiss (files in the data folder) or pgvector (needs a postgresql:// database URL)."),
    ("CHECKER_BATCH_STALLED_SECONDS", "batch_stalled_seconds", 30.0,
     "A batch worker silent for this long is presumed dead and its article is checked again."),
    ("CHECKER_LEASE_MINUTES", "lease_minutes", 30, "How long a reviewer's claim on a review item lasts."),
    ("CHECKER_SAME_CLAIM_THRESHOLD", "same_claim_threshold", 0.92,
     "Cosine of standalone texts at or above which a claim with equal values joins an open review item."),
    ("CHECKER_TWO_PERSON_RULE", "two_person_rule", False,
     "If true, a fact added by a decision waits for a second reviewer's approval before entering the store."),
    ("CHECKER_REQUIRE_TOKEN_FOR_CHECK", "require_token_for_check", False,
     "If true, POST /api/v1/check needs an API token (Authorization: Bearer)."),
    ("CHECKER_SESSION_HOURS", "session_hours", 12, "Lifetime of a browser login session."),
    ("CHECKER_WEBHOOK_URLS", "webhook_urls", "",
     "Space- or comma-separated http(s) URLs that get a signed JSON POST when a review item is created or decided."),
    ("CHECKER_WEBHOOK_SECRET", "webhook_secret", "", "HMAC-SHA256 key for the webhooks' X-Claimcheck-Signature."),
)


SWITCHES = ("verifier", "worthiness", "keyword", "rerank")


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
    verifier: str
    worthiness: str
    model_runtime: str
    keyword: str
    rerank: str
    secret_key: str
    rate_limit: str
    import_token: str
    port: int
    database_url: str
    vector_backend: str
    batch_stalled_seconds: float
    lease_minutes: int
    same_claim_threshold: float
    two_person_rule: bool
    require_token_for_check: bool
    session_hours: int
    webhook_urls: str
    webhook_secret: str

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
        settings = replace(settings, **overrides)
        for name in SWITCHES:
            if getattr(settings, name) not in ("on", "off"):
                raise InvalidInput(f"setting {name} must be 'on' or 'off', not {getattr(settings, name)!r}")
        check_runtime(settings.model_runtime)
        return settings


TRUE, FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def _coerce(var: str, raw: str, kind: type) -> Any:
    if kind is bool:  # bool("0") is True: parse the words instead
        word = raw.strip().lower()
        if word not in TRUE | FALSE:
            raise InvalidInput(f"{var}={raw!r} is not true or false")
        return word in TRUE
    try:
        return kind(raw)
    except ValueError:
        raise InvalidInput(f"{var}={raw!r} is not a valid {kind.__name__}") from None
