"""Typed values (numbers, ordinals, dates, ranges, durations, money, percentages) with spans and intervals.

Patterns run from most to least specific; each span is claimed once, so "January 4 to 7" is one date range
and not a date plus a number. The date builders are in :mod:`checker.date_values`; the figures' are here.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Callable, Iterator

from .date_values import DATE_BUILDERS, NOT_COUNTED, TOKEN, DateBuilder, norm_modifier
from .dates import DASH, DAY, MONTH, MONTH_NAME, NOT_BEFORE_A_DATE, WEEKDAY_NAME, YEAR
from .domain import Value
from .numbers import FRACTION, MODIFIER, NUMBER, ORDINAL, interval, parse_fraction, parse_number, parse_ordinal

_MOD = rf"(?:(?P<mod>{MODIFIER})\s+)?"
_UNIT = r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies))"
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
        rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<m2>{MONTH})\s+(?P<d2>{DAY})\b"
        rf"(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("range_one_month", re.compile(
        rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<d2>{DAY})\b(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("day_month_year", re.compile(rf"\b(?P<d>{DAY})\s+(?P<m>{MONTH})\b(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("month_day", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY})\b(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("month_year", re.compile(rf"\b(?P<m>{MONTH})(?:\s?,\s+|\s+)(?P<y>{YEAR})\b")),
    # "last October", "next March": the nearest such month before or after publication
    ("relative_month", re.compile(rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<m>{MONTH_NAME})\b(?!\s*\d)")),
    # a month on its own after a preposition ("fell in October", "since June"); full names only, so neither
    # the modal "may" nor "Mar" in a name is read as one
    ("month_only", re.compile(rf"\b(?P<m>{MONTH_NAME})\b(?!\s*\d)")),
    # "on Tuesday": the latest such day up to publication (checker.dates says which weekdays are days)
    ("weekday", re.compile(rf"{WEEKDAY_NAME}\b{NOT_BEFORE_A_DATE}")),
    ("season", re.compile(rf"\b(?P<y1>{YEAR})\s?[-–/]\s?(?P<y2>\d\d)\b(?![-–/]?\d)")),
    ("year_range", re.compile(rf"\b(?:from\s+)?(?P<y1>{YEAR})\s*(?:-|–|—|to|through|until)\s*(?P<y2>{YEAR})\b")),
    ("relative_year", re.compile(r"\b(?P<rel>this|last|next|the\s+past|the\s+previous|the\s+coming)\s+year\b",
                                 re.IGNORECASE)),
    # "last week", "this month": the publication's week (Monday to Sunday) or month, or the one before or after
    ("relative_period", re.compile(r"\b(?P<rel>this|last|next)\s+(?P<unit>week|month)\b", re.IGNORECASE)),
    # "2:09:56", "in 2:02:44": a race time, hours:minutes:seconds (not a clock time)
    ("race_time", re.compile(r"(?<![\d:.])(?<!\bat\s)\b(?P<h>\d{1,2}):(?P<min>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,2})?)\b"
                             r"(?![:\d])")),
    ("time", re.compile(r"(?<![\d:])\b(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\b(?!:\d)(?:\s?(?P<ap>[ap])\.?m\b\.?)?",
                        re.IGNORECASE)),
    ("duration", re.compile(
        rf"(?i:{_MOD}(?:(?:a\s+)?(?:span|period)\s+of\s+)?(?:(?:just|only)\s+)?"
        rf"\b(?P<num>{_NUM}|an?)\s+{_UNIT})\b", re.IGNORECASE)),
    # "a 20-year wait", "a four-year term": a span named by its length (not "a 30-year-old", not "a 10-year bond")
    ("duration", re.compile(rf"(?i:{_MOD}\b(?P<num>{_NUM})-{_UNIT}(?=\s+(?:wait|gap|absence|hiatus|drought|career|"
                            r"reign|span|tenure|stint|term|ban|sentence|break|history|run|rule)\b))")),
    ("percent", re.compile(rf"(?i:{_MOD}\b(?P<num>{_NUM})\s*(?:%|percent\b|per\s+cent\b))")),
    ("fraction", re.compile(rf"(?i:{_MOD}\b(?P<num>{FRACTION})(?=\s+(?:of|the)\b))")),
    ("money", re.compile(rf"(?i:{_MOD}{_CUR}\s?(?P<num>{NUMBER}){_SCALE}\b)")),
    ("money_word", re.compile(rf"(?i:{_MOD}\b(?P<num>{_NUM}){_SCALE}\s+{_CUR_WORD}\b)")),
    ("ordinal", re.compile(rf"(?i:\b(?P<ord>{ORDINAL})\b)")),
    # a comma after a year ends a clause ("founded in 1948, has"); only ",000" makes it part of a number
    ("year", re.compile(rf"(?<![\d,.])\b(?P<y>{YEAR})\b(?!\d|,\d)")),
    # not "COVID-19" or "F-16", not the hours of "15:00"
    ("number", re.compile(rf"(?i:{_MOD}(?<![\w.,:])(?<![A-Za-z]-)(?P<num>{NUMBER}){_SCALE}(?!\w|,\d|:\d))")),
]

_AVERAGED = re.compile(r"(?i)\baveraged?\s+$")
_YEARS_PER = {"minute": 1 / 525_960, "hour": 1 / 8_766, "day": 1 / 365.25, "week": 7 / 365.25, "month": 1 / 12,
              "year": 1.0, "decade": 10.0, "century": 100.0}


# A number that fills a quotation is a title, not a value: the song "1999", the novel “1984”.
_QUOTED_NUMBER = re.compile(r"(?:\"|“|``|'')\s?(\d[\d,.]*)\s?(?:\"|”|'')")


def extract_values(text: str, *, default_year: int | None = None, today: date | None = None) -> list[Value]:
    """All typed values in ``text``; dates without a year take ``default_year``; "last year" uses ``today``.

    Memoised: every request re-reads the same reference facts' values, which cost more than the rest of a
    warm check together (Values are frozen, and each caller gets its own list)."""
    return list(_extract_cached(text, default_year, today))


@functools.lru_cache(maxsize=16384)
def _extract_cached(text: str, default_year: int | None, today: date | None) -> tuple[Value, ...]:
    taken: list[tuple[int, int]] = [m.span(1) for m in _QUOTED_NUMBER.finditer(text)]
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


def _duration(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    raw = m["num"].lower()
    n = 1.0 if raw in ("a", "an") else parse_number(raw)
    if n is None:
        return None
    unit = m["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    low, high = interval(n, m["mod"])
    return Value(type="duration", text=m.group(0), span=m.span(), value=n, low=low, high=high,
                 modifier=norm_modifier(m["mod"]), unit=unit)


def _fraction(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"nearly a third of" is a percentage: it agrees with "32 percent" and not with "half"."""
    n = parse_fraction(m["num"])
    if n is None:
        return None
    low, high = interval(n, m["mod"])
    return Value(type="percent", text=m.group(0), span=m.span(), value=n, low=low, high=high,
                 modifier=norm_modifier(m["mod"]), about=counted_noun(m.string, m.end()))


def _race_time(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """A race time as a duration in hours (of kind number, like other hours), so 2:09:56 ≠ 2:09:57."""
    hours = int(m["h"]) + int(m["min"]) / 60 + float(m["s"]) / 3600
    return Value(type="duration", text=m.group(0), span=m.span(), value=hours, low=hours, high=hours, unit="hour")


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
        modifier = None if _AVERAGED.search(m.string, max(0, m.start() - 12), m.start()) else m["mod"]
        low, high = interval(n, modifier)
        unit = (m.groupdict().get("cur") or m.groupdict().get("curw") or "").strip() or None
        return Value(type=vtype, text=m.group(0), span=m.span(), value=n, low=low, high=high,
                     modifier=norm_modifier(modifier), unit=unit, about=counted_noun(m.string, m.end()))
    return build


def counted_noun(text: str, end: int) -> str | None:
    """The first content word after a figure ("25 rapes", "$44 million in North America" -> "north"), singular-ish.

    Pairs a claim's figure with the fact's figure about the same thing; "two extended plays" must be compared
    with "eight extended plays", not with "two studio albums" in the same sentence."""
    for word in TOKEN.findall(text, end, min(len(text), end + 40))[:4]:
        lowered = word.lower()
        if not lowered.isalnum():
            return None  # the figure's phrase ended
        if lowered not in NOT_COUNTED and not lowered.isdigit():
            return _singular(lowered)
    return None


def _singular(word: str) -> str:
    """Enough to pair "150 countries" with "one country" and "3 cases" with "a case"; not a lemmatiser."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


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


BUILDERS: dict[str, DateBuilder] = {
    **DATE_BUILDERS, "duration": _duration, "percent": _numeric("percent"), "money": _numeric("money"),
    "money_word": _numeric("money"), "fraction": _fraction, "race_time": _race_time, "ordinal": _ordinal,
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
