"""Encoder throughput on 25-word sentences: naive sentence-transformers fp32 versus each backend."""

from __future__ import annotations

from typing import Any, Sequence

from ..backends import BACKENDS
from ..embedding import SentenceTransformerEncoder
from .measure import ratio, timed
from .naive import NaiveEncoder
from .texts import sentences_25


def run(data_dir: str, *, quick: bool, threads: int = 2, backends: Sequence[str] | None = None) -> dict[str, Any]:
    """Sentences per second for each backend and for the naive encoder, measured in the same process."""
    count = 16 if quick else 512
    sentences = sentences_25(count)
    naive = NaiveEncoder()
    naive.encode(sentences[:16])
    naive_rate = count / timed(lambda: naive.encode(sentences))
    result: dict[str, Any] = {"sentences": count, "words_per_sentence": 25,
                              "naive_fp32_per_s": round(naive_rate, 1), "backends": {}}
    for name in backends or BACKENDS:
        encoder = SentenceTransformerEncoder(backend=name, data_dir=data_dir, cache_size=0, threads=threads,
                                             batch_window=0)
        encoder.encode(sentences[:16])  # load, and build the ONNX graph if needed
        rate = count / timed(lambda: encoder.encode(sentences))
        result["backends"][name] = {"per_s": round(rate, 1), "vs_naive": ratio(naive_rate, rate,
                                                                              higher_is_better=True)}
    return result
