"""Queue core on the fake encoder: intake and joining, leases, decisions, audit, two-person rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.errors import Conflict, Forbidden, InvalidInput, NotFound
from checker.review import Article, Review
from checker.review.clock import FakeClock
from checker.domain import SUPPORTED
from tests.review_helpers import ADMIN, OTHER, REVIEWER, check_result, claim_result, fake_review, year


@pytest.fixture
def env(tmp_path: Path, database_url: str):  # type: ignore[no-untyped-def]
    return fake_review(tmp_path, database_url)


def queue_one(review: Review, text: str = "The bridge opened to traffic in 1999.") -> int:
    (queued,) = review.queue.enqueue(check_result(claim_result(text, [year(1999)])))
    return queued.item_id


def test_only_needs_review_claims_are_queued_and_same_claims_join(env) -> None:  # type: ignore[no-untyped-def]
    review, _clock, _ = env
    result = check_result(claim_result("The bridge opened to traffic in 1999.", [year(1999)], worthiness=0.9),
                          claim_result("Water is wet.", verdict=SUPPORTED))
    (first,) = review.queue.enqueue(result, Article("Paper A", "https://a.example/1"))
    assert first.claim_index == 0 and not first.joined
    (again,) = review.queue.enqueue(check_result(claim_result("The bridge opened to traffic in 1999.",
                                                              [year(1999)])), Article("Paper B", None))
    assert again.joined and again.item_id == first.item_id
    (other_year,) = review.queue.enqueue(check_result(claim_result("The bridge opened to traffic in 1998.",
                                                                   [year(1998)])))
    assert not other_year.joined and other_year.item_id != first.item_id
    item = review.queue.get(first.item_id)
    assert item.occurrence_count == 2 and [o.article_title for o in item.occurrences] == ["Paper A", "Paper B"]
    assert item.priority > 0.9 and item.reason_code == "no_match" and item.evidence[0]["fact_id"] == "f1"
    assert [a.action for a in review.queue.history(first.item_id)] == ["create", "join"]


def test_one_check_filing_a_claim_twice_makes_one_item_and_counts_both(env) -> None:  # type: ignore[no-untyped-def]
    """The second copy joins the item the first created in the same transaction; counts are written in bulk."""
    review, _clock, _ = env
    (waiting,) = review.queue.enqueue(check_result(claim_result("The dam opened in 1975.", [year(1975)])))
    text = "The bridge opened to traffic in 1999."
    result = check_result(claim_result(text, [year(1999)]), claim_result("The dam opened in 1975.", [year(1975)]),
                          claim_result(text, [year(1999)]))
    new, dam, again = review.queue.enqueue(result, Article("Paper C", None))
    assert not new.joined and again.joined and again.item_id == new.item_id
    assert dam.joined and dam.item_id == waiting.item_id
    assert [q.claim_index for q in (new, dam, again)] == [0, 1, 2]
    item = review.queue.get(new.item_id)
    assert item.occurrence_count == 2 and [o.article_title for o in item.occurrences] == ["Paper C", "Paper C"]
    assert [a.action for a in review.queue.history(new.item_id)] == ["create", "join"]
    assert review.queue.get(waiting.item_id).occurrence_count == 2
    assert review.queue.history(new.item_id)[1].after["occurrence_count"] == 2


def test_article_url_must_be_http() -> None:
    with pytest.raises(InvalidInput):
        Article("x", "javascript:alert(1)")


def test_claim_renew_release_and_conflicts(env) -> None:  # type: ignore[no-untyped-def]
    review, clock, _ = env
    item_id = queue_one(review)
    claimed = review.queue.claim(item_id, REVIEWER)
    assert claimed.status == "claimed" and claimed.assignee == "alice"
    with pytest.raises(Conflict, match="claimed by alice"):
        review.queue.claim(item_id, OTHER)
    with pytest.raises(Conflict):
        review.queue.renew(item_id, OTHER)
    clock.advance(minutes=20)
    renewed = review.queue.renew(item_id, REVIEWER)
    assert renewed.lease_expires == clock.now().replace() + review.queue.lease
    assert review.queue.release(item_id, REVIEWER).status == "open"
    with pytest.raises(Conflict, match="not claimed"):
        review.queue.release(item_id, REVIEWER)
    with pytest.raises(NotFound):
        review.queue.claim(999, REVIEWER)


def test_expired_lease_returns_item_and_late_decision_is_refused(env) -> None:  # type: ignore[no-untyped-def]
    review, clock, _ = env
    item_id = queue_one(review)
    review.queue.claim(item_id, REVIEWER)
    clock.advance(minutes=31)
    with pytest.raises(Conflict, match="expired"):
        review.queue.decide(item_id, REVIEWER, "supported", "late")
    assert review.queue.get(item_id).status == "open"  # lazily expired on read
    review.queue.claim(item_id, OTHER)
    decided = review.queue.decide(item_id, OTHER, "contradicted", "wrong year", "https://example.org/src")
    assert decided.status == "decided" and decided.verdict == "contradicted"
    with pytest.raises(Conflict, match="already decided"):
        review.queue.decide(item_id, OTHER, "supported")
    actions = [a.action for a in review.queue.history(item_id)]
    assert actions == ["create", "claim", "expire", "claim", "decide"]
    decide = review.queue.history(item_id)[-1]
    assert decide.before["status"] == "claimed" and decide.after["verdict"] == "contradicted"


@pytest.mark.parametrize("verdict,source,error", [
    ("maybe", None, "invalid_verdict"), ("supported", "javascript:alert(1)", "invalid_url"),
    ("supported", "ftp://x.org/a", "invalid_url"), ("supported", "https://", "invalid_url")])
def test_bad_decisions_are_refused(env, verdict: str, source: str | None, error: str) -> None:  # type: ignore[no-untyped-def]
    review, _, _ = env
    item_id = queue_one(review)
    review.queue.claim(item_id, REVIEWER)
    with pytest.raises(InvalidInput) as info:
        review.queue.decide(item_id, REVIEWER, verdict, "", source)
    assert info.value.code == error
    assert review.queue.get(item_id).status == "claimed"


def test_add_fact_enters_the_store_and_link_fact_must_exist(env) -> None:  # type: ignore[no-untyped-def]
    review, _, stores = env
    item_id = queue_one(review)
    review.queue.claim(item_id, REVIEWER)
    with pytest.raises(InvalidInput, match="no fact"):
        review.queue.decide(item_id, REVIEWER, "supported", link_fact="nope")
    decided = review.queue.decide(item_id, REVIEWER, "supported", "checked", "https://city.example/bridge",
                                  add_fact={"text": "The bridge opened in 1999.", "source": "City", "date": "1999"})
    fact = stores.current().get(decided.fact_id or "")
    assert fact is not None and fact.url == "https://city.example/bridge" and fact.date == "1999"
    other = queue_one(review, "The tunnel opened in 2001.")
    review.queue.claim(other, REVIEWER)
    assert review.queue.decide(other, REVIEWER, "supported", link_fact="f2").fact_id == "f2"


def test_failed_fact_leaves_item_undecided(env) -> None:  # type: ignore[no-untyped-def]
    review, _, _ = env
    item_id = queue_one(review)
    review.queue.claim(item_id, REVIEWER)
    with pytest.raises(InvalidInput):
        review.queue.decide(item_id, REVIEWER, "supported", add_fact={"text": "x", "source": "S", "date": "soon"})
    assert review.queue.get(item_id).status == "claimed"


def test_two_person_rule(tmp_path: Path, database_url: str) -> None:
    review, _, stores = fake_review(tmp_path, database_url, two_person_rule=True)
    item_id = queue_one(review)
    review.queue.claim(item_id, REVIEWER)
    decided = review.queue.decide(item_id, REVIEWER, "supported", add_fact={"text": "Bridge fact.", "source": "S"})
    assert decided.fact_id is None and len(stores.current().facts) == 6
    with pytest.raises(Forbidden):
        review.queue.approve(item_id, REVIEWER)
    approved = review.queue.approve(item_id, OTHER)
    assert approved.fact_id and stores.current().get(approved.fact_id) is not None
    with pytest.raises(Conflict):
        review.queue.approve(item_id, ADMIN)
    assert review.queue.get(item_id).decisions[0].approved_by == "bob"


def test_reopen_is_admin_only_and_claim_next_takes_priority(env) -> None:  # type: ignore[no-untyped-def]
    review, _, _ = env
    low = queue_one(review, "The tunnel opened in 2001.")
    (high,) = review.queue.enqueue(check_result(claim_result("A dam burst in 1975.", [year(1975)], worthiness=1.0)))
    assert review.queue.claim_next(REVIEWER).id == high.item_id
    assert review.queue.claim_next(OTHER).id == low
    assert review.queue.claim_next(OTHER) is None
    review.queue.decide(low, OTHER, "unverifiable")
    with pytest.raises(Forbidden):
        review.queue.reopen(low, OTHER)
    reopened = review.queue.reopen(low, ADMIN)
    assert reopened.status == "open" and reopened.verdict is None
    assert [i.id for i in review.queue.list_items(status="open")] == [low]
    assert [i.id for i in review.queue.list_items(assignee="alice")] == [high.item_id]
    assert review.queue.counts() == {"open": 1, "claimed": 1, "decided": 0}
    with pytest.raises(InvalidInput):
        review.queue.list_items(status="lost")


def test_clock_is_fake() -> None:
    clock = FakeClock()
    start = clock.now()
    assert clock.advance(minutes=5) > start
