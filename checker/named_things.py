"""A named thing the sentence before was about, behind a copula "It" or an "its": "The Violet Line runs 11.5
kilometres … It is the network's fifth line"; and "The bridge" for "The Hålogaland Strait Bridge" named before.

Only a thing named with "The" and capitals ("The Violet Line", "The Øresund Bridge") opening the sentence
before (or one before it, with only "It …" sentences since), and only "It is/was the …", "It is/was a …", a
sentence-opening "its" and "since its founding": "It was the highest toll since 2019" after "The figures show …"
or "It was Saka's 27th goal" after "Saka scored …" are left as written (an event, or a person's deed).
"""

from __future__ import annotations

import re

from .gazetteer import NON_NAMES

_LEADING_THING = re.compile(r"^\W{0,2}(The(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]{1,40}){1,6})\s+[a-z]")
_IT_IS = re.compile(r"^(?P<lead>\W{0,2})It(?=\s+(?:is|was|has\s+been|remains|remained)\s+(?:the|a|an)\s)")
# "At 2,110 metres, its main span is …": the thing's own part, after at most a short opening phrase
_ITS = re.compile(r"^(?P<lead>\W{0,2}(?:[A-Z](?:[^,;]|,(?=\d)){0,40},\s+)?)[Ii]ts\s")
# "Today marks 107 years since its founding": the thing's own beginning, with no name before it in the sentence
_SINCE_ITS = re.compile(r"\b(?:since|of)\s(?P<its>its)\s(?:founding|establishment|creation|formation|inception|"
                        r"launch|opening)\b")
_NAME_BEFORE = re.compile(r"\b(?!(?:Today|This|That|These|Those|The|Last|Next|Now|Yesterday|On|In|At|So|And|But)\b)"
                          r"[A-Z][a-z]")
# "The bridge replaces a ferry service …" after "The Hålogaland Strait Bridge opened …"
_THE_NOUN = re.compile(r"^(?P<lead>\W{0,2})The\s+(?P<noun>[a-z]{3,20})\b(?!\s+(?:of\b|[A-Z]))")


def leading_thing(sentence: str) -> str | None:
    """"The Violet Line" of "The Violet Line runs …"; None when the sentence opens otherwise or with a title
    ("The President said …", "The Prime Minister …")."""
    match = _LEADING_THING.match(sentence)
    if match is None or any(word in NON_NAMES for word in match.group(1).split()[1:]):
        return None
    return match.group(1)


def name_it(text: str, thing: str | None, things: dict[str, str]) -> str:
    """"It is the network's fifth line" → "The Violet Line is the network's fifth line"; "At 2,110 metres, its
    main span" → "…, the Hålogaland Strait Bridge's main span"; "The bridge replaces …" → "The Hålogaland Strait
    Bridge replaces …" (``things``: the named things so far by their last word, "bridge")."""
    the = _THE_NOUN.match(text)
    if the and the["noun"] in things:
        return text[:the.end("lead")] + things[the["noun"]] + text[the.end():]
    if not thing:
        return text
    it, its = _IT_IS.match(text), _ITS.match(text)
    if it:
        return text[:it.end("lead")] + thing + text[it.end():]
    if its:
        named = thing[0].lower() + thing[1:] if its["lead"].strip() else thing
        return text[:its.end("lead")] + named + "'s " + text[its.end():]
    origin = _SINCE_ITS.search(text)
    if origin and not _NAME_BEFORE.search(text, 0, origin.start()):
        return f"{text[:origin.start('its')]}{thing[0].lower() + thing[1:]}'s{text[origin.end('its'):]}"
    return text
