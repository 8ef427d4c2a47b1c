"""OpenVINO runtime for the verifier and check-worthiness MiniLMs: same answers as torch, thread-safe."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from checker.errors import InvalidInput
from checker.ovrun import check_runtime, from_torch, precision_for
from checker.settings import ROOT
from checker.settings import Settings
from checker.verifier import LABELS, TrainedVerifier, decide
from checker.layer_pooler import LayerPooler
from checker.worthiness import WorthinessScorer

PAIRS = [
    ("Kim Koo was born in 1876.", "Kim Koo (born August 29, 1876) was a Korean independence activist."),
    ("Kim Koo was born in 1886.", "Kim Koo (born August 29, 1876) was a Korean independence activist."),
    ("The film grossed $20 million.", "The film earned more than $20 million at the box office."),
    ("The film grossed $90 million.", "The film earned about $20 million at the box office."),
    ("Paris is the capital of France.", "The Eiffel Tower was completed in 1889."),
    ("Exports rose 5% in 2024.", "Exports fell by five percent in 2024, the ministry said."),
]
SENTENCES = ["Unemployment fell to 3.5 percent in 2019.", "I think this is a wonderful day for all of us.",
             "China and the ROK established diplomatic relations on August 24, 1992.", "What a time to be alive!"]


@pytest.fixture(scope="module")
def torch_verifier() -> TrainedVerifier:
    model = TrainedVerifier(runtime="torch")
    model.warm_up()
    return model


def test_unknown_runtime_is_refused() -> None:
    with pytest.raises(InvalidInput, match="openvino-bf16"):
        check_runtime("cuda")
    with pytest.raises(InvalidInput, match="unknown model runtime"):
        Settings.from_env({"CHECKER_MODEL_RUNTIME": "gpu"})
    with pytest.raises(InvalidInput):
        TrainedVerifier(runtime="fp8")


def test_bf16_falls_back_to_f32_on_a_cpu_without_it(caplog: pytest.LogCaptureFixture) -> None:
    assert precision_for("openvino-bf16", ["FP32", "BF16", "INT8"]) == "bf16"
    assert precision_for("openvino-bf16", ["FP32", "INT8"]) == "f32"
    assert "no bf16 arithmetic" in caplog.text
    assert precision_for("openvino-f32", ["FP32", "BF16"]) == "f32"


@pytest.mark.parametrize("runtime, tolerance", [("openvino-f32", 1e-4), ("openvino-bf16", 0.03)])
def test_verifier_on_openvino_matches_torch(runtime: str, tolerance: float, torch_verifier) -> None:  # type: ignore[no-untyped-def]
    want = torch_verifier.predict(PAIRS)
    model = TrainedVerifier(runtime=runtime)
    got = model.predict(PAIRS)
    for a, b in zip(want, got):
        assert max(abs(a[k] - b[k]) for k in LABELS) < tolerance
        assert max(a, key=a.get) == max(b, key=b.get)
        assert abs(sum(b.values()) - 1.0) < 1e-6
    assert [decide(p, model.thresholds, "suggest") for p in got] == \
        [decide(p, torch_verifier.thresholds, "suggest") for p in want]


@pytest.mark.parametrize("runtime", ["openvino-bf16", "openvino-f32"])
def test_worthiness_on_openvino_matches_torch(runtime: str) -> None:
    reference, fast = LayerPooler((4,), runtime="torch"), LayerPooler((4,), runtime=runtime)
    a, b = reference.pool(SENTENCES)[0], fast.pool(SENTENCES)[0]
    cosine = (a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)
    assert cosine.min() > 0.999
    torch_scores = WorthinessScorer(runtime="torch").score(SENTENCES)
    scores = WorthinessScorer(runtime=runtime).score(SENTENCES)
    assert np.abs(torch_scores - scores).max() < 0.03
    assert scores[0] > 0.5 > scores[1]


def test_two_layers_are_pooled_side_by_side() -> None:
    pooler = LayerPooler((2, 4), runtime="openvino-f32")
    two, four = pooler.pool(SENTENCES[:2])
    reference = LayerPooler((2, 4), runtime="torch").pool(SENTENCES[:2])
    assert two.shape == four.shape == (2, 384)
    assert np.allclose(two, reference[0], atol=1e-3) and np.allclose(four, reference[1], atol=1e-3)
    assert not np.allclose(two, four)


def test_one_model_answers_many_threads_at_once(verifier: TrainedVerifier) -> None:
    """Each thread gets its own infer request; answers equal the single-threaded ones."""
    want = verifier._predict(PAIRS)
    results: list[object] = [None] * 8
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            results[i] = [verifier._predict(PAIRS) for _ in range(3)][-1]
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for got in results:
        assert got == want


def test_a_graph_is_exported_once_per_data_folder(tmp_path: Path) -> None:
    """Workers after the first read the graph; they neither build nor trace the torch module again."""
    import torch

    built: list[int] = []

    def factory() -> torch.nn.Module:
        built.append(1)
        return torch.nn.Linear(3, 2)

    example = {"x": np.ones((2, 3), dtype=np.float32)}
    first = from_torch(factory, example, name="probe", data_dir=str(tmp_path), runtime="openvino-f32", threads=1)
    second = from_torch(factory, example, name="probe", data_dir=str(tmp_path), runtime="openvino-f32", threads=1)
    rows = np.arange(15, dtype=np.float32).reshape(5, 3)  # another batch size than the example's
    assert built == [1]
    assert np.allclose(first({"x": rows}), second({"x": rows}))
    assert first({"x": rows}).shape == (5, 2)
    assert [p.name for p in (tmp_path / "models").iterdir() if p.suffix == ".onnx"] == ["probe.onnx"]


def test_openvino_sends_no_telemetry(tmp_path: Path) -> None:
    """``import openvino`` would record a usage event (and write ~/intel); the service stays offline."""
    code = ("import sys, numpy as np; from checker.ovrun import from_onnx; "
            "from checker.embedding import default_model_path; from checker.onnx_export import ensure_onnx_model; "
            "m = from_onnx(ensure_onnx_model(default_model_path(), sys.argv[1]), runtime='openvino-bf16', threads=1); "
            "ids = np.array([[101, 7592, 102]]); "
            "m({'input_ids': ids, 'attention_mask': ids * 0 + 1, 'token_type_ids': ids * 0}); "
            "print(sys.modules['openvino.tools.ovc.telemetry_utils'].tm.__name__)")
    env = {**os.environ, "HOME": str(tmp_path), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "instance")], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=env).stdout
    assert out.split()[-1] == "openvino.tools.ovc.telemetry_stub"
    assert not (tmp_path / "intel").exists()


def test_the_pair_tokenizer_matches_transformers() -> None:
    """The verifier tokenizes with ``tokenizers`` directly, exactly as transformers' wrapper did in training."""
    from transformers import AutoTokenizer

    from checker.embedding import default_model_path
    from checker.encoder_backends import load_tokenizer, pad

    pairs = PAIRS + [("A short claim.", " ".join(["evidence"] * 300)), (" ".join(["claim"] * 200), "Short.")]
    hf = AutoTokenizer.from_pretrained(default_model_path())
    want = hf([c for c, _ in pairs], [e for _, e in pairs], truncation=True, max_length=128, padding=True,
              return_tensors="np")
    tokenizer, _ = load_tokenizer(default_model_path(), 128)
    got = pad(tokenizer.encode_batch(pairs))
    for key in ("input_ids", "attention_mask", "token_type_ids"):
        assert np.array_equal(want[key], got[key]), key
    assert got["input_ids"].shape[1] == 128 and got["token_type_ids"][0].max() == 1


def test_a_worker_on_openvino_never_imports_torch(tmp_path: Path) -> None:
    """`checker index ensure` (run before gunicorn starts) builds every graph; a worker then loads OpenVINO and
    tokenizers only (torch and transformers would add ~210 MB to each worker)."""
    env = {**os.environ, "CHECKER_DATA_DIR": str(tmp_path), "HF_HUB_OFFLINE": "1", "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "checker", "index", "ensure"], check=True, cwd=ROOT, env=env,
                   capture_output=True)
    code = ("import sys; from datetime import date; from checker.pipeline import build_checker; "
            "c = build_checker(); c.warm_up(); "
            "r = c.check('Kim Koo was born on August 29, 1876. I think he was great.', published=date(2026, 1, 4)); "
            "print(r.claims[0].verdict, [m for m in ('torch', 'transformers', 'onnxruntime') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env, capture_output=True,
                         text=True).stdout
    assert out.strip() == "supported []"


FIRST_CALLS = """
import threading
import numpy as np
from checker.ovrun import OvModel, openvino
ov = openvino()
from openvino import opset13 as ops
together = threading.Barrier(8)
class Together:
    # the compiled model, but a new infer request waits (up to 2 s) for the other threads' before its first use
    def __init__(self, compiled):
        self.compiled, self.inputs = compiled, compiled.inputs
    def create_infer_request(self):
        request = self.compiled.create_infer_request()
        try:
            together.wait(timeout=2)
        except threading.BrokenBarrierError:  # the others are not coming: they wait for this call to end
            pass
        return request
def tiny():
    ids = ops.parameter([-1, -1], np.int64, name="input_ids")
    compiled = ov.Core().compile_model(ov.Model([ops.convert(ids, np.float32)], [ids]), "CPU",
                                       {"INFERENCE_NUM_THREADS": 1})
    return OvModel(Together(compiled))
models = [tiny(), tiny()]
def first_call(i):
    ids = np.full((2, 3), i, np.int64)
    assert models[i % 2]({"input_ids": ids}).tolist() == ids.tolist()
threads = [threading.Thread(target=first_call, args=(i,)) for i in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
print("ok")
"""


def test_first_inferences_from_many_threads_at_once_do_not_hang(tmp_path: Path) -> None:
    """Fresh processes in which eight threads make the first calls of two models at the same moment, as a
    gunicorn worker's first requests do. OpenVINO's bindings deadlock there (a C++ static whose initialiser
    lets go of the GIL); without ``ovrun``'s first-use lock about one such process in three hangs for good
    (fewer on a busy box), so three waves of six run. The timeout only tells a hang (for ever) from an answer
    (a few seconds)."""
    env = {**os.environ, "HOME": str(tmp_path), "OMP_NUM_THREADS": "1"}
    outcomes: list[str] = []
    for _ in range(3):
        outcomes += _first_calls_in_fresh_processes(6, env)
        assert "hung" not in outcomes, f"{outcomes.count('hung')} of {len(outcomes)} hung: {outcomes}"
    assert outcomes == ["ok"] * 18, outcomes


def _first_calls_in_fresh_processes(count: int, env: dict[str, str]) -> list[str]:
    """Run FIRST_CALLS in ``count`` processes at once: "ok", the end of its error output, or "hung"."""
    procs = [subprocess.Popen([sys.executable, "-c", FIRST_CALLS], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(count)]
    outcomes, deadline = [], time.monotonic() + 90
    try:
        for proc in procs:
            try:
                out, err = proc.communicate(timeout=max(0.1, deadline - time.monotonic()))
                outcomes.append(out.strip() or err[-300:])
            except subprocess.TimeoutExpired:
                outcomes.append("hung")
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    return outcomes
