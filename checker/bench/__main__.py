"""Run the benchmark parts, print a table, write JSON.

``python -m checker.bench [--json out.json] [--quick] [--parts encoder,articles,stores,api]``. ``--quick``
uses tiny sizes (a smoke run: shapes, not figures). Every figure sits next to the naive pipeline's, run
in the same process or against the same server, with the ratio naive/fast (> 1 means faster).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from typing import Any, Sequence

from ..indexes import EXACT_LIMIT
from ..settings import Settings
from .report import render

PARTS = ("encoder", "articles", "stores", "api")


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m checker.bench", description=__doc__)
    parser.add_argument("--json", help="write the results to this file")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks the command, not the speed")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated subset of {','.join(PARTS)}")
    parser.add_argument("--sizes", default="", help="store sizes (default 10000,100000,1000000; quick 500,3000)")
    parser.add_argument("--seconds", type=float, default=0, help="duration of each API load run")
    return parser.parse_args(argv)


def run(args: argparse.Namespace, data_dir: str) -> dict[str, Any]:
    from . import api, articles, encoders, stores

    parts = [p for p in args.parts.split(",") if p]
    settings = Settings.from_env(data_dir=data_dir)
    out: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                       "load_avg": os.getloadavg()}, "quick": args.quick,
                           "backend": settings.encoder_backend}
    if "encoder" in parts:
        backends = [settings.encoder_backend] if args.quick else None
        out["encoder"] = encoders.run(data_dir, quick=args.quick, threads=settings.encoder_threads, backends=backends)
    if "articles" in parts:
        out["articles"] = articles.run(settings, quick=args.quick)
    if "stores" in parts:
        default = "500,3000" if args.quick else "10000,100000,1000000"
        sizes = [int(s) for s in (args.sizes or default).split(",")]
        limit = 1000 if args.quick else EXACT_LIMIT  # quick: the HNSW path on a tiny store
        out["stores"] = stores.run(sizes, queries=20 if args.quick else 500, exact_limit=limit)
    if "api" in parts:
        clients = [1, 4] if args.quick else [1, 4, 16]
        out["api"] = api.run(data_dir, clients=clients, seconds=args.seconds or (2 if args.quick else 10))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="checker-bench-") as data_dir:
        results = run(args, data_dir)
    results["seconds"] = round(time.monotonic() - started, 1)
    sys.stdout.write(render(results))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
