"""Typed values (numbers, ordinals, dates, ranges, durations, money, percentages) with spans and intervals.

Patterns run from most to least specific; each span is claimed once, so "January 4 to 7" is one date range
and not a date plus a number.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Callable, Iterator

from .dates import DASH, DAY, MONTH, YEAR, DateSpan, make_day, month_number, month_span, year_span
from .domain import Value
from .numbers import MODIFIER, NUMBER, ORDINAL, interval, parse_number, parse_ordinal

_MOD = rf"(?:(?P<mod>{MODIFIER})\s+)?"
_UNIT = r"(?P<unit>years?|months?|weeks?|days?|decades?|centur(?:y|ies))"
_SCALE = r"(?:\s+(?P<scale>thousand|million|billion|trillion))?"
_CUR = r"(?P<cur>US\$|\$|€|£|¥|₩|RMB\s?|KRW\s?)"
_CUR_WORD = r"(?P<curw>(?:US\s)?dollars|won|yuan|euros|yen)"
# Atomic where the next token is never a number word (a unit, "%", a currency word): the longest number is the
# only one that can match, and without the group every word of a long "one hundred and ..." run re-tried each
# shorter number before failing (issue 8 regex budget).
_NUM = rf"(?>{NUMBER})"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("range_two_months", re.compile(
        rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<m2>{MONTH})\s+(?P<d2>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?")),
    ("range_one_month", re.compile(
        rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<d2>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?")),
    ("day_month_year", re.compile(rf"\b(?P<d>{DAY})\s+(?P<m>{MONTH}),?\s+(?P<y>{YEAR})\b")),
    ("month_day", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?")),
    ("month_year", re.compile(rf"\b(?P<m>{MONTH}),?\s+(?P<y>{YEAR})\b")),
    ("year_range", re.compile(rf"\b(?:from\s+)?(?P<y1>{YEAR})\s*(?:-|–|—|to|through|until)\s*(?P<y2>{YEAR})\b")),
    ("relative_year", re.compile(r"\b(?P<rel>this|last|next|the\s+past|the\s+previous|the\s+coming)\s+year\b",
                                 re.IGNORECASE)),
    ("duration", re.compile(
        rf"(?i:{_MOD}(?:(?:a\s+)?(?:span|period)\s+of\s+)?(?:(?:just|only)\s+)?"
        rf"\b(?P<num>{_NUM}|an?)\s+{_UNIT})\b", re.IGNORECASE)),
    ("percent", re.compile(rf"(?i:{_MOD}\b(?P<num>{_NUM})\s*(?:%|percent\b|per\s+cent\b))")),
    ("money", re.compile(rf"(?i:{_MOD}{_CUR}\s?(?P<num>{NUMBER}){_SCALE}\b)")),
    ("money_word", re.compile(rf"(?i:{_MOD}\b(?P<num>{_NUM}){_SCALE}\s+{_CUR_WORD}\b)")),
    ("ordinal", re.compile(rf"(?i:\b(?P<ord>{ORDINAL})\b)")),
    ("year", re.compile(rf"(?<![\d,.])\b(?P<y>{YEAR})\b(?![\d,])")),
    ("number", re.compile(rf"(?i:{_MOD}(?<![\w.,])(?P<num>{NUMBER}){_SCALE}(?![\w,]))")),
]

_YEARS_PER = {"day": 1 / 365.25, "week": 7 / 365.25, "month": 1 / 12, "year": 1.0, "decade": 10.0,
              "century": 100.0}


def extract_values(text: str, *, default_year: int | None = None, today: date | None = None) -> list[Value]:
    """All typed values in ``text``; dates without a year take ``default_year``; "last year" uses ``today``.

    Memoised: every request re-reads the same reference facts' values, which cost more than the rest of a
    warm check together (Values are frozen, and each caller gets its own list)."""
    return list(_extract_cached(text, default_year, today))


@functools.lru_cache(maxsize=16384)
def _extract_cached(text: str, default_year: int | None, today: date | None) -> tuple[Value, ...]:
    taken: list[tuple[int, int]] = []
    found: list[Value] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(start < e and s < end for s, e in taken):
                continue
            value = BUILDERS[kind](match, default_year, today)
            if value is not None:
                taken.append((start, end))
                found.append(value)
    return tuple(sorted(found, key=lambda v: v.span))


def _date_value(match: re.Match[str], span: DateSpan, vtype: str = "date") -> Value:
    if span.start != span.end and span.granularity == "day":
        vtype = "date_range"
    value = span.iso() if vtype == "date" else f"{span.start.isoformat()}/{span.end.isoformat()}"
    return Value(type=vtype, text=match.group(0), span=match.span(), value=value,
                 low=span.start.isoformat(), high=span.end.isoformat(), granularity=span.granularity)


def _year_of(match: re.Match[str], default_year: int | None) -> int | None:
    year = match.groupdict().get("y")
    return int(year) if year else default_year


def _iso(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    d = make_day(int(m["y"]), int(m["m"]), int(m["d"]))
    return _date_value(m, DateSpan(d, d, "day")) if d else None


def _range_two(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    year = _year_of(m, dy)
    if year is None:
        return None
    a = make_day(year, month_number(m["m1"]), int(re.sub(r"\D", "", m["d1"])))
    b = make_day(year, month_number(m["m2"]), int(re.sub(r"\D", "", m["d2"])))
    if a and b and b < a:
        b = make_day(year + 1, b.month, b.day)
    return _date_value(m, DateSpan(a, b, "day")) if a and b and a <= b else None


def _range_one(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    year = _year_of(m, dy)
    if year is None:
        return None
    month = month_number(m["m1"])
    a = make_day(year, month, int(re.sub(r"\D", "", m["d1"])))
    b = make_day(year, month, int(re.sub(r"\D", "", m["d2"])))
    return _date_value(m, DateSpan(a, b, "day")) if a and b and a <= b else None


def _day_date(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    year = _year_of(m, dy)
    if year is None:
        return None
    d = make_day(year, month_number(m["m"]), int(re.sub(r"\D", "", m["d"])))
    return _date_value(m, DateSpan(d, d, "day")) if d else None


def _month_year(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    return _date_value(m, month_span(int(m["y"]), month_number(m["m"])))


def _year_range(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    a, b = int(m["y1"]), int(m["y2"])
    if b <= a:
        return None
    return Value(type="date_range", text=m.group(0), span=m.span(), value=f"{a}/{b}",
                 low=f"{a:04d}-01-01", high=f"{b:04d}-12-31", granularity="year")


def _relative_year(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    if today is None:
        return None
    rel = " ".join(m["rel"].lower().split())
    offset = {"this": 0, "next": 1, "the coming": 1}.get(rel, -1)
    return _date_value(m, year_span(today.year + offset))


def _year(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    return _date_value(m, year_span(int(m["y"])))


def _duration(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    raw = m["num"].lower()
    n = 1.0 if raw in ("a", "an") else parse_number(raw)
    if n is None:
        return None
    unit = m["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    low, high = interval(n, m["mod"])
    return Value(type="duration", text=m.group(0), span=m.span(), value=n, low=low, high=high,
                 modifier=_norm(m["mod"]), unit=unit)


def _numeric(vtype: str) -> Callable[[re.Match[str], int | None, date | None], Value | None]:
    def build(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
        n = parse_number(m["num"])
        if n is None:
            return None
        scale = m.groupdict().get("scale")
        if scale:
            n *= {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[scale.lower()]
        if vtype == "number" and _is_reference_word(m):
            return None
        low, high = interval(n, m["mod"])
        unit = (m.groupdict().get("cur") or m.groupdict().get("curw") or "").strip() or None
        return Value(type=vtype, text=m.group(0), span=m.span(), value=n, low=low, high=high,
                     modifier=_norm(m["mod"]), unit=unit)
    return build


def _is_reference_word(m: re.Match[str]) -> bool:
    """"the two countries", "one of", "one-China" are references, not asserted quantities."""
    word = m["num"].lower()
    if word[0].isdigit():
        return False
    before = m.string[max(0, m.start() - 4):m.start()].lower()
    after = m.string[m.end():m.end() + 3].lower()
    return word == "one" or before.endswith("the ") or after.startswith("-") or after.startswith(" of")


def _ordinal(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    n = parse_ordinal(m["ord"])
    return None if n is None else Value(type="ordinal", text=m.group(0), span=m.span(), value=float(n),
                                        low=float(n), high=float(n))


def _norm(mod: str | None) -> str | None:
    return " ".join(mod.lower().split()) if mod else None


BUILDERS: dict[str, Callable[[re.Match[str], int | None, date | None], Value | None]] = {
    "iso": _iso, "range_two_months": _range_two, "range_one_month": _range_one, "day_month_year": _day_date,
    "month_day": _day_date, "month_year": _month_year, "year_range": _year_range,
    "relative_year": _relative_year, "duration": _duration, "percent": _numeric("percent"),
    "money": _numeric("money"), "money_word": _numeric("money"), "ordinal": _ordinal, "year": _year,
    "number": _numeric("number"),
}


def in_years(value: Value) -> tuple[float | None, float | None]:
    """A duration's interval expressed in years."""
    factor = _YEARS_PER.get(value.unit or "year", 1.0)
    low = None if value.low is None else float(value.low) * factor
    high = None if value.high is None else float(value.high) * factor
    return low, high


def iter_patterns() -> Iterator[re.Pattern[str]]:
    """Every compiled pattern, so a test can run each one against adversarial input."""
    for _, pattern in PATTERNS:
        yield pattern
