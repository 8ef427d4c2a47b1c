"""A hand-made gold annotation of the example article, and extraction precision/recall against it.

Annotated by reading the article as a fact-checker would (2026-11-29), not by running the extractor. Each
checkable claim is given by its first and last words (the span runs from the first to the end of the last)
and its type. Sentences judged not checkable are listed with why; two of them state something historical
in figurative or common-knowledge terms ("Shanghai witnessed the sparks of ...", "Both Beijing and Seoul,
having suffered atrocities ...") and are annotated as rhetorical, not as claims to send to a reviewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from checker.pipeline import Checker
from tests.gold_helpers import assert_not_checked, score

GOLD_CLAIMS = [  # (first words, last words, kind)
    ("President of the Republic of Korea(ROK) Lee Jae Myung", "from January 4 to 7", "date"),
    ("This marks the first visit by a ROK president", "in over six years", "duration"),
    ("the reciprocal visits between the heads of state", "within a span of just two months", "duration"),
    ("In the 33 years since the establishment", "in the past few years", "duration"),
    ("In an interview before his trip", "would enter a new phase", "quote"),
    ("As Wi Seong-rak, director", "peace and stability in Northeast Asia", "quote"),
    ("Lee openly acknowledged", "into horizontal cooperation", "quote"),
    ("a large economic delegation of 200 members", "in the high-level talks", "number"),
    ("as soon as the news of Lee's visit", "sectors rose sharply", "comparison"),
    ("According to ROK media reports", "Republic of Korea in Shanghai", "quote"),
    ("The year 2026 marks the 150th anniversary", "independence movement", "anniversary"),
    ("the 100th anniversary of the completion", "Provisional Government in Shanghai", "anniversary"),
    ("The just-concluded year 2025 marked", "World Anti-Fascist War", "anniversary"),
]

NOT_CHECKABLE = [  # (first words, why)
    ("The primary task of Lee's current visit", "opinion"),
    ("The expected meeting between Lee and Chinese President", "prediction"),
    ("The strategic significance of the meeting", "opinion"),
    ("Seoul will explicitly reaffirm", "prediction"),
    ("This constitutes the political foundation", "opinion"),
    ("Meanwhile, both sides will strive", "prediction"),
    ("This also indicates that Lee is attempting", "opinion"),
    ("As can be seen from Lee 's itinerary", "opinion"),
    ("China-ROK cooperation is advancing", "opinion"),
    ("Such a pragmatic attitude", "prediction"),
    ("This fully reflects the strong desire", "opinion"),
    ("Visiting Shanghai in this special year", "opinion"),
    ("Shanghai witnessed the sparks", "rhetorical"),
    ("This endows Lee's visit", "opinion"),
    ("Both Beijing and Seoul, having suffered", "rhetorical"),
    ("At a time when Japan's historical revisionism", "opinion"),
    ("Although Lee's visit to historical sites", "opinion"),
    ("China and the ROK should jointly send", "normative"),
    ("Lee's visit to China transcends history", "opinion"),
    ("It is not only a beneficial journey", "normative"),
    ("In the new era of China-ROK relations", "normative"),
    ("It is necessary for Beijing and Seoul", "normative"),
]


@pytest.fixture(scope="module")
def extracted(real_checker: Checker, example_text: str):  # type: ignore[no-untyped-def]
    return real_checker.check(example_text, published=date(2026, 1, 4))


def test_extraction_precision_and_recall_on_the_gold(extracted, example_text: str) -> None:  # type: ignore[no-untyped-def]
    result = score(extracted, example_text, GOLD_CLAIMS)
    print(result.line("gold example"))
    assert result.precision >= 0.9 and result.recall >= 0.9
    assert result.same_kind >= 0.9


def test_not_checkable_sentences_are_never_checked(extracted, example_text: str) -> None:  # type: ignore[no-untyped-def]
    assert_not_checked(extracted, example_text, NOT_CHECKABLE)


def test_every_checkable_claim_has_a_worthiness_score(extracted) -> None:  # type: ignore[no-untyped-def]
    scores = [r.claim.worthiness for r in extracted.claims]
    assert all(s is not None and 0.0 <= s <= 1.0 for s in scores)
