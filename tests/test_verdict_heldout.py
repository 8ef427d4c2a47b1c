"""A held-out verdict batch: claims written as users type them, about facts in the bundled reference data,
checked on the real model, FAISS store and verifier as of 2026-01-04.

Fifty-one claims (twenty-one true, thirty false: another year, day, count, ordinal, person, place, country,
negation, range end, relative time or anniversary) were written before the checker saw them. The first run
supported 16 of the 20 true claims of the first draft and two false ones: "Japan and China normalized
diplomatic relations in 1978" (an agreeing fact about the 1978 peace treaty beside the restating fact's 1972)
and, checked as an article, "Jiang Zemin served as President of China from 1993 to 2008" (the fact's "from
March 1993 to March 2003" was read as two months, and a span was confirmed by a date inside it). The fixes are
general rules, each tested below on its own; the lists pin what the batch gives now. The two claims added after
the first run ("… 80 years ago, in 1946" and the parade's true 80th anniversary) test the relation fixes.

A second batch, written after those fixes as five short articles (``ARTICLES``), is checked whole: its
references and relative dates are resolved against each article's publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from checker.compare import AGREE, MISMATCH, UNKNOWN, compare
from checker.domain import Evidence, Fact
from checker.pipeline import Checker, claim_from_text
from checker.settings import Settings
from checker.values import extract_values
from checker.verdict import decide

PUBLISHED = date(2026, 1, 4)

TRUE_SUPPORTED = [
    'Seoul hosted the Summer Olympic Games in 1988.',
    'The Korean War armistice was signed at Panmunjom on July 27, 1953.',
    'Xi Jinping became general secretary of the Communist Party of China in November 2012.',
    'Japan and China normalized diplomatic relations in 1972.',
    'Li Keqiang died in October 2023.',
    'The ninth trilateral summit of China, Japan and South Korea was held in Seoul in May 2024.',
    'Kim Dae-jung won the Nobel Peace Prize in 2000.',
    'The United Nations was founded 80 years ago, in 1945.',
    'The Korean War began more than 75 years ago.',
    'The two Koreas joined the United Nations in September 1991.',
    'The Nanjing Massacre began on December 13, 1937.',
    "Sanae Takaichi, Japan's first female prime minister, took office on October 21, 2025.",
    'The Second Sino-Japanese War began on July 7, 1937.',
    'Beijing hosted the Winter Olympics from February 4 to 20, 2022.',
    'Kim Il Sung died in July 1994.',
    'North Korea has conducted six nuclear tests.',
    "Yun Bong-gil's bombing in Hongkou Park took place on April 29, 1932.",
    "This year marks the 50th anniversary of Mao Zedong's death.",
    "Last year marked the 80th anniversary of Korea's liberation from Japanese colonial rule.",
    ('China held a military parade in Beijing on September 3, 2025, to mark the 80th anniversary of its victory '
     'in the war against Japan.'),
]
# true, but the verifier does not confirm the fact's wording (p(supported)=0.54): a reviewer compares them
TRUE_REVIEWED = [
    'North Korea carried out its sixth nuclear test on September 3, 2017.',
]
FALSE_CONTRADICTED = [
    'The March 1st Declaration of Independence was signed by 48 national representatives.',
    'North Korea carried out its sixth nuclear test on September 3, 2016.',
    'The Korean War armistice was signed at Panmunjom on July 27, 1954.',
    'Xi Jinping became general secretary of the Communist Party of China in November 2007.',
    'The United Nations was founded 70 years ago.',
    'North Korea has conducted eight nuclear tests.',
    'The Nanjing Massacre began on December 13, 1938.',
    'Sanae Takaichi took office as Prime Minister of Japan on October 1, 2025.',
    'Kim Il Sung died in July 1996.',
    'Jiang Zemin served as President of China from 1993 to 2008.',
    'Park Chung Hee seized power in a military coup on May 16, 1971.',
    'The Gwangju Uprising began on May 18, 1979.',
    'Syngman Rhee was inaugurated as the second President of the Republic of Korea.',
]
# false and sent to a reviewer: another person, place or country than the closest fact's (entity_mismatch), a
# negation, a fact the verifier does not read as refuting, an agreeing fact about another event beside a
# restating one (conflicting_facts), a computation that disagrees on a fact below the contradiction similarity
FALSE_REVIEWED = [
    # contradicted until a given claim's "Last year" was resolved in its standalone text ("2025 marked …", as
    # in an article): the anniversary fact is then found below the contradiction similarity (session 12)
    "Last year marked the 70th anniversary of Korea's liberation from Japanese colonial rule.",
    'Seoul hosted the Summer Olympic Games in 1992.',
    'Japan and China normalized diplomatic relations in 1978.',
    'Li Qiang died in October 2023.',
    'The ninth trilateral summit of China, Japan and South Korea was held in Tokyo in May 2024.',
    'Kim Young-sam won the Nobel Peace Prize in 2000.',
    'The Korean War began less than 70 years ago.',
    'Beijing hosted the Winter Olympics from February 4 to 20, 2018.',
    'The 2002 FIFA World Cup was co-hosted by South Korea and China.',
    'The sinking of the Cheonan killed 64 sailors.',
    'South Korea and Japan did not sign the Treaty on Basic Relations in 1965.',
    'Hu Jintao paid a state visit to Pyongyang in August 2008.',
    'The 1988 Summer Olympics were held in Tokyo.',
    'This year marks the 40th anniversary of the death of Mao Zedong.',
    ('China held a military parade in Beijing on September 3, 2025, to mark the 70th anniversary of its victory '
     'in the war against Japan.'),
    'The first inter-Korean summit was held in Seoul in June 2000.',
    'The United Nations was founded 80 years ago, in 1946.',
]


@pytest.mark.parametrize("claim", TRUE_SUPPORTED)
def test_true_claims_are_supported(real_checker: Checker, claim: str) -> None:
    (result,) = real_checker.check_claims([claim], published=PUBLISHED).claims
    assert result.verdict == "supported", result.reason


@pytest.mark.parametrize("claim", TRUE_REVIEWED)
def test_a_true_claim_the_verifier_doubts_goes_to_a_reviewer(real_checker: Checker, claim: str) -> None:
    (result,) = real_checker.check_claims([claim], published=PUBLISHED).claims
    assert (result.verdict, result.reason.code) == ("needs_review", "model_disagrees"), result.reason


@pytest.mark.parametrize("claim", FALSE_CONTRADICTED + FALSE_REVIEWED)
def test_false_claims_are_never_supported(real_checker: Checker, claim: str) -> None:
    given = real_checker.check_claims([claim], published=PUBLISHED).claims
    article = real_checker.check(claim, published=PUBLISHED).claims
    assert [r.verdict for r in given + article if r.verdict == "supported"] == [], \
        [r.reason for r in given + article]


@pytest.mark.parametrize("claim", FALSE_CONTRADICTED)
def test_false_claims_on_a_restating_fact_are_contradicted(real_checker: Checker, claim: str) -> None:
    (result,) = real_checker.check_claims([claim], published=PUBLISHED).claims
    assert result.verdict == "contradicted", result.reason


def one(text: str):
    (value,) = extract_values(text, default_year=2026, today=PUBLISHED)
    return value


def test_a_span_of_months_is_one_range() -> None:
    span = one("from March 1993 to March 2003")
    assert (span.type, span.low, span.high, span.granularity) == ("date_range", "1993-03-01", "2003-03-31", "month")


def test_spans_agree_end_by_end_at_each_sides_precision() -> None:
    assert compare(one("from 1993 to 2008"), one("from March 1993 to March 2003")) == MISMATCH
    assert compare(one("from 1993 to 2003"), one("from March 1993 to March 2003")) == AGREE
    assert compare(one("from March 1993 to March 2003"), one("from 1993 to 2003")) == UNKNOWN
    assert compare(one("from March 1993 to March 2003"), one("from 1990 to 2003")) == MISMATCH


def test_a_single_date_meets_a_span_of_months_month_by_month() -> None:
    """FEVER-Symmetric validation: "began filming in September 1994" against "from September 1994 to August
    1995" was supported when the span was read as two months, and stays so."""
    span = one("from September 1994 to August 1995")
    assert compare(one("in September 1994"), span) == AGREE
    assert compare(one("in August 1995"), span) == AGREE
    assert compare(one("in March 1995"), span) == UNKNOWN  # inside: confirms neither end
    assert compare(one("in January 1994"), span) == MISMATCH


def test_a_date_inside_a_span_of_years_confirms_neither_end() -> None:
    assert compare(one("from 1993 to 2008"), one("in March 1993")) == UNKNOWN
    assert compare(one("from 1993 to 2008"), one("in 2011")) == MISMATCH
    assert compare(one("the 2017-18 season"), one("in March 2018")) == AGREE  # one season holds its days


def _fact(fact_id: str, text: str, day: str | None = None) -> Fact:
    return Fact(id=fact_id, text=text, source="test", date=day)


def _decide(claim: str, *facts: tuple[Fact, float]):
    return decide(claim_from_text(claim, PUBLISHED), [Evidence(f, s) for f, s in facts], PUBLISHED,
                  Settings.defaults())


TREATY = _fact("treaty", "Japan and China signed the Treaty of Peace and Friendship on August 12, 1978.", "1978-08-12")
NORMALISED = _fact("normalised", "Japan and China normalized diplomatic relations with the Joint Communiqué "
                   "signed in Beijing on September 29, 1972.", "1972-09-29")


def test_an_agreeing_fact_about_another_event_does_not_outweigh_a_restating_one() -> None:
    result = _decide("Japan and China normalized diplomatic relations in 1978.", (TREATY, 0.78), (NORMALISED, 0.75))
    assert (result.verdict, result.reason.code) == ("needs_review", "conflicting_facts")
    assert [e.fact.id for e in result.evidence] == ["normalised", "treaty"]
    true = _decide("Japan and China normalized diplomatic relations in 1972.", (NORMALISED, 0.85), (TREATY, 0.69))
    assert (true.verdict, true.reason.code) == ("supported", "match")


def test_two_restating_facts_are_two_events() -> None:
    january = _fact("jan", "Lee Myung-bak visited Beijing in January 2012 on a state visit.", "2012-01-09")
    may = _fact("may", "Lee Myung-bak visited Beijing in May 2012 for the trilateral summit.", "2012-05-13")
    result = _decide("Lee Myung-bak visited Beijing in May 2012.", (january, 0.89), (may, 0.88))
    assert (result.verdict, result.evidence[0].fact.id) == ("supported", "may")


UN = _fact("un", "The United Nations was founded on October 24, 1945, when the UN Charter entered into force.",
           "1945-10-24")


@pytest.mark.parametrize("claim, verdict", [
    ("The United Nations was founded 80 years ago.", "supported"),
    ("The United Nations was founded more than 75 years ago.", "supported"),
    ("The United Nations was founded 70 years ago.", "contradicted"),
])
def test_years_ago_counts_from_the_dated_fact_to_publication(claim: str, verdict: str) -> None:
    result = _decide(claim, (UN, 0.75))
    assert result.verdict == verdict, result.reason
    assert "1945-10-24 → 2026-01-04" in result.reason.message


def test_a_value_the_arithmetic_did_not_use_must_still_agree() -> None:
    result = _decide("The United Nations was founded 80 years ago, in 1946.", (UN, 0.75))
    assert (result.verdict, result.reason.code) == ("needs_review", "value_mismatch")
    assert "'1946'" in result.reason.message


def test_a_date_beside_first_in_n_years_is_the_new_events_and_is_not_checked_against_the_earlier_one() -> None:
    earlier = _fact("moon-2019", "South Korean President Moon Jae-in visited China on December 23, 2019, for a "
                    "trilateral summit in Chengdu.", "2019-12-23")
    result = _decide("The state visit to China from January 4 to 7, 2026, is the first visit by a South "
                     "Korean president to China in over six years.", (earlier, 0.8))
    assert result.verdict == "supported", result.reason
    assert "2019-12-23 → 2026-01-04" in result.reason.message


def test_an_anniversary_counts_to_the_date_the_claim_gives_and_not_from_a_commemoration() -> None:
    parade = _fact("parade-2015", "China held a military parade in Beijing on September 3, 2015, to commemorate "
                   "the 70th anniversary of the victory of the Chinese People's War of Resistance.", "2015-09-03")
    victory = _fact("victory", "China commemorates September 3 as Victory Day of the Chinese People's War of "
                    "Resistance, the day after Japan signed the Instrument of Surrender in 1945.", "1945-09-03")
    claim = ("China held a military parade in Beijing on September 3, 2025, to mark the {} anniversary of its "
             "victory in the war against Japan.")
    right = _decide(claim.format("80th"), (parade, 0.92), (victory, 0.70))
    assert (right.verdict, right.evidence[0].fact.id) == ("supported", "victory"), right.reason
    assert "1945-09-03 → 2025 = 80 years" in right.reason.message
    wrong = _decide(claim.format("70th"), (parade, 0.92), (victory, 0.70))
    assert wrong.verdict != "supported" and "1945-09-03 → 2025 = 80 years" in wrong.reason.message


def test_a_plural_s_does_not_make_another_name() -> None:
    from checker.entities import same_person

    assert same_person("Summer Olympic Games", "Summer Olympics")
    assert not same_person("Li Qiang", "Li Keqiang")
    assert same_person("Lee Jae Myung", "Lee Jae-myung")


@pytest.mark.parametrize("text, relation", [
    ("The United Nations was founded 80 years ago, in 1945.", "since"),
    ("Uzbekistan and China established diplomatic relations 34 years ago", "since"),
    # the share is what the sentence asserts; "two years ago" dates the figure it is compared with
    ("Nordvik now holds a 12 percent share of the market, up from 9 percent two years ago", None),
    ("The plant, built 40 years ago, employs 1,200 people", None),
])
def test_years_ago_is_arithmetic_only_when_no_other_figure_is_asserted(text: str, relation: str | None) -> None:
    from checker.claims import detect_relation

    assert detect_relation(text) == relation


ARTICLES = [  # (publication date, [(true or false, sentence)]), each list checked as one article
    (date(2026, 1, 4), [
        ("T", "Japan and South Korea signed the Treaty on Basic Relations in June 1965."),
        ("T", "The treaty entered into force in December of that year."),
        ("T", "In 1998, Kim Dae-jung and Keizo Obuchi issued a joint declaration on a new partnership."),
        ("F", "In July 2019, Japan tightened export controls on four materials used in semiconductors."),
        ("F", "The two countries announced an agreement on the comfort women issue in December 2016."),
        ("T", "Sanae Takaichi became prime minister last October."),
    ]),
    (date(2025, 9, 10), [
        ("T", "China held a military parade in Beijing last week to mark the 80th anniversary of the end of the war."),
        ("T", "Russian President Vladimir Putin and North Korean leader Kim Jong Un attended the parade."),
        ("F", "South Korea sent its prime minister to the commemorations."),
        ("T", "In 2015, South Korean President Park Geun-hye attended a similar parade in Beijing."),
        ("T", "Xi Jinping attended the Victory Day parade in Moscow in May."),
        ("T", "Japan signed the Instrument of Surrender aboard the USS Missouri on September 2, 1945."),
    ]),
    (date(2025, 9, 10), [
        ("F", "Japan signed the Instrument of Surrender aboard the USS Missouri on September 12, 1945."),
        ("F", "China held a military parade in Beijing last week to mark the 70th anniversary of the end of the war."),
        ("F", "Xi Jinping attended the Victory Day parade in Moscow in April."),
    ]),
    (date(2026, 1, 4), [
        ("T", "North Korea conducted its first nuclear test in October 2006."),
        ("T", "The UN Security Council adopted Resolution 1718 on October 14, 2006."),
        ("F", "North Korea's fourth nuclear test took place in January 2017."),
        ("T", "Kim Jong Un first visited China in March 2018."),
        ("F", "Donald Trump and Kim Jong Un met for the first time in Singapore in June 2019."),
        ("T", "Their second summit, in Hanoi in February 2019, ended without an agreement."),
        ("F", "The Six-Party Talks, which began in 2003, involved seven countries."),
    ]),
    (date(2026, 1, 4), [
        ("T", "The Korean Liberation Army was founded in Chongqing in September 1940."),
        ("F", "An Jung-geun assassinated Ito Hirobumi at Harbin railway station in October 1910."),
        ("T", "Yu Gwan-sun died in Seodaemun Prison in 1920."),
        ("F", "The Provisional Government of the Republic of Korea was founded in Shanghai on April 13, 1919."),
        ("T", "The provisional government moved to Chongqing in 1940 and stayed there until 1945."),
        ("F", "Japan's colonial rule over Korea lasted 40 years."),
        ("T", "Kim Koo was assassinated in Seoul in June 1949."),
        ("F", "Kim Koo was assassinated in Pyongyang in June 1949."),
    ]),
]
# the one true claim in a false sentence: its relative clause, split off and checked on its own
TRUE_INSIDE_FALSE = {"The Six-Party Talks began in 2003"}


@pytest.fixture(scope="module")
def articles(real_checker: Checker) -> list[tuple[list[tuple[str, str]], list[list]]]:
    """Each article's sentences with the checked claims that start inside each."""
    out = []
    for published, sentences in ARTICLES:
        text = " ".join(s for _, s in sentences)
        claims = real_checker.check(text, published=published).claims
        starts = [text.index(s) for _, s in sentences]
        out.append((sentences, [[r for r in claims if start <= r.claim.span[0] < start + len(s)]
                                for start, (_, s) in zip(starts, sentences)]))
    return out


def test_no_false_sentence_of_an_article_is_supported(articles: list) -> None:
    """Second batch, written as articles (references, "last October", "last week", "in May" resolved against
    publication): 17 true and 13 false sentences. First run: 13 true sentences supported whole, 6 false ones
    contradicted, none supported; the rest went to a reviewer."""
    wrong = [(s, r.claim.standalone, r.reason.message) for sentences, found in articles
             for (label, s), results in zip(sentences, found) for r in results
             if label == "F" and r.verdict == "supported" and r.claim.standalone not in TRUE_INSIDE_FALSE]
    assert wrong == []


def test_true_sentences_of_the_articles_are_supported(articles: list) -> None:
    supported = [s for sentences, found in articles for (label, s), results in zip(sentences, found)
                 if label == "T" and results and all(r.verdict == "supported" for r in results)]
    contradicted = [s for sentences, found in articles for (label, s), results in zip(sentences, found)
                    if label == "F" and any(r.verdict == "contradicted" for r in results)]
    assert len(supported) >= 13 and len(contradicted) >= 6, (supported, contradicted)


@pytest.mark.parametrize("text, values", [
    # batch 1: the day of a name was read as March 1 of the publication year, so the count's mismatch with
    # the 1919 declaration's 33 signatories counted as "another period" (stale_fact)
    ("The March 1st Declaration of Independence was signed by 48 national representatives.", ["48"]),
    ("The June 15th North-South Joint Declaration was adopted in 2000.", ["2000"]),
    ("the March 1st deadline passed", ["March 1st"]),  # no name after it: a day
    ("On July twelfth of this year, we gave full permission.", ["this year"]),  # a day, never a rank
])
def test_a_day_in_a_name_is_no_date_and_an_ordinal_after_a_month_no_rank(text: str, values: list[str]) -> None:
    assert [v.text for v in extract_values(text, default_year=2026, today=PUBLISHED)] == values
