"""What a sentence or claim is: checkable or not (opinion, prediction, normative, question), and its type.

Rules, not a model: each decision is one readable pattern, so a journalist can see why a sentence was or
was not sent for checking.
"""

from __future__ import annotations

import re
from datetime import date

from .dates import MONTH_NAME, THAT_YEAR
from .domain import Value
from .entities import countries_in, people_in
from .framing import framed_kind, time_frame
from .lexicon import ATTRIBUTING, FORETELLING, HE_SAID, IRREGULAR_PAST, SUPERLATIVE, alternation, any_word
from .rankings import FIRST_IN, FIRST_TIME_SINCE, ON_RECORD, RANKING, RECORD_SINCE, compares
from .relatives import set_aside
from .values import extract_values

_EXPECTED = re.compile(r"\b(?:is|are)\s+(?:widely\s+)?expected\s+to\b", re.IGNORECASE)
# reported speech about what will come ("Analysts said the result would strengthen …"), unless something done is
# told before it ("conceded defeat shortly after midnight and said he would step down")
_SAID_WILL = re.compile(rf"{any_word(FORETELLING)}\s+(?:that\s+)?(?:[\w'’-]+\s+){{1,5}}?(?:would|will)\s")
# a warning of what may come, figure or not ("Hospital leaders warned that a strike … planned for later this month
# could reverse the progress"): what was warned of has not happened
_WARNED = re.compile(r"\b(?:warned|warns|cautioned|fear|fears|feared)\s+that\s+(?:[\w'’-]+\s+){1,12}?"
                     r"(?:could|may|might)\b")
QUESTION = re.compile(r"\?[\"'”’)]*$")
NORMATIVE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to|it\s+is\s+(?:necessary|"
                       r"important|essential|imperative|vital|crucial)|shall\s+not)\b", re.IGNORECASE)
FUTURE = re.compile(r"\b(?:will|would|shall|is\s+expected\s+to|are\s+expected\s+to|plans?\s+to|is\s+going\s+to|"
                    r"(?:is|are)\s+(?:now\s+)?(?:scheduled|slated)\s+to|"
                    r"expected|expects?|forecasts?|predicts?)\b", re.IGNORECASE)
OPINION = re.compile(r"\b(?:signif(?:y|ies|ying)|reflects?|demonstrates?|indicates?|shows?\s+that|transcends?|"
                     r"constitutes?|I\s+think|we\s+believe|in\s+my\s+view|undoubtedly|clearly|it\s+is\s+clear|"
                     r"not\s+only|endows?|strategic\s+significance|primary\s+task|complain(?:s|ed)?\s+that|"
                     r"(?:is|are|was|were)\s+(?:widely\s+)?(?:seen|regarded|viewed|considered)\s+"
                     r"(?:by\s+[^.]{1,60}?\s+)?as)\b"
                     # a label put on something: 'called it "the most important project of this generation"'
                     r"|\b(?:called|calls|dubbed|hailed|described)\s+(?:it|them|this|that|the\s+\w+)\s+"
                     r"(?:as\s+)?[\"“]",
                     re.IGNORECASE)
# "would have been unthinkable", "few would have predicted": what did not happen cannot be checked, nor what
# holds only on a condition.
COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)\s+have\b", re.IGNORECASE)
BELIEF = re.compile(r"\b(?:believes?|thinks?|hopes?|doubts?)\s+(?:that\s+)?(?:[\w'’]+\s+){1,5}?"
                    r"(?:can|could|will|would|may|might)\b"
                    # "markets see a roughly one-in-three chance of another cut": odds of what may come
                    r"|\b(?:see|sees|put|puts|give|gives)\s+(?:a|an)\s+[^.;]{0,30}?\b(?:chance|probability|likelihood|"
                    r"odds)\s+of\b", re.IGNORECASE)
# "… dialogue is the only sensible path for two countries …": what the writer recommends, whatever it counts
ONLY_PATH = re.compile(r"\b(?:is|are|was|remains?)\s+the\s+(?:only|best|surest|wisest|right)\s+(?:\w+\s+)?"
                       r"(?:path|way|course|answer|option|choice|solution|road)\b")
# "Few films this year were braver": a comparison with nothing named to compare against is an appraisal
FEW_WERE = re.compile(r"^\W*(?:Few|Fewer|Not\s+many|No\s+other)\s[^,;]{0,60}?\b(?:is|are|was|were)\s+"
                      r"(?:as\s+\w+|more\s+\w+|[a-z]{3,12}er)\b(?![^,;]{0,40}\bthan\b)")
# "She was not allowed to leave …", "The two leaders agreed to …": a past event told of someone named before
REFERRING = re.compile(r"^\W*(?:He|She|They|The\s+two\s+(?:leaders|sides|presidents|ministers|governments|men|women)|"
                       r"The\s+(?:jury|court|judge|panel|committee|board|council|union|company|government))\b")
# "the following April", "the next day": a date told from another one in the text (not yet a value of its own)
_RELATIVE_DATE = re.compile(rf"\bthe\s+(?:following|next|previous|same)\s+(?:day|week|month|year|{MONTH_NAME}|spring|"
                            r"summer|autumn|winter)\b")
CONDITIONAL = re.compile(r"^\W*(?:If|Unless|Should)\b")  # "If the past two days are any guide, …" asserts nothing
# Looking ahead without a future tense: "make him the favourite for next year's championships".
PROSPECT = re.compile(r"\b(?:can|could|may|might|likely|unlikely|favou?rites?|due\s+to|set\s+to|poised|"
                      r"on\s+track|aims?\s+(?:for\s+[\w\s-]{1,40}?\s+)?to)\b", re.IGNORECASE)
PAST_TENSE = re.compile(rf"\b(?:was|were|had|did|ha(?:s|ve)\s+been|[a-z]{{2,}}ed|{alternation(IRREGULAR_PAST)})\b")
# "Sanne de Vries, 47, is now expected to …": an age beside a name describes, it is not what the sentence says.
_AGE = re.compile(r", \d{1,3},")
DIRECT_QUOTE = re.compile(r"[\"“]([^\"”]{3,400})[\"”]")
REPORTER = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+{alternation(HE_SAID)}\b")
# (a passive "more flights should be added" reports nobody)
QUOTE = re.compile(rf"(?<!\bbe )(?<!been ){any_word(ATTRIBUTING)}", re.IGNORECASE)
# A finding attributed to its source ("Warmer ocean water is the main cause, the study concludes"): what the
# study says can be checked against it, figure or not.
FINDING = re.compile(r"\b(?:study|report|survey|researchers|scientists|authors|analysis|paper|review|audit|census|"
                     r"investigators|inspectors|auditors)"
                     r"\s+(?:concludes?|concluded|found|finds|shows?|showed|estimates?|estimated)\b", re.IGNORECASE)
PAST_EVENT = re.compile(r"\b(?:was|were|visited|signed|met|held|established|founded|launched|attended|"
                        r"announced|elected|adopted|opened|took\s+place|accompanied|witnessed|invaded|died|born|"
                        r"gave|awarded|won|named|received|appointed|approved|rejected|ruled|sentenced|banned|"
                        r"joined|hosted|co-hosted|ratified|withdrew|resigned|ended|sank|conducted|carried\s+out|"
                        r"tightened|imposed|lifted|suspended|normali[sz]ed|took\s+office|succeeded|returned)\b",
                        re.IGNORECASE)
BOILERPLATE = re.compile(r"^(?:\(?Editor'?s\s+note|\(If\s+you\s+want|The\s+article\s+reflects)|@|\bcontact\s+us\b",
                         re.IGNORECASE)
def classify(sentence: str, published: date | None = None) -> str:
    """The sentence's kind when it is not checkable, else "checkable" (refined per claim later)."""
    if BOILERPLATE.search(sentence):
        return "boilerplate"
    if QUESTION.search(sentence):
        return "question"
    framed = framed_kind(sentence, published, classify)  # "I …", "As X put it, …", '"…," she said'
    if framed:
        return framed
    values = [v for v in extract_values(sentence, default_year=2000, today=published)
              if not context_only(v, sentence) and not _AGE.match(sentence, max(0, v.span[0] - 2))
              and not time_frame(v, sentence)]
    if quoted_forecast(sentence) or _WARNED.search(sentence) \
            or not values and (_EXPECTED.search(sentence) or _said_will(sentence)):
        return "prediction"  # (and "The two sides are expected to sign …, an official told reporters")
    if QUOTE.search(sentence) and (values or names_someone(sentence) or REPORTER.search(sentence)):
        return "checkable"
    for pattern, kind in ((NORMATIVE, "normative"), (COUNTERFACTUAL, "opinion"), (CONDITIONAL, "opinion"),
                          (BELIEF, "prediction"), (FEW_WERE, "opinion"), (ONLY_PATH, "opinion")):
        if pattern.search(sentence):
            return kind
    # a year given by reference ("The treaty entered into force later that year") dates the sentence as a year
    # would, once the article's context resolves it
    if values or (FINDING.search(sentence) or THAT_YEAR.search(sentence)) and not FUTURE.search(sentence):
        return "checkable"
    if FUTURE.search(set_aside(sentence)):  # not "Residents, whose ferry quay will close, say …"
        return "prediction"
    if OPINION.search(sentence):
        return "opinion"
    if compares(sentence) or (PAST_EVENT.search(sentence) or RANKING.search(sentence)) \
            and (names_someone(sentence) or REFERRING.match(sentence)) or RECORD_SINCE.search(sentence):
        return "checkable"  # ("the largest … since the 1970s"); without a figure, the gate judges it
    return "opinion"


def _said_will(sentence: str) -> bool:
    said = _SAID_WILL.search(sentence)
    return bool(said) and not PAST_TENSE.search(sentence, 0, said.start())


def quoted_forecast(sentence: str) -> bool:
    """Words quoted in the future tense and nothing in the past ("My daughter will finally get to school in
    twenty minutes," said …): who said it can be checked, but what was said has not happened yet."""
    quoted = DIRECT_QUOTE.search(sentence)
    return bool(quoted and FUTURE.search(quoted.group(1)) and not PAST_TENSE.search(quoted.group(1)))


# a length that names the event ("a three-day state visit", "a two-day summit") describes it; the claim's kind
# is what it asserts besides ("arrived on Sunday for a three-day state visit" is a date claim)
_EVENT_LENGTH = (r"\s{1,3}(?:(?:state|official|working)\s{1,3})?"
                 r"(?:visit|trip|tour|stay|summit|conference|festival|mission)\b")


def _names_the_event(value: Value, body: str) -> bool:
    return value.type == "duration" and "-" in value.text \
        and re.search(re.escape(value.text) + _EVENT_LENGTH, body) is not None


def claim_kind(body: str, values: list[Value], relation: str | None) -> str:
    if relation == "anniversary":
        return "anniversary"
    if relation:
        return "duration"
    # minutes and hours measure something ("every four minutes", "more than an hour commuting"); a duration
    # claim is time between events, checked by arithmetic on dates
    types = {"number" if v.type == "duration" and (v.unit in ("minute", "hour") or _amount_of(v, body))
             or v.type == "ordinal" and (_on_the_clock(v, body) or _count_since(v, body) or _ones_own(v, body))
             else v.type
             for v in values if not _names_the_event(v, body)}
    if ON_RECORD.search(body):
        return "ranking"
    if FIRST_TIME_SINCE.search(body):  # ", the first time since August 2025 that it has dropped below …", "when it
        # lowered borrowing costs for the first time since 2020": a record counted back, as "the first … in N years"
        return "duration"
    if compares(body):
        return "comparison"
    if RECORD_SINCE.search(body):
        return "duration"
    if RANKING.search(body):
        return "ranking"
    if (QUOTE.search(body) or FINDING.search(body)) and not types - {"date", "date_range"}:
        return "quote"
    # the figure is what is asserted; its date or period usually only says when
    for vtypes, kind in (({"number", "percent", "money"}, "number"), ({"duration"}, "duration"),
                         ({"date_range", "date", "time"}, "date"), ({"ordinal"}, "ranking")):
        if types & vtypes:
            return kind
    return "date" if _RELATIVE_DATE.search(body) else "event"


def _on_the_clock(value: Value, body: str) -> bool:
    """"in the 93rd minute" says when, not a place among others."""
    return re.search(rf"\b{re.escape(value.text)}\s+(?:minute|hour|second)\b", body) is not None


def _count_since(value: Value, body: str) -> bool:
    """"his third trip to Japan since he took office", "its fifth cut since May 2024": how many times, counted
    from a date, not a place among others nor the date itself."""
    return re.search(rf"\b{re.escape(value.text)}\s+(?:[\w-]+\s+){{1,6}}?since\b", body) is not None


def _ones_own(value: Value, body: str) -> bool:
    """"his second to Vietnam", "its fifth cut": how many times someone did it, not a place among others ("its
    second-largest market" ranks)."""
    return re.search(rf"\b(?:his|her|its|their|[A-Z]\w+'s)\s+{re.escape(value.text)}\b"
                     rf"(?![\s-]+(?:{SUPERLATIVE}|most)\b)",
                     body) is not None


def _amount_of(value: Value, body: str) -> bool:
    """"46 years of satellite data", "two decades of research": a quantity of something, not time between
    events."""
    return f"{value.text} of " in body


def context_only(value: Value, sentence: str) -> bool:
    """"first" alone ranks nothing; it counts only with a duration ("first … in over six years")."""
    return value.type == "ordinal" and value.text.lower() == "first" and not FIRST_IN.search(sentence)


def names_someone(sentence: str) -> bool:
    return bool(people_in(sentence) or countries_in(sentence))
