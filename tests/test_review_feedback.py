"""The feedback loop on the real model and store: check → queued → decide with a new fact → supported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from checker.desk import Desk
from checker.embedding import SentenceTransformerEncoder
from checker.pipeline import Checker
from checker.publish import StoreManager
from checker.review import Article, Review, open_review
from checker.settings import ROOT, Settings

CLAIM = "The Gwangan Bridge in Busan opened to traffic in 2003."
AS_OF = date(2026, 1, 4)


@pytest.fixture
def desk(tmp_path: Path, encoder: SentenceTransformerEncoder, database_url: str) -> tuple[Desk, Review, Settings]:
    settings = Settings.from_env({}, data_dir=str(tmp_path / "data"))
    stores = StoreManager(settings.data_dir, settings.reference, encoder)
    stores.ensure()
    review = open_review(settings, encoder, stores, url=database_url)
    return Desk(Checker(encoder, stores, settings), review.queue), review, settings


def test_decided_fact_makes_the_next_check_automatic(desk: tuple[Desk, Review, Settings]) -> None:
    checker_desk, review, settings = desk
    first = checker_desk.check(claims=[CLAIM], published=AS_OF, article=Article("Busan Daily", "https://n.example/1"))
    assert first.claims[0].verdict == "needs_review"
    (queued,) = first.extra["review_items"]
    alice, _token = review.users.add("alice", "reviewer")
    review.queue.claim(queued["id"], alice)
    decided = review.queue.decide(queued["id"], alice, "supported", "city records", "https://www.busan.go.kr/",
                                  add_fact={"text": "Gwangan Bridge in Busan opened to traffic in January 2003.",
                                            "source": "Busan Metropolitan City", "date": "2003-01-06"})
    second = checker_desk.check(claims=[CLAIM], published=AS_OF)
    result = second.claims[0]
    assert result.verdict == "supported" and result.evidence[0].fact.id == decided.fact_id
    assert second.extra["review_items"] == []
    # another worker process (its own StoreManager and model) sees the new store version too
    env = {**os.environ, "CHECKER_DATA_DIR": settings.data_dir, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-m", "checker", "check", "-", "--json", "--published", "2026-01-04"],
                         input=CLAIM, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=True)
    (other,) = json.loads(out.stdout)["claims"]
    assert other["verdict"] == "supported" and other["evidence"][0]["fact_id"] == decided.fact_id


def test_paraphrase_joins_but_other_year_or_polarity_does_not(desk: tuple[Desk, Review, Settings]) -> None:
    checker_desk, _review, _ = desk
    texts = [CLAIM, "Busan's Gwangan Bridge opened to traffic in 2003.",
             "The Gwangan Bridge in Busan opened to traffic in 2004.",
             "The Gwangan Bridge in Busan closed to traffic in 2003."]
    ids = [checker_desk.check(claims=[t], published=AS_OF).extra["review_items"][0] for t in texts]
    assert [q["joined"] for q in ids] == [False, True, False, False]
    assert ids[1]["id"] == ids[0]["id"] and len({q["id"] for q in ids}) == 3


def test_opting_out_and_request_evidence_do_not_queue(desk: tuple[Desk, Review, Settings]) -> None:
    checker_desk, review, _ = desk
    assert checker_desk.check(claims=[CLAIM], published=AS_OF, queue=False).extra["review_items"] == []
    result = checker_desk.check(claims=[CLAIM], published=AS_OF, evidence=["Something unrelated entirely."])
    assert result.extra["review_items"] == [] and review.queue.counts()["open"] == 0
