"""Whether a fact is about what a claim is about: the sentence's opening name, and the names the verifier needs.

The gazetteer in :mod:`checker.entities` knows the places of its domain and people by their full names; a
sentence that opens with another name ("Romania reported 30,692 measles cases in 2024" against "Kazakhstan
reported 28,147 measles cases in 2024", cosine 0.84) was contradicted by a fact about another country. So a
claim and a fact that open with different names, neither named by the other, are about different things.

The verifier reads any pair it is given as evidence for or against, and a fact on another subject with a
similar shape is refuting to it: "The WHO was founded on 7 April 1948" against "The Government of the Republic
of Korea was established on August 15, 1948" read as contradicted (p = 0.80) at cosine 0.39. So it may only
contradict with a fact that names the claim's subject: one of the claim's names (the name it opens with,
capitalised words past the first, acronyms) or, when it names nothing, two of its content words. (Its
"supported" already needs every value and name to agree.)
"""

from __future__ import annotations

import functools
import re

from .lexicon import FUNCTION_WORDS

# The capitalised run a sentence opens with, unless an adverb or participle ("Furthermore ,", "Regarded as",
# "Born in") is what opens it.
_OPENING = re.compile(r"^\W*(?:(?:The|A|An)\s+)?(?P<name>(?>[A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*)*))\b"
                      r"(?!\s*,|\s+(?:as|by|in|on|at|to|of|from|with|for|the|a|an)\b)")
_VERBS = frozenset("""
is was are were has had have will would can could did does said says won made took became begins began led
held grew fell rose saw got gave lost left met paid sold told wrote went came found beat built ran set kept
brought bought spent remains leads plans""".split())
_STEM = 5  # "founded"/"founding", "states"/"state": a crude stem is enough to see a shared term
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_NAME = re.compile(r"(?<!^)(?<![.!?\"“]\s)\b[A-Z][A-Za-z'-]+|\b[A-Z]{2,}\b")
# besides function words: pronouns, quantities and months, which say nothing of what a sentence is about
_IGNORED = FUNCTION_WORDS | frozenset("""
per each during these those which who whom what when where while we us our you your i my me most many much any
all one two three four five six seven eight nine ten hundred thousand million billion first second third new
january february march april may june july august september october november december
""".split())


@functools.lru_cache(maxsize=16384)
def _terms(text: str) -> frozenset[str]:
    return frozenset(w.lower()[:_STEM] for w in _WORD.findall(text)
                     if len(w) >= 2 and (w.isupper() or (len(w) >= 3 and w.lower() not in _IGNORED)))


def _names(text: str) -> frozenset[str]:
    """Capitalised words past the first, and acronyms anywhere ("WHO" is a name even though "who" is not)."""
    return frozenset(w.lower()[:_STEM] for w in _NAME.findall(text) if w.isupper() or w.lower() not in _IGNORED)


def shares_subject(claim: str, fact: str) -> bool:
    """The fact names one of the claim's names or, when the claim names nothing, shares two of its content
    words (one could be just the verb: "cases doubled" and "rainfall doubled")."""
    opening = opening_name(claim)
    names, fact_terms = _names(claim) | (_terms(opening) if opening else frozenset()), _terms(fact)
    if names:
        return bool(names & fact_terms)
    terms = _terms(claim)
    return len(terms & fact_terms) >= min(2, len(terms))


def says_of_subject(claim: str, fact: str) -> bool:
    """The fact shares a content word of the claim besides the name it opens with: it says something of what the
    claim says of its subject. "Jiang Zemin was born in Yangzhou" against "Jiang Zemin served as President …"
    shares the name alone, and the verifier read the fact as refuting it (p = 0.83)."""
    opening = opening_name(claim)
    rest = _terms(claim) - (_terms(opening) if opening else frozenset())
    return not rest or bool(rest & _terms(fact))


@functools.lru_cache(maxsize=16384)  # a claim meets every candidate fact, and a fact recurs across claims
def opening_name(text: str) -> str | None:
    """The name a sentence opens with ("Romania reported", "The WHO was", "Thrift Shop is"), if any.

    A single capitalised word is often just the first word ("Early reviews", "Global sales", "Nearly 35"), so
    it counts only right before a verb ("Romania reported", "Paris is"); acronyms and runs always count."""
    match = _OPENING.match(text)
    if match is None:
        return None
    name = match["name"]
    first = name.split()[0]
    if first.isupper() and len(first) > 1:
        return name
    if first.lower() in _IGNORED:  # "In October 2002", "After Lee": a phrase, not a name
        return None
    if " " in name:
        return name
    after = text[match.end():].split(maxsplit=1)
    verb = bool(after) and (after[0] in _VERBS or after[0].endswith("ed"))
    return name if verb else None


def unnamed_subject(subject: str | None, fact: str) -> str | None:
    """Why a store fact is not about the person a claim opens with: it holds no word of the name ("Chinese
    President Li Qiang attended the summit in Seoul" against "The ninth trilateral summit was held in Seoul")."""
    if not subject:
        return None
    words = {w.lower() for w in re.split(r"[\s-]+", subject) if w}
    return None if words & _words(fact) else f"the fact does not name {subject}"


@functools.lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", text))


RESTATEMENT = 0.8  # share of the claim's content words the fact must hold to be read as restating it


def restates(claim: str, fact: str) -> bool:
    """The fact says what the claim says apart from its figures: it holds (nearly) every content word of the
    claim. "Kim Koo was born on August 29, 1886" against "Kim Koo ... was born on August 29, 1876, in Haeju"
    does; "more than 100 per cent of the warming over the past century is due to human actions" against a
    summary giving a "90% or greater probability" that human actions cause warming holds 3 of its 7."""
    terms = _terms(claim)
    return not terms or len(terms & _terms(fact)) >= RESTATEMENT * len(terms)


def other_subject(claim: str, fact: str) -> str | None:
    """Why the fact is about another subject than the claim, judged by the names they open with: neither
    side names any word of the other's ("Andrea Barzagli" and "Barzagli" are one subject)."""
    mine, theirs = opening_name(claim), opening_name(fact)
    if not mine or not theirs or _terms(mine) & _terms(fact) or _terms(theirs) & _terms(claim) \
            or _initials_of(mine, theirs) or _initials_of(theirs, mine):
        return None
    return f"the claim is about {mine}, the fact about {theirs}"


def _initials_of(short: str, name: str) -> bool:
    """"UN" is "United Nations", "EU" the "European Union": an acronym of the name's capitalised words."""
    return short.isupper() and 1 < len(short) <= 6 and short == "".join(w[0] for w in name.split() if w[0].isupper())


# "Prescott, Arizona is a county": what the claim says its subject is, the noun closing "is a …"
_CALLED = re.compile(r"\b(?:is|was)\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]{4,})\s?[.!]?\s*$")


def named_not_called(claim: str, fact: str) -> str | None:
    """Why the fact does not call the claim's subject what the claim calls it, where the fact holds the claim's
    noun only as a word of a name: "Prescott, Arizona is a county" against "Prescott … is a city in Yavapai
    County, Arizona" (the word is there, the county is another place)."""
    called = _CALLED.search(claim.strip())
    if called is None:
        return None
    noun = called.group("noun")
    uses = list(re.finditer(rf"\b{re.escape(noun)}\b", fact, re.IGNORECASE))
    if not uses or any(m.group(0)[0].islower() for m in uses):
        return None
    # the subject's own name ("Seongju County" for "Seongju is a county") is what the claim calls it
    subject = {w.lower() for w in _WORD.findall(claim[:called.start()])}
    if any(w.lower() in subject for m in uses for w in _WORD.findall(fact[max(0, m.start() - 30):m.start()])[-1:]):
        return None
    return f"the claim calls it a {noun}; the fact has {noun!r} only in a name"
