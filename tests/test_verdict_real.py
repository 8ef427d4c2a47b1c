"""Real model, real FAISS, bundled reference data: true claims supported, perturbed ones never."""

from datetime import date

import pytest

from checker.pipeline import Checker

PUBLISHED = date(2026, 1, 4)

TRUE_CLAIMS = [
    "This marks the first visit by a ROK president to China in over six years",
    "In the 33 years since the establishment of diplomatic relations between China and the ROK, such visits are rare",
    "The year 2026 marks the 150th anniversary of the birth of Kim Koo",
    "The just-concluded year 2025 marked the 80th anniversary of the victory of the World Anti-Fascist War",
    "President Lee Jae Myung is on a state visit to China from January 4 to 7",
    "A large economic delegation of 200 members accompanied Lee Jae Myung on his state visit to China",
]

PERTURBED = [
    "This marks the first visit by a ROK president to China in over ten years",
    "This marks the first visit by a ROK president to Japan in over six years",
    "In the 23 years since the establishment of diplomatic relations between China and the ROK, such visits are rare",
    "In the 43 years since the establishment of diplomatic relations between China and the ROK, such visits are rare",
    "The year 2026 marks the 140th anniversary of the birth of Kim Koo",
    "The just-concluded year 2025 marked the 70th anniversary of the victory of the World Anti-Fascist War",
    "President Lee Jae Myung is on a state visit to China from January 5 to 8",
    "President Lee Jae Myung is on a state visit to Japan from January 4 to 7",
    "President Moon Jae-in is on a state visit to China from January 4 to 7",
    "A large economic delegation of 300 members accompanied Lee Jae Myung on his state visit to China",
    "China and the Republic of Korea established diplomatic relations on August 24, 1993",
    "China and Japan established diplomatic relations on August 24, 1992",
    "Kim Koo was born on August 29, 1886",
    "South Korean President Moon Jae-in did not visit China in December 2019",
]


@pytest.mark.parametrize("claim", TRUE_CLAIMS)
def test_true_claims_supported(real_checker: Checker, claim: str) -> None:
    (result,) = real_checker.check_claims([claim], published=PUBLISHED).claims
    assert result.verdict == "supported", result.reason
    assert result.evidence and result.evidence[0].fact.source


@pytest.mark.parametrize("claim", PERTURBED)
def test_perturbed_claims_never_supported(real_checker: Checker, claim: str) -> None:
    (result,) = real_checker.check_claims([claim], published=PUBLISHED).claims
    assert result.verdict in ("contradicted", "needs_review"), result.reason


def test_ten_years_is_contradicted_with_the_computation(real_checker: Checker) -> None:
    (result,) = real_checker.check_claims([PERTURBED[0]], published=PUBLISHED).claims
    assert result.verdict == "contradicted"
    assert "2019-12-23 → 2026-01-04" in result.reason.message


def test_example_article_end_to_end(real_checker: Checker, example_text: str) -> None:
    result = real_checker.check(example_text, published=PUBLISHED)
    by_phrase = {p: next(c for c in result.claims if p in c.claim.text) for p in
                 ("over six years", "33 years", "150th anniversary", "80th anniversary", "200 members")}
    for phrase, claim in by_phrase.items():
        assert claim.verdict == "supported", (phrase, claim.reason)
        assert example_text[claim.claim.span[0]:claim.claim.span[1]] == claim.claim.text
    assert result.store is not None and result.store.facts >= 150
    assert all(not c.checkable for c in result.skipped)


def test_evidence_field_replaces_the_store(real_checker: Checker) -> None:
    result = real_checker.check_claims(["The bridge opened in 1932."], published=PUBLISHED,
                                       evidence=["The bridge opened to traffic in 1932."])
    assert result.claims[0].verdict == "supported"
    assert result.claims[0].evidence[0].fact.id == "evidence-1"
    other = real_checker.check_claims(["The bridge opened in 1933."], published=PUBLISHED,
                                      evidence=["The bridge opened to traffic in 1932."])
    assert other.claims[0].verdict == "contradicted"


@pytest.mark.parametrize("claim, evidence", [
    # the figure is paired with what it counts, not with an equal figure about something else
    ("The band released two extended plays.",
     "The band released two studio albums, two mixtapes, eight extended plays and 20 singles."),
    # the birth date, not the graduation date that happens to match
    ("The actress was born on November 22, 1968.",
     "The actress (born 22 November 1948) graduated from the drama school on November 22, 1968."),
    # a polarity flip without "not"
    ("The album topped the chart for five consecutive weeks.",
     "The album spent five non-consecutive weeks at number one on the chart."),
    # a bound before a date
    ("The singer announced the tour after February 2018.",
     "The singer announced the tour in late February 2018."),
    # a negation alone is a reason to look, not a contradiction ("banned" / "not approved" say the same)
    ("The supplement is banned by the regulator.", "The supplement is not approved by the regulator."),
])
def test_close_facts_about_other_things_are_never_supported(real_checker: Checker, claim: str,
                                                            evidence: str) -> None:
    (result,) = real_checker.check_claims([claim], published=PUBLISHED, evidence=[evidence]).claims
    assert result.verdict in ("contradicted", "needs_review"), result.reason


def test_a_figure_from_another_year_is_no_contradiction(real_checker: Checker) -> None:
    (result,) = real_checker.check_claims(
        ["The country's gross domestic product was higher than $ 410 billion in 2018."], published=PUBLISHED,
        evidence=["The country's gross domestic product was $ 403.2 billion in 2014."]).claims
    assert (result.verdict, result.reason.code) == ("needs_review", "stale_fact"), result.reason


def test_bounded_date_supported_when_the_fact_falls_inside(real_checker: Checker) -> None:
    (result,) = real_checker.check_claims(["By May 2, 2017, the single had shipped 1 million units."],
                                          published=PUBLISHED,
                                          evidence=["On May 2, 2017, the single was certified platinum for "
                                                    "shipments of one million units."]).claims
    assert result.verdict != "contradicted", result.reason
    assert result.claim.values[0].modifier == "by"


def test_a_count_at_another_date_is_no_contradiction(real_checker: Checker) -> None:
    (result,) = real_checker.check_claims(
        ["By April 10, 2020, there were more than 880 confirmed cases in the country."], published=PUBLISHED,
        evidence=["As of 9 April 2020, the country had 878 confirmed cases."]).claims
    assert (result.verdict, result.reason.code) == ("needs_review", "stale_fact"), result.reason
