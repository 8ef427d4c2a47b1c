"""Which of a fact's negations bear on a claim.

A fact written as two statements (joined by a semicolon, or by ", and" before a new subject) may deny something in
the second that the claim does not speak of: "The Treaty of San Francisco … was signed on September 8, 1951 …;
neither the People's Republic of China nor either Korean state was a party to it", "Woo Won-shik represented South
Korea …; South Korean President Lee Jae Myung did not attend". Read as one text, such a fact "differs in negation"
from every claim restating its first statement, and true claims went to review. A denying clause still counts
whenever it names anything the claim names, so "Lee Jae Myung attended the commemorations" is never supported by
the second fact.
"""

from __future__ import annotations

import re

from .entities import Entities, entities_of, same_person
from .polarity import negated

# a new statement: after a semicolon, or ", and" / ", but" opening a clause with its own named subject ("…
# was held in Beijing in December 2008, and North Korea announced in April 2009 that it would no longer take
# part"); ", but not by South Korea" continues the statement it is in
_CLAUSES = re.compile(r";\s+|,\s+(?:and|but)\s+(?=[A-Z])")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
# capitalised only for opening a sentence or a clause
_OPENERS = frozenset({"the", "a", "an", "in", "on", "at", "it", "its", "he", "his", "she", "her", "they", "their",
                      "this", "that", "there", "neither", "no", "not", "none", "never", "but", "and"})


def fact_denies(claim: str, claim_entities: Entities, fact: str) -> bool:
    """Whether ``fact`` has a negation the claim must agree with: anywhere in a one-statement fact, else in a
    statement that is not an aside about other people or things."""
    if not negated(fact):
        return False
    clauses = _CLAUSES.split(fact)
    return len(clauses) < 2 or any(negated(c) and not _aside(c, claim, claim_entities) for c in clauses)


def _aside(clause: str, claim: str, claim_entities: Entities) -> bool:
    """The clause denies something of someone the claim does not name, or names nothing the claim names."""
    people = entities_of(clause).people
    if people and claim_entities.people and not any(same_person(a, b) for a in people
                                                     for b in claim_entities.people):
        return True
    return not _name_stems(clause) & _name_stems(claim)


def _name_stems(text: str) -> frozenset[str]:
    """Capitalised words by their first five letters, so "Korean" and "Koreas" meet "Korea"."""
    words = (w.lower() for w in _CAPITALISED.findall(text))
    return frozenset(w[:5] for w in words if w not in _OPENERS)
