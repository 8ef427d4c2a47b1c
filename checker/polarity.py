"""Polarity: whether a text denies what it names ("did not", a sentence opening with "No"), and whether a
claim and a fact qualify the same thing oppositely ("non-consecutive" against "consecutive", "men's" against
"women's") or say opposite words of it ("won" against "lost"). Split from :mod:`checker.entities`, which
keeps places and people.
"""

from __future__ import annotations

import functools
import re

from .lexicon import OPPOSITE_SUPERLATIVES, alternation
from .rankings import ON_RECORD, compares

# capitalised only where a sentence opens with it ("No peace treaty has ended the Korean War"): a title-case
# headline's "Solar, Not Human, Cause" negates nothing
NEGATIONS = re.compile(r"\b(?:not(?!\s+only)|never|no(?![.\d])|none|neither|nor|without|cannot|failed\s+to|"
                       r"denied|refused|declined\s+to|turned\s+down)\b|n't\b"
                       r"|(?:^|(?<=[.!?;]\s))(?:No|Not|Never|None|Neither)\b(?![.\d])")
# "The Six-Party Talks have not met since December 2008": the negation is of the time since, and the event it
# counts from did happen; its fact ("The last round … was held in December 2008") denies nothing
NOT_SINCE = re.compile(r"(?:\b(?:not|never)\b|n't\b)[^.;]{0,60}\bsince\b")
_NON_WORD = re.compile(r"\bnon[-\s]?([a-z]{4,})\b", re.IGNORECASE)
_SEX = {"men": "m", "male": "m", "boys": "m", "women": "f", "female": "f", "girls": "f"}
_SEX_WORD = re.compile(r"\b(men|women|male|female|boys|girls)(?:'s|’s|')?(?![\w-])", re.IGNORECASE)


def negated(text: str) -> bool:
    return bool(NEGATIONS.search(text))


def negation_names(claim: str, fact: str) -> bool:
    """A negation in ``fact`` whose next few words name something the claim names: "signed by the commanders
    …, but not by South Korea" is about South Korea, which "South Korea signed the armistice" names, and nothing
    against "The armistice was signed in 1953"."""
    for m in NEGATIONS.finditer(fact):
        after = re.findall(r"\b[A-Z][\w'-]+", fact[m.end():m.end() + 40])
        if any(re.search(rf"\b{re.escape(word)}\b", claim) for word in after):
            return True
    return False


def opposite_qualifier(claim: str, fact: str) -> bool:
    """One side says "non-consecutive", the other plain "consecutive", or one "men's", the other "women's": a
    polarity flip no "not" reveals."""
    sexes = _sexes(claim), _sexes(fact)
    if all(sexes) and not sexes[0] & sexes[1]:
        return True
    for one, other in ((claim, fact), (fact, claim)):
        for word in _qualified(one):
            bare = re.search(rf"(?<![-\w])(?<!non ){re.escape(word)}\b", other, re.IGNORECASE)
            if bare and not _NON_WORD.search(other[max(0, bare.start() - 4):bare.end()]):
                return True
    return False


# An amount that rose or fell (verb forms only: "the fall of", "Niagara Falls", "drops of rain")
_ROSE = (r"rose|risen|rising|increased|increasing|grew(?!\s+up)|grown(?!\s+up)|climbed|jumped|surged|soared|"
         r"expanded|doubled|tripled")
_FELL = (r"fell|fallen|falling|decreased|decreasing|declined(?!\s+to\b)|declining|dropped|plunged|slumped|shrank|"
         r"shrunk|contracted|halved|tumbled")
_ROSE_OR_FELL = re.compile(rf"\b(?:{_ROSE}|{_FELL})\b", re.IGNORECASE)

# Words that say opposite things of the same event ("won" / "lost the election", "upheld" / "overturned the
# impeachment", "voted to" / "voted against", "began" / "ended", "surplus" / "deficit", "largest" / "smallest",
# "unanimously" / "narrowly", "unilateral" / "bilateral", "first" / "last"):
# the date and the names agree, so only the word tells a false claim from the fact. Each pair is two word
# families; a side counts only if the other text lacks it, since a fact may hold both ("X won and Y lost").
# Only verb forms of starting and ending: the noun "end" is mostly a date ("at the end of 2021").
OPPOSITE_WORDS: tuple[tuple[str, str], ...] = (
    (r"w[io]ns?|winning", r"lost|loses?|losing"),
    (r"upheld|upholds?|upholding", r"overturned|overturns?|overturning|rejected|rejects?|struck\s+down|reversed|"
                                   r"annulled|dismissed"),
    (r"supported|supports?|welcomed|welcomes?|backed|backs|endorsed|endorses?|favou?red",
     r"opposed|opposes?|objected|objects?|condemned|condemns?|protested"),
    (r"accepted|accepts?|approved|approves?|ratified|ratifies|ratify|adopted|adopts?",
     r"rejected|rejects?|vetoed|vetoes|veto|voted\s+down|refused|declined\s+(?:the|an?|his|her|their|its)"),
    (r"voted\s+(?:to|for|in\s+favou?r)", r"voted\s+against"),
    (r"acquitted|acquits?", r"convicted|convicts?|found\s+guilty"),
    (r"joined|joins?", r"left|leaves|withdrew|withdraws?|withdrawn|quit"),
    (r"allowed|allows?|permitted|permits?|legali[sz]ed|lifted\s+(?:a|the|its)\s+ban", r"banned|bans?|prohibited|"
                                                                                      r"prohibits?|outlawed|barred"),
    (r"survived|survives?", r"died|dies|killed"),
    (r"resumed|resumes?|resuming|restarted|restarts?|reopened|reopens?|reinstated|restored",
     r"stopped|stops?|halted|halts?|suspended|suspends?|ceased|ceases?|closed|closes?"),
    (r"surplus(?:es)?", r"deficits?"),
    (r"unanimous(?:ly)?", r"narrow(?:ly)?|split|divided"),
    (r"unilateral(?:ly)?", r"bilateral(?:ly)?|multilateral(?:ly)?|mutual(?:ly)?"),
    (r"first", r"last|final"),
    # the direction of a change: "exports rose" / "fell", "tightened" / "eased export controls", "raised" / "cut
    # interest rates"
    (_ROSE, _FELL),
    (r"tightened|tightens|tightening|toughened|strengthened", r"eased|eases|easing|loosened|loosens|loosening|"
                                                             r"relaxed|relaxes|weakened"),
    (r"raised|raises|raising|hiked", r"lowered|lowers|lowering|cut|cuts|cutting|reduced|reduces|reducing|slashed"),
    # a comparison's direction, one dimension at a time: "higher than" / "lower than"
    *((rf"{a}\s+than", rf"{b}\s+than") for a, b in (("higher", "lower"), ("larger|bigger|greater", "smaller"),
                                                  ("faster", "slower"), ("older", "younger"),
                                                  ("longer", "shorter"))),
    *((alternation(top), alternation(bottom)) for top, bottom in OPPOSITE_SUPERLATIVES),
)
# Starting against ending, unless the fact gives the span ("was fought from July 7, 1937, to 1945 and ended with
# Japan's surrender" also says when the war began).
_STARTED = re.compile(r"\b(?:beg[ai]n|begins|beginning|start(?:ed|s|ing)|launch(?:ed|es|ing))\b", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:end(?:ed|s|ing)|finish(?:ed|es|ing)|conclud(?:ed|es|ing)|stopped)\b", re.IGNORECASE)
_SPAN = re.compile(r"\bfrom\b[^.;]{1,40}?\b(?:to|until|till|through)\b", re.IGNORECASE)
_PAIRS = (*((re.compile(rf"\b(?:{a})\b", re.IGNORECASE), re.compile(rf"\b(?:{b})\b", re.IGNORECASE))
            for a, b in OPPOSITE_WORDS), (_STARTED, _ENDED))
_START_END = len(_PAIRS) - 1


def opposite_words(claim: str, fact: str) -> bool:
    """The claim says one of a pair of opposite words where the fact says only the other: "The National
    Assembly voted against impeaching Yoon" against "voted to impeach Yoon", "China welcomed the deployment"
    against "China opposed the deployment", "a trade surplus" against "a trade deficit"."""
    mine, theirs = _says(claim), _says(fact)
    for pair, side in mine:
        other = (pair, 1 - side)
        if other not in mine and other in theirs and (pair, side) not in theirs \
                and not (pair == _START_END and _SPAN.search(fact)):
            return True
    return False


def unstated_change(claim: str, fact: str) -> tuple[str, int] | None:
    """The word (and where) the claim says an amount rose or fell by, where the fact tells of no change at all:
    "Chinese visitors to South Korea rose in 2019" against a president's visit to China in December 2019
    agrees on the year only. A capitalised word inside the sentence is a name ("Rose Byrne")."""
    said = next((m for m in _ROSE_OR_FELL.finditer(claim) if not (m.start() and m.group()[0].isupper())), None)
    return None if said is None or _tells_of_change(fact) else (said.group(), said.start())


@functools.lru_cache(maxsize=16384)  # a fact meets every claim it is a candidate for
def _tells_of_change(fact: str) -> bool:
    """A change, a comparison or a record ("its smallest extent on record"); not "the first visit since
    2019", which counts events, not an amount."""
    return bool(_ROSE_OR_FELL.search(fact)) or compares(fact) or bool(ON_RECORD.search(fact))


@functools.lru_cache(maxsize=16384)  # a claim meets each of its candidate facts, a fact every claim it is near
def _says(text: str) -> frozenset[tuple[int, int]]:
    """Which side (0 or 1) of which opposite pair ``text`` says, as (pair, side)."""
    return frozenset((n, side) for n, pair in enumerate(_PAIRS) for side, word in enumerate(pair) if word.search(text))


def _sexes(text: str) -> frozenset[str]:
    """"m" and/or "f" for the sexes ``text`` qualifies something by ("a unified women's ice hockey team")."""
    return frozenset(_SEX[m.group(1).lower()] for m in _SEX_WORD.finditer(text))


@functools.lru_cache(maxsize=16384)  # a fact meets every claim it is a candidate for, on every request
def _qualified(text: str) -> frozenset[str]:
    """The words ``text`` puts "non" before ("non-consecutive" -> "consecutive"), lower-cased."""
    return frozenset(w.lower() for w in _NON_WORD.findall(text))
