"""Typed values (numbers, ordinals, dates, ranges, durations, money, percentages) with spans and intervals.

Patterns run from most to least specific; each span is claimed once, so "January 4 to 7" is one date range
and not a date plus a number. The patterns (and the gates that skip those a text cannot match) are in
:mod:`checker.value_patterns`, the date builders in :mod:`checker.date_values`; the figures' builders are here.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Callable, Iterator

from .date_values import DATE_BUILDERS, NOT_COUNTED, TOKEN, DateBuilder, norm_modifier
from .dates import MONTH_NAME
from .domain import Value
from .numbers import interval, parse_fraction, parse_number, parse_ordinal
from .stated_year import in_stated_year
from .value_patterns import PATTERNS, Candidates, candidates

_NAMED_LENGTH = re.compile(r"-(?:year|month|week|day|hour|minute|decade|century)$", re.IGNORECASE)
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
    # the patterns' matches do not depend on the year: scanned once (value_patterns.candidates)
    return in_stated_year(text, build_values(text, candidates(text), default_year, today))


def build_values(text: str, matches: Candidates, default_year: int | None, today: date | None) -> tuple[Value, ...]:
    """Values from the patterns' matches in ``text``, earlier patterns first; a span already taken (or a quoted
    number, a title) is not read again."""
    taken: list[tuple[int, int]] = [m.span(1) for m in _QUOTED_NUMBER.finditer(text)]
    found: list[Value] = []
    for kind, match in matches:
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
    # "a three-day state visit" is the length of the visit: about the noun it names (a plain "three days" is not)
    about = counted_noun(m.string, m.end()) if _NAMED_LENGTH.search(m.group(0)) else None
    return Value(type="duration", text=m.group(0), span=m.span(), value=n, low=low, high=high,
                 modifier=norm_modifier(m["mod"]), unit=unit, about=about)


def _duration_part(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    """"half a century" is 0.5 centuries, "a decade and a half" 1.5 decades."""
    if m["unit"]:
        n, unit = (0.5 if m["part"].lower() == "half" else 0.25), m["unit"].lower()
    else:
        n, unit = (1.5 if m["plus"].lower() == "half" else 1.25), m["whole"].lower()
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
    words = _INITIALS.sub(" ", text[end:end + 40])  # "five U.S. Presidents": the presidents, not "u"
    for word in TOKEN.findall(words)[:4]:
        lowered = word.lower()
        if not lowered.isalnum():
            return None  # the figure's phrase ended
        if lowered not in NOT_COUNTED and not lowered.isdigit():
            return _singular(lowered)
    return None


_INITIALS = re.compile(r"(?<![A-Za-z])(?:[A-Z]\.){2,}(?!\w)")


def _singular(word: str) -> str:
    """Enough to pair "150 countries" with "one country" and "3 cases" with "a case"; not a lemmatiser."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


_AFTER_A_MONTH = re.compile(rf"\b{MONTH_NAME}\s+$")


def _is_reference_word(m: re.Match[str]) -> bool:
    """"the two countries", "one of", "one-China" are references, not asserted quantities."""
    word = m["num"].lower()
    if word[0].isdigit():
        return False
    before = m.string[max(0, m.start() - 4):m.start()].lower()
    after = m.string[m.end():m.end() + 3].lower()
    return word == "one" or before.endswith("the ") or after.startswith("-") or after.startswith(" of")


def _ordinal(m: re.Match[str], dy: int | None, today: date | None) -> Value | None:
    if _AFTER_A_MONTH.search(m.string, max(0, m.start() - 10), m.start()):
        return None  # the day of "the March 1st Movement", a name (checker.date_values), ranks nothing
    n = parse_ordinal(m["ord"])
    return None if n is None else Value(type="ordinal", text=m.group(0), span=m.span(), value=float(n),
                                        low=float(n), high=float(n))


BUILDERS: dict[str, DateBuilder] = {
    **DATE_BUILDERS, "duration": _duration, "duration_named": _duration,
    "duration_part": _duration_part, "percent": _numeric("percent"),
    "money": _numeric("money"), "money_word": _numeric("money"), "fraction": _fraction, "race_time": _race_time,
    "ordinal": _ordinal, "number": _numeric("number"),
}


def years_per(unit: str | None) -> float:
    """Years in one ``unit`` of a duration (a year when it has none)."""
    return _YEARS_PER.get(unit or "year", 1.0)


def in_years(value: Value) -> tuple[float | None, float | None]:
    """A duration's interval expressed in years."""
    factor = years_per(value.unit)
    low = None if value.low is None else float(value.low) * factor
    high = None if value.high is None else float(value.high) * factor
    return low, high


def iter_patterns() -> Iterator[re.Pattern[str]]:
    """Every compiled pattern, so a test can run each one against adversarial input."""
    for _, pattern in PATTERNS:
        yield pattern
