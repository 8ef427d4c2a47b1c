"""Arithmetic against dated facts: "N years since X", "Nth anniversary of X", "first … in over N years",
"within a span of N months", "was N when …" (an age: the birth fact's day to the event's). Each result names its
computation so a reader can redo it.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from .compare import AGREE, MISMATCH, UNKNOWN, compare_interval
from .dates import parse_iso, years_between
from .domain import Claim, Evidence, Value
from .entities import destination_of
from .fact_days import fact_day
from .gaps import COMMEMORATION, compute_gap, describe_gap, gap_outcome, telling
from .numbers import NUMBER
from .polarity import NOT_SINCE
from .relation_result import RelationResult
from .values import extract_values, in_years, years_per

EVENT_WORDS = re.compile(r"\b(visit|summit|trip|meeting|talks|test|launch|election|parade|war|treaty|agreement)",
                         re.IGNORECASE)
_FIRST = re.compile(r"\bfirst\b", re.IGNORECASE)
_KIND = {"trip": "visit"}  # a trip and a visit are one kind of event
_QUALIFIED = re.compile(r"\b(?P<kind>state|official|working)\s+(?:visit|trip)", re.IGNORECASE)
_AGO = re.compile(r"\s{1,3}ago\b", re.IGNORECASE)  # bounded: a run of spaces is not rescanned
RECENT_DAYS = 31  # a fact this close to the as-of date is the event itself, not the previous one
# "Kim Koo was 72 years old when he was assassinated", "died at the age of 73", "died aged 73": an age at an event,
# counted from the birth fact to the event's
# (after a verb only: "people aged 18 to 30" is a group, not an age at an event)
AGE = re.compile(rf"(?i:\b(?:was|were)\s+(?P<num>{NUMBER})(?:\s+years?\s+old)?,?\s+when\b|"
                 rf"\b(?:[a-z]{{2,}}ed|died|became|won|left|joined|took\s+office|was|were)\s+"
                 rf"(?:at\s+(?:the\s+)?age\s+of|aged)\s+(?P<aged>{NUMBER})\b)")
# the event an age is at: "when he was assassinated", "when Kim Koo was assassinated" (a resolved "he"), "died aged"
AGE_EVENT = re.compile(r"\b[Ww]hen\s+(?:[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)\s+"
                       r"(?:was\s+|were\s+)?(?P<verb>[a-z]{4,})|"
                       r"\b(?P<before>[a-z]{4,})\s+(?:at\s+(?:the\s+)?age\s+of|aged)\b")


def compute(claim: Claim, candidates: Sequence[Evidence], as_of: date) -> RelationResult:
    """Evaluate the claim's relation against entity-compatible candidates (best first)."""
    dated = [e for e in candidates if e.fact.date and parse_iso(e.fact.date)]
    handler = {"anniversary": _anniversary, "since": _since, "first_in": _first_in, "span": _span,
               "age": _age, "gap": _gap}[claim.relation or ""]
    return handler(claim, dated, as_of)


def _first(values: Sequence[Value], vtype: str) -> Value | None:
    return next((v for v in values if v.type == vtype), None)


def _years(n: int) -> str:
    return "1 year" if n == 1 else f"{n} years"


def _none(reason: str, consumed: Sequence[Value] = ()) -> RelationResult:
    return RelationResult(UNKNOWN, reason, (), tuple(consumed))


# what an anniversary is of: "the 30th anniversary of the establishment of their diplomatic relations"
_COMMEMORATED = re.compile(r"\banniversary\s+of\s+(?P<what>[^,;.]{3,160})", re.IGNORECASE)


def _anniversary(claim: Claim, dated: list[Evidence], as_of: date) -> RelationResult:
    ordinal = _first(claim.values, "ordinal")
    if ordinal is None:
        return _none("no ordinal found before 'anniversary'")
    context = list(claim.values) + extract_values(claim.standalone or "", today=as_of)
    year_value = next((v for v in context if v.type == "date" and v.granularity == "year"), None) \
        or next((v for v in claim.values if v.type == "date" and v.span[1] <= ordinal.span[0]), None)
    # "… a year ago to mark the 80th anniversary": the commemoration's year counted back from the as-of date
    ago = next((v for v in claim.values if v.type == "duration" and v.unit == "year" and v.value is not None
                and _AGO.match(claim.text, v.span[1])), None) if year_value is None else None
    if year_value is not None:
        year = int(str(year_value.value)[:4])
    else:
        year = as_of.year - int(float(ago.value)) if ago is not None else as_of.year
    consumed = (ordinal,) + ((year_value,) if year_value and year_value in claim.values else ()) \
        + ((ago,) if ago else ())
    # a fact that marks an anniversary is a commemoration ("a parade ... to commemorate the 70th anniversary"),
    # not the event it commemorates
    earlier = [e for e in dated if fact_day(e).year < year and not COMMEMORATION.search(e.fact.text)]
    if not earlier:
        return _none("no dated fact about the commemorated event", consumed)
    # the fact that tells of what is commemorated, else the closest: "the 34th anniversary of diplomatic ties
    # between China and South Korea" is not Japan's normalization with South Korea, retrieved first
    what = _COMMEMORATED.search(claim.standalone or claim.text)
    top = next(iter(telling(what["what"], earlier)), earlier[0]) if what else earlier[0]
    origin = fact_day(top)
    n = year - origin.year
    computation = f"{top.fact.date} → {year} = {_years(n)}; the claim says {ordinal.text}"
    outcome = AGREE if n == int(float(ordinal.value)) else MISMATCH
    return RelationResult(outcome, computation, (top,), consumed)


def _since(claim: Claim, dated: list[Evidence], as_of: date) -> RelationResult:
    duration = _first(claim.values, "duration")
    if duration is None:
        return _none("no duration found before 'since'")
    # a fact marking an anniversary this past year is dated by the commemoration: "Kim Koo was born 150 years
    # ago" counts from the birth, not from "the year 2026 marks the 150th anniversary of the birth of …" (a
    # parade a year or more back, "marking the 80th anniversary", may itself be the event)
    # (a claim that marks the length itself counts from the event, never from a commemoration: "China marked 30
    # years since it established relations with South Korea in 2022" is not counted from the 2022 celebration)
    commemorated = COMMEMORATION.search(claim.standalone or claim.text) is not None
    marks = _MARKED.search(claim.text) is not None
    earlier = [e for e in dated if fact_day(e) < as_of - timedelta(days=RECENT_DAYS)
               and (commemorated or (not marks and years_between(fact_day(e), as_of) >= 1)
                    or not COMMEMORATION.search(e.fact.text))]
    if not earlier:
        return _none("no dated fact about the starting event", (duration,))
    # the fact telling of the event the claim counts from by its words, before the closest one: "since it
    # established diplomatic relations with South Korea" is counted from that, not from "In 2023 South Korea
    # recorded a trade deficit … for the first time since the two countries established diplomatic relations"
    told = telling(claim.focus, earlier) if claim.focus else []
    top = told[0] if told else earlier[0]
    if told and NOT_SINCE.search(claim.text):
        # "North Korea has not conducted a nuclear test since September 2016" counts from the latest test the
        # store tells of (September 2017), not from whichever of them retrieval ranked first
        top = max(told, key=fact_day)
    said = f"; the claim says {duration.text!r}"
    origins, origin_label = _origins(claim, top)
    # "South Korea marked eight decades since its liberation … last year": counted to the marking, whose date the
    # claim gives, not to the as-of date
    marking = _marking_date(claim, origins[0])
    to = date.fromisoformat(str(marking.high)) if marking else as_of
    consumed = (duration,) + ((marking,) if marking else ())
    label = f"{marking.text} ({to.isoformat()})" if marking else as_of.isoformat()
    # an origin known to the year is counted from both its ends
    if duration.unit == "month":  # "two months ago": the gap to the as-of date, rounded as a gap's months are
        outcomes = [gap_outcome(duration, origin, to) for origin in origins]
        lengths = [describe_gap(origin, to, duration) for origin in origins]
    else:
        elapsed = [years_between(origin, to) for origin in origins]
        outcomes = [_duration_outcome(duration, e) for e in elapsed]
        lengths = [_years(math.floor(e)) for e in elapsed]
    computation = f"{origin_label} → {label} = {' to '.join(dict.fromkeys(lengths))}"
    return RelationResult(_on_every_day(outcomes), computation + said, (top,), consumed)


def _on_every_day(outcomes: Sequence[str]) -> str:
    """The outcome on every day an event may be, else unknown."""
    return outcomes[0] if len(set(outcomes)) == 1 else UNKNOWN


# "80 years since the end of the war against Japan": counted from when the fact says it ended, not began; only
# a fact whose own verb ends it ("… was fought from 1937 to 1945 and ended with Japan's surrender in 1945"): "the
# Provisional Government was based in Chongqing from 1940 until the end of the Second World War in 1945" tells
# of the end of another thing, and "70 years since the end of the Korean War" was counted from it
_END_OF = re.compile(r"^(?:the\s+)?(?:end|close|conclusion)\s+of\b", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:ended|concluded|came\s+to\s+an\s+end)\b", re.IGNORECASE)


def _origins(claim: Claim, top: Evidence) -> tuple[tuple[date, ...], str]:
    """The first and last day a length "since" may be counted from, and how the computation names them: the fact's
    date, or for "since the end of …" the last date the fact gives ("fought from July 7, 1937, to 1945 and ended
    with Japan's surrender in 1945": 1945, not 1937)."""
    if claim.focus and _END_OF.match(claim.focus) and _ENDED.search(top.fact.text):
        dates = [v for v in extract_values(top.fact.text) if v.type in ("date", "date_range") and v.low and v.high]
        last = max(dates, key=lambda v: str(v.low), default=None)
        if last is not None and str(last.low) > str(fact_day(top)):
            days = (date.fromisoformat(str(last.low)), date.fromisoformat(str(last.high)))
            return tuple(dict.fromkeys(days)), f"{last.text} (the end, {top.fact.id})"
    return (fact_day(top),), str(top.fact.date)


_MARKED = re.compile(r"\b(?:mark(?:s|ed|ing)|commemorat(?:es|ed|ing)|celebrat(?:es|ed|ing))\b", re.IGNORECASE)


def _marking_date(claim: Claim, origin: date) -> Value | None:
    """The date a claim gives the marking of a length since an event ("marked eight decades since … last
    year"): a date after the verb of marking, in the past, that is not the event's own (another year)."""
    verb = _MARKED.search(claim.text)
    if verb is None:
        return None
    # after the verb ("marked … last year"), or in the subject before it ("The parade on September 3, 2025 marked")
    return next((v for v in claim.values if v.type in ("date", "date_range")
                 and (v.span[0] > verb.end() or v.span[1] <= verb.start())
                 and v.low and v.high and str(v.low)[:4] != str(origin.year)
                 and str(v.low) > origin.isoformat()), None)


def _gap(claim: Claim, dated: list[Evidence], as_of: date) -> RelationResult:
    """Time between two events (:mod:`checker.gaps`), read on the standalone text; what it used is mapped back to
    the claim's own values."""
    text = claim.standalone or claim.text
    values = claim.values if text == claim.text else tuple(extract_values(text, today=as_of))
    gap = compute_gap(text, values, dated, as_of)
    used = {(v.type, v.text) for v in gap.consumed}
    return replace(gap, consumed=tuple(v for v in claim.values if (v.type, v.text) in used))


def _first_in(claim: Claim, dated: list[Evidence], as_of: date) -> RelationResult:
    duration = _first(claim.values, "duration")
    ordinal = _first(claim.values, "ordinal")
    consumed = tuple(v for v in (duration, ordinal) if v is not None)
    if duration is None:
        return _none("no duration found after 'first'", consumed)
    first_day, last_day = _event_days(claim, dated, as_of)
    earlier = [e for e in dated if fact_day(e) < first_day - timedelta(days=RECENT_DAYS)
               and same_kind_of_event(claim.standalone or claim.text, e.fact.text)]
    if not earlier:
        return _none("no earlier event of this kind in the store", consumed)
    latest = max(earlier, key=fact_day)
    days = tuple(dict.fromkeys((first_day, last_day)))
    gaps = [years_between(fact_day(latest), day) for day in days]
    # a new event dated by its year or month alone ("Xi Jinping's 2025 trip … was his first visit … in 11
    # years", after July 2014): the length agrees only if it does on the first and the last day it may be
    outcome = _on_every_day([_duration_outcome(duration, gap) for gap in gaps])
    if outcome == MISMATCH and len(gaps) == 2 and _agrees_between(duration, *gaps):
        outcome = UNKNOWN  # "in four and a half years" after December 2019: mid-2024 agrees, its ends do not
    computation = (f"latest earlier event {latest.fact.date} → {' … '.join(d.isoformat() for d in days)} = "
                   f"{' to '.join(dict.fromkeys(f'{g:.1f}' for g in gaps))} "
                   f"years; the claim says {duration.text!r}")
    return RelationResult(outcome, computation, (latest,), consumed, strong=True)


def _event_days(claim: Claim, dated: list[Evidence], as_of: date) -> tuple[date, date]:
    """The first and last day the event a "first … in N years" claim is about may be: the date the claim gives
    it when that lies in the past ("Xi's visit to North Korea in June 2019 was the first … in 14 years"), up to
    the as-of date, else the as-of date (the visit under way). Within a year or month the claim gives, the days
    of the store's events of the same kind narrow it: "The 2024 summit in Seoul was the first trilateral summit
    … in four and a half years" is the summit of May 27, 2024 (4.4 years after Chengdu), not any day of 2024."""
    own = next((v for v in claim.values if v.type in ("date", "date_range") and not v.modifier and v.low), None)
    if own is None or date.fromisoformat(str(own.low)) >= as_of - timedelta(days=RECENT_DAYS):
        return as_of, as_of
    first_day, last_day = date.fromisoformat(str(own.low)), min(date.fromisoformat(str(own.high or own.low)), as_of)
    text = claim.standalone or claim.text
    inside = [fact_day(e) for e in dated if first_day <= fact_day(e) <= last_day
              and same_kind_of_event(text, e.fact.text)] if first_day < last_day else []
    return (min(inside), max(inside)) if inside else (first_day, last_day)


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
    # "the first state visit … in more than eight years" counts from the last state visit, not from a visit to a
    # summit held there (December 2019, for the trilateral summit in Chengdu)
    qualified = _QUALIFIED.search(claim_text, first.end(), first.end() + 40) if first else None
    if qualified and qualified["kind"].lower() not in {m["kind"].lower() for m in _QUALIFIED.finditer(fact_text)}:
        return False
    destination = destination_of(claim_text)
    return destination is None or destination == destination_of(fact_text)


def _span(claim: Claim, dated: list[Evidence], as_of: date) -> RelationResult:
    duration = _first(claim.values, "duration")
    if duration is None:
        return _none("no duration found after 'within'")
    upto = sorted({fact_day(e): e for e in dated if fact_day(e) <= as_of}.items())
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


_BORN = re.compile(r"\bborn\b", re.IGNORECASE)


def _age(claim: Claim, dated: list[Evidence], as_of: date) -> RelationResult:
    """The person's age at the event the claim names ("when he was assassinated"): completed years from the
    birth fact's day to the day of the fact that tells of that event (the verb's stem), or, failing one, to the
    date the claim gives the event (a year leaves two ages: the claim must name neither to be contradicted)."""
    text = claim.standalone or claim.text
    match = AGE.search(text)
    said = (match.group("num") or match.group("aged")) if match else None
    number = next((v for v in claim.values if said and v.type in ("number", "duration") and said in v.text), None)
    if number is None or number.low is None:
        return _none("no age found")
    births = [e for e in dated if _BORN.search(e.fact.text)]
    if not births:
        return _none("no dated fact about the birth", (number,))
    birth = births[0]
    event = _event_fact(text, [e for e in dated if e is not birth and fact_day(e) > fact_day(birth)])
    own = next((v for v in claim.values if v.type in ("date", "date_range") and v.low and v.high), None)
    if event is not None:
        first = last = math.floor(years_between(fact_day(birth), fact_day(event)))
        label = f"{event.fact.date}"
    elif own is not None:
        first = math.floor(years_between(fact_day(birth), date.fromisoformat(str(own.low))))
        last = math.floor(years_between(fact_day(birth), date.fromisoformat(str(own.high))))
        label = own.text
    else:
        return _none("no dated fact about the event the age is at", (number,))
    ages = f"{first}" if first == last else f"{first} or {last}"
    computation = f"born {birth.fact.date} → {label} = {ages} years old; the claim says {number.text!r}"
    outcome = compare_interval((float(number.low), float(number.high if number.high is not None else number.low)),
                               (float(first), float(last)))
    consumed = (number,) + ((own,) if own is not None else ())
    evidence = (birth,) + ((event,) if event is not None else ())
    return RelationResult(outcome, computation, evidence, consumed, strong=event is not None)


def _event_fact(claim_text: str, dated: list[Evidence]) -> Evidence | None:
    """The dated fact telling of the event the age is at: it holds the verb's stem ("assassinated" → "assass",
    "died" → "die")."""
    match = AGE_EVENT.search(claim_text)
    verb = (match.group("verb") or match.group("before") or "").lower() if match else ""
    if not verb:
        return None
    stem = "die" if verb in ("died", "dies") else verb[:6]
    return next((e for e in dated if re.search(rf"\b{stem}", e.fact.text, re.IGNORECASE)), None)


_WHOLE_UNITS = frozenset({"year", "decade", "century"})


def _agrees_between(duration: Value, low: float, high: float, steps: int = 24) -> bool:
    """The length agrees with some time strictly between two (years, sampled about half-monthly over one)."""
    return any(_duration_outcome(duration, low + (high - low) * k / steps) == AGREE for k in range(1, steps))


def _duration_outcome(duration: Value, elapsed_years: float) -> str:
    """Exact "33 years" means 33 completed years ("six decades", 60 to 69; "a century", 100 to 199), a share of
    one ("half a century") a tenth either side of it; with a modifier, the elapsed time must fall in its
    interval."""
    if duration.modifier is None and duration.unit in _WHOLE_UNITS:
        n, length = float(duration.value), years_per(duration.unit)
        if not n.is_integer():
            return AGREE if abs(elapsed_years - n * length) <= 0.1 * n * length else MISMATCH
        return AGREE if math.floor(elapsed_years / length) == int(n) else MISMATCH
    outcome = compare_interval(in_years(duration), (elapsed_years, elapsed_years))
    return MISMATCH if outcome == UNKNOWN else outcome
