"""When two words are one, for finding which fact tells of an event by the words a claim names it with
(:mod:`checker.gaps`, :mod:`checker.fact_days`): "bombing" / "bomb", "signed" / "signing", "end" / "ending",
"death" / "died". Names and acts alike; which words are the act is the caller's concern."""

from __future__ import annotations

import functools
import re

from .lexicon import FUNCTION_WORDS

# two words are one when they share their first five letters, or all of a shorter one's, at least four:
# "bombing"/"bomb", "presidential"/"president", "signed"/"signing" (a shorter word only itself: "Lee", "Jae")
_PREFIX, _MIN_PREFIX = 5, 4
WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
IGNORED = FUNCTION_WORDS | frozenset("just only nearly almost less under".split())  # and a length's modifiers
# an act and its noun that share no prefix: "his death" / "died", "her birth" / "was born"
_NOUN_OF = {"died": "death", "dies": "death", "die": "death", "born": "birth"}


@functools.lru_cache(maxsize=8192)  # a fact's words are read for each part and each rival fact
def content_words(text: str) -> tuple[str, ...]:
    """The text's words of three letters or more, lower-cased, without function words."""
    return tuple(w.lower() for w in WORD.findall(text) if len(w) >= 3 and w.lower() not in IGNORED)


# each part's words are looked for in every dated candidate, for each rival
@functools.lru_cache(maxsize=1 << 16)
def has_word(text: str, word: str) -> bool:
    """The text has a word that is ``word`` (:func:`same_word`)."""
    return any(same_word(word, f) for f in content_words(text))


def same_word(a: str, b: str) -> bool:
    """One word, for telling which fact names an event: the same prefix, stem, inflection or noun of the act."""
    n = min(_PREFIX, len(a), len(b))
    return a == b or _NOUN_OF.get(a, a) == _NOUN_OF.get(b, b) or (n >= _MIN_PREFIX and a[:n] == b[:n]) \
        or _stem(a) == _stem(b) or _inflected(a, b) or _inflected(b, a)


def _inflected(short: str, word: str) -> bool:
    """``word`` is the three-letter ``short`` with an ending: "end" / "ending" ("since the end of the Korean War"
    against "… ending the fighting of the Korean War"), "war" / "wars"."""
    return len(short) == 3 and word.startswith(short) and word[3:] in ("s", "ed", "ing")


def _stem(word: str) -> str:
    """The word without an ending of tense or number: "landing" / "landed" / "lands" -> "land"."""
    for ending in ("ing", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_PREFIX:
            return word[:-len(ending)]
    return word
