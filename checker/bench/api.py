"""API load test: gunicorn (the production server, ``gunicorn.conf.py``) started here, driven by ``wrk``.

Two request mixes per concurrency: ``repeat`` posts the same 1,000-word article (the text cache answers the
encoder part) and ``unseen`` posts a new variant every time (every sentence is new to the worker). The same
is done against gunicorn serving the naive pipeline. Without ``wrk`` on PATH a thread pool of ``requests``
sessions stands in (and the JSON says so).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ..settings import ROOT
from .measure import ratio
from .texts import long_article, variant

BODIES = 1200  # variants of the article; each unseen run gets its own slice

LUA = """
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do bodies[#bodies + 1] = line end
local n, step, start = 0, tonumber(os.getenv("BENCH_STEP")), tonumber(os.getenv("BENCH_START"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
function setup(thread) thread:set("offset", (start + n * 100) * step); n = n + 1 end
request = function()
  offset = (offset or 0) + step
  return wrk.format(nil, "/api/v1/check", nil, bodies[(offset % #bodies) + 1])
end
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(app_spec: str, env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """gunicorn with the project's config; returns once every worker has loaded the model and one answers.

    Waiting for one healthy worker is not enough: a worker still loading takes no connections, so the
    warm-up went to the other, and the late one's first (cold) check landed in a measured run.
    """
    import requests

    env = {**os.environ, **env, "PORT": str(port), "HOST": "127.0.0.1"}
    workers = int(env.get("WEB_CONCURRENCY", "2"))
    log = Path(tempfile.mkstemp(prefix="bench-gunicorn-", suffix=".log")[1])
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",  # noqa: S603 - benchmark: fixed argv / reproducible synthetic text
                                 "--access-logfile", "/dev/null", app_spec], cwd=ROOT, env=env,
                                stdout=out, stderr=out, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            ready = log.read_text(encoding="utf-8", errors="replace").count("Worker ready")
            if ready >= workers and requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=5).ok:
                log.unlink()
                return proc
        except requests.RequestException:
            pass
        time.sleep(0.5)
    stop_server(proc)
    raise RuntimeError(f"gunicorn ({app_spec}) did not become healthy; its log: {log}")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, 15)
        proc.wait(60)


def _parse_wrk(text: str) -> dict[str, Any]:
    def ms(value: str) -> float:
        number, unit = re.match(r"(?<![\d.])([\d.]+)([A-Za-z%]+)", value).groups()  # type: ignore[union-attr]
        return round(float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit], 2)

    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M))
    non_ok = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),  # type: ignore[union-attr]
            "p50_ms": ms(lat["50"]), "p99_ms": ms(lat["99"]), "errors": int(non_ok.group(1)) if non_ok else 0,
            "requests": int(re.search(r"(?<!\d)(\d+) requests in", text).group(1))}  # type: ignore[union-attr]


def _load(url: str, bodies: Path, clients: int, seconds: float, step: int, start: int) -> dict[str, Any]:
    """One load run; unseen runs start at ``start`` so no run re-sends another's variants."""
    if shutil.which("wrk") is None:
        from .pyload import run_pool

        return run_pool(url, bodies, clients, seconds, step, start)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA)
    out = subprocess.run(["wrk", f"-t{min(clients, 2)}", f"-c{clients}", f"-d{max(1, round(seconds))}s", "--latency",  # noqa: S603,S607 - benchmark: fixed argv / reproducible synthetic text
                          "--timeout", "30s", "-s", script.name, url],
                         capture_output=True, text=True, check=True,
                         env={**os.environ, "BENCH_BODIES": str(bodies), "BENCH_STEP": str(step),
                              "BENCH_START": str(start)})
    os.unlink(script.name)
    return {"tool": "wrk", **_parse_wrk(out.stdout)}


def _bodies(folder: Path) -> Path:
    """One JSON body per line: variant 0 is the plain article, the others make every sentence new."""
    text = long_article(1000)
    path = folder / "bodies.jsonl"
    lines = [json.dumps({"text": text if i == 0 else variant(text, i), "published": "2026-01-04"})
             for i in range(BODIES)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _warm(url: str, bodies: Path, parallel: int = 8, cold_s: float = 1.0, max_rounds: int = 20) -> None:
    """The repeat mix's article on every worker, so "repeat" measures a warm server.

    gunicorn's workers race for connections: the first worker to wake took a whole first burst, the other
    met the article first during a measured run, and that cold check (1.5–5 s) was the run's p99. So rounds
    of parallel requests go on until three rounds in a row have no request as slow as a cold check.
    """
    from concurrent.futures import ThreadPoolExecutor

    import requests

    body = bodies.read_text(encoding="utf-8").splitlines()[0]

    def post(_: int) -> float:
        start = time.monotonic()
        requests.post(f"{url}/api/v1/check", data=body, headers={"Content-Type": "application/json"}, timeout=120)
        return time.monotonic() - start

    warm_rounds = 0
    with ThreadPoolExecutor(parallel) as pool:
        for _ in range(max_rounds):
            warm_rounds = warm_rounds + 1 if max(pool.map(post, range(parallel))) < cold_s else 0
            if warm_rounds == 3:
                return


def run(data_dir: str, *, clients: list[int], seconds: float) -> dict[str, Any]:
    """Throughput and latency of the fast and naive servers, each mix and concurrency in turn."""
    bodies = _bodies(Path(data_dir))
    servers = {"fast": "app:create_app()", "naive": "checker.bench.wsgi:naive_app()"}
    results: dict[str, Any] = {"article_words": len(long_article(1000).split()), "seconds": seconds,
                               "workers": os.environ.get("WEB_CONCURRENCY", "2"),
                               "threads": os.environ.get("GUNICORN_THREADS", "4")}
    for name, spec in servers.items():
        port = _free_port()
        proc = start_server(spec, {"CHECKER_DATA_DIR": data_dir}, port)
        try:
            url = f"http://127.0.0.1:{port}"
            _warm(url, bodies)
            for mix, step in (("repeat", 0), ("unseen", 1)):
                for n, c in enumerate(clients):
                    row = results.setdefault(mix, {}).setdefault(str(c), {})
                    row[name] = _load(url, bodies, c, seconds, step, start=1 + n * BODIES // len(clients))
        finally:
            stop_server(proc)
    for mix in ("repeat", "unseen"):
        for row in results[mix].values():
            row["rps_vs_naive"] = ratio(row["naive"]["rps"], row["fast"]["rps"], higher_is_better=True)
            row["p99_vs_naive"] = ratio(row["naive"]["p99_ms"], row["fast"]["p99_ms"])
    return results
