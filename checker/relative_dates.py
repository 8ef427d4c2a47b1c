"""Relative dates made absolute in a claim's standalone text: "on Tuesday", "last year", "next year's budget".

Resolved against the publication date as the typed values are (checker.values), so retrieval and the
verifier read the date the comparison uses; the page still shows and highlights the words as written.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import (MONTH_NAME, MONTHS, NOT_BEFORE_A_DATE, RELATIVE_OFFSET, WEEKDAY_NAME, nearest_month,
                    relative_span, weekday_in)

_PREPOSITION = r"(?P<prep>\b(?:in|since|by|during|until|from|of|than|for|over|to|before|after|through)\s+)?"
_WEEKDAY = re.compile(rf"{WEEKDAY_NAME}(?P<part>\s+(?:morning|afternoon|evening|night))?\b{NOT_BEFORE_A_DATE}")
_PERIOD = re.compile(rf"{_PREPOSITION}\b(?P<rel>[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<unit>year|month|week)(?P<pos>'s)?\b")
_AFTER_A_MONTH = re.compile(rf"\b{MONTH_NAME}\s+$")
_DAY = re.compile(r"\b(?P<rel>yesterday|tomorrow)\b")
# "in May", "since January": a month named without its year (not "May 4", "May 2026" or "4 May")
_MONTH_ALONE = re.compile(rf"\b(?P<prep>(?:in|since|by|until|from|during|through|before|after|early|late)\s+)"
                          rf"(?P<month>{MONTH_NAME})\b(?!\s*,?\s*\d)")
# "this summer" (and "last summer", once it has ended); "the first ten months of the year" of the publication year
_SEASON = re.compile(r"\b(?P<prep>(?:in|during|since|by|until|over|through)\s+)?(?P<rel>[Tt]his|[Ll]ast)\s+"
                     r"(?P<season>spring|summer|autumn)\b")
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11}
_OF_THE_YEAR = re.compile(r"\b(?P<part>(?:first|last|second|third)\s+(?:[\w-]+\s+)?"
                          r"(?:months?|weeks?|days?|half|quarter)\s+of\s+)the\s+year\b")
_NEAR_MONTH = re.compile(rf"(?i:{_PREPOSITION})\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<month>{MONTH_NAME})\b"
                         r"(?!\s*,?\s*\d)")


def absolute_dates(text: str, published: date) -> str:
    """``text`` with each relative date replaced or completed by the calendar date it means."""
    text = _WEEKDAY.sub(lambda m: f"{m[0]}, {_day(weekday_in(m.string, m.start(), published, m['wd']))}", text)
    text = _PERIOD.sub(lambda m: _period(m, published), text)
    text = _NEAR_MONTH.sub(lambda m: _near_month(m, published), text)
    text = _MONTH_ALONE.sub(lambda m: _month(m, published), text)
    text = _SEASON.sub(lambda m: _season(m, published), text)
    text = _OF_THE_YEAR.sub(lambda m: f"{m['part']}{published.year}", text)
    return _DAY.sub(lambda m: "on " + _day(published + timedelta(days=1 if m["rel"] == "tomorrow" else -1)), text)


def _period(m: re.Match[str], published: date) -> str:
    """"last year" → "in 2025"; "since last year" → "since 2025"; "next year's budget" → "the 2027 budget";
    "This year marks" → "The year 2026 marks"."""
    if m["unit"] == "year":
        when = str(published.year + RELATIVE_OFFSET[m["rel"].lower()])
    elif m["unit"] == "week":  # "met in Lisbon last week" → "met in Lisbon in the week of 9 November 2026"
        return _week(m, relative_span(m["rel"], "week", published).start)
    else:
        when = f"{relative_span(m['rel'], 'month', published).start:%B %Y}"
    if m["pos"]:
        return f"{m['prep'] or ''}the {when}"
    if m["prep"]:
        return m["prep"] + when
    if m.start() == 0 and m["rel"][0].isupper() and not m.string.startswith(",", m.end()):
        return f"The {m['unit']} {when}"
    if m["unit"] == "year" and _AFTER_A_MONTH.search(m.string, 0, m.start()):
        return when  # "took office in June last year" → "… in June 2025", not "in June in 2025"
    return f"in {when}"


def _week(m: re.Match[str], monday: date) -> str:
    when = f"the week of {_day(monday)}"
    if m["pos"]:  # "next week's vote" has no short absolute form
        return m.group(0)
    if m.start() == 0 and m["rel"][0].isupper():
        return f"In {when}" if m.string.startswith(",", m.end()) else when[0].upper() + when[1:]
    return f"{m['prep'] or 'in '}{when}"


def _near_month(m: re.Match[str], published: date) -> str:
    """"became prime minister last October" → "… in October 2025" (written in July 2026)."""
    year, month = nearest_month(m["rel"], MONTHS[m["month"].lower()], published)
    when = f"{date(year, month, 1):%B %Y}"
    if m["prep"]:
        return m["prep"] + when
    if m.start() == 0:  # "Last October, the plant …" / "This May was the warmest …"
        return f"In {when}" if m.string.startswith(",", m.end()) else when
    return f"in {when}"


def _season(m: re.Match[str], published: date) -> str:
    """"this summer" → "in the summer of 2026"; "last summer" is this year's once it has ended, else last year's."""
    year = published.year
    if m["rel"].lower() == "last" and published.month <= _SEASON_ENDS[m["season"]]:
        year -= 1
    return f"{m['prep'] or 'in '}the {m['season']} of {year}"


def _month(m: re.Match[str], published: date) -> str:
    """"in May" → "in May 2026" when May of the publication year has begun; a later month ("in December",
    written in October) may be last year's or this year's, so it is left as written."""
    if MONTHS[m["month"].lower()] > published.month:
        return m.group(0)
    return f"{m['prep']}{m['month']} {published.year}"


# a weekday before the date it was resolved to ("on Monday, 5 January 2026")
_WEEKDAY_BEFORE_A_DAY = re.compile(rf"{WEEKDAY_NAME}(?:\s+(?:morning|afternoon|evening|night))?,\s(?=\d{{1,2}}\s"
                                   rf"{MONTH_NAME}\s\d{{4}}\b)")


def without_weekdays(text: str) -> str:
    """``text`` without the weekdays its dates were resolved from, as the verifier reads it: it was trained on
    encyclopaedia sentences, which date events but never name the weekday, and reads "held a summit in Beijing
    on Monday, 5 January 2026" as p(supported) 0.47 against a fact of that summit, and "… on 5 January 2026" as
    0.82."""
    return _WEEKDAY_BEFORE_A_DAY.sub("", text)


def _day(day: date) -> str:
    return f"{day.day} {day:%B} {day.year}"
