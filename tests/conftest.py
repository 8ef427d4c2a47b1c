"""Fixtures: the real model and real FAISS store once per session; fakes only for fast unit tests."""

from __future__ import annotations

import gc
import os
import uuid
import warnings
from pathlib import Path
from typing import Iterator

import pytest

from checker.embedding import FakeEncoder, SentenceTransformerEncoder
from checker.pipeline import Checker
from checker.publish import StoreManager
from checker.settings import ROOT, Settings

EXAMPLE = ROOT.parent / "shared" / "examples" / "state-visit-commentary.txt"
EXAMPLE_TEXT_FILE = Path(os.environ.get("CHECKER_EXAMPLE", EXAMPLE))


@pytest.fixture(scope="session")
def encoder() -> SentenceTransformerEncoder:
    enc = SentenceTransformerEncoder()
    enc.warm_up()
    return enc


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings.from_env({}, data_dir=str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def real_checker(encoder: SentenceTransformerEncoder, real_settings: Settings) -> Checker:
    manager = StoreManager(real_settings.data_dir, real_settings.reference, encoder)
    manager.ensure()
    return Checker(encoder, manager, real_settings)


@pytest.fixture(scope="session")
def example_text() -> str:
    if not EXAMPLE_TEXT_FILE.exists():
        pytest.skip(f"example article not found at {EXAMPLE_TEXT_FILE}")
    return EXAMPLE_TEXT_FILE.read_text(encoding="utf-8")


@pytest.fixture
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """The review database under test: a temp SQLite file, or, when ``CHECKER_TEST_POSTGRES_URL`` names a
    PostgreSQL server (``postgresql+psycopg://user@host:port/postgres``), a fresh database on it per test."""
    server = os.environ.get("CHECKER_TEST_POSTGRES_URL")
    if not server:
        yield f"sqlite:///{tmp_path / 'review.sqlite3'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"claimcheck_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with warnings.catch_warnings():  # the test's engines are dropped unclosed, with their pooled connections
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
