"""Every regular expression in the package stays fast on hostile input (issue 8, item 5).

The test enumerates the patterns instead of listing them, so a new module-level pattern (or a literal pattern
passed to ``re.search`` inside a function) is covered the day it is written. Quadratic or exponential
backtracking shows up as seconds on 50 kB strings; linear patterns take a few milliseconds.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

import checker

BUDGET_SECONDS = 0.1
SIZE = 50_000


def _hostile_inputs() -> dict[str, str]:
    units = {
        "letters": "a", "spaces": " ", "digits": "1", "dots": ".", "bangs": "!?", "newlines": "\n",
        "blank_lines": "\n \n", "digit_space": "1 ", "digit_comma": "1,", "digit_dot": "1.", "dashes": "1-",
        "words": "the ", "number_words": "one hundred and ", "twenty_dash": "twenty-", "and_the": " and the",
        "capitals": "Abc ", "capital_dash": "Abc-Def ", "initials": "A. ", "abbrev": "Mr. ", "quotes": ".\"",
        "months": "January 1 ", "month_dash": "May 1-", "years": "2020 ", "year_dash": "2020-", "money": "$1",
        "percent_mod": "about ", "since": "since ", "first_in": "first in ", "visit": "visited the ",
        "anniversary": "anniversary of ", "within": "within a span of ", "semicolons": "; ",
        "commas": ", ", "emoji": "\U0001F600", "rtl": "\u05e9\u05dc\u05d5\u05dd ", "nul": "\x00",
        "question": "?\"", "editors": "Editor's note ", "marks": "marks ", "thousands": "1,000",
        "iso": "2020-01-0", "apostrophe": "n't ", "no_space_words": "aA",
    }
    return {name: (unit * (SIZE // len(unit) + 1))[:SIZE] + "!" for name, unit in units.items()}


HOSTILE = _hostile_inputs()


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def _literal_patterns(module: Any) -> Iterator[re.Pattern[str]]:
    """Patterns written as string literals in ``re.search(r"...", ...)`` calls inside functions."""
    source = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(source):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield re.compile(node.args[0].value)


def all_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(checker.__path__, "checker."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        candidates = [p for value in vars(module).values() for p in _patterns_in(value)]
        candidates += list(_literal_patterns(module))
        iter_patterns = getattr(module, "iter_patterns", None)
        if callable(iter_patterns):
            candidates += [p for value in iter_patterns() for p in _patterns_in(value)]
        for pattern in candidates:
            found.setdefault(f"{info.name}:{pattern.pattern[:60]}", pattern)
    return found


PATTERNS = all_patterns()


def test_the_enumeration_finds_the_known_patterns() -> None:
    names = " ".join(PATTERNS)
    assert len(PATTERNS) >= 40
    for module in ("checker.values", "checker.claims", "checker.sentences", "checker.entities", "checker.dates",
                   "checker.numbers", "checker.context"):
        assert module + ":" in names, module


def _worst_seconds(pattern: re.Pattern[str], text: str) -> float:
    """Best of up to fifteen CPU-time runs of a full scan: other processes on a loaded machine do not count,
    and on a shared VM one scan's thread time still varies by half (0.06 to 0.11 s for the same linear
    pattern on a quiet Xeon box), so a pattern passes once one scan fits the budget. A superlinear pattern
    takes seconds on every run, so a scan ten times over the budget ends the retries (noise never costs 10×)."""
    best = float("inf")
    for _ in range(15):
        started = time.thread_time()
        for _match in pattern.finditer(text):
            pass
        best = min(best, time.thread_time() - started)
        if best < BUDGET_SECONDS or best > 10 * BUDGET_SECONDS:
            break
    return best


@pytest.mark.parametrize("key", sorted(PATTERNS))
def test_pattern_is_linear_on_hostile_input(key: str) -> None:
    pattern = PATTERNS[key]
    slow = {name: round(s, 3) for name, text in HOSTILE.items()
            if (s := _worst_seconds(pattern, text)) > BUDGET_SECONDS}
    assert not slow, f"{key} took seconds on: {slow}"
