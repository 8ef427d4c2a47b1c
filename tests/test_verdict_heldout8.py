"""An eighth held-out verdict batch, checked as of Friday 2026-06-05 ("a year ago", "last year", "this year marks
the 80th anniversary"): 27 true claims in shapes no earlier batch tried (who hosted, a term's length, an office, a
name one word away from another's, two events in order, an age), a false twin of each and two more false claims,
and four claims the store says nothing about. Written before the checker saw them.

First run: 18 of 27 true supported, 9 of 29 false contradicted, and three false claims supported, each with every
date agreeing: "Chinese President Li Qiang attended the trilateral summit in Seoul in May 2024" (on the summit's
fact, which names no one; Li's own fact calls him Premier), "Kim Dae-jung and Kim Jong Un held the first
inter-Korean summit" (the fact: Kim Jong Il; two shared words made one person of them) and "Xi Jinping hosted Lee
Jae Myung in Gyeongju" (their summit in Gyeongju, South Korea: who hosted is not said). Now a store fact that does
not name the person a claim opens with is about something else (checker.subject.unnamed_subject), two names that
each have a word the other lacks are two people (checker.entities.same_person), and a host must be the fact's
(checker.roles). Lengths counted from a fact's two days are checker.spans; "a year ago" counts back like "two
years ago" (checker.claims.AGO); an age at an event ("was 72 years old when he was assassinated") is counted from
the birth fact to the event's (checker.relations).

After: 23 of 27 true supported, 11 of 29 false contradicted, none supported; the absent claims go to review.
Probes written afterwards (with their true twins) found six more false claims supported: a kinship ("succeeded
by his brother"), who succeeded whom, another doer ("South Korea shelled Yeonpyeong Island"), "attacked by"
against a bombing by, and resuming against stopping; checker.roles and checker.polarity read those now. With
them the batch has 29 of 33 true claims supported, 11 of 38 false ones contradicted, none supported.
"""

from __future__ import annotations

from datetime import date

from checker.compare import AGREE, MISMATCH, UNKNOWN, ValueCheck
from checker.domain import Value
from checker.entities import same_person
from checker.pipeline import Checker
from checker.roles import role_mismatch
from checker.spans import length_outcome, span_checks
from checker.subject import unnamed_subject
from checker.values import extract_values
from heldout import add_outcome_tests, given

PUBLISHED = date(2026, 6, 5)

TRUE_SUPPORTED = [
    "South Korea hosted the 2005 APEC Economic Leaders' Meeting in Busan.",
    "North Korea has conducted six nuclear tests.",
    "The ninth China–Japan–South Korea trilateral summit was held in Seoul in May 2024.",
    "Chinese Premier Li Qiang attended the trilateral summit in Seoul in May 2024.",
    "Kim Dae-jung and Kim Jong Il held the first inter-Korean summit in Pyongyang in June 2000.",
    "Xi Jinping attended the Victory Day parade in Moscow in May last year.",
    "Forty-six sailors were killed when the Cheonan sank in March 2010.",
    "The sixth trilateral summit in Seoul came after a hiatus of three and a half years.",
    "Donald Trump was the first sitting US president to step into North Korea, in June 2019.",
    "No peace treaty has ended the Korean War.",
    "Yoon Suk Yeol did not visit China during his presidency.",
    "Annual trade between China and South Korea exceeded 300 billion dollars in 2022.",
    "The China–South Korea Free Trade Agreement entered into force in December 2015.",
    "Xi Jinping's 2019 visit to Pyongyang was the first by a Chinese president in 14 years.",
    "This year marks the 80th anniversary of the opening of the Tokyo Trials.",
    "The Korean Liberation Army was founded in Chongqing in 1940.",
    "The United Nations was founded in October 1945.",
    "Li Keqiang died in October 2023.",
    # supported since this batch: "a year ago", and lengths counted from the fact's days
    "Lee Jae Myung took office a year ago.",
    "Syngman Rhee served as president for nearly 12 years.",
    "Moon Jae-in served a five-year term as president.",
    "The 2018 Winter Olympics in PyeongChang lasted 17 days.",
    # an age, from the birth fact's day to the event's (checker.relations, "age")
    "Kim Koo was 72 years old when he was assassinated in 1949.",
    # the time between two dated events (checker.gaps, batch 9): reviewed until then
    "The Soviet Union declared war on Japan two days after the bombing of Hiroshima.",
    # twins of the second probes (below)
    "Kim Jong Il died in December 2011 and was succeeded by his son Kim Jong Un.",
    "Kim Jong Un succeeded Kim Jong Il in December 2011.",
    "North Korea shelled Yeonpyeong Island in November 2010.",
    "Japan attacked Pearl Harbor in December 1941.",
    "Xi Jinping hosted Lee Jae Myung in Beijing in January 2026.",
    "Chinese travel agencies stopped selling group tours to South Korea in March 2017.",
]
TRUE_REVIEWED = [
    # two events in order need two facts: no rule reads them
    "The Treaty of Shimonoseki was signed before the Mukden Incident.",
    # the facts are worded too far from these (cosine 0.80 and 0.71) to support them without a figure
    "Beijing became the first city to host both the Summer and Winter Olympic Games.",
    "South Korea did not sign the Korean Armistice Agreement.",
]
FALSE_CONTRADICTED = [
    "North Korea has conducted seven nuclear tests.",
    "The tenth China–Japan–South Korea trilateral summit was held in Seoul in May 2024.",
    "Lee Jae Myung took office three years ago.",
    "Xi Jinping attended the Victory Day parade in Moscow in May two years ago.",
    "Fifty-six sailors were killed when the Cheonan sank in March 2010.",
    "The sixth trilateral summit in Seoul came after a hiatus of five years.",
    "Xi Jinping's 2019 visit to Pyongyang was the first by a Chinese president in 10 years.",
    "The United Nations was founded in October 1948.",
    "Li Keqiang died in October 2021.",
    "Moon Jae-in served a four-year term as president.",
    "Kim Koo was 80 years old when he was assassinated in 1949.",
    "The Soviet Union declared war on Japan two days before the bombing of Hiroshima.",  # checker.gaps, batch 9
]
FALSE_REVIEWED = [
    # supported at the first run
    "Chinese President Li Qiang attended the trilateral summit in Seoul in May 2024.",
    "Kim Dae-jung and Kim Jong Un held the first inter-Korean summit in Pyongyang in June 2000.",
    "Xi Jinping hosted Lee Jae Myung in Gyeongju in November 2025.",
    # another host, place or person
    "China hosted the 2005 APEC Economic Leaders' Meeting in Busan.",
    "Seoul became the first city to host both the Summer and Winter Olympic Games.",
    "Barack Obama was the first sitting US president to step into North Korea, in June 2019.",
    "The Korean Liberation Army was founded in Shanghai in 1940.",
    # polarity, and facts that disagree
    "A peace treaty formally ended the Korean War in 1953.",
    "South Korea signed the Korean Armistice Agreement in 1953.",
    "Yoon Suk Yeol visited China twice during his presidency.",
    "The China–South Korea Free Trade Agreement entered into force in June 2015.",
    "The China–South Korea Free Trade Agreement was signed in December 2015 and took effect in June 2015.",
    # a figure or length that differs on a fact the checker does not read as restating the claim
    "Annual trade between China and South Korea exceeded 500 billion dollars in 2022.",
    "This year marks the 70th anniversary of the opening of the Tokyo Trials.",
    "Syngman Rhee served as president for more than 15 years.",
    "The 2018 Winter Olympics in PyeongChang lasted 30 days.",
    # second probes, after the fixes above; the first four were supported before: a kinship, who succeeded
    # whom, and another doer where the acted-on is not named alike ("Yeonpyeong Island" / "South Korea's")
    "Kim Jong Il died in December 2011 and was succeeded by his brother Kim Jong Un.",
    "Kim Jong Il succeeded Kim Jong Un in December 2011.",
    "South Korea shelled Yeonpyeong Island in November 2010.",
    "Yun Bong-gil was attacked by Japanese officials in Hongkou Park in April 1932.",
    "The United States attacked Pearl Harbor in December 1941.",
    "Lee Jae Myung hosted Xi Jinping in Beijing in January 2026.",
    "The Six-Party Talks were hosted by Japan.",
    # third probes: resuming against stopping was supported before (checker.polarity.OPPOSITE_WORDS)
    "Chinese travel agencies resumed selling group tours to South Korea in March 2017.",
    "Most Lotte Mart stores in China reopened in 2017.",
    # no rule reads this
    "The Mukden Incident occurred before the Treaty of Shimonoseki was signed.",
]
TRUE_INSIDE_FALSE = [  # a true clause of a false sentence, supported on its own in an article
    "Kim Jong Il died in December 2011",
]
ABSENT = [
    "Busan hosted the 2002 Asian Games.",
    "South Korea's population is about 51 million.",
    "The Gwangju Uprising lasted ten days.",
    "Kim Koo's autobiography was first published in 1947.",
]

add_outcome_tests(globals())  # the outcome tests every batch has (tests/heldout.py)


SUMMIT = ("Chinese President Xi Jinping and South Korean President Lee Jae Myung held their first summit on "
          "November 1, 2025, in Gyeongju, South Korea.")
STATE_VISIT = ("Chinese President Xi Jinping visited the Republic of Korea (South Korea) from October 30 to "
               "November 1, 2025, to attend the 32nd APEC Economic Leaders' Meeting in Gyeongju and to pay a state "
               "visit at the invitation of South Korean President Lee Jae Myung.")
SIXTH = ("The sixth China–Japan–South Korea trilateral summit was held in Seoul, South Korea, on November 1, 2015, "
         "after a hiatus of three and a half years.")


def test_names_that_each_have_a_word_the_other_lacks_are_two_people() -> None:
    assert not same_person("Kim Jong Un", "Kim Jong Il")
    assert not same_person("Lee Jae Myung", "Lee Jae-yong")
    assert same_person("Lee Jae Myung", "Jae Myung Lee")
    assert same_person("Summer Olympic Games", "Summer Olympics")  # one name holds the other
    assert same_person("Donald J. Trump", "Donald John Trump")  # an initial
    assert same_person("San Diego Sockets", "San Diego Sockers")  # one letter slipped in a long word
    assert not same_person("Anna Maria Berg", "Anna Maria Borg")  # ... but not in a short one


def test_a_store_fact_must_name_the_person_the_claim_opens_with() -> None:
    assert unnamed_subject("Li Qiang", SIXTH) == "the fact does not name Li Qiang"
    assert unnamed_subject("Li Qiang", "Chinese Premier Li Qiang visited Seoul from May 26 to May 27, 2024.") is None
    assert unnamed_subject(None, SIXTH) is None


def test_evidence_sent_with_the_request_may_leave_the_subject_unnamed(real_checker: Checker) -> None:
    result = real_checker.check_claims(["Landon Donovan was born on March 4, 1982."], published=PUBLISHED,
                                       evidence=["He was born on March 4, 1982, in Ontario, California."]).claims[0]
    assert result.reason.code != "entity_mismatch", result.reason


def test_the_host_must_be_the_facts() -> None:
    assert role_mismatch("Xi Jinping hosted Lee Jae Myung in Gyeongju.", SUMMIT) \
        == "the claim has Xi Jinping as host, the fact does not say who hosted"
    assert role_mismatch("Xi Jinping hosted Lee Jae Myung in Gyeongju.", STATE_VISIT) \
        == "the claim has Xi Jinping as host, the fact Lee Jae Myung"
    assert role_mismatch("Lee Jae Myung hosted Xi Jinping in Gyeongju.", STATE_VISIT) is None  # at his invitation
    # a country hosts where the fact holds the event
    assert role_mismatch("South Korea hosted the sixth trilateral summit.", SIXTH) is None
    assert role_mismatch("China hosted the sixth trilateral summit.", SIXTH) \
        == "the claim has China as host, the fact South Korea"
    assert role_mismatch("The 2008 Olympics were hosted by China.",
                         "The 2008 Summer Olympics were held in Beijing, China, from August 8 to August 24, 2008.") \
        is None
    assert role_mismatch("South Korea and Japan co-hosted the 2002 World Cup.", SIXTH) is None  # no single host


def _length(text: str) -> Value:
    return next(v for v in extract_values(text) if v.type == "duration")


def test_a_length_counts_both_days_of_the_facts_span() -> None:
    games = (date(2018, 2, 9), date(2018, 2, 25))
    assert length_outcome(_length("lasted 17 days"), *games) == AGREE
    assert length_outcome(_length("lasted 16 days"), *games) == AGREE  # the last day not counted
    assert length_outcome(_length("lasted 30 days"), *games) == MISMATCH
    term = (date(2017, 5, 10), date(2022, 5, 9))
    assert length_outcome(_length("a five-year term"), *term) == AGREE
    assert length_outcome(_length("a four-year term"), *term) == MISMATCH
    rhee = (date(1948, 7, 24), date(1960, 4, 26))  # 11.8 years
    assert length_outcome(_length("for 12 years"), *rhee) == AGREE
    assert length_outcome(_length("for nearly 12 years"), *rhee) == AGREE
    assert length_outcome(_length("for 11 years"), *rhee) == UNKNOWN  # neither the count rounded nor a year off
    assert length_outcome(_length("for more than 15 years"), *rhee) == MISMATCH


def test_only_a_stated_length_is_checked_against_one_span() -> None:
    fact = "Moon Jae-in served as President from May 10, 2017, to May 9, 2022."
    values = extract_values(fact)

    def outcome(claim: str) -> str:
        (check,) = span_checks(claim, [ValueCheck(_length(claim), UNKNOWN)], fact, values)
        return check.outcome

    assert outcome("Moon served as president for four years.") == MISMATCH
    assert outcome("Moon visited Japan four years after taking office.") == UNKNOWN  # a gap, not a length
    assert outcome("Moon served as president for 40 hours.") == UNKNOWN  # days do not measure hours
    two_spans = "He led the party from May 1, 2010, to May 1, 2012, and the country from June 1, 2015, to June 1, 2020."
    (check,) = span_checks("He served for two years.", [ValueCheck(_length("for two years"), UNKNOWN)], two_spans,
                           extract_values(two_spans))
    assert check.outcome == UNKNOWN  # which span it states is unclear


def test_a_computed_length_names_its_arithmetic_and_the_verifier_does_not_overrule_it(real_checker: Checker) -> None:
    result = given(real_checker, "Moon Jae-in served a five-year term as president.", PUBLISHED)
    assert result.verdict == "supported"
    assert result.reason.computation == "2017-05-10 to 2022-05-09 = 5.0 years"
    assert result.reason.to_dict()["computation"] == result.reason.computation
    assert "computation" not in given(real_checker, "Li Keqiang died in October 2023.", PUBLISHED).reason.to_dict()


def test_a_year_ago_counts_back_unless_it_is_a_baseline(real_checker: Checker) -> None:
    from checker.claims import detect_relation

    assert detect_relation("Lee Jae Myung took office a year ago.") == "since"
    assert detect_relation("Exports rose from a year ago.") is None
    assert detect_relation("Prices are higher than a year ago.") is None
    result = given(real_checker, "Lee Jae Myung took office a year ago.", PUBLISHED)
    assert "2025-06-04 → 2026-06-05 = 1 year" in result.reason.message, result.reason.message


def test_an_age_counts_from_the_birth_fact_to_the_events_fact(real_checker: Checker) -> None:
    from checker.claims import detect_relation

    assert detect_relation("Kim Koo died at the age of 72.") == "age"
    assert detect_relation("Mao Zedong died aged 82.") == "age"
    assert detect_relation("Unemployment among people aged 18 to 30 rose to 10%.") is None  # a group, no event
    result = given(real_checker, "Kim Koo was assassinated at the age of 75.", PUBLISHED)
    assert result.verdict == "contradicted"
    assert "born 1876-08-29 → 1949-06-26 = 72 years old" in result.reason.message, result.reason.message
    assert result.reason.computation == "born 1876-08-29 → 1949-06-26 = 72 years old; the claim says '75'"
    # in an article "he" is resolved ("when Kim Koo was assassinated"); the event's fact is still found
    (claim,) = real_checker.check("Kim Koo was 72 years old when he was assassinated in 1949.",
                                  published=PUBLISHED).claims
    assert claim.verdict == "supported", claim.reason
    # an event no fact tells of leaves the age to a reviewer, even where the claim gives its year
    result = given(real_checker, "Kim Koo was 72 when he was killed in 1949.", PUBLISHED)
    assert result.verdict == "needs_review"
    assert "72 or 73 years old" in result.reason.message, result.reason.message


def test_a_date_that_is_another_events_does_not_contradict(real_checker: Checker) -> None:
    # she visited Beijing in June 2013 and in September 2015: the claim's unverifiable detail ("12 ministers")
    # kept the 2015 visit from supporting it, and the 2013 visit contradicted it
    result = given(real_checker, "Park Geun-hye visited Beijing in September 2015 with her 12 ministers.", PUBLISHED)
    assert (result.verdict, result.reason.code) == ("needs_review", "value_mismatch"), result.reason
    assert "park-gh-visit-china-2015-victory-day agrees" in result.reason.message
    assert [e.fact.id for e in result.evidence][1] == "park-gh-visit-china-2015-victory-day"
    # a date no such event has is still contradicted
    assert given(real_checker, "Park Geun-hye visited Beijing in September 2019 with her 12 ministers.",
                 PUBLISHED).verdict == "contradicted"


FAMILY = "North Korean leader Kim Jong Il died on December 17, 2011, and was succeeded by his son Kim Jong Un."
SHELLING = "North Korea shelled South Korea's Yeonpyeong Island on November 23, 2010."


def test_a_kinship_the_fact_does_not_give_is_another_person() -> None:
    assert role_mismatch("Kim Jong Il was succeeded by his brother Kim Jong Un.", FAMILY) \
        == "the claim says brother, the fact son"
    assert role_mismatch("Kim Jong Il was succeeded by his son Kim Jong Un.", FAMILY) is None
    assert role_mismatch("Kim Jong Il was succeeded by Kim Jong Un.", FAMILY) is None  # no kinship claimed


def test_who_succeeded_whom_and_a_doer_alone_are_read() -> None:
    assert role_mismatch("Kim Jong Il succeeded Kim Jong Un in 2011.", FAMILY)
    assert role_mismatch("Kim Jong Un succeeded Kim Jong Il in 2011.", FAMILY) is None
    assert role_mismatch("Kim Jong Un was succeeded by Kim Jong Il.", FAMILY)  # the passive, swapped
    # "shelled" and "attacked" are one act; the acted-on named otherwise ("Yeonpyeong Island"), the doer decides
    assert role_mismatch("South Korea shelled Yeonpyeong Island in 2010.", SHELLING) \
        == "the claim has South Korea as the one who acted, the fact North Korea"
    assert role_mismatch("North Korea attacked Yeonpyeong Island in 2010.", SHELLING) is None


def test_resuming_is_the_opposite_of_stopping() -> None:
    from checker.polarity import opposite_words

    fact = "From March 2017 Chinese travel agencies stopped selling group tours to South Korea."
    assert opposite_words("Chinese travel agencies resumed selling group tours in March 2017.", fact)
    assert not opposite_words("Chinese travel agencies stopped selling group tours in March 2017.", fact)
    assert opposite_words("The stores reopened in 2017.", "Most Lotte Mart stores in China were closed in 2017.")
