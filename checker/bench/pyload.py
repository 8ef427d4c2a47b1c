"""Fallback load generator when ``wrk`` is not installed: a thread pool of ``requests`` sessions."""

from __future__ import annotations

import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .measure import percentiles_ms


def run_pool(url: str, bodies: Path, clients: int, seconds: float, step: int, start: int) -> dict[str, Any]:
    import requests

    lines = bodies.read_text(encoding="utf-8").splitlines()
    counter, lock = itertools.count(start), threading.Lock()
    times: list[float] = []
    errors = [0]
    deadline = time.monotonic() + seconds

    def client(_: int) -> None:
        with requests.Session() as session:
            while time.monotonic() < deadline:
                with lock:
                    body = lines[(next(counter) * step) % len(lines)]  # step 0: always the plain article
                start = time.perf_counter()
                ok = session.post(f"{url}/api/v1/check", data=body, timeout=30,
                                  headers={"Content-Type": "application/json"}).ok
                with lock:
                    times.append(time.perf_counter() - start)
                    errors[0] += not ok

    started = time.monotonic()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    elapsed = time.monotonic() - started
    return {"tool": "python-requests", "rps": round(len(times) / elapsed, 2), **percentiles_ms(times),
            "errors": errors[0], "requests": len(times)}
