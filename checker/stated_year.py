"""A date written without a year takes the year its own clause states: "The 2025 APEC meeting ran from
October 31 to November 1" is 2025 in an article of January 2026, not the publication year's autumn.

Only within one clause (no comma, semicolon, colon, bracket or full stop between the two), only from a year
that dates something (not "the first since 2019") and only onto a date that is not a bound ("since January"):
in "who took over in 2022, said orders had doubled since January" January keeps the publication year. The date
stays assumed, so it can agree with a fact but never contradict one.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from .dates import MONTH
from .domain import Value

_BOUND_BEFORE = re.compile(r"(?i)\b(?:since|until|till|before|after|by)\s+$")
# a year that bounds a period, directly or at the end of a phrase ("since records began in 1961")
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:(?:from|through|to)\s+|(?:since|until|till|before|after|by)\b[^,;:]{0,40})$")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\.\s")
_A_MONTH = re.compile(MONTH)
_YEAR_IN_VALUE = re.compile(r"\b(\d{4})(?=-)")


def in_stated_year(text: str, values: tuple[Value, ...]) -> tuple[Value, ...]:
    """``values`` with each month or day whose year was assumed moved into the year its clause states."""
    stated = [v for v in values if _dates_a_year(text, v)]
    if not stated or not any(v.assumed == "year" for v in values):
        return values
    return tuple(_moved(v, _clause_year(text, v, stated)) if _movable(text, v) else v for v in values)


def _dates_a_year(text: str, value: Value) -> bool:
    return (value.type in ("date", "date_range") and not value.assumed and not value.modifier
            and value.low is not None and str(value.low)[:4] == str(value.high)[:4]
            and not _PERIOD_BEFORE.search(text, max(0, value.span[0] - 48), value.span[0]))


def _movable(text: str, value: Value) -> bool:
    return (value.assumed == "year" and not value.modifier and value.low is not None
            and bool(_A_MONTH.search(value.text))
            and not _BOUND_BEFORE.search(text, max(0, value.span[0] - 12), value.span[0]))


def _clause_year(text: str, value: Value, stated: list[Value]) -> int | None:
    years = set()
    for other in stated:
        start, end = sorted((other.span, value.span))
        if not _CLAUSE_BREAK.search(text, start[1], end[0]):
            years.add(int(str(other.low)[:4]))
    return years.pop() if len(years) == 1 else None


def _moved(value: Value, year: int | None) -> Value:
    if year is None:
        return value
    shift = year - int(str(value.low)[:4])
    try:
        low = date.fromisoformat(str(value.low))
        high = date.fromisoformat(str(value.high))
        low, high = low.replace(year=low.year + shift), high.replace(year=high.year + shift)
    except ValueError:  # February 29 in a year without one
        return value
    moved = _YEAR_IN_VALUE.sub(lambda m: str(int(m[1]) + shift), str(value.value))
    return dataclasses.replace(value, low=low.isoformat(), high=high.isoformat(), value=moved)
