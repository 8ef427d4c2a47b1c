"""Arithmetic against dated facts: "N years since X", "Nth anniversary of X", "first … in over N years",
"within a span of N months". Each result names its computation so a reader can redo it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence

from .compare import AGREE, MISMATCH, UNKNOWN, compare_interval
from .dates import parse_iso, years_between
from .domain import Claim, Evidence, Value
from .entities import destination_of
from .values import extract_values, in_years

EVENT_WORDS = re.compile(r"\b(visit|summit|trip|meeting|talks|test|launch|election|parade|war|treaty|agreement)",
                         re.IGNORECASE)
_FIRST = re.compile(r"\bfirst\b", re.IGNORECASE)
_KIND = {"trip": "visit"}  # a trip and a visit are one kind of event
COMMEMORATION = re.compile(r"\banniversary\b", re.IGNORECASE)
RECENT_DAYS = 31  # a fact this close to the as-of date is the event itself, not the previous one


@dataclass(frozen=True)
class RelationResult:
    outcome: str
    computation: str
    evidence: tuple[Evidence, ...]
    consumed: tuple[Value, ...]
    strong: bool = False  # the evidence passed an event-kind filter, so a mismatch is a contradiction


def compute(claim: Claim, candidates: Sequence[Evidence], as_of: date) -> RelationResult:
    """Evaluate the claim's relation against entity-compatible candidates (best first)."""
    dated = [e for e in candidates if e.fact.date and parse_iso(e.fact.date)]
    handler = {"anniversary": _anniversary, "since": _since, "first_in": _first_in, "span": _span}[claim.relation or ""]
    return handler(claim, dated, as_of)


def _fact_day(evidence: Evidence) -> date:
    span = parse_iso(evidence.fact.date or "")
    if span is None:  # callers pass only facts whose date parsed (``dated`` in compute)
        raise ValueError(f"fact {evidence.fact.id} has no usable date")
    return span.start


def _first(values: Sequence[Value], vtype: str) -> Value | None:
    return next((v for v in values if v.type == vtype), None)


def _years(n: int) -> str:
    return "1 year" if n == 1 else f"{n} years"


def _none(reason: str, consumed: Sequence[Value] = ()) -> RelationResult:
    return RelationResult(UNKNOWN, reason, (), tuple(consumed))


def _anniversary(claim: Claim, dated: list[Evidence], as_of: date) -> RelationResult:
    ordinal = _first(claim.values, "ordinal")
    if ordinal is None:
        return _none("no ordinal found before 'anniversary'")
    context = list(claim.values) + extract_values(claim.standalone or "", today=as_of)
    year_value = next((v for v in context if v.type == "date" and v.granularity == "year"), None) \
        or next((v for v in claim.values if v.type == "date" and v.span[1] <= ordinal.span[0]), None)
    year = int(str(year_value.value)[:4]) if year_value else as_of.year
    consumed = (ordinal,) + ((year_value,) if year_value and year_value in claim.values else ())
    # a fact that marks an anniversary is a commemoration ("a parade ... to commemorate the 70th anniversary"),
    # not the event it commemorates
    earlier = [e for e in dated if _fact_day(e).year < year and not COMMEMORATION.search(e.fact.text)]
    if not earlier:
        return _none("no dated fact about the commemorated event", consumed)
    top = earlier[0]
    origin = _fact_day(top)
    n = year - origin.year
    computation = f"{top.fact.date} → {year} = {_years(n)}; the claim says {ordinal.text}"
    outcome = AGREE if n == int(float(ordinal.value)) else MISMATCH
    return RelationResult(outcome, computation, (top,), consumed)


def _since(claim: Claim, dated: list[Evidence], as_of: date) -> RelationResult:
    duration = _first(claim.values, "duration")
    if duration is None:
        return _none("no duration found before 'since'")
    earlier = [e for e in dated if _fact_day(e) < as_of - timedelta(days=RECENT_DAYS)]
    if not earlier:
        return _none("no dated fact about the starting event", (duration,))
    top = earlier[0]
    elapsed = years_between(_fact_day(top), as_of)
    computation = f"{top.fact.date} → {as_of.isoformat()} = {_years(math.floor(elapsed))}"
    return RelationResult(_duration_outcome(duration, elapsed), computation + f"; the claim says {duration.text!r}",
                          (top,), (duration,))


def _first_in(claim: Claim, dated: list[Evidence], as_of: date) -> RelationResult:
    duration = _first(claim.values, "duration")
    ordinal = _first(claim.values, "ordinal")
    consumed = tuple(v for v in (duration, ordinal) if v is not None)
    if duration is None:
        return _none("no duration found after 'first'", consumed)
    new_event = _event_day(claim, as_of)
    earlier = [e for e in dated if _fact_day(e) < new_event - timedelta(days=RECENT_DAYS)
               and same_kind_of_event(claim.standalone or claim.text, e.fact.text)]
    if not earlier:
        return _none("no earlier event of this kind in the store", consumed)
    latest = max(earlier, key=_fact_day)
    gap = years_between(_fact_day(latest), new_event)
    computation = (f"latest earlier event {latest.fact.date} → {new_event.isoformat()} = {gap:.1f} years; "
                   f"the claim says {duration.text!r}")
    return RelationResult(_duration_outcome(duration, gap), computation, (latest,), consumed, strong=True)


def _event_day(claim: Claim, as_of: date) -> date:
    """The day of the event a "first … in N years" claim is about: the date the claim gives it when that lies
    in the past ("Xi's visit to North Korea in June 2019 was the first … in 14 years"), else the as-of date
    (the visit under way)."""
    own = next((v for v in claim.values if v.type in ("date", "date_range") and not v.modifier and v.low), None)
    day = date.fromisoformat(str(own.low)) if own is not None else as_of
    return day if day < as_of - timedelta(days=RECENT_DAYS) else as_of


def same_kind_of_event(claim_text: str, fact_text: str) -> bool:
    """A previous "visit to China" must be a visit, and to China: a summit in Gyeongju does not count. The kind
    is the event word after "first" when there is one: "his first trip … in 11 years", said of a trip to the
    APEC Leaders' Meeting, counts from his last trip, not from a summit at another meeting."""
    first = _FIRST.search(claim_text)
    named = EVENT_WORDS.search(claim_text, first.end(), first.end() + 40) if first else None
    claim_words = {_KIND.get(w, w) for w in ([named.group(1).lower()] if named else
                                              [m.group(1).lower() for m in EVENT_WORDS.finditer(claim_text)])}
    fact_words = {_KIND.get(m.group(1).lower(), m.group(1).lower()) for m in EVENT_WORDS.finditer(fact_text)}
    if claim_words and not claim_words & fact_words:
        return False
    destination = destination_of(claim_text)
    return destination is None or destination == destination_of(fact_text)


def _span(claim: Claim, dated: list[Evidence], as_of: date) -> RelationResult:
    duration = _first(claim.values, "duration")
    if duration is None:
        return _none("no duration found after 'within'")
    upto = sorted({_fact_day(e): e for e in dated if _fact_day(e) <= as_of}.items())
    if len(upto) < 2:
        return _none("fewer than two dated events of this kind in the store", (duration,))
    (first_day, first), (last_day, last) = upto[-2], upto[-1]
    days = (last_day - first_day).days
    # Spans are stated rounded ("within two months" for 66 days), so compare whole units.
    per_unit = {"month": 30.44, "week": 7.0, "day": 1.0}.get(duration.unit or "year", 365.25)
    unit = duration.unit if duration.unit in ("month", "week", "day") else "year"
    amount = float(round(days / per_unit))
    computation = f"{first.fact.date} → {last.fact.date} = {amount:g} {unit}s; the claim says {duration.text!r}"
    outcome = compare_interval((duration.low, duration.high), (amount, amount)) if duration.low is not None else \
        compare_interval((None, duration.high), (amount, amount))
    return RelationResult(outcome if outcome != UNKNOWN else MISMATCH, computation, (last, first), (duration,))


def _duration_outcome(duration: Value, elapsed_years: float) -> str:
    """Exact "33 years" means 33 completed years; with a modifier, the elapsed time must fall in its interval."""
    if duration.modifier is None and duration.unit == "year":
        return AGREE if math.floor(elapsed_years) == int(float(duration.value)) else MISMATCH
    outcome = compare_interval(in_years(duration), (elapsed_years, elapsed_years))
    return MISMATCH if outcome == UNKNOWN else outcome
