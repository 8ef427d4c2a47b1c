from datetime import date

import pytest

from checker.claims import extract_claims
from checker.sentences import split_sentences

PUBLISHED = date(2026, 1, 4)


def test_sentence_spans_are_exact() -> None:
    text = "Mr. Lee arrived on Jan. 4.  He met Xi Jinping.\n\nA heading\nThe U.S. said nothing?"
    pieces = [text[s:e] for s, e in split_sentences(text)]
    assert pieces == ["Mr. Lee arrived on Jan. 4.", "He met Xi Jinping.", "A heading", "The U.S. said nothing?"]


def test_a_blank_line_ends_a_sentence_after_any_dot() -> None:
    """Found on a space article: "… 692,000 km/h.", a paragraph break, "The probe …" was read as one sentence."""
    text = "It was travelling at about 692,000 km/h.\n\nThe probe was launched in 2018. Gen.\n\nLee spoke."
    pieces = [text[s:e] for s, e in split_sentences(text)]
    assert pieces == ["It was travelling at about 692,000 km/h.", "The probe was launched in 2018.", "Gen.",
                      "Lee spoke."]
    speeds = "Speeds of 60 km/h. Then it slowed."
    assert [speeds[s:e] for s, e in split_sentences(speeds)] == ["Speeds of 60 km/h.", "Then it slowed."]


@pytest.mark.parametrize("phrase,kind,relation", [
    ("over six years", "duration", "first_in"),
    ("33 years", "duration", "since"),
    ("200 members", "number", None),
    ("150th anniversary", "anniversary", "anniversary"),
    ("80th anniversary", "anniversary", "anniversary"),
    ("January 4 to 7", "date", None),
])
def test_example_claims_found_with_spans(example_text: str, phrase: str, kind: str, relation: str | None) -> None:
    claims = [c for c in extract_claims(example_text, published=PUBLISHED) if c.checkable]
    start = example_text.index(phrase)
    owner = [c for c in claims if c.span[0] <= start < c.span[1]]
    assert len(owner) == 1, f"{phrase!r} is in {len(owner)} claims"
    claim = owner[0]
    assert example_text[claim.span[0]:claim.span[1]] == claim.text
    assert (claim.kind, claim.relation) == (kind, relation)
    assert any(example_text[v.span[0]:v.span[1]] in phrase or phrase in example_text[v.span[0]:v.span[1]]
               for v in claim.values)


@pytest.mark.parametrize("opinion", [
    "This fully reflects the strong desire",
    "China and the ROK should jointly send a clear message",
    "Lee's visit to China transcends history and reality.",
    "It is necessary for Beijing and Seoul",
    "The expected meeting between Lee and Chinese President Xi Jinping will be the highlight",
])
def test_opinions_predictions_normative_give_no_claim(example_text: str, opinion: str) -> None:
    start = example_text.index(opinion)
    for claim in extract_claims(example_text, published=PUBLISHED):
        if claim.span[0] <= start < claim.span[1]:
            assert not claim.checkable
            assert claim.kind in {"opinion", "prediction", "normative"}


def test_compound_sentence_gives_two_claims(example_text: str) -> None:
    claims = extract_claims(example_text, published=PUBLISHED)
    six = next(c for c in claims if "over six years" in c.text)
    two = next(c for c in claims if "two months" in c.text)
    assert six is not two and six.span[1] <= two.span[0]
    kim = next(c for c in claims if "150th" in c.text)
    shanghai = next(c for c in claims if "100th" in c.text)
    assert kim is not shanghai
    assert shanghai.standalone and shanghai.standalone.startswith("The year 2026 marks")


def test_question_is_not_checkable() -> None:
    (claim,) = extract_claims("Did 200 people attend the summit in 2019?")
    assert (claim.checkable, claim.kind) == (False, "question")


def test_pronoun_resolved_in_standalone() -> None:
    text = "Lee Jae Myung arrived in Beijing on January 4, 2026. A delegation of 200 members accompanied him."
    claim = extract_claims(text, published=PUBLISHED)[1]
    assert claim.text.endswith("accompanied him")
    assert claim.standalone and "Lee Jae Myung" in claim.standalone


def test_pronoun_means_the_person_named_before_it_in_the_same_sentence() -> None:
    text = ("The finance minister, Anna Berg, presented the budget on 3 November 2026. "
            "Its governor, Lars Nyman, said he cut rates four times in 2026. Berg said the budget grew by 4 percent.")
    governor, berg = extract_claims(text, published=date(2026, 11, 20))[1:3]
    assert governor.standalone == "Its governor, Lars Nyman, said Lars Nyman cut rates four times in 2026"
    assert berg.standalone and berg.standalone.startswith("Anna Berg said")  # a surname can be the last word


@pytest.mark.parametrize("sentence, checkable", [
    ("Analysts expect a close race in 2028.", False),
    ("The minister said the plan would cut the deficit to 2.1 percent by the end of next year.", False),
    ("The bridge, which opened in 1990, will close in 2030.", True),  # something already happened (a claim of its own)
    ("The bank expects inflation of 2 percent.", True),  # no date after publication to wait for
    ("Bookmakers make him the favourite for next year's world championships.", False),  # no future tense, still
    ("The championships, first held in 1983, return to Tokyo in 2027.", True),
    ("The 2027 budget includes 14 billion kronor for job training.", True),  # a fact about a later year
])
def test_forecasts_about_dates_after_publication_are_predictions(sentence: str, checkable: bool) -> None:
    claims = extract_claims(sentence, published=date(2026, 11, 20))
    assert any(c.checkable for c in claims) is checkable and (checkable or claims[0].kind == "prediction")


def test_a_forecast_around_a_nested_fact_is_checked_for_the_fact_only() -> None:
    """"The bridge, which opened in 1990, will close in 2030": the opening is checked, the closing waits."""
    rest, opened = extract_claims("The bridge, which opened in 1990, will close in 2030.", published=date(2026, 11, 20))
    assert (rest.checkable, rest.kind) == (False, "prediction")
    assert opened.checkable and opened.standalone == "The bridge opened in 1990"


def test_a_pronoun_in_a_new_sentence_means_the_last_subject_not_the_last_name() -> None:
    text = ("Grace Wanjiru won the Berlin Marathon in 2026. Wanjiru, 29, finished two minutes ahead of Tigist Alemu. "
            "She had won the race three times before.")
    last = extract_claims(text, published=date(2026, 9, 28))[-1]
    assert last.standalone == "Grace Wanjiru had won the race three times before"


def test_the_company_means_the_company_named_last() -> None:
    text = ("Taiwan Semiconductor Manufacturing Co. reported net income of $10.1 billion in 2025, the company said. "
            "The company was founded in 1987 by Morris Chang. Acme Holdings said the firm had 300 staff in 2024.")
    first, founded, acme = extract_claims(text, published=date(2025, 10, 17))
    assert first.standalone == first.text  # already named in the claim: left as written
    assert founded.standalone == "Taiwan Semiconductor Manufacturing Co. was founded in 1987 by Morris Chang"
    assert acme.standalone == acme.text  # "Acme Holdings said the firm …", not TSMC


@pytest.mark.parametrize("sentence, standalone", [
    ("Her party won 83 seats in 2026.", "Maria Lopez's party won 83 seats in 2026"),
    ("A delegation of 200 members accompanied her in 2026.",
     "A delegation of 200 members accompanied Maria Lopez in 2026"),
    ("In 2026, 40 people met her.", "In 2026, 40 people met Maria Lopez"),
])
def test_her_is_possessive_only_before_a_noun(sentence: str, standalone: str) -> None:
    text = "President Maria Lopez won re-election in 2026. " + sentence
    assert extract_claims(text, published=date(2026, 3, 2))[-1].standalone == standalone


@pytest.mark.parametrize("sentence, parts", [
    ("Food prices rose 3.4 percent in 2025, while energy costs fell 6.2 percent.",
     ["Food prices rose 3.4 percent in 2025", "energy costs fell 6.2 percent"]),
    ("Real wages have risen for six quarters, but they remain 5 percent below their 2021 peak.",
     ["Real wages have risen for six quarters", "they remain 5 percent below their 2021 peak"]),
    ("Pacemakers reached 800 metres in 1:48.9, and Hansen ran the last lap in 53.2 seconds.",
     ["Pacemakers reached 800 metres in 1:48.9", "Hansen ran the last lap in 53.2 seconds"]),
    ("Trade grew 14 percent in 2025 and exports rose in 2024.",
     ["Trade grew 14 percent in 2025 and exports rose in 2024"]),  # no comma, no determiner: not cut
])
def test_clauses_joined_by_while_but_or_and_a_new_subject_are_separate_claims(sentence: str, parts: list[str]) -> None:
    """Found on an economy report: "Food prices rose 3.4 percent over the year, while energy costs fell 6.2
    percent" was one claim, so a wrong second figure hid behind a right first one."""
    claims = extract_claims(sentence, published=date(2026, 11, 12))
    assert [c.text for c in claims] == parts
    assert all(sentence[c.span[0]:c.span[1]] == c.text for c in claims)


def test_a_later_part_with_its_own_verb_gets_no_lead_in() -> None:
    """"Attendance was 46,000, a sell-out, and the meeting was broadcast ..." read as "Attendance was the
    meeting was broadcast ..." once split; a verbless part still takes the lead-in of the first."""
    text = ("Attendance was 46,000, a sell-out, and the meeting was broadcast in more than 150 countries. "
            "Hansen lowered the two-mile best in August 2025 and the mile record in February 2026. "
            "Since 2024 they have run 150 kilometres a week, and they now spend two months a year in Kenya.")
    claims = extract_claims(text, published=date(2026, 9, 12))
    assert [c.standalone for c in claims[1::2]] == ["the meeting was broadcast in more than 150 countries",
                                                   "Hansen lowered the mile record in February 2026",
                                                   "they now spend two months a year in Kenya"]


@pytest.mark.parametrize("sentence, second, kind", [
    ("Youth unemployment stood at 23.7 percent, the second highest rate among the 27 members of the EU.",
     "the second highest rate among the 27 members of the EU", "ranking"),
    ("President David Mwangi arrived in Pretoria on 16 June 2026 for a state visit, the first by a Kenyan head "
     "of state to South Africa in 11 years.", "the first by a Kenyan head of state to South Africa in 11 years",
     "duration"),
    ("President David Mwangi arrived in Pretoria on Tuesday for a state visit, the first by a Kenyan head "
     "of state to South Africa in 11 years.", "the first by a Kenyan head of state to South Africa in 11 years",
     "duration"),  # nothing to check before the comma but a clause with a verb
])
def test_an_appositive_rank_or_first_since_is_its_own_claim(sentence: str, second: str, kind: str) -> None:
    """", the first by a Kenyan head of state to South Africa in 11 years" asks for its own arithmetic; it
    stands alone with the clause it describes."""
    first, appositive = extract_claims(sentence, published=date(2026, 6, 18))
    assert appositive.text == second and appositive.kind == kind
    assert appositive.standalone == sentence.rstrip(".").replace("on Tuesday", "on Tuesday, 16 June 2026")
    assert first.text == sentence[:sentence.index(", " + second)]


@pytest.mark.parametrize("sentence, kind", [
    ("Core inflation eased to 2.8 percent in October.", "comparison"),
    ("Bilateral trade reached $1.9 billion in 2025, up 14 percent from 2024.", "comparison"),
    ("Organisers said ticket sales had doubled since 2022.", "comparison"),
    ("GDP grew by 0.4 percent in the third quarter compared with the second.", "comparison"),
    ("Sweden's economy is the largest in the Nordic region.", "ranking"),  # ', with output …' stands alone
    ("Kiprop finished second in 3:26.40 in Brussels.", "ranking"),
    ("He was the youngest person ever elected president of Kenya when he won in August 2022.", "ranking"),
    ("It was the lowest annual rate since March 2023.", "duration"),
    ("It was the lowest level in more than a decade.", "duration"),
    ("She said the government had set aside 14 billion kronor in 2026.", "number"),
    ("In 2015 a dispute over landing rights froze relations for almost two years.", "duration"),
    ("Hansen missed most of 2023 with a stress fracture.", "date"),
    ("Real wages remain roughly 5 percent below their 2021 peak.", "comparison"),
])
def test_claim_kinds_for_changes_ranks_records_and_figures(sentence: str, kind: str) -> None:
    """Found on an economy report: "eased to 2.8 percent", "up 14 percent from 2024" and "the largest in the
    Nordic region" came out as plain numbers or dates, and "14 billion kronor ... in 2026" as a date."""
    (claim,) = extract_claims(sentence, published=date(2026, 11, 12))
    assert claim.kind == kind


@pytest.mark.parametrize("sentence, checkable", [
    ("Such frequent contact would have been unthinkable a decade ago.", False),
    ("Few would have predicted, ten years ago, that the record would fall three times in one decade.", False),
    ("His coach believes he can run 3:22 before he turns 26.", False),
    ("If the past two days are any guide, ties have entered their best phase since the mid-1990s.", False),
    ("If confirmed, the figure of 4.1 percent would be the highest since 2008.", False),
    ("He said he would have won the 2019 race without the injury.", True),  # what was said can be checked
])
def test_counterfactuals_and_beliefs_about_ability_are_not_checked(sentence: str, checkable: bool) -> None:
    """Found on a commentary: "would have been unthinkable a decade ago" was sent for checking because of its
    "a decade"; a guess about what someone could have done or can do is no fact."""
    (claim, *_) = extract_claims(sentence, published=date(2026, 9, 12))
    assert claim.checkable is checkable


@pytest.mark.parametrize("sentence, claim", [
    ("Rents in the capital have climbed 40 percent over the past decade, and a budget built on optimism would "
     "be a mistake.", "Rents in the capital have climbed 40 percent over the past decade"),
    ("Bookmakers make him the favourite for next year's title, and his coach believes he can run 3:22.", None),
    ("The government should act now; unemployment rose to 8.9 percent in October.",
     "unemployment rose to 8.9 percent in October"),
])
def test_the_factual_clause_of_an_opinion_or_forecast_is_still_checked(sentence: str, claim: str | None) -> None:
    """Found on an economy report: "Rents ... have climbed ..., and a budget built on optimism would be a
    mistake" was one prediction, so the rise in rents was never checked."""
    claims = extract_claims(sentence, published=date(2026, 11, 12))
    assert [c.text for c in claims if c.checkable] == ([claim] if claim else [])
    assert any(not c.checkable for c in claims)


def test_a_decade_written_in_digits_is_no_initial() -> None:
    """Found on a commentary: "... since the mid-1990s. The next test ..." was one sentence: the "s" of
    "1990s" was taken for an initial like the "J." of "J. Smith"."""
    text = "Ties are the best since the mid-1990s. The next test comes in 2027. Talks with J. Smith began."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Ties are the best since the mid-1990s.", "The next test comes in 2027.", "Talks with J. Smith began."]


def test_names_with_accents_and_two_word_countries() -> None:
    """Found on an economy report: "Finance Minister Elisabeth Svärd" was the person "Elisabeth Sv", and
    "Statistics Sweden" a person whose surname "Sweden" then turned "Sweden's economy" into "Statistics
    Sweden's economy"."""
    from checker.entities import countries_in, people_in
    assert people_in("Finance Minister Elisabeth Svärd met Łukasz Nowak") == {"Elisabeth Svärd", "Łukasz Nowak"}
    assert people_in("Statistics Sweden and New Zealand officials met in South Africa") == frozenset()
    assert countries_in("Kenyan President David Mwangi arrived in Pretoria") == {"KEN", "ZAF"}
    text = ("Statistics Sweden said on 3 November 2026 that Finance Minister Elisabeth Svärd cut taxes. "
            "She said Sweden's economy grew 1.1 percent in 2025.")
    assert extract_claims(text, published=date(2026, 11, 12))[-1].standalone == \
        "Elisabeth Svärd said Sweden's economy grew 1.1 percent in 2025"


def test_a_surname_two_people_share_means_the_one_named_first() -> None:
    """Found on a sports report: after "Erik Hansen" and his father "Lars Hansen", "Hansen ran his last lap"
    became "Erik Hansen ran Lars Erik Hansen's last lap"."""
    text = ("Erik Hansen won the 1,500 metres in 2026. His father, Lars Hansen, coached him from 2019. "
            "Hansen ran his last lap in 53.2 seconds.")
    last = extract_claims(text, published=date(2026, 9, 12))[-1]
    assert last.standalone == "Erik Hansen ran Erik Hansen's last lap in 53.2 seconds"


@pytest.mark.parametrize("sentence, standalone", [
    ("Mwangi arrived in Pretoria on Tuesday for a visit.",
     "Mwangi arrived in Pretoria on Tuesday, 16 June 2026 for a visit"),
    ("He won in Brussels on Friday night, clocking 3:24.81.",
     "He won in Brussels on Friday night, 12 June 2026, clocking 3:24.81"),
    ("Talks began on Thursday, June 11, in Nairobi.", "Talks began on Thursday, June 11, in Nairobi"),  # already dated
    ("Trade reached $1.9 billion last year.", "Trade reached $1.9 billion in 2025"),
    ("Sales have risen 5 percent since last year.", "Sales have risen 5 percent since 2025"),
    ("This year marks the 30th anniversary of ties.", "The year 2026 marks the 30th anniversary of ties"),
    ("She said it set aside 14 billion kronor in next year's budget.",
     "She said it set aside 14 billion kronor in the 2027 budget"),
    ("Prices fell 2 percent last month.", "Prices fell 2 percent in May 2026"),
    ("Prices fell 2 percent yesterday.", "Prices fell 2 percent on 17 June 2026"),
])
def test_relative_dates_are_absolute_in_standalone(sentence: str, standalone: str) -> None:
    """Found on a state-visit report: "arrived in Pretoria on Tuesday" and "trade reached $1.9 billion last
    year" were sent to retrieval as written, so facts dated 16 June 2026 or 2025 could not be told apart from
    any other Tuesday or year; the page still shows the words as written."""
    (claim, *_) = extract_claims(sentence, published=date(2026, 6, 18))  # a Thursday
    assert claim.text == sentence.rstrip(".")
    assert claim.standalone == standalone


def test_the_two_countries_are_the_two_named_last() -> None:
    """Found on a state-visit commentary: "the 30th anniversary of diplomatic relations between the two
    countries" reached retrieval without saying which two."""
    text = ("Kenyan President David Mwangi arrived in Pretoria on 16 June 2026. He met South Africa's president. "
            "This year marks the 30th anniversary of relations between the two countries. "
            "Both countries signed nine agreements in 2026.")
    *_, anniversary, signed = extract_claims(text, published=date(2026, 6, 18))
    assert anniversary.standalone == "The year 2026 marks the 30th anniversary of relations between Kenya and " \
                                     "South Africa"
    assert signed.standalone == "Kenya and South Africa signed nine agreements in 2026"


def test_the_two_countries_are_the_pair_the_article_named_together() -> None:
    """Held-out batch 13: after "China and South Korea established diplomatic relations … South Korea cut its
    official ties with Taiwan", "The two countries signed a free trade agreement" stood as "South Korea and
    Taiwan signed …". The two countries last named as a pair win while both are among the three named last."""
    text = ("China and South Korea established diplomatic relations 34 years ago today. On the same day, South "
            "Korea cut its official ties with Taiwan. The two countries signed a free trade agreement in 2015.")
    *_, signed = extract_claims(text, published=date(2026, 8, 24))
    assert signed.standalone == "China and South Korea signed a free trade agreement in 2015"
    # a pair named long before, with two other countries since, is no longer what "the two countries" means
    later = text + " Japan later signed one with Vietnam. The two countries signed another in 2020."
    assert extract_claims(later, published=date(2026, 8, 24))[-1].standalone == \
        "Japan and Vietnam signed another in 2020"


def test_a_country_named_only_as_the_venue_is_not_one_of_the_two() -> None:
    """Held-out batch 12: "Trump met Kim in Singapore in June 2018, the first summit between the two countries"
    stood as "… between North Korea and Singapore". Without a second country it is left as written."""
    text = ("Moon Jae-in visited Pyongyang for three days. Trump met Kim in Singapore in June 2018, the first "
            "summit between the two countries.")
    assert extract_claims(text, published=date(2026, 4, 27))[-1].standalone.endswith("between the two countries")
    named = ("Moon Jae-in visited Pyongyang for three days. Trump met Kim in Singapore in June 2018, the first "
             "summit between the United States and North Korea. The two countries met again in Hanoi in 2019.")
    assert extract_claims(named, published=date(2026, 4, 27))[-1].standalone == \
        "North Korea and the United States met again in Hanoi in 2019"  # in the order first named


@pytest.mark.parametrize("sentence, standalone", [
    # held-out batch 13: "it" stood as written, and the claim never met the fact of the agreement's entry into force
    ("The two countries signed a free trade agreement in 2015, and it took effect in December of the same year.",
     "the free trade agreement took effect in December 2015"),
    ("In 2015, China signed a free trade agreement, and it took effect in December.",
     "the free trade agreement took effect in December"),
    ("The UN adopted a resolution on the tests in 2017, and it was extended in 2018.",
     "the resolution was extended in 2018"),
    ("Seoul opened the Violet Line in 2019, and it was extended in 2021.", "the Violet Line was extended in 2021"),
    # opening a sentence, the first thing the sentence before acted on
    ("China signed a free trade agreement in 2015. It took effect in December 2015.",
     "The free trade agreement took effect in December 2015"),
    # nothing acted on before it, or no verb said of agreements and works: as written
    ("Kim Koo was born in 1876. It was ratified in 1877.", "It was ratified in 1877"),
    ("China signed a free trade agreement in 2015, and it raised trade by 10 percent in 2016.",
     "it raised trade by 10 percent in 2016"),
])
def test_it_is_the_thing_the_clause_before_acted_on(sentence: str, standalone: str) -> None:
    assert extract_claims(sentence, published=date(2026, 8, 24))[-1].standalone == standalone


def test_countries_named_as_a_pair_and_as_a_venue() -> None:
    from checker.entities import country_pairs, venues

    assert country_pairs("China and South Korea established relations") == [("CHN", "KOR")]
    assert country_pairs("talks between Seoul and Beijing") == [("KOR", "CHN")]
    assert country_pairs("US-China trade") == [("USA", "CHN")]
    assert country_pairs("China, Japan and South Korea held a summit") == []
    assert country_pairs("Japan and China met; South Korea and Vietnam signed") == [("JPN", "CHN"), ("KOR", "VNM")]
    assert venues("Trump met Kim in Singapore") == {"SGP"}
    assert venues("Singapore hosted talks in Singapore") == frozenset()


def test_the_two_leaders_are_the_two_people_named_last() -> None:
    """Left open by the two-countries rule: "The two leaders signed 14 agreements" reached retrieval without
    saying who; it means the two people named last, in the order the article first named them."""
    text = ("President Lee Jae Myung arrived in Beijing on January 4, 2026. He met Chinese President Xi Jinping "
            "on January 5, 2026. The two leaders signed 14 agreements on January 5, 2026.")
    *_, signed = extract_claims(text, published=date(2026, 1, 6))
    assert signed.text == "The two leaders signed 14 agreements on January 5, 2026"
    assert signed.standalone == "Lee Jae Myung and Xi Jinping signed 14 agreements on January 5, 2026"
    alone = extract_claims("The two leaders signed 14 agreements in 2026.", published=date(2026, 1, 6))
    assert alone[0].standalone.startswith("The two leaders")  # nobody named: left as written


def test_the_president_is_named_only_when_one_person_bore_the_title() -> None:
    """Left open on the state-visit article: "The president said …" reached retrieval without a name. With
    one president in the article it is that person; with two (a state visit) it is left as written."""
    one = ("Kenyan President David Mwangi arrived in Pretoria on 16 June 2026. "
           "The president said trade reached $1.9 billion in 2025.")
    assert extract_claims(one, published=date(2026, 6, 18))[-1].standalone == \
        "David Mwangi said trade reached $1.9 billion in 2025"
    two = ("President Lee Jae Myung arrived in Beijing on January 4, 2026. He met Chinese President Xi Jinping "
           "on January 5, 2026. The president said trade reached $300 billion in 2025.")
    assert extract_claims(two, published=date(2026, 1, 6))[-1].standalone.startswith("The president said")


@pytest.mark.parametrize("sentence, checkable", [
    ("Romania recorded the most cases, followed by Kazakhstan and Poland.", True),
    ("She said misinformation spread on social media had played a large part.", True),
    ("Still, the October figures are the best news the government has had in a long time.", False),
])
def test_a_rank_of_named_places_and_a_statement_reported_by_a_pronoun_are_claims(sentence: str,
                                                                                 checkable: bool) -> None:
    """Found on a health report: "Romania recorded the most cases, followed by Kazakhstan and Poland" and
    "She said misinformation ... had played a large part" had no figure and were dropped as opinions."""
    (claim,) = extract_claims(sentence, published=date(2026, 3, 5))
    assert claim.checkable is checkable


def test_a_forecast_for_the_current_year_is_a_prediction() -> None:
    """Found on a health report: "The agency expects case numbers to stay high in 2026", published in March
    2026, was checked because 2026 had begun; the year's end is still ahead."""
    (claim,) = extract_claims("The agency expects case numbers to stay high in 2026.", published=date(2026, 3, 5))
    assert (claim.checkable, claim.kind) == (False, "prediction")
    (said,) = extract_claims("The minister said on Thursday that the plan would cut the deficit to 2 percent.",
                             published=date(2026, 3, 5))  # said on the publication day: a statement made
    assert said.checkable


@pytest.mark.parametrize("sentence, parts, standalone", [
    ("Coverage fell to 91 percent in 2025, and in some districts it is now under 70 percent.",
     ["Coverage fell to 91 percent in 2025", "in some districts it is now under 70 percent"],
     "in some districts it is now under 70 percent"),
    ("The vaccine has been in use since 1963 and prevented an estimated 57 million deaths between 2000 and 2022.",
     ["The vaccine has been in use since 1963", "prevented an estimated 57 million deaths between 2000 and 2022"],
     "The vaccine prevented an estimated 57 million deaths between 2000 and 2022"),
])
def test_a_clause_after_and_in_or_a_second_verb_is_its_own_claim(sentence: str, parts: list[str],
                                                                 standalone: str) -> None:
    """Found on a health report: "in use since 1963 and prevented an estimated 57 million deaths" was one claim;
    a second verb of the same subject asserts something else, and stands with that subject."""
    claims = extract_claims(sentence, published=date(2026, 3, 5))
    assert [c.text for c in claims] == parts
    assert claims[-1].standalone == standalone


def test_the_standalone_text_reads_weekdays_as_the_typed_values_do() -> None:
    """The standalone text kept its own weekday pattern and wrote "On the Friday, 12 June 2026 the 13th series"
    after the values had learnt that a weekday in a name or before a written date is no day of its own."""
    from checker.relative_dates import absolute_dates

    published = date(2026, 6, 18)
    for text in ("On the Friday the 13th series, Jason Voorhees is the protagonist",
                 "The case was reported on Friday , March 13 , 2020"):
        assert absolute_dates(text, published) == text
    assert absolute_dates("He arrived on Tuesday morning", published) == "He arrived on Tuesday morning, 16 June 2026"
