"""Where one assertion of a sentence ends and the next begins: the joints :func:`checker.clauses.split_parts`
cuts at, and whether what a joint cuts off asserts something of its own.

Cuts are made only between two value-bearing assertions (a figure, date or duration on each side), so a
list of names or a clause without anything to check never splits a claim off on its own; before the first
figure and after the last, only a clause that ranks or compares, or a second verb of the sentence's subject.
"""

from __future__ import annotations

import re
from typing import Sequence

from .domain import Value
from .lexicon import CLAUSE_PAST, SECOND_PAST, SUBJECT_PAST, SUPERLATIVE, THAN_ANY_OTHER, alternation, any_word
from .numbers import ORDINAL



# Where one assertion ends and the next begins. The whitespace run may only start after a comma or a
# non-space: otherwise every space of a long run is a new start that re-scans the run (quadratic).
# (also a bare noun before a modal: ", and talks could take months")
_SUBJECT = (r"(?:(?:only|more\s+than|about|nearly|some)\s+(?=\d)"  # (", and more than 1,000 small glaciers …")
            r"|(?:only\s+)?(?:the|a|an|its|his|her|their|he|she|they|it|we|this|that|these|those|in|at|on|during|[A-Z]\w*"
            r"|[a-z]{3,20}\s(?:could|would|will|may|might|should|must|see|expect|say|fear)))\b")
# Clause joints proper: "and the" without a comma also joins noun phrases ("China and the ROK").
_JOINT = rf";\s+|,\s+(?:while|whereas)\s+|,\s+(?:and|but)\s+(?={_SUBJECT})"
_VERB_PHRASE = r"[a-z]{2,20}ed\s"  # "in use since 1963 and prevented 57 million …"
# a second verb of the same subject: "began in September 2019 and was originally due to finish in 2024", "…,
# and has since given 5.3 million doses", "has invested 22 billion dollars in the country and produces about
# half of its smartphones there" (a present tense only before a modifier or a noun phrase: "and imports 4 percent"
# is a noun)
_SECOND_VERB = (r"(?:(?:was|were|is|are|has|have|had|can|could)\s+"
                r"(?:(?:since|also|now|already|originally|still|eventually)\s+)?"
                r"[a-z]{3,20}\s"
                r"|(?:also\s+)?(?:[a-z]{2,18}(?:es|s)|"
                # a past that is no "-ed" form, before a noun phrase: "and cut its dividend", "and set a record"
                rf"{alternation(SECOND_PAST)})\s+(?=(?:about|around|nearly|more|some|over|above|below|the|a|an|its|"
                r"their|his|her)\s))")
_SECOND_VERB_JOINT = rf"(?<![\s,])\s+and\s+(?={_VERB_PHRASE})|(?:,|(?<![\s,]))\s+(?:and|but)\s+(?={_SECOND_VERB})"
# (and between two figures a colon before a new sentence: "a 20-year wait for a European final win: Arsenal lost
# the 2006 final …"; not a clause joint elsewhere, where it introduces a slogan or a quote)
SPLIT = re.compile(rf"(?:(?:,|(?<![\s,]))\s+and\s+(?=(?:the|a|an|its|his|her|their)\s)|{_JOINT}|:\s+(?=[A-Z][a-z])"
                   rf"|{_SECOND_VERB_JOINT}"
                   # "inflation was lowest in France at 1.1 percent and highest in the Netherlands at 3.2 percent"
                   rf"|(?<![\s,])\s+and\s+(?={SUPERLATIVE}\s)"
                   # "… with 68.9 million and Madrid-Barajas with 66.2 million"
                   r"|(?<![\s,])\s+and\s+(?=[A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30}){0,3}\s+with\s))")
VERB_PHRASE = re.compile(rf"{_VERB_PHRASE}|{_SECOND_VERB}")
# "between Tromsø and the island of Senja": the "and" of a pair is no joint
_PAIRED = re.compile(r"\bbetween\s+(?:(?!\band\b)[^,;]){1,60}$")  # (not once the pair's "and" has come: "between
# 1991 and 2020 and beat the previous record")
CLAUSE = re.compile(_JOINT)
# whose scale a rank is on: "the world's second-largest", "the Nordic region's biggest"
_WHOSE = r"(?:[\w-]{2,20}\s)?[\w-]{2,20}(?:['’]s|s['’])\s+"  # (and "the two leaders' third meeting")
# ", the first by a Kenyan head of state … in 11 years", ", the second highest rate among …", ", its fifth cut
# since …", ", half of the 150 billion euros it promised in 2022": an appositive that ranks, counts or compares
# what the clause before it says, asserted on its own.
# (and ", in their third walkout since January", ", near its weakest level since 1990"; but ", nearly twice its
# original budget of …" qualifies the figure before it and stays with it)
APPOSITIVE = re.compile(rf"(?i:,\s+(?=(?:(?:one\s+of\s+)?(?:(?:in|on|near|close\s+to)\s+)?(?:the|its|their|his|her))"
                        rf"\s+(?:{_WHOSE})?(?:{ORDINAL}|most|least|{SUPERLATIVE})\b|(?:half|twice|double|triple|a\s+(?:third|quarter|fifth|tenth))\s+"
                        rf"(?:of\s+)?(?:the|its|their|his|her|what)\b"
                        # ", two high-level exchanges within a span of just four months": a count over a period
                        r"|(?:two|three|four|five|six|\d+)\s+(?:[\w-]+\s+){0,3}?(?:within|in)\s+(?:a\s+span\s+of|less\s+than"
                        r"|just|only)\b))")
# ", beating the 9.4 billion euros analysts had expected", ", bringing the total to 5,000", ", killing at least 214
# people", ", when two quakes killed more than 50,000": a participle or a "when" clause that asserts a second
# figure about what the clause before it says; it stands with that clause, like an appositive.
PARTICIPLE = re.compile(r",\s+(?=(?:beating|surpassing|exceeding|topping|missing|outpacing|bringing|making|"
                        r"taking|pushing|lifting|leaving|becoming|killing|injuring|wounding|displacing|forcing|"
                        r"breaking|setting|smashing|shattering|equalling|improving|ending|followed|after|ahead|when|"
                        r"with)\s"
                        # what a strike or a storm stopped or cost: ", halting about 80 percent of …" (not how a
                        # record was set: ", clocking 3 minutes 24.81 seconds" stays with it)
                        r"|(?:halting|stopping|suspending|cancelling|canceling|grounding|closing|shutting|disrupting|"
                        r"stranding|affecting|costing|wiping|cutting\s+off)\s"
                        # ", as average private rents in the Dutch capital reached a record …": a change beside it
                        r"|as\s+(?:[\w-]+\s+){1,8}?(?:rose|fell|reached|hit|climbed|dropped|jumped|surged|slumped|grew)\b"
                        # ", just six months after Sisi was sworn in": how long after another event
                        r"|(?:(?:just|only|barely|some|about|nearly|almost)\s+)?[\w.-]{1,12}\s+"
                        r"(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before)\b)")
# After the last figure, an appositive or participle that ranks what the clause says: ", the largest Chinese
# investment in Spain's history", ", making him the most frequent visitor …", ", more than any other country".
RANK_HEAD = re.compile(rf"(?i:(?:one\s+of\s+)?(?:the|its|their|his|her)\s+(?:{_WHOSE})?"
                       rf"(?:(?:second|third|fourth|fifth)[\s-])?(?:most|least|{SUPERLATIVE}|first)\b"
                       r"(?!\s+(?:ever|yet)\b)"  # ", its highest ever" only qualifies the figure before it
                       r"|one\s+of\s+(?:only\s+)?(?:a\s+handful|a\s+few|two|three|four|five|six)\s+(?:of\s+)?\w"
                       rf"|among\s+the\s+(?:{SUPERLATIVE}|most)\b"
                       rf"|(?:more|less|fewer|faster|higher|larger|bigger)\s+{THAN_ANY_OTHER}"
                       rf"|making\s+\w+\s+(?:one\s+of\s+)?(?:the\s+|{_WHOSE})(?:most|{SUPERLATIVE}|first)\b)")
RANK_TAIL = re.compile(rf"(?:,|(?<![\s,])\s+but)\s+(?:still\s+)?(?:(?:near|close\s+to|at)\s+)?(?={RANK_HEAD.pattern})")
RANKED = re.compile(rf"(?i:\b(?:{SUPERLATIVE}|most|least|first|out(?:performed|paced|numbered|sold|scored))\b"
                    rf"|\b{THAN_ANY_OTHER})")
COLON = re.compile(r":\s+(?=[A-Z][a-z])")
# "… and more flights should be added: international passenger flights are still only at about 80 percent …":
# a colon before a clause with a subject of its own also ends one assertion for the clause-level kinds
CLAUSE_COLON = re.compile(r":\s+(?=(?:[a-z]+\s+){1,3}(?:is|are|was|were|have|has)\b)")
# ", although that is still below the peak of 131 billion dollars", "up 53.9 percent and accounting for 73
# percent": a concession or a participle joined by "and" that says more about the figure before it
ALONGSIDE = re.compile(r",\s+(?=(?:although|though)\s)|(?<![\s,])\s+and\s+(?=[a-z]{3,20}ing\s)")
_AFTER_PARTICIPLE = re.compile(r",\s+[a-z]{3,20}ing\s")
HAS_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|did|does|do|says|"
                      rf"{alternation(CLAUSE_PAST)}|remains?|[a-z]{{2,}}ed)\b")

_WITH = re.compile(r",\s+(?=with\s)")
# "… was banned in Iran and earned 3.2 million dollars abroad", "… over 38 days in 2025 and smuggled the footage out
# of Iran": a second verb of the same subject before the first figure or after the last
_AND_VERB = re.compile(_SECOND_VERB_JOINT)
# "rose 21 percent from a year earlier after a record 9.4 gigawatts of new panels were installed"
_AFTER = re.compile(r"(?<![\s,])\s+(?=after\s+(?:(?:a|an)\s+(?:record\s+)?)?\d)")
_IRREGULAR_PAST = re.compile(any_word(SUBJECT_PAST))  # "Construction began … and was …"


def cuts(sentence: str, anchors: Sequence[Value]) -> list[tuple[int, int, bool]]:
    """(cut start, next part start, appositive?) for each joint between two value anchors, and before the first
    or after the last anchor where what is cut off asserts something of its own."""
    if not anchors:  # "… agreed to upgrade relations to a strategic partnership, the highest level in …"
        tail = RANK_TAIL.search(sentence)
        return [(tail.start(), tail.end(), True)] if tail and HAS_VERB.search(sentence, 0, tail.start()) else []
    cuts = _head_cuts(sentence, anchors[0])
    for left, right in zip(anchors, anchors[1:]):
        # up to the right anchor's end, so a lookahead reads the words a figure begins with ("and an estimated
        # 200,000 gathered": the anchor's span starts at "an")
        match = SPLIT.search(sentence, left.span[1], right.span[1])
        if match and "," not in match.group(0) and _PAIRED.search(sentence, 0, match.start()):
            match = None
        if match and match.start() < right.span[0]:
            cuts.append((match.start(), match.end(), False))
            continue
        found = [m for m in (APPOSITIVE.search(sentence, left.span[1]), PARTICIPLE.search(sentence, left.span[1]),
                             _alongside(sentence, left.span[1]), _AFTER.search(sentence, left.span[1]))
                 if m]  # the appositive's lookahead reads the anchor itself
        match = min(found, key=lambda m: m.start()) if found else None
        if match and match.start() < right.span[0]:
            cuts.append((match.start(), match.end(), True))
    return cuts + _tail_cuts(sentence, anchors[-1], simple=not cuts)


def _alongside(sentence: str, at: int) -> re.Match[str] | None:
    """ALONGSIDE, unless "and <verb>ing" continues a participle (", killing at least 214 people and injuring
    more than 1,500": one phrase, one claim)."""
    match = ALONGSIDE.search(sentence, at)
    if match and match.group(0).lstrip().startswith("and") and _AFTER_PARTICIPLE.search(sentence, 0, match.start()):
        return None
    return match


def _head_cuts(sentence: str, first: Value) -> list[tuple[int, int, bool]]:
    """An appositive may follow a clause with nothing to check but a verb ("arrived on Tuesday, the first …"),
    a figure may illustrate a general statement after a colon ("… familiar on Chinese dinner tables: Spain
    exported 1.3 million tonnes …"), and a clause that ranks may come before one with a figure ("Brazil is
    Vietnam's largest trading partner in Latin America, and Vietnam buys nearly a third of …", "Sweden's economy
    is the largest in the Nordic region, with output of …"): the statement is then a part of its own, for the
    gate to judge."""
    for pattern, appositive in ((APPOSITIVE, True), (COLON, False), (CLAUSE, False), (_WITH, True), (_AND_VERB, False)):
        match = pattern.search(sentence, 0, first.span[1])
        if match and match.start() < first.span[0] and HAS_VERB.search(sentence, 0, match.start()) \
                and (pattern in (APPOSITIVE, COLON) or RANKED.search(sentence, 0, match.start())
                     or pattern is _AND_VERB and subject_verb(sentence, match.start())):
            return [(match.start(), match.end(), appositive)]
    return []


def _tail_cuts(sentence: str, last: Value, simple: bool) -> list[tuple[int, int, bool]]:
    """After the last figure: a clause of its own that ranks or compares (", and Chinese tourists spend more per
    trip than visitors from any other country"), a rank of what the clause said (RANK_TAIL), or, in a ``simple``
    sentence (no cut before), a second verb of its subject ("… when Beijing imposed tariffs of up to 218 percent
    and restricted imports" continues a part cut off before)."""
    joint = CLAUSE.search(sentence, last.span[1])
    if joint and RANKED.search(sentence, joint.end()):
        return [(joint.start(), joint.end(), False)]
    tail = RANK_TAIL.search(sentence, last.span[1])  # the figure before it makes the clause: no verb needed
    if tail:
        return [(tail.start(), tail.end(), True)]
    verb = _AND_VERB.search(sentence, last.span[1]) if simple else None
    return [(verb.start(), verb.end(), False)] if verb and subject_verb(sentence, verb.start()) else []


def subject_verb(sentence: str, end: int) -> re.Match[str] | None:
    """The first verb before ``end``: what a second verb's part takes as its subject ends there (none found,
    "Ahmadi shot the film … and smuggled …", no cut: a part without its subject would not stand)."""
    verbs = [m for m in (HAS_VERB.search(sentence, 0, end), _IRREGULAR_PAST.search(sentence, 0, end)) if m]
    return min(verbs, key=lambda m: m.start()) if verbs else None
