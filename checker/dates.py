"""Date expressions as day intervals, so "December 2019" and "2019-12-23" compare by containment."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import TOLD_ON_A_DAY, any_word

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
# Case-sensitive on purpose: "May 5" is a date, "may" is a modal verb.
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "in December that year", "later that same year", "of the same year": the year the article named last
# (checker.context); "the following year" the one after it
THAT_YEAR = re.compile(r"\b(?:(?P<prep>[Ii]n|[Oo]f)\s+)?(?:that|the\s+same|that\s+same|the\s+(?P<next>following))"
                       r"\s+year\b")
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d|2100)"
DASH = r"\s*(?:-|–|—|to|through|until|and)\s*"


@dataclass(frozen=True)
class DateSpan:
    """A closed day interval with the precision it was stated at."""

    start: date
    end: date
    granularity: str  # day, month or year

    def iso(self) -> str:
        if self.granularity == "year":
            return f"{self.start.year:04d}"
        if self.granularity == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "on Tuesday" as a day of its own, for the typed values and the standalone text alike: not in a name ("the
# Friday the 13th series") and not before the written date it names ("Tuesday, June 9", "Friday , March 13")
WEEKDAY_NAME = rf"(?<![Tt]he\s)\b(?P<wd>{'|'.join(WEEKDAYS)})"
NOT_BEFORE_A_DATE = rf"(?!\s*,?\s*(?:\d|{MONTH_NAME}|the\s+\d))"


def latest_weekday(today: date, name: str) -> date:
    """"On Tuesday" in a report: the last Tuesday up to the publication day (that day itself on a Tuesday)."""
    return today - timedelta(days=(today.weekday() - WEEKDAYS.index(name.capitalize())) % 7)


# "will hold talks … on Tuesday", "is due to arrive on Friday": a weekday ahead, not the one just past
_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|to)\s+(?:to\s+)?)\b[^.;]{0,80}$",
                    re.IGNORECASE)
_TOLD = re.compile(any_word(TOLD_ON_A_DAY))


def weekday_in(text: str, at: int, today: date, name: str) -> date:
    """The day a weekday named at ``at`` in ``text`` means: the coming one after a future-tense verb in the
    same sentence (the publication day itself on that weekday), else the latest up to publication."""
    ahead = _AHEAD.search(text, max(0, at - 120), at)
    if ahead and not _TOLD.search(ahead.group(0)):  # "…, will return, his office said on Tuesday": the telling
        return today + timedelta(days=(WEEKDAYS.index(name.capitalize()) - today.weekday()) % 7)
    return latest_weekday(today, name)


def nearest_month(rel: str, month: int, today: date) -> tuple[int, int]:
    """(year, month) of "last October" (the latest October before the publication month), "next October"
    (the first after it) or "this October" (the publication year's)."""
    rel = rel.lower()
    if rel == "last":
        return (today.year if month < today.month else today.year - 1), month
    if rel == "next":
        return (today.year if month > today.month else today.year + 1), month
    return today.year, month


RELATIVE_OFFSET = {"this": 0, "last": -1, "next": 1}


def relative_span(rel: str, unit: str, today: date) -> DateSpan:
    """"this/last/next week" (Monday to Sunday) or "… month" around the publication day."""
    offset = RELATIVE_OFFSET[rel.lower()]
    if unit.lower() == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
        return DateSpan(monday, monday + timedelta(days=6), "day")
    month = today.month - 1 + offset
    return month_span(today.year + month // 12, month % 12 + 1)


def month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def make_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_span(year: int, month: int) -> DateSpan:
    last = calendar.monthrange(year, month)[1]
    return DateSpan(date(year, month, 1), date(year, month, last), "month")


def year_span(year: int) -> DateSpan:
    return DateSpan(date(year, 1, 1), date(year, 12, 31), "year")


@functools.lru_cache(maxsize=4096)  # facts' dates, re-read for every relation claim they are a candidate of
def parse_iso(text: str) -> DateSpan | None:
    """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" as used in reference records."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if day:
            d = date(int(year), int(month), int(day))
            return DateSpan(d, d, "day")
        if month:
            return month_span(int(year), int(month))
        return year_span(int(year))
    except ValueError:
        return None


def years_between(start: date, end: date) -> float:
    """Exact elapsed years, counting whole years by calendar and the rest as a fraction."""
    whole = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    anchor = _add_years(start, whole)
    nxt = _add_years(start, whole + 1)
    return whole + (end - anchor).days / max((nxt - anchor).days, 1)


def months_between(start: date, end: date) -> int:
    """Calendar months from start's month to end's month ("November → January" is 2)."""
    return (end.year - start.year) * 12 + end.month - start.month


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)
