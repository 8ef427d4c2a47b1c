"""Check-worthiness: cues, artifact format, metrics, and the shipped scorer on hand-made sentences."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from checker.eval_checkworthy import average_precision, evaluate, genre_of, precision_recall_f1, was_trained_on
from checker.train_worthiness import fit_head, predict, save
from checker.worthiness import DEFAULT_MODEL_PATH, WorthinessScorer, apply_head, load_artifact
from checker.worthiness_cues import FEATURE_NAMES, feature_matrix

FACT = "The unemployment rate fell to 3.5 percent in 2019."
OPINION = "I think we should all be kinder."


def cues(text: str) -> dict[str, float]:
    return dict(zip(FEATURE_NAMES, feature_matrix([text])[0].tolist()))


def test_cues_see_what_the_sentence_says() -> None:
    fact, opinion = cues(FACT), cues(OPINION)
    assert fact["number"] > 0 and fact["percent"] > 0 and fact["year"] > 0 and fact["quantity_change"] > 0
    assert opinion["opinion"] > 0 and opinion["modal"] > 0 and opinion["first_sing"] > 0 and opinion["number"] == 0
    assert cues("Will you?")["question"] > 0 and cues("Will you?")["future"] > 0
    assert cues("Senator John Smith said so.")["capitalised_run"] > 0
    assert feature_matrix([]).shape == (0, len(FEATURE_NAMES))


def test_metrics_toy_values() -> None:
    assert precision_recall_f1([True, True, False, False], [True, False, True, False]) == (0.5, 0.5, 0.5)
    assert precision_recall_f1([False], [False]) == (0.0, 0.0, 0.0)
    assert average_precision([True, False, True], [0.9, 0.8, 0.7]) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([False, True], [0.9, 0.1]) == pytest.approx(0.5)
    assert average_precision([False, False], [0.9, 0.1]) == 0.0


def test_artifact_round_trip_without_pickle(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    pooled, cue_rows = rng.normal(size=(60, 8)), rng.normal(size=(60, len(FEATURE_NAMES)))
    y = pooled[:, 0] > 0
    head = fit_head(np.hstack([pooled, cue_rows]), y, 1.0)
    meta = {"layer": 4, "max_length": 256, "thresholds": {"news": 0.4}, "genre_heads": {"news": ["h"]}}
    save(tmp_path / "m.npz", meta, {"h": head})
    loaded_meta, arrays = load_artifact(tmp_path / "m.npz")
    assert loaded_meta == meta
    expected = predict(head, np.hstack([pooled, cue_rows]))
    assert np.allclose(apply_head(arrays, "h", pooled, cue_rows), expected, atol=1e-4)


def test_split_rule_and_genres() -> None:
    assert genre_of({"source": "claimbuster"}) == "debate" and genre_of({"source": "clef2020-task1"}) == "tweet"
    assert genre_of({}) == "news"
    assert was_trained_on({"id": "x", "split": "train", "source": "clef2020-task1"})
    assert not was_trained_on({"id": "x", "split": "test", "source": "claimbuster"})


def test_shipped_artifact_is_small_and_safe() -> None:
    assert DEFAULT_MODEL_PATH.stat().st_size < 5 * 1024 * 1024
    meta, arrays = load_artifact(DEFAULT_MODEL_PATH)
    assert set(meta["genre_heads"]) == {"news", "debate", "tweet"}
    assert all(0.0 < t < 1.0 for t in meta["thresholds"].values())
    assert all(a.dtype == np.float32 for a in arrays.values())


@pytest.fixture(scope="module")
def scorer(worthiness: WorthinessScorer) -> WorthinessScorer:
    return worthiness


def test_fact_outranks_opinion_in_every_genre(scorer: WorthinessScorer) -> None:
    for genre in ("news", "debate", "tweet"):
        fact, opinion = scorer.score([FACT, OPINION], genre=genre)
        assert fact > opinion, genre
    fact, opinion = scorer.score([FACT, OPINION])
    assert fact >= scorer.THRESHOLD > opinion


def test_scores_are_probabilities(scorer: WorthinessScorer) -> None:
    scores = scorer.score(["", "?", "Hello!", FACT * 20, "#covid19 @who https://t.co/x 😷"])
    assert scores.shape == (5,) and np.all((scores >= 0) & (scores <= 1))
    assert scorer.score([]).shape == (0,)
    with pytest.raises(ValueError):
        scorer.score([FACT], genre="poetry")


def test_evaluate_on_tiny_file(scorer: WorthinessScorer, tmp_path: Path) -> None:
    rows = [{"id": "1", "sentence": FACT, "checkworthy": True, "split": "test", "source": "news"},
            {"id": "2", "sentence": OPINION, "checkworthy": False, "split": "test", "source": "news"}]
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = evaluate([path], scorer=scorer)["tiny.jsonl"]
    assert result["ap"] == 1.0 and result["n"] == 2 and result["f1"] == 1.0
