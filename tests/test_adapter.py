"""Query adapter of fact search: loading, identity = plain cosine, fallbacks, training, the committed pair."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from checker.adapter import DEFAULT_ADAPTER_PATH, QueryAdapter, identity, load_adapter, to_bytes
from checker.adapter_training import fit_adapter, loss_and_grad, problem
from checker.embedding import SentenceTransformerEncoder
from checker.errors import ReferenceDataError
from checker.keyword import KeywordIndex
from checker.pipeline import Checker
from checker.rerank import ADAPTED, DEFAULT_MODEL_PATH, FEATURES, load_model, order_pool, pool_features
from checker.train_rerank import Group, artifact, train

FACTS = [
    "Kim Koo was born in 1876 in Haeju.",
    "The Eiffel Tower in Paris is 330 metres tall.",
    "Tomato prices in Spain rose by 12 percent in May.",
    "Kim Koo visited Shanghai, where he spoke of his birth town.",
]


def test_identity_adapter_reproduces_the_plain_cosine(encoder: SentenceTransformerEncoder) -> None:
    index = KeywordIndex()
    index.build(FACTS)
    vectors = encoder.encode(FACTS)
    query = "When was Kim Koo born?"
    qv = encoder.encode([query])[0]
    adapter = identity(qv.shape[0])
    assert np.allclose(adapter.apply(qv), qv, atol=1e-6)
    adapted = adapter.apply(qv)
    docs, rows = pool_features(query, [(0, 0.0), (3, 0.0)], [(1, 1.0), (2, 0.5)], lambda d: vectors[d] @ qv, index,
                               FACTS.__getitem__, lambda d: vectors[d] @ adapted)
    f = {name: rows[:, i] for i, name in enumerate(FEATURES + ADAPTED)}
    assert docs == [0, 3, 1, 2] and rows.shape == (4, len(FEATURES) + len(ADAPTED))
    assert np.allclose(f["adapted_cos"], f["cos"], atol=1e-6) and np.allclose(f["adapted_gap"], f["cos_gap"], atol=1e-6)
    assert sorted(f["adapted_rr"].tolist()) == [0.25, 1 / 3, 0.5, 1.0] and np.isfinite(rows).all()


def test_adapter_file_round_trip_and_bad_files(tmp_path: Path) -> None:
    matrix = np.random.default_rng(3).normal(size=(8, 8)).astype(np.float32)
    path = tmp_path / "a.npy"
    path.write_bytes(to_bytes(matrix))
    assert to_bytes(matrix) == path.read_bytes()  # same input, same bytes
    loaded = load_adapter(path)
    assert loaded is not None and np.allclose(loaded.matrix, matrix, atol=1e-2)
    assert loaded.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() and identity(8).sha256 == ""
    assert np.linalg.norm(loaded.apply(np.ones(8, dtype=np.float32))) == pytest.approx(1.0, abs=1e-6)
    assert load_adapter(tmp_path / "absent.npy") is None
    np.save(tmp_path / "obj.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(ReferenceDataError):
        load_adapter(tmp_path / "obj.npy")  # never unpickled
    np.save(tmp_path / "rect.npy", np.ones((3, 4)))
    with pytest.raises(ReferenceDataError, match="square"):
        load_adapter(tmp_path / "rect.npy")
    with pytest.raises(ReferenceDataError, match="retrain"):
        loaded.apply(np.ones(5, dtype=np.float32))


def test_committed_pair_and_the_fallbacks(tmp_path: Path) -> None:
    """The committed rerank.json + query_adapter.npy load as one model; without the .npy (or with another one)
    search is today's plain re-ranking, or a clear error."""
    model = load_model()
    assert model is not None and model.adapter is not None and model.plain is not None
    assert model.features == FEATURES + ADAPTED and model.plain.features == FEATURES and model.plain.adapter is None
    assert model.adapter.matrix.shape == (384, 384) and DEFAULT_ADAPTER_PATH.stat().st_size < 1_000_000
    plain = load_model(DEFAULT_MODEL_PATH, tmp_path / "absent.npy")
    assert plain is not None and plain.adapter is None and np.array_equal(plain.coef, model.plain.coef)
    other = tmp_path / "other.npy"
    other.write_bytes(to_bytes(np.eye(384)))
    with pytest.raises(ReferenceDataError, match="retrain"):
        load_model(DEFAULT_MODEL_PATH, other)
    body = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    assert body["adapted"]["adapter_sha256"] == hashlib.sha256(DEFAULT_ADAPTER_PATH.read_bytes()).hexdigest()


def test_order_without_adapted_cosines_is_the_plain_order(encoder: SentenceTransformerEncoder) -> None:
    """No adapted cosines (or a vector of another model): the plain part orders; with them, the adapted model."""
    model = load_model()
    assert model is not None and model.plain is not None
    index = KeywordIndex()
    index.build(FACTS)
    vectors = encoder.encode(FACTS)
    query = "When was Kim Koo born?"
    qv = encoder.encode([query])[0]
    args = (query, [(3, 0.0), (0, 0.0), (1, 0.0)], index.search(query, 3), lambda d: vectors[d] @ qv, index,
            FACTS.__getitem__)
    assert order_pool(model, *args) == order_pool(model.plain, *args)
    adapted_of = model.adapted_of(qv, vectors.__getitem__)
    docs, rows = pool_features(*args, adapted_of)
    adapted = order_pool(model, *args, adapted_of)
    assert adapted == [docs[i] for i in model.order(rows)] and adapted[0] == 0 and sorted(adapted) == sorted(docs)
    assert model.adapted_of(np.ones(64, dtype=np.float32), vectors.__getitem__) is None  # another model's vector


def _toy(seed: int = 5) -> tuple[np.ndarray, np.ndarray, list[set[int]]]:
    """Queries that sit between their gold target and a decoy along one shared direction."""
    rng = np.random.default_rng(seed)
    targets = rng.normal(size=(60, 16))
    targets /= np.linalg.norm(targets, axis=1, keepdims=True)
    golds = [{int(g)} for g in rng.integers(0, 60, size=40)]
    shift = rng.normal(size=16)
    queries = np.array([targets[next(iter(g))] + 1.2 * shift + 0.3 * rng.normal(size=16) for g in golds])
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    return queries.astype(np.float32), targets.astype(np.float32), golds


def test_gradient_matches_finite_differences() -> None:
    queries, targets, golds = _toy()
    p = problem(queries, targets, golds, [[] for _ in golds])
    rng = np.random.default_rng(0)
    w = (np.eye(16) + 0.05 * rng.normal(size=(16, 16))).ravel()
    loss, grad = loss_and_grad(w, p, tau=0.1, lam=0.01)
    for k in rng.choice(w.size, size=6, replace=False):
        step = np.zeros_like(w)
        step[k] = 1e-3
        numeric = (loss_and_grad(w + step, p, 0.1, 0.01)[0] - loss_and_grad(w - step, p, 0.1, 0.01)[0]) / 2e-3
        assert grad[k] == pytest.approx(numeric, rel=0.05, abs=1e-3)


def test_training_learns_the_shift_and_is_deterministic() -> None:
    queries, targets, golds = _toy()
    p = problem(queries, targets, golds, [[] for _ in golds])
    first, second = fit_adapter(p, tau=0.1, lam=1e-3, iterations=40), fit_adapter(p, tau=0.1, lam=1e-3, iterations=40)
    assert to_bytes(first) == to_bytes(second)

    def top1(adapter: QueryAdapter) -> float:
        return float(np.mean([int(np.argmax(targets @ adapter.apply(q))) in g for q, g in zip(queries, golds)]))

    assert top1(QueryAdapter(first)) > top1(identity(16)) + 0.2


def test_artifact_records_the_adapted_model() -> None:
    rng = np.random.default_rng(2)
    groups = []
    for _ in range(30):
        rows = rng.normal(size=(6, len(FEATURES) + len(ADAPTED)))
        gold = np.zeros(6, dtype=bool)
        gold[rng.integers(6)] = True
        rows[gold, len(FEATURES)] += 2.0  # the adapted cosine carries the signal
        groups.append(Group(rows, gold, 1))
    adapted, info = train(groups, grid=(1.0,), folds=3)
    assert adapted.features == FEATURES + ADAPTED and adapted.coef[len(FEATURES)] > 0.5
    plain, plain_info = train([Group(g.rows[:, :len(FEATURES)], g.gold, 1) for g in groups], grid=(1.0,), folds=3)
    text = artifact(plain, plain_info, "h", (adapted, {**info, "adapter_sha256": "s"}))
    body = json.loads(text)
    assert body["features"] == list(FEATURES) and body["adapted"]["features"] == list(FEATURES + ADAPTED)
    assert body["adapted"]["adapter_sha256"] == "s" and "adapter_sha256" not in body["adapted"]["train"]
    assert text == artifact(plain, plain_info, "h", (adapted, {**info, "adapter_sha256": "s"}))


def test_reference_facts_with_the_adapter(encoder: SentenceTransformerEncoder, real_checker: Checker) -> None:
    """Real model, FAISS store and BM25 with the committed adapter: short queries unlike the training tweets
    still find their fact first, and every feature the model reads is finite."""
    model = load_model()
    assert model is not None and model.adapter is not None
    learned = Checker(encoder, real_checker.stores, real_checker.settings, reranker=model)
    cases = (("Kim Koo birth", "kim-koo-birth-1876"), ("KCCI chairman", "lee-jm-2026-business-delegation"))
    for query, expected in cases:
        assert learned.search_facts(query, limit=3)[0].fact.id == expected
        store = real_checker.stores.current()
        qv = encoder.encode([query])[0]
        dense = [(store.row_of(e.fact.id), e.similarity) for e in store.search(qv[None, :], 20)[0]]
        assert learned.keywords is not None
        keyword = learned.keywords.for_store(store)
        _, rows = pool_features(query, dense, keyword.search(query, 20), lambda d: store.rows(d) @ qv, keyword,
                                lambda r: store.facts[r].text, model.adapted_of(qv, store.rows))
        assert rows.shape[1] == len(FEATURES) + len(ADAPTED) and np.isfinite(rows).all()
