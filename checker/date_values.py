"""Dates as typed values: days, ranges, months, seasons, weekdays, years and clock times, each with the
preposition or bound that gives it meaning ("before March 2018", "in October" of the publication year).

Split from :mod:`checker.values`, which runs the patterns; each builder here turns one pattern's match
into a :class:`Value` whose ``low``/``high`` are ISO days, so dates compare by containment.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from .dates import (DateSpan, make_day, month_number, month_span, nearest_month, relative_span,
                    weekday_in, year_span)
from .domain import Value

TOKEN = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")
NOT_COUNTED = frozenset("the a an of in on at to for by with and or from than as per each during over about into "
                        "were was are is had have has been be its their his her this that these those more".split())
# A plural noun after a year-like figure: "cases" but not "coronavirus", "crisis", "class", and not a verb
# taking an object ("2026 marks the 150th anniversary"), nor "was" or "has" ("Expo 2010 was held in Shanghai").
# Atomic: linear even on a 50 kB run of letters.
_PLURAL_NEXT = re.compile(r"\s(?!(?:was|has|does|goes)\b)(?>[a-z]+)(?<=[^usi]s)\b"
                          r"(?!\s{1,3}(?:the|a|an|its|their|his|her|this|that)\b)")
_MONTH_PREPOSITIONS = frozenset("in since from until till by during through before after early mid late of "
                                "between and to".split())
_YEAR_PREPOSITIONS = frozenset("in since from by until of before after during between and to or year".split())
# an ordinal day without a year between "the" and a capitalised word names something: "the March 1st
# Declaration" (nor is its "1st", after a month, an ordinal: checker.values)
_IN_A_NAME = re.compile(r"\b[Tt]he\s+$")
_NAME_AFTER = re.compile(r"\s{1,3}[A-Z][a-z]")
_DATE_FILLER = frozenset("early mid late since until before after by prior earlier later no not".split())
# A bound before a date: "before March 2018", "by May 2, 2017", "after December 2008".
_DATE_MODIFIER = re.compile(r"(?i)\b(?P<dmod>before|after|by|prior\s+to|earlier\s+than|later\s+than|"
                            r"no\s+later\s+than|not\s+later\s+than)\s+$")


def _date_value(match: re.Match[str], span: DateSpan, vtype: str = "date", assumed: bool = False) -> Value:
    if span.start != span.end and span.granularity == "day":
        vtype = "date_range"
    value = span.iso() if vtype == "date" else f"{span.start.isoformat()}/{span.end.isoformat()}"
    start, modifier = match.start(), None
    low, high = span.start.isoformat(), span.end.isoformat()
    bound = _DATE_MODIFIER.search(match.string, max(0, start - 24), start) if vtype == "date" else None
    if bound is not None:  # the bound joins the value's text and span
        start, modifier = bound.start("dmod"), norm_modifier(bound["dmod"]) or ""
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
    return _date_value(m, DateSpan(a, b, "day"), assumed=not m["y"]) if a and b and a <= b else None


def _range_one(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    year = _year_of(m, dy)
    if year is None:
        return None
    month = month_number(m["m1"])
    a = make_day(year, month, int(re.sub(r"\D", "", m["d1"])))
    b = make_day(year, month, int(re.sub(r"\D", "", m["d2"])))
    return _date_value(m, DateSpan(a, b, "day"), assumed=not m["y"]) if a and b and a <= b else None


def _day_date(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    if not m["y"] and m["d"][-1:].isalpha() and _IN_A_NAME.search(m.string, max(0, m.start() - 6), m.start()) \
            and _NAME_AFTER.match(m.string, m.end()):
        return None  # "the March 1st Movement", "the June 15th Declaration": a name, not a day of any year
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
    before = TOKEN.findall(m.string, max(0, m.start() - 12), m.start())[-1:]
    return before[0].lower() if before else ""


def _month_only(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"In October" in an article is that month of the publication year: a date that can agree with a fact
    but, its year being assumed, never contradict one."""
    if dy is None or _word_before(m) not in _MONTH_PREPOSITIONS:
        return None
    return _date_value(m, month_span(dy, month_number(m["m"])), assumed=True)


def _month_of_relative_year(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"October last year" written in January 2026 is October 2025 (not the year 2025 and an October of 2026)."""
    if today is None:
        return None
    offset = {"this": 0, "next": 1}.get(m["rel"].lower(), -1)
    return _date_value(m, month_span(today.year + offset, month_number(m["m"])))


def _relative_month(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"last October" written in July 2026 is October 2025; "next March" is March 2027; "this May" is May of
    the publication year."""
    if today is None:
        return None
    return _date_value(m, month_span(*nearest_month(m["rel"], month_number(m["m"]), today)))


def _weekday(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"Arrived on Tuesday" in a report is the last Tuesday up to publication (the publication day itself when
    it is one): a date that, being assumed, can agree with a fact but never contradict one."""
    if today is None:
        return None
    day = weekday_in(m.string, m.start(), today, m["wd"])
    return _date_value(m, DateSpan(day, day, "day"), assumed=True)


def _month_year(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    return _date_value(m, month_span(int(m["y"]), month_number(m["m"])))


def _month_year_range(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    first = month_span(int(m["y1"]), month_number(m["m1"]))
    last = month_span(int(m["y2"]), month_number(m["m2"]))
    if last.start <= first.start:
        return None
    return Value(type="date_range", text=m.group(0), span=m.span(), value=f"{first.iso()}/{last.iso()}",
                 low=first.start.isoformat(), high=last.end.isoformat(), granularity="month")


def _year_range(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    return _years(m, int(m["y1"]), int(m["y2"]))


def _season(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"the 2017-18 playoffs": one season over two years, not the year 2017 and the number 18."""
    first = int(m["y1"])
    return _years(m, first, first + 1, "season") if int(m["y2"]) == (first + 1) % 100 else None


def _years(m: re.Match[str], a: int, b: int, granularity: str = "year") -> Value | None:
    """A span of years ("from 1993 to 2008"), or one season named by its two years (granularity "season"),
    which, unlike a span, contains the dates inside it (checker.compare)."""
    if b <= a:
        return None
    return Value(type="date_range", text=m.group(0), span=m.span(), value=f"{a}/{b}",
                 low=f"{a:04d}-01-01", high=f"{b:04d}-12-31", granularity=granularity)


# the years of a decade's part, loosely: "the early 2000s" may reach 2004, "the late 1990s" begin in 1995
_DECADE_PART = {"early": (0, 4), "mid": (3, 7), "late": (5, 9), None: (0, 9)}


def _decade(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"the 1990s", "the early 2000s": one period that holds the dates inside it, as a year does. No cue word
    ties it to an event: decades come in pairs ("developed in the late 1960s and early 1970s")."""
    part = m["part"].lower() if m["part"] else None
    first, last = (int(m["dec"]) + k for k in _DECADE_PART[part])
    return Value(type="date", text=m.group(0), span=m.span(), value=m.group(0), low=f"{first:04d}-01-01",
                 high=f"{last:04d}-12-31", granularity="decade")


def _relative_period(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"last week" (Monday to Sunday before the publication's week) or "this month": assumed, as news uses
    them loosely ("last week" on a Monday may mean a few days ago), so they agree with a fact but never
    contradict one."""
    if today is None:
        return None
    return _date_value(m, relative_span(m["rel"], m["unit"], today), assumed=True)


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


def date_cue(text: str, start: int) -> str | None:
    """The content word before a date ("born 22 November 1948" -> "born"), so a claim's birth date is compared
    with the fact's birth date, not with the graduation date in the same sentence."""
    for word in reversed(TOKEN.findall(text, max(0, start - 40), start)[-4:]):
        lowered = word.lower()
        if lowered.isalpha() and lowered not in NOT_COUNTED and lowered not in _DATE_FILLER:
            return lowered
    return None


def norm_modifier(mod: str | None) -> str | None:
    """"More  Than" → "more than"."""
    return " ".join(mod.lower().split()) if mod else None


DateBuilder = Callable[[re.Match[str], int | None, date | None], Value | None]
DATE_BUILDERS: dict[str, DateBuilder] = {
    "iso": _iso, "range_two_months": _range_two, "range_one_month": _range_one, "day_month_year": _day_date,
    "month_day": _day_date, "month_only": _month_only, "month_relative_year": _month_of_relative_year,
    "relative_month": _relative_month, "weekday": _weekday,
    "month_year": _month_year, "month_year_range": _month_year_range, "season": _season, "year_range": _year_range,
    "year_between": _year_range,
    "decade": _decade,
    "relative_year": _relative_year, "relative_period": _relative_period, "time": _time, "year": _year,
}
