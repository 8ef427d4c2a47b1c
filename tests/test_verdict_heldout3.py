"""A third held-out verdict batch: 27 true claims and a false twin of each (another count, year, day, ordinal,
office, country, place, negation, range end or relative time), about reference facts the first two batches did
not use, written before the checker saw them and checked as of 2026-01-04 on the real model, store and verifier.

The first run supported 23 of the 27 true claims and three false ones, two of them wholly:
- "Japanese Prime Minister Yohei Kono issued his statement in August 1993" (he was Chief Cabinet Secretary);
- "A peace treaty ended the Korean War in 1953": the fact "No peace treaty has ended the Korean War" opens with
  a capital "No", which the negation test missed.
(The third was the true first clause of "The ROKS Cheonan sank in March 2010, killing 64 sailors".) It also
contradicted a true claim: "The 2025 APEC Economic Leaders' Meeting in Gyeongju ran from October 31 to
November 1" read the days as 2026, the publication year, and a range of days, unlike a single day, did not
carry the mark of an assumed year. "Xi Jinping's state visit to North Korea in June 2019 was the first by a
Chinese president in 14 years" counted from the visit itself to the publication date (6.5 years), and "Expo 2010
was held in Shanghai …" read "2010 was" as a count of 2010 somethings, which no fact value meets.

The fixes are general rules, each tested here on its own; the lists pin what the batch gives now.
"""

from __future__ import annotations

from datetime import date

import pytest

from checker.domain import Evidence, Fact
from checker.entities import entities_of, mismatch
from checker.offices import offices_in
from checker.pipeline import claim_from_text
from checker.settings import Settings
from checker.values import extract_values
from checker.verdict import decide
from heldout import add_outcome_tests

PUBLISHED = date(2026, 1, 4)

TRUE_SUPPORTED = [
    "The ROKS Cheonan sank in March 2010, killing 46 sailors.",
    "In March 2014 South Korea returned the remains of 437 Chinese soldiers killed in the Korean War.",
    "The UN Security Council adopted Resolution 1718 in October 2006, after North Korea's first nuclear test.",
    "The G20 summit in Seoul in November 2010 was the first G20 leaders' summit held in Asia.",
    "Incheon hosted the 17th Asian Games in 2014.",
    "South Korea and Japan co-hosted the 2002 FIFA World Cup.",
    "The United States and China established diplomatic relations on January 1, 1979.",
    "Japanese Chief Cabinet Secretary Yohei Kono issued his statement in August 1993.",
    "Tomiichi Murayama's statement of August 15, 1995, marked the 50th anniversary of the end of the war.",
    "The Camp David summit of the United States, South Korea and Japan took place in August 2023.",
    "In July 2019 Japan tightened export controls on three materials used in semiconductors and displays.",
    "RCEP was signed on November 15, 2020.",
    "China has allowed visa-free entry for South Korean passport holders since November 8, 2024.",
    "Xi Jinping's state visit to North Korea in June 2019 was the first by a Chinese president in 14 years.",
    "Kim Jong Un made his first visit to China in March 2018.",
    "The Sunshine Policy was pursued from 1998 to 2008.",
    "The first round of the Six-Party Talks was held in Beijing in August 2003.",
    "Japan and South Korea announced an agreement on the comfort women issue ten years ago.",
    "South Korea hosted the second Nuclear Security Summit in Seoul in March 2012.",
    "No peace treaty has ended the Korean War.",
    "Kim Jong Il died in December 2011 and was succeeded by his son Kim Jong Un.",
    "The 2025 APEC Economic Leaders' Meeting in Gyeongju ran from October 31 to November 1.",
    "Park Geun-hye attended the military parade in Beijing on September 3, 2015.",
    "The Cheonan sinking was almost 16 years ago.",
    "It has been more than 70 years since the Korean Armistice Agreement was signed.",
    "Expo 2010 was held in Shanghai from May 1 to October 31, 2010.",
]
# true and sent to a reviewer: two dates of two events in one claim (its first clause is supported when the claim
# is checked in an article, where it is split)
TRUE_REVIEWED = [
    ("The China–South Korea free trade agreement took effect on December 20, 2015, about six months after it was "
     "signed in Seoul."),
]
FALSE_CONTRADICTED = [
    "The ROKS Cheonan sank in March 2010, killing 64 sailors.",
    "In March 2015 South Korea returned the remains of 437 Chinese soldiers killed in the Korean War.",
    "The UN Security Council adopted Resolution 1718 in October 2009, after North Korea's first nuclear test.",
    "The United States and China established diplomatic relations on January 1, 1972.",
    "The Camp David summit of the United States, South Korea and Japan took place in August 2022.",
    "In July 2019 Japan tightened export controls on five materials used in semiconductors and displays.",
    "RCEP was signed on November 15, 2021.",
    "China has allowed visa-free entry for South Korean passport holders since November 8, 2023.",
    "Xi Jinping's state visit to North Korea in June 2019 was the first by a Chinese president in 10 years.",
    "Kim Jong Un made his first visit to China in March 2017.",
    "Expo 2010 was held in Shanghai from May 1 to October 31, 2012.",
    "Japan and South Korea announced an agreement on the comfort women issue five years ago.",
    "South Korea hosted the third Nuclear Security Summit in Seoul in March 2012.",
    "Kim Jong Il died in December 2012 and was succeeded by his son Kim Jong Un.",
    "It has been 25 years since North Korea's first nuclear test.",
    "It has been more than 80 years since the Korean Armistice Agreement was signed.",
]
# false and sent to a reviewer: another office, country, place or person than the closest fact's, the opposite
# of a restating fact, a rule mismatch the verifier does not read as refuting, an assumed-year range, a claim
# below the similarity floor, a "first" the other event's fact does not state
FALSE_REVIEWED = [
    # no fact dates the end of the war, and the statement's "50th anniversary" may not contradict an anniversary
    "Tomiichi Murayama's statement of August 15, 1995, marked the 60th anniversary of the end of the war.",
    "The G20 summit in Hangzhou in 2016 was the first G20 leaders' summit held in Asia.",
    "Incheon hosted the 19th Asian Games in 2014.",
    "South Korea and China co-hosted the 2002 FIFA World Cup.",
    "Japanese Prime Minister Yohei Kono issued his statement in August 1993.",
    "The China–South Korea free trade agreement was signed in Beijing on June 1, 2015.",
    "The Sunshine Policy was pursued from 1998 to 2013.",
    "The first round of the Six-Party Talks was held in Seoul in August 2003.",
    "A peace treaty ended the Korean War in 1953.",
    "The 2025 APEC Economic Leaders' Meeting in Gyeongju ran from October 30 to November 2.",
    "Moon Jae-in attended the military parade in Beijing on September 3, 2015.",
]
# a true clause inside a false sentence, supported on its own when the sentence is checked as an article
TRUE_INSIDE_FALSE = frozenset({"The ROKS Cheonan sank in March 2010"})

add_outcome_tests(globals())  # the outcome tests every batch has (tests/heldout.py)


def _fact(fact_id: str, text: str, day: str | None = None) -> Fact:
    return Fact(id=fact_id, text=text, source="test", date=day)


def _decide(claim: str, *facts: tuple[Fact, float]):
    return decide(claim_from_text(claim, PUBLISHED), [Evidence(f, s) for f, s in facts], PUBLISHED,
                  Settings.defaults())


def _values(text: str):
    return extract_values(text, default_year=PUBLISHED.year, today=PUBLISHED)


def test_a_range_of_days_without_a_year_is_assumed_and_never_contradicts() -> None:
    (days,) = _values("The meeting ran from October 30 to November 2.")
    assert (days.type, days.low, days.assumed) == ("date_range", "2026-10-30", "year")
    (same_month,) = _values("The fair runs from May 1 to 7.")
    assert same_month.assumed == "year"


@pytest.mark.parametrize("text, low", [
    ("The 2025 APEC Economic Leaders' Meeting in Gyeongju ran from October 31 to November 1.", "2025-10-31"),
    ("Lisa Stansfield toured Europe in September and October 1990.", "1990-09-01"),
    ("Anne Sullivan was born in April of 1866.", "1866-04-01"),
    # another clause, a bound or a year that bounds a period: the publication year stays
    ("Lindqvist, who took over in 2022, said orders had doubled since January.", "2026-01-01"),
    ("The visit from January 4 to 7 was the first since 2019.", "2026-01-04"),
    ("Spain had its hottest month since records began in 1961 in July.", "2026-07-01"),
    ("Hansen set the record in 2025. He lowered it again in February.", "2026-02-01"),
])
def test_a_date_without_a_year_takes_the_year_its_clause_states(text: str, low: str) -> None:
    moved = [v for v in _values(text) if v.assumed == "year"]
    assert [v.low for v in moved][:1] == [low]
    assert moved[0].assumed == "year"  # still assumed: it may agree, never contradict


def test_a_bounded_day_keeps_its_bound_when_the_clause_states_a_year() -> None:
    values = _values("Fewer countries were spared by the 2020 pandemic after April 3.")
    bound = next(v for v in values if v.modifier == "after")
    assert (bound.low, bound.high) == ("2026-04-04", "9999-12-31")


def test_a_year_before_was_or_has_is_a_year() -> None:
    (expo, _) = _values("Expo 2010 was held in Shanghai from May 1 to October 31, 2010.")
    assert (expo.type, expo.low) == ("date", "2010-01-01")
    (cases,) = _values("1565 cases were reported.")
    assert cases.type == "number"


def test_a_capitalised_no_negates() -> None:
    assert entities_of("No peace treaty has ended the Korean War.").negated
    assert not entities_of("A peace treaty ended the Korean War.").negated
    assert not entities_of("No. 5 seed Kim won.").negated
    assert entities_of("The war went on. Never before had so many fled.").negated
    assert not entities_of("Mars Melt Hints at Solar, Not Human, Cause for Warming").negated  # a title-case word


def test_an_office_the_fact_does_not_give_the_person_is_an_entity_mismatch() -> None:
    assert offices_in("Japanese Prime Minister Yohei Kono said") == {("Prime Minister", "Yohei Kono")}
    assert offices_in("Vice President Kamala Harris said") == {("Vice President", "Kamala Harris")}
    assert offices_in("the president of the ROK, Lee Jae Myung, said") == frozenset()
    fact = entities_of("Japanese Chief Cabinet Secretary Yohei Kono issued the Kono Statement on August 4, 1993.")
    assert "Prime Minister" in (mismatch(entities_of("Japanese Prime Minister Yohei Kono issued it."), fact) or "")
    assert mismatch(entities_of("Chief Cabinet Secretary Kono issued it."), fact) is None
    assert mismatch(entities_of("Yohei Kono issued it in 1993."), fact) is None  # no office, nothing to differ


ARMISTICE = _fact("armistice", "The Korean Armistice Agreement was signed at Panmunjom on July 27, 1953, ending "
                  "the fighting of the Korean War.", "1953-07-27")
NO_TREATY = _fact("no-treaty", "No peace treaty has ended the Korean War; the fighting stopped under the "
                  "armistice of July 27, 1953.", "1953-07-27")


def test_a_restating_fact_that_says_the_opposite_outweighs_an_agreeing_one() -> None:
    result = _decide("A peace treaty ended the Korean War in 1953.", (ARMISTICE, 0.80), (NO_TREATY, 0.79))
    assert (result.verdict, result.reason.code) == ("needs_review", "conflicting_facts")
    assert "says the opposite" in result.reason.message


XI_2019 = _fact("xi-2019", "Chinese President Xi Jinping paid a state visit to North Korea on June 20 and 21, "
                "2019, the first visit to North Korea by a Chinese president in 14 years.", "2019-06-20")
HU_2005 = _fact("hu-2005", "Chinese President Hu Jintao paid a state visit to North Korea in October 2005.",
                "2005-10-28")


def test_first_in_n_years_counts_to_the_date_the_claim_gives_its_event() -> None:
    claim = "Xi Jinping's state visit to North Korea in June 2019 was the first by a Chinese president in {}."
    right = _decide(claim.format("over ten years"), (XI_2019, 0.9), (HU_2005, 0.7))
    assert right.verdict == "supported", right.reason
    # (the visit is dated by its month, narrowed to the day of the store's visit of that kind within it)
    assert "2005-10-28 → 2019-06-20 = 13.6 years" in right.reason.message
    wrong = _decide(claim.format("20 years"), (XI_2019, 0.9), (HU_2005, 0.7))
    assert wrong.verdict == "contradicted" and "2005-10-28 → 2019-06-20" in wrong.reason.message
    # with no visit of that kind in the store within June 2019, every day of the month counts
    month = _decide(claim.format("over ten years"), (HU_2005, 0.7))
    assert "2005-10-28 → 2019-06-01 … 2019-06-30 = 13.6 to 13.7 years" in month.reason.message
    # the visit itself is no earlier event; the fact that restates the claim confirms it
    alone = _decide(claim.format("14 years"), (XI_2019, 0.9))
    assert (alone.verdict, alone.evidence[0].fact.id) == ("supported", "xi-2019"), alone.reason


def test_without_an_earlier_event_a_restating_fact_with_another_figure_contradicts() -> None:
    claim = "Xi Jinping's state visit to North Korea in June 2019 was the first by a Chinese president in 10 years."
    result = _decide(claim, (XI_2019, 0.9))
    assert (result.verdict, result.reason.code) == ("contradicted", "value_mismatch")
    assert "'10 years'" in result.reason.message and "'14 years'" in result.reason.message
