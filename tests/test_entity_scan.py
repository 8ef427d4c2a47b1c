"""The cheaper name and place scans find exactly what the plain ones found (unseen-check speed-ups).

The alias patterns open with a lookahead on the aliases' first letters, the known full names are found with
``str.find`` instead of a regex per name, and name words are kept per name: each is compared here with the way
it was written before, over every sentence of the test articles and a few tricky inputs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker import entities
from checker.context import _full_names
from checker.entities import people_in, same_person
from checker.gazetteer import CITIES, COUNTRIES
from checker.sentences import split_sentences

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
TRICKY = ["the U.S. and .Japan", "Japanese and Koreans", "South Korea's North Korea", "New Zealand, New York",
          "U.K.-based", "Paris-Seoul", "in China.Beijing", "", "Sanne de Vries and De Vries", "Lee Lee Lee"]


def _plain_alias_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """The alias pattern as it was written before the first-letter lookahead."""
    parts = sorted((re.escape(a) for a in aliases), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])")


def _sentences() -> list[str]:
    out = list(TRICKY)
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        out += [text[s:e] for s, e in split_sentences(text)]
    return out


@pytest.mark.parametrize("name,aliases", [
    ("_COUNTRY_PATTERN", tuple(entities._ALIAS_CODE)),
    ("_CITY_PATTERN", tuple(CITIES)),
    ("_PLACE_PATTERN", tuple({a for aliases in COUNTRIES.values() for a in aliases} | set(CITIES))),
])
def test_alias_patterns_match_as_without_the_lookahead(name: str, aliases: tuple[str, ...]) -> None:
    fast, plain = getattr(entities, name), _plain_alias_pattern(aliases)
    assert fast.pattern != plain.pattern and fast.pattern.startswith("(?=[")
    sentences = _sentences()
    assert len(sentences) > 500
    for text in sentences:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert any(fast.search(text) for text in sentences)  # the articles do name places


def test_full_names_are_found_as_with_a_regex_per_name() -> None:
    for text in _sentences():
        people = sorted(people_in(text)) + ["Lee", "Lee Lee", ""]
        plain = [(m.start(), m.end()) for full in people if full for m in re.finditer(re.escape(full), text)]
        assert sorted(_full_names(text, people)) == sorted(plain), text


@pytest.mark.parametrize("a,b,same", [
    ("Lee Jae Myung", "Lee Jae-myung", True), ("Jae Myung Lee", "Lee Jae Myung", True),
    ("Lee Jae Myung", "Lee Nak-yon", False), ("Moon", "Moon Jae-in", True), ("Xi Jinping", "Xi  Jinping ", True),
    ("Anna Berg", "Lars Berg", False)])
def test_same_person_as_before(a: str, b: str, same: bool) -> None:
    ta = {w.lower() for w in re.split(r"[\s-]+", a) if w}
    tb = {w.lower() for w in re.split(r"[\s-]+", b) if w}
    assert same_person(a, b) is same is (len(ta & tb) >= min(2, len(ta), len(tb)))
