"""The benchmark's results as a plain-text table (the JSON holds everything)."""

from __future__ import annotations

from typing import Any


def _row(cells: list[Any]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |\n"


def _table(title: str, head: list[str], rows: list[list[Any]]) -> str:
    return f"\n{title}\n" + _row(head) + _row(["---"] * len(head)) + "".join(_row(r) for r in rows)


def render(r: dict[str, Any]) -> str:
    """The whole report: a header line, then one table per part that ran, then the total time."""
    out = f"claimcheck benchmark (backend {r['backend']}, {r['machine']['cpus']} CPUs, " \
          f"load avg at start {r['machine']['load_avg'][0]:.1f}{', QUICK' if r['quick'] else ''})\n"
    for part, table in (("encoder", _encoder), ("articles", _articles), ("stores", _stores), ("api", _api)):
        if part in r:
            out += table(r[part])
    return out + f"\n({r.get('seconds', 0)} s)\n"


def _encoder(e: dict[str, Any]) -> str:
    rows = [[name, b["per_s"], e["naive_fp32_per_s"], b["vs_naive"]] for name, b in e["backends"].items()]
    return _table(f"Encoder, {e['sentences']} sentences of 25 words, median of {e.get('rounds', 1)} "
                  "interleaved rounds (sentences/s)",
                  ["backend", "fast", "naive ST fp32", "x"], rows)


def _articles(articles: dict[str, Any]) -> str:
    rows = []
    for name in ("example", "article_1000_words"):
        a = articles[name]
        f, n, x = a["fast"], a["naive"], a["vs_naive"]
        rows += [[f"{name} ({a['words']} words) cold", f["cold_ms"], n["cold_ms"], x["cold"]],
                 [f"{name} warm p50", f["warm"]["p50_ms"], n["warm"]["p50_ms"], x["warm_p50"]],
                 [f"{name} unseen p50", f["unseen"]["p50_ms"], n["unseen"]["p50_ms"], x["unseen_p50"]]]
    return _table("End-to-end check (ms)", ["article", "fast", "naive", "x"], rows)


def _stores(stores: list[dict[str, Any]]) -> str:
    rows = [[s["facts"], s["fast"]["index"]["kind"] + ("-" + s["fast"]["index"].get("storage", "")
                                                       if s["fast"]["index"]["kind"] != "flat" else ""),
             s["fast"]["build_s"], s["fast"].get("build_rss_mb", ""), s["fast"]["rss_mb"], s["naive"]["rss_mb"],
             s["fast"]["p50_ms"],
             s["fast"]["p99_ms"], s["naive"]["p50_ms"], s["naive"]["p99_ms"], s["p50_vs_naive"],
             s["fast"]["recall_at_10"]] for s in stores]
    out = _table("Store search, one query, top 10 (synthetic 384-d mixture)",
                 ["facts", "index", "build s", "builder RSS MB", "RSS MB", "naive MB", "p50 ms", "p99 ms",
                  "naive p50", "naive p99", "x p50", "recall@10"], rows)
    sweep = [[s["facts"], s["fast"]["index"]["kind"], _knob_value(e), e["p50_ms"], e["p99_ms"], e["recall_at_10"]]
             for s in stores for e in s["fast"].get("sweep", s["fast"].get("ef_sweep", []))]
    if sweep:
        out += _table("Search-time knob trade-off (IVF nprobe / HNSW efSearch)",
                      ["facts", "index", "nprobe / efSearch", "p50 ms", "p99 ms", "recall@10"], sweep)
    return out


def _api(a: dict[str, Any]) -> str:
    rows = []
    for mix in ("repeat", "unseen"):
        for c, row in a[mix].items():
            f, n = row["fast"], row["naive"]
            rows.append([mix, c, f["rps"], n["rps"], row["rps_vs_naive"], f["p50_ms"], f["p99_ms"],
                         n["p50_ms"], n["p99_ms"], row["p99_vs_naive"], f["errors"] + n["errors"]])
    return _table(f"API, POST /api/v1/check with a {a['article_words']}-word article, gunicorn "
                  f"{a['workers']}x{a['threads']}, {a['seconds']} s per run",
                  ["mix", "clients", "req/s", "naive req/s", "x", "p50 ms", "p99 ms", "naive p50",
                   "naive p99", "x p99", "errors"], rows)


def _knob_value(entry: dict[str, Any]) -> Any:
    """nprobe (IVF) or efSearch (HNSW; ``ef_search`` in JSON written before IVF)."""
    return next(entry[k] for k in ("nprobe", "efSearch", "ef_search") if k in entry)
