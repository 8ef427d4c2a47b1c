"""Learned fusion of fact search: features, the committed model, training determinism, RRF fallback."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from checker.domain import Fact
from checker.embedding import FakeEncoder, SentenceTransformerEncoder
from checker.errors import ReferenceDataError
from checker.keyword import KeywordIndex, fuse
from checker.pipeline import Checker
from checker.rerank import FEATURES, POOL, candidates, feature_matrix, load_model, order_pool
from checker.settings import Settings
from checker.store import FactStore
from checker.train_rerank import CachedEncoder, Group, artifact, train

DOCS = [
    "Ohio unemployment fell to 3.5 percent in 2019.",
    "The city council of Dayton approved a budget for parks.",
    "A photo shows a shark on a flooded highway in Houston.",
]


def test_features_on_a_hand_example() -> None:
    index = KeywordIndex()
    index.build(DOCS)
    query = "Ohio unemployment 3.5 percent, says Dayton mayor"
    pool = candidates([(0, 0.9), (1, 0.5)], [(0, 4.0), (2, 1.0)], np.array([0.9, 0.5, 0.2]), index, DOCS.__getitem__)
    assert [(c.doc, c.dense_rank, c.sparse_rank, c.bm25) for c in pool] == [(0, 1, 1, 4.0), (1, 2, 0, 0.0),
                                                                            (2, 0, 2, 1.0)]
    rows = feature_matrix(query, index.tokenize(query), index.idf, pool)
    f = {name: rows[:, i] for i, name in enumerate(FEATURES)}
    q = set(index.tokenize(query))  # ohio unemploy 3 5 percent say dayton mayor
    d0 = set(index.tokens_of(0))  # ohio unemploy fell 3 5 percent 2019
    shared = q & d0
    assert f["cos"].tolist() == [0.9, 0.5, 0.2]
    assert f["cos_gap"] == pytest.approx([0.0, -0.4, -0.7])
    assert f["dense_rr"].tolist() == [1.0, 0.5, 0.0] and f["sparse_rr"].tolist() == [1.0, 0.0, 0.5]
    assert f["bm25_norm"].tolist() == [1.0, 0.0, 0.25] and f["bm25_log"][0] == pytest.approx(math.log(5.0))
    assert f["rrf"][0] == pytest.approx(1 / 21 + 0.85 / 21) and f["rrf"][1] == pytest.approx(1 / 22)
    assert f["overlap_q"][0] == pytest.approx(len(shared) / len(q))
    assert f["overlap_d"][0] == pytest.approx(len(shared) / len(d0))
    assert f["idf_overlap"][0] == pytest.approx(sum(map(index.idf, shared)) / sum(map(index.idf, q)))
    assert f["overlap_q"][2] == 0.0 and f["idf_overlap"][2] == 0.0
    assert f["numbers_shared"][0] == 0.0  # "3" and "5" are one-character words: the tokenizer drops them
    assert f["numbers_unmatched"][0] == pytest.approx(1.0)  # 2019 is not in the query
    assert f["names_shared"].tolist() == [1.0, 0.5, 0.0]  # {ohio} / {ohio}; {dayton} of {the, dayton}; Houston
    assert f["length_ratio"][0] == pytest.approx(math.log((1 + len(d0)) / (1 + len(q))))


def test_committed_model_puts_the_relevant_fact_first(encoder: SentenceTransformerEncoder) -> None:
    """The fusion lists the off-topic fact first; the model, reading the real cosines and words, flips it."""
    model = load_model()
    assert model is not None, "checker/models/rerank.json is committed"
    facts = ["The Eiffel Tower in Paris is 330 metres tall.", "Tomato prices in Spain rose by 12 percent in May."]
    index = KeywordIndex()
    index.build(facts)
    query = "How tall is the Eiffel Tower? Someone said 330 metres"
    vectors, qv = encoder.encode(facts), encoder.encode([query])[0]
    order = order_pool(model, query, [(1, 0.0), (0, 0.0)], [], lambda docs: vectors[docs] @ qv, index,
                       facts.__getitem__)
    assert order == [0, 1]


def _synthetic(seed: int = 7) -> list[Group]:
    """Queries whose gold candidate has a higher 'cos' and 'idf_overlap' plus noise."""
    rng = np.random.default_rng(seed)
    groups = []
    for _ in range(40):
        rows = rng.normal(size=(8, len(FEATURES)))
        gold = np.zeros(8, dtype=bool)
        gold[rng.integers(8)] = True
        rows[gold, FEATURES.index("cos")] += 1.5
        rows[gold, FEATURES.index("idf_overlap")] += 1.0
        groups.append(Group(rows, gold, 1))
    return groups


def test_training_is_deterministic_and_learns_the_signal() -> None:
    first, info = train(_synthetic(), grid=(0.1, 1.0), folds=4)
    second, _ = train(_synthetic(), grid=(0.1, 1.0), folds=4)
    assert artifact(first, info, "h") == artifact(second, info, "h")
    assert first.coef[FEATURES.index("cos")] > 0.5 and first.coef[FEATURES.index("idf_overlap")] > 0.3
    assert info["cv_map@5"]["1.0"] > 0.5  # random ordering of 8 candidates gives about 0.34
    body = json.loads(artifact(first, info, "h"))
    assert body["features"] == list(FEATURES) and body["data_sha256"] == "h" and body["pool"] == POOL


def test_missing_or_mismatched_artifact(tmp_path: Path) -> None:
    assert load_model(tmp_path / "absent.json") is None
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"features": ["cos"], "mean": [0], "scale": [1], "coef": [1]}), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="retrain"):
        load_model(bad)
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReferenceDataError):
        load_model(bad)


def _checker(fake_encoder: FakeEncoder, reranker: object) -> tuple[Checker, FactStore]:
    facts = [Fact(id=f"f{i}", text=t, source="s") for i, t in enumerate(DOCS + [
        "Unemployment in Texas rose in 2020.", "Houston flooding closed the highway for a week."])]
    store = FactStore.build(facts, fake_encoder)
    return Checker(fake_encoder, store, Settings.from_env({}), reranker=reranker), store  # type: ignore[arg-type]


def test_search_falls_back_to_rrf_without_a_model(fake_encoder: FakeEncoder) -> None:
    checker, store = _checker(fake_encoder, None)
    query = "shark on the Houston highway"
    found = checker.search_facts(query, limit=3)
    vector = fake_encoder.encode([query])
    dense = [(store.row_of(e.fact.id), e.similarity) for e in store.search(vector, 3)[0]]
    index = KeywordIndex()
    index.build([f.text for f in store.facts])
    expected = [store.facts[row].id for row, _ in fuse(dense, index.search(query, 3), 3)]
    assert [e.fact.id for e in found] == expected


def test_learned_search_keeps_real_cosines(fake_encoder: FakeEncoder) -> None:
    checker, store = _checker(fake_encoder, load_model())
    query = "shark on the Houston highway"
    found = checker.search_facts(query, limit=3)
    vector = fake_encoder.encode([query])[0]
    assert len(found) == 3 and found[0].fact.id == "f2"
    for e in found:
        assert e.similarity == pytest.approx(float(store.rows([store.row_of(e.fact.id)])[0] @ vector), abs=1e-6)


def test_cached_encoder_reuses_its_file(tmp_path: Path) -> None:
    class Counting(FakeEncoder):
        calls = 0

        def encode(self, texts):  # type: ignore[no-untyped-def]
            Counting.calls += len(texts)
            return super().encode(texts)

    first = CachedEncoder(Counting(), tmp_path).encode(["a b", "c", "a  b"])
    again = CachedEncoder(Counting(), tmp_path).encode(["c", "a b"])
    assert Counting.calls == 2 and np.array_equal(again, first[[1, 0]])


def test_rerank_mode_in_the_evaluation(tmp_path: Path) -> None:
    from checker.eval_retrieval import evaluate

    targets = tmp_path / "t.jsonl"
    targets.write_text("".join(json.dumps({"id": str(i), "claim": d, "title": ""}) + "\n" for i, d in enumerate(DOCS)))
    queries = tmp_path / "q.jsonl"
    queries.write_text("".join(json.dumps({"id": str(i), "query": q, "target_claim_id": str(i), "split": "dev"}) + "\n"
                               for i, q in enumerate(["Ohio jobless rate 3.5 percent", "Dayton council parks"])))
    result = evaluate(queries, targets, encoder=FakeEncoder(), mode="rerank", model=load_model())
    assert result["queries"] == 2 and result["map@5"] == pytest.approx(1.0)
    with pytest.raises(ValueError, match="model"):
        evaluate(queries, targets, encoder=FakeEncoder(), mode="rerank")


def test_learned_search_on_the_reference_facts(encoder: SentenceTransformerEncoder, real_checker: Checker) -> None:
    """Real model, real FAISS store, real BM25, short queries unlike the training tweets: "Kim Koo birth" shares
    every word with a fact about a visit that mentions the birth (cosine 0.48); without clipping, overlap
    features far outside their training range put that fact above the birth fact (cosine 0.79)."""
    learned = Checker(encoder, real_checker.stores, real_checker.settings, reranker=load_model())
    cases = (("Kim Koo birth", "kim-koo-birth-1876"), ("KCCI chairman", "lee-jm-2026-business-delegation"))
    for query, expected in cases:
        found = learned.search_facts(query, limit=3)
        assert found[0].fact.id == expected, [e.fact.id for e in found]
        rrf = {e.fact.id: e.similarity for e in real_checker.search_facts(query, limit=POOL)}
        assert all(e.similarity == pytest.approx(rrf[e.fact.id], abs=1e-5) for e in found if e.fact.id in rrf)


def test_build_checker_switch(fake_encoder: FakeEncoder, tmp_path: Path) -> None:
    """CHECKER_RERANK=on loads the committed artifact; off (or a bad value) does not."""
    from checker.errors import InvalidInput
    from checker.pipeline import build_checker

    def settings(rerank: str) -> Settings:
        return Settings.from_env({"CHECKER_RERANK": rerank}, data_dir=str(tmp_path), verifier="off", worthiness="off")

    loaded, committed = build_checker(settings("on"), encoder=fake_encoder).reranker, load_model()
    assert loaded is not None and committed is not None and np.array_equal(loaded.coef, committed.coef)
    assert build_checker(settings("off"), encoder=fake_encoder).reranker is None
    with pytest.raises(InvalidInput, match="rerank"):
        settings("maybe")
