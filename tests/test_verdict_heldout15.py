"""A fifteenth held-out verdict batch: figures, counts, "first … in N years", anniversaries, places and lengths
"since", each true claim with a false twin (``/work/notes/heldout15_claims.py``, written before the checker saw
them; first run in ``heldout15-run1.txt``), as of 2026-03-01.

First run: 11 of 15 true claims supported, 7 of 15 false ones contradicted, none supported, both absent claims
reviewed. Of the true claims in review, two were the verifier's doubt (p(supported) 0.51 and 0.38 for a count the
rules agreed with) and two were arithmetic:
- "Xi Jinping's 2025 trip … was his first visit to the country in 11 years" dated the trip January 1, 2025 (10.5
  years after July 2014). A new event dated by its year or month alone may be any day of it: the length now
  agrees only if it does on its first and its last day, and is unverified if only one agrees.
- "China's Victory Day parade on September 3, 2025 marked 80 years since the end of the war against Japan" was
  counted from the war's start (1937) to the as-of date. "since the end of …" now counts from the last date the
  fact gives ("… ended with Japan's surrender in 1945"), and a date in the subject before "marked" is the
  marking's. The fact gives 1945 alone, which may be 79 or 80 years before September 3, 2025: unverified.
After: 12 of 15 true supported, the same 7 false contradicted, none supported.
"""

from __future__ import annotations

from datetime import date

import pytest

from checker.domain import Evidence
from checker.pipeline import Checker, claim_from_text
from checker.relations import compute

from heldout import add_outcome_tests, dated_fact, given, supported_anywhere

PUBLISHED = date(2026, 3, 1)

TRUE_SUPPORTED = [
    "Trade between South Korea and China topped $300 billion in 2022.",
    "Xi Jinping's 2025 trip to South Korea was his first visit to the country in 11 years.",
    "The ninth trilateral summit of China, Japan and South Korea was held in Seoul in May 2024.",
    "North and South Korea joined the United Nations together in September 1991.",
    "South Korea and China marked the 30th anniversary of their diplomatic relations in 2022.",
    "Last year marked the 80th anniversary of Korea's liberation from Japanese colonial rule.",
    "Gyeongju hosted the APEC leaders' meeting in 2025.",
    "Lee Jae Myung's January 2026 trip was the first state visit to China by a South Korean president since 2017.",
    "Kim Jong Un made his first trip to China in March 2018.",
    "The Cheonan sank in March 2010, about eight months before North Korea shelled Yeonpyeong Island.",
    "Syngman Rhee was inaugurated as South Korea's first president in July 1948.",
    "The Korean Liberation Army was founded in Chongqing in September 1940.",
]
TRUE_REVIEWED = [
    # the rules agree on the count; the verifier does not confirm it (p(supported) 0.51, 0.38)
    "Thirty-three people signed the March 1st Declaration of Independence in 1919.",
    "Six countries took part in the Six-Party Talks.",
    # the war's end is known to the year: 79 or 80 years before September 3, 2025
    "China's Victory Day parade on September 3, 2025 marked 80 years since the end of the war against Japan.",
]
FALSE_CONTRADICTED = [
    "Xi Jinping's 2025 trip to South Korea was his first visit to the country in seven years.",
    "North and South Korea joined the United Nations together in September 1993.",
    "Busan hosted the APEC leaders' meeting in 2025.",
    "Lee Jae Myung's January 2026 trip was the first state visit to China by a South Korean president since 2013.",
    "Kim Jong Un made his first trip to China in March 2016.",
    "The Cheonan sank in March 2010, about two months before North Korea shelled Yeonpyeong Island.",
    "Syngman Rhee was inaugurated as South Korea's first president in July 1950.",
]
FALSE_REVIEWED = [
    "Trade between South Korea and China topped $500 billion in 2022.",  # the fact says "over $300 billion"
    "Forty-eight people signed the March 1st Declaration of Independence in 1919.",
    "Eight countries took part in the Six-Party Talks.",
    "The ninth trilateral summit of China, Japan and South Korea was held in Tokyo in May 2024.",
    "South Korea and China marked the 25th anniversary of their diplomatic relations in 2022.",
    "Last year marked the 70th anniversary of Korea's liberation from Japanese colonial rule.",
    "China's Victory Day parade on September 3, 2025 marked 70 years since the end of the war against Japan.",
    "The Korean Liberation Army was founded in Shanghai in September 1940.",
]
TRUE_INSIDE_FALSE = ["The Cheonan sank in March 2010"]
ABSENT = [
    "South Korea's population fell below 51 million in 2025.",
    "Kim Koo wrote his autobiography Baekbeom Ilji in prison.",
]

add_outcome_tests(globals())  # the outcome tests every batch has (tests/heldout.py)


SNU = dated_fact("snu", "Chinese President Xi Jinping visited South Korea on a state visit on July 3 and 4, 2014.",
            "2014-07-03")
WAR = dated_fact("war", "The Second Sino-Japanese War was fought from July 7, 1937, to 1945 and ended with Japan's "
            "surrender in 1945.", "1937-07-07")


def _outcome(claim: str, facts: list[Evidence]) -> tuple[str, str]:
    result = compute(claim_from_text(claim, PUBLISHED), facts, PUBLISHED)
    return result.outcome, result.computation


def test_a_new_event_dated_by_its_year_agrees_only_on_all_of_its_days() -> None:
    said = "Xi Jinping's {} trip to South Korea was his first visit to the country in {} years."
    assert _outcome(said.format("2025", "11"), [SNU])[0] == "unknown"  # 10.5 years in January, 11.5 in December
    assert _outcome(said.format("October 2025", "11"), [SNU])[0] == "agree"
    assert _outcome(said.format("2025", "seven"), [SNU])[0] == "mismatch"


def test_since_the_end_of_counts_from_the_last_date_the_fact_gives() -> None:
    outcome, computation = _outcome("In 2015, China marked 70 years since the end of the war against Japan.", [WAR])
    assert outcome == "agree" and computation.startswith("1945 (the end, war) → 2015")
    # a date before "marked" is the marking's: counted to September 3, 2025, from a year-only 1945
    outcome, computation = _outcome("China's parade on September 3, 2025 marked 80 years since the end of the war "
                                    "against Japan.", [WAR])
    assert outcome == "unknown" and "(2025-09-03) = 80 years to 79 years" in computation
    assert _outcome("In 2015, China marked 78 years since the start of the war against Japan.", [WAR])[0] == "agree"


# Second probes, after the changes above (as of 2026-03-01): "first state visit … in more than eight years" was
# counted from Moon Jae-in's December 2019 visit, held for the trilateral summit in Chengdu, and the true claim was
# contradicted: a first state (official, working) visit counts from the last one. "The year 2015 marked 70 years
# since the end of the Korean War" was supported, counted from the Provisional Government's fact ("… until the end
# of the Second World War in 1945"): "since the end of …" takes a fact's last date only where its own verb ends it,
# and words side by side in the fact count once more (the armistice, "… the Korean War", is the end of that war).
SECOND_TRUE = [
    "Lee Jae Myung's 2026 visit to China was the first state visit by a South Korean president in more than eight "
    "years.",
    "The year 2023 marked 70 years since the end of the Korean War.",
    "Japan normalized relations with China in 1972, twenty years before South Korea did.",
]
SECOND_FALSE = [
    "Lee Jae Myung's 2026 visit to China was the first state visit by a South Korean president in more than ten "
    "years.",
    "The year 2015 marked 70 years since the end of the Korean War.",
    "Japan normalized relations with China in 1972, ten years before South Korea did.",
]


@pytest.mark.parametrize("claim", SECOND_TRUE)
def test_second_probes_true_claims_are_supported(real_checker: Checker, claim: str) -> None:
    result = given(real_checker, claim, PUBLISHED)
    assert result.verdict == "supported", result.reason


@pytest.mark.parametrize("claim", SECOND_FALSE)
def test_second_probes_false_claims_are_never_supported(real_checker: Checker, claim: str) -> None:
    # (in an article, the sentence's first clause stands on its own, and is true)
    assert supported_anywhere(real_checker, claim, PUBLISHED,
                              frozenset({"Japan normalized relations with China in 1972"})) == []
