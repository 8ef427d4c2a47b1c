"""Second opinion from the trained verifier, bounded by the slot rules.

The rules in :mod:`checker.verdict` see values, places, people and negation exactly but judge meaning only by
cosine; the verifier judges meaning but is weak on numbers. Alone, each is wrong in different places (on the
VitaminC validation part the rules' ``supported`` is right ~75% of the time), so an automatic verdict needs both:

* a rule ``supported`` stands only if the verifier leans the same way (its "suggest" threshold); otherwise the
  claim goes to a reviewer with the rule's finding and the model's reading. A rule ``contradicted`` (a value,
  date or polarity that differs on a close fact) stands on its own when the fact restates the claim or came
  with the request (last point): the verifier is weakest exactly there (it reads "opened in 1933" against
  "opened in 1932" as supported, p=0.77);
* the verifier may *raise* a rule ``needs_review`` to ``supported`` (its "auto" threshold) only when the fact's
  slots agree with the claim: no value mismatch, no other place, person or title, same polarity, every value
  confirmed. For evidence sent with the request, which is about the claim, its "suggest" threshold is enough
  when the claim has a figure or date that pins it down and the evidence confirms every value: the cosine is
  then low because the evidence says more ("The book has been translated into 50 languages and has sold over
  30 million copies"), not because it is about something else. On VitaminC's validation part this raised 108
  right and 6 wrong claims (3 of them before quoted titles counted as names);
* it may turn ``needs_review`` into ``contradicted`` (auto threshold) only for a fact about the same entities
  that, found in the store, names the claim's subject (:mod:`checker.subject`) and is not loosely related
  (``REFUTE_FLOOR``) nor silent on a figure the claim gives, nor about another of a series ("its fifth test"
  for "its sixth test"): it reads a fact about something else as refuting. Nor, on any fact, when the claim
  gives as exact a figure the fact bounds ("400 films" / "more than 400", :func:`checker.compare.drops_a_bound`);
* a rule ``contradicted`` on a store fact that does not restate the claim (:func:`checker.subject.restates`)
  stands only if the verifier leans towards refuting (its "suggest" threshold). Such a fact may hold figures
  about other things: on Climate-FEVER's training part, 43 of 50 rule contradictions were wrong ("more than
  100 per cent of the warming" against a "90% or greater probability"), none of the 50 facts restated its
  claim, and the verifier leaned towards refuting for 4 of the 7 right ones and 1 of the 43 wrong ones. A fact
  that restates the claim with another figure, or evidence sent with the request, needs no second opinion: the
  verifier is weak exactly there (p(contradicted) = 0.51 for "born on August 29, 1886" against 1876).

Arithmetic verdicts (since, anniversary, first-in, span, and a length counted from a fact's days) stay the rules' alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping, Sequence

from .compare import AGREE, FAMILY, MISMATCH, UNKNOWN, ValueCheck, drops_a_bound
from .domain import CONTRADICTED, NEEDS_REVIEW, SUPPORTED, ClaimResult, Evidence, ModelOpinion, Reason
from .entities import entities_of
from .subject import restates, says_of_subject, shares_subject
from .assessment import Assessment, assess, values_of
from .verdict import pinned_down

PAIRS_PER_CLAIM = 2  # the verifier reads the claim against its two closest facts
# A differing negation alone is too often a paraphrase ("banned" / "not approved") to contradict by rule; the
# verifier may still read it as refuting at its auto threshold.
RAISABLE = frozenset({"low_similarity", "value_unverified", "negation"})
# A store fact this loosely related names the claim's subject but not what the claim says of it: "South Korea's
# Constitutional Court has nine justices" against the court's removal of Yoon Suk Yeol (cosine 0.47) was read as
# refuting (p=0.70). The lowest right refutation on Climate-FEVER's validation part had cosine 0.55.
REFUTE_FLOOR = 0.5
FIGURES = frozenset({"count", "percent", "money"})


def wants_opinion(result: ClaimResult, given: bool = False) -> bool:
    """Claims whose verdict the verifier may change; arithmetic, and conflicts with the request's own evidence,
    are the rules' alone."""
    if result.claim.relation or result.reason.computation or not result.evidence:
        return False  # arithmetic is the rules' alone: the verifier reads words, not day counts
    if result.verdict == CONTRADICTED:
        claim = result.claim.standalone or result.claim.text
        return not given and result.reason.code == "value_mismatch" \
            and not restates(claim, result.evidence[0].fact.text)
    return result.verdict == SUPPORTED or (result.verdict == NEEDS_REVIEW and result.reason.code in RAISABLE)


def pairs_for(result: ClaimResult, candidates: Sequence[Evidence], min_similarity: float) -> list[Evidence]:
    """The facts the verifier reads: the cited one for a decided claim, else the closest few."""
    if result.verdict in (SUPPORTED, CONTRADICTED):
        return list(result.evidence[:1])
    return [e for e in candidates if e.similarity >= min_similarity][:PAIRS_PER_CLAIM]


def reconsider(result: ClaimResult, read: Sequence[tuple[Evidence, Mapping[str, float]]],
               thresholds: Mapping[str, Any], given: bool = False) -> ClaimResult:
    """Combine the rule verdict with the verifier's probabilities for the facts it read.

    ``given``: the facts are evidence sent with the request, which the caller vouches is about the claim (on
    VitaminC such evidence often says only "it" or "the film"); facts found in the store must name the claim's
    subject before the verifier may contradict with them."""
    if not read:
        return result
    claim = result.claim
    entities = entities_of(claim.standalone or claim.text)
    assessed = [(assess(claim, entities, e, given=given), probs) for e, probs in read]
    best, probs = max(assessed, key=lambda pair: max(pair[1]["supported"], pair[1]["contradicted"]))
    opinion = _opinion(best, probs, thresholds)
    if result.verdict == SUPPORTED:
        return _confirm(result, probs, thresholds, opinion)
    if result.verdict == CONTRADICTED:
        return _confirm_conflict(result, best, probs, thresholds, opinion)
    level = "suggest" if given and pinned_down(claim) else "auto"
    for a, p in assessed:
        if p["supported"] >= _limit(thresholds, SUPPORTED, level) and _slots_confirm(a, result):
            return _decided(result, SUPPORTED, a, p[SUPPORTED], "model_match",
                            "Supported: the verifier reads the fact as stating the claim "
                            f"(p={p[SUPPORTED]:.2f}) and every value and name agrees.", opinion)
    for a, p in assessed:
        if p["contradicted"] >= _limit(thresholds, CONTRADICTED, "auto") and not a.entity_issue \
                and not drops_a_bound(claim.values, values_of(a.evidence.fact)) \
                and (given or a.evidence.similarity >= REFUTE_FLOOR and not _figure_unaddressed(a)
                     and not _another_of_a_series(a)
                     and shares_subject(claim.standalone or claim.text, a.evidence.fact.text)
                     and says_of_subject(claim.standalone or claim.text, a.evidence.fact.text)):
            return _decided(result, CONTRADICTED, a, p[CONTRADICTED], "model_refutes",
                            "Contradicted: the verifier reads the fact as refuting the claim "
                            f"(p={p[CONTRADICTED]:.2f}).", opinion)
    return replace(result, model=opinion)


def _confirm(result: ClaimResult, probs: Mapping[str, float], thresholds: Mapping[str, Any],
             opinion: ModelOpinion) -> ClaimResult:
    """A rule ``supported`` the verifier does not lean towards goes to a person instead."""
    if probs[SUPPORTED] >= _limit(thresholds, SUPPORTED, "suggest"):
        return replace(result, model=opinion)
    message = (f"{result.reason.message} The verifier does not confirm this reading of the fact "
               f"(p(supported)={probs[SUPPORTED]:.2f}); a reviewer should compare them.")
    return replace(result, verdict=NEEDS_REVIEW, reason=Reason("model_disagrees", message), model=opinion)


def _confirm_conflict(result: ClaimResult, cited: Assessment, probs: Mapping[str, float],
                      thresholds: Mapping[str, Any], opinion: ModelOpinion) -> ClaimResult:
    """A rule ``contradicted`` on a store fact the verifier does not read as refuting goes to a person;
    ``cited`` is the rules' assessment of the fact they contradicted with (the only one read)."""
    if probs[CONTRADICTED] >= _limit(thresholds, CONTRADICTED, "suggest"):
        return replace(result, model=opinion)
    detail = cited.mismatched[0].describe()
    message = (f"A similar fact differs: {detail}, but the verifier does not read the fact as refuting the claim "
               f"(p(contradicted)={probs[CONTRADICTED]:.2f}); it may be about something else. "
               "A reviewer should compare them.")
    return replace(result, verdict=NEEDS_REVIEW, reason=Reason("value_mismatch", message), model=opinion)


def _figure_unaddressed(a: Assessment) -> bool:
    """The claim gives a figure the store fact says nothing comparable to, or counts another thing by: "The Korean
    War killed more than three million people" against the return of 437 soldiers' remains (cosine 0.51) was read
    as refuting (p=0.74). What the fact does not count, it cannot refute."""
    return any(FAMILY.get(c.claim_value.type) in FIGURES and (c.outcome == UNKNOWN or _counts_another_thing(c))
               for c in a.checks)


def _another_of_a_series(a: Assessment) -> bool:
    """The store fact tells of another of a series than the claim: "It conducted its sixth test in 2017" against
    "North Korea conducted its fifth nuclear test on September 9, 2016" was read as refuting (p=0.81). Which
    of the series a fact that restates the claim gives is the rules' to compare."""
    return any(c.outcome == MISMATCH and FAMILY.get(c.claim_value.type) == "ordinal" for c in a.checks)


def _counts_another_thing(check: ValueCheck) -> bool:
    """A differing figure that counts something else ("three million people" / "437 soldiers")."""
    told = check.fact_value
    return check.outcome == MISMATCH and told is not None and bool(check.claim_value.about) and bool(told.about) \
        and told.about != check.claim_value.about


def _slots_confirm(a: Assessment, result: ClaimResult) -> bool:
    """Nothing in the fact differs from the claim and every value the claim asserts is confirmed."""
    if a.entity_issue or a.negation_differs:
        return False
    return all(c.outcome == AGREE for c in a.checks) and len(a.checks) >= len(result.claim.values)


def _decided(result: ClaimResult, verdict: str, a: Assessment, probability: float, code: str, message: str,
             opinion: ModelOpinion) -> ClaimResult:
    return replace(result, verdict=verdict, confidence=probability, reason=Reason(code, message),
                   evidence=(a.evidence,), model=opinion)


def _opinion(a: Assessment, probs: Mapping[str, float], thresholds: Mapping[str, Any]) -> ModelOpinion:
    """What the verifier would suggest to a reviewer (the lower, "suggest" thresholds)."""
    passing = [v for v in (SUPPORTED, CONTRADICTED) if probs[v] >= _limit(thresholds, v, "suggest")]
    suggestion = max(passing, key=lambda v: probs[v]) if passing else NEEDS_REVIEW
    return ModelOpinion(fact_id=a.evidence.fact.id, suggestion=suggestion,
                        probabilities={k: round(float(v), 4) for k, v in probs.items()})


def _limit(thresholds: Mapping[str, Any], verdict: str, level: str) -> float:
    return float(thresholds[verdict][level])


__all__ = ["PAIRS_PER_CLAIM", "pairs_for", "reconsider", "wants_opinion"]
