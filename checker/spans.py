"""How long something lasted, counted from the two days a fact gives for it.

"Syngman Rhee served as president for nearly 12 years" and "Moon Jae-in served a five-year term" state a length
the facts never write: they give the days ("from July 24, 1948, until his resignation on April 26, 1960"; "from
May 10, 2017, to May 9, 2022"). A claim that says how long someone served, ruled or held a post, or how long
something lasted, is checked against the days its fact gives, both counted (a term "to May 9" ends the day before
its fifth anniversary; games "from February 9 to February 25" last 17 days). An exact length agrees when it is the
count rounded ("served for 12 years" for 11.8), and differs when a whole unit or more lies between them; in
between, the claim stays unverified. A fact with several spans, or ends given only as a year or month, leaves the
claim unverified too: which span it states, or its exact length, is unclear; one of several spans may only
confirm a length in days that names its event ("a three-day visit" among an itinerary's legs).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Sequence

from .compare import AGREE, MISMATCH, UNKNOWN, ValueCheck, compare_interval
from .dates import years_between
from .domain import Value
from .values import in_years, years_per

# a length stated as such: "for nearly 12 years", "lasted 17 days", "a five-year term", "a three-day visit", "for
# a three-day summit"
_BEFORE_LENGTH = r"(?:\bfor|\blasted|\blasting|\bspanned|\bspanning)\s+(?:(?:just|only|an?)\s+)?"
_LENGTH_OF = frozenset({"term", "tenure", "presidency", "premiership", "reign", "rule", "visit", "trip", "tour",
                        "stay", "war", "mission", "summit"})
# what lies between a span's two days: ", until his resignation on", " to", " through"
_BETWEEN = re.compile(r"^,?\s+(?:to|until|till|through)\b[^.;]{0,60}$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def span_checks(claim: str, checks: Sequence[ValueCheck], fact: str, fact_values: Sequence[Value]) -> list[ValueCheck]:
    """``checks`` with each unverified length the claim states checked against the spans the fact gives."""
    lengths = [c for c in checks if c.claim_value.type == "duration" and c.outcome == UNKNOWN
               and (_states_length(claim, c.claim_value) or _lasts_days(c.claim_value))]
    if not lengths:
        return list(checks)
    spans = _spans(fact, fact_values)
    return [_against_spans(claim, c, spans) if c in lengths else c for c in checks]


def _against_spans(claim: str, check: ValueCheck, spans: list[tuple[tuple[date, date], Value]]) -> ValueCheck:
    """A fact's one span decides a length the claim states as such. Otherwise a span of the claim's length
    can confirm a length in days that names its event ("a three-day visit"), never contradict it: a fact may
    give several spans (an itinerary's legs) and the claim's length may be any of them or none."""
    length = check.claim_value
    if len(spans) == 1 and _states_length(claim, length):
        outcomes = [length_outcome(length, *spans[0][0])]
    elif _lasts_days(length):
        outcomes = [AGREE if _days_in(first, last) == float(length.value or 0) else UNKNOWN
                    for (first, last), _ in spans]
    else:
        return check
    for ((first, last), value), outcome in zip(spans, outcomes):
        if outcome != UNKNOWN:
            return ValueCheck(length, outcome, value, _counted(first, last, length))
    return check


def _lasts_days(value: Value) -> bool:
    """A length in days that names its event ("a three-day visit"); a plain "three days" may be a gap ("three
    days after the election")."""
    return value.type == "duration" and value.unit == "day" and value.modifier is None and value.about is not None


def _states_length(claim: str, length: Value) -> bool:
    """The duration is how long something lasted, not a gap ("five days after the election"), in units days can
    measure (a two-day summit may have "lasted 12 hours")."""
    if length.unit in ("hour", "minute"):
        return False
    return length.about in _LENGTH_OF or re.search(_BEFORE_LENGTH + re.escape(length.text), claim,
                                                   re.IGNORECASE) is not None


def _counted(first: date, last: date, length: Value) -> str:
    if length.unit in ("day", "week"):
        return f"{first.isoformat()} to {last.isoformat()} = {_days_in(first, last)} days, both counted"
    return f"{first.isoformat()} to {last.isoformat()} = {years_between(first, last + timedelta(days=1)):.1f} years"


def length_outcome(length: Value, first: date, last: date) -> str:
    """Does the length agree with the span from ``first`` to ``last``, both days counted?"""
    if length.unit in ("day", "week"):
        days = _days_in(first, last)
        claimed = compare_interval(_in_days(length), (days, days))
        if length.modifier is None and claimed != AGREE:  # "lasted 16 days": the last day not counted
            if length.unit == "day":
                return AGREE if days - 1 <= float(length.value) <= days else MISMATCH
            return AGREE if abs(float(length.value) * 7 - days) <= 1 else MISMATCH
        return claimed
    elapsed = years_between(first, last + timedelta(days=1))
    if length.modifier is not None:
        outcome = compare_interval(in_years(length), (elapsed, elapsed))
        return MISMATCH if outcome == UNKNOWN else outcome
    gap = abs(float(length.value) - elapsed / years_per(length.unit))  # in the claim's unit
    return AGREE if gap < 0.5 else MISMATCH if gap >= 1 else UNKNOWN


def _days_in(first: date, last: date) -> int:
    return (last - first).days + 1


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
