"""Fixtures: the real model and real FAISS store once per session; fakes only for fast unit tests."""

from __future__ import annotations

import gc
import os
import warnings
from pathlib import Path
from typing import Iterator

import pytest

from checker.embedding import FakeEncoder, SentenceTransformerEncoder
from checker.pipeline import Checker
from checker.publish import StoreManager
from checker.settings import ROOT, Settings
from checker.verifier import TrainedVerifier
from checker.worthiness import WorthinessScorer

pytest_plugins = ["pg_fixtures"]  # throwaway PostgreSQL servers (tests/pgserver.py)

EXAMPLE = ROOT.parent / "shared" / "examples" / "state-visit-commentary.txt"
EXAMPLE_TEXT_FILE = Path(os.environ.get("CHECKER_EXAMPLE", EXAMPLE))
RUNTIME = Settings.defaults().model_runtime  # the verifier and check-worthiness run as the service runs them


@pytest.fixture(scope="session")
def encoder() -> SentenceTransformerEncoder:
    enc = SentenceTransformerEncoder()
    enc.warm_up()
    return enc


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings.from_env({}, data_dir=str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def verifier() -> TrainedVerifier:
    model = TrainedVerifier(runtime=RUNTIME)
    model.warm_up()
    return model


@pytest.fixture(scope="session")
def worthiness(encoder: SentenceTransformerEncoder) -> WorthinessScorer:
    scorer = WorthinessScorer(encoder=encoder, runtime=RUNTIME)
    scorer.warm_up()
    return scorer


@pytest.fixture(scope="session")
def real_checker(encoder: SentenceTransformerEncoder, real_settings: Settings, verifier: TrainedVerifier,
                 worthiness: WorthinessScorer) -> Checker:
    """The production configuration: rules, trained verifier, check-worthiness gate, hybrid retrieval."""
    manager = StoreManager(real_settings.data_dir, real_settings.reference, encoder)
    manager.ensure()
    return Checker(encoder, manager, real_settings, verifier=verifier, worthiness=worthiness)


@pytest.fixture(scope="session")
def example_text() -> str:
    if not EXAMPLE_TEXT_FILE.exists():
        pytest.skip(f"example article not found at {EXAMPLE_TEXT_FILE}")
    return EXAMPLE_TEXT_FILE.read_text(encoding="utf-8")


@pytest.fixture
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The review database under test: a temp SQLite file, then a fresh database on a throwaway PostgreSQL 15."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'review.sqlite3'}"
        return
    yield str(request.getfixturevalue("pg_sqlalchemy_url"))
    with warnings.catch_warnings():  # engines the test dropped still hold pooled connections; collect them quietly
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
