"""Settings → the trained models the checker runs (encoder, verifier, check-worthiness scorer).

One place spells out the wiring (runtime, threads, data folder for exported graphs), so the service, the
evaluation scripts and the benchmarks build the same models the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .embedding import Encoder, SentenceTransformerEncoder
from .errors import ReferenceDataError
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from .verifier import TrainedVerifier
    from .worthiness import WorthinessScorer


def encoder_for(settings: Settings) -> SentenceTransformerEncoder:
    """The encoder as the settings configure it (backend, threads, data folder for its graph)."""
    return SentenceTransformerEncoder(backend=settings.encoder_backend, data_dir=settings.data_dir,
                                      threads=settings.encoder_threads)


def verifier_for(settings: Settings) -> TrainedVerifier:
    """The trained verifier on the configured runtime; a clear error when its artifact is missing."""
    from .verifier import TrainedVerifier, available

    if not available():
        raise ReferenceDataError("the verifier artifact checker/models/verifier is missing; "
                                 "set CHECKER_VERIFIER=off or run python -m checker.train_verifier")
    return TrainedVerifier(runtime=settings.model_runtime, threads=settings.encoder_threads,
                           data_dir=settings.data_dir)


def worthiness_for(settings: Settings, encoder: Encoder | None = None,
                   model_path: str | None = None) -> WorthinessScorer:
    """The check-worthiness scorer on the configured runtime (``model_path``: another .npz than the shipped)."""
    from .worthiness import WorthinessScorer

    return WorthinessScorer(model_path, encoder=encoder, runtime=settings.model_runtime,
                            threads=settings.encoder_threads, data_dir=settings.data_dir)


__all__ = ["encoder_for", "verifier_for", "worthiness_for"]
