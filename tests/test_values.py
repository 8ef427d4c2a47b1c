from datetime import date

import pytest

from checker.compare import AGREE, MISMATCH, UNKNOWN, check_values, compare
from checker.values import extract_values


def one(text: str, **kw: object):
    values = extract_values(text, **kw)  # type: ignore[arg-type]
    assert len(values) == 1, values
    return values[0]


@pytest.mark.parametrize("text,vtype,value,low,high", [
    ("in over six years", "duration", 6.0, 6.0, None),
    ("33 years", "duration", 33.0, 33.0, 33.0),
    ("within a span of just two months", "duration", 2.0, 0.0, 2.0),
    ("a delegation of 200 members", "number", 200.0, 200.0, 200.0),
    ("nearly 2,000 people", "number", 2000.0, 1800.0, 2000.0),
    ("1.5 million visitors", "number", 1_500_000.0, 1_500_000.0, 1_500_000.0),
    ("a dozen ships", "number", 12.0, 12.0, 12.0),
    ("the 150th anniversary", "ordinal", 150.0, 150.0, 150.0),
    ("rose 25%", "percent", 25.0, 25.0, 25.0),
    ("about $362.9 billion", "money", 362.9e9, 362.9e9 * 0.9, 362.9e9 * 1.1),
])
def test_numeric_values(text: str, vtype: str, value: float, low: float, high: float | None) -> None:
    v = one(text)
    assert (v.type, v.value) == (vtype, value)
    assert v.low == pytest.approx(low) and (v.high == pytest.approx(high) if high is not None else v.high is None)


@pytest.mark.parametrize("text,vtype,low,high", [
    ("from January 4 to 7", "date_range", "2026-01-04", "2026-01-07"),
    ("October 30 to November 1, 2025", "date_range", "2025-10-30", "2025-11-01"),
    ("in December 2019", "date", "2019-12-01", "2019-12-31"),
    ("on 23 December 2019", "date", "2019-12-23", "2019-12-23"),
    ("The year 2026", "date", "2026-01-01", "2026-12-31"),
    ("last year", "date", "2025-01-01", "2025-12-31"),
])
def test_dates(text: str, vtype: str, low: str, high: str) -> None:
    v = one(text, default_year=2026, today=date(2026, 1, 4))
    assert (v.type, v.low, v.high) == (vtype, low, high)


def test_references_are_not_quantities() -> None:
    assert extract_values("the two countries respect the one-China principle") == []


@pytest.mark.parametrize("claim,fact,outcome", [
    ("200 members", "about 200 members", AGREE),
    ("300 members", "about 200 members", MISMATCH),
    ("over 100 people", "150 people", AGREE),
    ("over 100 people", "over 50 people", UNKNOWN),
    ("in December 2019", "on December 23, 2019", AGREE),
    ("in December 2017", "on December 23, 2019", MISMATCH),
    ("from January 5 to 8, 2026", "from January 4 to 7, 2026", MISMATCH),
])
def test_compare(claim: str, fact: str, outcome: str) -> None:
    assert compare(one(claim, default_year=2026), one(fact, default_year=2026)) == outcome


@pytest.mark.parametrize("claim, fact, outcome", [
    ("The aircraft has more than 189 seats.", "It is operated in a 2-class, 189 seat configuration.", "mismatch"),
    ("The aircraft has less than 190 seats.", "It is operated in a 2-class, 190 seat configuration.", "mismatch"),
    ("It has fewer than 200 seats.", "It is operated in a 2-class, 189 seat configuration.", "agree"),
    ("Focus grossed more than $ 152 million.",
     "It grossed $ 53.8 million at home and $ 100.1 million abroad, a total of $ 154 million.", "agree"),
])
def test_strict_modifiers_and_nearest_figure(claim: str, fact: str, outcome: str) -> None:
    from checker.compare import check_values

    checks = check_values(extract_values(claim), extract_values(fact))
    assert [c.outcome for c in checks] == [outcome]


@pytest.mark.parametrize("text,modifier,low,high", [
    ("a miscarriage before March 2018", "before", "0001-01-01", "2018-02-28"),
    ("after December , 2008 , he called", "after", "2009-01-01", "9999-12-31"),
    ("By May 2 , 2017 , it had shipped", "by", "0001-01-01", "2017-05-02"),
])
def test_bounded_dates(text: str, modifier: str, low: str, high: str) -> None:
    v = one(text)
    assert (v.type, v.modifier, v.low, v.high) == ("date", modifier, low, high)
    assert v.text.lower().startswith(modifier)


def test_bounded_dates_agree_by_containment_but_never_contradict() -> None:
    before_march = one("It happened before March 2018")
    assert compare(before_march, one("in late February 2018")) == AGREE
    # "before April 11" against a count "as of April 11": the fact's date is no evidence against the claim
    assert compare(before_march, one("in early March 2018")) == UNKNOWN
    assert compare(one("after February 2018"), one("in late February 2018")) == UNKNOWN


def test_a_year_the_text_did_not_state_cannot_contradict() -> None:
    assumed = one("on 8 April", default_year=2026)
    assert (assumed.assumed, assumed.low) == ("year", "2026-04-08")
    assert compare(assumed, one("As of 7 April 2020")) == UNKNOWN
    assert compare(assumed, one("on 8 April 2026")) == AGREE
    stated = one("on 8 April 2025")
    assert stated.assumed is None and compare(stated, one("on 7 April 2025")) == MISMATCH
    yearless = one("On 6 March , a case was announced")  # no year anywhere: a date, not the number 6
    assert (yearless.type, yearless.low) == ("date", None) and compare(yearless, one("on 6 March 2020")) == UNKNOWN


@pytest.mark.parametrize("text, expected", [
    ("fewer than 10 COVID-19 cases", [("number", 10.0)]),
    ("1565 cases were reported at 15:00", [("number", 1565.0), ("time", 900.0)]),
    ("in 1993 scientists found it", [("date", "1993")]),
    ("the F-16 jets", []),
    # a number starts a word: not the "trillion" of "half-a-trillion", not the "five" of "every-five"
    ("a half-a-trillion dollars we owe", []),
    ("once-in-every-five year downpours", []),
    ("twenty-five percent of voters", [("percent", 25.0)]),
])
def test_names_times_and_year_like_counts(text: str, expected: list[tuple[str, object]]) -> None:
    assert [(v.type, v.value) for v in extract_values(text)] == expected


def test_tokenised_dates_and_seasons() -> None:
    assert one("On September 13 , 2008 , he").low == "2008-09-13"  # " , " as in tokenised corpora
    season = one("during the 2017-18 playoffs")
    assert (season.type, season.low, season.high) == ("date_range", "2017-01-01", "2018-12-31")
    assert [v.type for v in extract_values("from 2011-15 on")] != ["date_range"]  # 15 is not the next year


@pytest.mark.parametrize("claim, fact, outcomes", [
    ("Juice Wrld had released two extended plays.",
     "He released two studio albums, two mixtapes, eight extended plays and 20 singles.", ["mismatch"]),
    ("The song made it to number seven in France.",
     "It also reached number three in France and number seven in New Zealand.", ["mismatch"]),
    ("The tract had less than 50 murders, more than 10 rapes, and less than 100 robberies.",
     "The tract had 6 murders, 25 rapes, and 81 robberies.", ["agree", "agree", "agree"]),
    ("It earned more than $ 40 million in North America.",
     "It grossed $ 44 million in North America and $ 37 million in other territories.", ["agree"]),
])
def test_figures_pair_by_what_they_count(claim: str, fact: str, outcomes: list[str]) -> None:
    from checker.compare import check_values

    checks = check_values(extract_values(claim), extract_values(fact))
    assert [c.outcome for c in checks] == outcomes


def test_non_prefix_flips_polarity() -> None:
    from checker.polarity import opposite_qualifier

    assert opposite_qualifier("It topped the charts for five consecutive weeks.",
                              "It spent five non-consecutive weeks at number one.")
    assert not opposite_qualifier("five non-consecutive weeks", "It spent five non-consecutive weeks at number one.")
    assert not opposite_qualifier("It topped the charts for five weeks.", "It spent five weeks at number one.")


def test_a_lone_figure_is_still_the_one_the_claim_restates() -> None:
    from checker.compare import check_values

    lone = check_values(extract_values("A delegation of 300 members came."),
                        extract_values("About 200 business leaders came."))
    several = check_values(extract_values("The attack killed 50 people."),
                           extract_values("The attack killed 40 civilians and 12 soldiers."))
    assert [c.outcome for c in lone] == ["mismatch"] and [c.outcome for c in several] == ["unknown"]


@pytest.mark.parametrize("text, year", [("the 2020 coronavirus pandemic", "2020"),
                                        ("The year 2026 marks a new start", "2026"),
                                        ("2019 marks the 30th anniversary of the treaty", "2019")])
def test_a_year_before_a_word_ending_in_s_is_still_a_year(text: str, year: str) -> None:
    assert [(v.type, v.value) for v in extract_values(text) if v.type != "ordinal"] == [("date", year)]


def test_clock_times() -> None:
    from checker.compare import check_values

    assert [(v.type, v.value) for v in extract_values("turned off at 8:28 am")] == [("time", 508.0)]
    assert [c.outcome for c in check_values(extract_values("turned off at 8:28 am"),
                                            extract_values("turned off at 8:21 am"))] == ["mismatch"]
    assert [c.outcome for c in check_values(extract_values("at 3:00 pm"), extract_values("at 15:00"))] == ["agree"]


@pytest.mark.parametrize("text, expected", [
    ("The central bank, founded in 1948, has cut rates", [("date", "1948")]),  # a comma ends the year
    ("The party won 300, the most ever", [("number", 300.0)]),
    ("Sales hit 1,200,000 units in 2019", [("number", 1200000.0), ("date", "2019")]),
    ("It may rise, June Carter said", []),  # the modal and a first name are not months
    ("Inflation fell in October", [("date", "2026-10")]),
    ("It has cut rates four times since June", [("number", 4.0), ("date", "2026-06")]),
    ("They met in August 1968", [("date", "1968-08")]),
])
def test_clause_commas_and_months_on_their_own(text: str, expected: list[tuple[str, object]]) -> None:
    assert [(v.type, v.value) for v in extract_values(text, default_year=2026)] == expected


def test_counted_nouns_pair_singular_and_plural() -> None:
    assert one("runners from 150 countries").about == one("runners from 1 country").about == "country"
    assert one("3 cases").about == one("1 case").about == "case"
    assert one("2 classes").about == "class"


def test_a_month_on_its_own_takes_the_publication_year_and_cannot_contradict() -> None:
    october = one("Inflation fell in October", default_year=2026)
    assert (october.type, october.assumed, october.low, october.high) == ("date", "year", "2026-10-01", "2026-10-31")
    assert compare(october, one("on 14 October 2026")) == AGREE
    assert compare(october, one("in October 2025")) == UNKNOWN
    assert compare(one("before March", default_year=2026), one("in April 2026")) == UNKNOWN


@pytest.mark.parametrize("claim, fact, outcome", [
    ("the sea rose 10 feet", "a rise of 58 meters", UNKNOWN),  # different units: no contradiction
    ("the sea rose 10 feet", "a rise of 10 meters", UNKNOWN),  # and no agreement either
    ("warmed by 0.3 degrees", "the 10-year average", UNKNOWN),  # a unit against a bare figure
    ("the sea rose 10 feet", "a rise of 12 feet", MISMATCH),
    ("emitted 26 gigatonnes", "emitted 26 gigatons", AGREE),  # spellings of one unit
    ("300 members", "200 business leaders", MISMATCH),  # counted nouns keep the looser pairing
])
def test_figures_in_different_units_are_not_compared(claim: str, fact: str, outcome: str) -> None:
    assert compare(one(claim), one(fact)) == outcome


@pytest.mark.parametrize("text, expected", [
    ("The song `` 1999 '' was released before 2015 .", ["before 2015"]),
    ("The novel “1984” sold 30 million copies", ["30 million"]),
    ('He said "2 million jobs" were created in 2019', ["2 million", "2019"]),
])
def test_a_number_that_fills_a_quotation_is_a_title(text: str, expected: list[str]) -> None:
    assert [v.text for v in extract_values(text)] == expected


def test_a_weekday_is_the_latest_such_day_up_to_publication_and_cannot_contradict() -> None:
    """Found on a state-visit report: "arrived in Pretoria on Tuesday" had no date at all, so the arrival was
    neither checked nor resolved; news means the last such day (the publication day itself for its weekday)."""
    thursday = date(2026, 6, 18)
    tuesday = one("Mwangi arrived in Pretoria on Tuesday.", today=thursday, default_year=2026)
    assert (tuesday.type, tuesday.value, tuesday.assumed) == ("date", "2026-06-16", "year")
    assert one("Talks ended on Thursday.", today=thursday, default_year=2026).value == "2026-06-18"
    assert one("He spoke on Tuesday, June 9.", today=thursday, default_year=2026).value == "2026-06-09"
    assert extract_values("Mwangi arrived on Tuesday.") == []  # no publication date, no day
    fact = one("Mwangi arrived in Pretoria on 15 June 2026.")
    assert compare(tuesday, fact) != MISMATCH


@pytest.mark.parametrize("text, expected", [
    ("On the Friday the 13th series, Jason Voorhees is the protagonist.", ["13th"]),  # a name, not a day
    ("The case was reported on Friday , March 13 , 2020 .", ["March 13 , 2020"]),  # the written date wins
])
def test_a_weekday_in_a_name_or_before_a_written_date_is_no_date(text: str, expected: list[str]) -> None:
    """VitaminC validation: both were 'not verifiable' by a weekday the evidence did not state."""
    assert [v.text for v in extract_values(text, default_year=2026, today=date(2026, 6, 18))] == expected


def test_a_day_inside_a_span_of_days_confirms_neither_end() -> None:
    """The example's "state visit to China from January 4 to 7" was supported by a fact that the visit began
    on January 4, 2026; a season still contains its days."""
    span = one("a state visit to China from January 4 to 7, 2026")
    assert compare(span, one("the visit beginning on January 4, 2026")) == UNKNOWN
    assert compare(span, one("the visit ended on January 9, 2026")) == MISMATCH
    assert compare(span, one("from January 4 to 7, 2026")) == AGREE
    assert compare(one("in the 2017-18 season"), one("on 3 March 2018")) == AGREE


def test_a_fact_value_one_claim_value_restates_contradicts_no_other() -> None:
    """The claim's 2013 is its report's year; the fact's 1951 and 2010 are the period, which the claim states too."""
    claim = extract_values("In its 5th assessment report in 2013, the IPCC estimated that humans caused more than "
                           "half of the warming from 1951 to 2010.")
    fact = extract_values("According to the IPCC, human influence was the dominant cause of global warming "
                          "between 1951 and 2010.")
    outcomes = {c.claim_value.text: c.outcome for c in check_values(claim, fact)}
    assert outcomes["from 1951 to 2010"] == AGREE and outcomes["2013"] == UNKNOWN
    # a fact value nobody restated still contradicts
    rose = {c.claim_value.text: c.outcome for c in check_values(extract_values("exports rose from 5% to 6%"),
                                                                  extract_values("exports rose from 5% to 7%"))}
    assert rose == {"5%": AGREE, "6%": MISMATCH}
    # without the period in the claim, the year is compared with the period's ends as before
    alone = check_values(extract_values("The IPCC report of 2013"), fact)
    assert [c.outcome for c in alone] == [MISMATCH]


@pytest.mark.parametrize("text, span", [
    ("global warming between 1951 and 2010", ("1951-01-01", "2010-12-31")),
    ("Between 1990 and 1995 the economy shrank", ("1990-01-01", "1995-12-31")),
])
def test_between_two_years_is_one_span(text: str, span: tuple[str, str]) -> None:
    value = one(text)
    assert (value.type, value.low, value.high) == ("date_range", *span)


def test_the_month_of_a_birthday_is_compared_without_the_publication_year() -> None:
    july = one("an Indian cricketer born in July", default_year=2026)
    assert july.assumed == "year"
    assert compare(july, one("Smriti Mandhana (born 18 July 1996) is a cricketer")) == AGREE
    assert compare(one("a cricketer born in June", default_year=2026),
                   one("Smriti Mandhana (born 18 July 1996) is a cricketer")) == MISMATCH
    # another event's date still only agrees or says nothing (its year is the publication's)
    assert compare(one("inflation fell in June", default_year=2026), one("inflation fell on 18 July 1996")) == UNKNOWN


def test_initials_are_not_what_a_figure_counts() -> None:
    assert one("alumni include five U.S. Presidents").about == "president"
    assert one("including zero U.S. Presidents").value == 0
