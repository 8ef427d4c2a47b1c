"""A fourth held-out verdict batch: four short articles (24 sentences) written before the checker saw them, each
sentence labelled true (the store can confirm it), false, absent (true or not, the store says nothing of it:
Kim Jong Un meeting Putin in Vladivostok, Shinzo Abe at the 2015 summit) or not checkable, and checked whole
at each article's date, with "on Saturday", "the two leaders", "the country" and "the ninth such meeting" to
resolve.

First run: no false or absent claim supported. What it showed instead were wrong computations behind right or
cautious verdicts, all in "first … in N years":
- "his first trip to the country in 11 years" (Xi Jinping in Gyeongju, 2025) counted from a 2024 summit in Lima,
  and the trilateral summit "in more than four years" from the Camp David summit of the US, Japan and Korea:
  earlier events were filtered by neither the claim's kind of event (the word after "first") nor its country,
  while a city or a person that differed (Chengdu for Seoul, another president) excluded the right one;
- "the country" stayed unresolved when the article had named two countries, so the trip had no destination.
And "South Korea joined the Asian Infrastructure Investment Bank as a founding member" was not checkable at all
("joined" was no past-event verb).
"""

from __future__ import annotations

from datetime import date

import pytest

from checker.claims import extract_claims
from checker.domain import Evidence, Fact
from checker.entities import destination_of
from checker.pipeline import Checker, claim_from_text
from checker.settings import Settings
from checker.verdict import decide

ARTICLES = [
    (date(2025, 11, 2), [
        ("Chinese President Xi Jinping wrapped up a three-day visit to South Korea on Saturday.", "T"),
        ("Xi arrived on Thursday for the APEC Economic Leaders' Meeting in Gyeongju, his first trip to the country "
         "in 11 years.", "T"),
        ("He last visited in July 2014, when he held a summit in Seoul with President Park Geun-hye.", "T"),
        ("On Saturday Xi and President Lee Jae Myung held their first summit.", "T"),
        ("The two leaders last met in Beijing in 2019.", "F"),
        ("On Thursday Xi met U.S. President Donald Trump in Busan.", "T"),
        ("The APEC meeting ran for two days and was the 32nd such gathering.", "T"),
        ("Next year's meeting will be held in Shenzhen.", "N"),
    ]),
    (date(2024, 5, 28), [
        ("The leaders of China, Japan and South Korea met in Seoul on Monday for their first trilateral summit in "
         "more than four years.", "T"),
        ("Chinese Premier Li Qiang, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
         "attended the ninth such meeting.", "T"),
        ("The previous summit was held in Chengdu in December 2019.", "T"),
        ("The first stand-alone trilateral summit took place in Fukuoka in 2008.", "T"),
        ("The three countries launched talks on a trilateral free trade agreement in 2012.", "T"),
        ("The Trilateral Cooperation Secretariat, set up in Tokyo in 2011, helped prepare the meeting.", "F"),
    ]),
    (date(2026, 1, 4), [
        ("North Korea has carried out seven nuclear tests since 2006.", "F"),
        ("Its first test came on October 9, 2006, and its most recent on September 3, 2017.", "T"),
        ("Kim Jong Un, who succeeded his father in December 2011, met Russian President Vladimir Putin in "
         "Vladivostok in April 2019.", "A"),
        ("The UN Security Council tightened sanctions in December 2017 with Resolution 2397, which capped refined "
         "petroleum imports.", "T"),
        ("Kim Jong Un first met Xi Jinping in Beijing in March 2018.", "T"),
    ]),
    (date(2026, 1, 4), [
        ("South Korea and China signed their free trade agreement in Seoul in June 2015, and it took effect six "
         "months later.", "T"),
        ("South Korea joined the Asian Infrastructure Investment Bank as a founding member.", "T"),
        ("Russian President Vladimir Putin attended the trilateral summit in Seoul in 2015.", "F"),
        ("Yoon Suk Yeol visited China twice during his presidency.", "F"),
        ("Japanese Prime Minister Shinzo Abe visited Seoul in 2015 for the trilateral summit.", "A"),
    ]),
]
# true clauses inside a false or absent sentence, supported on their own
TRUE_INSIDE = {"who succeeded his father in December 2011"}
# sentences whose every claim is supported now (the rest of the true ones go to a reviewer: days a fact only
# spans, the verifier's doubt, an unresolved "the APEC meeting", figureless claims below the support threshold)
SUPPORTED_WHOLE = {
    "He last visited in July 2014, when he held a summit in Seoul with President Park Geun-hye.",
    # the verifier reads these without the weekday their dates were resolved from (relative_dates.without_weekdays)
    "On Saturday Xi and President Lee Jae Myung held their first summit.",
    "On Thursday Xi met U.S. President Donald Trump in Busan.",
    "The leaders of China, Japan and South Korea met in Seoul on Monday for their first trilateral summit in more "
    "than four years.",
    "Chinese Premier Li Qiang, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
    "attended the ninth such meeting.",
    "The previous summit was held in Chengdu in December 2019.",
    "The first stand-alone trilateral summit took place in Fukuoka in 2008.",
    "The UN Security Council tightened sanctions in December 2017 with Resolution 2397, which capped refined "
    "petroleum imports.",
    "Kim Jong Un first met Xi Jinping in Beijing in March 2018.",
}


def _by_sentence(checker: Checker, published: date, sentences: list[tuple[str, str]]):
    text = " ".join(s for s, _ in sentences)
    results = checker.check(text, published=published).claims
    out, at = [], 0
    for sentence, label in sentences:
        start = text.index(sentence, at)
        at = start + len(sentence)
        out.append((sentence, label, [r for r in results if start <= r.claim.span[0] < at]))
    return out


@pytest.fixture(scope="module")
def checked(real_checker: Checker):
    return [row for published, sentences in ARTICLES for row in _by_sentence(real_checker, published, sentences)]


def test_no_false_or_absent_claim_is_supported(checked) -> None:
    wrong = [(s, r.claim.text, r.reason) for s, label, results in checked if label in "FA" for r in results
             if r.verdict == "supported" and r.claim.text not in TRUE_INSIDE]
    assert wrong == []


def test_the_store_contradicts_nothing_it_does_not_hold(checked) -> None:
    assert [r.reason for _, label, results in checked if label == "A" for r in results
            if r.verdict == "contradicted"] == []


def test_true_sentences_supported_whole(checked) -> None:
    whole = {s for s, label, results in checked
             if label == "T" and results and all(r.verdict == "supported" for r in results)}
    assert whole == SUPPORTED_WHOLE


def test_first_in_n_years_counts_from_the_right_earlier_event(checked) -> None:
    by_text = {r.claim.text: r for _, _, results in checked for r in results}
    trip = by_text["his first trip to the country in 11 years"]
    assert trip.verdict == "supported" and "2014-07-04 → 2025-11-02 = 11.3 years" in trip.reason.message
    summit = next(r for text, r in by_text.items() if text.startswith("The leaders of China, Japan"))
    assert "2019-12-24 → 2024-05-28 = 4.4 years" in summit.reason.message


def test_a_figureless_past_event_with_a_new_verb_is_checkable() -> None:
    (claim,) = extract_claims("South Korea joined the Asian Infrastructure Investment Bank as a founding member.",
                              published=date(2026, 1, 4))
    assert claim.checkable


def test_the_country_after_to_is_where_the_last_visit_went() -> None:
    text = ("Chinese President Xi Jinping wrapped up a three-day visit to South Korea on Saturday. Xi arrived on "
            "Thursday for the meeting in Gyeongju, his first trip to the country in 11 years.")
    standalones = [c.standalone for c in extract_claims(text, published=date(2025, 11, 2))]
    assert any("first trip to South Korea in 11 years" in (s or "") for s in standalones)
    one = ("The emperor visited Indonesia in June 2023, the first state visit by a Japanese emperor to the country "
           "in 32 years.")
    standalones = [c.standalone or "" for c in extract_claims(one, published=date(2026, 1, 4))]
    assert any("emperor to Indonesia in 32 years" in s for s in standalones), standalones


def test_a_visits_destination_is_the_object_right_after_the_verb() -> None:
    assert destination_of("The emperor visited Indonesia in June 2023") == "IDN"
    assert destination_of("Xi paid a state visit to the Republic of Korea from July 3") == "KOR"


PUBLISHED = date(2024, 5, 28)


def _fact(fact_id: str, text: str, day: str) -> Fact:
    return Fact(id=fact_id, text=text, source="test", date=day)


def _decide(claim: str, *facts: tuple[Fact, float], published: date = PUBLISHED):
    return decide(claim_from_text(claim, published), [Evidence(f, s) for f, s in facts], published,
                  Settings.defaults())


CHENGDU = _fact("chengdu", "The eighth China–Japan–South Korea trilateral summit was held in Chengdu, China, on "
                "December 24, 2019.", "2019-12-24")
CAMP_DAVID = _fact("camp-david", "United States President Joe Biden, South Korean President Yoon Suk Yeol and "
                   "Japanese Prime Minister Fumio Kishida held a trilateral summit at Camp David on August 18, 2023.",
                   "2023-08-18")


def test_an_earlier_event_in_another_city_counts_and_one_in_other_countries_does_not() -> None:
    result = _decide("The leaders of China, Japan and South Korea met in Seoul for their first trilateral summit "
                     "in more than four years.", (CAMP_DAVID, 0.8), (CHENGDU, 0.78))
    assert result.verdict == "supported" and "2019-12-24 → 2024-05-28" in result.reason.message


LI_QIANG = _fact("li-qiang", "Chinese Premier Li Qiang visited Seoul, South Korea, from May 26 to May 27, 2024.",
                 "2024-05-26")
XI_2014 = _fact("xi-2014", "Chinese President Xi Jinping paid a state visit to South Korea from July 3 to July 4, "
                "2014.", "2014-07-03")


def test_his_first_trip_counts_only_his_trips_and_a_role_counts_anyone_in_it() -> None:
    his = _decide("Xi Jinping's visit to South Korea was his first trip to South Korea in 11 years.",
                  (LI_QIANG, 0.8), (XI_2014, 0.78), published=date(2025, 11, 2))
    assert his.verdict == "supported" and "2014-07-03 → 2025-11-02" in his.reason.message
    role = _decide("Xi Jinping's visit to South Korea was the first by a Chinese leader in 11 years.",
                   (LI_QIANG, 0.8), (XI_2014, 0.78), published=date(2025, 11, 2))
    assert role.verdict != "supported" and "2024-05-26 → 2025-11-02" in role.reason.message


def test_a_named_length_meets_a_span_of_that_many_days_and_never_a_gap() -> None:
    from checker.compare import AGREE, MISMATCH, UNKNOWN, check_values
    from checker.spans import span_checks
    from checker.values import extract_values

    fact = ("Xi's trip to South Korea from October 30 to November 1, 2025, was his first visit to South Korea in 11 "
            "years.")
    fact_values = extract_values(fact)

    def outcomes(claim: str) -> list[str]:
        values = extract_values(claim)
        return [c.outcome for c in span_checks(claim, check_values(values, fact_values), fact, fact_values)]

    (length,) = extract_values("Xi wrapped up a three-day visit to South Korea.")
    assert (length.type, length.value, length.unit) == ("duration", 3.0, "day")
    assert outcomes("Xi wrapped up a three-day visit to South Korea.") == [AGREE]  # three days, both ends counted
    assert outcomes("Xi wrapped up a two-day visit to South Korea.") == [AGREE]  # the last day not counted
    # a day more than the span counts is no way of counting it, and 11 years is a gap, not the visit's length
    assert outcomes("Xi wrapped up a four-day visit to South Korea.") == [MISMATCH]
    assert outcomes("The talks resumed three days after the election.") != [AGREE]  # a plain "three days" is no
    # event's length
    same = extract_values("It ended a 20-year wait.")
    assert [c.outcome for c in check_values(same, extract_values("It ended a 25-year wait."))] == [MISMATCH]
    # an itinerary's legs: a span of the length confirms it, a length none has is left to a reviewer
    legs = "He visited Tokyo from May 1 to May 3, 2025, and Osaka from May 4 to May 5, 2025."
    legs_values = extract_values(legs)
    for claim, want in (("He made a two-day visit to Osaka.", [AGREE]),
                        ("He made a five-day visit to Osaka.", [UNKNOWN])):
        values = extract_values(claim)
        assert [c.outcome for c in span_checks(claim, check_values(values, legs_values), legs, legs_values)] == want


def test_a_length_naming_the_event_does_not_make_a_date_claim_a_duration_claim() -> None:
    (claim,) = extract_claims("Chilean President Gabriel Boric began a five-day state visit to China on Sunday.",
                              published=date(2026, 1, 4))
    assert claim.kind == "date"


def test_the_verifier_reads_a_resolved_date_without_its_weekday() -> None:
    from checker.relative_dates import without_weekdays

    assert without_weekdays("Lee held a summit in Beijing on Monday, 5 January 2026") == \
        "Lee held a summit in Beijing on 5 January 2026"
    assert without_weekdays("He spoke on Monday morning, 5 January 2026.") == "He spoke on 5 January 2026."
    assert without_weekdays("On Monday the talks began") == "On Monday the talks began"  # no date to keep
