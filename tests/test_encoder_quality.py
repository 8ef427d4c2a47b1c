"""Quality guard for the fast encoder backends (real model): same vectors within 0.99 cosine, same verdicts."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from checker.claims import extract_claims
from checker.embedding import SentenceTransformerEncoder, default_model_path
from checker.pipeline import Checker
from checker.publish import StoreManager
from checker.settings import ROOT, Settings

from test_verdict_real import PERTURBED, PUBLISHED, TRUE_CLAIMS

DEV_SET = ROOT.parent / "shared" / "eval" / "verification" / "vitaminc_real_dev.jsonl"
FAST = ["bf16", "onnx-fp32", "onnx-int8", "onnx-int8s", "openvino-bf16", "openvino-f32"]
# onnx-int8 passes the cosine guard (mean 0.991) but moves similarities by up to ~0.05, which flips a
# borderline verdict on the example article and 1 in 100 on the dev sample: it is opt-in, not guarded here.
# onnx-int8s (static scales) is closer (mean 0.998, similarities within ~0.025) but still flips a claim of the
# example that sits within 0.01 of a threshold: opt-in too, though its vectors do not depend on the batch.
VERDICT_SAFE = ["bf16", "onnx-fp32", "openvino-bf16", "openvino-f32"]
BATCH_INDEPENDENT = VERDICT_SAFE + ["onnx-int8s"]
DEFAULT = Settings.defaults().encoder_backend


@pytest.fixture(scope="session")
def fast_encoders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, SentenceTransformerEncoder]:
    data = tmp_path_factory.mktemp("models")
    encoders = {b: SentenceTransformerEncoder(backend=b, data_dir=str(data)) for b in FAST}
    for enc in encoders.values():
        enc.warm_up()
    return encoders


class FastCheckers(dict):
    """Each backend with a store it built itself, as production does; built on first use."""

    def __init__(self, encoders, reference: Checker, tmp) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.encoders, self.reference, self.settings, self.tmp = encoders, reference, reference.settings, tmp

    def __missing__(self, name: str) -> Checker:
        manager = StoreManager(self.tmp.mktemp(f"store-{name}"), self.settings.reference, self.encoders[name])
        manager.ensure()
        # the same verifier and worthiness scorer as the reference checker: only the encoder differs
        self[name] = Checker(self.encoders[name], manager, self.settings, verifier=self.reference.verifier,
                             worthiness=self.reference.worthiness)
        return self[name]


@pytest.fixture(scope="session")
def fast_checkers(fast_encoders, real_checker: Checker, tmp_path_factory) -> FastCheckers:  # type: ignore[no-untyped-def]
    return FastCheckers(fast_encoders, real_checker, tmp_path_factory)


def test_default_backend_is_guarded() -> None:
    assert DEFAULT in VERDICT_SAFE


def _dev_records(n: int = 100) -> list[dict]:
    if not DEV_SET.exists():
        pytest.skip(f"dev set not found at {DEV_SET}")
    lines = DEV_SET.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:: max(1, len(lines) // n)][:n]]


@pytest.mark.parametrize("backend", FAST)
def test_fast_vectors_match_fp32(backend: str, fast_encoders, encoder, example_text: str) -> None:  # type: ignore[no-untyped-def]
    sentences = [c.text for c in extract_claims(example_text)] + TRUE_CLAIMS + PERTURBED
    sentences += [r["claim"] for r in _dev_records(100)]
    cosines = np.sum(fast_encoders[backend].encode(sentences) * encoder.encode(sentences), axis=1)
    assert cosines.mean() >= 0.99 and cosines.min() >= 0.95


@pytest.mark.parametrize("backend", BATCH_INDEPENDENT)
def test_a_sentence_gets_the_same_vector_alone_or_in_a_batch(backend: str, fast_encoders, example_text: str) -> None:  # type: ignore[no-untyped-def]
    """A claim's vector must not depend on the other texts of its request (or of the micro-batch it joins).
    Dynamic int8 fails this: activations share one scale per batch, so the same sentence moved to cosine 0.983
    between alone and with the example's other claims, and a claim's verdict changed with its neighbours."""
    sentences = [c.text for c in extract_claims(example_text)]
    batcher = fast_encoders[backend].batcher  # below the text cache
    alone = np.vstack([batcher.encode([s]) for s in sentences])
    assert np.sum(alone * batcher.encode(sentences), axis=1).min() > 0.9999


def test_static_int8_graph_has_no_run_time_scales(fast_encoders) -> None:  # type: ignore[no-untyped-def]
    """onnx-int8s: every MatMul (Q/K/V projections included) reads int8 tensors with stored scales; no op picks
    a scale from the batch at run time, and no fused Attention keeps an fp32 projection."""
    import onnx

    from checker.onnx_export import onnx_model_path

    path = onnx_model_path(default_model_path(), fast_encoders["onnx-int8s"].data_dir, "int8s")
    nodes = onnx.load(str(path)).graph.node
    producer = {out: n.op_type for n in nodes for out in n.output}
    matmuls = [n for n in nodes if n.op_type == "MatMul"]
    assert matmuls and all(producer.get(i) == "DequantizeLinear" for n in matmuls for i in n.input)
    dynamic_or_fused = {"DynamicQuantizeLinear", "DynamicQuantizeMatMul", "MatMulInteger", "Attention"}
    assert not dynamic_or_fused & {n.op_type for n in nodes}


def test_unknown_onnx_graph_kind_is_refused(tmp_path: Path) -> None:
    from checker.onnx_export import ensure_onnx_model

    with pytest.raises(ValueError, match="int4"):
        ensure_onnx_model(default_model_path(), tmp_path, kind="int4")


def test_fp32_backend_equals_sentence_transformers(encoder, example_text: str) -> None:  # type: ignore[no-untyped-def]
    from sentence_transformers import SentenceTransformer

    sentences = [c.text for c in extract_claims(example_text)]
    reference = SentenceTransformer(default_model_path(), device="cpu").encode(sentences, normalize_embeddings=True)
    assert np.sum(encoder.encode(sentences) * reference, axis=1).min() > 0.9999


def _verdicts(result) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Claim by claim verdicts; the reason of a needs_review claim may differ (e.g. low_similarity versus
    entity_mismatch for a claim near the match threshold), a supported/contradicted one's may not."""
    return [(c.claim.text, c.verdict, "" if c.verdict == "needs_review" else c.reason.code) for c in result.claims]


@pytest.mark.parametrize("backend", VERDICT_SAFE)
def test_verdicts_unchanged_on_the_example(backend: str, fast_checkers, real_checker: Checker,  # type: ignore[no-untyped-def]
                                           example_text: str) -> None:
    fast = fast_checkers[backend].check(example_text, published=PUBLISHED)
    assert _verdicts(fast) == _verdicts(real_checker.check(example_text, published=PUBLISHED))
    claims = TRUE_CLAIMS + PERTURBED
    fast = fast_checkers[backend].check_claims(claims, published=PUBLISHED)
    assert _verdicts(fast) == _verdicts(real_checker.check_claims(claims, published=PUBLISHED))


def test_verdicts_unchanged_on_a_dev_sample(fast_checkers, real_checker: Checker) -> None:  # type: ignore[no-untyped-def]
    """100 VitaminC claims, each against its own evidence, with the default backend."""
    backend, changed, records = DEFAULT, [], _dev_records(100)
    texts = [t for r in records for t in [r["claim"], *r["evidence"][:20]]]
    for checker in (real_checker, fast_checkers[backend]):  # one batch each; the checks below hit the cache
        checker.encoder.encode(texts)
    for record in records:
        args = dict(published=PUBLISHED, evidence=record["evidence"][:20])
        want = real_checker.check_claims([record["claim"]], **args)
        got = fast_checkers[backend].check_claims([record["claim"]], **args)
        if _verdicts(got) != _verdicts(want):
            changed.append((record["id"], _verdicts(want), _verdicts(got)))
    assert changed == []


def test_creating_the_app_loads_no_model_in_the_master() -> None:
    code = ("import sys, app; a = app.create_app(); "
            "print('torch' in sys.modules, 'onnxruntime' in sys.modules, 'openvino' in sys.modules, "
            "a.extensions['checker'].ready)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"CHECKER_DATA_DIR": str(Path("/nonexistent")), "PATH": ""}).stdout
    assert out.split() == ["False", "False", "False", "False"]
