"""Claim + retrieved facts → verdict, confidence, reason. Pure functions.

The rule that matters most: ``supported`` needs a fact about the same thing (similar, same places and
people, same polarity) on which every value the claim asserts agrees. A differing value can only give
``contradicted`` (when the fact is clearly about the same thing) or ``needs_review``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol, Sequence

from .assessment import Assessment, assess, values_of
from .compare import AGREE, FAMILY, MISMATCH, UNKNOWN, ValueCheck, check_values
from .domain import CONTRADICTED, NEEDS_REVIEW, SUPPORTED, Claim, ClaimResult, Evidence, Reason
from .entities import entities_of
from .polarity import NOT_SINCE, negation_names
from .relation_result import RelationResult
from .relations import compute
from .subject import restates


class Thresholds(Protocol):
    match_threshold: float
    support_threshold: float
    contradict_threshold: float
    relation_threshold: float
    min_similarity: float


# "the first visit by a ROK president to China in …": any holder of the role counts
_BY_A_ROLE = re.compile(r"(?i)\bfirst\b[^.;]{0,60}?\bby\s+(?:a|an|any)\b")


def decide(claim: Claim, candidates: Sequence[Evidence], as_of: date, limits: Thresholds, *,
           given: bool = False) -> ClaimResult:
    """Verdict for one claim given its retrieved candidates (best first); ``given``: the candidates are evidence
    sent with the request, which the caller vouches is about the claim."""
    cited = [e for e in candidates if e.similarity >= limits.min_similarity]
    if not cited:
        return _result(claim, NEEDS_REVIEW, 0.0, "no_match", "No reference fact is close to this claim.", ())
    best = cited[0]
    floor = limits.relation_threshold if claim.relation else limits.match_threshold
    if best.similarity < floor:
        return _result(claim, NEEDS_REVIEW, best.similarity, "low_similarity",
                       f"The closest fact has similarity {best.similarity:.2f}, below {floor}.",
                       tuple(cited[:3]))
    claim_entities = entities_of(claim.standalone or claim.text)
    relevant = [assess(claim, claim_entities, e, given=given) for e in cited if e.similarity >= floor]
    if claim.relation:
        return _decide_relation(claim, relevant, as_of, limits, tuple(cited[:3]))
    return _decide_values(claim, relevant, limits, tuple(cited[:3]))


def _decide_values(claim: Claim, relevant: list[Assessment], limits: Thresholds,
                   cited: tuple[Evidence, ...]) -> ClaimResult:
    needs = limits.match_threshold if pinned_down(claim) else limits.support_threshold
    for a in relevant:
        if a.agrees and a.evidence.similarity >= needs:
            detail = "; ".join(c.describe() for c in a.checks) or "the fact states the same"
            rival = _restated_otherwise(claim, a, relevant, limits)
            roles = _roles_otherwise(a, relevant, limits) if rival is None else None
            if roles is not None:
                return _result(claim, NEEDS_REVIEW, a.evidence.similarity, "conflicting_facts",
                               f"Facts disagree: {a.evidence.fact.id} agrees ({detail}), but "
                               f"{roles.evidence.fact.id} says otherwise: {roles.other_roles}.",
                               (roles.evidence, a.evidence))
            if rival is not None:
                how = rival.mismatched[0].describe() if rival.mismatched else "it says the opposite"
                return _result(claim, NEEDS_REVIEW, a.evidence.similarity, "conflicting_facts",
                               f"Facts disagree: {a.evidence.fact.id} agrees ({detail}), but "
                               f"{rival.evidence.fact.id}, which restates the claim, differs: {how}.",
                               (rival.evidence, a.evidence))
            return _result(claim, SUPPORTED, a.evidence.similarity, "match", f"Supported: {detail}.", (a.evidence,),
                           _computed(a.checks))
    for a in relevant:
        if a.entity_issue or a.evidence.similarity < limits.contradict_threshold:
            continue
        if a.mismatched and not a.other_period:
            other = _another_event(claim, a, relevant)
            if other is not None:
                agreeing = "; ".join(c.describe() for c in other.checks if c.outcome == AGREE)
                return _result(claim, NEEDS_REVIEW, a.evidence.similarity, "value_mismatch",
                               f"A similar fact differs ({a.mismatched[0].describe()}), but {other.evidence.fact.id} "
                               f"agrees ({agreeing}): the claim may be about that event.",
                               (a.evidence, other.evidence))
            return _result(claim, CONTRADICTED, a.evidence.similarity, "value_mismatch",
                           f"Contradicted: {a.mismatched[0].describe()}.", (a.evidence,), _computed(a.mismatched))
    return _needs_review(claim, relevant, limits, cited)


def _another_event(claim: Claim, differing: Assessment, relevant: list[Assessment]) -> Assessment | None:
    """Where a fact differs only in the date, or only in which of a series it is, another fact about the claim's
    places and people that agrees on every such value the claim gives and contradicts nothing: "Park Geun-hye
    visited Beijing in September 2015 with her 12 ministers" differs from her 2013 visit, and agrees with her
    September 2015 visit, which says nothing of ministers; "North Korea's sixth nuclear test was its most
    powerful" differs from the fifth test's fact and agrees with the sixth's. The claim may be about that event,
    so the first fact does not contradict it."""
    families = {FAMILY.get(c.claim_value.type) for c in differing.mismatched}
    if len(families) != 1 or not families <= {"date", "ordinal"}:
        return None
    # (a fact that says all the claim says but which of the series it was does contradict: "the fourth test was
    # its most powerful" against "its sixth and most powerful nuclear test")
    if families == {"ordinal"} and restates(claim.standalone or claim.text, differing.evidence.fact.text):
        return None
    for b in relevant:
        same = [c for c in b.checks if FAMILY.get(c.claim_value.type) in families]
        if b is not differing and same and all(c.outcome == AGREE for c in same) and not b.mismatched \
                and not b.entity_issue and not b.negation_differs:
            return b
    return None


def _restated_otherwise(claim: Claim, agreeing: Assessment, relevant: list[Assessment],
                        limits: Thresholds) -> Assessment | None:
    """A close fact that restates the claim with another value, where the agreeing fact does not restate it.

    "Japan and China normalized diplomatic relations in 1978" agrees on the year with "Japan and China signed
    the Treaty of Peace and Friendship ... on August 12, 1978" (cosine 0.78), an event of that year, while
    the fact about the normalisation itself says 1972 (0.75). So with negation: "A peace treaty ended the
    Korean War in 1953" agrees on the year with the armistice "ending the fighting of the Korean War", while
    "No peace treaty has ended the Korean War" restates it in the negative. Where the agreeing fact restates
    the claim too ("Lee Myung-bak visited Beijing in May 2012" beside his January 2012 visit), both events
    happened and the agreement stands."""
    text = claim.standalone or claim.text
    rivals = [b for b in relevant if b is not agreeing and _close_restating(text, b, limits)]
    if restates(text, agreeing.evidence.fact.text):
        # both restate the claim: only a negation of what the claim names still stands against it ("South
        # Korea signed the armistice" beside "signed by the commanders …, but not by South Korea")
        return next((b for b in rivals if b.negation_differs and negation_names(text, b.evidence.fact.text)), None)
    return next((b for b in rivals if b.negation_differs or (b.mismatched and not b.other_period)), None)


def _roles_otherwise(agreeing: Assessment, relevant: list[Assessment], limits: Thresholds) -> Assessment | None:
    """A close fact that gives the claim's act with other parties, where the agreeing fact gives none: "Korea
    annexed Japan in August 1910" agrees on the month with "The Japan–Korea Annexation Treaty was signed on August
    22, 1910", which names no one who annexed anyone, while "Japan's annexation of Korea took effect on August 29,
    1910" has Japan acting on Korea."""
    if agreeing.other_roles:
        return None
    return next((b for b in relevant if b is not agreeing and b.other_roles and not b.mismatched
                 and b.evidence.similarity >= limits.contradict_threshold), None)


def pinned_down(claim: Claim) -> bool:
    """A value that pins the claim down: an ordinal alone does not. "The movie rights to Veronica Roth's first
    novel were sold" agrees on 'first' with "the publishing rights to her first novel were sold" (cosine 0.63),
    so an ordinal-only claim needs the similarity of a claim without values. On VitaminC's validation part 4 of
    the 14 ordinal-only claims supported below that similarity were wrong, and none of the 10 above it."""
    return any(v.type != "ordinal" for v in claim.values)


def _needs_review(claim: Claim, relevant: list[Assessment], limits: Thresholds,
                  cited: tuple[Evidence, ...]) -> ClaimResult:
    top = relevant[0]
    sim = top.evidence.similarity
    if top.entity_issue:
        code, message = "entity_mismatch", f"The closest fact is about something else: {top.entity_issue}."
    elif top.negation_differs:
        code, message = "negation", ("The closest fact differs in polarity (a negation, or a word saying the "
                                     "opposite); a reviewer should compare them.")
    elif top.mismatched and top.other_period:
        code, message = "stale_fact", (f"The closest fact is about another time ({top.mismatched[0].describe()}); "
                                       "it says nothing about the claim's date.")
    elif top.mismatched:
        code, message = "value_mismatch", f"A similar fact differs: {top.mismatched[0].describe()}."
    elif any(c.outcome != AGREE for c in top.checks):
        unknown = next(c for c in top.checks if c.outcome != AGREE)
        code, message = "value_unverified", f"Not verifiable from the store: {unknown.describe()}."
    else:
        code, message = "low_similarity", (f"The closest fact (similarity {sim:.2f}) is related but not close "
                                           f"enough to support a claim without a specific figure or date.")
    return _result(claim, NEEDS_REVIEW, sim, code, message, cited)


def _decide_relation(claim: Claim, pool: list[Assessment], as_of: date, limits: Thresholds,
                     cited: tuple[Evidence, ...]) -> ClaimResult:
    """Arithmetic against dated facts, cross-checked with any fact that states the claim outright."""
    stated = next((a for a in pool if a.agrees and a.checks and a.evidence.similarity >= limits.match_threshold),
                  None)
    # A fact that says an event did not happen is no date for "since" or "first in N years" (unless the claim's
    # negation is of the time since: "have not met since"). A gap names two events: the facts about each are
    # chosen, polarity included, against its own part of the claim.
    any_polarity = claim.relation == "since" and NOT_SINCE.search(claim.text) is not None
    counted = [a.evidence for a in pool if claim.relation == "gap"
               or ((any_polarity or not a.negation_differs) and (not a.entity_issue or _earlier_event(claim, a)))]
    result = compute(claim, counted, as_of)
    sim = result.evidence[0].similarity if result.evidence else pool[0].evidence.similarity
    if result.outcome == MISMATCH and stated is not None:
        return _result(claim, NEEDS_REVIEW, sim, "conflicting_facts",
                       f"Facts disagree: {result.computation}, yet {stated.evidence.fact.id} states the claim.",
                       result.evidence + (stated.evidence,), result.computation)
    # a date beside "since" or an anniversary is the counted-from event's, and beside a gap the main event's
    # (the other event's are consumed); beside "first … in N years" it is the new event's, which the earlier
    # event's fact cannot confirm
    differing = _unconsumed_mismatch(claim, result) \
        if result.outcome == AGREE and claim.relation in ("since", "anniversary", "gap") else None
    if differing is not None:
        return _result(claim, NEEDS_REVIEW, sim, "value_mismatch",
                       f"The computation agrees ({result.computation}), but {differing.describe()}.", result.evidence,
                       result.computation)
    if result.outcome == AGREE:
        return _result(claim, SUPPORTED, sim, "match", f"Supported: {result.computation}.", result.evidence,
                       result.computation)
    if stated is not None:
        detail = "; ".join(c.describe() for c in stated.checks)
        return _result(claim, SUPPORTED, stated.evidence.similarity, "match", f"Supported: {detail}.",
                       (stated.evidence,))
    restating = _restating_clash(claim, pool, limits) if result.outcome == UNKNOWN and claim.relation == "first_in" \
        else None
    if restating is not None:
        return _result(claim, CONTRADICTED, restating.evidence.similarity, "value_mismatch",
                       f"Contradicted: {restating.mismatched[0].describe()}.", (restating.evidence,))
    if result.outcome == MISMATCH and (result.strong or sim >= limits.contradict_threshold):
        return _result(claim, CONTRADICTED, sim, "value_mismatch", f"Contradicted: {result.computation}.",
                       result.evidence, result.computation)
    if result.outcome == MISMATCH:
        return _result(claim, NEEDS_REVIEW, sim, "value_mismatch", f"Needs review: {result.computation}.",
                       result.evidence, result.computation)
    code = "entity_mismatch" if all(a.entity_issue for a in pool) else "value_unverified"
    return _result(claim, NEEDS_REVIEW, sim, code, f"Cannot compute: {result.computation}.",
                   result.evidence or cited)


def _earlier_event(claim: Claim, a: Assessment) -> bool:
    """A fact about other places or people may still date the event before a "first … in N years": the summit
    before this one was in Chengdu, not Seoul; the visit before "the first by a Chinese president in 14 years"
    was another president's. It must be in the same country (and of the same kind: relations), and by the same
    people unless the claim counts events "by a" role ("his first trip … in 11 years" counts only his trips)."""
    if claim.relation != "first_in" or a.other_country:
        return False
    return not a.other_people or bool(_BY_A_ROLE.search(claim.standalone or claim.text))


def _restating_clash(claim: Claim, pool: list[Assessment], limits: Thresholds) -> Assessment | None:
    """Where no earlier event is in the store, a close fact that restates a "first … in N years" claim with
    another figure: "the first by a Chinese president in 10 years" against the fact's "the first … in 14
    years". (Not for "since" or an anniversary: a fact that marked the 70th anniversary in 2015 restates "marks
    the 80th anniversary" without contradicting it.)"""
    text = claim.standalone or claim.text
    return next((a for a in pool if a.mismatched and not a.other_period and not a.negation_differs
                 and _close_restating(text, a, limits)), None)


def _close_restating(text: str, a: Assessment, limits: Thresholds) -> bool:
    """A fact about the claim's own places and people, close enough to contradict, that restates the claim."""
    return not a.entity_issue and a.evidence.similarity >= limits.contradict_threshold \
        and restates(text, a.evidence.fact.text)


def _unconsumed_mismatch(claim: Claim, result: RelationResult) -> ValueCheck | None:
    """A value the arithmetic did not use that the fact it counted from contradicts: "founded 80 years ago, in
    1946" against a founding in 1945 computes 80 years and still states a wrong year."""
    rest = [v for v in claim.values if v not in result.consumed]
    if not rest or not result.evidence:
        return None
    return next((c for c in check_values(rest, values_of(result.evidence[0].fact)) if c.outcome == MISMATCH), None)


def _computed(checks: Sequence[ValueCheck]) -> str | None:
    """The arithmetic of the checks that were computed (a length counted from a fact's days), if any."""
    return "; ".join(c.computed for c in checks if c.computed) or None


def _result(claim: Claim, verdict: str, confidence: float, code: str, message: str,
            evidence: tuple[Evidence, ...], computation: str | None = None) -> ClaimResult:
    return ClaimResult(claim=claim, verdict=verdict, confidence=max(0.0, min(1.0, confidence)),
                       reason=Reason(code, message, computation), evidence=evidence)
