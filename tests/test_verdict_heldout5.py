"""A fifth held-out verdict batch: 20 true claims about reference facts no earlier batch used, a false twin of
each (another year, day, count, ordinal, city, sum, negation or qualifier), and five claims the store says
nothing about, written before the checker saw them and checked as of 2026-01-04.

First run: 16 of 20 true supported, 12 of 20 false contradicted, no absent claim supported or contradicted, and
two false claims supported:
- "South Korea signed the Korean Armistice Agreement in 1953": the fact that it was "signed by the commanders …,
  but not by South Korea" restates the claim in the negative, yet the armistice fact agreed on the year and,
  restating the claim too, had been taken for a second event;
- "North and South Korea fielded a unified men's ice hockey team at the 2018 Winter Olympics" (women's).
And true claims went to a reviewer because "$300 billion" and "300 billion US dollars" were two currencies,
and because "six countries" was not counted in a fact that lists them.
"""

from __future__ import annotations

from datetime import date

from checker.compare import AGREE, UNKNOWN, compare
from checker.pipeline import Checker
from checker.polarity import negation_names, opposite_qualifier
from checker.values import extract_values
from heldout import add_outcome_tests, given

PUBLISHED = date(2026, 1, 4)

TRUE_SUPPORTED = [
    "Annual trade between China and South Korea topped $300 billion in 2022.",
    "South Korea ran a trade deficit with China in 2023 for the first time since 1992.",
    "THAAD launchers were deployed at Seongju in late April 2017.",
    "China and North Korea signed their friendship treaty in July 1961.",
    "Japan and South Korea normalized relations 60 years ago.",
    "RCEP took effect for South Korea on February 1, 2022.",
    "North and South Korea fielded a unified women's ice hockey team at the 2018 Winter Olympics.",
    "The Provisional Government of the Republic of Korea was founded in Shanghai in 1919.",
    "Japan's annexation of Korea took effect in August 1910.",
    "Jiang Zemin died in 2022.",
    "Li Qiang became China's premier in March 2023.",
    "Xi Jinping began his third term as president in 2023.",
    "The Tokyo Trials opened in May 1946.",
    "South Korea began allowing visa-free entry for Chinese group tourists in late September 2025.",
    "The Gwangju Uprising began in May 1980.",
    "The atomic bomb was dropped on Nagasaki on August 9, 1945.",
    "Japan's colonial rule over Korea lasted 35 years.",
    "The Six-Party Talks involved six countries, with China as host.",  # the fact lists them (checker.listed)
]
# true, sent to a reviewer: figureless claims below the support similarity
TRUE_REVIEWED = [
    "Yoon Suk Yeol never visited China while in office.",
    "South Korea did not sign the Korean Armistice Agreement.",
]
FALSE_CONTRADICTED = [
    "South Korea ran a trade deficit with China in 2023 for the first time since 2002.",
    "THAAD launchers were deployed at Seongju in late April 2016.",
    "Yoon Suk Yeol visited China in 2023.",
    "China and North Korea signed their friendship treaty in July 1971.",
    "Japan and South Korea normalized relations 50 years ago.",
    "Japan's annexation of Korea took effect in August 1905.",
    "Jiang Zemin died in 2021.",
    "Li Qiang became China's premier in March 2013.",
    "The Tokyo Trials opened in May 1948.",
    "South Korea began allowing visa-free entry for Chinese group tourists in late September 2024.",
    "The Gwangju Uprising began in May 1979.",
    "The atomic bomb was dropped on Nagasaki on August 6, 1945.",
]
FALSE_REVIEWED = [
    "Annual trade between China and South Korea topped $400 billion in 2022.",  # "exceeded 300 billion" allows it
    "South Korea signed the Korean Armistice Agreement in 1953.",
    "RCEP took effect for South Korea on January 1, 2021.",
    "North and South Korea fielded a unified men's ice hockey team at the 2018 Winter Olympics.",
    "The Six-Party Talks involved five countries, with Japan as host.",
    "The Provisional Government of the Republic of Korea was founded in Chongqing in 1919.",
    "Xi Jinping began his second term as president in 2023.",
    "Japan's colonial rule over Korea lasted 45 years.",
]
ABSENT = [
    "Kim Jong Un visited Russia in September 2023.",
    "South Korea's population fell for the fourth straight year in 2023.",
    "China's economy grew 5.2 percent in 2023.",
    "Samsung Electronics was founded in 1969.",
    "Moon Jae-in met Xi Jinping in Osaka in June 2019.",
]


SIGNATORIES = ("The Korean Armistice Agreement of July 27, 1953, was signed by the commanders of the United "
               "Nations Command, the Korean People's Army and the Chinese People's Volunteers, but not by South Korea.")

add_outcome_tests(globals())  # the outcome tests every batch has (tests/heldout.py)


def test_a_negation_counts_against_a_claim_only_where_it_names_what_the_claim_names() -> None:
    assert negation_names("South Korea signed the Korean Armistice Agreement in 1953.", SIGNATORIES)
    assert not negation_names("The Korean Armistice Agreement was signed in 1953.", SIGNATORIES)


def test_a_restating_fact_that_negates_what_the_claim_names_outweighs_an_agreeing_restating_one(
        real_checker: Checker) -> None:
    result = given(real_checker, "South Korea signed the Korean Armistice Agreement in 1953.", PUBLISHED)
    assert (result.verdict, result.reason.code) == ("needs_review", "conflicting_facts")
    assert result.evidence[0].fact.id == "korean-war-armistice-signatories"
    true = given(real_checker, "The Korean Armistice Agreement was signed at Panmunjom in July 1953.", PUBLISHED)
    assert true.verdict == "supported", true.reason  # the signatories' "not by South Korea" says nothing of it


def test_mens_and_womens_are_a_polarity_flip() -> None:
    fact = "North and South Korea fielded a unified women's ice hockey team at the 2018 Winter Olympics."
    assert opposite_qualifier("They fielded a unified men's ice hockey team.", fact)
    assert not opposite_qualifier("They fielded a unified women's team.", fact)
    assert not opposite_qualifier("They fielded a unified team.", fact)  # one side silent: nothing flips


def _money(text: str):
    (value,) = [v for v in extract_values(text) if v.type == "money"]
    return value


def test_one_currency_however_written_and_a_verb_that_bounds_the_figure() -> None:
    fact = _money("Trade exceeded 300 billion US dollars in 2022.")
    assert (fact.low, fact.high, fact.modifier) == (300e9, None, "exceeded")
    assert compare(_money("Trade topped $300 billion."), fact) == AGREE
    assert compare(_money("Trade topped $400 billion."), fact) == UNKNOWN  # above 300 may be above 400
    assert compare(_money("Trade reached 5 billion won."), _money("Trade reached KRW 5 billion.")) == AGREE
    assert compare(_money("Trade reached 5 billion euros."), _money("Trade reached $5 billion.")) == UNKNOWN


def test_a_count_of_countries_is_confirmed_by_a_list_and_never_contradicted_by_one() -> None:
    from checker.compare import ValueCheck
    from checker.entities import countries_in
    from checker.listed import counted_in_a_list

    listed = countries_in("It involved China, North Korea, South Korea, Japan, Russia and the United States.")
    (six,) = extract_values("The talks involved six countries.")
    assert counted_in_a_list(ValueCheck(six, UNKNOWN), listed).outcome == AGREE
    (seven,) = extract_values("The talks involved seven countries.")
    assert counted_in_a_list(ValueCheck(seven, UNKNOWN), listed).outcome == UNKNOWN
    (members,) = extract_values("The talks involved six members.")
    assert counted_in_a_list(ValueCheck(members, UNKNOWN), listed).outcome == UNKNOWN  # only countries count
