"""Claim retrieval on CLEF-2020 CheckThat! task 2: dense (MiniLM) vs BM25 vs hybrid (RRF).

``python -m checker.eval_retrieval [--queries P] [--targets P] [--split dev] [--tune]``
prints MAP@5, recall@1, recall@5 and per-query latency for each mode. Fusion constants are tuned
with ``--tune`` on the *train* queries only and reported on the held-out ``dev`` queries.

This module ranks the queries in each mode and reports; the corpus (and its seeded target order) is
:mod:`checker.retrieval_corpus`, the metrics :mod:`checker.retrieval_metrics`.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

from checker.keyword import DENSE_WEIGHT, RRF_K, SPARSE_WEIGHT, fuse
from checker.adapter import DEFAULT_ADAPTER_PATH
from checker.rerank import DEFAULT_MODEL_PATH, POOL, RerankModel, load_model, order_pool, pool_docs
from checker.retrieval_corpus import DATA, TITLE_WEIGHT, Corpus, dense_search, load_corpus
from checker.retrieval_metrics import ranking_metrics

if TYPE_CHECKING:  # pragma: no cover
    from checker.embedding import Encoder

MODES = ("dense", "bm25", "hybrid", "rerank")
DEPTH = 100  # candidates taken from each side before fusion


def _rank(corpus: Corpus, mode: str, query: str, vector: np.ndarray | None, model: RerankModel | None,
          fusion: dict[str, float]) -> list[int]:
    """One query's ranking in ``mode``; ``rerank`` re-orders the dense + BM25 top-POOL pool like fact search."""
    if mode == "rerank" and model is not None and vector is not None:
        return _learned_order(corpus, model, query, vector, *_pool_lists(corpus, query, vector))
    dense = dense_search(corpus.vectors, vector, DEPTH) if vector is not None else []
    sparse = corpus.keyword.search(query, DEPTH) if mode != "dense" else []
    ranked = dense if mode == "dense" else sparse if mode == "bm25" else fuse(dense, sparse, DEPTH, **fusion)
    return [doc for doc, _ in ranked]


def _pool_lists(corpus: Corpus, query: str, vector: np.ndarray) -> tuple[list[tuple[int, float]],
                                                                         list[tuple[int, float]]]:
    """The dense and BM25 top-POOL lists the learned fusion orders, as fact search takes them."""
    return dense_search(corpus.vectors, vector, POOL), corpus.keyword.search(query, POOL)


def _learned_order(corpus: Corpus, model: RerankModel, query: str, vector: np.ndarray,
                   dense: list[tuple[int, float]], sparse: list[tuple[int, float]]) -> list[int]:
    return order_pool(model, query, dense, sparse, lambda docs: corpus.vectors[docs] @ vector, corpus.keyword,
                      corpus.documents.__getitem__, model.adapted_of(vector, corpus.vectors.__getitem__))


def run_queries(corpus: Corpus, encoder: Encoder, mode: str, idx: Sequence[int], model: RerankModel | None = None,
                **fusion: float) -> tuple[list[list[int]], float]:
    """Rank targets for the queries at ``idx`` one by one; returns rankings and mean seconds per query."""
    rankings: list[list[int]] = []
    start = time.perf_counter()
    for i in idx:
        vector = encoder.encode([corpus.queries[i]])[0] if mode != "bm25" else None
        rankings.append(_rank(corpus, mode, corpus.queries[i], vector, model, fusion))
    return rankings, (time.perf_counter() - start) / max(1, len(idx))


def rerank_overhead_ms(corpus: Corpus, encoder: Encoder, model: RerankModel, idx: Sequence[int]) -> tuple[float, float]:
    """Mean pool size and ms per query spent on features + scoring alone (the searches excluded)."""
    pools = []
    for i in idx:
        vector = encoder.encode([corpus.queries[i]])[0]
        pools.append((corpus.queries[i], vector, *_pool_lists(corpus, corpus.queries[i], vector)))
    start = time.perf_counter()
    for query, vector, dense, sparse in pools:
        _learned_order(corpus, model, query, vector, dense, sparse)
    size = float(np.mean([len(pool_docs(d, s)) for _, _, d, s in pools])) if pools else 0.0
    return size, (time.perf_counter() - start) * 1000.0 / max(1, len(pools))


def _encode_timed(corpus: Corpus, encoder: Encoder, idx: Sequence[int], probe: int = 20) -> float:
    """Encode the queries (filling the encoder cache); ms per single query encode, measured once."""
    texts = [corpus.queries[i] for i in idx]
    if not corpus.encode_ms and texts:
        start = time.perf_counter()
        for text in texts[:probe]:
            encoder.encode([text])
        corpus.encode_ms = (time.perf_counter() - start) * 1000.0 / min(probe, len(texts))
    encoder.encode(texts)
    return corpus.encode_ms


def evaluate(
    queries_path: str | Path = DATA / "clef2020_task2_queries_trainval.jsonl",
    targets_path: str | Path = DATA / "clef2020_task2_targets.jsonl",
    *,
    encoder: Encoder,
    mode: str = "hybrid",
    split: str | None = "dev",
    corpus: Corpus | None = None,
    model: RerankModel | None = None,
    **fusion: float,
) -> dict[str, float]:
    """MAP@5, recall@1/@5 and latency of ``mode`` on the queries of ``split`` (None = all).

    ``latency_ms`` is search + fusion (or re-ranking) per query with the query vector cached; ``encode_ms``
    is one MiniLM query encode, so end-to-end latency is their sum. ``rerank`` needs ``model``.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    if mode == "rerank" and model is None:
        raise ValueError("mode rerank needs a trained model (python -m checker.train_rerank)")
    corpus = corpus or load_corpus(queries_path, targets_path, encoder)
    idx = [i for i, s in enumerate(corpus.splits) if split is None or s == split]
    encode_ms = _encode_timed(corpus, encoder, idx) if mode != "bm25" else 0.0
    rankings, seconds = run_queries(corpus, encoder, mode, idx, model, **fusion)
    result = ranking_metrics(rankings, [corpus.golds[i] for i in idx])
    result.update(queries=float(len(idx)), targets=float(len(corpus.texts)),
                  latency_ms=seconds * 1000.0, encode_ms=encode_ms)
    return result


def tune(corpus: Corpus, encoder: Encoder) -> dict[str, float]:
    """Grid-search RRF constants on the train queries by MAP@5; prints every point."""
    idx = [i for i, s in enumerate(corpus.splits) if s == "train"]
    encoder.encode([corpus.queries[i] for i in idx])
    pairs = [(dense_search(corpus.vectors, encoder.encode([corpus.queries[i]])[0], DEPTH),
              corpus.keyword.search(corpus.queries[i], DEPTH)) for i in idx]
    golds = [corpus.golds[i] for i in idx]
    best: tuple[float, dict[str, float]] = (-1.0, {})
    for rrf_k in (1.0, 5.0, 10.0, 20.0, 60.0):
        for sparse_weight in (0.5, 0.7, 0.85, 1.0, 1.2, 1.5):
            params = {"rrf_k": rrf_k, "sparse_weight": sparse_weight, "dense_weight": 1.0}
            ranked = [[doc for doc, _ in fuse(d, s, DEPTH, **params)] for d, s in pairs]
            score = ranking_metrics(ranked, golds)["map@5"]
            print(f"  tune rrf_k={rrf_k:<5g} sparse_weight={sparse_weight:<5g} train MAP@5 {score:.4f}")
            best = max(best, (score, params), key=lambda item: item[0])
    print(f"best on train: {best[1]} (MAP@5 {best[0]:.4f})")
    return best[1]


def main(argv: Sequence[str] | None = None) -> int:
    """CLI: compare dense, bm25, hybrid and the learned re-ranking on one split; optionally tune fusion on train."""
    parser = argparse.ArgumentParser(prog="python -m checker.eval_retrieval", description=__doc__.splitlines()[0])
    parser.add_argument("--queries", default=str(DATA / "clef2020_task2_queries_trainval.jsonl"))
    parser.add_argument("--targets", default=str(DATA / "clef2020_task2_targets.jsonl"))
    parser.add_argument("--split", default="dev", help="query split to report on ('all' for every query)")
    parser.add_argument("--tune", action="store_true", help="grid-search fusion on the train split first")
    parser.add_argument("--title-weight", type=float, default=TITLE_WEIGHT, help="0 embeds the claim alone")
    parser.add_argument("--model", default=None, help="re-rank artifact (default checker/models/rerank.json)")
    parser.add_argument("--adapter", default=str(DEFAULT_ADAPTER_PATH), help="query adapter ('' = none)")
    parser.add_argument("--cache", default="", help="folder keeping encoded vectors between runs (no encode timing)")
    args = parser.parse_args(argv)
    from checker.embedding import SentenceTransformerEncoder, offline
    from checker.train_rerank import CachedEncoder

    offline()
    encoder: Encoder = SentenceTransformerEncoder(cache_size=20000)
    encoder = CachedEncoder(encoder, args.cache) if args.cache else encoder
    corpus = load_corpus(args.queries, args.targets, encoder, title_weight=args.title_weight)
    model = load_model(args.model or DEFAULT_MODEL_PATH, args.adapter or None)
    defaults = {"rrf_k": RRF_K, "dense_weight": DENSE_WEIGHT, "sparse_weight": SPARSE_WEIGHT}
    fusion = tune(corpus, encoder) if args.tune else defaults
    _report(corpus, encoder, None if args.split == "all" else args.split, fusion, model, args)
    return 0


def _report(corpus: Corpus, encoder: Encoder, split: str | None, fusion: dict[str, float],
            model: RerankModel | None, args: argparse.Namespace) -> None:
    """Print one row per mode, then what the re-ranking itself costs."""
    print(f"{'mode':8s} {'MAP@5':>7s} {'R@1':>7s} {'R@5':>7s} {'ms/query':>9s}  "
          f"split={args.split} targets={len(corpus.texts)} fusion={fusion}")
    encode = "query encodes cached (--cache)" if args.cache else "MiniLM query encode ~{:.0f} ms on top"
    for mode in MODES:
        if mode == "rerank" and model is None:
            print("rerank   (no artifact: run python -m checker.train_rerank)")
            continue
        runs = [(mode, model.plain or model if model else None)]
        runs += [("adapted", model)] if mode == "rerank" and model and model.adapter else []
        for label, used in runs:
            r = evaluate(encoder=encoder, corpus=corpus, mode=mode, split=split, model=used,
                         **(fusion if mode == "hybrid" else {}))
            print(f"{label:8s} {r['map@5']:7.4f} {r['recall@1']:7.4f} {r['recall@5']:7.4f} {r['latency_ms']:9.2f}  "
                  f"(n={int(r['queries'])}; search+fusion only, {encode.format(corpus.encode_ms)})")
    if model is not None:
        idx = [i for i, s in enumerate(corpus.splits) if split is None or s == split]
        size, ms = rerank_overhead_ms(corpus, encoder, model, idx)
        print(f"{'adapted' if model.adapter else 'rerank'}: dense top {POOL} + BM25 top {POOL} (mean pool {size:.1f}); "
              "features + scoring "
              f"{ms:.3f} ms/query of the above ({1000.0 * ms / max(size, 1.0):.1f} us per candidate)")


if __name__ == "__main__":
    raise SystemExit(main())
