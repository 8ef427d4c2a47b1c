"""A named place of a kind the gazetteer does not list: a prison, a park, a station, a palace.

"Yu Gwan-sun died in Lüshun prison in 1920" was supported by "… died in Seodaemun Prison on September 28, 1920":
the date agreed, and neither prison is a city or a country the gazetteer knows. Where the claim names one of
these places and the fact names another of the same kind, without the claim's name anywhere in it, the fact is
about somewhere else.
"""

from __future__ import annotations

import functools
import re

_KINDS = (r"prison|park|station|hall|palace|university|airport|square|bridge|stadium|hospital|museum|temple|"
          r"cemetery|gate|hotel|harbou?r|island|shrine|cathedral|mosque|church")
# what may stand between the name and the kind: "Harbin railway station", "Yasukuni war shrine"
_BETWEEN = r"(?:railway|train|bus|subway|metro|police|naval|air|war|memorial|national|central|city|state|military)"
# up to three capitalised words before the kind: "Seodaemun Prison", "Seoul National University"
_FACILITY = re.compile(rf"\b(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})(?:\s+{_BETWEEN})?"
                       rf"\s+(?P<kind>(?i:{_KINDS}))\b")
_WORD = re.compile(r"[\w'’-]+")
_LEADING = frozenset({"the", "a", "an", "at", "in", "of"})
_PREFIX = 5


def facility_mismatch(claim: str, fact: str) -> str | None:
    """Why the fact names another place of the kind the claim names, if it does."""
    theirs = _facilities(fact)
    fact_words = _stems(fact)
    for name, kind in _facilities(claim):
        others = [(n, k) for n, k in theirs if k == kind]
        if not others or _stems(name) & fact_words:
            continue
        if not any(_stems(n) & _stems(name) for n, _ in others):
            named = ", ".join(f"{n} {k.title()}" for n, k in others)
            return f"the claim names {name} {kind.title()}, the fact {named}"
    return None


@functools.lru_cache(maxsize=16384)
def _facilities(text: str) -> tuple[tuple[str, str], ...]:
    found = []
    for m in _FACILITY.finditer(text):
        words = m.group("name").split()
        while words and words[0].lower() in _LEADING:
            words = words[1:]
        if words:
            found.append((" ".join(words), m.group("kind").lower()))
    return tuple(found)


def _stems(text: str) -> frozenset[str]:
    return frozenset(w.lower()[:_PREFIX] for w in _WORD.findall(text)
                     if w[:1].isupper() and w.lower() not in _LEADING)
