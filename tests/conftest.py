"""Fixtures: the real model and real FAISS store once per session; fakes only for fast unit tests."""

from __future__ import annotations

import os
from pathlib import Path

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
def database_url(tmp_path: Path) -> str:
    """The review database under test: a temp SQLite file (issue 7 parametrises this with PostgreSQL)."""
    return f"sqlite:///{tmp_path / 'review.sqlite3'}"
