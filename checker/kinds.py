"""What a sentence or claim is: checkable or not (opinion, prediction, normative, question), and its type.

Rules, not a model: each decision is one readable pattern, so a journalist can see why a sentence was or
was not sent for checking.
"""

from __future__ import annotations

import re
from datetime import date

from .clauses import SUPERLATIVE
from .domain import Value
from .entities import countries_in, people_in
from .framing import framed_kind, time_frame
from .numbers import MODIFIER, NUMBER, ORDINAL
from .relatives import set_aside
from .values import extract_values

QUESTION = re.compile(r"\?[\"'”’)]*$")
NORMATIVE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to|it\s+is\s+(?:necessary|"
                       r"important|essential|imperative|vital|crucial)|shall\s+not)\b", re.IGNORECASE)
FUTURE = re.compile(r"\b(?:will|would|shall|is\s+expected\s+to|are\s+expected\s+to|plans?\s+to|is\s+going\s+to|"
                    r"(?:is|are)\s+(?:now\s+)?(?:scheduled|slated)\s+to|"
                    r"expected|expects?|forecasts?|predicts?)\b", re.IGNORECASE)
OPINION = re.compile(r"\b(?:signif(?:y|ies|ying)|reflects?|demonstrates?|indicates?|shows?\s+that|transcends?|"
                     r"constitutes?|I\s+think|we\s+believe|in\s+my\s+view|undoubtedly|clearly|it\s+is\s+clear|"
                     r"not\s+only|endows?|strategic\s+significance|primary\s+task|"
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
CONDITIONAL = re.compile(r"^\W*(?:If|Unless|Should)\b")  # "If the past two days are any guide, …" asserts nothing
# Looking ahead without a future tense: "make him the favourite for next year's championships".
PROSPECT = re.compile(r"\b(?:can|could|may|might|likely|unlikely|favou?rites?|due\s+to|set\s+to|poised|"
                      r"on\s+track|aims?\s+(?:for\s+[\w\s-]{1,40}?\s+)?to)\b", re.IGNORECASE)
PAST_TENSE = re.compile(r"\b(?:was|were|had|did|ha(?:s|ve)\s+been|[a-z]{2,}ed|said|told|won|ran|took|made|met|led|"
                        r"held|gave|came|went|saw|got|left|kept|spent|sent|paid|sold|bought|built|began|became|"
                        r"fell|rose|grew|knew|found|lost|wrote|spoke|broke|flew|struck|chose|stood|drew|drove|brought|"
                        r"caught|fought|sought|swept|shrank|sank|underwent|overtook|withdrew)\b")
# "Sanne de Vries, 47, is now expected to …": an age beside a name describes, it is not what the sentence says.
_AGE = re.compile(r", \d{1,3},")
DIRECT_QUOTE = re.compile(r"[\"“]([^\"”]{3,400})[\"”]")
REPORTER = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:said|says|told|noted|added|stated|acknowledged)\b")
# (a passive "more flights should be added" reports nobody)
QUOTE = re.compile(r"(?<!\bbe )(?<!been )\b(?:said|says|noted|stated|emphasi[sz]ed|acknowledged|told|announced|"
                   r"declared|stressed|added|remarked|according\s+to|called\s+for|urged|warned|pledged|proposed)\b",
                   re.IGNORECASE)
# A finding attributed to its source ("Warmer ocean water is the main cause, the study concludes"): what the
# study says can be checked against it, figure or not.
FINDING = re.compile(r"\b(?:study|report|survey|researchers|scientists|authors|analysis|paper|review|audit|census|"
                     r"investigators|inspectors|auditors)"
                     r"\s+(?:concludes?|concluded|found|finds|shows?|showed|estimates?|estimated)\b", re.IGNORECASE)
# A change ("rose 41 percent", "cut rates by", "climbed to") or a comparison. A verb right before a count of
# things ("cut 1,200 jobs", "gained 3 seats") states a number, not a change of one.
_COUNT_OF_THINGS = (r"(?!\s+(?:about\s+|nearly\s+|some\s+|almost\s+)?\d[\d,.]*\s+"
                    r"(?!percent|per\b|points?|basis|times)[a-z])")
_CHANGE = (r"\b(?:rose|risen|fell|fallen|increased|decreased|surged|plunged|jumped|dropped|grew|grown|"
           r"declined(?!\s+to\b)|doubled|tripled|halved|soared|slumped|slowed|eased|cut(?!\s+the\s+ribbon)|gained|"
           r"climbed|lifted|raised|"
           r"lowered|edged|widened|narrowed|rebounded|slipped|shrank|contracted|expanded|accelerated|dipped|tumbled|"
           rf"rallied|warmed|cooled|shrunk|melted)\b{_COUNT_OF_THINGS}")
# A comparison spelled out ("twice its budget", "slower than", "below the 1981-2010 average", "roughly the size
# of Mongolia"): a source can settle it even without a figure, so the check-worthiness gate keeps it.
_EXPLICIT = (r"\b(?:twice|half|(?:three|four|five|ten|\d+(?:\.\d+)?)\s+times)\s+(?:of\s+)?"
             r"(?:as\s+\w+\s+as|the|its|their|his|her|that|what|\w+'s)\b"
             r"|\b(?:beat(?:ing)?|surpass(?:ed|ing)|exceed(?:ed|ing)|miss(?:ed|ing)|top(?:ped|ping))\s[^;]{0,50}?"
             r"\b(?:expected|expectations|forecasts?|estimates?|predicted)\b"
             r"|\b(?:up|down)\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent|(?:percentage\s+)?points?)\s+)?from\b"
             r"|\b(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent\b|per\s+cent\b)"
             r"|(?:%|\bpercent|\bpoints?)\s+(?:above|below|higher|lower)\b|\bcompared\s+(?:with|to)\b"
             r"|\b(?:faster|slower|higher|lower|larger|smaller|bigger|cheaper|older|younger|longer|shorter)"
             r"\s+than\b|\b(?:fewer|more|less)\s+than\s+(?:in|at|last|the\s+previous|a\s+year)\b"
             r"|\b(?:above|below|more\s+than|less\s+than)\s+the\s+(?:[\w-]+\s+){0,3}?(?:average|mean|median|"
             r"norm|target|peak|level|levels)\b|(?:%|\bpercent)\s+of\s+(?:its\s+|their\s+|the\s+)?\d{4}\s+levels?\b"
             r"|\b(?:roughly|about|nearly|almost|twice|half|times)\s+the\s+size\s+of\b"
             # "a fall of 85 percent", "cutting emissions per kilo by 11 percent"
             r"|\b(?:a|an)\s+(?:fall|drop|decline|rise|increase|jump|gain)\s+of\s+[\d.,]+\s*(?:%|percent\b)"
             # "five times as much", "93 seconds ahead of", "below those of France", "breaking the record by"
             r"|\b(?:breaking|broke|beating|beat|improving|improved|lowering|lowered)\s+(?:the|her|his|its|their)\s+"
             r"(?:[\w-]+\s+){0,2}?record\s+by\b"
             r"|\btimes\s+as\s+(?:much|many)\b|\d\s+(?:seconds?|minutes?|points?|votes?|seats?|metres?)\s+"
             r"(?:ahead\s+of|behind|clear\s+of)\b|\b(?:above|below)\s+(?:that|those)\s+of\b"
             r"|\b(?:cutting|raising|lowering|reducing|increasing)\s[^,;]{0,40}?\bby\s+[\d.,]+\s*(?:%|percent\b)")
COMPARISON = re.compile(f"{_CHANGE}|{_EXPLICIT}", re.IGNORECASE)
EXPLICIT_COMPARISON = re.compile(_EXPLICIT, re.IGNORECASE)
# "the most frequent visitor" ranks; "the most concrete result" or "the most important partner" appraises
_RANKED_BY = (r"(?!(?:important|significant|notable|concrete|striking|visible|remarkable|interesting|promising|"
              r"pressing|urgent|serious|welcome|impressive|memorable|ambitious|controversial|symbolic|"
              r"meaningful|valuable|successful|effective|critical|crucial|fundamental|immediate|obvious)\b)\w+")
# "the top scorer" ranks; "Vietnam's top leader" or "its top diplomat" is a title
_TOP_RANKS = (r"(?!(?:leader|leaders|official|officials|diplomat|diplomats|general|generals|aide|aides|adviser|"
              r"advisers|advisor|envoy|negotiator|executive|executives|prosecutor|court|legislator|lawmaker|"
              r"brass|management|commander|military|security)\b)\w+")
# A place among others: "the second highest rate among", "the largest in", "among the first", "finished second",
# a record ("a record quarterly profit", "…, a record"; not a record label or a criminal record), "only two
# companies sell more", "second only to", "more per trip than visitors from any other country".
RANKING = re.compile(rf"(?i:\b(?:the|its|their|his|her|\w+'s)\s+(?:{ORDINAL}[\s-]+)?"
                     rf"(?:{SUPERLATIVE}|most\s+{_RANKED_BY}|least\s+\w+|top\s+{_TOP_RANKS})\b(?!-known)|"
                     rf"\b(?:among|one\s+of)\s+the\s+(?:{ORDINAL}|{SUPERLATIVE})\b|"
                     rf"\b(?:finished|took|placed|came|ranked|ranks)\s+(?:{ORDINAL})\b|\bsecond\s+only\s+to\b|"
                     rf"\bonly\s+(?:{NUMBER})\s[^.;]{{0,60}}?\b(?:more|larger|bigger|higher|greater)\b|"
                     rf"\bthan\s+(?:(?:\w+\s+)?(?:from|in|of)\s+)?(?:any|all)\s+other\b|"
                     # "highest in the Netherlands at 3.2 percent" (a part that took its verb from the one before)
                     rf"^(?:{SUPERLATIVE})\s+(?:in|among)\b|"
                     # "No other Arab head of state has visited China as often", "one of only a handful of"
                     rf"\bno\s+other\b[^.;]{{0,80}}?\b(?:as\s+(?:often|many|much)|more)\b|"
                     rf"\bone\s+of\s+only\s+(?:a\s+handful|a\s+few|{NUMBER})\b|"
                     # "Only Kenya's Ruth Chepngetich has run faster"
                     r"\bonly\b[^.;]{0,120}?\b(?:has|have|had)\s+(?:\w+\s+)?"
                     r"(?:faster|more|better|higher|longer|further)\b)"
                     r"|\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Nn]ew|[Aa]ll-time)\s+record(?:-\w+)?\b"
                     r"(?!\s+(?:label|company|companies|store|shop|deal|player|collection|book|of\s+(?:the|his|her|"
                     r"their|its)))")
# "the lowest rate since March 2023", "the lowest level in more than a decade": a record counted back, like
# "the first … in over six years".
_FIRST_TIME_SINCE = re.compile(r"(?:the\s+)?first\s+time\s+since\b", re.IGNORECASE)
RECORD_SINCE = re.compile(rf"(?i:\b(?:{SUPERLATIVE}|first)\b[^.;]{{0,80}}?\b(?:since|in\s+(?:{MODIFIER}\s+)?"
                          rf"(?:{NUMBER}|a|an)\s+(?:years?|decades?|months?))\b)")
PAST_EVENT = re.compile(r"\b(?:was|were|visited|signed|met|held|established|founded|launched|attended|"
                        r"announced|elected|adopted|opened|took\s+place|accompanied|witnessed|invaded|died|born)\b",
                        re.IGNORECASE)
BOILERPLATE = re.compile(r"^(?:\(?Editor'?s\s+note|\(If\s+you\s+want|The\s+article\s+reflects)|@|\bcontact\s+us\b",
                         re.IGNORECASE)
# "shrank to its smallest winter extent on record": an all-time place, whatever verb brought it there.
ON_RECORD = re.compile(rf"(?i:\b(?:{SUPERLATIVE}|most|least)\b[^.;]{{0,60}}?\bon\s+record\b)")
FIRST_IN = re.compile(rf"(?i:\bfirst\b[^.;]{{0,100}}?\bin\s+(?:{MODIFIER}\s+)?(?:{NUMBER}|a|an)\s+"
                      rf"(?:years?|decades?|months?)\b)")


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
    if quoted_forecast(sentence):
        return "prediction"
    if QUOTE.search(sentence) and (values or names_someone(sentence) or REPORTER.search(sentence)):
        return "checkable"
    for pattern, kind in ((NORMATIVE, "normative"), (COUNTERFACTUAL, "opinion"), (CONDITIONAL, "opinion"),
                          (BELIEF, "prediction")):
        if pattern.search(sentence):
            return kind
    if values or FINDING.search(sentence) and not FUTURE.search(sentence):
        return "checkable"
    if FUTURE.search(set_aside(sentence)):  # not "Residents, whose ferry quay will close, say …"
        return "prediction"
    if OPINION.search(sentence):
        return "opinion"
    if COMPARISON.search(sentence) or (PAST_EVENT.search(sentence) or RANKING.search(sentence)) \
            and names_someone(sentence) or RECORD_SINCE.search(sentence):  # "the largest … since the 1970s"
        return "checkable"
    return "opinion"


def quoted_forecast(sentence: str) -> bool:
    """Words quoted in the future tense and nothing in the past ("My daughter will finally get to school in
    twenty minutes," said …): who said it can be checked, but what was said has not happened yet."""
    quoted = DIRECT_QUOTE.search(sentence)
    return bool(quoted and FUTURE.search(quoted.group(1)) and not PAST_TENSE.search(quoted.group(1)))


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
             for v in values}
    if ON_RECORD.search(body):
        return "ranking"
    if _FIRST_TIME_SINCE.match(body):  # ", the first time since August 2025 that it has dropped below …"
        return "duration"
    if COMPARISON.search(body):
        return "comparison"
    if RECORD_SINCE.search(body):
        return "duration"
    if RANKING.search(body):
        return "ranking"
    if (QUOTE.search(body) or FINDING.search(body)) and not types - {"date", "date_range"}:
        return "quote"
    # the figure is what is asserted; its date or period usually only says when
    for vtypes, kind in (({"number", "percent", "money"}, "number"), ({"duration"}, "duration"),
                         ({"date_range", "date"}, "date"), ({"ordinal"}, "ranking")):
        if types & vtypes:
            return kind
    return "event"


def _on_the_clock(value: Value, body: str) -> bool:
    """"in the 93rd minute" says when, not a place among others."""
    return re.search(rf"\b{re.escape(value.text)}\s+(?:minute|hour|second)\b", body) is not None


def _count_since(value: Value, body: str) -> bool:
    """"his third trip to Japan since he took office", "its fifth cut since May 2024": how many times, counted
    from a date, not a place among others nor the date itself."""
    return re.search(rf"\b{re.escape(value.text)}\s+(?:[\w-]+\s+){{1,4}}?since\b", body) is not None


def _ones_own(value: Value, body: str) -> bool:
    """"his second to Vietnam", "its fifth cut": how many times someone did it, not a place among others ("its
    second-largest market" ranks)."""
    return re.search(rf"\b(?:his|her|its|their)\s+{re.escape(value.text)}\b(?![\s-]+(?:{SUPERLATIVE}|most)\b)",
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
