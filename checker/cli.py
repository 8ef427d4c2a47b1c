"""``python -m checker``: check files, import facts, rebuild the index, serve."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Sequence, TextIO

from . import batch_cli
from .errors import CheckerError
from .review import cli as review_cli
from .references import load_facts
from .settings import Settings

VERDICT_MARK = {"supported": "SUPPORTED", "contradicted": "CONTRADICTED", "needs_review": "NEEDS REVIEW"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m checker", description="Offline fact-claim checker.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check an article file (or - for stdin)")
    check.add_argument("file")
    check.add_argument("--published", help="as-of date YYYY-MM-DD (default today)")
    check.add_argument("--json", action="store_true", help="print the API's JSON instead of a table")
    check.add_argument("--server", help="use a running server's API instead of the local pipeline")
    facts = sub.add_parser("facts", help="manage reference facts").add_subparsers(dest="action", required=True)
    imp = facts.add_parser("import", help="validate a .jsonl/.csv file and add it to the reference folder")
    imp.add_argument("file")
    index = sub.add_parser("index", help="manage the index").add_subparsers(dest="action", required=True)
    index.add_parser("rebuild", help="rebuild the FAISS index from the reference files")
    index.add_parser("ensure", help="build the index only if the reference files or the model changed")
    review_cli.add_commands(sub, facts)
    serve = sub.add_parser("serve", help="serve with Flask's server (use gunicorn in production)")
    serve.add_argument("--host", default="127.0.0.1")
    batch_cli.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args, out or sys.stdout)
    except CheckerError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2


def _check(args: argparse.Namespace, out: TextIO) -> int:
    text = sys.stdin.read() if args.file == "-" else _read(args.file)
    if args.server:
        from .client import CheckerClient

        with CheckerClient(args.server) as client:
            data = client.check(text, published=args.published, queue=False)
    else:
        from .pipeline import build_checker
        from .web.requests_parsing import parse_date

        published = parse_date(args.published) or date.today()
        data = build_checker(Settings.from_env()).check(text, published=published).to_dict()
    out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n" if args.json else render_table(data))
    return 0


def render_table(data: dict[str, Any]) -> str:
    """A readable report: one block per claim with verdict, reason and the best evidence."""
    lines = [f"As of {data['published']} — store {data['store']['version']} ({data['store']['facts']} facts)", ""]
    for n, claim in enumerate(data["claims"], 1):
        start, end = claim["span"]
        lines.append(f"{n:>2}. [{VERDICT_MARK[claim['verdict']]}] ({claim['kind']}, {start}-{end}) {claim['text']}")
        lines.append(f"    reason {claim['reason']['code']}: {claim['reason']['message']}")
        for e in claim["evidence"][:1]:
            lines.append(f"    evidence {e['fact_id']} ({e['similarity']:.2f}, {e['source']}): {e['text']}")
    summary = data["summary"]
    lines += ["", f"{summary['supported']} supported, {summary['contradicted']} contradicted, "
                  f"{summary['needs_review']} need review; {len(data.get('not_checkable', []))} not checkable", ""]
    return "\n".join(lines)


def _import(args: argparse.Namespace, out: TextIO) -> int:
    source = Path(args.file)
    facts = load_facts(source)  # validates: file:line errors, duplicate ids
    settings = Settings.from_env()
    existing = {f.id for f in load_facts(settings.reference)}
    clash = sorted(existing & {f.id for f in facts})
    if clash:
        raise CheckerError(f"ids already in the reference data: {', '.join(clash[:10])}")
    target = Path(settings.reference)
    target = target if target.is_dir() else target.parent
    destination = target / f"imported-{source.stem}{source.suffix}"
    if destination.exists():
        raise CheckerError(f"{destination} exists already; rename the file to import it")
    # Atomic (temp file, fsync, rename): a crash or a full disk mid-copy must not leave half a file in the
    # reference folder, which would stop the next start with a file:line error.
    from .durable import write_atomic

    write_atomic(destination, source.read_bytes())
    out.write(f"imported {len(facts)} facts into {destination}; the index rebuilds on next start\n")
    return 0


def _rebuild(args: argparse.Namespace, out: TextIO) -> int:
    from .pipeline import build_checker

    force = args.action == "rebuild"
    checker = build_checker(Settings.from_env())
    checker.warm_up()  # builds the ONNX / OpenVINO graphs now, so gunicorn workers start warm
    store = checker.stores.ensure(force=force)  # type: ignore[attr-defined]
    out.write(f"{'rebuilt' if force else 'ready'}: {len(store.facts)} facts, version {store.version}\n")
    return 0


def _serve(args: argparse.Namespace, out: TextIO) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from app import create_app

    app = create_app()
    app.extensions["checker"].checker
    app.run(host=args.host, port=app.extensions["checker"].settings.port)
    return 0


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckerError(f"cannot read {path}: {exc}") from None


def _facts(args: argparse.Namespace, out: TextIO) -> int:
    return (review_cli.import_claimreview if args.action == "import-claimreview" else _import)(args, out)


COMMANDS = {"check": _check, "facts": _facts, "index": _rebuild, "serve": _serve, "db": review_cli.db,
            "users": review_cli.users,
            "batch": batch_cli.batch, "batch-worker": batch_cli.batch_worker}
