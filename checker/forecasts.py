"""Forecasts: sentences about what has not happened yet, which no fact can confirm, figure or not.

"Analysts expect a close race in 2028" waits for 2028, and "The institute says it can produce 30 million doses a
year once its new plant is finished" waits for the plant: checking their figures against the store can only go
wrong. "The bank expects inflation of 2 percent" names no date to wait for, and what the bank expects can be
checked; "The bridge, which opened in 1990, will close in 2030" reports something done.
"""

from __future__ import annotations

import re
from datetime import date

from .kinds import FUTURE, PAST_TENSE, PROSPECT, QUOTE
from .relatives import set_aside
from .values import extract_values

# a capacity or plan that waits on an event to come: "once its new plant is finished"
PENDING = re.compile(r"\bonce\s+(?:the|its|their|his|her|our|this|that|a|an)\s+[^,.;]{1,40}?\s+"
                     r"(?:is|are|has\s+been|have\s+been)\s+[a-z]{1,20}", re.IGNORECASE)


# a period that starts at publication: "are expected to use it each day in its first year", "the record will fall
# within two years"
_PERIOD = r"(?:\w+\s+)?(?:years?|months?|weeks?|decades?)\b"
COMING_PERIOD = re.compile(rf"\b(?:in|during|over)\s+(?:its|their|the)\s+first\s+{_PERIOD}"
                           rf"|\bin\s+the\s+(?:coming|next)\s+{_PERIOD}|\bwithin\s+(?:the\s+next\s+)?{_PERIOD}"
                           # "is expected to operate for at least two weeks" (what "will be charged for 15 years"
                           # is an announced plan)
                           rf"|\bexpected\s+to\s+(?:[a-z]+\s+){{1,2}}?for\s+(?:(?:at\s+least|about|up\s+to|another|"
                           rf"nearly|more\s+than)\s+)?(?:[\w-]+\s+)?(?:days?|{_PERIOD})",
                           re.IGNORECASE)


def forecast(sentence: str, published: date | None) -> bool:
    """Future tense, or a prospect without past tense, about dates after publication only ("Analysts expect a
    close race in 2028", "would cut the deficit by the end of next year", "Bookmakers make him the favourite for
    next year's championships") or a period from publication on ("are expected to use it each day in its first
    year"), or on an event still to come (:data:`PENDING`)."""
    if published is None:
        return False
    if PENDING.search(sentence):  # what it waits on is no past tense ("is finished"), nor is the reporting verb
        return not PAST_TENSE.search(PENDING.sub(" ", QUOTE.sub(" ", set_aside(sentence))))
    if not (FUTURE.search(sentence) or PROSPECT.search(sentence) and not PAST_TENSE.search(sentence)):
        return False
    dates = [v for v in extract_values(sentence, default_year=published.year, today=published)
             if v.type in ("date", "date_range") and v.low]
    if not dates:
        return bool(FUTURE.search(sentence) and COMING_PERIOD.search(sentence))
    return all(v.high > published.isoformat() for v in dates)  # "in 2026" has not ended
