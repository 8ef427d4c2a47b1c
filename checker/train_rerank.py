"""Train the learned fusion of fact search and write ``checker/models/rerank.json``.

``python -m checker.train_rerank [--queries P] [--targets P] [--cache DIR] [--out PATH]``

Only the CLEF-2020 task-2 *train* queries are used: the dev queries are never read for training or for
choosing anything. Per query, the pool is the dense top :data:`~checker.rerank.POOL` plus the BM25 top
``POOL``; the model is a pairwise logistic regression (the gold fact minus each other pooled fact, a
RankNet-style linear scorer) on standardised features. Its regularisation is chosen by 5-fold
cross-validation by query within train; the artifact records the features, coefficients, the chosen C, the
cross-validated MAP@5 table and a sha256 of the data files, and is byte-identical across runs.

It then fits the query adapter (:mod:`checker.adapter_training`) and a second model that also reads the adapted
cosine, trained on features from adapters cross-fitted by fold (never the adapter that saw the query); the
adapter fitted on all train queries goes to ``checker/models/query_adapter.npy`` (``--adapter-out ''``: none).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

from checker.adapter import DEFAULT_ADAPTER_PATH, QueryAdapter, to_bytes
from checker.rerank import ADAPTED, DEFAULT_MODEL_PATH, FEATURES, POOL, RerankModel, pool_features
from checker.retrieval_corpus import DATA, Corpus, dense_search, load_corpus
from checker.retrieval_metrics import average_precision_at_k
from checker.vector_cache import CachedEncoder  # noqa: F401 - re-exported: eval_retrieval, tests

if TYPE_CHECKING:  # pragma: no cover
    from checker.embedding import Encoder

GRID = (0.01, 0.1, 1.0, 10.0)
FOLDS = 5


@dataclass(frozen=True)
class Group:
    """One query's pooled candidates: feature rows, which are gold, and how many gold facts it has."""

    rows: np.ndarray
    gold: np.ndarray
    gold_count: int


def pooled(corpus: Corpus, query: str, vector: np.ndarray, pool: int = POOL,
           adapter: QueryAdapter | None = None) -> tuple[list[int], np.ndarray]:
    """Doc ids of one query's pool and their feature rows (the very path fact search takes); with ``adapter``
    also the :data:`~checker.rerank.ADAPTED` features."""
    adapted = adapter.apply(vector) if adapter is not None else None
    return pool_features(query, dense_search(corpus.vectors, vector, pool), corpus.keyword.search(query, pool),
                         lambda docs: corpus.vectors[docs] @ vector, corpus.keyword, corpus.documents.__getitem__,
                         (lambda docs: corpus.vectors[docs] @ adapted) if adapted is not None else None)


def groups_for(corpus: Corpus, encoder: Encoder, split: str,
               adapters: Sequence[QueryAdapter] | None = None) -> list[Group]:
    """Training groups for every query of ``split``, in file order (``adapters``: one per query, or none)."""
    idx = [i for i, s in enumerate(corpus.splits) if s == split]
    vectors = encoder.encode([corpus.queries[i] for i in idx])
    out = []
    for j, (i, vector) in enumerate(zip(idx, vectors)):
        docs, rows = pooled(corpus, corpus.queries[i], vector, adapter=adapters[j] if adapters else None)
        out.append(Group(rows, np.array([d in corpus.golds[i] for d in docs], dtype=bool), len(corpus.golds[i])))
    return out


def fit_pairwise(groups: Sequence[Group], c: float) -> RerankModel:
    """Standardise, then logistic regression on (gold - other) differences, both signs, no intercept."""
    from sklearn.linear_model import LogisticRegression

    rows = np.vstack([g.rows for g in groups])
    names = FEATURES if rows.shape[1] == len(FEATURES) else FEATURES + ADAPTED
    unfitted = RerankModel(names, rows.mean(0), rows.std(0) + 1e-9, np.zeros(len(names)))
    z = [unfitted.standardise(g.rows) for g in groups]
    diffs = [zg[p] - zg[~g.gold] for zg, g in zip(z, groups) for p in np.flatnonzero(g.gold)]
    x = np.vstack([d for d in diffs if len(d)] or [np.zeros((0, len(names)))])
    if not len(x):
        raise ValueError("no query has both a gold and a non-gold candidate in its pool")
    y = np.r_[np.ones(len(x)), np.zeros(len(x))]
    model = LogisticRegression(C=c, max_iter=10000, fit_intercept=False, tol=1e-8).fit(np.vstack([x, -x]), y)
    return RerankModel(names, unfitted.mean, unfitted.scale, model.coef_[0].astype(np.float64))


def map_at_5(model: RerankModel, groups: Sequence[Group]) -> float:
    """MAP@5 of the model's ordering (a gold fact missing from the pool counts as not found)."""
    aps = [average_precision_at_k(model.order(g.rows), set(np.flatnonzero(g.gold).tolist()) | _absent(g), 5)
           for g in groups]
    return float(np.mean(aps)) if aps else 0.0


def _absent(group: Group) -> set[int]:
    """Stand-ins for gold facts outside the pool, so AP@5 divides by the true number of gold facts."""
    return {-1 - j for j in range(group.gold_count - int(group.gold.sum()))}


def cross_validate(groups: Sequence[Group], c: float, folds: int = FOLDS) -> float:
    """Mean MAP@5 over held-out folds; query j is in fold j % folds."""
    scores = []
    for fold in range(folds):
        train = [g for j, g in enumerate(groups) if j % folds != fold]
        held = [g for j, g in enumerate(groups) if j % folds == fold]
        model = fit_pairwise(train, c)
        scores.extend(map_at_5(model, [g]) for g in held)
    return float(np.mean(scores))


def train(groups: Sequence[Group], grid: Sequence[float] = GRID, folds: int = FOLDS) -> tuple[RerankModel, dict]:
    """Pick C by cross-validated MAP@5 (ties: the smaller C), then fit on every group."""
    table = {str(c): round(cross_validate(groups, c, folds), 6) for c in grid}
    best = max(grid, key=lambda c: (table[str(c)], -c))
    return fit_pairwise(groups, best), {"c": best, "cv_map@5": table, "folds": folds, "queries": len(groups)}


def _body(model: RerankModel, info: dict) -> dict:
    def r(a: np.ndarray) -> list[float]:
        return [round(float(v), 6) for v in a]

    return {"features": list(model.features), "mean": r(model.mean), "scale": r(model.scale), "coef": r(model.coef),
            "train": info}


def artifact(model: RerankModel, info: dict, data_hash: str, adapted: tuple[RerankModel, dict] | None = None) -> str:
    """The JSON text written to disk: sorted keys, floats rounded so runs compare byte for byte. ``adapted`` is
    the model reading the query adapter too, its ``info`` holding the adapter file's ``adapter_sha256``."""
    body = {**_body(model, info), "pool": POOL, "data_sha256": data_hash, "model": "pairwise logistic regression"}
    if adapted is not None:
        extra = _body(adapted[0], {k: v for k, v in adapted[1].items() if k != "adapter_sha256"})
        body["adapted"] = {**extra, "adapter_sha256": adapted[1]["adapter_sha256"]}
    return json.dumps(body, indent=1, sort_keys=True) + "\n"


def data_hash(paths: Sequence[str | Path]) -> str:
    """sha256 over the bytes of the data files, in the order given."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def train_adapted(corpus: Corpus, encoder: Encoder) -> tuple[RerankModel, dict, bytes]:
    """The re-ranking that also reads the query adapter: adapters cross-fitted by fold give its training features,
    the adapter fitted on every train query is the one stored (its ``.npy`` bytes returned)."""
    from checker.adapter import identity
    from checker.adapter_training import cross_fitted, dense_map_at_5, settings

    idx = [i for i, s in enumerate(corpus.splits) if s == "train"]
    vectors = encoder.encode([corpus.queries[i] for i in idx])
    adapters, final = cross_fitted(corpus, idx, vectors, FOLDS)
    model, info = train(groups_for(corpus, encoder, "train", adapters))
    blob = to_bytes(final.matrix)
    plain = identity(vectors.shape[1])
    info.update(adapter=settings(), adapter_sha256=hashlib.sha256(blob).hexdigest(),
                dense_cv_map_at_5={"identity": round(dense_map_at_5(corpus, idx, vectors, [plain] * len(idx)), 6),
                                   "adapted": round(dense_map_at_5(corpus, idx, vectors, adapters), 6)})
    return model, info, blob


def _print_cv(label: str, info: dict) -> None:
    for c, score in info["cv_map@5"].items():
        print(f"  {label} C={c:<6s} {FOLDS}-fold CV MAP@5 on train queries {score:.4f}")
    print(f"{label}: chosen C={info['c']} on {info['queries']} train queries; pool {POOL} dense + {POOL} BM25")


def main(argv: Sequence[str] | None = None) -> int:
    """CLI: train on the train split, print the CV tables, write the artifact(s)."""
    parser = argparse.ArgumentParser(prog="python -m checker.train_rerank", description=__doc__.splitlines()[0])
    parser.add_argument("--queries", default=str(DATA / "clef2020_task2_queries_trainval.jsonl"))
    parser.add_argument("--targets", default=str(DATA / "clef2020_task2_targets.jsonl"))
    parser.add_argument("--cache", default="", help="folder to keep encoded vectors in between runs")
    parser.add_argument("--out", default=str(DEFAULT_MODEL_PATH))
    parser.add_argument("--adapter-out", default=str(DEFAULT_ADAPTER_PATH), help="'' = no query adapter")
    args = parser.parse_args(argv)
    from threadpoolctl import threadpool_limits

    from checker.durable import write_atomic
    from checker.embedding import SentenceTransformerEncoder, offline

    offline()
    encoder: Encoder = SentenceTransformerEncoder(cache_size=20000)
    encoder = CachedEncoder(encoder, args.cache) if args.cache else encoder
    corpus = load_corpus(args.queries, args.targets, encoder)
    with threadpool_limits(limits=1):  # one BLAS thread: the same float sums (and near-tie orders) every run
        model, info = train(groups_for(corpus, encoder, "train"))
        adapted = train_adapted(corpus, encoder) if args.adapter_out else None
    _print_cv("plain", info)
    if adapted is not None:
        _print_cv("adapted", adapted[1])
        print(f"adapter: dense {FOLDS}-fold CV MAP@5 on train queries {adapted[1]['dense_cv_map_at_5']}")
        write_atomic(Path(args.adapter_out), adapted[2])
        print(f"wrote {args.adapter_out}")
    body = artifact(model, info, data_hash([args.queries, args.targets]), adapted[:2] if adapted else None)
    write_atomic(Path(args.out), body.encode())
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
