"""Relative clauses set off by commas: a fact nested inside another sentence, checked on its own.

"Senegal, which began producing oil in June 2024, is seen by Chinese companies as a promising market" appraises
Senegal, and a fact-checker would still check the date; "Chief executive Maria Lindqvist, who took over in 2022,
said …" reports a statement and, inside it, when she took over. The clause becomes a claim whose standalone text
puts the name it describes in place of "which", "who" or "whose", and the sentence around it is judged as if the
clause were not there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ", which began producing oil in June 2024," — closed by a comma, with no quote, colon or semicolon inside; or
# a "who" clause ending the sentence ("…, Nguyen Phu Trong, who had led the party since 2011."), where "which"
# is too often about more than the name before it ("relations between China and Spain, which were …")
_RELATIVE = re.compile(r",\s+(?:(?P<pron>who|which|whose)\s+(?P<rest>[^,;:\"“”()]{3,120}?),\s"
                       r"|(?P<end_pron>who)\s+(?P<end_rest>[^,;:\"“”()]{3,120}?)[.!?]?$)")
_NAME_WORDS = 5
# "China's unilateral visa-free policy, first introduced for six countries in December 2023, now covers …": a
# participle set off after the sentence's opening noun phrase is a dated fact about that noun phrase
_PARTICIPLE = re.compile(r"^(?P<np>[^,;:\"“”()]{3,80}?),\s+(?P<pron>(?:(?:first|originally|later|since)\s+)?"
                         r"(?:[a-z]{3,}ed|built|begun|held|won|made|set\s+up|written|chosen|grown|taken|given|"
                         r"shown|struck|known))\s+(?P<rest>[^,;:\"“”()]{3,120}?),\s")


@dataclass(frozen=True)
class Relative:
    """One relative clause: its span in the sentence (from the pronoun to before the closing comma), the span
    it takes with its commas, and the clause as a sentence of its own."""

    span: tuple[int, int]
    cut: tuple[int, int]
    standalone: str


def relatives(sentence: str) -> list[Relative]:
    """The comma-bounded relative clauses of ``sentence`` that describe a capitalised name, and a participle
    clause after its opening noun phrase."""
    found = []
    opening = _PARTICIPLE.match(sentence)
    if opening and len(opening["np"].split()) <= 8:
        span, cut = (opening.start("pron"), opening.end("rest")), (opening.end("np"), opening.end("rest") + 1)
        found.append(Relative(span, cut, f"{opening['np']} was {opening['pron']} {opening['rest']}"))
    for m in _RELATIVE.finditer(sentence):
        name = _name_before(sentence[max(0, m.start() - 120):m.start()])
        if not name:  # "the park, which …": no name to stand in for the pronoun
            continue
        pron, rest = ("pron", "rest") if m["pron"] else ("end_pron", "end_rest")
        lead = f"{name}'s " if m[pron] == "whose" else f"{name} "
        found.append(Relative((m.start(pron), m.end(rest)), (m.start(), m.end(rest) + 1), lead + m[rest]))
    return found


def _name_before(text: str) -> str:
    """The capitalised words that end ``text``: "Senegal", "Maria Lindqvist", "South Africa's Cyril Ramaphosa"
    (words, not a regex anchored at the end, which re-scans a long run from every start)."""
    name: list[str] = []
    for word in reversed(text.split()[-_NAME_WORDS:]):
        if not word[:1].isupper() or not word[:1].isalpha():
            break
        name.insert(0, word)
    return " ".join(name)


def without(sentence: str, clauses: list[Relative]) -> str:
    """``sentence`` with the clauses and their commas taken out: what the rest of it asserts."""
    for clause in reversed(clauses):
        sentence = sentence[:clause.cut[0]] + sentence[clause.cut[1]:]
    return sentence
