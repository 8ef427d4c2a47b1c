"""``python -m checker db|users|facts import-claimreview`` on a temp data folder and database."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from checker.cli import build_parser, main
from checker.review import cli as review_cli
from checker.publish import StoreManager
from checker.review import open_review
from checker.settings import Settings


@pytest.fixture
def env(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("CHECKER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CHECKER_DATABASE_URL", database_url)
    return Settings.from_env()


def run(*argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), out=out) == 0
    return out.getvalue()


def test_users_commands(env: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "up to date" in run("db", "upgrade")
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    token = run("users", "add", "alice", "--role", "admin", "--password-stdin").splitlines()[-1]
    review = open_review(env, None, None)
    users = review.users
    assert users.by_token(token).role == "admin" and users.login("alice", "a long password")
    second = run("users", "token", "alice").strip()
    assert users.by_token(second).name == "alice"
    assert "alice\tadmin\t2 live token(s)" in run("users", "list")
    # tokens are kept only as hashes: neither raw token appears anywhere in the tokens table
    from sqlalchemy import select

    from checker.review import schema
    from checker.review.users import digest

    with review.engine.connect() as conn:
        rows = [tuple(map(str, r)) for r in conn.execute(select(schema.tokens))]
    assert all(token not in cell and second not in cell for row in rows for cell in row)
    assert {digest(token), digest(second)} <= {cell for row in rows for cell in row}
    assert "revoked 2 token(s)" in run("users", "revoke-token", "alice")
    assert "0 live token(s)" in run("users", "list")
    assert main(["users", "add", "alice"], out=io.StringIO()) == 2  # exists already: an error, not a crash
    assert main(["users", "token", "nobody"], out=io.StringIO()) == 2
    review.engine.dispose()


def test_import_claimreview_file(env: Settings, tmp_path: Path, encoder: object) -> None:
    doc = [{"@type": "ClaimReview", "claimReviewed": "The Busan Tower is 120 metres tall.",
            "url": "https://factcheck.example/tower", "author": {"name": "Example Checks"},
            "reviewRating": {"ratingValue": 5, "bestRating": 5, "worstRating": 1}},
           {"@type": "ClaimReview", "claimReviewed": "Busan is the capital of Korea.",
            "reviewRating": {"alternateName": "Pants on Fire!"}}]
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps(doc))
    stores = StoreManager(env.data_dir, env.reference, encoder, refresh_interval=0)  # type: ignore[arg-type]
    stores.ensure()
    out = io.StringIO()  # the handler itself, given the session's model instead of loading another
    assert review_cli.import_claimreview(build_parser().parse_args(["facts", "import-claimreview", str(path)]),
                                         out, encoder) == 0
    printed = out.getvalue()
    assert "added 1 fact(s), skipped 1" in printed and "rated false" in printed
    assert any(f.source == "Example Checks" for f in stores.current().facts)
    assert "added 0 fact(s), skipped 2" in run("facts", "import-claimreview", str(path))  # through main()
