"""Evaluation metrics and file handling on tiny hand-made verification files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.evaluate import format_summary, is_global, read_jsonl, run_file, select, store_facts, summarize
from checker.validation_split import validation_mask
from checker.verifier import DATASET_LABELS

PAIRWISE = [
    {"id": "1", "claim": "A has 3 moons.", "label": "SUPPORTED", "evidence": ["A has 3 moons."]},
    {"id": "2", "claim": "B has 5 moons.", "label": "SUPPORTED", "evidence": ["B has 5 moons."]},
    {"id": "3", "claim": "C has 2 moons.", "label": "REFUTED", "evidence": ["C has 4 moons."]},
    {"id": "4", "claim": "D has 9 moons.", "label": "REFUTED", "evidence": ["D has 1 moon."]},
    {"id": "5", "claim": "E has rings.", "label": "NEI", "evidence": ["E is far away."]},
]
# what a fake checker answers per claim: 1 right, 1 wrong supported; 1 right, 1 missed contradicted; NEI wrong
ANSWERS = {"A has 3 moons.": "supported", "B has 5 moons.": "needs_review", "C has 2 moons.": "contradicted",
           "D has 9 moons.": "supported", "E has rings.": "contradicted"}


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_summarize_counts_precision_recall_and_coverage() -> None:
    gold = ["supported", "supported", "contradicted", "contradicted", "needs_review"]
    pred = ["supported", "needs_review", "contradicted", "supported", "not_checkable"]
    s = summarize(gold, pred)
    assert s["confusion"]["matrix"] == [[1, 0, 1], [1, 1, 0], [0, 0, 1]]
    assert s["per_verdict"]["supported"] == {"precision": 0.5, "recall": 0.5, "predicted": 2, "gold": 2}
    assert s["per_verdict"]["contradicted"]["precision"] == 1.0
    assert s["per_verdict"]["contradicted"]["recall"] == 0.5
    assert s["coverage"] == pytest.approx(0.6)
    assert s["accuracy"] == pytest.approx(0.6)
    assert "confusion" in format_summary("tiny", s)


def test_summarize_empty_prediction_class_has_no_precision() -> None:
    s = summarize(["supported"], ["needs_review"])
    assert s["per_verdict"]["supported"]["precision"] is None and s["coverage"] == 0.0


def test_pairwise_file_passes_each_records_evidence(tmp_path: Path) -> None:
    records = read_jsonl(_write(tmp_path / "tiny.jsonl", PAIRWISE))
    calls: list[tuple[list[str], list[str] | None]] = []

    def check(claims: list[str], evidence: list[str] | None) -> list[str]:
        calls.append((claims, evidence))
        return [ANSWERS[c] for c in claims]

    pred = run_file(records, check)
    assert not is_global(records)
    assert calls[2] == (["C has 2 moons."], ["C has 4 moons."])
    s = summarize([DATASET_LABELS[r["label"]] for r in records], pred)
    assert s["per_verdict"]["supported"]["precision"] == 0.5
    assert s["per_verdict"]["contradicted"] == {"precision": 0.5, "recall": 0.5, "predicted": 2, "gold": 2}
    assert s["coverage"] == pytest.approx(0.8)


def test_global_file_dedupes_facts_and_batches_claims(tmp_path: Path) -> None:
    records = [{"id": str(i), "claim": f"claim {i}", "label": "SUPPORTED", "evidence": ["s1", f"s{i + 2}"],
                "evidence_ids": ["Page:1", f"Page:{i + 2}"], "evidence_labels": ["NEI", "SUPPORTED"]}
               for i in range(20)]
    records = read_jsonl(_write(tmp_path / "global.jsonl", records))
    assert is_global(records)
    facts = store_facts(records)
    assert len(facts) == 21 and facts[0] == {"id": "Page:1", "text": "s1", "source": "Wikipedia: Page"}
    seen: list[int] = []

    def check(claims: list[str], evidence: list[str] | None) -> list[str]:
        assert evidence is None
        seen.append(len(claims))
        return ["supported"] * len(claims)

    assert run_file(records, check, batch=8) == ["supported"] * 20 and seen == [8, 8, 4]


def test_validation_only_uses_the_training_split(tmp_path: Path) -> None:
    records = [{"id": str(i), "claim": f"Claim {i // 3}", "label": "NEI", "evidence": ["e"]} for i in range(300)]
    chosen = select(records, validation_only=True, limit=0)
    expected = [r for r, v in zip(records, validation_mask(records)) if v]
    assert chosen == expected and 0 < len(chosen) < len(records)
    assert select(records, validation_only=False, limit=7) == records[:7]


def test_main_runs_the_real_pipeline_and_writes_a_report(tmp_path: Path) -> None:
    from checker.evaluate import main

    pairwise = _write(tmp_path / "pairs.jsonl", PAIRWISE[:3])
    glob = _write(tmp_path / "store.jsonl", [
        {"id": "g1", "claim": "Mount Everest is 8,849 metres high.", "label": "SUPPORTED",
         "evidence": ["Mount Everest is 8,849 metres high.", "K2 is in Pakistan."],
         "evidence_ids": ["Everest:1", "K2:1"], "evidence_labels": ["SUPPORTED", "NEI"]},
        {"id": "g2", "claim": "K2 is in Chile.", "label": "REFUTED", "evidence": ["K2 is in Pakistan."],
         "evidence_ids": ["K2:1"], "evidence_labels": ["REFUTED"]}])
    out = tmp_path / "report.json"
    report = main([str(pairwise), str(glob), "--json-out", str(out), "--published", "2024-05-01"])
    assert json.loads(out.read_text(encoding="utf-8")) == report
    assert report["files"]["pairs"]["n"] == 3 and report["files"]["pairs"]["mode"] == "pairwise"
    assert report["files"]["store"]["mode"] == "global_store"
    assert sum(map(sum, report["files"]["store"]["confusion"]["matrix"])) == 2
