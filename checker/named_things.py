"""A named thing the sentence before was about, behind a copula "It": "The Violet Line runs 11.5 kilometres …
It is the network's fifth line."

Only a thing named with "The" and capitals ("The Violet Line", "The Øresund Bridge") opening the sentence
before, and only "It is/was the …" or "It is/was a …": "It was the highest toll since 2019" after "The figures
show …" or "It was Saka's 27th goal" after "Saka scored …" are left as written (an event, or a person's deed).
"""

from __future__ import annotations

import re

from .gazetteer import NON_NAMES

_LEADING_THING = re.compile(r"^\W{0,2}(The(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]{1,40}){1,6})\s+[a-z]")
_IT_IS = re.compile(r"^(?P<lead>\W{0,2})It(?=\s+(?:is|was|has\s+been|remains|remained)\s+(?:the|a|an)\s)")


def leading_thing(sentence: str) -> str | None:
    """"The Violet Line" of "The Violet Line runs …"; None when the sentence opens otherwise or with a title
    ("The President said …", "The Prime Minister …")."""
    match = _LEADING_THING.match(sentence)
    if match is None or any(word in NON_NAMES for word in match.group(1).split()[1:]):
        return None
    return match.group(1)


def name_it(text: str, thing: str | None) -> str:
    """"It is the network's fifth line" → "The Violet Line is the network's fifth line"."""
    it = _IT_IS.match(text)
    if it is None or not thing:
        return text
    return text[:it.end("lead")] + thing + text[it.end():]
