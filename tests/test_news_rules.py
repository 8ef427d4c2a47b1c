"""A visit commentary, a weather record, a film prize and a rail strike: the rules their first run called for.

Each case comes from the four articles annotated by hand before the extractor saw them (tests/gold_news.py); the
rules are general, the sentences short.
"""

from datetime import date

import pytest

from checker.claims import extract_claims
from checker.kinds import classify

MAY = date(2026, 5, 24)


def _parts(text: str) -> list[tuple[str, str, str]]:
    return [(c.text, c.kind, c.standalone or "") for c in extract_claims(text, published=MAY) if c.checkable]


def test_what_a_strike_stopped_and_its_count_are_parts_of_their_own() -> None:
    parts = _parts("Drivers began a 48-hour strike on Wednesday, halting about 80 percent of services, in their third "
                   "walkout since January.")
    assert [text for text, _, _ in parts] == ["Drivers began a 48-hour strike on Wednesday",
                                              "halting about 80 percent of services",
                                              "in their third walkout since January"]
    assert parts[1][2].startswith("Drivers began a 48-hour strike on Wednesday")


def test_how_a_record_was_set_stays_with_it() -> None:
    parts = _parts("Erik Hansen broke the world record on Friday, clocking 3 minutes 24.81 seconds.")
    assert len(parts) == 1 and parts[0][0].endswith("24.81 seconds")


@pytest.mark.parametrize("sentence, second, standalone", [
    ("He earned 50,000 euros for the win and a further 30,000 euros in time bonuses.",
     "a further 30,000 euros in time bonuses", "He earned a further 30,000 euros in time bonuses"),
    ("The GDL union, which represents around 40,000 rail workers, is demanding a 9 percent pay rise over 12 months "
     "and a cut in the working week from 38 to 35 hours.",
     "a cut in the working week from 38 to 35 hours",
     "The GDL union is demanding a cut in the working week from 38 to 35 hours"),
])
def test_a_second_object_takes_the_subject_and_verb_of_the_first(sentence: str, second: str,
                                                                 standalone: str) -> None:
    owner = [(text, st) for text, _, st in _parts(sentence) if text == second]
    assert owner and owner[0][1] == standalone


def test_a_second_object_with_nothing_to_stand_on_stays_with_its_clause() -> None:
    parts = _parts("At 2,110 metres, it is among the longest spans in Europe and a landmark of 40 years of planning.")
    assert len(parts) == 1


def test_an_elliptical_rank_without_a_lead_in_is_still_a_part() -> None:
    parts = _parts("At 2,110 metres, the bridge's main span is the longest in the Nordic countries and the ninth "
                   "longest in the world.")
    assert [text for text, _, _ in parts][-1] == "the ninth longest in the world"


@pytest.mark.parametrize("sentence, second, standalone", [
    ('Her previous film, "Salt", was banned in Iran and earned 3.2 million dollars abroad.',
     "earned 3.2 million dollars abroad", 'Her previous film, "Salt", earned 3.2 million dollars abroad'),
    ("The judge barred Dufour from office for ten years and ordered him to repay the full amount.",
     "ordered him to repay the full amount", "The judge ordered"),
])
def test_a_second_verb_before_the_first_figure_or_after_the_last_is_a_part(sentence: str, second: str,
                                                                            standalone: str) -> None:
    claims = {c.text: c.standalone or "" for c in extract_claims(sentence, published=MAY)}
    assert second in claims and claims[second].startswith(standalone)


def test_no_cut_when_the_subjects_verb_is_not_known() -> None:
    parts = _parts("Maryam Ahmadi shot the film in secret over 38 days in 2025 and smuggled the footage out.")
    assert len(parts) == 1


@pytest.mark.parametrize("sentence, kind", [
    ("Few films this year were braver.", "opinion"),
    ("Fewer were as beautifully made.", "opinion"),
    ("No other airport was busier than Heathrow in 2019.", "checkable"),  # against something named
    ("She was not allowed to leave the country.", "checkable"),
    ("The two leaders agreed to raise the number of flights and signed an agreement on minerals.", "checkable"),
    ("The jury also gave its Grand Prix to Joachim Trier.", "checkable"),
    ("They have a point.", "opinion"),
])
def test_appraisals_and_past_events_of_someone_named_before(sentence: str, kind: str) -> None:
    assert classify(sentence, MAY) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("Leaders announced a target of 10 trillion yen, double the previous goal set in 2022.", "comparison"),
    ("Istanbul Airport opened in October 2018 and replaced Ataturk Airport as the city's main hub the following "
     "April.", "date"),
    ("She held talks with the prime minister the next day.", "date"),
])
def test_kind_of_doubling_and_of_a_date_told_from_another(sentence: str, kind: str) -> None:
    assert extract_claims(sentence, published=MAY)[-1].kind == kind


# The second batch (tests/gold_news.py: Australia–China, a lunar landing, A levels, Japan's visitors)

def test_a_period_looked_back_over_with_those_is_no_figure() -> None:
    assert classify("Over those five decades, the two economies have become deeply intertwined.", MAY) == "opinion"


def test_a_second_verb_after_a_cut_off_clause_stays_in_it() -> None:
    parts = _parts("Relations hit a low in 2020, when Beijing imposed tariffs of up to 218 percent on wine and "
                   "restricted imports of barley.")
    assert parts[-1][0].endswith("restricted imports of barley")


@pytest.mark.parametrize("sentence, kind", [
    ("But steady dialogue is the only sensible path for two countries whose futures are linked.", "opinion"),
    ("Some residents complain that overtourism is making daily life harder, and cities have raised taxes.",
     "opinion"),
])
def test_recommendations_and_complaints_are_views(sentence: str, kind: str) -> None:
    assert classify(sentence, MAY) == kind


def test_a_title_is_no_part_of_the_name_a_bare_family_name_resolves_to() -> None:
    claims = extract_claims("Chinese Premier Li Qiang arrived in Canberra on Saturday, the first by a Chinese premier "
                            "since Li Keqiang's trip in March 2017. Li also visited a lithium plant in Kwinana, "
                            "which is owned by a company worth 2 billion dollars.", published=MAY)
    assert claims[-1].standalone.startswith("Li Qiang also visited")


def test_an_agreement_is_none_of_the_two_leaders() -> None:
    claims = extract_claims("Mexican President Claudia Sheinbaum met Prime Minister Mark Carney on Monday. The "
                            "North American Free Trade Agreement came into force in 1994. The two leaders signed "
                            "five agreements.", published=MAY)
    assert "Claudia Sheinbaum and Mark Carney signed" in (claims[-1].standalone or "")


@pytest.mark.parametrize("text, sentences", [
    ("The probe landed at 9:42 a.m. Tokyo time, JAXA said. It came down near its target.", 2),
    ("It landed at 6 p.m. local time on Friday.", 1),
    ("The shops open at 9 a.m. The museum opens later.", 2),
])
def test_a_clock_time_ends_a_sentence_only_before_a_new_one(text: str, sentences: int) -> None:
    from checker.sentences import split_sentences
    assert len(split_sentences(text)) == sentences


def test_an_expected_run_from_now_is_a_forecast() -> None:
    assert not _parts("The probe is expected to operate for at least two weeks, until the lunar night falls.")


@pytest.mark.parametrize("sentence, kind", [
    ("JAXA said the mission cost about 18 billion yen, less than a third of the budget of a NASA mission.",
     "comparison"),
    ("Kenyan exports account for less than a fifth of the total.", "number"),  # a share, not a comparison
    ("Universities took 4,000 fewer overseas students than a year earlier.", "comparison"),
])
def test_more_comparisons_spelled_out(sentence: str, kind: str) -> None:
    assert extract_claims(sentence, published=MAY)[0].kind == kind


@pytest.mark.parametrize("sentence, last", [
    ("Girls outperformed boys at the top grades, but the gap narrowed to 0.9 percentage points.",
     "the gap narrowed to 0.9 percentage points"),
    ("The yen traded at around 155 to the dollar on Wednesday, near its weakest level since 1990.",
     "near its weakest level since 1990"),
    ("The probe landed at 9:42 a.m. Tokyo time, about 4.5 months after it was launched in July.",
     "about 4.5 months after it was launched in July"),
])
def test_more_parts_of_their_own(sentence: str, last: str) -> None:
    assert [c.text for c in extract_claims(sentence, published=MAY)][-1] == last


@pytest.mark.parametrize("sentence, dated", [
    ("Around 281,000 students sat the exams this summer.", "in the summer of 2026"),
    ("In the first ten months of the year, 37.5 million people visited Japan.", "first ten months of 2026"),
    ("Prices rose 3 percent last summer.", "in the summer of 2025"),  # in May, last summer was 2025's
])
def test_seasons_and_parts_of_the_year_are_dated(sentence: str, dated: str) -> None:
    assert dated in (extract_claims(sentence, published=MAY)[0].standalone or "")


@pytest.mark.parametrize("sentence, kind", [
    ("The probe landed at 9:42 a.m. Tokyo time.", "date"),  # a clock time says when
    ("The landing was Japan's second successful touchdown on the moon.", "number"),  # how many times it did it
    ("Canada is Mexico's second-largest trading partner.", "ranking"),
    ("The United States remains the only one to have sent astronauts there, most recently in December 1972.",
     "ranking"),
    ("It was Bukayo Saka's 27th goal of the season, a club record for a winger.", "ranking"),
])
def test_kinds_of_the_second_batch(sentence: str, kind: str) -> None:
    assert extract_claims(sentence, published=MAY)[0].kind == kind


# The third batch (tests/gold_news.py: Chile–China, London knife crime, telecom job cuts, Portugal's run-off)

@pytest.mark.parametrize("sentence, rank", [
    ("Tianqi Lithium holds a 22 percent stake in SQM, the world's second-largest lithium producer.",
     "the world's second-largest lithium producer"),
    ("Telora, the Nordic region's biggest telecom operator, said on Tuesday it would cut 4,000 jobs.",
     "the Nordic region's biggest telecom operator"),
])
def test_a_rank_on_someones_scale_is_a_claim_of_its_own(sentence: str, rank: str) -> None:
    assert rank in [c.text for c in extract_claims(sentence, published=MAY) if c.checkable]


def test_a_rank_after_a_company_stands_as_what_the_company_is() -> None:
    claims = extract_claims("Telora, the Nordic region's biggest telecom operator, said it would cut 4,000 jobs.",
                            published=MAY)
    assert "Telora is the Nordic region's biggest telecom operator" in [c.standalone for c in claims]


@pytest.mark.parametrize("sentence, second, standalone", [
    ("The force recruited 1,800 officers last year but remains about 1,400 short of its target of 35,000.",
     "remains about 1,400 short of its target of 35,000", "The force remains about 1,400 short"),
    ("It reported revenue of 21.4 billion crowns and cut its dividend to 1.20 crowns a share from 2 crowns.",
     "cut its dividend to 1.20 crowns a share from 2 crowns", "It cut its dividend"),
])
def test_but_and_a_past_spelt_as_its_present_make_a_second_verb(sentence: str, second: str,
                                                                 standalone: str) -> None:
    claims = {c.text: c.standalone or "" for c in extract_claims(sentence, published=MAY)}
    assert second in claims and claims[second].startswith(standalone)


@pytest.mark.parametrize("sentence, kind", [
    ("Chile was the first South American country to establish relations with China, in December 1970.", "ranking"),
    ("Its budget for the next financial year is 3.6 billion pounds, 4 percent more than this year.", "comparison"),
    ("It is the third round of job cuts at Telora since 2022.", "number"),
])
def test_kinds_of_the_third_batch(sentence: str, kind: str) -> None:
    assert extract_claims(sentence, published=MAY)[0].kind == kind


@pytest.mark.parametrize("sentence, kind", [
    ("Analysts said the result would strengthen the minority government.", "prediction"),
    ("Its leader, Tom Bakker, conceded defeat shortly after midnight and said he would step down.", "checkable"),
])
def test_reported_speech_about_what_will_come(sentence: str, kind: str) -> None:
    assert classify(sentence, MAY) == kind


def test_two_family_names_joined_by_e_are_one() -> None:
    claims = extract_claims("Henrique Gouveia e Melo won the run-off with 56.3 percent of the vote. He has never held "
                            "elected office since 2001.", published=MAY)
    assert claims[-1].standalone.startswith("Henrique Gouveia e Melo has never")


def test_a_pair_after_between_ends_at_its_own_and() -> None:
    claims = [c.text for c in extract_claims("That was 2.4 degrees above the average between 1991 and 2020 and beat "
                                             "the previous record, set in July 2022, by 0.4 degrees.", published=MAY)]
    assert claims[-1] == "beat the previous record, set in July 2022, by 0.4 degrees"
    assert extract_claims("It beat the previous record, set in July 2022, by 0.4 degrees.",
                          published=MAY)[0].kind == "comparison"


# The fourth batch (tests/gold_news.py: Uzbekistan–China, Australian wheat, a tennis final, NHS waiting lists)

@pytest.mark.parametrize("sentence, last", [
    ("Xi Jinping held talks with Shavkat Mirziyoyev on Wednesday, the two leaders' third meeting in less than a "
     "year.", "the two leaders' third meeting in less than a year"),
    ("Trade between China and Uzbekistan rose 24 percent to 13.8 billion dollars last year, making China "
     "Uzbekistan's largest trading partner.", "making China Uzbekistan's largest trading partner"),
])
def test_ranks_and_counts_on_a_plural_or_named_scale_are_parts(sentence: str, last: str) -> None:
    assert [c.text for c in extract_claims(sentence, published=MAY)][-1] == last


def test_one_more_than_a_rival_compares() -> None:
    claims = extract_claims("The Italian has now won six Grand Slam titles, one more than his Spanish rival.",
                            published=MAY)
    assert claims[0].kind == "comparison"


@pytest.mark.parametrize("sentence, kind", [
    ("Hospital leaders warned that a strike by resident doctors planned for later this month could reverse the "
     "progress.", "prediction"),
    ("Hospital leaders warned that waiting times rose 12 percent in May.", "checkable"),  # what happened, warned of
])
def test_a_warning_of_what_could_come_is_a_prediction(sentence: str, kind: str) -> None:
    assert classify(sentence, MAY) == kind


# The fifth batch (tests/gold_news.py: France–Vietnam, Norway's rate decision, Bristol's budget, Swiss glaciers)

def test_a_count_over_a_period_set_off_after_a_clause_is_a_part() -> None:
    claims = [c.text for c in extract_claims("It comes only four months after To Lam visited Paris in June, two "
                                             "high-level exchanges within a span of just four months.",
                                             published=MAY)]
    assert claims[-1] == "two high-level exchanges within a span of just four months"


@pytest.mark.parametrize("sentence, last", [
    ("Core inflation eased to 2.9 percent in November, but remains above the bank's 2 percent target.",
     "remains above the bank's 2 percent target"),
    ("Glaciers have shrunk by about 40 percent since 2000, and more than 1,000 small glaciers have disappeared.",
     "more than 1,000 small glaciers have disappeared"),
])
def test_more_second_clauses(sentence: str, last: str) -> None:
    assert [c.text for c in extract_claims(sentence, published=MAY)][-1] == last


@pytest.mark.parametrize("sentence, kind", [
    ("The Norwegian crown weakened 0.6 percent against the euro.", "comparison"),
    ("It has lost about 4 percent against the euro this year.", "comparison"),
    ("Emperor penguins lost an estimated 7,000 chicks in 2023.", "number"),  # things lost are counted
    ("Arsenal lost the 2006 final to Barcelona in Paris.", "date"),
    ("In June the bank lowered borrowing costs for the first time since 2020.", "duration"),
    ("Inflation remains above the bank's 2 percent target.", "comparison"),
])
def test_kinds_of_the_fifth_batch(sentence: str, kind: str) -> None:
    assert extract_claims(sentence, published=MAY)[0].kind == kind
