"""Run the MiniLM models on OpenVINO's CPU plugin, in bf16 where the CPU has AVX-512 BF16 or AMX.

An unseen article costs three MiniLM passes (sentence vectors, check-worthiness, the verifier) and they are
nearly all of its time on two cores. OpenVINO fuses a BERT layer into a few kernels and, with the ``bf16``
inference precision, runs its matrix products at twice the fp32 rate while keeping softmax, LayerNorm and
the pooled output in fp32: sentence vectors stay at cosine 0.99999 to fp32 (the same as torch's bf16
autocast) at about twice the speed. ``openvino-f32`` is the same runtime without the reduced precision.
Models are exported to ONNX once per data folder and read from there. Imports happen inside the functions,
so importing checker never loads OpenVINO.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

import numpy as np

from .errors import InvalidInput

if TYPE_CHECKING:  # pragma: no cover
    import torch

RUNTIMES = ("torch", "openvino-bf16", "openvino-f32")
PRECISIONS = {"openvino-bf16": "bf16", "openvino-f32": "f32"}
log = logging.getLogger(__name__)


def check_runtime(runtime: str) -> str:
    """``runtime`` if known; a clear error otherwise (it comes from a setting)."""
    if runtime not in RUNTIMES:
        raise InvalidInput(f"unknown model runtime {runtime!r}; choose one of {', '.join(RUNTIMES)}")
    return runtime


class _FirstInference:
    """One lock for the whole process, held by each model's load and first inference.

    OpenVINO's Python bindings fill some function-local C++ statics on first use (the element-type to numpy
    dtype table behind ``Tensor.data``), and that initialiser lets go of the GIL while it runs. A second
    thread reaching the same static meanwhile waits for it *holding* the GIL, so neither moves again and the
    whole process hangs: a gunicorn worker whose first requests arrived together froze with a rate-limit
    write transaction open, until the arbiter killed it 60 s later. A forked child gets a fresh lock.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        os.register_at_fork(after_in_child=self._renew)

    def _renew(self) -> None:
        self.lock = threading.Lock()


FIRST_INFERENCE = _FirstInference()


class OvModel:
    """A compiled model callable from several threads at once.

    An infer request holds its own buffers and is not thread-safe; gunicorn's threads each get one, created
    on first use, while the compiled weights are shared. Until one call has completed, calls go one at a time
    (and not alongside any other model's first call): see :class:`_FirstInference`.
    """

    def __init__(self, compiled: Any) -> None:
        self.compiled = compiled
        self.input_names = {port.get_any_name() for port in compiled.inputs}
        self._local = threading.local()
        self._primed = False

    def __call__(self, inputs: Mapping[str, np.ndarray]) -> np.ndarray:
        """The first output for these inputs (extra inputs the graph does not take are ignored)."""
        if self._primed:
            return self._infer(inputs)
        with FIRST_INFERENCE.lock:
            out = self._infer(inputs)
            self._primed = True
        return out

    def _infer(self, inputs: Mapping[str, np.ndarray]) -> np.ndarray:
        request = getattr(self._local, "request", None)
        if request is None:
            request = self._local.request = self.compiled.create_infer_request()
        result = request.infer({k: v for k, v in inputs.items() if k in self.input_names})
        return np.array(result[0], dtype=np.float32)  # copy: the request reuses its output buffer


def openvino() -> Any:
    """The ``openvino`` module, imported without its usage telemetry.

    ``import openvino`` imports its converter, which sends a usage event to Google Analytics unless the user
    has opted out in ``~/intel``. A service sold as offline must not phone home, and writing an opt-out into
    the user's home is not ours to do: a ``None`` entry in ``sys.modules`` makes the converter's import of
    ``openvino_telemetry`` fail, and OpenVINO then uses its own no-op stub.
    """
    sys.modules.setdefault("openvino_telemetry", None)  # type: ignore[arg-type]
    import openvino as ov

    return ov


def precision_for(runtime: str, capabilities: Sequence[str]) -> str:
    """The inference precision for ``runtime`` on a CPU with these OpenVINO capabilities: bf16 falls back to f32
    (with a warning) where the CPU has no bf16 arithmetic, rather than failing to start."""
    precision = PRECISIONS[check_runtime(runtime)]
    if precision == "bf16" and "BF16" not in capabilities:
        log.warning("this CPU has no bf16 arithmetic (AVX-512 BF16 or AMX); %s runs in f32", runtime)
        return "f32"
    return precision


def _compile(model: Any, runtime: str, threads: int) -> OvModel:
    core = openvino().Core()
    precision = precision_for(runtime, core.get_property("CPU", "OPTIMIZATION_CAPABILITIES"))
    config = {"INFERENCE_PRECISION_HINT": precision, "INFERENCE_NUM_THREADS": threads, "PERFORMANCE_HINT": "LATENCY"}
    return OvModel(core.compile_model(model, "CPU", config))


def from_onnx(path: str | Path, *, runtime: str, threads: int) -> OvModel:
    """An ONNX graph (e.g. the exported encoder) compiled for ``runtime``; loads are serialised with first
    inferences, as they too may be the first to touch a static of the bindings."""
    with FIRST_INFERENCE.lock:
        return _compile(openvino().Core().read_model(str(path)), runtime, threads)


def from_torch(factory: Callable[[], torch.nn.Module], example: Mapping[str, np.ndarray], *, name: str,
               data_dir: str | Path | None, runtime: str, threads: int) -> OvModel:
    """A torch module exported to ONNX once per data folder (``<data_dir>/models/<name>.onnx``; ``name`` must
    change with the weights) and compiled for ``runtime``.

    ``factory`` builds the module only when the graph is missing, so a worker starting after the first one
    loads no torch weights. The export goes through torch.onnx, not ``openvino.convert_model``: the latter
    sends usage telemetry unless the user opted out, and this service stays offline.
    """
    from .onnx_export import build_once, export_module, models_dir

    target = models_dir(data_dir) / f"{name}.onnx"
    build_once(target, lambda out: export_module(factory(), example, out))
    return from_onnx(target, runtime=runtime, threads=threads)


def torch_model(module: torch.nn.Module) -> Callable[[Mapping[str, np.ndarray]], np.ndarray]:
    """``module`` on torch (the reference runtime), numpy in and out like an :class:`OvModel`."""
    import torch

    def run(inputs: Mapping[str, np.ndarray]) -> np.ndarray:
        with torch.inference_mode():
            return module(**{k: torch.from_numpy(v) for k, v in inputs.items()}).numpy()

    return run
