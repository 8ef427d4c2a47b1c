"""What frames a sentence rather than what it asserts: a columnist's "I", "As X put it, …", a period looked back
over, and the attribution around a quote.

"As Sánchez put it on Monday, dialogue is always better than confrontation" and '"We are racing against time,"
said the rescue chief' carry a date or a name, yet what they assert is the view quoted; "Over the past five
decades, the relationship has weathered changes" names a period, not a figure. Each rule here says which part
of the sentence :func:`checker.kinds.classify` should judge instead.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Callable

from .domain import Value
from .lexicon import TELLING, any_word
from .values import extract_values

# "I have covered these summits for two decades": the columnist's own experience, which no source settles (a
# quoted "I" opens with its quote mark and is someone's statement)
FIRST_PERSON = re.compile(r"^(?:(?:But|And|Yet|So|Still),?\s+)?I\b(?![.'’]\s*[A-Z])")
ATTRIBUTED_VIEW = re.compile(r"^\W*(?:(?:But|And|Yet|So)\s+)?[Aa]s\s+[^,]{1,80}?\s+put\s+it\b[^,]{0,40},\s*")
# "Over the past five decades, the relationship has weathered …": a period the sentence looks back over is
# no figure it asserts; only what it says happened in it (a rise, an event, a rank) can make it checkable.
TIME_FRAME = re.compile(r"\b(?:[Oo]ver|[Ii]n|[Dd]uring|[Ff]or|[Tt]hroughout)\s+"
                        r"(?:the\s+(?:past|last|previous)|those|these)\s+(?:(?:few|several|\w+)\s+)?$")
# '"Africa does not need lectures; it needs roads," Faye told students on Friday': the quote, then who said it
OPENING_QUOTE = re.compile(r"^[\"“](?P<said>[^\"“”]{3,400}?)[,.!?]?[\"”]\s*,?\s+(?P<rest>[^\"“”]{3,200})$")
_TELLING = re.compile(any_word(TELLING))

Judge = Callable[[str, "date | None"], str]


def framed_kind(sentence: str, published: date | None, judge: Judge) -> str | None:
    """The kind the frame decides, or None when the sentence is to be judged as a whole."""
    if FIRST_PERSON.match(sentence):
        return "opinion"
    view = ATTRIBUTED_VIEW.match(sentence)
    if view:  # "As Sánchez put it on Monday, dialogue is always better …": what was put is what counts
        return judge(sentence[view.end():], published)
    quote = OPENING_QUOTE.match(sentence.rstrip())
    if quote and _TELLING.search(quote["rest"]) and not _own_values(quote["rest"], published) \
            and not FIRST_PERSON.match(quote["said"]):  # a quoted "I was born in 1950" is the speaker's record
        said = judge(quote["said"], published)  # the attribution adds nothing to check but who and when
        return None if said == "checkable" else said
    return None


def time_frame(value: Value, sentence: str) -> bool:
    """``value`` is the length of a period the sentence looks back over ("Over the past five decades")."""
    return TIME_FRAME.search(sentence, 0, value.span[0]) is not None


def _own_values(attribution: str, published: date | None) -> bool:
    """A figure or a written date in the attribution ("said Mwangi, who brought some 600 executives") is
    something to check; the day of the telling ("told students on Friday") is not."""
    year = published.year if published else None
    return any(not v.assumed for v in extract_values(attribution, default_year=year, today=published))
