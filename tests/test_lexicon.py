"""The word families of claim extraction live once, in checker.lexicon, and the patterns read them.

Each pattern that reads a named subset is pinned to exactly that subset: every word of it matches, and every
other word of the family does not, so a word added to the wrong list (or a private copy creeping back) fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker import dates, framing, joints, kinds, lexicon, rankings, relatives

REPORTING_SUBSETS = {"SAYING": lexicon.SAYING, "HE_SAID": lexicon.HE_SAID, "ATTRIBUTING": lexicon.ATTRIBUTING,
                     "TELLING": lexicon.TELLING, "TOLD_ON_A_DAY": lexicon.TOLD_ON_A_DAY,
                     "SAID_THAT": lexicon.SAID_THAT}


def test_every_reporting_subset_is_drawn_from_the_family_and_the_family_has_no_unread_word() -> None:
    family = set(lexicon.REPORTING)
    assert len(family) == len(lexicon.REPORTING)
    for name, words in REPORTING_SUBSETS.items():
        assert set(words) <= family, (name, set(words) - family)
        assert len(set(words)) == len(words), name
    read = set().union(*(REPORTING_SUBSETS[n] for n in ("HE_SAID", "ATTRIBUTING", "TELLING", "TOLD_ON_A_DAY",
                                                          "SAID_THAT")))
    assert read == family
    assert set(lexicon.SAYING) <= set.intersection(*(set(w) for w in REPORTING_SUBSETS.values()))


def test_every_past_the_clauses_read_is_in_the_past_tense_family() -> None:
    past = set(lexicon.IRREGULAR_PAST)
    assert len(past) == len(lexicon.IRREGULAR_PAST)
    assert set(lexicon.SUBJECT_PAST) <= past
    assert set(lexicon.CLAUSE_PAST) <= past
    assert not set(lexicon.SUBJECT_PAST) & set(lexicon.CLAUSE_PAST)  # the subject's end adds what HAS_VERB lacks


# (pattern, the subset it reads, a sentence with the word in it)
READERS = [
    (kinds.REPORTER, lexicon.HE_SAID, "He {} it"),
    (kinds.QUOTE, lexicon.ATTRIBUTING, "The minister {} the plan"),
    (framing._TELLING, lexicon.TELLING, "Faye {} students"),
    (dates._TOLD, lexicon.TOLD_ON_A_DAY, "his office {} on Tuesday"),
    (relatives._REPORTED, lexicon.SAID_THAT, "She {} that a tax, introduced in 2023, would cost"),
]


@pytest.mark.parametrize("pattern, words, template", READERS, ids=lambda x: getattr(x, "pattern", "")[:30])
def test_each_reporting_pattern_reads_exactly_its_named_subset(pattern: re.Pattern[str], words: tuple[str, ...],
                                                              template: str) -> None:
    for word in lexicon.REPORTING:
        assert bool(pattern.search(template.format(word))) == (word in words), word


def test_the_past_tense_patterns_read_the_lexicon() -> None:
    for word in lexicon.IRREGULAR_PAST:
        sentence = f"The company {word} it"
        assert kinds.PAST_TENSE.search(sentence), word
        assert bool(joints._IRREGULAR_PAST.search(sentence)) == (word in lexicon.SUBJECT_PAST), word
        assert bool(joints.HAS_VERB.search(sentence)) == (word in lexicon.CLAUSE_PAST), word


@pytest.mark.parametrize("phrase", ["more than any other country", "more than visitors from any other country",
                                    "more than in any other year", "more than at any other time",
                                    "faster than all other airports"])
def test_than_any_other_is_one_fragment_read_by_all_three(phrase: str) -> None:
    for pattern in (joints.RANK_HEAD, joints.RANKED, rankings.RANKING):
        assert lexicon.THAN_ANY_OTHER in pattern.pattern
        assert pattern.search(phrase), (pattern.pattern[:40], phrase)
    assert not joints.RANKED.search("more than the other country")


def test_superlatives_are_read_from_the_lexicon() -> None:
    assert joints.SUPERLATIVE is lexicon.SUPERLATIVE
    for word in lexicon.SUPERLATIVES:
        assert joints.RANKED.search(f"the {word} in Europe") and rankings.RANKING.search(f"the {word} in Europe")


def test_no_extraction_module_keeps_a_private_copy_of_a_family() -> None:
    """A hand-written alternation with "said", "told" or "began" outside the lexicon is a second list. The
    check-worthiness cues are the one exception: they are the trained model's features, fixed by its artifact."""
    copy = re.compile(r"(?:\||\(\?:)(?:said|told|began|highest)\||\|(?:said|told|began|highest)\)")
    package = Path(lexicon.__file__).parent
    found = [p.name for p in package.glob("*.py")
             if p.name not in ("lexicon.py", "worthiness_cues.py") and copy.search(p.read_text(encoding="utf-8"))]
    assert found == []


def test_a_word_trie_matches_its_words_longest_first_and_spaces_as_asked() -> None:
    words = ["Korea", "North Korea", "North Koreans", "Nor"]
    loose = re.compile(rf"(?:{lexicon.word_trie(words)})\b")
    assert [m.group() for m in loose.finditer("North  Koreans and Korea, Nor")] == ["North  Koreans", "Korea", "Nor"]
    literal = re.compile(rf"(?:{lexicon.word_trie(words, space=' ')})\b")
    assert [m.group() for m in literal.finditer("North  Koreans and North Korea")] == ["North Korea"]


def test_a_first_in_window_that_meets_a_later_first_still_matches_from_it() -> None:
    """The window stops at a later "first" (so repeated "first in" is scanned once): the match moves, the
    answer does not."""
    sentence = "the first visit by the first lady in over six years"
    assert rankings.FIRST_IN.search(sentence).group().startswith("first lady")
    assert rankings.RECORD_SINCE.search("the largest crowd at the first rally since 2019")
    assert not rankings.FIRST_IN.search("the first visit. It was in over six years")


def test_opposite_superlatives_are_drawn_from_the_superlatives() -> None:
    words = [w for top, bottom in lexicon.OPPOSITE_SUPERLATIVES for w in (*top, *bottom)]
    assert set(words) <= set(lexicon.SUPERLATIVES) and len(words) == len(set(words))
