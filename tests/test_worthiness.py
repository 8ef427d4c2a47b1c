"""Check-worthiness: cues, artifact format, metrics, and the shipped scorer on hand-made sentences."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from checker.eval_checkworthy import (average_precision, class_averaged_f1, evaluate, genre_of,
                                      precision_recall_f1, was_trained_on)
from checker.errors import CheckerError
from checker.train_worthiness import save
from checker.worthiness import (
    DEFAULT_MODEL_PATH,
    TUNED_SUFFIX,
    WorthinessScorer,
    apply_head,
    load_artifact,
    pooled_layers,
)
from checker.worthiness_heads import fit_head, predict
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
    from sklearn.metrics import f1_score

    gold, pred = [True, True, False, False, False], [True, False, True, False, False]
    macro, weighted = class_averaged_f1(gold, pred)
    assert macro == pytest.approx(f1_score(gold, pred, average="macro"))
    assert weighted == pytest.approx(f1_score(gold, pred, average="weighted"))


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
    assert meta["head_features"]["debate"] == "tuned"  # news and debate read the fine-tuned layers


def test_shipped_fine_tuned_layers_are_the_pooled_ones_fp16_under_25_mb() -> None:
    """The first four MiniLM layers are fine-tuned and the last of them pooled; the file holds exactly those."""
    from safetensors import safe_open

    meta, _ = load_artifact(DEFAULT_MODEL_PATH)
    assert pooled_layers(meta, "tuned") == (4,) == pooled_layers(meta, "base")
    path = DEFAULT_MODEL_PATH.parent / meta["tuned_layers"]
    assert path.name == DEFAULT_MODEL_PATH.stem + TUNED_SUFFIX and path.stat().st_size < 25 * 1024 * 1024
    with safe_open(str(path), framework="np") as tensors:  # safetensors: no pickle
        names = list(tensors.keys())
        assert {tensors.get_tensor(n).dtype for n in names} == {np.dtype(np.float16)}
    assert {n.split(".")[2] for n in names} == {"0", "1", "2", "3"}
    assert not any("embeddings" in n for n in names)  # those come from the shipped package


def test_an_artifact_without_tuned_pool_reads_its_one_layer() -> None:
    """Artifacts written before ``tuned_pool`` pooled ``layer`` for both kinds of states."""
    old = {"layer": 4, "max_length": 96}
    assert pooled_layers(old, "tuned") == (4,) == pooled_layers(old, "base")
    assert pooled_layers(old | {"tuned_pool": [5, 6]}, "tuned") == (5, 6)


def test_a_missing_fine_tuned_file_is_a_clear_error(tmp_path: Path) -> None:
    meta, arrays = load_artifact(DEFAULT_MODEL_PATH)
    heads = {name: {key.split(".", 1)[1]: value for key, value in arrays.items() if key.startswith(name + ".")}
             for name in {key.split(".", 1)[0] for key in arrays}}
    save(tmp_path / "w.npz", meta, heads)
    with pytest.raises(CheckerError, match="fine-tuned layers"):
        WorthinessScorer(tmp_path / "w.npz").threshold()


@pytest.fixture(scope="module")
def scorer(worthiness: WorthinessScorer) -> WorthinessScorer:
    return worthiness


def test_fact_outranks_opinion_in_every_genre(scorer: WorthinessScorer) -> None:
    for genre in ("news", "debate", "tweet"):
        fact, opinion = scorer.score([FACT, OPINION], genre=genre)
        assert fact > opinion, genre
    fact, opinion = scorer.score([FACT, OPINION])
    assert fact >= scorer.THRESHOLD > opinion


def test_boilerplate_with_links_and_handles_is_not_check_worthy(scorer: WorthinessScorer) -> None:
    """News pages end with contact lines; ClaimBuster has no URLs or handles, so their cues must not decide."""
    lines = ["(If you want to contribute and have specific expertise, please contact us at opinions@example.com.)",
             "Follow @example_opinions on X, formerly Twitter, to discover the latest commentaries.",
             "Read more at https://example.com/news!"]
    assert np.all(scorer.score(lines) < scorer.THRESHOLD)


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
    assert result["ap"] == 1.0 and result["n"] == 2 and result["f1"] == 1.0 and result["macro_f1"] == 1.0
