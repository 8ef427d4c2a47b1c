"""Decomposition: a compound sentence → one part per assertion, each with its own span and standalone prefix.

Where the cuts fall is :mod:`checker.joints`' business; this module says what each later part takes from the
first to stand alone: the subject for a second verb, the lead-in for a verbless part, nothing for a clause of its
own.
"""

from __future__ import annotations

import re
from typing import Sequence

from .domain import Value
from .joints import CLAUSE, CLAUSE_COLON, HAS_VERB, VERB_PHRASE, cuts, subject_verb
from .lexicon import SUPERLATIVE
from .numbers import ORDINAL

# The shared lead-in a verbless later part needs ("The year 2026 marks " / "Hansen lowered ").
LEAD_IN = re.compile(r"^[^,;]{0,120}?\b(?:marks|marked|is|was|are|were|saw|sees)\s+")
LEAD_TO_OBJECT = re.compile(r"^[^,;]{1,120}?\s(?=(?:the|a|an)\s)")
NOUN_PHRASE = re.compile(r"(?:the|a|an|its|his|her|their)\s")
# ", and the first in Latin America": a rank with the verb of the clause before it
ELLIPTICAL_RANK = re.compile(rf"(?:the|its|their|his|her)\s+(?:{ORDINAL}|{SUPERLATIVE}|most|least)\b", re.IGNORECASE)
_SUPERLATIVE_PART = re.compile(rf"{SUPERLATIVE}\s")
_UP_TO_COPULA = re.compile(r"^.{0,120}?\b(?:is|was|are|were)\s")
_DETERMINERS = frozenset("the a an its his her their some about around nearly almost over more than".split())
_ENDS_WITH_VERB = re.compile(rf"^[^;:]{{3,160}}(?:{HAS_VERB.pattern}|\b[a-z]{{3,20}}ing)\s+$")
_NESTED_WHICH = re.compile(r",\s+(?:who|which|whose)\s(?:[^,]|,(?=\d)){1,120},(?=\s)")


# (start, end, standalone prefix, opens): what precedes ``opens`` in the text is what the part's pronouns may point
# into: the range's start when it took the subject ("She met Nyman … and signed …": that "She" is not Nyman), the
# described part's start for an appositive, else its own ("It was Prabowo Subianto's third trip …, and his first …")
Part = tuple[int, int, str, int]


def split_parts(text: str, start: int, end: int, anchors: Sequence[Value]) -> list[Part]:
    """Split ``text[start:end]`` at the joints between consecutive value anchors (spans relative to start)."""
    sentence = text[start:end]
    joints = cuts(sentence, anchors)
    if not joints:
        return [(start, end, "", start)]
    lead = _lead_in(sentence[:joints[0][0]]) or _object_lead(sentence, anchors[0])
    parts: list[Part] = []
    begin = 0
    for cut, next_begin, _ in joints:
        parts.append((begin, cut, "", begin))
        begin = next_begin
    parts.append((begin, len(sentence), "", begin))
    out = [parts[0]]
    for (s, e, _, _), (cut, _, appositive) in zip(parts[1:], joints):
        if appositive:  # it stands with the part it describes, as that part stands ("Spain exported …, more …")
            out.append((s, e, out[-1][2] + sentence[out[-1][0]:cut] + ", ", out[-1][3]))
            continue
        prefix = _prefix(sentence, s, e, lead, parts[0][1])  # the subject for a second verb of it
        if _stands(sentence, s, e, prefix):
            out.append((s, e, prefix, 0 if prefix and VERB_PHRASE.match(sentence, s) else s))
        else:  # "… is demanding a 9 percent pay rise and a cut in the working week from 38 to 35 hours": no
            out[-1] = (*out[-1][:1], e, *out[-1][2:])  # lead-in to stand on, so a second object of the same verb
    return [(start + s, start + e, p, start + o) for s, e, p, o in out if e > s]


def _lead_in(first: str) -> str:
    lead = LEAD_IN.match(first) or LEAD_TO_OBJECT.match(first)
    return lead.group(0) if lead else ""


def _object_lead(sentence: str, first: Value) -> str:
    """The subject and verb before the first figure's noun phrase, for a second object of the same verb: "He
    earned 50,000 euros for the win and a further 30,000 euros …" → "He earned "; a clause nested in commas is
    left out ("The GDL union, which represents …, is demanding a 9 percent pay rise … and a cut …")."""
    words = sentence[:first.span[0]].split(" ")
    while len(words) > 1 and words[-2].lower() in _DETERMINERS:  # (the last item is the "" after the space)
        words[-2:] = [""]
    lead = " ".join(words)
    if not _ENDS_WITH_VERB.search(lead):
        return ""
    return _NESTED_WHICH.sub("", lead)


def _verbless(sentence: str, s: int, e: int) -> bool:
    return bool(NOUN_PHRASE.match(sentence, s)) and not HAS_VERB.search(sentence, s, e)


def _stands(sentence: str, s: int, e: int, prefix: str) -> bool:
    """A part with a lead-in or a verb of its own asserts something; so does an elliptical rank ("and the ninth
    longest in the world"); a bare second object without a lead-in does not."""
    return bool(prefix) or not _verbless(sentence, s, e) or bool(ELLIPTICAL_RANK.match(sentence, s))


def _prefix(sentence: str, s: int, e: int, lead: str, first_end: int) -> str:
    """A second verb of the first part's subject ("and prevented …") takes that subject; a verbless part ("and
    the 100th anniversary of …") takes the first part's lead-in; a part with its own subject and verb is a
    clause that stands as it is."""
    if VERB_PHRASE.match(sentence, s):
        verb = subject_verb(sentence, first_end)
        return sentence[:verb.start()] if verb else ""
    copula = _SUPERLATIVE_PART.match(sentence, s) and _UP_TO_COPULA.match(sentence, 0, first_end)
    if copula:  # "and highest in the Netherlands …" → "…, inflation was highest in the Netherlands …"
        return copula.group(0)
    return lead if _verbless(sentence, s, e) else ""


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """Clause spans of ``sentence``, cut where one assertion ends and the next begins (", and he", ", but the",
    ", while", ";"), whatever values they hold."""
    joints = sorted([m.span() for m in CLAUSE.finditer(sentence)]
                    + [m.span() for m in CLAUSE_COLON.finditer(sentence)])
    bounds = [0] + [i for span in joints for i in span] + [len(sentence)]
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    return [(s, e) for s, e in spans if e > s]
