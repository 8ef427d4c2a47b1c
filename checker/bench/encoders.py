"""Encoder throughput on 25-word sentences: naive sentence-transformers fp32 versus each backend.

Measured in rounds, each round timing every encoder once in turn, and reported as the median per encoder:
on a shared box the load changes from minute to minute, and timing one encoder after the other would
credit whichever ran during a quiet spell.
"""

from __future__ import annotations

import statistics
from typing import Any, Sequence

from ..encoder_backends import BACKENDS
from ..embedding import SentenceTransformerEncoder
from .measure import ratio, timed
from .naive import NaiveEncoder
from .texts import sentences_25


def run(data_dir: str, *, quick: bool, threads: int = 2, backends: Sequence[str] | None = None) -> dict[str, Any]:
    """Sentences per second for each backend and for the naive encoder, interleaved in the same process."""
    count, rounds = (16, 1) if quick else (256, 3)
    sentences = sentences_25(count)
    encoders: dict[str, Any] = {"naive": NaiveEncoder()}
    for name in backends or BACKENDS:
        encoders[name] = SentenceTransformerEncoder(backend=name, data_dir=data_dir, cache_size=0,
                                                    threads=threads, batch_window=0)
    for encoder in encoders.values():
        encoder.encode(sentences[:16])  # load, and build the ONNX graphs if needed
    rates: dict[str, list[float]] = {name: [] for name in encoders}
    for _ in range(rounds):
        for name, encoder in encoders.items():
            rates[name].append(count / timed(lambda: encoder.encode(sentences)))
    naive = statistics.median(rates.pop("naive"))
    return {"sentences": count, "words_per_sentence": 25, "rounds": rounds, "naive_fp32_per_s": round(naive, 1),
            "backends": {name: {"per_s": round(statistics.median(r), 1),
                                "vs_naive": ratio(naive, statistics.median(r), higher_is_better=True)}
                         for name, r in rates.items()}}
