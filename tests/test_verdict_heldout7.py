"""A seventh held-out verdict batch: 21 true claims about reference facts no earlier batch used (treaties, the
1945 bombing, the 2024–25 martial law and impeachment, summits), a false twin of each and two more false claims,
and claims the store says nothing about; written before the checker saw them and checked as of Tuesday,
2026-01-06 ("just over a year ago", "94 years ago", "this year marks the 75th anniversary").

First run: 16 of 21 true supported, 15 of 23 false contradicted, and one false claim supported: "The National
Assembly voted against impeaching Yoon Suk Yeol on December 14, 2024" against "voted to impeach" — a verb that
says the opposite, with the date and the names agreeing. Probing the same shape found more ("China welcomed the
deployment" against "opposed", "The Constitutional Court rejected the impeachment" against "upheld", "Lee Jae
Myung lost the election" against "won"), all supported. Now a claim saying one of a pair of opposite verbs where
the fact says only the other differs in polarity (checker.polarity.opposite_words). Of the absent claims, one was
contradicted by the verifier reading a fact of cosine 0.47 as refuting ("South Korea's Constitutional Court has
nine justices" against the court's removal of Yoon), and one, the 2011 trilateral summit in Tokyo, turned out to
be in the store (it moved to the true claims). Three true claims went to review because their fact denies
something in a clause about others ("…; neither the People's Republic of China nor either Korean state was a
party to it", "…; South Korean President Lee Jae Myung did not attend"): checker.asides.

A second round of probes, after those fixes, found more false claims supported with every date and name
agreeing: who acted on whom swapped ("South Korea invaded North Korea on June 25, 1950", "Kim Jae-gyu was
assassinated by Park Chung Hee"), another doer ("Japan recognized Korea's independence" where the fact has
China), an opposite noun ("trade surplus" against "deficit"), an opposite superlative ("the smallest trading
partner") and starting against ending ("The Korean War started on July 27, 1953", the armistice's date). They
are in the lists below with their true twins; checker.roles reads the doer and the acted-on of a few verbs of
one party acting on another, and who receives what is handed over ("returned to Japan the remains of 437 Chinese
soldiers", where the fact has China), and OPPOSITE_WORDS holds the nouns, superlatives and verbs.
"""

from __future__ import annotations

from datetime import date

from checker.asides import fact_denies
from checker.entities import entities_of
from checker.pipeline import Checker
from checker.polarity import opposite_words
from checker.roles import role_mismatch
from heldout import add_outcome_tests, given

PUBLISHED = date(2026, 1, 6)

TRUE_SUPPORTED = [
    "The Treaty of Shimonoseki was signed on April 17, 1895.",
    "The Mukden Incident occurred on September 18, 1931.",
    "The Marco Polo Bridge Incident took place near Beijing in July 1937.",
    "The United States dropped an atomic bomb on Hiroshima on August 6, 1945.",
    "The Treaty of San Francisco was signed in September 1951.",
    "The Treaty of San Francisco entered into force on April 28, 1952.",
    "The UN Security Council adopted Resolution 82 on June 25, 1950.",
    "The Mutual Defense Treaty between the United States and South Korea was signed in 1953.",
    "Yoon Suk Yeol declared martial law on December 3, 2024.",
    "The National Assembly voted to impeach Yoon Suk Yeol on December 14, 2024.",
    "The Constitutional Court removed Yoon Suk Yeol from office in April 2025.",
    "Park Chung Hee was assassinated by Kim Jae-gyu in 1979.",
    "Syngman Rhee resigned in April 1960 after the April Revolution.",
    "Yoon Suk Yeol and Xi Jinping held their first summit in Bali in November 2022.",
    "Han Duck-soo met Xi Jinping in Hangzhou in September 2023.",
    "Woo Won-shik represented South Korea at the Beijing commemorations on September 3, 2025.",
    "The third China–Japan–South Korea trilateral summit was held on Jeju Island in 2010.",
    "Zhu Rongji paid his first visit to South Korea in October 2000.",
    "The Mukden Incident took place 94 years ago.",
    "This year marks the 75th anniversary of the Treaty of San Francisco.",
    "China, Japan and South Korea held a trilateral summit in Tokyo in 2011.",
    # "a year ago" counts back from the publication date since batch 8 (checker.claims.AGO)
    "Yoon Suk Yeol declared martial law just over a year ago.",
    # twins of the second probes (below), written with them
    "North Korea invaded South Korea on June 25, 1950.",
    "The Korean War began on June 25, 1950.",
    "China was South Korea's largest trading partner in 2024.",
    "In 2023 South Korea recorded its first annual trade deficit with China since 1992.",
    "South Korea returned to China the remains of 437 Chinese soldiers in March 2014.",
    "China ceded Taiwan to Japan in 1895.",
]
TRUE_REVIEWED = [
]
FALSE_CONTRADICTED = [
    "The Treaty of Shimonoseki was signed on April 17, 1905.",
    "The United States dropped an atomic bomb on Hiroshima on August 9, 1945.",
    "The Treaty of San Francisco was signed in September 1952.",
    "The Treaty of San Francisco entered into force on April 28, 1951.",
    "The UN Security Council adopted Resolution 83 on June 25, 1950.",
    "The Mutual Defense Treaty between the United States and South Korea was signed in 1963.",
    "Yoon Suk Yeol declared martial law on December 13, 2024.",
    "The Constitutional Court removed Yoon Suk Yeol from office in April 2024.",
    "Park Chung Hee was assassinated by Kim Jae-gyu in 1969.",
    "Syngman Rhee resigned in April 1965 after the April Revolution.",
    "Yoon Suk Yeol and Xi Jinping held their first summit in Lima in November 2022.",
    "Woo Won-shik represented South Korea at the Beijing commemorations on September 3, 2015.",
    "The third China–Japan–South Korea trilateral summit was held on Jeju Island in 2012.",
    "Zhu Rongji paid his first visit to South Korea in October 1998.",
    "Yoon Suk Yeol declared martial law three years ago.",
    "The Korean War started on July 27, 1953.",
]
FALSE_REVIEWED = [
    "The Mukden Incident occurred on September 18, 1937.",
    "The Marco Polo Bridge Incident took place near Shanghai in July 1937.",
    "The National Assembly voted against impeaching Yoon Suk Yeol on December 14, 2024.",
    "Han Duck-soo met Xi Jinping in Shanghai in September 2023.",
    "The Mukden Incident took place 84 years ago.",
    "This year marks the 70th anniversary of the Treaty of San Francisco.",
    "Lee Jae Myung attended China's Victory Day parade in Beijing on September 3, 2025.",
    "Kim Jae-gyu was director of the National Intelligence Service.",
    # probes of the opposite-verb shape, written after the first run
    "China welcomed the deployment of the THAAD missile defense system in South Korea in July 2016.",
    "South Korea's Constitutional Court rejected the impeachment of Yoon Suk Yeol in April 2025.",
    "The Constitutional Court overturned the impeachment of Yoon Suk Yeol on April 4, 2025.",
    "South Korea's National Assembly voted against lifting martial law on December 3, 2024.",
    "Lee Jae Myung lost the presidential election held on June 3, 2025.",
    # second probes, after the opposite-verb fix: who acted on whom, opposite nouns and superlatives; all were
    # supported before checker.roles and the wider checker.polarity.OPPOSITE_WORDS
    "Kim Jae-gyu was assassinated by Park Chung Hee in 1979.",
    "South Korea invaded North Korea on June 25, 1950.",
    "The United States attacked Japan at Pearl Harbor on December 7, 1941.",
    "Japan recognized Korea's independence in the Treaty of Shimonoseki in 1895.",
    "South Korea recorded an annual trade surplus with China in 2023 for the first time since 1992.",
    "China was the smallest trading partner of South Korea in 2024.",
    "The Korean Armistice Agreement was signed at Panmunjom on July 27, 1953, starting the Korean War.",
    "South Korea returned to Japan the remains of 437 Chinese soldiers in March 2014.",
    "Japan ceded Taiwan to China in 1895.",
    # third probes, written after the note of the stop: qualifiers that say the opposite
    "The Constitutional Court narrowly upheld the impeachment of Yoon Suk Yeol on April 4, 2025.",
    "China began allowing visa-free entry for South Koreans on November 8, 2024, as part of a bilateral agreement.",
    "Yoon Suk Yeol and Xi Jinping held their last summit on November 15, 2022.",
]
ABSENT = [
    "South Korea's Constitutional Court has nine justices.",
    "Hiroshima's population exceeded 1.1 million in 2020.",
    "South Korea's Constitutional Court has nine judges.",
]

add_outcome_tests(globals())  # the outcome tests every batch has (tests/heldout.py)


SAN_FRANCISCO = ("The Treaty of San Francisco between Japan and the Allied Powers was signed on September 8, 1951, "
                 "and entered into force on April 28, 1952; neither the People's Republic of China nor either Korean "
                 "state was a party to it.")
WOO = ("South Korean National Assembly Speaker Woo Won-shik represented South Korea at China's commemorations in "
       "Beijing on September 3, 2025; South Korean President Lee Jae Myung did not attend.")


def _denies(claim: str, fact: str) -> bool:
    return fact_denies(claim, entities_of(claim), fact)


def test_a_denial_about_others_after_a_semicolon_does_not_bear_on_the_claim() -> None:
    assert not _denies("The Treaty of San Francisco was signed in September 1951.", SAN_FRANCISCO)
    assert not _denies("Woo Won-shik represented South Korea in Beijing.", WOO)


def test_a_denial_naming_what_the_claim_names_still_counts() -> None:
    assert _denies("South Korea was a party to the Treaty of San Francisco.", SAN_FRANCISCO)  # "Korean"
    assert _denies("China signed the Treaty of San Francisco.", SAN_FRANCISCO)
    assert _denies("Lee Jae Myung attended the commemorations in Beijing.", WOO)
    # one statement: its negation is the fact's, whatever it names
    assert _denies("The treaty was signed in 1951.", "The treaty was not signed until 1951.")


def test_opposite_words_flip_the_claim_unless_a_side_says_both() -> None:
    fact = "South Korea's National Assembly voted to impeach President Yoon Suk Yeol on December 14, 2024."
    assert opposite_words("The National Assembly voted against impeaching Yoon Suk Yeol.", fact)
    assert not opposite_words("The National Assembly voted to impeach Yoon Suk Yeol.", fact)
    assert opposite_words("Lee Jae Myung lost the election.", "Lee Jae Myung won the election held on June 3, 2025.")
    assert opposite_words("The court overturned the impeachment.", "The court upheld the impeachment.")
    assert opposite_words("China welcomed the deployment.", "The Chinese government opposed the deployment.")
    # a fact that says both verbs, of different people, restates either claim
    assert not opposite_words("Moon won the election.", "Moon won the election, and Hong lost it.")
    assert not opposite_words("Exports declined in 2020.", "The assembly adopted the budget in 2020.")


def test_a_relative_computation_of_one_year_reads_in_the_singular(real_checker: Checker) -> None:
    result = given(real_checker, "Yoon Suk Yeol declared martial law three years ago.", PUBLISHED)
    assert result.verdict == "contradicted"
    assert "= 1 year;" in result.reason.message, result.reason.message


def test_a_loosely_related_store_fact_is_not_read_as_refuting(real_checker: Checker) -> None:
    """The verifier read "unanimously upheld the impeachment" (cosine 0.47) as refuting a count of justices."""
    result = given(real_checker, "South Korea's Constitutional Court has nine justices.", PUBLISHED)
    assert result.verdict == "needs_review"
    assert result.reason.code != "model_refutes"


def test_a_contradiction_cites_the_facts_nearest_date(real_checker: Checker) -> None:
    """The term fact gives the start and the end of Rhee's presidency; the resignation is the one to show."""
    result = given(real_checker, "Syngman Rhee resigned in April 1965 after the April Revolution.", PUBLISHED)
    assert result.verdict == "contradicted"
    assert "the fact says 'April 26, 1960'" in result.reason.message, result.reason.message


def test_a_claim_that_swaps_who_acted_on_whom_or_names_another_doer_is_about_another_event() -> None:
    park = ("South Korean President Park Chung Hee was assassinated on October 26, 1979, by Kim Jae-gyu, director "
            "of the Korean Central Intelligence Agency.")
    assert role_mismatch("Kim Jae-gyu was assassinated by Park Chung Hee in 1979.", park)
    assert role_mismatch("Park Chung Hee was assassinated by Kim Jae-gyu in 1979.", park) is None
    war = "The Korean War began on June 25, 1950, when North Korean forces invaded South Korea."
    assert role_mismatch("South Korea invaded North Korea in 1950.", war)
    assert role_mismatch("North Korea invaded South Korea in 1950.", war) is None
    treaty = "The Treaty of Shimonoseki … required China to recognize Korea's independence and cede Taiwan to Japan."
    assert role_mismatch("Japan recognized Korea's independence in 1895.", treaty)
    assert role_mismatch("China recognized Korea's independence in 1895.", treaty) is None
    remains = ("In March 2014 South Korea returned to China the remains of 437 soldiers of the Chinese People's "
               "Volunteers killed in the Korean War.")
    assert role_mismatch("South Korea returned to Japan the remains of 437 Chinese soldiers.", remains)
    assert role_mismatch("South Korea returned to China the remains of 437 Chinese soldiers.", remains) is None
    # a side whose doer or acted-on is not named is no evidence either way
    assert role_mismatch("The country was invaded in 1950.", war) is None


def test_starting_against_ending_flips_unless_the_fact_gives_the_span() -> None:
    assert opposite_words("The Korean War started on July 27, 1953.",
                          "The armistice was signed on July 27, 1953, ending the fighting of the Korean War.")
    assert not opposite_words("The Second Sino-Japanese War began on July 7, 1937.",
                              "The Second Sino-Japanese War was fought from July 7, 1937, to 1945 and ended with "
                              "Japan's surrender in 1945.")
    assert opposite_words("a trade surplus with China", "a trade deficit with China")
    assert opposite_words("the smallest trading partner", "the largest trading partner")
    assert not opposite_words("the biggest trading partner", "the largest trading partner")
    assert opposite_words("The court narrowly upheld the impeachment.", "The court unanimously upheld it.")
    assert opposite_words("their last summit", "their first summit")
    assert not opposite_words("their first summit last year", "their first summit")
