"""Typed values (numbers, ordinals, dates, ranges, durations, money, percentages) with spans and intervals.

Patterns run from most to least specific; each span is claimed once, so "January 4 to 7" is one date range
and not a date plus a number.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Callable, Iterator

from .dates import (DASH, DAY, MONTH, MONTH_NAME, NOT_BEFORE_A_DATE, WEEKDAY_NAME, YEAR, DateSpan, latest_weekday,
                    make_day, month_number, month_span, year_span)
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
        rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<m2>{MONTH})\s+(?P<d2>{DAY})\b"
        rf"(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("range_one_month", re.compile(
        rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<d2>{DAY})\b(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("day_month_year", re.compile(rf"\b(?P<d>{DAY})\s+(?P<m>{MONTH})\b(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("month_day", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY})\b(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("month_year", re.compile(rf"\b(?P<m>{MONTH})(?:\s?,\s+|\s+)(?P<y>{YEAR})\b")),
    # a month on its own after a preposition ("fell in October", "since June"); full names only, so neither
    # the modal "may" nor "Mar" in a name is read as one
    ("month_only", re.compile(rf"\b(?P<m>{MONTH_NAME})\b(?!\s*\d)")),
    # "on Tuesday": the latest such day up to publication (checker.dates says which weekdays are days)
    ("weekday", re.compile(rf"{WEEKDAY_NAME}\b{NOT_BEFORE_A_DATE}")),
    ("season", re.compile(rf"\b(?P<y1>{YEAR})\s?[-–/]\s?(?P<y2>\d\d)\b(?![-–/]?\d)")),
    ("year_range", re.compile(rf"\b(?:from\s+)?(?P<y1>{YEAR})\s*(?:-|–|—|to|through|until)\s*(?P<y2>{YEAR})\b")),
    ("relative_year", re.compile(r"\b(?P<rel>this|last|next|the\s+past|the\s+previous|the\s+coming)\s+year\b",
                                 re.IGNORECASE)),
    ("time", re.compile(r"(?<![\d:])\b(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\b(?!:\d)(?:\s?(?P<ap>[ap])\.?m\b\.?)?",
                        re.IGNORECASE)),
    ("duration", re.compile(
        rf"(?i:{_MOD}(?:(?:a\s+)?(?:span|period)\s+of\s+)?(?:(?:just|only)\s+)?"
        rf"\b(?P<num>{_NUM}|an?)\s+{_UNIT})\b", re.IGNORECASE)),
    ("percent", re.compile(rf"(?i:{_MOD}\b(?P<num>{_NUM})\s*(?:%|percent\b|per\s+cent\b))")),
    ("money", re.compile(rf"(?i:{_MOD}{_CUR}\s?(?P<num>{NUMBER}){_SCALE}\b)")),
    ("money_word", re.compile(rf"(?i:{_MOD}\b(?P<num>{_NUM}){_SCALE}\s+{_CUR_WORD}\b)")),
    ("ordinal", re.compile(rf"(?i:\b(?P<ord>{ORDINAL})\b)")),
    # a comma after a year ends a clause ("founded in 1948, has"); only ",000" makes it part of a number
    ("year", re.compile(rf"(?<![\d,.])\b(?P<y>{YEAR})\b(?!\d|,\d)")),
    # not "COVID-19" or "F-16", not the hours of "15:00"
    ("number", re.compile(rf"(?i:{_MOD}(?<![\w.,:])(?<![A-Za-z]-)(?P<num>{NUMBER}){_SCALE}(?!\w|,\d|:\d))")),
]

_TOKEN = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")
_NOT_COUNTED = frozenset("the a an of in on at to for by with and or from than as per each during over about into "
                         "were was are is had have has been be its their his her this that these those more".split())
# A plural noun after a year-like figure: "cases" but not "coronavirus", "crisis", "class", and not a verb
# taking an object ("2026 marks the 150th anniversary"). Atomic: linear even on a 50 kB run of letters.
_PLURAL_NEXT = re.compile(r"\s(?>[a-z]+)(?<=[^usi]s)\b(?!\s{1,3}(?:the|a|an|its|their|his|her|this|that)\b)")
_MONTH_PREPOSITIONS = frozenset("in since from until till by during through before after early mid late of "
                                "between and to".split())
_YEAR_PREPOSITIONS = frozenset("in since from by until of before after during between and to or year".split())
_AVERAGED = re.compile(r"(?i)\baveraged?\s+$")
_DATE_FILLER = frozenset("early mid late since until before after by prior earlier later no not".split())
# A bound before a date: "before March 2018", "by May 2, 2017", "after December 2008".
_DATE_MODIFIER = re.compile(r"(?i)\b(?P<dmod>before|after|by|prior\s+to|earlier\s+than|later\s+than|"
                            r"no\s+later\s+than|not\s+later\s+than)\s+$")
_YEARS_PER = {"day": 1 / 365.25, "week": 7 / 365.25, "month": 1 / 12, "year": 1.0, "decade": 10.0,
              "century": 100.0}


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


def _date_value(match: re.Match[str], span: DateSpan, vtype: str = "date", assumed: bool = False) -> Value:
    if span.start != span.end and span.granularity == "day":
        vtype = "date_range"
    value = span.iso() if vtype == "date" else f"{span.start.isoformat()}/{span.end.isoformat()}"
    start, modifier = match.start(), None
    low, high = span.start.isoformat(), span.end.isoformat()
    bound = _DATE_MODIFIER.search(match.string, max(0, start - 24), start) if vtype == "date" else None
    if bound is not None:  # the bound joins the value's text and span
        start, modifier = bound.start("dmod"), _norm(bound["dmod"]) or ""
        low, high = date_bounds(span, modifier)
    return Value(type=vtype, text=match.string[start:match.end()], span=(start, match.end()), value=value,
                 low=low, high=high, modifier=modifier, granularity=span.granularity,
                 about=date_cue(match.string, start), assumed="year" if assumed else None)


def date_bounds(span: DateSpan, modifier: str) -> tuple[str, str]:
    """"before March 2018" ends the day before March begins; "by May 2" includes May 2; "after" starts the day
    after. The open side is the calendar's first or last day, so dates still compare by containment."""
    if modifier in ("after", "later than"):
        return (span.end + timedelta(days=1)).isoformat(), date.max.isoformat()
    if modifier in ("by", "no later than", "not later than"):
        return date.min.isoformat(), span.end.isoformat()
    return date.min.isoformat(), (span.start - timedelta(days=1)).isoformat()


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
    year, month, day = _year_of(m, dy), month_number(m["m"]), int(re.sub(r"\D", "", m["d"]))
    if year is None:  # "On 6 March" with no year to give it: a date, not the number 6, but comparable to nothing
        valid = make_day(2000, month, day) is not None
        return Value(type="date", text=m.group(0), span=m.span(), value=f"--{month:02d}-{day:02d}",
                     granularity="day") if valid else None
    d = make_day(year, month, day)
    return _date_value(m, DateSpan(d, d, "day"), assumed=not m["y"]) if d else None


def _word_before(m: re.Match[str]) -> str:
    """The token just before the match, lower-cased ("" at the start): the preposition that makes "October" a
    month and "1993" a year."""
    before = _TOKEN.findall(m.string, max(0, m.start() - 12), m.start())[-1:]
    return before[0].lower() if before else ""


def _month_only(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"In October" in an article is that month of the publication year: a date that can agree with a fact
    but, its year being assumed, never contradict one."""
    if dy is None or _word_before(m) not in _MONTH_PREPOSITIONS:
        return None
    return _date_value(m, month_span(dy, month_number(m["m"])), assumed=True)


def _weekday(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"Arrived on Tuesday" in a report is the last Tuesday up to publication (the publication day itself when
    it is one): a date that, being assumed, can agree with a fact but never contradict one."""
    if today is None:
        return None
    day = latest_weekday(today, m["wd"])
    return _date_value(m, DateSpan(day, day, "day"), assumed=True)


def _month_year(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    return _date_value(m, month_span(int(m["y"]), month_number(m["m"])))


def _year_range(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    return _years(m, int(m["y1"]), int(m["y2"]))


def _season(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"the 2017-18 playoffs": one season over two years, not the year 2017 and the number 18."""
    first = int(m["y1"])
    return _years(m, first, first + 1) if int(m["y2"]) == (first + 1) % 100 else None


def _years(m: re.Match[str], a: int, b: int) -> Value | None:
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


def _time(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"8:28 am" as minutes after midnight; without am/pm ("8:21") it is compared on a 12-hour clock."""
    hour, minute, half = int(m["h"]), int(m["min"]), (m["ap"] or "").lower()
    if half and not 1 <= hour <= 12:
        return None
    minutes = float((hour % 12 + (12 if half == "p" else 0)) * 60 + minute) if half else float(hour * 60 + minute)
    return Value(type="time", text=m.group(0), span=m.span(), value=minutes, low=minutes, high=minutes,
                 unit="12h" if half else None)


def _year(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"1565 cases were reported" counts cases; "in 1993 scientists ..." is still a year."""
    if _PLURAL_NEXT.match(m.string, m.end()) and _word_before(m) not in _YEAR_PREPOSITIONS:
        return None
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
        modifier = None if _AVERAGED.search(m.string, max(0, m.start() - 12), m.start()) else m["mod"]
        low, high = interval(n, modifier)
        unit = (m.groupdict().get("cur") or m.groupdict().get("curw") or "").strip() or None
        return Value(type=vtype, text=m.group(0), span=m.span(), value=n, low=low, high=high,
                     modifier=_norm(modifier), unit=unit, about=counted_noun(m.string, m.end()))
    return build


def date_cue(text: str, start: int) -> str | None:
    """The content word before a date ("born 22 November 1948" -> "born"), so a claim's birth date is compared
    with the fact's birth date, not with the graduation date in the same sentence."""
    for word in reversed(_TOKEN.findall(text, max(0, start - 40), start)[-4:]):
        lowered = word.lower()
        if lowered.isalpha() and lowered not in _NOT_COUNTED and lowered not in _DATE_FILLER:
            return lowered
    return None


def counted_noun(text: str, end: int) -> str | None:
    """The first content word after a figure ("25 rapes", "$44 million in North America" -> "north"), singular-ish.

    Pairs a claim's figure with the fact's figure about the same thing; "two extended plays" must be compared
    with "eight extended plays", not with "two studio albums" in the same sentence."""
    for word in _TOKEN.findall(text, end, min(len(text), end + 40))[:4]:
        lowered = word.lower()
        if not lowered.isalnum():
            return None  # the figure's phrase ended
        if lowered not in _NOT_COUNTED and not lowered.isdigit():
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


def _norm(mod: str | None) -> str | None:
    return " ".join(mod.lower().split()) if mod else None


BUILDERS: dict[str, Callable[[re.Match[str], int | None, date | None], Value | None]] = {
    "iso": _iso, "range_two_months": _range_two, "range_one_month": _range_one, "day_month_year": _day_date,
    "month_day": _day_date, "month_only": _month_only, "weekday": _weekday,
    "month_year": _month_year, "season": _season, "year_range": _year_range,
    "relative_year": _relative_year, "time": _time, "duration": _duration, "percent": _numeric("percent"),
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
