"""Changes, comparisons, ranks and records: the patterns that give a claim its kind and that say a sentence
asserts something a source can settle even without a figure ("twice its budget", "the largest in", "the lowest
since March 2023"). Kept apart from :mod:`checker.kinds`, which decides what a sentence is.
"""

from __future__ import annotations

import re

from .lexicon import SUPERLATIVE, THAN_ANY_OTHER
from .numbers import MODIFIER, NUMBER, ORDINAL

# A change ("rose 41 percent", "cut rates by", "climbed to") or a comparison. A verb right before a count of
# things ("cut 1,200 jobs", "gained 3 seats") states a number, not a change of one.
_COUNT_OF_THINGS = (r"(?!\s+(?:about\s+|nearly\s+|some\s+|almost\s+)?\d[\d,.]*\s+"
                    r"(?!percent|per\b|points?|basis|times)[a-z])")
_CHANGE = (r"\b(?:rose|risen|fell|fallen|increased|decreased|surged|plunged|jumped|dropped|grew|grown|"
           r"declined(?!\s+to\b)|doubled|tripled|halved|soared|slumped|slowed|eased|cut(?!\s+the\s+ribbon)|gained|"
           r"climbed|lifted|raised|"
           r"lowered|edged|widened|narrowed|rebounded|slipped|shrank|contracted|expanded|accelerated|dipped|tumbled|"
           rf"rallied|warmed|cooled|shrunk|melted|weakened|strengthened|depreciated|appreciated)\b"
           rf"{_COUNT_OF_THINGS}")
# A comparison spelled out ("twice its budget", "slower than", "below the 1981-2010 average", "roughly the size
# of Mongolia"): a source can settle it even without a figure, so the check-worthiness gate keeps it. Three
# patterns, not one alternation: each scans hostile input well inside the regex budget on any machine
# (tests/test_regex_budget.py; one alternation of all of them measured 0.097-0.103 s against 0.1).
# Multiples and shares: "twice its budget", "five times as much", "less than a third of the", "roughly the size
# of", "six Grand Slam titles, one more than his Spanish rival".
_MULTIPLE = (r"\b(?:twice|half|double|triple|(?:three|four|five|ten|\d+(?:\.\d+)?)\s+times)\s+(?:of\s+)?"
             r"(?:as\s+\w+\s+as|the|its|their|his|her|that|what|\w+'s)\b"
             r"|\b(?:less|more)\s+than\s+(?:half|twice|double|a\s+(?:third|quarter|fifth|tenth))\s+(?:of\s+)?the\b(?!\s+total\b)"
             r"|\b(?:one|two|three|four|five)\s+(?:more|fewer|less)\s+than\s+(?:his|her|its|their|the)\b"
             r"|\b(?:roughly|about|nearly|almost|twice|half|times)\s+the\s+size\s+of\b"
             r"|\btimes\s+as\s+(?:much|many)\b")
# Moves measured from a point: beating forecasts, "up 3 percent from", "has lost about 4 percent against the
# euro" (not "lost 7,000 chicks" nor "lost the final"), "a fall of 85 percent", "breaking the record by",
# "93 seconds ahead of", "cutting emissions per kilo by 11 percent".
_MOVE = (r"\b(?:beat(?:ing)?|surpass(?:ed|ing)|exceed(?:ed|ing)|miss(?:ed|ing)|top(?:ped|ping))\s[^;]{0,50}?"
         r"\b(?:expected|expectations|forecasts?|estimates?|predicted)\b"
         r"|\b(?:up|down)\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent|(?:percentage\s+)?points?)\s+)?from\b"
         r"|\b(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent\b|per\s+cent\b)"
         r"|\blost\s+(?:about\s+|nearly\s+|almost\s+|some\s+|over\s+)?[\d.,]+\s*(?:%|percent\b|per\s+cent\b)"
         r"|\b(?:a|an)\s+(?:fall|drop|decline|rise|increase|jump|gain)\s+of\s+[\d.,]+\s*(?:%|percent\b)"
         r"|\b(?:breaking|broke|beating|beat|improving|improved|lowering|lowered)\s+(?:the|her|his|its|their)\s+"
         r"(?:[\w-]+\s+){0,2}?record(?:,[^,;]{1,40},)?\s+by\b"
         r"|\d\s+(?:seconds?|minutes?|points?|votes?|seats?|metres?)\s+(?:ahead\s+of|behind|clear\s+of)\b"
         r"|\b(?:cutting|raising|lowering|reducing|increasing)\s[^,;]{0,40}?\bby\s+[\d.,]+\s*(?:%|percent\b)")
# Against another thing or a level: "slower than", "compared with", "outperformed boys", "4,000 fewer overseas
# students than a year …", "3 points above", "below the 1981-2010 average", "below those of France".
_AGAINST = (r"(?:%|\bpercent|\bpoints?)\s+(?:above|below|higher|lower)\b|\bcompared\s+(?:with|to)\b"
            r"|\bout(?:performed|paced|numbered|sold|scored|grew|ranked)\b"
            r"|\b(?:fewer|more|less)\s+(?:[\w-]+\s+){0,3}?than\s+(?:in|at|last|this|the\s+previous|a\s+year)\b"
            r"|\b(?:faster|slower|higher|lower|larger|smaller|bigger|cheaper|older|younger|longer|shorter)"
            r"\s+than\b"
            r"|\b(?:above|below|more\s+than|less\s+than)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:average|mean|median|"
            r"norm|target|peak|level|levels)\b|(?:%|\bpercent)\s+of\s+(?:its\s+|their\s+|the\s+)?\d{4}\s+levels?\b"
            r"|\b(?:above|below)\s+(?:that|those)\s+of\b")
CHANGE = re.compile(_CHANGE, re.IGNORECASE)
EXPLICIT_COMPARISONS = tuple(re.compile(p, re.IGNORECASE) for p in (_MULTIPLE, _MOVE, _AGAINST))


def spells_out_comparison(text: str) -> bool:
    """A comparison spelled out, by any of its three patterns."""
    return any(pattern.search(text) for pattern in EXPLICIT_COMPARISONS)


def compares(text: str) -> bool:
    """A change or a comparison spelled out; separate patterns, not one alternation of all, so that none scans
    hostile input near the regex budget (tests/test_regex_budget.py)."""
    return bool(CHANGE.search(text)) or spells_out_comparison(text)
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
                     rf"\b{THAN_ANY_OTHER}|"
                     # "highest in the Netherlands at 3.2 percent" (a part that took its verb from the one before)
                     rf"^(?:{SUPERLATIVE})\s+(?:in|among)\b|"
                     # "No other Arab head of state has visited China as often", "one of only a handful of"
                     rf"\bno\s+other\b[^.;]{{0,80}}?\b(?:as\s+(?:often|many|much)|more)\b|"
                     rf"\bone\s+of\s+only\s+(?:a\s+handful|a\s+few|{NUMBER})\b|"
                     # "was the first South American country to establish …", "the first to sign"
                     rf"\b(?:the|its)\s+first\s+(?:[\w-]+\s+){{0,4}}?to\s+(?!be\b)[a-z]{{3,}}\b(?<!ing)|"
                     # "remains the only one to have sent astronauts there"
                     rf"\bthe\s+only\s+(?:one|country|nation|person|woman|man|company|team|city)\s+to\b|"
                     # "Only Kenya's Ruth Chepngetich has run faster"
                     r"\bonly\b[^.;]{0,120}?\b(?:has|have|had)\s+(?:\w+\s+)?"
                     r"(?:faster|more|better|higher|longer|further)\b)"
                     r"|\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Nn]ew|[Aa]ll-time)\s+(?:(?:club|national|world|"
                     r"European|Olympic|league|company|state)\s+)?record(?:-\w+)?\b"
                     r"(?!\s+(?:label|company|companies|store|shop|deal|player|collection|book|of\s+(?:the|his|her|"
                     r"their|its)))")
# One character of a sentence before a later "first": a window that reached a later "first" matches from that
# "first" too, so stopping there changes no answer, and text repeating "first in" is scanned once, not 100 times.
_UNTIL_FIRST = r"(?:(?!\bfirst\b)[^.;])"
# "the lowest rate since March 2023", "the lowest level in more than a decade": a record counted back, like
# "the first … in over six years".
FIRST_TIME_SINCE = re.compile(r"(?:the\s+)?first\s+time\s+since\b", re.IGNORECASE)
RECORD_SINCE = re.compile(rf"(?i:\b(?:{SUPERLATIVE}|first)\b{_UNTIL_FIRST}{{0,80}}?\b(?:since|in\s+(?:{MODIFIER}\s+)?"
                          rf"(?:{NUMBER}|a|an)\s+(?:years?|decades?|months?))\b)")
# "shrank to its smallest winter extent on record": an all-time place, whatever verb brought it there.
ON_RECORD = re.compile(rf"(?i:\b(?:{SUPERLATIVE}|most|least)\b[^.;]{{0,60}}?\bon\s+record\b)")
FIRST_IN = re.compile(rf"(?i:\bfirst\b{_UNTIL_FIRST}{{0,100}}?\bin\s+(?:{MODIFIER}\s+)?(?:{NUMBER}|a|an)\s+"
                      rf"(?:years?|decades?|months?)\b)")
