"""How one fact relates to a claim: its values checked against the claim's, and whether it is about the claim's
places, people, roles and polarity. :mod:`checker.verdict` decides from these readings; :mod:`checker.adjudicate`
reads the facts the verifier saw the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from .asides import fact_denies
from .compare import AGREE, FAMILY, MISMATCH, UNKNOWN, ValueCheck, check_values
from .domain import Claim, Evidence, Fact, Value
from .entities import Entities, countries_in, entities_of, mismatch, place_mismatch
from .facilities import facility_mismatch
from .frequency import frequency_check
from .linked_events import dated_elsewhere, not_since, undated
from .listed import counted_in_a_list
from .polarity import opposite_qualifier, opposite_words, unstated_change
from .roles import UNSAID, role_mismatch
from .spans import span_checks
from .subject import named_not_called, other_subject, unnamed_subject
from .values import extract_values


@dataclass(frozen=True)
class Assessment:
    """How one fact relates to the claim."""

    evidence: Evidence
    entity_issue: str | None
    negation_differs: bool
    checks: tuple[ValueCheck, ...]
    other_country: bool = False  # the fact is about another destination or country
    other_people: bool = False  # the fact names other people, titles or subjects than the claim
    other_roles: str | None = None  # another party acted or hosted in the fact (checker.roles)

    @property
    def agrees(self) -> bool:
        return not self.entity_issue and not self.negation_differs and all(c.outcome == AGREE for c in self.checks)

    @property
    def mismatched(self) -> list[ValueCheck]:
        return [c for c in self.checks if c.outcome == MISMATCH]

    @property
    def other_period(self) -> bool:
        """A figure differs, but the fact is not shown to be about the claim's date ("$410 billion in 2018"
        against "$403 billion in 2014"; "over 880 cases by April 10" against "878 as of April 9"): a count at
        another time says nothing against the claim."""
        dates = [c for c in self.checks if FAMILY.get(c.claim_value.type) == "date"]
        figures = [c for c in self.mismatched if FAMILY.get(c.claim_value.type) != "date"]
        return bool(figures) and any(c.outcome != AGREE or c.claim_value.modifier for c in dates)


def assess(claim: Claim, claim_entities: Entities, evidence: Evidence, *, given: bool = False) -> Assessment:
    """``given``: evidence sent with the request may leave the claim's subject unnamed ("He was nominated …");
    a store fact that does not name it is about something else ("The ninth trilateral summit was held in
    Seoul" says nothing of who attended)."""
    fact = evidence.fact
    fact_entities = entities_of(fact.text)
    text = claim.standalone or claim.text
    fact_values = values_of(fact)
    checks = tuple(counted_in_a_list(c, fact_entities.countries)
                   for c in span_checks(text, check_values(claim.values, fact_values), fact.text, fact_values))
    checks = not_since(text, undated(checks) if dated_elsewhere(text, fact.text, fact_values) else checks)
    times = frequency_check(text, fact.text)
    checks += (times,) if times is not None else ()
    checks += unnamed_cities(text, claim_entities, fact.text, fact_entities)
    change = unstated_change(text, fact.text)
    checks += (ValueCheck(Value(type="change", text=change[0], span=(change[1], change[1] + len(change[0])),
                                value=change[0]), UNKNOWN),) if change else ()
    people = mismatch(claim_entities, fact_entities, places=False) or other_subject(text, fact.text) \
        or (None if given else unnamed_subject(claim_entities.subject, fact.text))
    roles = role_mismatch(text, fact.text)
    return Assessment(evidence, place_mismatch(claim_entities, fact_entities) or people
                      or roles or facility_mismatch(text, fact.text) or named_not_called(text, fact.text),
                      polarity_differs(text, claim_entities, fact.text), checks,
                      other_country=place_mismatch(claim_entities, fact_entities, cities=False) is not None,
                      other_people=people is not None,
                      other_roles=roles if roles and not roles.endswith(UNSAID) else None)


def unnamed_cities(text: str, text_entities: Entities, fact: str, fact_entities: Entities) -> tuple[ValueCheck, ...]:
    """Each city the claim names that the fact does not, as a place the fact leaves unconfirmed: "Lee Jae Myung
    visited Shenzhen in January 2026" against his visit "to China from January 4 to 7" (the date agrees; where
    he went is the claim's alone). A capital stands for its country ("a visit to Pyongyang" / "a state visit to
    North Korea"), as the gazetteer reads it. A city on each side is :func:`checker.entities.place_mismatch`'s."""
    unnamed = sorted(city for city in text_entities.cities - fact_entities.cities
                     if city not in fact and not countries_in(city) & fact_entities.countries)
    return tuple(ValueCheck(Value(type="place", text=city, span=_span(text, city), value=city), UNKNOWN)
                 for city in unnamed)


def _span(text: str, word: str) -> tuple[int, int]:
    start = max(0, text.find(word))
    return start, start + len(word)


def polarity_differs(text: str, text_entities: Entities, fact: str) -> bool:
    """One of them denies what the other says, or says the opposite ("rose" / "fell")."""
    return text_entities.negated != fact_denies(text, text_entities, fact) or opposite_qualifier(text, fact) \
        or opposite_words(text, fact)


def values_of(fact: Fact) -> list[Value]:
    """A fact's typed values; a date without a year takes the year of the fact's own date."""
    return extract_values(fact.text, default_year=int(fact.date[:4]) if fact.date else None)
