"""Word families the claim-extraction patterns share, kept once as plain data.

Why a module of its own: :mod:`checker.kinds` imports :mod:`checker.clauses`, :mod:`checker.relatives` and
:mod:`checker.framing` (and, through the values, :mod:`checker.dates`), so a list kept in ``kinds`` cannot be read
by them. This module imports nothing from ``checker``. Where a pattern deliberately reads fewer words than the
family (``kinds.REPORTER`` reads seven of the reporting words, ``kinds.QUOTE`` twenty), that subset has a
name here, built from the family's words, so each pattern's reach stays visible in one place and a word is added
once. ``tests/test_lexicon.py`` holds the relations between them.
"""

from __future__ import annotations

import re
from typing import Iterable


def word_trie(words: Iterable[str], space: str = r"\s+") -> str:
    """An alternation of words written as a prefix tree ("f(?:i(?:ft(?:een|y)|ve)|o(?:rty|ur(?:teen)?))"):
    it matches the same words, still the longest first, but tests a position's first letter once instead
    of once per word, which is most of the cost of a pattern that tries a number at every word (issue 8
    regex budget). A space in a word matches ``space``: any run of white space ("more  than") unless the
    caller needs the matched text to be one of ``words`` as written."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _subtree(tree, space)


def _subtree(node: dict[str, dict], space: str) -> str:
    branches = [(space if char == " " else re.escape(char)) + _subtree(child, space)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"


def alternation(words: Iterable[str]) -> str:
    r"""A non-capturing group matching any of ``words``; the space of a phrase matches any run of whitespace
    ("according to" → ``according\s+to``), as the patterns wrote it by hand."""
    return "(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words) + ")"


def any_word(words: Iterable[str]) -> str:
    """``alternation`` as whole words: "said" but not "unsaid" nor "saids"."""
    return rf"\b{alternation(words)}\b"


# Words that tell nothing of what a sentence is about, for comparing two sentences' words (checker.subject,
# checker.gaps; each adds its own)
FUNCTION_WORDS = frozenset("""
the a an of in on at to for by with and or from than as about into was were is are had have has been be its
their his her this that it he she they them there then but not no after before since until some more over also
""".split())

# Verbs (and two phrases) that attribute a statement to someone: every reporting word below is one of these.
REPORTING = ("said", "says", "noted", "added", "told", "stated", "acknowledged", "announced", "declared",
             "stressed", "emphasised", "emphasized", "remarked", "urged", "warned", "warns", "pledged", "proposed",
             "confirmed", "wrote", "insisted", "argued", "according to", "called for")
# The plain telling that every reporting pattern reads.
SAYING = ("said", "says", "noted", "added")
# "He said", "She acknowledged": a pronoun that reports (kinds.REPORTER).
HE_SAID = (*SAYING, "told", "stated", "acknowledged")
# Any attribution of a statement ("…, the minister stressed", "according to the ministry"; kinds.QUOTE).
ATTRIBUTING = (*HE_SAID, "announced", "declared", "stressed", "emphasised", "emphasized", "remarked", "urged",
               "warned", "pledged", "proposed", "according to", "called for")
# Who said the quote a sentence opens with ('"…," Faye told students on Friday'; framing).
TELLING = (*SAYING, "told", "wrote", "insisted", "argued", "declared")
# The day of the telling, not of what is told ("…, will return, his office said on Tuesday"; dates).
TOLD_ON_A_DAY = (*SAYING, "told", "announced", "stated", "confirmed")
# Who tells what will come ("Analysts said the result would strengthen …"; kinds._SAID_WILL).
FORETELLING = ("said", "says", "predicted")
# Reported speech a nested clause may follow ("She warned that a tax, introduced in 2023, …"; relatives).
SAID_THAT = (*SAYING, "warned", "warns", "announced", "stressed")

# Irregular simple pasts: a sentence in the past tense reports what happened (kinds.PAST_TENSE).
IRREGULAR_PAST = ("said", "told", "won", "ran", "took", "made", "met", "led", "held", "gave", "came", "went", "saw",
                  "got", "left", "kept", "spent", "sent", "paid", "sold", "bought", "built", "began", "became",
                  "fell", "rose", "grew", "knew", "found", "lost", "wrote", "spoke", "broke", "flew", "struck",
                  "chose", "stood", "drew", "drove", "brought", "caught", "fought", "sought", "swept", "shrank",
                  "sank", "underwent", "overtook", "withdrew")
# The pasts by which joints.HAS_VERB (beside "is", "has", "-ed" …) knows that a part has a verb of its own.
CLAUSE_PAST = ("said", "fell", "rose", "grew", "took", "ran", "won", "met", "led", "made", "came", "went", "saw",
               "held", "kept", "spent")
# Where a second verb's subject ends, beside joints.HAS_VERB ("Construction began … and was …" → "Construction
# was …"). Not the whole list: a verb inside a relative clause would end it too early ("Analysts who wrote to the
# board … and predicted …" → "Analysts who predicted …").
SUBJECT_PAST = ("began", "became", "gave", "bought", "sold", "built")

# Pasts a second verb of the same subject may take without "-ed", before a noun phrase ("… and cut its dividend to
# 1.20 crowns", "and set a course record"): the irregular pasts and those spelt as their present (joints).
SECOND_PAST = (*IRREGULAR_PAST, "cut", "set", "put", "hit", "beat", "shed", "shot", "spread", "cost")

# A place at the top or bottom of a scale ("the largest", "its busiest").
SUPERLATIVES = ("highest", "lowest", "largest", "biggest", "smallest", "best", "worst", "fastest", "slowest",
                "youngest", "oldest", "richest", "poorest", "longest", "shortest", "strongest", "weakest", "greatest",
                "deepest", "tallest", "busiest", "heaviest", "warmest", "coldest", "hottest", "wettest", "driest")
SUPERLATIVE = alternation(SUPERLATIVES)
# The two ends of one scale: "the smallest trading partner" says the opposite of "the largest".
OPPOSITE_SUPERLATIVES = ((("highest",), ("lowest",)), (("largest", "biggest", "greatest"), ("smallest",)),
                         (("best",), ("worst",)), (("fastest",), ("slowest",)), (("oldest",), ("youngest",)),
                         (("richest",), ("poorest",)), (("longest",), ("shortest",)), (("strongest",), ("weakest",)),
                         (("warmest", "hottest"), ("coldest",)), (("wettest",), ("driest",)))
# "more per trip than visitors from any other country", "than at any other time", "than all other": a rank
# against every other of its kind.
THAN_ANY_OTHER = r"than\s+(?:\w+\s+)?(?:(?:from|in|of)\s+)?(?:any|all)\s+other\b"
