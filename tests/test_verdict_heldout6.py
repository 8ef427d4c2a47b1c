"""A sixth held-out verdict batch: 18 true claims about reference facts no earlier batch used, a false twin of
each, and claims the store says nothing about, written before the checker saw them and checked as of Monday,
2026-01-05 ("this week", "on Monday", "last year" to resolve).

First run: no false claim supported and none of the absent ones (one claim written as absent, "Kim Koo was born
in Haeju, Hwanghae Province", is in fact in the store, and supported); 14 of 18 true supported, 8 of 18 false
contradicted. Reviewing the true claims sent to review showed the verifier doubting resolved weekdays ("held a
summit with Xi Jinping in Beijing on Monday, 5 January 2026": p(supported) 0.47, 0.82 without "Monday, "): it
now reads the standalone text without them (checker.relative_dates.without_weekdays), and a claim given as
such has its relative dates resolved in its standalone text, as an article's claims do.
"""

from __future__ import annotations

from datetime import date

from checker.pipeline import Checker
from heldout import add_outcome_tests, given

PUBLISHED = date(2026, 1, 5)

TRUE_SUPPORTED = [
    "33 national representatives signed the Korean Declaration of Independence in 1919.",
    "Kim Koo was assassinated in 1949.",
    "The Korean Liberation Army was founded in Chongqing in 1940.",
    "An Jung-geun assassinated Ito Hirobumi in Harbin in 1909.",
    "The Cairo Declaration was issued in 1943.",
    "Japan attacked Pearl Harbor on December 7, 1941.",
    "The People's Republic of China was founded on October 1, 1949.",
    "Mao Zedong died in September 1976.",
    "Park Chung-hee seized power in a military coup in 1961.",
    "South Korea's June Democratic Struggle took place in 1987.",
    "The Republic of Korea was founded in August 1948.",
    "Korea was divided at the 38th parallel in 1945.",
    "Wang Yi is China's foreign minister.",
    "The Soviet Union declared war on Japan in August 1945.",
    "Kim Koo was born in Haeju, Hwanghae Province.",
    # given as claims, their relative dates are resolved in the standalone text too (pipeline.claim_from_text)
    "Lee Jae Myung held a summit with Xi Jinping in Beijing on Monday.",
    "Lee Jae Myung took office in June last year.",
]
FALSE_CONTRADICTED = [
    "33 national representatives signed the Korean Declaration of Independence in 1920.",
    "Kim Koo was assassinated in 1950.",
    "Kim Koo was the first president of the Provisional Government of the Republic of Korea.",
    "The Potsdam Declaration was issued in 1943.",
    "Japan attacked Pearl Harbor on December 7, 1942.",
    "Mao Zedong died in September 1978.",
    "Korea was divided at the 39th parallel in 1945.",
    "The Soviet Union declared war on Japan in August 1941.",
]
FALSE_REVIEWED = [
    "More than 300 South Korean business leaders joined the economic delegation to China this week.",
    "Lee Jae Myung held a summit with Xi Jinping in Shanghai on Monday.",
    "Lee Jae Myung took office in March last year.",
    "The Korean Liberation Army was founded in Chongqing in 1945.",
    "An Jung-geun assassinated Ito Hirobumi in Seoul in 1909.",
    "The People's Republic of China was founded on October 1, 1950.",
    "Chun Doo-hwan seized power in a military coup in 1961.",
    "South Korea's June Democratic Struggle took place in 1980.",
    "The Republic of Korea was founded in August 1945.",
    "Wang Yi is Japan's foreign minister.",
]
ABSENT = [
    "China's population fell in 2023 for the second year in a row.",
    "Lee Jae Myung visited Tokyo in August 2025.",
    "The Bank of Korea cut its policy rate to 2.5 percent in May 2025.",
]

add_outcome_tests(globals())  # the outcome tests every batch has (tests/heldout.py)


def test_a_resolved_weekday_does_not_make_the_verifier_doubt_a_true_claim(real_checker: Checker) -> None:
    text = "Lee Jae Myung held a summit with Xi Jinping in Beijing on Monday."
    (result,) = real_checker.check(text, published=PUBLISHED).claims
    assert "Monday, 5 January 2026" in (result.claim.standalone or "")
    assert result.verdict == "supported", result.reason


def test_a_given_claims_relative_dates_are_resolved_in_its_standalone_text(real_checker: Checker) -> None:
    result = given(real_checker, "Lee Jae Myung took office in June last year.", PUBLISHED)
    assert result.claim.text == "Lee Jae Myung took office in June last year."
    assert result.claim.standalone == "Lee Jae Myung took office in June 2025."  # not "in June in 2025"
