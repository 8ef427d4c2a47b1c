"""A fact's date dates its own event, not one it names only as what came before or after it.

"Lee Jae Myung … won the presidential election held on June 3, 2025, an early election called after the removal of
President Yoon Suk Yeol from office" tells of Yoon's removal, but June 3 is the election's day: the removal came
before it. Read as one text, the fact agreed with "Yoon Suk Yeol was removed from office in June 2025" (held-out
batch 14; he was removed on April 4), and the claim was supported over the fact that gives the removal's own day.
"""

from __future__ import annotations

import re
from typing import Sequence

from .compare import FAMILY, UNKNOWN, ValueCheck
from .domain import Value
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
