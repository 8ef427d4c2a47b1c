"""BM25 keyword index, rank fusion and the retrieval metrics/evaluation (no shared data, fake encoder)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from checker.embedding import FakeEncoder
from checker.eval_retrieval import evaluate
from checker.retrieval_metrics import average_precision_at_k, ranking_metrics, recall_at_k
from checker.keyword import KeywordIndex, clean_text, document_frequency, fuse

DOCS = [
    "The city council approved a new budget for public parks.",
    "Unemployment in Ohio fell to 3.5 percent in 2019.",
    "A photograph shows a shark swimming on a flooded highway.",
    "Vaccines do not cause autism, according to a large study.",
]


def test_exact_term_is_found_first() -> None:
    index = KeywordIndex()
    index.build(DOCS)
    hits = index.search("Ohio unemployment figures", k=3)
    assert hits[0][0] == 1
    assert all(score > 0 for _, score in hits)


def test_stemming_and_no_match() -> None:
    index = KeywordIndex()
    index.build(DOCS)
    assert index.search("sharks swim", k=2)[0][0] == 2
    assert index.search("zyzzyva", k=5) == []
    assert index.search("", k=5) == []
    assert KeywordIndex().search("anything", k=5) == []


def test_add_continues_ids() -> None:
    index = KeywordIndex()
    index.build(DOCS[:2])
    index.add(DOCS[2:] + [""])
    assert len(index) == 5
    assert index.search("autism vaccines", k=1)[0][0] == 3


def test_document_frequency_matches_a_count_over_the_tokens() -> None:
    """Pins the one read of bm25s internals: if bm25s stores its index differently, this fails loudly."""
    index = KeywordIndex()
    index.build(DOCS + ["Parks and parks: the council's parks budget.", ""])
    index.add(["Sharks near the highway, said the council."])
    token_lists = [index.tokens_of(i) for i in range(len(index))]
    vocabulary = {t for tokens in token_lists for t in tokens}
    assert len(vocabulary) > 20
    for token in sorted(vocabulary) + ["zyzzyva"]:
        df = sum(token in tokens for tokens in token_lists)
        assert document_frequency(index._bm25, token) == df, token
        assert index.idf(token) == pytest.approx(math.log(1 + (len(index) - df + 0.5) / (df + 0.5)))
    assert document_frequency(index._bm25, "council") == 3 and document_frequency(index._bm25, "park") == 2
    assert KeywordIndex().idf("council") == pytest.approx(math.log(1 + 0.5 / 0.5))  # empty index: df 0


def test_document_frequency_names_the_cause_when_bm25s_changes() -> None:
    with pytest.raises(RuntimeError, match="bm25s internals changed"):
        document_frequency(object(), "council")


def test_fuse_keeps_either_side_and_is_deterministic() -> None:
    dense = [(0, 0.91), (1, 0.80), (4, 0.70)]
    sparse = [(2, 12.0), (0, 7.5)]
    fused = fuse(dense, sparse, k=10)
    assert {doc for doc, _ in fused} == {0, 1, 2, 4}
    assert fused[0][0] == 0  # found by both sides
    assert fused == fuse(list(dense), list(sparse), k=10)
    assert fuse(dense, sparse, k=2) == fused[:2]
    assert fuse([], [], k=3) == []
    # equal contributions tie; the tie is broken by id, whatever the input order
    assert fuse([(7, 1.0)], [(3, 1.0)], k=2, sparse_weight=1.0) == fuse([(7, 0.5)], [(3, 9.0)], k=2, sparse_weight=1.0)


def test_clean_text() -> None:
    assert clean_text("Wow #CoronaVirus via @WHO https://t.co/x 😷") == "Wow Corona Virus via WHO"


def test_metrics_toy_values() -> None:
    assert average_precision_at_k([5, 1, 2], {1}) == pytest.approx(0.5)
    assert average_precision_at_k([1, 9, 2], {1, 2}) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision_at_k([3, 4, 5, 6, 7, 1], {1}) == 0.0  # outside the top 5
    assert recall_at_k([1, 2], {2}, 1) == 0.0 and recall_at_k([1, 2], {2}, 5) == 1.0
    m = ranking_metrics([[1, 2], [3, 4]], [{1}, {4}])
    assert m == pytest.approx({"map@5": 0.75, "recall@1": 0.5, "recall@5": 1.0})


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_evaluate_on_tiny_files(tmp_path: Path) -> None:
    targets = _write(tmp_path / "t.jsonl", [{"id": str(i), "claim": d, "title": ""} for i, d in enumerate(DOCS)])
    rows = [("Ohio unemployment fell to 3.5 percent", "1", "dev"),
            ("shark on a flooded highway photo #hurricane", "2", "dev"),
            ("council budget parks", "0", "train")]
    queries = _write(tmp_path / "q.jsonl", [
        {"id": str(i), "query": q, "target_claim_id": t, "all_target_claim_ids": [t], "split": s}
        for i, (q, t, s) in enumerate(rows)])
    for mode in ("dense", "bm25", "hybrid"):
        result = evaluate(queries, targets, encoder=FakeEncoder(), mode=mode, split="dev")
        assert result["queries"] == 2 and result["map@5"] == pytest.approx(1.0), mode
        assert result["latency_ms"] >= 0.0
    with pytest.raises(ValueError):
        evaluate(queries, targets, encoder=FakeEncoder(), mode="nope")


def test_added_facts_go_to_a_delta_and_the_base_is_kept() -> None:
    """Adding a fact re-indexes only the facts added since the base, and search still finds both parts."""
    from checker import hybrid
    from checker.domain import Fact

    class Store:  # the two things KeywordIndexes reads from a store version
        def __init__(self, facts: list[Fact]) -> None:
            self.facts = facts

        def info(self) -> object:
            return type("Info", (), {"version": f"{len(self.facts)}-{self.facts[-1].id}"})()

    facts = [Fact(id=f"f{i}", text=f"The bridge at km{i:03d} opened to traffic", source="s") for i in range(50)]
    indexes = hybrid.KeywordIndexes()
    first = indexes.for_store(Store(facts))
    grown = facts + [Fact(id="kcci", text="The KCCI business delegation visited Beijing", source="s")]
    second = indexes.for_store(Store(grown))
    assert second.base is first.base and len(second.delta) == 1
    assert second.search("KCCI delegation", 3)[0][0] == 50  # the delta's row, after the base's rows
    assert second.search("the bridge at km007", 1)[0][0] == 7
    rebuilt = indexes.for_store(Store(list(reversed(grown))))  # not an append: the base is rebuilt
    assert rebuilt.base is not first.base and len(rebuilt.delta) == 0
    big = grown + [Fact(id=f"n{i}", text=f"new fact {i}", source="s") for i in range(hybrid.DELTA_MIN + 1)]
    assert len(indexes.for_store(Store(big)).delta) == 0  # a large delta folds back into the base
