"""How long something lasted, counted from the two days a fact gives for it.

"Syngman Rhee served as president for nearly 12 years" and "Moon Jae-in served a five-year term" state a length
the facts never write: they give the days ("from July 24, 1948, until his resignation on April 26, 1960"; "from
May 10, 2017, to May 9, 2022"). A claim that says how long someone served, ruled or held a post, or how long
something lasted, is checked against the days its fact gives, both counted (a term "to May 9" ends the day before
its fifth anniversary; games "from February 9 to February 25" last 17 days). An exact length agrees when it is the
count rounded ("served for 12 years" for 11.8), and differs when a whole unit or more lies between them; in
between, the claim stays unverified. A fact with several spans, or ends given only as a year or month, leaves the
claim unverified too: which span it states, or its exact length, is unclear.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Sequence

from .compare import AGREE, MISMATCH, UNKNOWN, ValueCheck, compare_interval
from .dates import years_between
from .domain import Value
from .values import in_years, years_per

# a length stated as such: "for nearly 12 years", "lasted 17 days", "a five-year term", "a three-day visit"
_BEFORE_LENGTH = r"(?:\bfor|\blasted|\blasting|\bspanned|\bspanning)\s+(?:(?:just|only)\s+)?"
_LENGTH_OF = frozenset({"term", "tenure", "presidency", "premiership", "reign", "rule", "visit", "trip", "tour",
                        "stay", "war", "mission"})
# what lies between a span's two days: ", until his resignation on", " to", " through"
_BETWEEN = re.compile(r"^,?\s+(?:to|until|till|through)\b[^.;]{0,60}$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def span_checks(claim: str, checks: Sequence[ValueCheck], fact: str, fact_values: Sequence[Value]) -> list[ValueCheck]:
    """``checks`` with each unverified length the claim states checked against the fact's one span."""
    lengths = [c for c in checks if c.claim_value.type == "duration" and c.outcome == UNKNOWN
               and _states_length(claim, c.claim_value)]
    if not lengths:
        return list(checks)
    spans = _spans(fact, fact_values)
    if len(spans) != 1:
        return list(checks)
    (first, last), value = spans[0]
    out = []
    for c in checks:
        outcome = length_outcome(c.claim_value, first, last) if c in lengths else UNKNOWN
        out.append(c if outcome == UNKNOWN else ValueCheck(c.claim_value, outcome, value, _counted(first, last,
                                                                                                  c.claim_value)))
    return out


def _states_length(claim: str, length: Value) -> bool:
    """The duration is how long something lasted, not a gap ("five days after the election"), in units days can
    measure (a two-day summit may have "lasted 12 hours")."""
    if length.unit in ("hour", "minute"):
        return False
    return length.about in _LENGTH_OF or re.search(_BEFORE_LENGTH + re.escape(length.text), claim,
                                                   re.IGNORECASE) is not None


def _counted(first: date, last: date, length: Value) -> str:
    if length.unit in ("day", "week"):
        return f"{first.isoformat()} to {last.isoformat()} = {(last - first).days + 1} days, both counted"
    return f"{first.isoformat()} to {last.isoformat()} = {years_between(first, last + timedelta(days=1)):.1f} years"


def length_outcome(length: Value, first: date, last: date) -> str:
    """Does the length agree with the span from ``first`` to ``last``, both days counted?"""
    if length.unit in ("day", "week"):
        days = (last - first).days + 1
        claimed = compare_interval(_in_days(length), (days, days))
        if length.modifier is None and claimed != AGREE:
            exact = float(length.value) * (7 if length.unit == "week" else 1)
            return AGREE if abs(exact - days) <= 1 else MISMATCH  # "lasted 16 days": the last day not counted
        return claimed
    elapsed = years_between(first, last + timedelta(days=1))
    if length.modifier is not None:
        outcome = compare_interval(in_years(length), (elapsed, elapsed))
        return MISMATCH if outcome == UNKNOWN else outcome
    gap = abs(float(length.value) - elapsed / years_per(length.unit))  # in the claim's unit
    return AGREE if gap < 0.5 else MISMATCH if gap >= 1 else UNKNOWN


def _in_days(length: Value) -> tuple[float | None, float | None]:
    factor = 7.0 if length.unit == "week" else 1.0
    return (None if length.low is None else float(length.low) * factor,
            None if length.high is None else float(length.high) * factor)


def _spans(fact: str, values: Sequence[Value]) -> list[tuple[tuple[date, date], Value]]:
    """Each span the fact gives to the day: a range value, or "from <day> to/until … <day>"."""
    found = []
    days = [v for v in values if v.type in ("date", "date_range") and v.granularity == "day" and v.low and v.high]
    for v in days:
        if v.type == "date_range" and v.low != v.high:
            found.append(((date.fromisoformat(str(v.low)), date.fromisoformat(str(v.high))), v))
    for a, b in zip(days, days[1:]):
        if a.type == "date" and b.type == "date" and _FROM.search(fact[max(0, a.span[0] - 8):a.span[0]]) \
                and _BETWEEN.match(fact[a.span[1]:b.span[0]]):
            found.append(((date.fromisoformat(str(a.low)), date.fromisoformat(str(b.high))), b))
    return found
