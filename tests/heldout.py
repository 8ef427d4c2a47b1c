"""What each outcome of a held-out verdict batch means (tests/test_verdict_heldout*.py).

A batch lists its claims by outcome (:class:`Batch`); :func:`outcome_tests` makes the same tests for every batch,
so a batch file holds its claims and the tests of its own rules, and binds the outcome tests once from its lists:
``add_outcome_tests(globals())``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Sequence

import pytest

from checker.domain import ClaimResult, Evidence, Fact, Reason
from checker.pipeline import Checker


@dataclass(frozen=True)
class Batch:
    published: date
    true_supported: tuple[str, ...] = ()
    true_reviewed: tuple[str, ...] = ()  # true, and sent to a reviewer: the rules or the model cannot confirm it
    false_contradicted: tuple[str, ...] = ()
    false_reviewed: tuple[str, ...] = ()  # false, sent to a reviewer: never supported
    absent: tuple[str, ...] = ()  # the store says nothing of it: never supported, never contradicted
    true_parts: frozenset[str] = frozenset()  # true clauses of false sentences, supported on their own


NEVER = "never supported"  # an article label: any verdict but supported


def check_article(checker: Checker, published: date, article: str, expected: dict[str, str]) -> None:
    """An article checked whole (the API's ``text``): every claim holding the words of a label gets its verdict
    (``NEVER``: any but supported)."""
    claims = checker.check(article, published=published).claims
    for words, want in expected.items():
        verdicts = {r.verdict for r in claims if words in r.claim.text}
        assert verdicts, f"no claim holds {words!r}"
        if want == NEVER:
            assert "supported" not in verdicts, (words, [r.reason for r in claims if words in r.claim.text])
        else:
            assert verdicts == {want}, (words, [r.reason for r in claims if words in r.claim.text])


def article_test(articles: Sequence[tuple[date, str, dict[str, str]]]) -> Callable[..., None]:
    """A test checking each ``(published, article, labels)`` whole (:func:`check_article`), one case each."""
    @pytest.mark.parametrize("published, article, expected", articles, ids=[a[:48] for _, a, _ in articles])
    def test(real_checker: Checker, published: date, article: str, expected: dict[str, str]) -> None:
        check_article(real_checker, published, article, expected)
    return test


def dated_fact(fact_id: str, text: str, day: str, similarity: float = 0.8) -> Evidence:
    """A store fact as retrieval returns it, for the tests of one rule."""
    return Evidence(Fact(fact_id, text, "test", date=day), similarity)


def given(checker: Checker, claim: str, published: date) -> ClaimResult:
    """The claim checked as given (the API's ``claims``)."""
    (result,) = checker.check_claims([claim], published=published).claims
    return result


def supported_anywhere(checker: Checker, claim: str, published: date,
                       true_parts: frozenset[str] = frozenset()) -> list[Reason]:
    """Why the claim, checked as given and as a one-sentence article, was supported anywhere; a true clause
    inside a false sentence (``true_parts``, by its text) may be supported on its own."""
    results = list(checker.check_claims([claim], published=published).claims)
    results += [r for r in checker.check(claim, published=published).claims if r.claim.text not in true_parts]
    return [r.reason for r in results if r.verdict == "supported"]


def outcome_tests(batch: Batch) -> dict[str, Callable[..., None]]:
    """The outcome tests of ``batch`` by test name, each parametrised by the claims of one outcome (none for an
    outcome the batch has no claims of)."""
    day = batch.published

    def verdict_is(expected: str) -> Callable[[Checker, str], None]:
        def test(real_checker: Checker, claim: str) -> None:
            result = given(real_checker, claim, day)
            assert result.verdict == expected, result.reason
        return test

    def never_supported(real_checker: Checker, claim: str) -> None:
        assert supported_anywhere(real_checker, claim, day, batch.true_parts) == []

    tests = {
        "test_true_claims_are_supported": (verdict_is("supported"), batch.true_supported),
        "test_true_claims_the_rules_cannot_confirm_go_to_a_reviewer": (verdict_is("needs_review"),
                                                                       batch.true_reviewed),
        "test_false_and_absent_claims_are_never_supported": (
            never_supported, batch.false_contradicted + batch.false_reviewed + batch.absent),
        "test_false_claims_on_a_restating_fact_are_contradicted": (verdict_is("contradicted"),
                                                                   batch.false_contradicted),
        "test_the_store_contradicts_nothing_it_does_not_hold": (verdict_is("needs_review"), batch.absent),
    }
    return {name: pytest.mark.parametrize("claim", claims)(test) for name, (test, claims) in tests.items() if claims}


# the outcome lists of a batch file, by the Batch field each fills
_LISTS = {"true_supported": "TRUE_SUPPORTED", "true_reviewed": "TRUE_REVIEWED",
          "false_contradicted": "FALSE_CONTRADICTED", "false_reviewed": "FALSE_REVIEWED", "absent": "ABSENT"}


def add_outcome_tests(module: dict[str, Any]) -> None:
    """Add to a batch file's namespace the outcome tests of the batch its lists name: ``PUBLISHED``, any of
    ``TRUE_SUPPORTED``, ``TRUE_REVIEWED``, ``FALSE_CONTRADICTED``, ``FALSE_REVIEWED``, ``ABSENT``, and
    ``TRUE_INSIDE_FALSE`` (true clauses of false sentences)."""
    batch = Batch(module["PUBLISHED"], **{field: tuple(module.get(name, ())) for field, name in _LISTS.items()},
                  true_parts=frozenset(module.get("TRUE_INSIDE_FALSE", ())))
    module.update(outcome_tests(batch))
