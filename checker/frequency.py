"""How many times something happened: "met twice in 2025", "visited China three times".

"Lee Jae Myung met Xi Jinping twice in 2025" was supported by their one 2025 summit: "twice" is no value (read as
the number 2 in extraction, it made quotes checkable: "never built the same building twice"), so nothing the
fact said was checked against it. A claim's count of occurrences is checked here, on the claim and fact only: a
fact that gives the same count agrees, one that gives another differs, and one that gives none leaves the claim
unverified, never supported.
"""

from __future__ import annotations

import re
from typing import Iterator

from .compare import AGREE, MISMATCH, UNKNOWN, ValueCheck
from .domain import Value
from .numbers import parse_number

_ADVERBS = {"twice": 2.0, "thrice": 3.0}
# "twice", "three times", "5 times"; not a ratio ("twice as large", "three times more", "three times the size")
FREQUENCY = re.compile(r"\b(?:(?P<word>twice|thrice)|(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                       r"\s+times)\b(?!\s+(?:as|more|less|higher|lower|larger|bigger|smaller|greater|faster|slower|"
                       r"the|that|its|their|what|over)\b)", re.IGNORECASE)


def frequency_check(claim: str, fact: str) -> ValueCheck | None:
    """The claim's count of occurrences against the fact's, if the claim gives one."""
    said = next(_occurrences(claim), None)
    if said is None:
        return None
    count = _value(said)
    told = [_value(m) for m in _occurrences(fact)]
    same = next((v for v in told if v.value == count.value), None)
    if same is not None:
        return ValueCheck(count, AGREE, same)
    return ValueCheck(count, MISMATCH, told[0]) if told else ValueCheck(count, UNKNOWN)


def _occurrences(text: str) -> Iterator[re.Match[str]]:
    """Counts of occurrences, not of a named thing: "certified 8 times Platinum" is a multiple."""
    for match in FREQUENCY.finditer(text):
        after = text[match.end():match.end() + 2].lstrip()
        if not after[:1].isupper():
            yield match


def _value(match: re.Match[str]) -> Value:
    word = match.group("word")
    n = _ADVERBS[word.lower()] if word else float(parse_number(match.group("n")) or 0)  # the pattern's own words
    return Value(type="number", text=match.group(0), span=match.span(), value=n, low=n, high=n)
