"""A fact's date dates its own event, not one it names only as what came before or after it; and an event before
the date a claim says it has not happened since is no evidence against the claim.

"Lee Jae Myung … won the presidential election held on June 3, 2025, an early election called after the removal of
President Yoon Suk Yeol from office" tells of Yoon's removal, but June 3 is the election's day: the removal came
before it. Read as one text, the fact agreed with "Yoon Suk Yeol was removed from office in June 2025" (held-out
batch 14; he was removed on April 4), and the claim was supported over the fact that gives the removal's own day.
"""

from __future__ import annotations

import re
from typing import Sequence

from .compare import FAMILY, MISMATCH, UNKNOWN, ValueCheck
from .domain import Value
from .polarity import NOT_SINCE
from .subject import restates

_LINK = re.compile(r"\b(?:after|before|following|preceding|ahead\s+of)\b")


def dated_elsewhere(claim: str, fact: str, fact_values: Sequence[Value]) -> bool:
    """The fact restates the claim only past its dates, after a word linking to another event ("… on June 3,
    2025, … called after the removal of …"), where no date of that other event is given."""
    ends = [v.span[1] for v in fact_values if FAMILY.get(v.type) == "date"]
    if not ends:
        return False
    link = _LINK.search(fact, max(ends))
    return link is not None and restates(claim, fact[link.end():]) and not restates(claim, fact[:link.start()])


def undated(checks: Sequence[ValueCheck]) -> tuple[ValueCheck, ...]:
    """``checks`` with each of the claim's dates unconfirmed, agreeing or not: the fact's date is another
    event's."""
    return tuple(ValueCheck(c.claim_value, UNKNOWN) if FAMILY.get(c.claim_value.type) == "date" else c
                 for c in checks)


def not_since(claim: str, checks: Sequence[ValueCheck]) -> tuple[ValueCheck, ...]:
    """"North Korea has not conducted a nuclear test since September 2017": a test before that date is no
    evidence against it (only one after it is), so an earlier fact's date is left unconfirmed, not a mismatch."""
    if not NOT_SINCE.search(claim):
        return tuple(checks)
    return tuple(ValueCheck(c.claim_value, UNKNOWN) if _before_the_date(c) else c for c in checks)


def _before_the_date(check: ValueCheck) -> bool:
    """A date mismatch where the fact's date ends before the claim's begins."""
    fact, said = check.fact_value, check.claim_value
    return check.outcome == MISMATCH and FAMILY.get(said.type) == "date" and fact is not None \
        and bool(fact.high and said.low) and str(fact.high) < str(said.low)
