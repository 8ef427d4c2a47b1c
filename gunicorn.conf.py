"""gunicorn settings for `./run`: no preload, so each worker loads the model after fork."""

import faulthandler
import os
import sys

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '5000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "120"))
# 0 closes each connection after its response, so every request goes to whichever worker accepts it first
# (an idle one, usually); a kept-alive connection stays with the worker that took it, and with a few clients
# one worker served all of them while the other idled (README "Serving and performance")
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "0"))
graceful_timeout = 30
preload_app = False
# gunicorn >= 25 runs a control socket (gunicornc) in an asyncio thread of the master, by default one socket per
# user in ~/.gunicorn that a second server on the machine takes over; nothing here uses it, so it is off
control_socket_disable = True
accesslog = "-"


def post_worker_init(worker):  # type: ignore[no-untyped-def]
    """Load the model and the index in the worker before it takes requests; name the stuck stacks on a timeout."""
    dump_stacks_on_abort(worker)  # first, so a worker stuck loading is named too
    try:
        worker.wsgi.extensions["checker"].checker
    except Exception as exc:
        aborted_mid_import(exc)
        raise
    worker.log.info("Worker ready (pid: %s): model and index loaded", worker.pid)


def aborted_mid_import(exc):  # type: ignore[no-untyped-def]
    """Exit as gunicorn's abort handler meant to when its SystemExit landed inside a C extension's import.

    SIGABRT (the master's WORKER TIMEOUT, or a kill) runs gunicorn's handler, which raises SystemExit(1); raised
    inside ``import openvino``, pybind11 turns it into "ImportError: initialization failed". gunicorn then reads
    a failed boot (exit code 3) and shuts the whole server down ("Reason: Worker failed to boot") instead of
    replacing one worker. A model that really cannot load raises no SystemExit and still stops the server.
    """
    seen = exc
    while seen is not None:
        if isinstance(seen, SystemExit):
            raise seen from None
        seen = seen.__cause__ or seen.__context__


def dump_stacks_on_abort(worker):  # type: ignore[no-untyped-def]
    """Write every thread's stack to the error log when the arbiter aborts this worker (WORKER TIMEOUT).

    gunicorn's own SIGABRT handler is Python code, so a worker stuck with the GIL held never runs it and is
    killed without a word; faulthandler writes from C, then hands the signal on to gunicorn's handler (it is
    enabled after gunicorn set that handler). A crash in native code (SIGSEGV, SIGBUS) is named the same way.
    """
    path = worker.cfg.errorlog
    stream = sys.stderr if path == "-" else open(path, "a")  # noqa: SIM115 - faulthandler holds it for good
    faulthandler.enable(file=stream, all_threads=True)
