"""The benchmark command runs and reports every figure beside the naive one (shape only: never speed)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from checker.bench.api import _parse_wrk
from checker.bench.report import render
from checker.settings import ROOT

WRK_OUTPUT = """Running 2s test @ http://127.0.0.1:5000
  1 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   120.50ms   30.10ms 300.00ms   70.00%
  Latency Distribution
     50%  110.25ms
     75%  130.00ms
     90%  160.00ms
     99%    1.20s
  64 requests in 2.00s, 1.20MB read
  Non-2xx or 3xx responses: 2
Requests/sec:     32.00
Transfer/sec:    600.00KB
"""


def test_wrk_output_is_parsed() -> None:
    assert _parse_wrk(WRK_OUTPUT) == {"rps": 32.0, "p50_ms": 110.25, "p99_ms": 1200.0, "errors": 2,
                                      "requests": 64}


def test_quick_bench_prints_a_table_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "CHECKER_ENCODER_BACKEND": "bf16", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-m", "checker.bench", "--quick", "--parts", "encoder,stores",
                           "--json", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(out.read_text())
    assert data["encoder"]["naive_fp32_per_s"] > 0 and data["encoder"]["backends"]["bf16"]["vs_naive"] > 0
    kinds = [s["fast"]["index"]["kind"] for s in data["stores"]]
    assert [s["facts"] for s in data["stores"]] == [500, 3000] and kinds == ["flat", "ivf"]
    assert all(0 <= s["fast"]["recall_at_10"] <= 1 and s["naive"]["p50_ms"] > 0 for s in data["stores"])
    assert "Store search" in proc.stdout and "| bf16 |" in proc.stdout
    assert render(data) in proc.stdout


def test_report_renders_every_part() -> None:
    timing = {"p50_ms": 2.0, "p99_ms": 3.0}
    article = {"words": 1000, "fast": {"cold_ms": 1, "warm": timing, "unseen": timing},
               "naive": {"cold_ms": 2, "warm": timing, "unseen": timing},
               "vs_naive": {"cold": 2, "warm_p50": 1, "unseen_p50": 1}}
    run = {"fast": {"rps": 10, "errors": 0, **timing}, "naive": {"rps": 5, "errors": 0, **timing},
           "rps_vs_naive": 2, "p99_vs_naive": 1}
    data = {"backend": "bf16", "machine": {"cpus": 2, "load_avg": [1.0]}, "quick": False,
            "articles": {"example": article, "article_1000_words": article},
            "api": {"article_words": 1000, "workers": "2", "threads": "4", "seconds": 10,
                    "repeat": {"4": run}, "unseen": {"4": run}}}
    text = render(data)
    assert "article_1000_words warm p50" in text and "| unseen | 4 | 10 | 5 | 2 |" in text
