"""Do the values a claim asserts agree with a fact's? Intervals make "over 100" vs "150" honest."""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from .dates import parse_iso
from .domain import Value
from .values import in_years

AGREE, MISMATCH, UNKNOWN = "agree", "mismatch", "unknown"
APPROXIMATE = {"about", "around", "approximately", "roughly", "some", "an estimated", "nearly", "almost", "close to"}
FAMILY = {"number": "count", "percent": "percent", "money": "money", "ordinal": "ordinal", "duration": "duration",
          "date": "date", "date_range": "date", "time": "time"}


@dataclass(frozen=True)
class ValueCheck:
    claim_value: Value
    outcome: str
    fact_value: Value | None = None
    computed: str | None = None  # the arithmetic behind the outcome ("1948-07-24 to 1960-04-26 = 11.8 years")

    def describe(self) -> str:
        if self.computed:
            verb = "agrees with" if self.outcome == AGREE else "differs from"
            return f"{self.claim_value.text!r} {verb} {self.computed}"
        if self.outcome == AGREE:
            return f"{self.claim_value.text!r} agrees with {self.fact_value.text!r}" if self.fact_value else ""
        if self.outcome == MISMATCH and self.fact_value is not None:
            return f"the claim says {self.claim_value.text!r}, the fact says {self.fact_value.text!r}"
        return f"the fact states nothing comparable to {self.claim_value.text!r}"


STRICT = frozenset({"more than", "over", "in excess of", "under", "less than", "fewer than", "below", "higher than",
                    "greater than", "larger than", "lower than", "smaller than", "exceeded", "exceeding", "topped",
                    "surpassed"})


def check_values(claim_values: Sequence[Value], fact_values: Sequence[Value]) -> list[ValueCheck]:
    """One check per claim value: agree if any comparable fact value agrees, mismatch if all disagree.

    A fact value that one claim value restates is accounted for and contradicts no other: "in its report in
    2013 … from 1951 to 2010" against "between 1951 and 2010" (the claim's 2013 is the report's year, of which
    the fact says nothing)."""
    checks = [_check_one(cv, fact_values) for cv in claim_values]
    restated = {id(c.fact_value) for c in checks if c.outcome == AGREE and c.fact_value is not None}
    if not restated:
        return checks
    free = [fv for fv in fact_values if id(fv) not in restated]
    return [_check_one(c.claim_value, free) if c.outcome == MISMATCH else c for c in checks]


def _check_one(cv: Value, fact_values: Sequence[Value]) -> ValueCheck:
    family = FAMILY.get(cv.type)
    comparable = [fv for fv in fact_values if FAMILY.get(fv.type) == family]
    same_thing = [fv for fv in comparable if cv.about and fv.about == cv.about]
    comparable = same_thing or comparable
    if cv.modifier and family != "date" and len(comparable) > 1:
        comparable = [_nearest(cv, comparable)]  # "less than 190 seats" is about the 190, not the "2-class"
    outcomes = [(compare(cv, fv), fv) for fv in comparable]
    agree = next((fv for o, fv in outcomes if o == AGREE), None)
    if agree is not None:
        return ValueCheck(cv, AGREE, agree)
    if outcomes and all(o == MISMATCH for o, _ in outcomes) and not _about_other_things(cv, comparable) \
            and not (family == "duration" and cv.about and not same_thing):
        # (the length of a named thing, "a three-day visit", contradicts only a length of the same thing:
        # the fact's "first visit in 11 years" is a gap, not the visit's length)
        return ValueCheck(cv, MISMATCH, _closest(cv, [fv for _, fv in outcomes]))
    return ValueCheck(cv, UNKNOWN)


def drops_a_bound(claim_values: Sequence[Value], fact_values: Sequence[Value]) -> bool:
    """The claim gives a figure the fact bounds as if exact: "produced 400 training films" against "more than
    400". The rules cannot say whether that is a slip or a falsehood, and the verifier reads the lost bound as a
    refutation (p=0.73), so only a person may."""
    return any(cv.modifier is None and fv.modifier is not None and FAMILY.get(cv.type) == FAMILY.get(fv.type)
               and FAMILY.get(cv.type) not in ("date", None) and cv.value == fv.value
               for cv in claim_values for fv in fact_values)


def _about_other_things(claim: Value, facts: Sequence[Value]) -> bool:
    """"50 people" against "40 civilians and 12 soldiers" is no contradiction: no figure counts people, and
    which one the claim restates is unclear. A lone figure ("300 members" against "200 business leaders") is
    still the one the claim restates. Only for counted figures: the word before a date is too loose a cue."""
    return FAMILY.get(claim.type) not in ("date", "duration") and bool(claim.about) and len(facts) > 1 \
        and all(fv.about and fv.about != claim.about for fv in facts)


# Units of measure a figure can be counted in, by canonical name. A figure in one unit says nothing about a
# figure in another or in none ("10 feet" against "58 meters", "0.3 degrees" against the "10" of "10-year"):
# neither agreement nor contradiction. Counted nouns ("members", "cases") keep their looser pairing.
_MEASURES = {
    **dict.fromkeys(("degree", "celsius", "fahrenheit"), "degree"), **dict.fromkeys(("foot", "feet"), "foot"),
    **dict.fromkeys(("metre", "meter", "m"), "metre"), **dict.fromkeys(("kilometre", "kilometer", "km"), "km"),
    **dict.fromkeys(("centimetre", "centimeter", "cm"), "cm"), **dict.fromkeys(("millimetre", "millimeter", "mm"),
                                                                                 "mm"),
    "inch": "inch", **dict.fromkeys(("mile", "mi"), "mile"), "yard": "yard",
    "ton": "ton", "tonne": "tonne", "gigatonne": "gigatonne", "gigaton": "gigatonne", "megatonne": "megatonne",
    **dict.fromkeys(("kilogram", "kg"), "kg"), "gram": "gram", "pound": "pound", "ounce": "ounce",
    "ppm": "ppm", "ppb": "ppb", **dict.fromkeys(("watt", "w"), "watt"), **dict.fromkeys(("gigawatt", "gw"), "gw"),
    **dict.fromkeys(("megawatt", "mw"), "mw"), **dict.fromkeys(("kilowatt", "kw"), "kw"), "kwh": "kwh",
    "twh": "twh", **dict.fromkeys(("litre", "liter"), "litre"), "gallon": "gallon", "barrel": "barrel",
    "acre": "acre", "hectare": "hectare", "knot": "knot", "mph": "mph", "calorie": "calorie", "joule": "joule",
}


def _measures_differ(claim: Value, fact: Value) -> bool:
    """True when at least one figure is in a unit of measure and the other is not in that same unit."""
    units = [_MEASURES.get(v.about or "") for v in (claim, fact)]
    return any(units) and units[0] != units[1]


def compare(claim: Value, fact: Value) -> str:
    if FAMILY.get(claim.type) == "count" and _measures_differ(claim, fact):
        return UNKNOWN
    if FAMILY.get(claim.type) == "date":
        return _compare_dates(claim, fact)
    if claim.type == "duration":
        return compare_interval(in_years(claim), in_years(fact))
    if claim.type == "time":
        clock = 720.0 if not (claim.unit and fact.unit) else 1440.0  # "8:21" may be am or pm
        return AGREE if float(claim.value) % clock == float(fact.value) % clock else MISMATCH
    if claim.type == "money" and claim.unit and fact.unit and _currency(claim.unit) != _currency(fact.unit):
        return UNKNOWN
    if claim.value == fact.value and (claim.modifier in APPROXIMATE or fact.modifier in APPROXIMATE):
        return AGREE  # "200 members" against "about 200": the same figure, stated loosely by one side
    outcome = compare_interval(_bounds(claim), _bounds(fact))
    if outcome == AGREE and _on_excluded_bound(claim, fact):
        return MISMATCH  # "more than 189 seats" against exactly 189
    if outcome == AGREE:
        return _far_below(claim, fact)
    return outcome


def _far_below(claim: Value, fact: Value) -> str:
    """A bound a hundred times off the fact's figure holds, but no reader would take it for the fact: "exceeded
    300 million dollars" against "exceeded 300 billion" is the same figure in the wrong scale (a mismatch); "more
    than 2 million" against 450 million says too little to be confirmed by it."""
    try:
        ratio = float(fact.value) / float(claim.value)  # type: ignore[arg-type]
    except (TypeError, ValueError, ZeroDivisionError):
        return AGREE
    ratio = max(ratio, 1 / ratio) if ratio > 0 else 0.0
    if ratio < 100:
        return AGREE
    return MISMATCH if any(abs(ratio / scale - 1) < 1e-6 for scale in (1e3, 1e6, 1e9)) else UNKNOWN


# one currency however it is written: "$300 billion" is "300 billion US dollars" ("¥" stays itself: yen or yuan)
_CURRENCIES = {"$": "dollar", "us$": "dollar", "dollars": "dollar", "us dollars": "dollar", "€": "euro",
               "euros": "euro", "£": "pound", "₩": "won", "krw": "won", "rmb": "yuan"}


def _currency(unit: str) -> str:
    key = " ".join(unit.lower().split())
    return _CURRENCIES.get(key, key)


def _on_excluded_bound(claim: Value, fact: Value) -> bool:
    """A strict modifier ("more than", "under") excludes the figure itself."""
    if claim.type == "duration" or not claim.modifier or fact.low is None or fact.low != fact.high:
        return False
    modifier = " ".join(claim.modifier.lower().split())
    return modifier in STRICT and claim.value is not None and float(fact.low) == float(claim.value)


def _closest(claim: Value, facts: Sequence[Value]) -> Value:
    """The differing fact value a reader should be shown: the nearest date ("resigned in April 1965" against
    "served from July 24, 1948, until his resignation on April 26, 1960" cites the resignation), else the
    nearest figure."""
    if FAMILY.get(claim.type) != "date":
        return _nearest(claim, facts)
    when = _day_number(claim)
    return min(facts, key=lambda fv: abs(_day_number(fv) - when))


def _day_number(value: Value) -> int:
    """A date value's start as a count of days; a month or year counts from its first day."""
    span = parse_iso(str(value.low or value.value or ""))
    return span.start.toordinal() if span else 0


def _nearest(claim: Value, facts: Sequence[Value]) -> Value:
    """The fact value closest in magnitude to the claim's figure (the one it most plausibly restates)."""
    target = abs(float(claim.value or 0.0)) or 1e-9
    return min(facts, key=lambda fv: abs(math.log((abs(float(fv.value or 0.0)) or 1e-9) / target)))


def compare_interval(claim: tuple[float | None, float | None], fact: tuple[float | None, float | None]) -> str:
    """Agree when the fact's interval lies inside the claim's; mismatch when they are disjoint."""
    c_lo, c_hi = _open(claim)
    f_lo, f_hi = _open(fact)
    tol = 1e-6 * max(1.0, abs(f_lo) if f_lo != float("-inf") else 1.0, abs(f_hi) if f_hi != float("inf") else 1.0)
    if f_lo >= c_lo - tol and f_hi <= c_hi + tol:
        return AGREE
    if f_hi < c_lo - tol or f_lo > c_hi + tol:
        return MISMATCH
    return UNKNOWN


def _compare_dates(claim: Value, fact: Value) -> str:
    """Containment; a date the text bounds ("before April 7") or whose year the text did not state can agree
    with a fact but not contradict it: the fact's "as of April 7, 2020" is no evidence against either."""
    if None in (claim.low, claim.high, fact.low, fact.high):
        return UNKNOWN  # "on 6 March" with no year anywhere
    if claim.assumed and claim.granularity == "month" and claim.about == fact.about == "born" \
            and fact.type == "date" and str(fact.low)[5:7] == str(fact.high)[5:7]:
        # "an Indian cricketer born in July": the month of a birthday, whose year is no news (nor the publication's)
        return AGREE if str(claim.low)[5:7] == str(fact.low)[5:7] else MISMATCH
    outcome = _dates_contain(claim, fact)
    if outcome == MISMATCH and (claim.modifier or claim.assumed):
        return UNKNOWN
    return outcome


def _dates_contain(claim: Value, fact: Value) -> str:
    c = (date.fromisoformat(str(claim.low)), date.fromisoformat(str(claim.high)))
    f = (date.fromisoformat(str(fact.low)), date.fromisoformat(str(fact.high)))
    if claim.type == "date_range" and fact.type == "date_range":
        return _ends_agree(claim, fact)
    if claim.type == "date_range" and claim.granularity != "season" and c != f and _contain(c, f) == AGREE:
        # "a state visit from January 4 to 7" against "the visit beginning on January 4", "served from 1993 to
        # 2008" against "took office in March 1993": a date inside a span confirms neither of its ends (one
        # season, "the 2017-18 playoffs", and a date without a range, "in 2019", still contain their days)
        return UNKNOWN
    if fact.type == "date_range" and fact.granularity == "month" and claim.type != "date_range":
        # "began filming in September 1994" against "from September 1994 to August 1995": either end month
        # confirms a claim about that month, as when the span was read as two months; a month inside the span
        # confirms nothing and one outside it differs
        if AGREE in (_contain(c, _period(f[0], "month")), _contain(c, _period(f[1], "month"))):
            return AGREE
    if fact.type == "date_range" and fact.granularity == "day" and claim.granularity == "month" \
            and claim.type != "date_range" and AGREE in (_contain(c, (f[0], f[0])), _contain(c, (f[1], f[1]))):
        # "visited South Korea in October last year" against a visit "from October 30 to November 1, 2025":
        # the visit was in October, and in November
        return AGREE
    return _contain(c, f)


def _contain(c: tuple[date, date], f: tuple[date, date]) -> str:
    """Agree when the fact's days lie inside the claim's, mismatch when they are disjoint."""
    if f[0] >= c[0] and f[1] <= c[1]:
        return AGREE
    if f[1] < c[0] or f[0] > c[1]:
        return MISMATCH
    return UNKNOWN


def _ends_agree(claim: Value, fact: Value) -> str:
    """A span against a span, end by end, each end read at the precision its side stated it: "from 1993 to
    2008" against "from March 1993 to March 2003" agrees on the start and not on the end, so it is a mismatch
    (containment alone would have called the shorter span inside the longer one an agreement)."""
    outcomes = [_contain(_period(date.fromisoformat(str(getattr(claim, end))), claim.granularity),
                         _period(date.fromisoformat(str(getattr(fact, end))), fact.granularity))
                for end in ("low", "high")]
    return MISMATCH if MISMATCH in outcomes else AGREE if outcomes == [AGREE, AGREE] else UNKNOWN


def _period(day: date, granularity: str | None) -> tuple[date, date]:
    """The day, month or year (a season's end is a year) that ``day`` stands for at ``granularity``."""
    if granularity == "day":
        return day, day
    if granularity == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day.replace(month=1, day=1), day.replace(month=12, day=31)


def _bounds(value: Value) -> tuple[float | None, float | None]:
    return (None if value.low is None else float(value.low), None if value.high is None else float(value.high))


def _open(bounds: tuple[float | None, float | None]) -> tuple[float, float]:
    lo, hi = bounds
    return (float("-inf") if lo is None else lo, float("inf") if hi is None else hi)
