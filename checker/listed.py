"""A count the fact gives as a list: "The Six-Party Talks involved six countries" against a fact that names
"China, North Korea, South Korea, Japan, Russia and the United States". Only countries, which the gazetteer
knows, are counted, and only to confirm: a fact may name countries that are not in the list (a host, a
venue), so a count it does not match is a question for a reviewer, never a contradiction.
"""

from __future__ import annotations

from .compare import AGREE, UNKNOWN, ValueCheck, compare_interval
from .domain import Value

COUNTED = frozenset({"country", "nation"})


def counted_in_a_list(check: ValueCheck, countries: frozenset[str]) -> ValueCheck:
    """``check`` confirmed by the number of countries the fact names, where nothing else could confirm it."""
    claim = check.claim_value
    if check.outcome != UNKNOWN or claim.type != "number" or claim.about not in COUNTED or not countries:
        return check
    n = float(len(countries))
    if compare_interval((claim.low, claim.high), (n, n)) != AGREE:
        return check
    listed = Value(type="number", text=f"the {len(countries)} countries it names", span=(0, 0), value=n, low=n,
                   high=n, about=claim.about)
    return ValueCheck(claim, AGREE, listed)
