"""Relative clauses set off by commas: a fact nested inside another sentence, checked on its own.

"Senegal, which began producing oil in June 2024, is seen by Chinese companies as a promising market" appraises
Senegal, and a fact-checker would still check the date; "Chief executive Maria Lindqvist, who took over in 2022,
said …" reports a statement and, inside it, when she took over. The clause becomes a claim whose standalone text
puts the name it describes in place of "which", "who" or "whose", and the sentence around it is judged as if the
clause were not there. A rank set off the same way ("Nordvik Foods, Norway's second-largest seafood exporter,
reported …") is such a fact too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import SAID_THAT, SUPERLATIVE, alternation

# ", which began producing oil in June 2024," — closed by a comma, with no quote, colon or semicolon inside; or
# a "who" clause ending the sentence ("…, Nguyen Phu Trong, who had led the party since 2011."), where "which"
# is too often about more than the name before it ("relations between China and Spain, which were …")
_CLAUSE_TEXT = r"(?:[^,;:\"“”()]|[,:](?=\d))"  # no clause break, but "2:09:56" and "3,000" are figures
_RELATIVE = re.compile(rf",\s+(?:(?P<pron>who|which|whose)\s+(?P<rest>{_CLAUSE_TEXT}{{3,120}}?),\s"
                       rf"|(?P<end_pron>who)\s+(?P<end_rest>{_CLAUSE_TEXT}{{3,120}}?)[.!?]?$)")
_NAME_WORDS = 5
_OPENERS = frozenset("Only But And Yet So Even Also Then Now Still Meanwhile However".split())
# "The ferry, which made its last crossing on Friday night, carried …": the noun the sentence opens with
_OPENING_NOUN = re.compile(r"\W{0,2}The(?:\s+[\w-]+){1,3}")
_PARTICIPLE_WORD = (r"(?:(?:first|originally|later|since)\s+)?(?:[a-z]{3,}ed|built|begun|held|won|made|set\s+up|"
                    r"written|chosen|grown|taken|given|shown|struck|known)")
# "China's unilateral visa-free policy, first introduced for six countries in December 2023, now covers …": a
# participle set off after the sentence's opening noun phrase (or after "She warned that") is a dated fact about
# that noun phrase
# (possessive: the noun phrase can only end at the first comma, so no shorter run is worth retrying)
_PARTICIPLE = re.compile(rf"(?P<np>[^,;:\"“”()]{{3,80}}+),\s+(?P<pron>{_PARTICIPLE_WORD})\s+"
                         rf"(?P<rest>{_CLAUSE_TEXT}{{3,120}}?),\s")
_REPORTED = re.compile(rf"^[^,;:\"“”()]{{1,60}}?\b{alternation(SAID_THAT)}\s+that\s+")
# "Nordvik Foods, Norway's second-largest seafood exporter, reported …", "to the United States, the largest market
# outside Europe, doubled": a rank set off by commas after a name, before the sentence's verb, is a fact about that
# name; not "… live in South Korea, the largest foreign community after …, according to …", which ranks the clause
_RANK = re.compile(rf",\s+(?P<rest>(?:the(?:\s(?:[A-Z][\w-]{{1,20}}\s)?[\w-]{{2,20}}['’]s)?|"
                   rf"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}}['’]s)\s+"
                   rf"(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{{1,2}}(?:st|nd|rd|th))[-\s])?"
                   rf"{SUPERLATIVE}\s{_CLAUSE_TEXT}{{3,80}}?),\s+(?!(?:according|and|but|or|the|a|an|which|who|while|"
                   r"with|in|on|at|as|from|for|to|of)\b)[a-z]")
# any clause set off by commas that describes the noun before it, named or not ("The plant, which will employ
# 3,000 people, cost …"; "a tax, introduced in 2023, would …")
_ASIDE = re.compile(rf",\s+(?:(?:who|which|whose|where)\s|{_PARTICIPLE_WORD}\s){_CLAUSE_TEXT}{{3,120}}?,(?=\s)")


@dataclass(frozen=True)
class Relative:
    """One relative clause: its span in the sentence (from the pronoun to before the closing comma), the span
    it takes with its commas, and the clause as a sentence of its own."""

    span: tuple[int, int]
    cut: tuple[int, int]
    standalone: str
    ranks: bool = False  # a rank asserts something without a figure of its own
    opens: int = 0  # where the name it describes starts in the sentence: the standalone text's first word


def relatives(sentence: str) -> list[Relative]:
    """The comma-bounded relative clauses and ranks of ``sentence`` that describe a capitalised name, and a
    participle clause after its opening noun phrase."""
    found = []
    told = _REPORTED.match(sentence)  # "She warned that a tax on aquaculture, introduced in 2023, would …"
    opening = _PARTICIPLE.match(sentence, told.end() if told else 0)
    if opening and len(opening["np"].split()) <= 8:
        span, cut = (opening.start("pron"), opening.end("rest")), (opening.end("np"), opening.end("rest") + 1)
        found.append(Relative(span, cut, f"{opening['np']} was {opening['pron']} {opening['rest']}",
                              opens=opening.start("np")))
    for m in _RELATIVE.finditer(sentence):
        name = _antecedent(sentence, m.start())
        if not name:  # "… the park, which …": no name to stand in for the pronoun
            continue
        pron, rest = ("pron", "rest") if m["pron"] else ("end_pron", "end_rest")
        lead = f"{name}'s " if m[pron] == "whose" else f"{name} "
        found.append(Relative((m.start(pron), m.end(rest)), (m.start(), m.end(rest) + 1), lead + m[rest],
                              opens=_start_of(name, sentence, m.start())))
    for m in _RANK.finditer(sentence):
        name = _name_before(sentence[max(0, m.start() - 120):m.start()])
        if name:
            found.append(Relative(m.span("rest"), (m.start(), m.end("rest") + 1), f"{name} is {m['rest']}", True,
                                  _start_of(name, sentence, m.start())))
    return sorted(found, key=lambda r: r.span)


def _start_of(name: str, sentence: str, at: int) -> int:
    """Where ``name``, which ends at ``at``, starts; at ``at`` itself when its words were spaced otherwise (a
    line break inside the name), so that the text before the clause is what is before it."""
    return at - len(name) if sentence.endswith(name, 0, at) else at


def _antecedent(sentence: str, at: int) -> str:
    """The name before a relative pronoun at ``at``, or the noun phrase the sentence opens with ("The ferry")."""
    name = _name_before(sentence[max(0, at - 120):at])
    return name or (sentence[:at] if _OPENING_NOUN.fullmatch(sentence, 0, at) else "")


def _name_before(text: str) -> str:
    """The capitalised words that end ``text``: "Senegal", "Maria Lindqvist", "South Africa's Cyril Ramaphosa"
    (words, not a regex anchored at the end, which re-scans a long run from every start)."""
    name: list[str] = []
    for word in reversed(text.split()[-_NAME_WORDS:]):
        if not word[:1].isupper() or not word[:1].isalpha():
            break
        name.insert(0, word)
    while name and name[0] in _OPENERS:  # "Only Kenya's Ruth Chepngetich, who …"
        name.pop(0)
    return " ".join(name)


def set_aside(sentence: str) -> str:
    """``sentence`` without the clauses nested in commas: its own tense is the main verb's, not theirs."""
    return _ASIDE.sub("", sentence)


def without(sentence: str, clauses: list[Relative]) -> str:
    """``sentence`` with the clauses and their commas taken out: what the rest of it asserts."""
    for clause in reversed(clauses):
        sentence = sentence[:clause.cut[0]] + sentence[clause.cut[1]:]
    return sentence
