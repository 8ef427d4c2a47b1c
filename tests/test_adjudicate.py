"""The verifier's second opinion stays inside the slot rules: it never supports a claim whose values differ."""

from __future__ import annotations

from datetime import date
from typing import Sequence

import pytest

from checker.domain import Fact
from checker.embedding import FakeEncoder
from checker.pipeline import Checker
from checker.settings import Settings
from checker.store import FactStore
from checker.subject import other_subject, restates, shares_subject

THRESHOLDS = {"supported": {"auto": 0.85, "suggest": 0.6}, "contradicted": {"auto": 0.7, "suggest": 0.55}}
AS_OF = date(2026, 1, 4)


class ScriptedVerifier:
    """Answers a fixed probability triple for every pair and records what it was asked."""

    def __init__(self, supported: float, contradicted: float) -> None:
        self.thresholds = THRESHOLDS
        self.probs = {"supported": supported, "contradicted": contradicted,
                      "needs_review": max(0.0, 1.0 - supported - contradicted)}
        self.asked: list[tuple[str, str]] = []

    def warm_up(self) -> None:
        pass

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
        self.asked += list(pairs)
        return [dict(self.probs) for _ in pairs]


def checker_with(verifier: ScriptedVerifier, *facts: str) -> Checker:
    encoder = FakeEncoder()
    store = FactStore.build([Fact(id=f"f{i}", text=t, source="test") for i, t in enumerate(facts)], encoder)
    return Checker(encoder, store, Settings.defaults(), verifier=verifier)


def verdict(checker: Checker, claim: str) -> tuple[str, str]:
    result = checker.check_claims([claim], published=AS_OF).claims[0]
    return result.verdict, result.reason.code


def test_verifier_raises_a_paraphrase_without_values_to_supported() -> None:
    checker = checker_with(ScriptedVerifier(0.95, 0.01), "Lee visited the memorial hall of the provisional government")
    assert verdict(checker, "Lee went to the provisional government memorial hall") == ("supported", "model_match")


def test_verifier_cannot_support_a_different_number() -> None:
    checker = checker_with(ScriptedVerifier(0.99, 0.0), "The delegation had 200 members in Beijing")
    got = verdict(checker, "The delegation had 300 members in Beijing")
    assert got[0] != "supported"


def test_verifier_cannot_support_another_place() -> None:
    checker = checker_with(ScriptedVerifier(0.99, 0.0), "Lee Jae Myung paid a state visit to China")
    assert verdict(checker, "Lee Jae Myung paid a state visit to Japan")[0] != "supported"


def test_verifier_cannot_support_an_unconfirmed_value() -> None:
    checker = checker_with(ScriptedVerifier(0.99, 0.0), "The delegation travelled to Beijing with the president")
    got = verdict(checker, "The delegation of 200 members travelled to Beijing with the president")
    assert got == ("needs_review", "value_unverified")


def test_verifier_refutes_a_claim_about_the_same_entities() -> None:
    checker = checker_with(ScriptedVerifier(0.02, 0.9), "Lee visited the memorial hall of the provisional government")
    assert verdict(checker, "Lee stayed away from the provisional government memorial hall") == (
        "contradicted", "model_refutes")


def test_verifier_doubt_sends_a_rule_supported_claim_to_review() -> None:
    text = "Lee visited the memorial hall of the provisional government"
    rules_only = Checker(FakeEncoder(), FactStore.build([Fact(id="f0", text=text, source="t")], FakeEncoder()),
                         Settings.defaults())
    assert verdict(rules_only, text)[0] == "supported"
    assert verdict(checker_with(ScriptedVerifier(0.1, 0.8), text), text) == ("needs_review", "model_disagrees")


def test_undecided_verifier_leaves_the_rules_and_suggests() -> None:
    verifier = ScriptedVerifier(0.65, 0.1)
    checker = checker_with(verifier, "Lee visited the memorial hall of the provisional government")
    result = checker.check_claims(["Lee went to the provisional government memorial hall"], published=AS_OF).claims[0]
    assert result.verdict == "needs_review"
    assert result.model is not None and result.model.suggestion == "supported" and result.model.fact_id == "f0"
    assert result.to_dict()["model"]["probabilities"]["supported"] == pytest.approx(0.65)


def test_relation_claims_are_left_to_arithmetic() -> None:
    verifier = ScriptedVerifier(0.99, 0.0)
    checker = checker_with(verifier, "Kim Koo was born on August 29, 1876")
    got = verdict(checker, "The year 2026 marks the 140th anniversary of the birth of Kim Koo")
    assert got[0] != "supported" and verifier.asked == []


def test_verifier_cannot_contradict_with_a_fact_about_another_subject() -> None:
    """Found on a health article: the WHO's founding was 'refuted' by the ROK's founding in 1948 (p=0.80)."""
    claim = "in Geneva the WHO vaccinated 3 million children last year"
    scripted = ScriptedVerifier(0.0, 0.99)
    result = checker_with(scripted, "in Bern the UN vaccinated children last year").check_claims(
        [claim], published=AS_OF).claims[0]
    assert scripted.asked and result.verdict == "needs_review"
    same = checker_with(ScriptedVerifier(0.0, 0.99), "in Geneva the WHO vaccinated 3 million children last year")
    assert verdict(same, "in Geneva the WHO vaccinated no children last year") == ("contradicted", "model_refutes")
    # nor with a fact silent on the claim's figure (what the fact does not count, it cannot refute)
    silent = checker_with(ScriptedVerifier(0.0, 0.99), "in Geneva the WHO vaccinated children last year")
    assert verdict(silent, claim)[0] == "needs_review"
    # evidence sent with the request is vouched for by the caller (VitaminC's often says only "it")
    given = checker_with(ScriptedVerifier(0.0, 0.99)).check_claims(
        [claim], published=AS_OF, evidence=["in Bern the UN vaccinated children last year"]).claims[0]
    assert (given.verdict, given.reason.code) == ("contradicted", "model_refutes")


def test_a_fact_opening_with_another_name_is_about_something_else() -> None:
    """Found on a health article: Romania's measles count was contradicted by Kazakhstan's (cosine 0.84)."""
    checker = checker_with(ScriptedVerifier(0.0, 0.0), "Kazakhstan reported 28,147 measles cases in 2024")
    for claim in ("Romania reported 28,147 measles cases in 2024", "Romania reported 30,692 measles cases in 2024"):
        assert verdict(checker, claim) == ("needs_review", "entity_mismatch")
    same = checker_with(ScriptedVerifier(0.0, 0.0), "Romania reported 28,147 measles cases in 2024")
    assert verdict(same, "Romania reported 30,692 measles cases in 2024") == ("contradicted", "value_mismatch")


@pytest.mark.parametrize("claim, fact, shared", [
    ("The WHO was founded on 7 April 1948", "The Republic of Korea was established on August 15, 1948", False),
    ("Ashley Graham was on a magazine cover", "She has appeared on the cover of fashion magazines", False),
    ("Ashley Graham was on a magazine cover", "Ashley Graham has appeared on the cover of Vogue", True),
    ("Measles cases doubled last year", "Cases of measles more than doubled in 2024", True),  # no names: words
    ("Measles cases doubled last year", "Rainfall doubled in 2024", False),
    ("We note that the Earth warmed", "Study author Katherine Richardson notes that the Earth warmed", True),
])
def test_shares_subject(claim: str, fact: str, shared: bool) -> None:
    assert shares_subject(claim, fact) is shared


@pytest.mark.parametrize("claim, fact, other", [
    ("Romania reported 30,692 measles cases", "Kazakhstan reported 28,147 measles cases", True),
    ("The WHO was founded on 7 April 1948", "The UN was founded on 24 October 1945", True),
    ("Andrea Barzagli is known for his build", "`` Regarded as one of the best , Barzagli is known", False),
    ("Thrift Shop has over 508 million views", "Furthermore , the video has more than 508 million views", False),
    ("Andrea Barzagli is a defender", "Barzagli was born in Fiesole", False),  # one word of the run is enough
    ("Measles cases doubled last year", "Cases of measles more than doubled", False),
    ("In October 2002 , SAIC paid $ 59.7 million", "In October 2002 it paid US $ 59.7 million", False),
    ("Global sales stand at 15 million copies", "Worldwide sales of the album stand at 10 million", False),
])
def test_other_subject_by_opening_name(claim: str, fact: str, other: bool) -> None:
    assert (other_subject(claim, fact) is not None) is other


CLAIM_OVER_100 = "The share of the warming in the past century due to people is over 100 percent"
OTHER_QUANTITY = "In the survey, the share of the warming due to people is 90 percent"  # holds 3 of the claim's 5 terms
RESTATED = "The share of the warming in the past century due to people is 90 percent"


def test_a_store_fact_that_does_not_restate_the_claim_contradicts_only_with_the_verifier() -> None:
    """Found on Climate-FEVER's training part: 43 of 50 rule contradictions on store facts were figures about
    other things ("more than 100 per cent of the warming" against a "90% or greater probability")."""
    doubting = ScriptedVerifier(0.0, 0.1)
    result = checker_with(doubting, OTHER_QUANTITY).check_claims([CLAIM_OVER_100], published=AS_OF).claims[0]
    assert doubting.asked and (result.verdict, result.reason.code) == ("needs_review", "value_mismatch")
    assert "'over 100 percent'" in result.reason.message and "p(contradicted)=0.10" in result.reason.message
    assert result.evidence and result.model is not None and result.model.suggestion == "needs_review"
    leaning = checker_with(ScriptedVerifier(0.0, 0.6), OTHER_QUANTITY)
    assert verdict(leaning, CLAIM_OVER_100) == ("contradicted", "value_mismatch")


def test_a_restating_fact_or_given_evidence_contradicts_by_rule_alone() -> None:
    """The verifier is weak on figures (p(contradicted)=0.51 for Kim Koo born 1886 against 1876): a fact that
    restates the claim with another figure, or evidence sent with the request, needs no second opinion."""
    doubting = ScriptedVerifier(0.0, 0.0)
    assert verdict(checker_with(doubting, RESTATED), CLAIM_OVER_100) == ("contradicted", "value_mismatch")
    given = checker_with(doubting).check_claims([CLAIM_OVER_100], published=AS_OF, evidence=[OTHER_QUANTITY])
    assert (given.claims[0].verdict, given.claims[0].reason.code) == ("contradicted", "value_mismatch")
    assert not doubting.asked


@pytest.mark.parametrize("claim, fact, expected", [
    ("Kim Koo was born on August 29, 1886", "Kim Koo, a leader of the independence movement, was born on "
                                            "August 29, 1876, in Haeju", True),
    ("more than 100 per cent of the warming over the past century is due to human actions",
     "The report found that human actions are very likely the cause of global warming, a 90% probability", False),
    ("Inflation rose to 4.1 percent in March", "In March, inflation rose to 3.2 percent", True),
])
def test_restates_means_the_fact_holds_the_claims_content_words(claim: str, fact: str, expected: bool) -> None:
    assert restates(claim, fact) is expected


@pytest.mark.parametrize("claim, fact, similarity, expected", [
    # "first" agrees, but the rights differ: an ordinal does not pin the claim down (VitaminC validation)
    ("The movie rights to Veronica Roth's first novel were sold before her graduation",
     "The publishing rights to her first novel were sold before she graduated", 0.63,
     ("needs_review", "low_similarity")),
    ("The movie rights to Veronica Roth's first novel were sold before her graduation",
     "The movie rights to Veronica Roth's first novel were sold before she graduated", 0.9, ("supported", "match")),
    # a figure beside the ordinal does pin it down
    ("The first novel sold 340,000 copies", "Her first novel has sold 340,000 copies", 0.63, ("supported", "match")),
])
def test_an_ordinal_alone_needs_the_similarity_of_a_claim_without_values(
        claim: str, fact: str, similarity: float, expected: tuple[str, str]) -> None:
    from checker.domain import Evidence
    from checker.pipeline import claim_from_text
    from checker.verdict import decide

    # VitaminC's evidence comes with the claim ("given"): it may say "her" for the claim's Veronica Roth
    result = decide(claim_from_text(claim, AS_OF), [Evidence(Fact(id="f", text=fact, source="t"), similarity)],
                    AS_OF, Settings.defaults(), given=True)
    assert (result.verdict, result.reason.code) == expected, result.reason


SOLD = "The Secret has sold over 20 million copies"
SAYS_MORE = "The book by Rhonda Byrne has been translated into 50 languages and has sold 30 million copies worldwide"


def test_request_evidence_confirming_every_figure_needs_only_the_verifiers_lean() -> None:
    """The cosine is low because the evidence says more, not because it is about something else."""
    leaning = ScriptedVerifier(0.7, 0.1)
    given = checker_with(leaning).check_claims([SOLD], published=AS_OF, evidence=[SAYS_MORE]).claims[0]
    assert (given.verdict, given.reason.code) == ("supported", "model_match"), given.reason
    # the same fact found in the store needs the auto threshold
    assert verdict(checker_with(ScriptedVerifier(0.7, 0.1), SAYS_MORE), SOLD)[0] == "needs_review"
    # a claim without a figure that pins it down needs the auto threshold even with request evidence
    plain = checker_with(ScriptedVerifier(0.7, 0.1)).check_claims(
        ["The book was translated widely"], published=AS_OF, evidence=[SAYS_MORE]).claims[0]
    assert plain.verdict == "needs_review"
    # and a figure the evidence does not confirm is never raised
    other = checker_with(ScriptedVerifier(0.99, 0.0)).check_claims(
        ["The Secret has sold over 40 million copies"], published=AS_OF, evidence=[SAYS_MORE]).claims[0]
    assert other.verdict != "supported"


def test_a_quoted_title_is_a_name() -> None:
    """VitaminC: 'More than 10 million households viewed the episode "Eastwatch"' against evidence about
    "Beyond the Wall" with the same figure."""
    claim = 'More than 10 million American households viewed the episode "Eastwatch"'
    evidence = '"Beyond the Wall" was viewed by 10.24 million American households on its initial viewing'
    result = checker_with(ScriptedVerifier(0.99, 0.0)).check_claims(
        [claim], published=AS_OF, evidence=[evidence]).claims[0]
    assert result.verdict == "needs_review", result.reason
    same = checker_with(ScriptedVerifier(0.99, 0.0)).check_claims(
        [claim], published=AS_OF, evidence=[evidence.replace("Beyond the Wall", "Eastwatch")]).claims[0]
    assert same.verdict == "supported"


@pytest.mark.parametrize("claim, fact, differs", [
    # evidence naming only what the claim adds to is about the claim's subject (VitaminC: 83 supported pairs)
    ("Will Forte was nominated for two Primetime Emmy Awards", "He was nominated for two Primetime Emmy Awards",
     False),
    ("Jordan Lukaku is Romelu Lukaku's younger brother", "Romelu Lukaku has a younger brother, Jordan Lukaku",
     False),
    # a person named again by family name alone (four letters or more) is named
    ("Steve Ditko studied at the Berklee School of Music",
     "Ditko studied under artist Jerry Robinson at the Berklee School of Music in Boston", False),
    # accents written with combining marks (as encyclopaedia dumps do) are the same letters
    ("Simón Bolívar is known as El Libertador",
     "Simo\u0301n Jose\u0301 Antonio de la Santi\u0301sima Trinidad Boli\u0301var y Palacios, known as El Libertador",
     False),
    # a name on each side that the other lacks still differs
    ("Steve Ditko studied at the Berklee School of Music",
     "Jerry Robinson studied at the Berklee School of Music in Boston", True),
    ("Kim Koo was born on August 29, 1876", "Syngman Rhee was born on March 26, 1875", True),
    ("Moon Jae-in met Xi Jinping and Vladimir Putin", "Moon Jae-in met Xi Jinping and Shinzo Abe", True),
    # an organisation named again by its first word ("Yale" for Yale University), but not another one
    ("Yale University's alumni include five U.S. Presidents",
     "Yale has graduated many notable alumni, including five U.S. Presidents, 19 U.S. Supreme Court Justices", False),
    ("Harvard University's alumni include five U.S. Presidents",
     "Yale has graduated many notable alumni, including five U.S. Presidents, 19 U.S. Supreme Court Justices", True),
])
def test_only_a_name_on_each_side_that_the_other_lacks_is_another_subject(claim: str, fact: str,
                                                                           differs: bool) -> None:
    from checker.entities import entities_of, mismatch

    assert (mismatch(entities_of(claim), entities_of(fact)) is not None) is differs


def test_the_verifier_cannot_contradict_a_figure_the_fact_only_bounds() -> None:
    """"400 training films" against "more than 400": a lost bound the verifier reads as a refutation (p=0.73)."""
    checker = checker_with(ScriptedVerifier(0.05, 0.9))

    def given(claim: str, fact: str) -> str:
        return checker.check_claims([claim], published=AS_OF, evidence=[fact]).claims[0].verdict

    bounded = "The First Motion Picture Unit produced more than 400 propaganda and training films."
    assert given("The First Motion Picture Unit produced 400 training films.", bounded) == "needs_review"
    # the same reading of a fact without that figure still contradicts
    assert given("The First Motion Picture Unit produced 400 training films.",
                 "The First Motion Picture Unit produced propaganda films for the army.") == "contradicted"
