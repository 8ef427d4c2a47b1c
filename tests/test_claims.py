from datetime import date

import pytest

from checker.claims import extract_claims
from checker.sentences import split_sentences

PUBLISHED = date(2026, 1, 4)


def test_sentence_spans_are_exact() -> None:
    text = "Mr. Lee arrived on Jan. 4.  He met Xi Jinping.\n\nA heading\nThe U.S. said nothing?"
    pieces = [text[s:e] for s, e in split_sentences(text)]
    assert pieces == ["Mr. Lee arrived on Jan. 4.", "He met Xi Jinping.", "A heading", "The U.S. said nothing?"]


@pytest.mark.parametrize("phrase,kind,relation", [
    ("over six years", "duration", "first_in"),
    ("33 years", "duration", "since"),
    ("200 members", "number", None),
    ("150th anniversary", "anniversary", "anniversary"),
    ("80th anniversary", "anniversary", "anniversary"),
    ("January 4 to 7", "date", None),
])
def test_example_claims_found_with_spans(example_text: str, phrase: str, kind: str, relation: str | None) -> None:
    claims = [c for c in extract_claims(example_text, published=PUBLISHED) if c.checkable]
    start = example_text.index(phrase)
    owner = [c for c in claims if c.span[0] <= start < c.span[1]]
    assert len(owner) == 1, f"{phrase!r} is in {len(owner)} claims"
    claim = owner[0]
    assert example_text[claim.span[0]:claim.span[1]] == claim.text
    assert (claim.kind, claim.relation) == (kind, relation)
    assert any(example_text[v.span[0]:v.span[1]] in phrase or phrase in example_text[v.span[0]:v.span[1]]
               for v in claim.values)


@pytest.mark.parametrize("opinion", [
    "This fully reflects the strong desire",
    "China and the ROK should jointly send a clear message",
    "Lee's visit to China transcends history and reality.",
    "It is necessary for Beijing and Seoul",
    "The expected meeting between Lee and Chinese President Xi Jinping will be the highlight",
])
def test_opinions_predictions_normative_give_no_claim(example_text: str, opinion: str) -> None:
    start = example_text.index(opinion)
    for claim in extract_claims(example_text, published=PUBLISHED):
        if claim.span[0] <= start < claim.span[1]:
            assert not claim.checkable
            assert claim.kind in {"opinion", "prediction", "normative"}


def test_compound_sentence_gives_two_claims(example_text: str) -> None:
    claims = extract_claims(example_text, published=PUBLISHED)
    six = next(c for c in claims if "over six years" in c.text)
    two = next(c for c in claims if "two months" in c.text)
    assert six is not two and six.span[1] <= two.span[0]
    kim = next(c for c in claims if "150th" in c.text)
    shanghai = next(c for c in claims if "100th" in c.text)
    assert kim is not shanghai
    assert shanghai.standalone and shanghai.standalone.startswith("The year 2026 marks")


def test_question_is_not_checkable() -> None:
    (claim,) = extract_claims("Did 200 people attend the summit in 2019?")
    assert (claim.checkable, claim.kind) == (False, "question")


def test_pronoun_resolved_in_standalone() -> None:
    text = "Lee Jae Myung arrived in Beijing on January 4, 2026. A delegation of 200 members accompanied him."
    claim = extract_claims(text, published=PUBLISHED)[1]
    assert claim.text.endswith("accompanied him")
    assert claim.standalone and "Lee Jae Myung" in claim.standalone
