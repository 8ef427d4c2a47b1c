"""Hand-written cues of what a sentence *says*, the check-worthiness model's second input beside MiniLM.

Numbers, dates, ordinals, percentages, money, named-entity-like capitals, factual/reporting verbs vs
opinion, hedges, modality, person, questions, future tense, social-media noise. The trained artifact
records ``FEATURE_NAMES``; the scorer refuses an artifact whose names differ from these (retrain instead).
"""

from __future__ import annotations

import math
import re
from typing import Sequence

import numpy as np

_W = r"(?<![\w'])(?:{})(?![\w'])"


def _words(*items: str) -> re.Pattern[str]:
    return re.compile(_W.format("|".join(items)), re.IGNORECASE)


_MONTHS = ("january|february|march|april|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec")
_CUES: dict[str, re.Pattern[str]] = {
    "number": re.compile(r"\d[\d,.]*"),
    "number_word": _words("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
                          "|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens"
                          "|half|third|quarter|twice|double|doubled|tripled"),
    "year": re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|'\d0s|\b\d0s\b"),
    "date": _words(_MONTHS, "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
                            "|last year|last week|last month|decade|century"),
    "ordinal": re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|tenth|hundredth|last)\b", re.I),
    "percent": re.compile(r"%|\bpercent\b|\bper cent\b|\bpercentage\b", re.I),
    "money": re.compile(r"[$£€]|\b(?:dollars?|million|billion|trillion|budget|deficit|debt|tax(?:es)?)\b", re.I),
    "quantity_change": _words("increase[sd]?|decrease[sd]?|rose|risen|fell|fallen|grew|grown|doubled|tripled|cut"
                              "|cuts|raised|reduced|lost|created|gained|dropped|declined|spent|paid|record|highest"
                              "|lowest|largest|biggest|fewer|more than|less than|most|least"),
    "fact_verb": _words("is|are|was|were|has|have|had|been|voted|passed|signed|killed|died|reported|found"
                        "|shows?|showed|confirmed|cases|according to"),
    "report_verb": _words("said|says|say|noted|acknowledged|stated|claimed|announced|reported|told|admitted"
                          "|testified|wrote|according to|confirmed|revealed|estimated"),
    "opinion": _words("think|believe|feel|hope|wish|guess|want|like|love|hate|suppose|agree|disagree|opinion"
                      "|proud|glad|sorry|afraid|great|wonderful|terrible|horrible|best|worst|good|bad"),
    "hedge": _words("may|might|could|perhaps|maybe|possibly|probably|likely|seems?|appears?|suggests?|somewhat"),
    "modal": _words("should|must|ought|need to|needs to|have to|has to|got to|let's|let us"),
    "first_sing": _words("i|i'm|i've|i'd|i'll|me|my|mine|myself"),
    "first_plur": _words("we|we're|we've|we'll|us|our|ours|ourselves"),
    "second": _words("you|you're|you've|your|yours|yourself"),
    "future": _words(r"will|won't|shall|going to|gonna|\w+'ll|plan to|intend to|tomorrow|next year"),
    "negation": _words(r"not|no|never|\w+n't|nobody|nothing|none"),
    "greeting": _words("thank|thanks|thank you|congratulations|welcome|hello|good evening|please|applause|laughter"),
    "question": re.compile(r"\?"),
    "exclaim": re.compile(r"!"),
    "quote": re.compile(r"[\"“”]"),
    "url": re.compile(r"https?://\S+|www\.\S+"),
    "handle": re.compile(r"@\w+"),
    "hashtag": re.compile(r"#\w+"),
    "emoji": re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]"),
}
_TOKEN = re.compile(r"[A-Za-z][\w'&.-]*|\d[\d,.]*")
FEATURE_NAMES = tuple(_CUES) + ("capitalised", "capitalised_run", "log_tokens", "short", "digit_share")


def _capitalised(text: str) -> tuple[int, int]:
    """Count named-entity-like tokens (capitalised, not sentence-initial, not "I") and adjacent pairs."""
    tokens = _TOKEN.findall(text)
    caps = [i for i, t in enumerate(tokens) if i > 0 and t[0].isupper() and not re.match(r"I(?:'|$)", t)]
    return len(caps), sum(1 for a, b in zip(caps, caps[1:]) if b == a + 1)


def cue_vector(text: str) -> list[float]:
    """Cue counts, log-damped so one long sentence cannot dominate; order follows ``FEATURE_NAMES``."""
    row = [math.log1p(len(p.findall(text))) for p in _CUES.values()]
    caps, runs = _capitalised(text)
    n_tokens = len(_TOKEN.findall(text))
    digits = sum(c.isdigit() for c in text)
    share = digits / max(1, len(text))
    return row + [math.log1p(caps), math.log1p(runs), math.log1p(n_tokens), float(n_tokens < 6), share]


def feature_matrix(sentences: Sequence[str]) -> np.ndarray:
    """Cue rows for ``sentences`` as float32 (n, len(FEATURE_NAMES))."""
    rows = [cue_vector(text) for text in sentences]
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(FEATURE_NAMES))
