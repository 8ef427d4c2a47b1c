"""The gated value scan (checker.value_patterns) finds exactly what running every pattern finds.

The gates only skip patterns that cannot match, and the matches of a text are kept across default years; both
are speed-ups that must never change a value. The slow path here is the extraction as it was written before
the gates: every pattern run on the text, for each default year afresh.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from checker.domain import Value
from checker.sentences import split_sentences
from checker.stated_year import in_stated_year
from checker.value_patterns import GATES, PATTERNS, all_candidates, candidates, may_match
from checker.values import build_values, extract_values

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
TRICKY = [
    "RMB5 million", "KRW 3 billion", "krw3,000", "€40m", "¥ 12 trillion", "US$1.5 billion", "5 euros", "ten yen",
    "fifty won", "Samsung won the 2019 award", "two-thirds of the vote", "Half the city", "a quarter of them",
    "one third", "twenty-five per  cent", "40 PERCENT", "7%", "a 20-year wait", "a 30-year-old", "an hour",
    "Four Decades", "two centuries", "the past year", "Last Month", "this week", "at 15:00", "2:09:56",
    "at 9:30 a.m.", "2019-20 season", "1998–2001", "2020-01-04", "Sept. 4-7, 2019", "4 July 2019", "May 2026",
    "last October", "since June", "on Tuesday", "the Friday the 13th", "Tuesday, June 9", "COVID-19", "F-16",
    "one of the two countries", "a dozen ships", "one hundred and twenty", "someone often phones", "ſix yearſ",
    "\u212aRW 5", "fıve percent", "İstanbul, 1999", "١٢ percent", "２０２０年", "no figure at all here",
    "", "May I?", "The song \"1999\" came out in 1982", "“1984” by Orwell", "nearly a third of its soybeans",
]


def _sentences() -> list[str]:
    out: list[str] = []
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        out.append(text[:3000])
        out += [text[s:e] for s, e in split_sentences(text)]
    return out


def _slow_extract(text: str, default_year: int | None, today: date | None) -> list[Value]:
    """The extraction without gates or kept matches: every pattern, run on the text for this year afresh (then,
    as in the fast path, dates without a year moved into the year their clause states)."""
    return list(in_stated_year(text, build_values(text, all_candidates(text), default_year, today)))


def _key(found: tuple[tuple[str, re.Match[str]], ...]) -> list[tuple[str, tuple[int, int], dict[str, str | None]]]:
    return [(kind, m.span(), m.groupdict()) for kind, m in found]


def test_the_articles_hold_enough_sentences_to_mean_something() -> None:
    sentences = _sentences()
    assert len(ARTICLES) >= 20 and len(sentences) > 500
    skipped = sum(1 for s in sentences for kind, _ in PATTERNS if not may_match(kind, s))
    assert skipped > len(sentences) * 5  # the gates do skip patterns, or this file tests nothing


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_inputs_give_the_same_matches(text: str) -> None:
    assert _key(candidates(text)) == _key(all_candidates(text))


def test_every_article_sentence_gives_the_same_matches() -> None:
    differ = [s for s in _sentences() if _key(candidates(s)) != _key(all_candidates(s))]
    assert not differ, differ[:3]


@pytest.mark.parametrize("today", [date(2026, 1, 4), date(2024, 2, 29)])
def test_values_are_those_of_the_slow_path_for_each_year(today: date) -> None:
    """The same sentence read with two default years (as kinds.classify and the claims do) gets each year's
    values, though its matches were scanned only once."""
    for text in _sentences()[::3] + TRICKY:
        for year in (2000, today.year, None):
            assert extract_values(text, default_year=year, today=today) == _slow_extract(text, year, today), text


def test_a_gate_that_finds_nothing_skips_its_pattern() -> None:
    text = "Officials said the plan was sound."
    assert not may_match("number", text) and not may_match("percent", text) and not may_match("time", text)
    assert may_match("number", "two ships") and may_match("percent", "7 per cent")
    assert all(kind in dict(PATTERNS) for kind in GATES)
