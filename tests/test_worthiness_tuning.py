"""Fine-tuning the check-worthiness MiniLM: what training saves is what the scorer runs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from checker.layer_pooler import LayerPooler
from checker.worthiness_cues import feature_matrix
from checker.worthiness_heads import predict
from checker.worthiness_tuning import TuningConfig, WorthinessTuner

FACTS = ["Unemployment fell to 3.5 percent in 2019.", "The deficit doubled to $1.4 trillion last year.",
         "Exports rose 5% in 2024, the ministry said.", "Crime dropped by a third between 1990 and 2000."]
OPINIONS = ["I think we should all be kinder.", "What a wonderful day for all of us!",
            "We must do better.", "Thank you so much, it is great to be here."]


@pytest.fixture(scope="module")
def tuned(tmp_path_factory: pytest.TempPathFactory) -> tuple[WorthinessTuner, Path, list]:
    texts = FACTS + OPINIONS
    y = np.array([True] * 4 + [False] * 4)
    cues = feature_matrix(texts)
    tuner = WorthinessTuner(TuningConfig(epochs=2, batch_size=4, lr=1e-4), cues.mean(0), cues.std(0) + 1e-6)
    items = tuner.embed(texts, cues)
    history = tuner.fit(items, y, items, y)
    assert [h["epoch"] for h in history] == [1, 2]
    path = tmp_path_factory.mktemp("tuned") / "w-layers.safetensors"
    tuner.save_layers(path)
    return tuner, path, items


def test_saved_layers_give_the_scorer_the_trained_states_and_logits(tuned) -> None:  # type: ignore[no-untyped-def]
    tuner, path, items = tuned
    logits, pooled = tuner.predict(items)
    pool, length = tuner.config.pool, tuner.config.max_length
    got = np.mean(LayerPooler(pool, max_length=length, tuned=path).pool(FACTS + OPINIONS), axis=0)
    assert np.abs(got - pooled).max() < 0.02  # fp16 storage of the weights
    base = np.mean(LayerPooler(pool, max_length=length).pool(FACTS + OPINIONS), axis=0)
    assert np.abs(base - pooled).max() > 0.05  # the fine-tuned weights were really laid over the base
    head = tuner.head_arrays()
    scores = predict(head, np.hstack([got, feature_matrix(FACTS + OPINIONS)]))
    assert np.allclose(np.log(scores / (1 - scores)), logits, atol=0.05)


def test_a_cue_unseen_in_training_cannot_decide_a_score(tuned) -> None:  # type: ignore[no-untyped-def]
    """The training sentences have no URL, handle or emoji: those cues keep weight 0 and scale 1, so a
    sentence with one is scored on what else it says (a tiny scale once made such a line score 1.0)."""
    tuner, _, _ = tuned
    head, constant = tuner.head_arrays(), feature_matrix(FACTS + OPINIONS).std(0) == 0
    assert constant.sum() >= 3
    assert np.all(head["coef"][384:][constant] == 0) and np.all(head["scale"][384:][constant] == 1)


@pytest.mark.parametrize("runtime", ["openvino-f32", "openvino-bf16"])
def test_fine_tuned_layers_on_openvino_match_torch(tuned, runtime: str) -> None:  # type: ignore[no-untyped-def]
    tuner, path, _ = tuned
    tmp_path, pool = path.parent, tuner.config.pool  # one data folder: the graph is exported once for both runtimes
    reference = LayerPooler(pool, max_length=96, tuned=path).pool(FACTS + OPINIONS)[-1]
    fast = LayerPooler(pool, max_length=96, tuned=path, runtime=runtime, data_dir=str(tmp_path)).pool(
        FACTS + OPINIONS)[-1]
    cosine = (reference * fast).sum(1) / np.linalg.norm(reference, axis=1) / np.linalg.norm(fast, axis=1)
    assert cosine.min() > 0.999
    graphs = [p.name for p in (tmp_path / "models").glob("*.onnx")]
    assert len(graphs) == 1 and "-tuned-" in graphs[0]  # the graph's name changes with the fine-tuned weights


def test_a_file_of_other_tensors_is_refused(tmp_path: Path) -> None:
    import torch
    from safetensors.torch import save_file

    save_file({"encoder.layer.0.output.dense.weight": torch.zeros(384, 1536, dtype=torch.float16)},
              str(tmp_path / "bad.safetensors"))
    with pytest.raises(RuntimeError, match="do not match"):
        LayerPooler((4,), tuned=tmp_path / "bad.safetensors").pool(["x"])


def test_fewer_layers_than_the_tuned_file_holds_are_refused(tuned) -> None:  # type: ignore[no-untyped-def]
    """A pooler built for fewer layers than were fine-tuned (a stale artifact's metadata) fails loudly."""
    tuner, path, _ = tuned
    with pytest.raises(RuntimeError, match="do not match"):
        LayerPooler((tuner.config.layers - 1,), tuned=path).pool(["x"])
