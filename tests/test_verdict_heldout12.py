"""A twelfth held-out verdict batch, of short articles checked as articles (``Checker.check``), as users paste
them: eight written before the checker saw them (``/work/notes/heldout12_articles.py``, first run in
``heldout12-run1.txt``), a true and a false version of four stories, every claim sentence labelled.

First run: 8 of 16 true sentences supported, none of the 15 false ones, 4 contradicted. What stood in the way
was the text each claim is made to stand alone as:
- "The two leaders met again a month later" stood as "Kim Jong Un and Peace House met again": a building was
  taken for a person (a building's word now names no one, checker.first_names.is_organisation);
- "UN forces landed at Incheon" was "about UN", its fact "about United Nations" (an acronym of the other's
  capitalised words is the same subject, checker.subject.other_subject);
- "a month later", "less than three months later" had nothing to count from: a length "later" opening a
  sentence now counts from the event the previous sentence told of ("… less than three months after the war
  began on June 25, 1950"), a gap (checker.context.ArticleContext._later_than);
- "in December that year" was December of the publication year: "that year" is now the year the article
  named last, in the standalone text and in the claim's values.
After: 11 of 16 true supported, none of the false. Second probes (``SECOND``), with twins: 3 of 5 true
supported, none of the 6 false. One of them found a gap's main event chosen among facts that share as many
of its words by retrieval order ("Lee Myung-bak returned to China for the Olympics": his 2012 state visit, not
the Olympics visit); the fact holding the rarer words now wins, and an exact tie is too weak to contradict.
"""

from __future__ import annotations

from datetime import date


from checker.context import ArticleContext
from checker.domain import Evidence, Fact
from checker.first_names import is_organisation
from checker.gaps import compute_gap
from checker.subject import other_subject
from checker.values import extract_values

from heldout import NEVER, article_test

# (published, article, {words of a claim: the verdict every claim holding them gets})
ARTICLES = [
    (date(2026, 6, 25),
     "Today marks the 76th anniversary of the outbreak of the Korean War. The war began on June 25, 1950, when "
     "North Korean forces invaded the South. UN forces landed at Incheon less than three months later. The "
     "fighting stopped with an armistice signed on July 27, 1953, which South Korea did not sign. The war has "
     "never formally ended, and many believe it never will.",
     {"76th anniversary": "supported", "began on June 25, 1950": "supported", "landed at Incheon": "supported",
      "armistice signed on July 27, 1953": "supported"}),
    (date(2026, 6, 25),
     "Today marks the 75th anniversary of the outbreak of the Korean War. The war began on June 25, 1951, when "
     "North Korean forces invaded the South. UN forces landed at Incheon more than six months later. The "
     "fighting stopped with an armistice signed on July 27, 1955.",
     {"75th anniversary": NEVER, "began on June 25, 1951": NEVER, "landed at Incheon": NEVER,
      "armistice signed on July 27, 1955": NEVER}),
    (date(2026, 9, 3),
     "China held a military parade in Beijing on September 3 last year to mark the 80th anniversary of its "
     "victory in the war against Japanese aggression. Vladimir Putin and Kim Jong Un attended it alongside Xi "
     "Jinping. South Korea was represented by National Assembly Speaker Woo Won-shik. Lee Jae Myung did not "
     "attend. It was the second such parade, after one in 2015 that marked the 70th anniversary.",
     # the guests and the speaker are worded too far from their facts to support without a figure or date
     {"military parade in Beijing on September 3 last year": "supported", "Putin and Kim Jong Un": "needs_review",
      "Woo Won-shik": "needs_review", "second such parade": "needs_review"}),
    (date(2026, 9, 3),
     "China held a military parade in Shanghai on September 3 last year to mark the 70th anniversary of its "
     "victory in the war against Japanese aggression. Donald Trump and Kim Jong Un attended it alongside Xi "
     "Jinping. South Korea was represented by President Lee Jae Myung.",
     {"military parade in Shanghai": NEVER, "Donald Trump and Kim Jong Un": NEVER,
      "represented by President Lee Jae Myung": NEVER}),
    (date(2026, 1, 5),
     "North Korea has conducted six nuclear tests since 2006. Its most recent test, in September 2017, was its "
     "most powerful, and Pyongyang claimed it was a hydrogen bomb. The UN Security Council tightened sanctions "
     "in December that year with Resolution 2397. Whether sanctions can ever work is doubtful.",
     {"six nuclear tests": "supported", "most recent test, in September 2017": "supported",
      "December that year": "supported"}),
    (date(2026, 1, 5),
     "North Korea has conducted eight nuclear tests since 2006. Its most recent test, in September 2019, was its "
     "most powerful. The UN Security Council eased sanctions in December 2017 with Resolution 2397.",
     {"eight nuclear tests": "contradicted", "September 2019": NEVER, "eased sanctions": NEVER}),
    (date(2026, 4, 27),
     "Eight years ago today, Moon Jae-in and Kim Jong Un met at the Peace House in Panmunjom, where they signed "
     "the Panmunjom Declaration. The two leaders met again a month later at Tongilgak. In September of that "
     "year, Moon visited Pyongyang for three days. Trump met Kim in Singapore in June 2018, the first summit "
     "between the two countries.",
     # no year is named before "that year" (the first sentence's is counted back from today)
     {"Eight years ago today": "supported", "met again a month later": "supported",
      "Moon visited Pyongyang": "needs_review", "Trump met Kim in Singapore": "supported"}),
    (date(2026, 4, 27),
     "Ten years ago today, Moon Jae-in and Kim Jong Un met at the Peace House in Panmunjom. The two leaders met "
     "again a year later at Tongilgak. In September of that year, Moon visited Seoul for five days. Trump met "
     "Kim in Hanoi in June 2018, the first summit between the two countries.",
     {"Ten years ago today": "contradicted", "met again a year later": NEVER, "Moon visited Seoul": NEVER,
      "Hanoi in June 2018": NEVER}),
]
SECOND = [  # second probes, with twins
    (date(2026, 1, 5), "North Korea conducted its sixth nuclear test in September 2017. The UN Security Council "
     "tightened sanctions in March that year with Resolution 2397.", {"March that year": NEVER}),
    (date(2026, 1, 5), "The Cheonan sank in March 2010. North Korea shelled Yeonpyeong Island eight months later.",
     {"eight months later": "supported"}),
    (date(2026, 1, 5), "The Cheonan sank in March 2010. North Korea shelled Yeonpyeong Island two years later.",
     {"two years later": "contradicted"}),
    (date(2026, 1, 5), "Kim Il Sung died in July 1994. His son Kim Jong Il died 17 years later.",
     {"17 years later": "supported"}),
    (date(2026, 1, 5), "Kim Il Sung died in July 1994. His son Kim Jong Il died 27 years later.",
     {"27 years later": "contradicted"}),
    # "He" was read as Ito Hirobumi: "An" opening a name was taken for the article (now a family name before a
    # hyphenated Korean given name; the fact's "An Jung-geun (Ahn Jung-geun)" gives one person two spellings)
    (date(2026, 1, 5), "An Jung-geun killed Ito Hirobumi at Harbin in October 1909. He was executed five months "
     "later.", {"five months later": "supported"}),
    (date(2026, 1, 5), "An Jung-geun killed Ito Hirobumi at Harbin in October 1909. He was executed five years "
     "later.", {"five years later": "contradicted"}),
    (date(2026, 1, 5), "Japan and South Korea normalized relations in 1965. In December that year, the treaty "
     "entered into force.", {"December that year": "supported"}),
    (date(2026, 1, 5), "Japan and South Korea normalized relations in 1965. In March that year, the treaty "
     "entered into force.", {"March that year": NEVER}),
    # May 27 to August 8 is 2.4 months: "three months" is neither confirmed nor contradicted
    (date(2026, 1, 5), "Lee Myung-bak visited Beijing in May 2008. He returned to China three months later for "
     "the Olympics.", {"three months later": "needs_review"}),
    (date(2026, 1, 5), "Lee Myung-bak visited Beijing in May 2008. He returned to China a year later for the "
     "Olympics.", {"a year later": NEVER}),
]


# Batch 13, written before the checker saw it (``/work/notes/heldout13_articles.py``, ``heldout13-run1.txt``):
# other time references. First run: 5 of 13 true sentences supported, none of the 8 false ones; "in March of the
# same year" stood as "in March 2026 of 2015" (a month before "that year" now takes the year: "in March 2015").
BATCH13 = [
    (date(2026, 2, 10), "North Korea conducted its first nuclear test in October 2006. The UN Security Council "
     "imposed sanctions five days later. Its second test followed in May 2009, and a third in February 2013. The "
     "next test came in January 2016.",
     # "Its second test", "The next test": the test is no one's, and the cosine stays below 0.6
     {"first nuclear test in October 2006": "supported", "five days later": "supported",
      "second test followed in May 2009": "needs_review", "January 2016": "needs_review"}),
    (date(2026, 2, 10), "North Korea conducted its first nuclear test in October 2008. The UN Security Council "
     "imposed sanctions five weeks later. Its second test followed in May 2010.",
     {"October 2008": "contradicted", "five weeks later": NEVER, "May 2010": NEVER}),
    (date(2026, 8, 24), "China and South Korea established diplomatic relations 34 years ago today. On the same "
     "day, South Korea cut its official ties with Taiwan. The two countries signed a free trade agreement in "
     "2015, and it took effect in December of the same year.",
     # "the two countries" were the two named last (South Korea and Taiwan) until the pair named together won,
     # and "it" was no named thing until it became the thing the clause before acted on (session 18)
     {"34 years ago today": "supported", "ties with Taiwan": "needs_review",
      "free trade agreement in 2015": "supported", "December of the same year": "supported"}),
    (date(2026, 8, 24), "China and South Korea established diplomatic relations 30 years ago today. The two "
     "countries signed a free trade agreement in 2015, and it took effect in March of the same year.",
     {"30 years ago today": "contradicted", "March of the same year": NEVER}),
    (date(2026, 10, 30), "Xi Jinping arrived in South Korea a year ago today for his first visit in 11 years. He "
     "held his first summit with Lee Jae Myung two days later in Gyeongju.",
     # "first … in 11 years" in the counted-from sentence makes the summit's text a first-in claim, not a gap
     {"a year ago today": "supported", "two days later": "needs_review"}),
    (date(2026, 10, 30), "Xi Jinping arrived in South Korea two years ago today for his first visit in 8 years. "
     "He held his first summit with Lee Jae Myung a week later in Seoul.",
     {"two years ago today": "contradicted", "a week later": NEVER}),
    # probes of "the following year": the true one was contradicted by the verifier (p=0.81) on the fifth
    # test's fact; a fact about another of a series no longer refutes through the verifier (adjudicate)
    (date(2026, 1, 5), "North Korea conducted its fifth nuclear test in September 2016. It conducted its sixth "
     "test the following year.", {"the following year": "needs_review"}),
    (date(2026, 1, 5), "North Korea conducted its fifth nuclear test in September 2016. It conducted its sixth "
     "test the same year.", {"the same year": NEVER}),
]


test_each_labelled_claim_of_an_article = article_test(ARTICLES + SECOND + BATCH13)


def _resolved(article: list[str], claim: str, before: str = "") -> str:
    context = ArticleContext()
    for sentence in article:
        context.observe(sentence)
    return context.resolve(claim, before)


def test_a_building_names_no_one() -> None:
    assert is_organisation("Peace House") and is_organisation("Great Hall Pavilion")
    assert not is_organisation("Moon Jae-in")
    assert _resolved(["Eight years ago today, Moon Jae-in and Kim Jong Un met at the Peace House in Panmunjom."],
                     "The two leaders met again") == "Moon Jae-in and Kim Jong Un met again"


def test_a_length_later_counts_from_the_event_the_previous_sentence_told_of() -> None:
    assert _resolved(["The war began on June 25, 1950, when North Korean forces invaded the South."],
                     "UN forces landed at Incheon less than three months later") \
        == "UN forces landed at Incheon less than three months after the war began on June 25, 1950"
    # what follows "later" goes before the length, so the counted-from event ends the text
    assert _resolved(["Lee Myung-bak visited Beijing in May 2008."], "He returned to China three months later for "
                     "the Olympics") == ("Lee Myung-bak returned to China for the Olympics three months after "
                                         "Lee Myung-bak visited Beijing in May 2008")
    # later in a sentence, "later" may count from that sentence's own event
    assert _resolved(["The war began in 1950."], "landed three months later", before="Troops arrived, and ") \
        == "landed three months later"


def test_that_year_is_the_year_the_article_named_last() -> None:
    article = ["Its most recent test, in September 2017, was its most powerful."]
    assert _resolved(article, "The council tightened sanctions in December that year") \
        == "The council tightened sanctions in December 2017"
    assert _resolved(article, "It held talks later that year") == "It held talks later in 2017"
    assert _resolved(article, "In 2019 it met, and in May of that year it agreed", before="") \
        == "In 2019 it met, and in May 2019 it agreed"  # not "in May of 2019", which "in May" would misread
    assert _resolved(article, "It agreed in the same year") == "It agreed in 2017"
    assert _resolved(["Eight years ago today, they met."], "in December that year they met") \
        == "in December that year they met"  # no year named
    assert _resolved(article, "It conducted its sixth test the following year") \
        == "It conducted its sixth test in 2018"


def test_a_year_said_by_reference_is_an_assumed_value_of_the_claim() -> None:
    from checker.claims import extract_claims

    text = ("North Korea conducted its fifth nuclear test in September 2016. It conducted its sixth test the "
            "following year. It tested a missile in March of the same year.")
    claims = extract_claims(text, published=date(2026, 1, 5))
    following = next(c for c in claims if "following" in c.text)
    (year,) = [v for v in following.values if v.type == "date"]
    assert (year.text, year.value, year.assumed) == ("the following year", "2017", "year")
    assert text[year.span[0]:year.span[1]] == "the following year"
    march = next(c for c in claims if "March" in c.text)
    assert [(v.text, v.value) for v in march.values if v.type == "date"] == [("March", "2016-03")]


def test_a_sentence_dated_only_by_reference_is_checkable() -> None:
    """"The treaty entered into force later that year" was an opinion (no value, no event of a person), so it
    never reached a verdict; its year given by reference now dates it."""
    from checker.claims import extract_claims

    text = "Japan and South Korea signed the treaty in June 1965. The treaty entered into force later that year."
    claim = extract_claims(text, published=date(2026, 8, 24))[-1]
    assert claim.checkable and claim.standalone == "The treaty entered into force later in 1965"
    assert [(v.value, v.assumed) for v in claim.values if v.type == "date"] == [("1965", "year")]
    alone = extract_claims("The treaty will enter into force later that year.", published=date(2026, 8, 24))
    assert not alone[0].checkable  # a forecast still


def test_an_before_a_korean_given_name_is_a_family_name_and_a_bracketed_name_another_spelling() -> None:
    from checker.entities import people_in
    from checker.roles import role_mismatch

    assert people_in("An Jung-geun killed Ito Hirobumi at Harbin.") == {"An Jung-geun", "Ito Hirobumi"}
    assert people_in("An Olympic-style event was held.") == set()  # an article, before no Korean given name
    fact = "Korean independence activist An Jung-geun (Ahn Jung-geun) assassinated Itō Hirobumi at Harbin."
    for claim in ("An Jung-geun assassinated Ito Hirobumi in 1909.", "Ahn Jung-geun assassinated Ito Hirobumi."):
        assert role_mismatch(claim, fact) is None, claim
    assert role_mismatch("Ito Hirobumi assassinated An Jung-geun in 1909.", fact) is not None


def test_an_acronym_is_the_subject_it_abbreviates() -> None:
    fact = "United Nations forces under General Douglas MacArthur landed at Incheon on September 15, 1950."
    assert other_subject("UN forces landed at Incheon in September 1950.", fact) is None
    assert other_subject("EU forces landed at Incheon in September 1950.", fact) is not None


def test_of_facts_sharing_as_many_words_the_rarer_words_tell_the_main_event() -> None:
    def fact(fact_id: str, text: str, day: str) -> Evidence:
        return Evidence(Fact(fact_id, text, "test", date=day), 0.7)

    dated = [fact("state-2012", "South Korean President Lee Myung-bak visited China on a state visit from January 9 "
                  "to January 12, 2012.", "2012-01-09"),
             fact("olympics", "South Korean President Lee Myung-bak visited Beijing in August 2008 to attend the "
                  "opening ceremony of the Beijing Olympic Games on August 8, 2008.", "2008-08-08"),
             fact("state-2008", "South Korean President Lee Myung-bak visited China on a state visit from May 27 to "
                  "May 30, 2008.", "2008-05-27")]
    claim = ("Lee Myung-bak returned to China for the Olympics two months after Lee Myung-bak visited Beijing in "
             "May 2008")
    result = compute_gap(claim, extract_values(claim), dated, date(2026, 1, 5))
    assert [e.fact.id for e in result.evidence] == ["olympics", "state-2008"] and result.outcome == "agree"
