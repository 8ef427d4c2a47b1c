"""gunicorn.conf.py's worker start, without a server: which failures stop gunicorn and which replace a worker."""

from __future__ import annotations

import runpy
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable

import pytest

CONF = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"


class Extension:
    def __init__(self, fail: Callable[[], None]) -> None:
        self.fail = fail

    @property
    def checker(self) -> object:
        self.fail()
        return object()


def post_worker_init() -> Callable[[Any], None]:
    hook = runpy.run_path(str(CONF))["post_worker_init"]
    hook.__globals__["dump_stacks_on_abort"] = lambda worker: None  # faulthandler is the live tests' to check
    return hook


def worker(fail: Callable[[], None]) -> SimpleNamespace:
    return SimpleNamespace(wsgi=SimpleNamespace(extensions={"checker": Extension(fail)}), pid=1,
                           log=SimpleNamespace(info=lambda *a: None))


def import_aborted() -> None:
    """What pybind11 makes of gunicorn's SIGABRT handler (sys.exit(1)) running inside ``import openvino``."""
    try:
        raise SystemExit(1)
    except SystemExit as exc:
        raise ImportError("initialization failed") from exc


def broken_model() -> None:
    raise ImportError("libopenvino.so: cannot open shared object file")


def test_an_abort_inside_an_import_exits_the_worker_not_the_server() -> None:
    """gunicorn replaces a worker that exits with 1; a boot error (any exception, exit code 3) stops the master."""
    with pytest.raises(SystemExit) as exited:
        post_worker_init()(worker(import_aborted))
    assert exited.value.code == 1


def test_a_model_that_cannot_load_still_fails_the_boot() -> None:
    with pytest.raises(ImportError, match="cannot open shared object"):
        post_worker_init()(worker(broken_model))


def test_the_control_socket_is_off() -> None:
    assert runpy.run_path(str(CONF))["control_socket_disable"] is True
