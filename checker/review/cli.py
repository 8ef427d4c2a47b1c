"""``python -m checker db|users|facts import-claimreview``: the review side of the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ..errors import CheckerError
from ..settings import Settings
from .db import database_url, make_engine, upgrade
from .records import ROLES
from .users import UserStore


def add_commands(sub: Any, facts: Any) -> None:
    """Register the subcommands on the main parser (``sub``) and the ``facts`` group."""
    db = sub.add_parser("db", help="manage the review database").add_subparsers(dest="action", required=True)
    db.add_parser("upgrade", help="apply the schema migrations (also done at every start)")
    users = sub.add_parser("users", help="manage reviewers").add_subparsers(dest="action", required=True)
    add = users.add_parser("add", help="create a user and print an API token")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="reviewer")
    add.add_argument("--password-stdin", action="store_true", help="read a login password from stdin")
    for action, text in (("token", "print a new API token"), ("revoke-token", "revoke all the user's tokens"),
                         ("password", "set the login password from stdin")):
        users.add_parser(action, help=text).add_argument("name")
    users.add_parser("list", help="list users, roles and live tokens")
    crv = facts.add_parser("import-claimreview", help="add ClaimReview JSON-LD rated true to the store")
    crv.add_argument("file")


def db(args: argparse.Namespace, out: TextIO) -> int:
    engine = make_engine(database_url(Settings.from_env()))
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    out.write("review database is up to date\n")
    return 0


def users(args: argparse.Namespace, out: TextIO) -> int:
    from . import open_review

    review = open_review(Settings.from_env(), None, None)
    try:
        _user_action(args, review.users, out)
    finally:
        review.engine.dispose()  # a command is short-lived: close its connections explicitly
    return 0


def _user_action(args: argparse.Namespace, store: UserStore, out: TextIO) -> None:
    if args.action == "add":
        password = _stdin_password() if args.password_stdin else None
        user, token = store.add(args.name, args.role, password)
        out.write(f"created {user.role} {user.name}; API token (shown once):\n{token}\n")
    elif args.action == "token":
        out.write(store.issue_token(args.name) + "\n")
    elif args.action == "revoke-token":
        out.write(f"revoked {store.revoke_tokens(args.name)} token(s) of {args.name}\n")
    elif args.action == "password":
        store.set_password(args.name, _stdin_password())
        out.write(f"password of {args.name} set\n")
    else:
        for user, live in store.list():
            out.write(f"{user.name}\t{user.role}\t{live} live token(s)\n")


def import_claimreview(args: argparse.Namespace, out: TextIO, encoder: Any = None) -> int:
    """Import a ClaimReview file; ``encoder`` defaults to the real model (tests pass their loaded one)."""
    from ..embedding import SentenceTransformerEncoder
    from ..publish import StoreManager
    from .claimreview import import_claimreview as run

    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CheckerError(f"cannot read {args.file} as JSON: {exc}") from None
    settings = Settings.from_env()
    encoder = encoder or SentenceTransformerEncoder()
    report = run(data, StoreManager(settings.data_dir, settings.reference, encoder))
    out.write(f"added {len(report.added)} fact(s), skipped {len(report.skipped)}\n")
    for line in report.skipped:
        out.write(f"  skipped {line}\n")
    return 0


def _stdin_password() -> str:
    line = sys.stdin.readline()
    return line.rstrip("\r\n")
