"""An eighteenth held-out verdict batch: twelve claims with a false twin each, on facts no batch used (lengths
between events, an age, a term, a place, a count of summits) and two absent claims, as of 2026-10-01
(``/work/notes/heldout18.py``, written before the checker saw them; first run in ``heldout18c-run1.txt``).

First run: 9 of 12 true claims supported, 7 of 12 false ones contradicted, nothing false supported, and **one true
claim contradicted**: "South Korea joined RCEP on February 1, 2022, a month after the agreement entered into force"
was counted from the China–South Korea free trade agreement's entry into force (2015), which holds all three of
"the agreement entered into force"; the RCEP fact says "The Regional Comprehensive Economic Partnership (RCEP)
entered into force …". "the agreement" (treaty, pact, accord …) of the other event is now the one the main clause
names: its object, else its subject when that is an agreement (checker.gaps). After: 10 of 12 true supported.
The first run also **contradicted an absent claim**, and a true one: "Jiang Zemin was born in Yangzhou", of which
the store says nothing, by the verifier (p = 0.83) on the fact of his presidency, which shares only his name. A store
fact may now let the verifier contradict only if it shares a content word of the claim besides the name the claim
opens with (checker.subject.says_of_subject); the dev sets' verdicts did not change (0 of 953). Left: a term's
length ("served as China's president for ten years") and a count of summits that no fact states ("held three
summits in 2018") are not computed.
"""

from __future__ import annotations

from datetime import date

from checker.gaps import parts
from checker.subject import says_of_subject
from checker.values import extract_values

from heldout import add_outcome_tests

PUBLISHED = date(2026, 10, 1)

TRUE_SUPPORTED = [
    "Yun Bong-gil's bombing in Hongkou Park came less than four months after Lee Bong-chang's attack on Hirohito.",
    "Kim Koo was 72 when he was assassinated.",
    "The June 15th North-South Joint Declaration was adopted in Pyongyang in 2000.",
    "North Korea withdrew from the NPT in January 2003, more than three years before its first nuclear test.",
    "The Potsdam Declaration was issued in July 1945.",
    "The first G20 leaders' summit was held in Washington in November 2008.",
    "Germany surrendered three months before Japan announced its surrender.",
    "The Gwangju Uprising began in May 1980, seven months after Park Chung Hee was assassinated.",
    "South Korea joined RCEP on February 1, 2022, a month after the agreement entered into force.",
    "Kim Jong Il died 17 years after his father Kim Il Sung.",
]
TRUE_REVIEWED = [
    "Jiang Zemin served as China's president for ten years.",  # a term's length is not computed
    "Moon Jae-in and Kim Jong Un held three summits in 2018.",  # no fact counts them
]
FALSE_CONTRADICTED = [
    "Kim Koo was 65 when he was assassinated.",
    "North Korea withdrew from the NPT in January 2003, more than five years before its first nuclear test.",
    "The Potsdam Declaration was issued in July 1944.",
    "Germany surrendered six months before Japan announced its surrender.",
    "The Gwangju Uprising began in May 1980, two years after Park Chung Hee was assassinated.",
    "Kim Jong Il died 20 years after his father Kim Il Sung.",
]
FALSE_REVIEWED = [
    "Yun Bong-gil's bombing in Hongkou Park came more than a year after Lee Bong-chang's attack on Hirohito.",
    "Jiang Zemin served as China's president for fifteen years.",
    "The June 15th North-South Joint Declaration was adopted in Seoul in 2000.",
    "Moon Jae-in and Kim Jong Un held five summits in 2018.",
    "The first G20 leaders' summit was held in London in November 2008.",
    # 0.1 years: within a unit of "a year", unverified
    "South Korea joined RCEP on February 1, 2022, a year after the agreement entered into force.",
]
TRUE_INSIDE_FALSE = ["The Gwangju Uprising began in May 1980", "South Korea joined RCEP on February 1, 2022"]
ABSENT = ["The Gwangju Uprising lasted ten days.", "Jiang Zemin was born in Yangzhou."]

add_outcome_tests(globals())  # the outcome tests every batch has (tests/heldout.py)


def _other(claim: str) -> str:
    found = parts(claim, extract_values(claim))
    assert found is not None
    return found.other


def test_the_agreement_of_the_other_event_is_the_one_the_main_clause_names() -> None:
    assert _other("South Korea joined RCEP on February 1, 2022, a month after the agreement entered into force.") \
        == "RCEP entered into force"
    assert _other("The Treaty of San Francisco entered into force about seven months after the treaty was "
                  "signed.") == "The Treaty of San Francisco was signed"
    # a subject that is no agreement, and an object without a name, name none
    assert _other("South Korea ratified the accord in 2015, two years after the agreement was signed.") \
        == "the agreement was signed"


def test_a_store_fact_silent_on_what_the_claim_says_of_its_subject_cannot_refute_it() -> None:
    presidency = ("Jiang Zemin served as President of the People's Republic of China from March 1993 to March 2003 "
                  "and as General Secretary of the Communist Party of China.")
    assert not says_of_subject("Jiang Zemin was born in Yangzhou.", presidency)
    assert says_of_subject("Jiang Zemin served as president until 2005.", presidency)
    assert says_of_subject("Kim Koo was born in Seoul.", "Kim Koo was born on August 29, 1876, in Haeju.")
