"""One contract for both vector stores: FAISS files and pgvector in a real PostgreSQL.

Each test taking ``make_source`` runs once per backend; the real-model tests check that pgvector's HNSW
search ranks the bundled reference facts as FAISS's exact search does, and that the verdict tests pass on it.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
import pytest

from checker.backends import open_store_source
from checker.domain import Fact
from checker.embedding import Encoder, FakeEncoder, SentenceTransformerEncoder
from checker.errors import InvalidInput, StoreError
from checker.pgstore import PgVectorManager
from checker.pipeline import Checker
from checker.publish import StoreManager
from checker.references import load_facts
from checker.settings import Settings
from pgserver import PgServer
from test_verdict_real import PERTURBED, PUBLISHED, TRUE_CLAIMS

FACTS = [
    {"id": "bridge", "text": "The Golden Gate Bridge opened in 1937.", "source": "s1", "date": "1937"},
    {"id": "olympics", "text": "Seoul hosted the 1988 Summer Olympics.", "source": "s2", "date": "1988"},
    {"id": "koo", "text": "Kim Koo was born on August 29, 1876.", "source": "s3", "date": "1876-08-29"},
]


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    path = tmp_path / "refs" / "facts.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps(f) + "\n" for f in FACTS), encoding="utf-8")
    return path


@pytest.fixture(params=["faiss", "pgvector"])
def make_source(request: pytest.FixtureRequest, tmp_path: Path, refs: Path) -> Iterator[Callable]:
    """A factory of store managers over one shared backing store (files or one database)."""
    made: list = []
    url = request.getfixturevalue("pgvector_url") if request.param == "pgvector" else ""

    def make(encoder: Encoder) -> StoreManager | PgVectorManager:
        settings = Settings.from_env({}, data_dir=str(tmp_path / "data"), reference=str(refs),
                                     vector_backend=request.param, database_url=url)
        made.append(open_store_source(settings, encoder))
        return made[-1]

    yield make
    for source in made:
        getattr(source, "close", lambda: None)()


def test_search_get_and_info(make_source: Callable, fake_encoder: FakeEncoder) -> None:
    store = make_source(fake_encoder).current()
    hits = store.search(fake_encoder.encode(["Seoul hosted the 1988 Summer Olympics.", "bridge opened"]), 2)
    assert [e.fact.id for e in hits[0]][:1] == ["olympics"] and hits[0][0].similarity == pytest.approx(1, abs=1e-5)
    assert hits[1][0].fact.id == "bridge"
    assert all(a.similarity >= b.similarity for row in hits for a, b in zip(row, row[1:]))
    assert store.get("koo") == Fact(**FACTS[2]) and store.get("nope") is None
    assert store.info().facts == 3 and len(store.facts) == 3
    assert store.search(fake_encoder.encode(["x"]), 0) == [[]]


def test_added_fact_is_found_by_another_manager_within_a_second(make_source: Callable,
                                                                fake_encoder: FakeEncoder) -> None:
    """pgvector has no copy to refresh; a FAISS worker looks at the version pointer at most every 200 ms."""
    writer, reader = make_source(fake_encoder), make_source(fake_encoder)
    before = reader.current().info()
    new = Fact(id="tower", text="The Eiffel Tower was completed in 1889.", source="s4", date="1889")
    writer.add_facts([new])
    deadline = time.monotonic() + 1.0
    store = reader.current()
    while store.get("tower") is None and time.monotonic() < deadline:
        time.sleep(0.05)
        store = reader.current()
    assert store.search(fake_encoder.encode([new.text]), 1)[0][0].fact == new
    assert store.info().facts == before.facts + 1 and store.info().version != before.version


def test_duplicate_id_is_refused_and_nothing_is_added(make_source: Callable, fake_encoder: FakeEncoder) -> None:
    source = make_source(fake_encoder)
    with pytest.raises(StoreError, match="bridge"):
        source.add_facts([Fact(id="new", text="a", source="s"), Fact(id="bridge", text="b", source="s")])
    assert source.current().info().facts == 3 and source.current().get("new") is None


def test_added_facts_survive_a_forced_rebuild(make_source: Callable, fake_encoder: FakeEncoder) -> None:
    source = make_source(fake_encoder)
    source.add_facts([Fact(id="tower", text="The Eiffel Tower was completed in 1889.", source="s4")])
    store = source.ensure(force=True)
    assert store.get("tower") is not None and store.info().facts == 4
    assert [f.id for f in source.added_facts()] == ["tower"]


def test_pgvector_needs_a_postgresql_url(fake_encoder: FakeEncoder) -> None:
    settings = Settings.from_env({}, vector_backend="pgvector", database_url="sqlite:///x.db")
    with pytest.raises(InvalidInput, match="CHECKER_DATABASE_URL"):
        open_store_source(settings, fake_encoder)
    with pytest.raises(InvalidInput, match="faiss"):
        open_store_source(Settings.from_env({}, vector_backend="annoy"), fake_encoder)


@pytest.fixture(scope="session")
def pgvector_checker(pgvector_server: PgServer, encoder: SentenceTransformerEncoder,
                     real_checker: Checker, real_settings: Settings) -> Iterator[Checker]:
    """The real model on pgvector over the bundled reference data (vectors cached by the FAISS build)."""
    manager = PgVectorManager(pgvector_server.create_database("contract"), real_settings.reference, encoder)
    manager.ensure()
    yield Checker(encoder, manager, real_settings, verifier=real_checker.verifier, worthiness=real_checker.worthiness)
    manager.close()


def test_pgvector_ranks_the_reference_facts_like_faiss(pgvector_checker: Checker, real_checker: Checker,
                                                       encoder: SentenceTransformerEncoder) -> None:
    facts = load_facts(real_checker.settings.reference)
    queries = encoder.encode([f.text for f in facts] + TRUE_CLAIMS + PERTURBED)
    exact = real_checker.stores.current().search(queries, 8)
    hnsw = pgvector_checker.stores.current().search(queries, 8)
    assert [row[0].fact.id for row in hnsw] == [row[0].fact.id for row in exact]
    assert [row[0].fact.id for row in hnsw[:len(facts)]] == [f.id for f in facts]
    gaps = [abs(a.similarity - b.similarity) for x, y in zip(exact, hnsw) for a, b in zip(x, y)]
    assert max(gaps) < 1e-4
    assert np.mean([[e.fact.id for e in x] == [e.fact.id for e in y] for x, y in zip(exact, hnsw)]) > 0.95


@pytest.mark.parametrize("claim", TRUE_CLAIMS)
def test_true_claims_supported_on_pgvector(pgvector_checker: Checker, claim: str) -> None:
    (result,) = pgvector_checker.check_claims([claim], published=PUBLISHED).claims
    assert result.verdict == "supported", result.reason


@pytest.mark.parametrize("claim", PERTURBED)
def test_perturbed_claims_never_supported_on_pgvector(pgvector_checker: Checker, claim: str) -> None:
    (result,) = pgvector_checker.check_claims([claim], published=PUBLISHED).claims
    assert result.verdict in ("contradicted", "needs_review"), result.reason


def test_example_article_gives_the_same_verdicts(pgvector_checker: Checker, real_checker: Checker,
                                                 example_text: str) -> None:
    on_pg = pgvector_checker.check(example_text, published=PUBLISHED)
    on_faiss = real_checker.check(example_text, published=PUBLISHED)
    assert [(c.claim.text, c.verdict) for c in on_pg.claims] == [(c.claim.text, c.verdict) for c in on_faiss.claims]
    assert on_pg.counts()["supported"] >= 5
    assert on_pg.store is not None and on_pg.store.version.startswith("pg-")
