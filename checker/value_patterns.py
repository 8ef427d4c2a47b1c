"""The value patterns, and a scan that runs only those a text can match: each pattern family has cheap gates.

Every pattern is tried at every position of every sentence and clause, and the figure patterns open with an
optional modifier ("more than", "about", ...), so none has a literal prefix the regex engine could skip to:
they cost ~0.6 ms per text, most of the extraction time of an unseen article. A gate is a necessary
condition of its pattern (a fragment every match contains, with the pattern's own flags): a text with no
colon has no clock time, one without "%" or "percent" no percentage. A pattern is run only if all its gates
find something, so the matches are exactly those of running every pattern (tests/test_value_scan.py).
The matches of a text are kept, so the same sentence read for another default year is not scanned again.
"""

from __future__ import annotations

import functools
import re

from .dates import DASH, DAY, MONTH, MONTH_NAME, NOT_BEFORE_A_DATE, WEEKDAY_NAME, YEAR
from .numbers import _WORD, FRACTION, MODIFIER, NUMBER, ORDINAL

_MOD = rf"(?:(?P<mod>{MODIFIER})\s+)?"
_UNIT = r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies))"
_SCALE = r"(?:\s+(?P<scale>thousand|million|billion|trillion))?"
_CUR = r"(?P<cur>US\$|\$|€|£|¥|₩|RMB\s?|KRW\s?)"
_CUR_WORD = r"(?P<curw>(?:US\s)?dollars|won|yuan|euros|yen)"
# Atomic where the next token is never a number word (a unit, "%", a currency word): the longest number is the
# only one that can match, and without the group every word of a long "one hundred and ..." run re-tried each
# shorter number before failing (issue 8 regex budget).
_NUM = rf"(?>{NUMBER})"
# Not the "five" of "twenty-five" nor the "19" of "COVID-19": a number starts a word. Besides never reading
# part of a word, a failed run is not retried from each of its words ("twenty-twenty-…" 13 times).
_NOT_MID_WORD = r"(?<![A-Za-z]-)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("range_two_months", re.compile(
        rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<m2>{MONTH})\s+(?P<d2>{DAY})\b"
        rf"(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("range_one_month", re.compile(
        rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<d2>{DAY})\b(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("day_month_year", re.compile(rf"\b(?P<d>{DAY})\s+(?P<m>{MONTH})\b(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    ("month_day", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY})\b(?:(?:\s?,\s+|\s+)(?P<y>{YEAR})\b)?")),
    # "from March 1993 to March 2003": a span of months, not two months (before month_year takes either)
    ("month_year_range", re.compile(rf"\b(?:from\s+)?(?P<m1>{MONTH})\s+(?P<y1>{YEAR})\s*(?:-|–|—|to|through|until)"
                                    rf"\s*(?P<m2>{MONTH})\s+(?P<y2>{YEAR})\b")),
    ("month_year", re.compile(rf"\b(?P<m>{MONTH})(?:\s?,\s+|\s+)(?P<y>{YEAR})\b")),
    # "October last year", "in September of next year": that month of the year named relative to publication
    ("month_relative_year", re.compile(rf"\b(?P<m>{MONTH_NAME})\s(?:of\s)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\syear\b")),
    # "last October", "next March": the nearest such month before or after publication
    ("relative_month", re.compile(rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<m>{MONTH_NAME})\b(?!\s*\d)")),
    # a month on its own after a preposition ("fell in October", "since June"); full names only, so neither
    # the modal "may" nor "Mar" in a name is read as one
    ("month_only", re.compile(rf"\b(?P<m>{MONTH_NAME})\b(?!\s*\d)")),
    # "on Tuesday": the latest such day up to publication (checker.dates says which weekdays are days)
    ("weekday", re.compile(rf"{WEEKDAY_NAME}\b{NOT_BEFORE_A_DATE}")),
    ("season", re.compile(rf"\b(?P<y1>{YEAR})\s?[-–/]\s?(?P<y2>\d\d)\b(?![-–/]?\d)")),
    # "the 1990s", "the early 2000s", "the mid-1980s", FEVER's "the 1970 's": one period, before "year" reads 1990
    ("decade", re.compile(r"\b(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]{1,3})?(?P<dec>1[5-9]\d0|20\d0)(?:\s?'s|s)\b")),
    ("year_range", re.compile(rf"\b(?:from\s+)?(?P<y1>{YEAR})\s*(?:-|–|—|to|through|until)\s*(?P<y2>{YEAR})\b")),
    # "between 1951 and 2010": the same span (climate and encyclopaedia facts give periods so)
    ("year_between", re.compile(rf"\b[Bb]etween\s(?P<y1>{YEAR})\s(?:and|to)\s(?P<y2>{YEAR})\b")),
    ("relative_year", re.compile(r"\b(?P<rel>this|last|next|the\s+past|the\s+previous|the\s+coming)\s+year\b",
                                 re.IGNORECASE)),
    # "last week", "this month": the publication's week (Monday to Sunday) or month, or the one before or after
    ("relative_period", re.compile(r"\b(?P<rel>this|last|next)\s+(?P<unit>week|month)\b", re.IGNORECASE)),
    # "2:09:56", "in 2:02:44": a race time, hours:minutes:seconds (not a clock time)
    ("race_time", re.compile(r"(?<![\d:.])(?<!\bat\s)\b(?P<h>\d{1,2}):(?P<min>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,2})?)\b"
                             r"(?![:\d])")),
    ("time", re.compile(r"(?<![\d:])\b(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\b(?!:\d)(?:\s?(?P<ap>[ap])\.?m\b\.?)?",
                        re.IGNORECASE)),
    # "half a century", "a quarter of a century", "a century and a half": a share of one unit, before "duration"
    # reads "a century" in them
    ("duration_part", re.compile(
        r"(?i:" + _MOD + r"\b(?:(?P<part>half|a\squarter(?:\sof)?)\san?\s(?P<unit>year|decade|century)\b"
        r"|an?\s(?P<whole>year|decade|century)\sand\sa\s(?P<plus>half|quarter)\b))")),
    ("duration", re.compile(
        rf"(?i:{_MOD}(?:(?:a\s+)?(?:span|period)\s+of\s+)?(?:(?:just|only)\s+)?"
        rf"\b{_NOT_MID_WORD}(?P<num>{_NUM}|an?)\s+{_UNIT})\b", re.IGNORECASE)),
    # "a 20-year wait", "a four-year term", "a three-day state visit": a span named by its length (not "a
    # 30-year-old", not "a 10-year bond")
    ("duration_named", re.compile(rf"(?i:{_MOD}\b{_NOT_MID_WORD}(?P<num>{_NUM})-{_UNIT}"
                                  r"(?=\s+(?:wait|gap|absence|hiatus|drought|career|reign|span|tenure|stint|term|"
                                  r"ban|sentence|break|history|run|rule|(?:(?:state|official|working)\s+)?visit|trip|"
                                  r"tour|stay|summit|conference|festival|strike|mission|truce|ceasefire)\b))")),
    ("percent", re.compile(rf"(?i:{_MOD}\b{_NOT_MID_WORD}(?P<num>{_NUM})\s*(?:%|percent\b|per\s+cent\b))")),
    ("fraction", re.compile(rf"(?i:{_MOD}\b(?P<num>{FRACTION})(?=\s+(?:of|the)\b))")),
    ("money", re.compile(rf"(?i:{_MOD}{_CUR}\s?(?P<num>{NUMBER}){_SCALE}\b)")),
    ("money_word", re.compile(rf"(?i:{_MOD}\b{_NOT_MID_WORD}(?P<num>{_NUM}){_SCALE}\s+{_CUR_WORD}\b)")),
    ("ordinal", re.compile(rf"(?i:\b(?P<ord>{ORDINAL})\b)")),
    # a comma after a year ends a clause ("founded in 1948, has"); only ",000" makes it part of a number
    ("year", re.compile(rf"(?<![\d,.])\b(?P<y>{YEAR})\b(?!\d|,\d)")),
    # not "COVID-19" or "F-16", not the hours of "15:00"
    ("number", re.compile(rf"(?i:{_MOD}(?<![\w.,:]){_NOT_MID_WORD}(?P<num>{NUMBER}){_SCALE}(?!\w|,\d|:\d))")),
]

_I = re.IGNORECASE
# a figure: a digit, or a number word at a word start (every figure pattern has \b or a non-word lookbehind
# before its number; "money" allows "RMB5" and so has only its currency gate)
_FIGURE = re.compile(rf"\d|\b(?:{_WORD})", _I)
_UNITS = r"(?:year|month|week|day|hour|minute|decade|centur)"
# every alternative of MONTH (and so of MONTH_NAME) opens with one of these, case and all, at a word start
_MONTH_START = (re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),)
_YEAR_DIGIT = (re.compile("[12]"),)  # YEAR opens with a 1 or a 2
GATES: dict[str, tuple[re.Pattern[str], ...]] = {
    "iso": _YEAR_DIGIT, "season": _YEAR_DIGIT, "decade": _YEAR_DIGIT, "year_range": _YEAR_DIGIT,
    "year_between": (re.compile("[Bb]etween"),), "year": _YEAR_DIGIT,
    **dict.fromkeys(("range_two_months", "range_one_month", "day_month_year", "month_day", "month_year_range",
                     "month_year", "month_relative_year", "relative_month", "month_only"), _MONTH_START),
    "weekday": (re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),),
    "relative_year": (re.compile("year", _I),),
    "relative_period": (re.compile("week|month", _I),),
    "race_time": (re.compile(":"),),
    "time": (re.compile(":"),),
    "duration": (re.compile(rf"\s{_UNITS}", _I),),  # "six years": the unit after a space
    "duration_part": (re.compile(r"half|quarter", _I),),
    "duration_named": (re.compile(rf"-{_UNITS}", _I),),  # "a 20-year wait": after a hyphen
    "percent": (_FIGURE, re.compile(r"%|percent|per\s+cent", _I)),
    "fraction": (re.compile(r"half|third|quarter|fifth|tenth", _I),),
    "money": (re.compile(r"[$€£¥₩]|RMB|KRW", _I),),
    "money_word": (_FIGURE, re.compile(r"dollars|won|yuan|euros|yen", _I)),
    "number": (_FIGURE,),
}
Candidates = tuple[tuple[str, re.Match[str]], ...]


_GATE_LIST = list(dict.fromkeys(gate for gates in GATES.values() for gate in gates))
# each pattern with the indices of its gates in _GATE_LIST, so a text searches each shared gate at most once
_PLAN = tuple((kind, pattern, tuple(_GATE_LIST.index(g) for g in GATES.get(kind, ()))) for kind, pattern in PATTERNS)


@functools.lru_cache(maxsize=4096)
def candidates(text: str) -> Candidates:
    """Every match of every pattern in ``text``, pattern by pattern in ``PATTERNS`` order (what the value
    builders then claim spans from); patterns whose gates find nothing are not run."""
    passed: list[bool | None] = [None] * len(_GATE_LIST)
    out: list[tuple[str, re.Match[str]]] = []
    for kind, pattern, gates in _PLAN:
        for g in gates:
            if passed[g] is None:
                passed[g] = _GATE_LIST[g].search(text) is not None
            if not passed[g]:
                break
        else:
            for match in pattern.finditer(text):
                out.append((kind, match))
    return tuple(out)


def may_match(kind: str, text: str) -> bool:
    """False only when a pattern of ``kind`` cannot match anywhere in ``text``."""
    return all(gate.search(text) for gate in GATES.get(kind, ()))


def all_candidates(text: str) -> Candidates:
    """The same matches without the gates: the slow path, which tests compare :func:`candidates` with."""
    return tuple((kind, match) for kind, pattern in PATTERNS for match in pattern.finditer(text))
