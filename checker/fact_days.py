"""Which day of a fact an event has: the fact's own date, or a later day in its text that the event's act
stands before. "Syngman Rhee served as President … from July 24, 1948, until his resignation on April 26, 1960"
dates his inauguration by its own date and his resignation 1960-04-26; one fact may so date both events of a gap
("signed on October 1, 1953, and entered into force on November 18, 1954")."""

from __future__ import annotations

import functools
from datetime import date

from .assessment import values_of
from .dates import parse_iso
from .domain import Evidence, Fact
from .event_words import IGNORED, WORD, has_word


def day_of(part: str, evidence: Evidence) -> date:
    """The day of the part's event in the fact: its own date, or one later in its text whose words before it
    hold more of the part's act ("Syngman Rhee resigned") than the fact's own date's do. "Syngman Rhee served as
    President … from July 24, 1948, until his resignation on April 26, 1960" dates his resignation 1960-04-26;
    counted from his inauguration, "resigned … a week after the April Revolution peaked" was contradicted."""
    own = fact_day(evidence)
    held = _days_by_act(part, evidence)
    most = max((n for n, _ in held), default=0)
    if most == 0 or (most, own) in held:
        return own
    return next(day for n, day in held if n == most)


def act_day(part: str, evidence: Evidence) -> date | None:
    """The day or month in the fact's text that the part's act stands before, if any does."""
    held = _days_by_act(part, evidence)
    most = max((n for n, _ in held), default=0)
    return next(day for n, day in held if n == most) if most else None


def _days_by_act(part: str, evidence: Evidence) -> tuple[tuple[int, date], ...]:
    """Each day or month the fact's text names, with how many of the part's act words stand between it and the
    date before it."""
    return _held(part, evidence.fact.text, evidence.fact.date)


@functools.lru_cache(maxsize=4096)  # a gap asks each candidate's day of a part several times while choosing
def _held(part: str, text: str, fact_date: str | None) -> tuple[tuple[int, date], ...]:
    acts = act_words(part)
    held: list[tuple[int, date]] = []
    start = 0
    for day, span in _dates_in(text, fact_date) if acts else ():
        held.append((sum(1 for w in acts if has_word(text[start:span[0]], w)), day))
        start = span[1]
    return tuple(held)


@functools.lru_cache(maxsize=256)
def act_words(part: str) -> tuple[str, ...]:
    """The part's words that are no name (lower case in the part): its act and objects."""
    return tuple(w.lower() for w in WORD.findall(part) if w.islower() and w not in IGNORED and len(w) >= 3)


@functools.lru_cache(maxsize=4096)
def _dates_in(text: str, day: str | None) -> tuple[tuple[date, tuple[int, int]], ...]:
    """The days and months a fact's text names, with their spans, in order (not bare years: "Resolution 1718")."""
    found = values_of(Fact("", text, "", date=day))
    return tuple((date.fromisoformat(str(v.low)), v.span) for v in found
                 if v.type == "date" and v.low and v.granularity in ("day", "month"))


def shown(evidence: Evidence, day: date) -> str:
    """How a computation names the day a fact gave: its own date, or the day from its text."""
    return evidence.fact.date or "" if fact_day(evidence) == day else day.isoformat()


def fact_day(evidence: Evidence) -> date:
    """The first day of the fact's own date."""
    span = parse_iso(evidence.fact.date or "")
    if span is None:  # the caller passes dated facts only
        raise ValueError(f"fact {evidence.fact.id} has no usable date")
    return span.start
