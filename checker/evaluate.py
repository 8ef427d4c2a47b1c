"""Score the real pipeline (or a running server) on the public verification sets.

``python -m checker.evaluate FILE... [--server URL] [--published DATE] [--json-out PATH] [--limit N]
[--validation-only]``

Pair-by-pair files (VitaminC, FEVER-Symmetric) pass each record's own evidence; files whose records carry
``evidence_ids`` (Climate-FEVER) are scored against one global store of all their evidence sentences.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any, Callable, Sequence

from checker.validation_split import validation_mask
from checker.verifier import DATASET_LABELS, LABELS

FILES = {"vitaminc": "vitaminc_real_dev.jsonl", "fever_symmetric": "fever_symmetric_dev.jsonl",
         "climate_fever": "climate_fever_dev.jsonl"}
CheckFn = Callable[[list[str], "list[str] | None"], list[str]]


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """All records of a JSON Lines file."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def summarize(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Per-verdict precision/recall, 3x3 confusion (rows gold, columns predicted), coverage, accuracy.

    Verdicts outside the three (e.g. ``not_checkable``) count as ``needs_review``: not auto-decided.
    """
    pred = [p if p in LABELS else "needs_review" for p in pred]
    matrix = [[sum(1 for g, p in zip(gold, pred) if g == a and p == b) for b in LABELS] for a in LABELS]
    per_verdict = {}
    for i, label in enumerate(LABELS):
        predicted, actual = sum(row[i] for row in matrix), sum(matrix[i])
        per_verdict[label] = {"precision": round(matrix[i][i] / predicted, 4) if predicted else None,
                              "recall": round(matrix[i][i] / actual, 4) if actual else None,
                              "predicted": predicted, "gold": actual}
    n = len(gold)
    decided = sum(1 for p in pred if p != "needs_review")
    return {"n": n, "coverage": round(decided / n, 4) if n else 0.0,
            "accuracy": round(sum(matrix[i][i] for i in range(3)) / n, 4) if n else 0.0,
            "per_verdict": per_verdict, "confusion": {"labels": list(LABELS), "matrix": matrix}}


def format_summary(name: str, summary: dict[str, Any]) -> str:
    """Human-readable table of one summary."""
    lines = [f"== {name}: n={summary['n']} coverage={summary['coverage']:.3f} accuracy={summary['accuracy']:.3f}",
             f"{'verdict':<14}{'precision':>10}{'recall':>8}{'pred':>7}{'gold':>7}"]
    for label, m in summary["per_verdict"].items():
        p = "-" if m["precision"] is None else f"{m['precision']:.3f}"
        r = "-" if m["recall"] is None else f"{m['recall']:.3f}"
        lines.append(f"{label:<14}{p:>10}{r:>8}{m['predicted']:>7}{m['gold']:>7}")
    lines.append("confusion (rows gold, cols predicted: " + " / ".join(LABELS) + ")")
    lines += ["  " + f"{label:<14}" + "".join(f"{c:>7}" for c in row)
              for label, row in zip(LABELS, summary["confusion"]["matrix"])]
    return "\n".join(lines)


def is_global(records: Sequence[dict[str, Any]]) -> bool:
    """Climate-FEVER style files (evidence ids present) are scored against a global store."""
    return any("evidence_ids" in r for r in records)


def store_facts(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every evidence sentence of the file once, keyed by its ``evidence_ids`` entry."""
    facts: dict[str, dict[str, Any]] = {}
    for rec in records:
        for fact_id, text in zip(rec["evidence_ids"], rec["evidence"]):
            facts.setdefault(fact_id, {"id": fact_id, "text": text, "source": "Wikipedia: " + fact_id.split(":")[0]})
    return list(facts.values())


def select(records: list[dict[str, Any]], validation_only: bool, limit: int) -> list[dict[str, Any]]:
    """Validation part (split computed on the whole file, as in training), then the first ``limit``."""
    if validation_only:
        records = [r for r, v in zip(records, validation_mask(records)) if v]
    return records[:limit] if limit else records


def local_check(records: Sequence[dict[str, Any]], published: str | None, parts: dict[str, Any]) -> CheckFn:
    """A check function over the in-process pipeline (store built from the file for global files)."""
    from checker.domain import Fact
    from checker.pipeline import Checker
    from checker.store import FactStore

    facts = [Fact(**f) for f in store_facts(records)] if is_global(records) else []
    store = FactStore.build(facts, parts["encoder"])
    checker = Checker(parts["encoder"], store, settings=None, verifier=parts["verifier"])

    as_of = date.fromisoformat(published) if published else None

    def check(claims: list[str], evidence: list[str] | None) -> list[str]:
        result = checker.check_claims(claims, published=as_of, evidence=evidence)
        return [c.verdict for c in result.claims]

    return check


def server_check(url: str, records: Sequence[dict[str, Any]], name: str, published: str | None) -> CheckFn:
    """A check function over a running server; global files need the server started on their facts."""
    from checker.client import CheckerClient

    if is_global(records):
        path = Path(tempfile.gettempdir()) / "claimcheck-eval" / f"{name}_facts.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(f) + "\n" for f in store_facts(records)), encoding="utf-8")
        print(f"{name}: the server must be started with CHECKER_REFERENCE={path} for global-store scoring")
    client = CheckerClient(url)

    def check(claims: list[str], evidence: list[str] | None) -> list[str]:
        # queue=False: an evaluation must not fill the reviewers' queue
        body = client.check(claims=claims, evidence=evidence, published=published, queue=False)
        return [c["verdict"] for c in body["claims"]]

    return check


def run_file(records: Sequence[dict[str, Any]], check: CheckFn, batch: int = 16) -> list[str]:
    """Predicted verdict per record: one call per record with its evidence, or batched claims on the store."""
    if not is_global(records):
        return [check([r["claim"]], list(r["evidence"]))[0] for r in records]
    out: list[str] = []
    for start in range(0, len(records), batch):
        out += check([r["claim"] for r in records[start:start + batch]], None)
    return out


def evaluate_file(path: Path, args: argparse.Namespace, parts: dict[str, Any]) -> dict[str, Any]:
    """Run one file and summarise it."""
    records = select(read_jsonl(path), args.validation_only, args.limit)
    name = path.stem
    if args.server:
        check = server_check(args.server, read_jsonl(path) if is_global(records) else records, name,
                             args.published)
    else:
        all_records = read_jsonl(path) if is_global(records) else records  # store = whole file, as documented
        check = local_check(all_records, args.published, parts)
    started = time.time()
    pred = run_file(records, check)
    summary = summarize([DATASET_LABELS[r["label"]] for r in records], pred)
    summary.update({"file": str(path), "mode": "global_store" if is_global(records) else "pairwise",
                    "seconds": round(time.time() - started, 1),
                    "supported_precision_at_operating_point": summary["per_verdict"]["supported"]["precision"]})
    print(format_summary(name, summary), flush=True)
    return summary


def local_parts(server: str | None) -> dict[str, Any]:
    """Encoder and verifier shared by all files (loaded once), as the settings (environment) configure the
    service; nothing when scoring a server."""
    if server:
        return {}
    from checker.model_factory import encoder_for, verifier_for
    from checker.settings import Settings

    settings = Settings.from_env()
    return {"encoder": encoder_for(settings), "verifier": verifier_for(settings)}


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Evaluate every FILE, print tables, optionally write the JSON report."""
    parser = argparse.ArgumentParser(prog="python -m checker.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--server", help="base URL of a running claimcheck server")
    parser.add_argument("--published", help="publication date (ISO) passed with every check")
    parser.add_argument("--json-out", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--validation-only", action="store_true", help="only the verifier's validation part")
    args = parser.parse_args(argv)
    parts = local_parts(args.server)
    report = {"validation_only": args.validation_only, "limit": args.limit,
              "files": {p.stem: evaluate_file(p, args, parts) for p in args.files}}
    if args.json_out:
        args.json_out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    main()
