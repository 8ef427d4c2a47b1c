"""A real gunicorn (the production server of ./run) on a free local port, for tests that need processes.

It serves ``app:create_app()`` with ``gunicorn.conf.py`` (workers load the model after fork), a temp data folder
that starts as a copy of an already built store, and an access log that records each request's worker pid and
status, so a test can tell which worker answered.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
LOG_FORMAT = "%(p)s %(s)s %(m)s %(U)s"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """``with LiveServer(tmp, store_from, workers=2, env={...}) as server: requests.get(server.url + ...)``."""

    def __init__(self, folder: Path, store_from: Path, *, workers: int = 2, threads: int = 4,
                 env: dict[str, str] | None = None, boot_timeout: float = 180.0) -> None:
        self.folder = folder
        self.data = folder / "data"
        shutil.copytree(store_from / "store", self.data / "store", ignore=shutil.ignore_patterns(".lock"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.access_log = folder / "access.log"
        self.error_log = folder / "error.log"
        self.workers = workers
        gunicorn = Path(sys.executable).parent / "gunicorn"
        command = [str(gunicorn), "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{self.port}",
                   "--workers", str(workers), "--threads", str(threads), "--access-logfile", str(self.access_log),
                   "--access-logformat", LOG_FORMAT, "--error-logfile", str(self.error_log), "app:create_app()"]
        full_env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
                    "OMP_NUM_THREADS": "1", "CHECKER_DATA_DIR": str(self.data), **(env or {})}
        # as ./run does: build the model graphs before gunicorn starts, so a worker only loads them; building
        # them inside a worker's start can outlast GUNICORN_TIMEOUT, and gunicorn then kills it mid-start
        subprocess.run([sys.executable, "-m", "checker", "index", "ensure"], cwd=ROOT, env=full_env, check=True,
                       capture_output=True)
        self.proc = subprocess.Popen(command, cwd=ROOT, env=full_env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        try:
            self._wait_ready(boot_timeout)
        except BaseException:  # never leave a server behind when the test cannot use it
            self.stop()
            raise

    def _wait_ready(self, timeout: float) -> None:
        """Until every worker has answered once (each loads the model after fork, so they get ready apart)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.error_log.read_text()[-2000:]}")
            try:
                requests.get(self.url + "/api/v1/health", timeout=5)
            except requests.RequestException:
                time.sleep(0.2)
                continue
            if len(self.worker_pids_seen()) >= self.workers:
                return
        raise RuntimeError("gunicorn did not get ready: " + self.error_log.read_text()[-2000:])

    def worker_pids_seen(self) -> set[int]:
        """Pids of the workers that answered any request so far (from the access log)."""
        if not self.access_log.exists():
            return set()
        return {int(line.split()[0].strip("<>")) for line in self.access_log.read_text().splitlines() if line.strip()}

    def last_pid(self) -> int:
        """The worker that answered the last request (the access log's last line)."""
        return int(self.access_log.read_text().splitlines()[-1].split()[0].strip("<>"))

    def tails(self, lines: int = 60) -> str:
        """The end of gunicorn's error and access logs, for a failure message."""
        parts = []
        for log in (self.error_log, self.access_log):
            text = log.read_text(errors="replace").splitlines()[-lines:] if log.exists() else ["(none)"]
            parts.append(f"--- {log.name}\n" + "\n".join(text))
        return "\n".join(parts)

    def worker_pids(self) -> list[int]:
        """Live worker processes: the gunicorn master's children."""
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == self.proc.pid and fields[0] != "Z":
                children.append(int(stat.parent.name))
        return sorted(children)

    def kill_worker(self, pid: int, sig: int = signal.SIGKILL) -> None:
        os.kill(pid, sig)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # quick shutdown: the tests are done with it
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> LiveServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
