"""Commentaries on visits and trade: ranks after a figure, "last October", time frames, attributed views.

Each case comes from the three commentaries annotated by hand before the extractor saw them
(tests/gold_commentaries.py); the rules are general, the sentences short.
"""

from datetime import date

import pytest

from checker.claims import apply_worthiness, extract_claims
from checker.kinds import classify
from checker.relative_dates import absolute_dates
from checker.values import extract_values

APRIL, JULY = date(2026, 4, 14), date(2026, 7, 8)


def _claims(text: str, published: date = APRIL) -> list[tuple[str, str, str]]:
    return [(c.text, c.kind, c.standalone or "") for c in extract_claims(text, published=published) if c.checkable]


def test_an_institute_in_the_editors_note_lends_no_bare_name_to_an_adjective() -> None:
    text = ("Editor's note: Liu Qian is a senior research fellow at the Institute of European Studies.\n\n"
            "Chinese carmaker Chery opened its first European factory in Barcelona in 2024.")
    chery = [s for t, _, s in _claims(text) if t.startswith("Chinese carmaker")]
    assert chery == ["Chinese carmaker Chery opened its first European factory in Barcelona in 2024"]


@pytest.mark.parametrize("sentence, rank", [
    ("CATL is building a 4.1-billion-euro battery plant in Aragon, the largest Chinese investment in Spain's history.",
     "the largest Chinese investment in Spain's history"),
    ("Shipments of integrated circuits grew 17.4 percent, the fastest pace among major products.",
     "the fastest pace among major products"),
    ("It is his fourth visit to China in four years, making him the most frequent visitor among EU leaders.",
     "making him the most frequent visitor among EU leaders"),
    ("Spain exported 1.3 million tonnes of pork to China last year, more than any other country.",
     "more than any other country"),
])
def test_a_rank_after_the_last_figure_is_a_claim_of_its_own(sentence: str, rank: str) -> None:
    claims = _claims(sentence)
    assert len(claims) == 2, claims
    text, kind, standalone = claims[1]
    assert text == rank and kind == "ranking"
    # it stands with the figure it ranks, and not with what came before that figure's clause
    assert standalone.startswith(claims[0][2].split(",")[0]) and standalone.endswith(rank)


def test_a_rank_cut_off_a_figure_passes_the_check_worthiness_gate_whatever_its_score() -> None:
    claims = [c for c in extract_claims("Exports grew 17.4 percent, the fastest pace among major products.",
                                        published=APRIL) if c.checkable]
    gated = apply_worthiness(claims, [0.0] * len(claims), threshold=0.62)
    assert [c.checkable for c in gated] == [True, True]


def test_its_highest_ever_only_qualifies_the_figure() -> None:
    claims = _claims("It will also pay a dividend of 1.10 euros per share, its highest ever.")
    assert len(claims) == 1 and claims[0][1] == "ranking"


def test_a_clause_that_ranks_after_the_last_figure_is_cut_at_its_joint() -> None:
    claims = _claims("Spain's unemployment rate, at 10.5 percent, is still the highest in the EU, and Chinese "
                     "tourists spend more per trip than visitors from any other country.")
    assert [(t[:20], k) for t, k, _ in claims] == [("Spain's unemployment", "ranking"),
                                                   ("Chinese tourists spe", "ranking")]


def test_a_general_statement_before_a_colon_is_not_part_of_the_figure_after_it() -> None:
    text = ("Spanish pork, olive oil and wine have become familiar on Chinese dinner tables: Spain exported "
            "1.3 million tonnes of pork to China last year.")
    parts = [c for c in extract_claims(text, published=APRIL) if c.checkable]
    assert [c.text[:14] for c in parts] == ["Spanish pork, ", "Spain exported"]
    assert parts[1].standalone == "Spain exported 1.3 million tonnes of pork to China in 2025"
    assert not parts[0].values  # so the check-worthiness gate judges it alone


@pytest.mark.parametrize("phrase, published, low", [
    ("became prime minister last October", JULY, "2025-10-01"),
    ("resigned last March", JULY, "2026-03-01"),
    ("returns next March", JULY, "2027-03-01"),
    ("opened last July", JULY, "2025-07-01"),  # the month of publication is this one, not the last one
])
def test_last_and_next_month_are_dates_against_the_publication_date(phrase: str, published: date, low: str) -> None:
    dates = [v for v in extract_values(phrase, default_year=published.year, today=published) if v.type == "date"]
    assert [v.low for v in dates] == [low]


@pytest.mark.parametrize("text, resolved", [
    ("his first since Takaichi became prime minister last October", "prime minister in October 2025"),
    ("Since last October prices rose", "Since October 2025 prices rose"),
    ("Last October, the plant closed", "In October 2025, the plant closed"),
])
def test_last_october_is_written_out_in_the_standalone_text(text: str, resolved: str) -> None:
    assert resolved in absolute_dates(text, JULY)


def test_his_first_since_last_october_is_a_claim() -> None:
    claims = _claims("It was Prabowo Subianto's third trip to Japan since he took office in October 2024, and his "
                     "first since Sanae Takaichi became prime minister last October.", JULY)
    assert [k for _, k, _ in claims] == ["number", "duration"]  # a count since a date; a first-since
    assert "in October 2025" in claims[1][2] and claims[1][2].startswith("It was Prabowo Subianto's first")


@pytest.mark.parametrize("sentence, kind", [
    ("Over the past five decades, the relationship has weathered changes and remained stable.", "opinion"),
    ("In the past five years, exports doubled.", "checkable"),  # what happened in the period is checkable
    ("Over the past 12 months, 300 people died.", "checkable"),
    ("But as Sánchez put it on Monday, dialogue is always better than confrontation.", "opinion"),
    ("As the minister put it, exports rose 5 percent last year.", "checkable"),
])
def test_a_time_frame_or_an_attribution_is_not_what_a_sentence_asserts(sentence: str, kind: str) -> None:
    assert classify(sentence, APRIL) == kind


def test_the_two_sides_are_the_two_countries_named_last() -> None:
    text = ("Spanish Prime Minister Pedro Sánchez arrived in Beijing on Monday for a visit to China. "
            "The two sides signed 14 cooperation agreements.")
    # in the order the article first named them ("Spanish" before "China")
    assert [s for t, _, s in _claims(text) if t.startswith("The two")] == ["Spain and China signed 14 cooperation "
                                                                           "agreements"]


@pytest.mark.parametrize("sentence, kind", [
    ("Bilateral trade reached 52.1 billion US dollars in 2025, up 8.7 percent year on year.", "comparison"),
    ("The most concrete result was a 1.4-trillion-yen loan package for the line.", "number"),  # appraises
    ("Pedro Sánchez is the most frequent visitor among EU leaders.", "ranking"),
])
def test_kinds_of_changes_and_ranks(sentence: str, kind: str) -> None:
    assert [k for _, k, _ in _claims(sentence)] == [kind]


@pytest.mark.parametrize("sentence, nested, standalone, main_checked", [
    ("Senegal, which began producing oil in June 2024, is seen by Chinese companies as a promising market.",
     "which began producing oil in June 2024", "Senegal began producing oil in June 2024", False),
    ("Chief executive Maria Lindqvist, who took over in 2022, said demand had doubled since January.",
     "who took over in 2022", "Maria Lindqvist took over in 2022", True),
    ("South Africa's Cyril Ramaphosa, whose country holds the G20 presidency this year, called for a new debt "
     "framework.", "whose country holds the G20 presidency this year",
     "South Africa's Cyril Ramaphosa's country holds the G20 presidency in 2026", True),
])
def test_a_relative_clause_with_a_figure_is_a_claim_of_its_own(sentence: str, nested: str, standalone: str,
                                                               main_checked: bool) -> None:
    claims = extract_claims(sentence, published=date(2026, 11, 20))
    inner = [c for c in claims if c.text == nested]
    assert len(inner) == 1 and inner[0].checkable and inner[0].standalone == standalone
    main = [c for c in claims if c.span[0] == 0]
    assert len(main) == 1 and main[0].checkable is main_checked  # judged without the clause, unless past tense


def test_a_relative_clause_without_a_name_or_a_figure_stays_inside_its_sentence() -> None:
    # (session 9: after the noun a sentence opens with, "The park, which has created …," is a claim of its own;
    # tests/test_report_rules.py)
    for sentence in ("Officials opened the park, which has created more than 5,000 jobs, in 2019.",
                     "Maria Lindqvist, who runs the company, said sales rose 5 percent."):
        claims = [c for c in extract_claims(sentence, published=APRIL) if c.checkable]
        assert len(claims) == 1 and claims[0].span[0] == 0, claims


@pytest.mark.parametrize("sentence, kind", [
    ("I have covered these summits for two decades, and I have rarely seen leaders so eager.", "opinion"),
    ("\"I was born in 1950,\" she said.", "checkable"),  # a quoted "I" is someone's statement
    ("I. M. Pei designed the pyramid in 1989.", "checkable"),  # an initial
    ("Senegal is widely seen by investors as a promising market.", "opinion"),
    ("Cyril Ramaphosa called for a new debt framework.", "checkable"),
])
def test_first_person_appraisals_and_reported_calls(sentence: str, kind: str) -> None:
    assert classify(sentence, APRIL) == kind


def test_half_of_an_earlier_figure_is_a_comparison_of_its_own() -> None:
    claims = _claims("The EU pledged 45 billion euros, half of the 150 billion euros it promised in 2022.")
    assert [(t, k) for t, k, _ in claims][1] == ("half of the 150 billion euros it promised in 2022", "comparison")


def test_a_possessive_s_before_a_full_stop_is_no_initial() -> None:
    from checker.sentences import split_sentences
    text = "Its trade is now more than twice the EU's. Will the money arrive? Mr. Lee met J. Smith."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Its trade is now more than twice the EU's.", "Will the money arrive?", "Mr. Lee met J. Smith."]


@pytest.mark.parametrize("name, code", [("Senegalese", "SEN"), ("Dakar", "SEN"), ("Hungary", "HUN"),
                                        ("Jakarta", "IDN"), ("Qatari", "QAT"), ("Côte d'Ivoire", "CIV")])
def test_the_gazetteer_knows_the_worlds_states(name: str, code: str) -> None:
    from checker.entities import countries_in
    assert countries_in(f"a visit to {name} last week") == frozenset({code})


def test_a_first_name_that_is_also_a_country_stays_a_name() -> None:
    from checker.entities import people_in
    assert "Michael Jordan" in people_in("Michael Jordan won six titles.")


@pytest.mark.parametrize("text, resolved, low, high", [
    ("When leaders met in Lisbon last week, it was the first.", "in the week of 9 November 2026", "2026-11-09",
     "2026-11-15"),
    ("Last week, prices rose.", "In the week of 9 November 2026, prices rose.", "2026-11-09", "2026-11-15"),
    ("Prices rose this month.", "in November 2026", "2026-11-01", "2026-11-30"),
    ("next week's vote", "next week's vote", "2026-11-23", "2026-11-29"),
])
def test_last_week_and_this_month_against_the_publication_date(text: str, resolved: str, low: str, high: str) -> None:
    friday = date(2026, 11, 20)
    assert resolved in absolute_dates(text, friday)
    dates = [v for v in extract_values(text, default_year=2026, today=friday) if v.type in ("date", "date_range")]
    assert [(v.low, v.high, v.assumed) for v in dates] == [(low, high, "year")]  # agrees, never contradicts


@pytest.mark.parametrize("sentence, day", [
    ("Lam will hold talks with President Lee Jae Myung on Tuesday, Lee's office said.", "on Tuesday, 19 May 2026"),
    ("The summit is due to open on Friday.", "on Friday, 22 May 2026"),
    ("He will return to Seoul, his office said on Tuesday.", "on Tuesday, 12 May 2026"),  # the telling is past
    ("Lam arrived in Seoul on Monday.", "on Monday, 18 May 2026"),
])
def test_a_weekday_after_will_is_the_coming_one(sentence: str, day: str) -> None:
    assert day in absolute_dates(sentence, date(2026, 5, 18))


def test_talks_on_the_coming_tuesday_are_a_prediction() -> None:
    text = "Lam, 69, will hold talks with President Lee Jae Myung on Tuesday, Lee's office said in a statement."
    assert [c.kind for c in extract_claims(text, published=date(2026, 5, 18))] == ["prediction"]


def test_a_one_line_paragraph_without_a_full_stop_is_a_headline() -> None:
    text = ("Vietnam's top leader To Lam arrives in Seoul for talks on trade, nuclear power\n\n"
            "To Lam arrived in Seoul on Monday for a three-day state visit.\n\n"
            "- Exports rose 5 percent in 2025 to a record 3.2 trillion yuan")
    assert [c.text for c in extract_claims(text, published=date(2026, 5, 18))] == [
        "To Lam arrived in Seoul on Monday for a three-day state visit",
        "- Exports rose 5 percent in 2025 to a record 3.2 trillion yuan"]


@pytest.mark.parametrize("sentence, parts", [
    ("Spending rose to 94 billion dollars, although that is still below the peak of 131 billion dollars in 2019.",
     ["Spending rose to 94 billion dollars", "although that is still below the peak of 131 billion dollars in 2019"]),
    ("Entries reached 20.1 million in 2025, up 53.9 percent and accounting for 73 percent of all entries.",
     ["Entries reached 20.1 million in 2025, up 53.9 percent", "accounting for 73 percent of all entries"]),
    ("The quake struck on Tuesday, killing at least 214 people and injuring more than 1,500.",
     ["The quake struck on Tuesday", "killing at least 214 people and injuring more than 1,500"]),
])
def test_concessions_and_participles_after_a_figure(sentence: str, parts: list[str]) -> None:
    assert [t for t, _, _ in _claims(sentence)] == parts


def test_a_fact_after_a_colon_in_a_normative_sentence_is_checked() -> None:
    text = ("Other countries should reciprocate, and more flights should be added: international passenger "
            "flights are still only at about 80 percent of 2019 levels.")
    claims = extract_claims(text, published=APRIL)
    assert [(c.checkable, c.kind) for c in claims] == [(False, "normative"), (True, "comparison")]


@pytest.mark.parametrize("sentence, nested, standalone", [
    ("China's visa-free policy, first introduced for six countries in December 2023, now covers 48 countries.",
     "first introduced for six countries in December 2023",
     "China's visa-free policy was first introduced for six countries in December 2023"),
    ("Lam became general secretary in August 2024 after the death of Nguyen Phu Trong, who had led the party "
     "since 2011.", "who had led the party since 2011", "Nguyen Phu Trong had led the party since 2011"),
])
def test_a_participle_after_the_subject_and_a_final_who_clause_are_nested_facts(sentence: str, nested: str,
                                                                               standalone: str) -> None:
    inner = [c for c in extract_claims(sentence, published=APRIL) if c.text == nested]
    assert len(inner) == 1 and inner[0].standalone == standalone


def test_a_final_which_clause_stays_in_its_sentence() -> None:
    text = ("This year marks the 53rd anniversary of diplomatic relations between China and Spain, which were "
            "established in March 1973.")
    assert len([c for c in extract_claims(text, published=APRIL) if c.checkable]) == 1


@pytest.mark.parametrize("sentence, kind", [
    ("Vietnam's top leader To Lam arrived in Seoul on Monday.", "date"),  # a title ranks nothing
    ("Ekdahl said in a speech last week that the bank was in no hurry.", "quote"),  # the week is the telling's
    ("International flights are still only at about 80 percent of 2019 levels.", "comparison"),
])
def test_titles_tellings_and_levels(sentence: str, kind: str) -> None:
    assert [k for _, k, _ in _claims(sentence, date(2026, 5, 18))] == [kind]


@pytest.mark.parametrize("sentence, kind", [
    ('"Africa does not need lectures; it needs roads, ports and power plants," Faye told students on Friday.',
     "opinion"),
    ('"Korea is not only an investor but a partner," Lam said in an interview published on Sunday.', "opinion"),
    ('"We will finish the line by 2029," the minister said.', "prediction"),
    ('"We shipped 2 million units," she said on Tuesday.', "checkable"),  # the quote states a figure
    ('"We did not come for aid," said Mwangi, who brought some 600 executives.', "checkable"),  # so does the rest
])
def test_a_quote_opening_a_sentence_is_judged_by_what_it_says(sentence: str, kind: str) -> None:
    assert classify(sentence, APRIL) == kind
